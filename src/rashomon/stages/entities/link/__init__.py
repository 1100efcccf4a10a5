"""Entity linking: one key per person, group and place across documents, spellings and scripts.

:func:`link_mentions` takes a document's mentions (found by the recogniser or anything else)
and gives each a :class:`Link`. Keys need no global clustering pass, so a document can be
linked alone and re-linked later with the same result:

- an entity of the knowledge base (:mod:`.kb`) is keyed by its KB id (``Q…`` where we know
  the Wikidata id, ``geo:<GeoNames id>`` for places, else ``rashomon:<slug>``);
- a place the gazetteer resolves (:func:`rashomon.stages.places.resolve`) is ``geo:<id>``;
- anything else gets ``<type>:<skeleton>`` from the fullest name its in-document cluster has
  (:func:`.names.skeleton`: titles off, romanised sound classes), so "Qasem Soleimani",
  "Qassem Suleimani" and "قاسم سلیمانی" meet on ``per:ksmslmn`` with no KB entry.

In-document coreference joins a short form to a fuller name it is part of ("Soleimani" →
"Qasem Soleimani", "وسليماني" → "قاسم سليماني", nearest preceding one first), an acronym to
the organisation whose initials it is ("SDF" → "Syrian Democratic Forces"), and a title-only
mention ("the general", "السردار") to the last person named before it; one with no name
before it gets a key of its own document (``per:knrl@<hash of the text>``), never a key that
"the general" of every other document would share.

Analysts' merges and splits, and the aliases counted per entity, live in the store
(:mod:`rashomon.store.overrides`): every stored mention keeps the key given here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ....disjoint import DisjointSets
from .kb import KBEntity, KnowledgeBase, default_kb
from .names import drop_articles, is_title_only, skeleton, variants

__all__ = [
    "Link",
    "KBEntity",
    "KnowledgeBase",
    "default_kb",
    "entity_names",
    "link_mentions",
]

_GAZ_MIN_SCORE = 0.8


@dataclass(frozen=True, slots=True)
class Link:
    key: str  # the canonical entity key, the same for the referent in every document
    name: str  # canonical display name (English where known)
    type: str  # PER | ORG | LOC | FAC
    kb_id: str | None  # Wikidata id or our KB/GeoNames id; None for corpus-only entities
    score: float


@dataclass(slots=True)
class _Mention:
    index: int
    start: int
    type: str
    surface: str
    forms: tuple[tuple[str, ...], ...]
    bare: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # skeleton of each word of ``bare``
    title_only: bool = False

    def __post_init__(self) -> None:
        self.bare = drop_articles(self.forms[0]) if self.forms else ()
        self.words = _token_skeletons(self.bare)
        self.title_only = bool(self.forms) and is_title_only(self.forms[0])


def _union(sets: DisjointSets[int], child: int, head: int) -> None:
    """Put ``child``'s chain under ``head``'s: the head's root stays the cluster's root."""
    a, b = sets.find(child), sets.find(head)
    if a != b:
        sets.attach(a, b)


@lru_cache(maxsize=65536)
def _token_skeletons(form: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s for s in (skeleton((t,)) for t in drop_articles(form)) if s)


def _is_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Every word of ``short`` is a word of ``full`` (by skeleton), and ``full`` is longer."""
    s, f = _token_skeletons(short), full
    return 0 < len(s) < len(f) and all(t in f for t in s) and len("".join(s)) >= 2


def _acronym(form: tuple[str, ...]) -> str:
    stop = {"of", "the", "and", "for", "in", "al", "el"}
    return "".join(t[0] for t in form if t not in stop and t.isascii() and t.isalpha())


def _corefer(ms: list[_Mention]) -> DisjointSets[int]:
    """Which mentions of one document name the same referent, as disjoint sets of indexes."""
    sets: DisjointSets[int] = DisjointSets()
    people = [m for m in ms if m.type == "PER" and m.forms]
    for m in people:
        if m.title_only:
            before = [p for p in people if p.start < m.start and not p.title_only]
            if before:
                _union(sets, m.index, before[-1].index)
            continue
        fuller = [
            p
            for p in people
            if len(p.words) > len(m.words) and any(_is_part_of(f, p.words) for f in m.forms)
        ]
        if fuller:
            before = [p for p in fuller if p.start < m.start]
            _union(sets, m.index, (before[-1] if before else fuller[0]).index)
    orgs = [m for m in ms if m.type == "ORG" and m.forms]
    for m in orgs:
        tok = m.surface.strip()
        if tok.isascii() and tok.isupper() and 2 <= len(tok) <= 6:
            for o in orgs:
                if o is not m and len(o.forms[0]) >= 2 and _acronym(o.forms[0]) == tok.lower():
                    _union(sets, m.index, o.index)
                    break
    # the same name in two spellings or scripts ("Qassem Soleimani", "قاسم سليماني")
    seen: dict[tuple[str, str], int] = {}
    for m in ms:
        if not m.forms or m.title_only:
            continue
        skel = skeleton(m.bare)
        if len(skel) >= 4:
            group = "LOC" if m.type in ("LOC", "FAC") else m.type
            if (group, skel) in seen:
                _union(sets, m.index, seen[(group, skel)])
            else:
                seen[(group, skel)] = m.index
    return sets


def _fullness(m: _Mention) -> tuple[int, int, int]:
    return (len(m.words), sum(map(len, m.words)), -m.index)


@lru_cache(maxsize=65536)
def _gazetteer_link(name: str) -> Link | None:
    """A place the gazetteer resolves on its own (no document context, so the same name
    gives the same key in every document)."""
    try:
        from ...places import resolve
    except ImportError:  # pragma: no cover - the places stage ships with the package
        return None
    r = resolve(name)
    if r.entry is None or not r.resolved or r.score < _GAZ_MIN_SCORE:
        return None
    key = f"geo:{r.entry.id}"
    return Link(key, r.entry.name, "LOC", key, round(min(0.9, r.score / 2), 3))


def _display(surface: str, form: tuple[str, ...]) -> str:
    """The surface without its leading titles, as written (case and script kept)."""
    words = [w for w in (w.strip("\"'«»“”()") for w in surface.split()) if w]
    if len(words) >= len(form) and form:
        words = words[len(words) - len(form) :]
    return " ".join(words) or surface.strip()


def link_mentions(
    text: str,
    lang: str,
    mentions: Sequence[tuple[int, int, str]],
    *,
    kb: KnowledgeBase | None = None,
    gazetteer: bool = True,
) -> list[Link]:
    """One :class:`Link` per mention ``(start, end, type)`` of ``text``, in the same order.

    ``lang`` is the document's language (only used to tell Persian from Arabic names);
    ``kb`` defaults to the shipped knowledge base (``KnowledgeBase.empty()`` switches it
    off); ``gazetteer`` lets places the KB lacks resolve to ``geo:`` keys.
    """
    base = default_kb() if kb is None else kb
    ms = []
    for i, (start, end, typ) in enumerate(mentions):
        surface = text[start:end]
        ms.append(_Mention(i, start, typ, surface, variants(surface, typ == "PER")))
    sets = _corefer(ms)
    clusters: dict[int, list[_Mention]] = {}
    for m in ms:
        clusters.setdefault(sets.find(m.index), []).append(m)
    out: list[Link | None] = [None] * len(ms)
    for members in clusters.values():
        head = members[0]
        if all(m.title_only for m in members):
            # "the general" with no name before it: an epithet the KB knows ("رهبر انقلاب",
            # the Supreme Leader), else an entity of this document only
            if (hit := base.lookup(head.surface, head.type)) is not None:
                e = hit.entity
                link = Link(e.key, e.name, e.type, e.kb_id, hit.score * 0.8)
            else:
                doc = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
                key = f"{head.type.lower()}:{skeleton(head.bare) or '_'}@{doc}"
                link = Link(key, head.surface.strip(), head.type, None, 0.2)
        else:
            link = _cluster_link(members, base, gazetteer)
        for m in members:
            out[m.index] = link
    return [link for link in out if link is not None]


def _cluster_link(members: list[_Mention], kb: KnowledgeBase, gazetteer: bool) -> Link:
    ranked = sorted(members, key=_fullness, reverse=True)
    head = ranked[0]
    # The fullest name decides; a shorter member may only decide where it is no less full
    # ("Assad" must not pull "Maher al-Assad" to Bashar).
    top = _fullness(head)[:2]
    for m in ranked:
        if _fullness(m)[:2] != top:
            break
        hit = kb.lookup(m.surface, m.type) if m.forms else None
        if hit is not None:
            e = hit.entity
            return Link(e.key, e.name, e.type, e.kb_id, hit.score)
    if len(members) > 1 and len(head.words) <= 1:
        # only short forms: any of them in the KB will do
        for m in ranked[1:]:
            hit = kb.lookup(m.surface, m.type) if m.forms else None
            if hit is not None:
                e = hit.entity
                return Link(e.key, e.name, e.type, e.kb_id, hit.score * 0.9)
    if gazetteer and head.type in ("LOC", "FAC") and head.forms:
        for m in ranked:
            for form in m.forms:
                name = " ".join(form)
                if len(name) >= 3 and (found := _gazetteer_link(name)) is not None:
                    return found
    form = head.bare
    skel = skeleton(form) if form else ""
    if not skel:  # nothing romanisable (digits, symbols): the folded text itself
        skel = "_".join(form) or head.surface.strip().lower() or "_"
    return Link(f"{head.type.lower()}:{skel}", _display(head.surface, form), head.type, None, 0.5)


def entity_names(key: str, kb: KnowledgeBase | None = None) -> dict[str, tuple[str, ...]]:
    """The names of a KB entity by language, ``{"en": (...), "ar": (...), "fa": (...)}``,
    the English display name first; ``{}`` for a key the KB does not hold (corpus-only
    entities: their names are the aliases the store has counted)."""
    e = (default_kb() if kb is None else kb).get(key)
    return {lang: names for lang, names in e.names.items() if names} if e else {}
