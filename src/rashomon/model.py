"""The one data model of Rashomon.

A :class:`Document` carries the raw input byte-for-byte, the decoded source text, the cleaned
body text and every annotation made on it. Annotations are views into the document's text by
character offsets (``start`` inclusive, ``end`` exclusive) and name the stage (with version)
that produced them, so every extracted item points back to exact characters.

Two texts, two offset spaces:

* ``source_text`` — the decoded input as text (for HTML: the visible text of the whole page,
  one block per line). :class:`RemovedSpan` offsets point into it.
* ``text`` — the cleaned article body. :class:`Segment` offsets (and those of every later
  annotation) point into it.

The stored text is never altered by normalisation: matching and search use
:mod:`rashomon.text.normalize` on the fly.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


class InputFormat(enum.StrEnum):
    TEXT = "txt"
    HTML = "html"
    WARC = "warc"
    JSONL = "jsonl"
    URL = "url"
    FEED = "feed"


class DocStatus(enum.StrEnum):
    """Where a document stands. Only ``OK`` documents go on to later stages."""

    OK = "ok"
    SKIPPED = "skipped"  # deliberately not analysed (empty, only boilerplate, too large...)
    FAILED = "failed"  # an error stopped its analysis


class DateSource(enum.StrEnum):
    """Where a publication date came from, best evidence first."""

    INPUT = "input"  # given with the input (JSONL field, feed entry)
    JSON_LD = "json-ld"
    META = "meta"
    URL = "url"
    BYLINE = "byline"
    TEXT = "text"
    RELATIVE = "relative"  # "24 days ago", anchored on the fetch/crawl date


class ContentKind(enum.StrEnum):
    """What the document's payload is, whatever container it came in."""

    TEXT = "text"  # already-extracted page text
    HTML = "html"


class DupKind(enum.StrEnum):
    EXACT = "exact"
    NEAR = "near"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document came from: a file path, the record inside it, and/or a URL."""

    path: str | None = None
    record: int | None = None  # 0-based record number inside a WARC or JSONL file
    url: str | None = None

    @property
    def key(self) -> str:
        """Stable identity of the place the document was read from."""
        where = self.path or ""
        if self.record is not None:
            where = f"{where}#{self.record}"
        return where or (self.url or "")

    def label(self) -> str:
        return self.key or "<unknown>"


@dataclass(slots=True)
class Segment:
    """A sentence of the cleaned text, with its language."""

    start: int
    end: int
    lang: str
    lang_confidence: float = 1.0
    stage: str = ""


@dataclass(slots=True)
class RemovedSpan:
    """A span of ``source_text`` that cleaning dropped, and why (e.g. ``ui-widget``)."""

    start: int
    end: int
    reason: str
    stage: str = ""


@dataclass(slots=True)
class DocError:
    """A typed, recorded reason why a document (or one stage on it) failed or was skipped."""

    kind: str  # machine-readable: "empty", "binary", "decode", "too-large", "malformed-warc"...
    message: str  # one line a person can act on
    stage: str = ""


@dataclass(slots=True)
class PublicationDate:
    value: date | datetime
    source: DateSource
    confidence: float = 1.0

    def iso(self) -> str:
        return self.value.isoformat()


@dataclass(slots=True)
class DuplicateLink:
    other_id: str
    kind: DupKind
    similarity: float


@dataclass(slots=True)
class Mention:
    """A named entity in ``text``: a person, group (``ORG``), place (``LOC``) or facility
    (``FAC``), and the canonical entity it refers to across documents and scripts.
    ``entity`` is the canonical key (the same for "Qassem Soleimani" and "قاسم سلیمانی")."""

    start: int
    end: int
    type: str  # PER | ORG | LOC | FAC
    entity: str | None = None
    name: str | None = None  # the entity's canonical display name
    lang: str | None = None  # the language of the sentence it is in
    score: float = 1.0
    stage: str = ""


@dataclass(slots=True)
class PlaceMention:
    """A toponym in ``text`` and where it was resolved: the chosen gazetteer entry with its
    score and the runner-up, so an analyst can see how close the call was. A toponym that
    nothing fits keeps ``place_id``/``lat``/``lon`` None: it is never dropped."""

    start: int
    end: int
    name: str  # the gazetteer entry's name (the surface form is text[start:end])
    place_id: str | None = None  # GeoNames id or our own ``rashomon:<slug>``
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    feature: str | None = None  # GeoNames feature class/code, e.g. "P/PPL", "A/PCLI"
    score: float = 0.0
    runner_up: str | None = None
    runner_up_score: float = 0.0
    stage: str = ""


@dataclass(slots=True)
class TimeMention:
    """A temporal expression in ``text``; ``value`` is ISO 8601 (a date, month, week,
    interval ``a/b`` or duration) or a TimeML extension, or None where it cannot be anchored."""

    start: int
    end: int
    value: str | None
    granularity: str
    calendar: str = "gregorian"
    relative: bool = False
    stage: str = ""


@dataclass(slots=True)
class Claim:
    """An attributed statement: ``text[start:end]`` is what is claimed, in the sentence
    ``text[evidence_start:evidence_end]``. ``speaker_kind`` is ``named`` (``speaker`` names
    them, ``speaker_entity`` is their canonical key where a mention covers it), ``unnamed``
    ("sources said"), ``pronoun`` (unresolved "he said") or ``outlet`` (the outlet itself
    asserts it). ``negated`` is the claim's polarity as the speaker puts it (a denial);
    ``hedged`` marks distance ("reportedly", "claimed", "يُزعم", "گویا")."""

    start: int
    end: int
    evidence_start: int
    evidence_end: int
    speaker_kind: str
    speaker: str | None = None
    speaker_entity: str | None = None
    cue: str | None = None  # the attribution verb or phrase ("told", "وقال", "به گزارش")
    medium: str | None = None  # "in a statement", "لوكالة", "به خبرگزاری"
    hedged: bool = False
    negated: bool = False
    lang: str | None = None
    stage: str = ""


@dataclass(slots=True)
class Event:
    """Who did what to whom, where and when, as one sentence tells it. ``type`` is ours
    (docs/events.md); ``acled`` and ``plover`` its place in those codebooks. Roles hold
    canonical entity keys where the mention is linked, else the words as written."""

    type: str
    trigger_start: int
    trigger_end: int
    evidence_start: int
    evidence_end: int
    acled_type: str = ""
    acled_sub_type: str = ""
    plover: str = ""
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None  # place id
    place_name: str | None = None
    date: str | None = None  # ISO 8601
    weapon: str | None = None
    lang: str | None = None
    stage: str = ""


@dataclass(slots=True)
class Frame:
    """A framing cue the text itself holds: a loaded term of our lexicon (``kind`` "term",
    ``label`` its category, ``detail`` its lemma) or a persuasion-technique span ("technique",
    ``label`` the technique, ``detail`` "rules" or "model", the detector that found it).
    Stance toward people and groups is not stored: it is read from these and the mentions'
    current entities, so an analyst's merge or split changes it."""

    kind: str  # term | technique
    start: int
    end: int
    label: str
    detail: str = ""
    score: float = 1.0
    stage: str = ""


@dataclass(slots=True)
class Document:
    """One article, from raw bytes to annotations."""

    id: str
    origin: Origin
    format: InputFormat
    content: ContentKind = ContentKind.TEXT
    raw: bytes = b""
    encoding: str | None = None
    markup: str = ""  # decoded HTML (HTML content only); re-derivable from raw, not stored
    source_text: str = ""
    text: str = ""
    url: str | None = None
    source: str | None = None  # outlet / site name
    title: str | None = None
    author: str | None = None
    fetched: datetime | None = None  # crawl/fetch time, anchors relative dates
    published: PublicationDate | None = None
    lang: str | None = None
    lang_confidence: float = 0.0
    segments: list[Segment] = field(default_factory=list)
    removed: list[RemovedSpan] = field(default_factory=list)
    errors: list[DocError] = field(default_factory=list)
    status: DocStatus = DocStatus.OK
    duplicates: list[DuplicateLink] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    story: str | None = None  # the story (cross-document, cross-language) it belongs to
    stages: list[str] = field(default_factory=list)  # versioned names of the stages that ran
    hints: dict[str, str] = field(default_factory=dict)  # reader-supplied metadata (JSONL/HTTP)
    # Working memory shared by stages during one pipeline run (e.g. the parsed HTML tree, so a
    # page is parsed once). Never stored or compared; the pipeline empties it when it finishes,
    # so documents stay picklable on their way back from worker processes.
    scratch: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.status is DocStatus.OK

    def fail(self, kind: str, message: str, stage: str = "") -> None:
        self.errors.append(DocError(kind, message, stage))
        self.status = DocStatus.FAILED

    def skip(self, kind: str, message: str, stage: str = "") -> None:
        self.errors.append(DocError(kind, message, stage))
        self.status = DocStatus.SKIPPED

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]

    def language_runs(self) -> list[tuple[int, int, str]]:
        """``(start, end, lang)`` of each stretch of consecutive sentences in one language,
        so that language-specific annotators see whole paragraphs, not single sentences. A
        document without segments is one run in its own language."""
        if not self.segments:
            return [(0, len(self.text), self.lang)] if self.text and self.lang else []
        runs: list[tuple[int, int, str]] = []
        for seg in self.segments:
            if runs and runs[-1][2] == seg.lang:
                runs[-1] = (runs[-1][0], seg.end, seg.lang)
            else:
                runs.append((seg.start, seg.end, seg.lang))
        return runs

    @property
    def anchor_date(self) -> date | None:
        """The day relative expressions count from: publication, else fetch date."""
        when = self.published.value if self.published else self.fetched
        if isinstance(when, datetime):
            return when.date()
        return when

    @property
    def text_hash(self) -> str:
        return content_hash(self.text.encode("utf-8"))


SCRATCH_HTML_TREE = "html_tree"  # Document.scratch key: the page parsed once by the clean stage


def content_hash(data: bytes, length: int = 16) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def document_id(origin: Origin, raw: bytes) -> str:
    """Content-hash id: the same bytes read from the same place always get the same id,
    so re-running an analysis adds nothing; changed content at the same place is a new
    version with a new id."""
    return content_hash(origin.key.encode("utf-8") + b"\x00" + raw)
