"""The entity knowledge base: our own list of people, groups, units, institutions and places.

``data/entities/kb.tsv`` (CC0, written by us; facts only) holds one entity a row: its key
(a Wikidata id where we know it with confidence, ``geo:<GeoNames id>`` for a place the places
stage resolves, else ``rashomon:<slug>``), type, English display name, Wikidata id and its
names in English, Arabic and Persian, ``|``-separated. Loading builds two indexes once per
process, so a lookup costs a few dict probes whatever the size of the base:

- exact: the cleaned name (:func:`.names.clean`, articles off) → entity keys;
- skeleton: the cross-script consonant skeleton (:func:`.names.skeleton`) → entity keys, used
  only where the skeleton is long enough and points at one entity of a compatible type.

A fuzzy fallback (rapidfuzz ratio on skeletons) only compares against the entities whose
skeleton shares the mention's first three sound classes, never the whole base.
"""

from __future__ import annotations

import csv
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from .names import clean, drop_articles, is_qualifier, skeleton, variants

__all__ = ["KBEntity", "KnowledgeBase", "KB_PATH", "default_kb", "compatible"]

logger = logging.getLogger(__name__)

KB_PATH = Path(__file__).resolve().parents[5] / "data" / "entities" / "kb.tsv"
LANGS = ("en", "ar", "fa")
MIN_SKELETON = 4  # sound classes a skeleton needs before it may decide alone
FUZZY_MIN = 90.0  # rapidfuzz ratio of skeletons for the fuzzy fallback
CLOSE_LONG = 75.0  # written-form ratio a skeleton match needs (skeletons of 4+ classes)
CLOSE_SHORT = 80.0  # … and for 3-class skeletons ("Rohani")
_GROUPS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "FAC": "LOC"}


def compatible(mention_type: str, entity_type: str, *, exact: bool) -> bool:
    """May a mention typed ``mention_type`` be the entity? An exact name match also lets an
    organisation mention be a place and back ("Iran said", "Al-Bukamal" tagged ORG)."""
    a, b = _GROUPS.get(mention_type, mention_type), _GROUPS.get(entity_type, entity_type)
    if a == b:
        return True
    return exact and {a, b} == {"ORG", "LOC"}


@dataclass(frozen=True, slots=True)
class KBEntity:
    key: str
    type: str
    name: str
    wikidata: str | None
    names: Mapping[str, tuple[str, ...]]  # lang → names, display name first for "en"

    @property
    def kb_id(self) -> str:
        return self.wikidata or self.key


@dataclass(frozen=True, slots=True)
class Hit:
    entity: KBEntity
    score: float
    how: str  # "exact" | "skeleton" | "fuzzy"


class KnowledgeBase:
    """Entities and their name indexes; :meth:`lookup` is cached per (name, type)."""

    def __init__(self, entities: Iterable[KBEntity]) -> None:
        self.entities: dict[str, KBEntity] = {}
        self._exact: defaultdict[tuple[str, ...], list[str]] = defaultdict(list)
        self._skel: defaultdict[str, list[str]] = defaultdict(list)
        self._buckets: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        self._written: defaultdict[str, list[str]] = defaultdict(list)
        for e in entities:
            if e.key in self.entities:
                raise ValueError(f"duplicate knowledge-base key {e.key!r}")
            self.entities[e.key] = e
            for names in e.names.values():
                for alias in names:
                    self._index(e, alias)
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _index(self, e: KBEntity, alias: str) -> None:
        person = e.type == "PER"
        base = clean(alias, person)
        self._written[e.key].append(" ".join(base))
        forms = {base, drop_articles(base)}
        for form in forms:
            if form and e.key not in self._exact[form]:
                self._exact[form].append(e.key)
        skel = skeleton(base)
        if len(skel) >= 3 and e.key not in self._skel[skel]:
            self._skel[skel].append(e.key)
            self._buckets[skel[:3]].append((skel, e.key))

    @classmethod
    def empty(cls) -> KnowledgeBase:
        return cls(())

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, key: str) -> KBEntity | None:
        return self.entities.get(key)

    def _pick(
        self, keys: list[str], mention_type: str, exact: bool, form: tuple[str, ...]
    ) -> KBEntity | None:
        fits = [self.entities[k] for k in keys]
        fits = [e for e in fits if compatible(mention_type, e.type, exact=exact)]
        same = [e for e in fits if _GROUPS.get(e.type) == _GROUPS.get(mention_type)]
        fits = same or fits
        if len(fits) <= 1:
            return fits[0] if fits else None
        # The skeleton is shared ("Soleymani" and "Salman" are both s-l-m-n): the entity
        # with the closest written alias wins, by a clear margin only.
        text = " ".join(form)
        scored = sorted(
            ((max(fuzz.ratio(text, a) for a in self._forms(e)), e.key) for e in fits),
            reverse=True,
        )
        if scored[0][0] - scored[1][0] >= 12.0:
            return self.entities[scored[0][1]]
        return None

    def _forms(self, e: KBEntity) -> list[str]:
        return self._written[e.key]

    def _lookup(self, name: str, mention_type: str) -> Hit | None:
        """The entity a mention's surface names, or None: exact forms first (with Arabic
        proclitics taken off), then the skeleton, then a fuzzy skeleton match; then, for a
        longer span, the name inside it (a person's last two or three words, or first and
        last; a group's name without one or two trailing words: "فيلق القدس الإيراني")."""
        forms = variants(name, mention_type == "PER")
        if not forms:
            return None
        hit = self._match(forms, mention_type)
        if hit is not None or len(forms[0]) < 3 and mention_type == "PER":
            return hit
        if mention_type == "PER":
            full = forms[0]
            parts = [full[-3:], full[-2:], (full[0], full[-1])]
        elif mention_type == "ORG":
            # a group's name with a qualifier after it: a nationality ("كتائب حزب الله
            # العراقية") or the parent organisation ("نیروی قدس سپاه پاسداران")
            full = forms[0]
            parts = [
                full[:-k]
                for k in (1, 2)
                if len(full) > k
                and (
                    (k == 1 and is_qualifier(full[-1]))
                    or self._match((full[-k:],), "ORG") is not None
                )
            ]
        else:
            return None
        for part in parts:
            # the part must still be a name of two real words: "Abu Omar al-Baghdadi" is not
            # "al-Baghdadi", nor "Abu … Baghdadi"
            words = [skeleton((t,)) for t in drop_articles(part)]
            if part == forms[0] or (
                mention_type == "PER" and (len(words) < 2 or min(map(len, words)) < 2)
            ):
                continue
            if (hit := self._match((part,), mention_type)) is not None:
                return Hit(hit.entity, hit.score * 0.9, hit.how)
        return None

    def _match(self, forms: tuple[tuple[str, ...], ...], mention_type: str) -> Hit | None:
        for form in forms:
            keys = self._exact.get(form)
            if keys and (e := self._pick(keys, mention_type, True, form)):
                return Hit(e, 0.95, "exact")
        for form in forms:
            skel = skeleton(form)
            if len(skel) < 3:
                continue
            keys = self._skel.get(skel)
            e = self._pick(keys, mention_type, False, form) if keys else None
            close = CLOSE_LONG if len(skel) >= MIN_SKELETON else CLOSE_SHORT
            if e is not None and self._close(form, e, close):
                return Hit(e, 0.85, "skeleton")
        skel = skeleton(forms[0])
        if len(skel) < 6:
            return None
        best: tuple[float, str] | None = None
        tie = False
        for cand, key in self._buckets.get(skel[:3], ()):
            score = fuzz.ratio(skel, cand)
            if score < FUZZY_MIN:
                continue
            if best is None or score > best[0]:
                best, tie = (score, key), False
            elif score == best[0] and key != best[1]:
                tie = True
        if best is not None and not tie:
            e = self.entities[best[1]]
            if compatible(mention_type, e.type, exact=False) and self._close(
                forms[0], e, CLOSE_LONG
            ):
                return Hit(e, 0.7, "fuzzy")
        return None

    def _close(self, form: tuple[str, ...], e: KBEntity, threshold: float) -> bool:
        """The skeleton is lossy ("Kasim Sulayman" is k-s-m-s-l-m-n like "Qasem Soleimani"):
        a skeleton match also needs a written alias that is close (rapidfuzz ratio)."""
        text = " ".join(form)
        return max(fuzz.ratio(text, a) for a in self._forms(e)) >= threshold


def read_kb(path: Path) -> list[KBEntity]:
    """Parse the TSV (``#`` comment lines, then a header row)."""
    out: list[KBEntity] = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            names = {
                lang: tuple(n.strip() for n in (row.get(lang) or "").split("|") if n.strip())
                for lang in LANGS
            }
            display = row["name"].strip()
            if display not in names["en"]:
                names["en"] = (display, *names["en"])
            out.append(
                KBEntity(
                    key=row["id"].strip(),
                    type=row["type"].strip(),
                    name=display,
                    wikidata=(row.get("wikidata") or "").strip() or None,
                    names=names,
                )
            )
    return out


@cache
def default_kb(path: Path = KB_PATH) -> KnowledgeBase:
    """The shipped knowledge base, loaded and indexed once per process (~50 ms)."""
    kb = KnowledgeBase(read_kb(path))
    logger.debug("loaded %s knowledge-base entities from %s", len(kb), path)
    return kb
