"""Source profiles: each outlet of the corpus side by side — what it publishes (languages,
volume, time span), how it names things (its words for the entities it names most), how it
frames them (loaded terms by category, persuasion techniques, stance cues toward people and
groups) and what it alone claims (claims no other outlet corroborates or contradicts, from the
claim-links step). Counts and evidence, never a score of the outlet."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..stages.framing.document import framing_of
from ..stages.framing.stance import stance_cues
from ..store import DocumentFilter, Store
from .claim_links import corpus_statuses

TOP_ENTITIES = 15  # entities per outlet in its naming fingerprint


@dataclass(slots=True)
class _Tally:
    documents: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)  # loaded-term category -> count
    techniques: Counter[str] = field(default_factory=Counter)
    stance: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    claims: Counter[str] = field(default_factory=Counter)  # unique / corroborated / ...
    first: str | None = None
    last: str | None = None


def source_profiles(store: Store, filt: DocumentFilter | None = None) -> Iterator[dict[str, Any]]:
    """One JSON-ready profile per outlet, by outlet name; documents without an outlet count
    under ``"?"``."""
    statuses = corpus_statuses(store)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    for doc in store.iter_documents(filt or DocumentFilter(status="ok")):
        t = tallies[doc.source or "?"]
        t.documents += 1
        t.languages[doc.lang or "?"] += 1
        day = doc.published.iso()[:10] if doc.published else None
        t.months[day[:7] if day else "?"] += 1
        if day:
            t.first = min(t.first or day, day)
            t.last = max(t.last or day, day)
        terms, techniques = framing_of(doc)
        t.terms.update(term.category for term in terms)
        t.techniques.update(span.technique for span in techniques)
        for cue in stance_cues(doc, terms, techniques):
            t.stance[cue.entity][cue.polarity] += 1
        for m in doc.mentions:
            if m.entity:
                t.names[m.entity][doc.text[m.start : m.end]] += 1
        for i, _ in enumerate(doc.claims):
            status = statuses.get((doc.id, i))
            t.claims[status.label if status else "unique"] += 1
    for outlet in sorted(tallies, key=str.casefold):
        yield _profile(outlet, tallies[outlet])


def _profile(outlet: str, t: _Tally) -> dict[str, Any]:
    named = sorted(t.names.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return {
        "outlet": outlet,
        "documents": t.documents,
        "languages": dict(t.languages.most_common()),
        "volume": dict(sorted(t.months.items())),
        "first_published": t.first,
        "last_published": t.last,
        "loaded_terms": dict(t.terms.most_common()),
        "techniques": dict(t.techniques.most_common()),
        "naming": [
            {
                "entity": key,
                "mentions": sum(words.values()),
                "words": dict(words.most_common(5)),
                "stance_cues": dict(t.stance.get(key, Counter()).most_common()),
            }
            for key, words in named[:TOP_ENTITIES]
        ],
        "claims": dict(t.claims.most_common()),
    }
