"""``/api/stories/{id}/framing``: how each outlet tells a story, in its words.

Two neutral views built from what the store already holds (the story's documents, their
sentences and entity mentions) and our loaded-term lexicon (:mod:`rashomon.stages.framing`):

- naming choices: for each canonical entity that at least two outlets name, the words each
  outlet uses for it, with counts, and the loaded terms within a few words of those names;
- per outlet, loaded terms counted by category, with examples linked to their document, and
  persuasion techniques counted (:mod:`rashomon.stages.framing.techniques`: the shipped rules,
  or the model where one was built on this machine).

It counts and quotes; it does not score or rank outlets.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ..model import Document
from ..stages.framing import CATEGORIES, Term, loaded_terms
from ..stages.framing.techniques import TechniqueSpan, detect_techniques
from .deps import StoreDep
from .render import doc_path
from .schemas import ERROR_RESPONSES
from .stories import StoryId, load_story

router = APIRouter(prefix="/api/stories", tags=["stories"], responses=ERROR_RESPONSES)

NEAR_WORDS = 3  # a loaded term counts as near a name with at most this many words between
MAX_EXAMPLES = 5  # loaded-term examples kept per outlet
_WORD = re.compile(r"\S+")


class Count(BaseModel):
    text: str
    count: int


class NearTerm(BaseModel):
    term: str
    lemma: str
    category: str
    count: int


class OutletNaming(BaseModel):
    outlet: str
    names: list[Count] = Field(
        description="the words the outlet uses for the entity, most used first"
    )
    near: list[NearTerm] = Field(description="loaded terms within a few words of those names")


class EntityNaming(BaseModel):
    entity: str
    name: str | None
    outlets: list[OutletNaming]


class TermExample(BaseModel):
    document: str
    href: str
    sentence: str
    term: str
    lemma: str
    category: str


class OutletTerms(BaseModel):
    outlet: str
    documents: int
    categories: dict[str, int] = Field(description="loaded terms per category")
    examples: list[TermExample]
    techniques: dict[str, int] = Field(
        description="persuasion-technique spans per technique, most used first"
    )


class StoryFramingOut(BaseModel):
    story: str
    categories: list[str]
    entities: list[EntityNaming]
    outlets: list[OutletTerms]


def document_terms(doc: Document) -> list[Term]:
    """Loaded terms of a document, each sentence matched in its own language (the document's
    when it has no sentences), with offsets in the document's text."""
    spans: list[tuple[int, int, str]] = [(s.start, s.end, s.lang) for s in doc.segments]
    out: list[Term] = []
    for start, end, lang in spans or [(0, len(doc.text), doc.lang or "")]:
        for t in loaded_terms(doc.text[start:end], lang):
            out.append(Term(t.start + start, t.end + start, t.term, t.category, t.lemma))
    return out


def document_techniques(doc: Document) -> list[TechniqueSpan]:
    """Persuasion-technique spans of a document, each language's sentences in that language,
    with offsets in the document's text."""
    by_lang: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in doc.segments:
        by_lang[s.lang or doc.lang or ""].append((s.start, s.end))
    if not by_lang and doc.text:
        by_lang[doc.lang or ""].append((0, len(doc.text)))
    out: list[TechniqueSpan] = []
    for lang, sentences in by_lang.items():
        lo, hi = sentences[0][0], sentences[-1][1]
        local = [(a - lo, b - lo) for a, b in sentences]
        for t in detect_techniques(doc.text[lo:hi], local, lang):
            if any(a <= t.start < b for a, b in local):  # not text between two runs
                out.append(TechniqueSpan(t.start + lo, t.end + lo, t.technique, t.score, t.source))
    return sorted(out, key=lambda t: (t.start, t.end))


def _sentence(doc: Document, offset: int) -> str:
    for s in doc.segments:
        if s.start <= offset < s.end:
            return doc.text[s.start : s.end].strip()
    return doc.text[max(0, offset - 80) : offset + 80].strip()


def _near(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap or have at most ``NEAR_WORDS`` words between them."""
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    if hi[0] < lo[1]:
        return True
    return len(_WORD.findall(text[lo[1] : hi[0]])) <= NEAR_WORDS


def story_framing(story_id: str, docs: list[Document]) -> StoryFramingOut:
    names: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    near: dict[str, dict[str, Counter[tuple[str, str, str]]]] = defaultdict(
        lambda: defaultdict(Counter)
    )
    display: dict[str, str | None] = {}
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    documents: Counter[str] = Counter()
    examples: dict[str, list[TermExample]] = defaultdict(list)
    techniques: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        outlet = doc.source or "?"
        documents[outlet] += 1
        techniques[outlet].update(t.technique for t in document_techniques(doc))
        terms = document_terms(doc)
        for t in terms:
            per_outlet[outlet][t.category] += 1
            if len(examples[outlet]) < MAX_EXAMPLES:
                examples[outlet].append(
                    TermExample(
                        document=doc.id,
                        href=doc_path(doc.id),
                        sentence=_sentence(doc, t.start),
                        term=t.term,
                        lemma=t.lemma,
                        category=t.category,
                    )
                )
        for m in doc.mentions:
            if not m.entity:
                continue
            display.setdefault(m.entity, m.name)
            names[m.entity][outlet][doc.text[m.start : m.end]] += 1
            for t in terms:
                if _near(doc.text, (m.start, m.end), (t.start, t.end)):
                    near[m.entity][outlet][(t.term, t.lemma, t.category)] += 1
    entities = [
        EntityNaming(
            entity=key,
            name=display.get(key),
            outlets=[
                OutletNaming(
                    outlet=outlet,
                    names=[Count(text=s, count=n) for s, n in used.most_common()],
                    near=[
                        NearTerm(term=term, lemma=lemma, category=category, count=n)
                        for (term, lemma, category), n in near[key][outlet].most_common()
                    ],
                )
                for outlet, used in sorted(by_outlet.items())
            ],
        )
        for key, by_outlet in names.items()
        if len(by_outlet) >= 2
    ]
    entities.sort(key=lambda e: (-len(e.outlets), e.name or e.entity))
    return StoryFramingOut(
        story=story_id,
        categories=list(CATEGORIES),
        entities=entities,
        outlets=[
            OutletTerms(
                outlet=outlet,
                documents=n,
                categories={c: per_outlet[outlet][c] for c in CATEGORIES},
                examples=examples[outlet],
                techniques=dict(techniques[outlet].most_common()),
            )
            for outlet, n in sorted(documents.items())
        ],
    )


@router.get(
    "/{story_id}/framing", response_model=StoryFramingOut, summary="How each outlet tells it"
)
def get_framing(store: StoreDep, story_id: StoryId) -> StoryFramingOut:
    """For each entity named by at least two outlets, the words each outlet uses for it and
    the loaded terms near them; per outlet, loaded terms counted by category, with examples."""
    _, docs = load_story(store, story_id)
    return story_framing(story_id, [d for _, d in docs])
