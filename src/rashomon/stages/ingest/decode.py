"""Bytes to text: encoding detection and binary-junk rejection.

Order of evidence: a byte-order mark; strict UTF-8; the charset the input declared (HTTP
header, ``<meta charset>``); UTF-16 without a BOM; UTF-8 with a few broken bytes repaired;
Windows-1256 (Arabic) when the bytes read as Arabic letters; Windows-1252 as the last resort.
"""

from __future__ import annotations

import codecs
import re

from ...errors import InputError, SkipDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip-compressed data (name it .gz so it is decompressed)",
    b"\x7fELF": "an executable",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)


def declared_charset(raw: bytes, content_type: str | None) -> str | None:
    if content_type and (header := _HEADER_CHARSET.search(content_type)):
        return header.group(1)
    if meta := _META_CHARSET.search(raw[:4096]):
        return meta.group(1).decode("ascii", "ignore")
    return None


def without_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates (JSON can carry them: "\\ud800") with U+FFFD; they
    cannot be encoded, stored or hashed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def decode_bytes(raw: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`InputError` for binary or undecodable input."""
    if not raw.strip():
        raise SkipDocument("empty", "the input is empty (no text at all)")
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise InputError("binary", f"the input is {what}, not text or HTML")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(name, errors="replace"), name)
    try:
        return _checked(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw, content_type)
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return _checked(raw.decode(declared), declared.lower())
        except (LookupError, UnicodeDecodeError):
            pass
    if codec := _utf16_without_bom(raw):
        return _checked(raw.decode(codec, errors="replace"), codec)
    repaired = raw.decode("utf-8", errors="replace")
    if repaired.count("\ufffd") <= max(2, len(repaired) // 200):
        return _checked(repaired, "utf-8 (repaired)")
    arabic = raw.decode("cp1256", errors="replace")
    if _arabic_ratio(arabic) > 0.3:
        return _checked(arabic, "cp1256")
    return _checked(raw.decode("cp1252", errors="replace"), "cp1252")


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text in one script has a nearly constant high byte (0x00 Latin, 0x06 Arabic)."""
    sample = raw[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    for codec, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        top = max(high.count(b) for b in set(high))
        if top > 0.6 * len(high) and len(set(low)) > 4 and high.count(0) + high.count(6) >= top:
            return codec
    return None


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")


def _arabic_ratio(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _checked(text: str, encoding: str) -> tuple[str, str]:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > 0.02:
        raise InputError(
            "binary",
            f"the input looks like binary data ({controls} control or undecodable characters "
            f"in the first {len(sample)}), not text or HTML",
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise SkipDocument("empty", "the input decodes to whitespace only")
    return text, encoding
