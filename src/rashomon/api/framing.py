"""``/api/stories/{id}/framing``: how each outlet tells a story, in its words.

Two neutral views built from what the store already holds (the story's documents, their
sentences and entity mentions) and our loaded-term lexicon (:mod:`rashomon.stages.framing`):

- naming choices: for each canonical entity that at least two outlets name, the words each
  outlet uses for it, with counts, and the loaded terms within a few words of those names;
- per outlet, loaded terms counted by category, with examples linked to their document, and
  persuasion techniques counted (:mod:`rashomon.stages.framing.techniques`: the shipped rules,
  or the model where one was built on this machine);
- per outlet, the terms it uses far more than the other outlets of the story in the same
  language (:mod:`rashomon.stages.framing.distinctive`, learned from the story at read time);
- per outlet and named entity, how it is portrayed: the loaded terms and name-calling spans in
  the same sentence within a few words of its names, by polarity, with the spans themselves.

It counts and quotes; it does not score or rank outlets.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ..model import Document
from ..stages.framing import CATEGORIES, Term
from ..stages.framing.distinctive import distinctive_terms
from ..stages.framing.document import framing_of
from ..stages.framing.stance import ACTOR_TYPES, stance_cues, stance_label
from ..stages.framing.stance import near as is_near
from ..stages.framing.techniques import TechniqueSpan
from .deps import StoreDep
from .render import doc_path
from .schemas import ERROR_RESPONSES
from .stories import StoryId, load_story

router = APIRouter(prefix="/api/stories", tags=["stories"], responses=ERROR_RESPONSES)

MAX_EXAMPLES = 5  # loaded-term examples kept per outlet
MAX_STANCE_SPANS = 3  # supporting spans kept per outlet and entity


class Count(BaseModel):
    text: str
    count: int


class NearTerm(BaseModel):
    term: str
    lemma: str
    category: str
    count: int


class StanceSpan(BaseModel):
    document: str
    href: str
    sentence: str
    term: str = Field(description="the loaded term or technique span, as written")
    cue: str = Field(description="its loaded-term category, or its persuasion technique")
    polarity: str = Field(description="positive | negative | neutral | religious")


class Stance(BaseModel):
    label: str = Field(
        description="neutral when no cue is near the entity's names; positive or negative when "
        "that side's cues are at least twice the other's; mixed otherwise"
    )
    positive: int = Field(description="glorifying loaded terms near its names")
    negative: int = Field(description="delegitimising terms or name-calling spans near them")
    neutral: int = Field(description="euphemisms near them")
    religious: int = Field(description="religious-framing terms near them (either direction)")
    spans: list[StanceSpan] = Field(description="up to three supporting spans, label's side first")


class OutletNaming(BaseModel):
    outlet: str
    names: list[Count] = Field(
        description="the words the outlet uses for the entity, most used first"
    )
    near: list[NearTerm] = Field(description="loaded terms within a few words of those names")
    stance: Stance | None = Field(
        description="how the outlet portrays the entity, with the evidence (people and groups "
        "only; null for places)"
    )


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


class DistinctiveTermOut(BaseModel):
    term: str = Field(description="a normalised word, or two adjacent words")
    lang: str
    count: int = Field(description="times the outlet used it in this story")
    others: int = Field(description="times the other outlets in the same language used it")
    z: float = Field(description="z-score of the weighted log-odds ratio (Monroe et al. 2008)")
    document: str
    href: str
    sentence: str = Field(description="the first sentence of the outlet that uses it")


class OutletTerms(BaseModel):
    outlet: str
    documents: int
    categories: dict[str, int] = Field(description="loaded terms per category")
    examples: list[TermExample]
    techniques: dict[str, int] = Field(
        description="persuasion-technique spans per technique, most used first"
    )
    distinctive: list[DistinctiveTermOut] = Field(
        description="terms the outlet uses far more than the story's other outlets in the same "
        "language, most distinctive first"
    )
    alone_in: list[str] = Field(
        description="languages no other outlet of the story writes in: no comparison there"
    )


class StoryFramingOut(BaseModel):
    story: str
    categories: list[str]
    entities: list[EntityNaming]
    outlets: list[OutletTerms]


def _sentence(doc: Document, offset: int) -> str:
    for s in doc.segments:
        if s.start <= offset < s.end:
            return doc.text[s.start : s.end].strip()
    return doc.text[max(0, offset - 80) : offset + 80].strip()


def document_stance(
    doc: Document, terms: list[Term], techniques: list[TechniqueSpan]
) -> list[tuple[str, StanceSpan]]:
    """(entity, span) for each cue near a person or group of ``doc``
    (:func:`rashomon.stages.framing.stance.stance_cues`), with its sentence and link."""
    return [
        (
            c.entity,
            StanceSpan(
                document=doc.id,
                href=doc_path(doc.id),
                sentence=_sentence(doc, c.start),
                term=c.term,
                cue=c.cue,
                polarity=c.polarity,
            ),
        )
        for c in stance_cues(doc, terms, techniques)
    ]


def _stance(spans: list[StanceSpan], actor: bool) -> Stance | None:
    if not actor:
        return None
    n = Counter(s.polarity for s in spans)
    label = stance_label(n["positive"], n["negative"])
    wanted = {"mixed": {"positive", "negative"}}.get(label, {label})
    shown = sorted(spans, key=lambda s: s.polarity not in wanted)[:MAX_STANCE_SPANS]
    return Stance(
        label=label,
        positive=n["positive"],
        negative=n["negative"],
        neutral=n["neutral"],
        religious=n["religious"],
        spans=shown,
    )


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
    stance: dict[str, dict[str, list[StanceSpan]]] = defaultdict(lambda: defaultdict(list))
    actors: set[str] = set()
    for doc in docs:
        outlet = doc.source or "?"
        documents[outlet] += 1
        terms, spans = framing_of(doc)
        techniques[outlet].update(t.technique for t in spans)
        for entity, span in document_stance(doc, terms, spans):
            stance[entity][outlet].append(span)
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
            if m.type in ACTOR_TYPES:
                actors.add(m.entity)
            names[m.entity][outlet][doc.text[m.start : m.end]] += 1
            for t in terms:
                if is_near(doc.text, (m.start, m.end), (t.start, t.end)):
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
                    stance=_stance(stance[key][outlet], key in actors),
                )
                for outlet, used in sorted(by_outlet.items())
            ],
        )
        for key, by_outlet in names.items()
        if len(by_outlet) >= 2
    ]
    entities.sort(key=lambda e: (-len(e.outlets), e.name or e.entity))
    distinctive = distinctive_terms(docs)
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
                distinctive=[
                    DistinctiveTermOut(
                        term=t.term,
                        lang=t.lang,
                        count=t.count,
                        others=t.others,
                        z=t.z,
                        document=t.document,
                        href=doc_path(t.document),
                        sentence=t.sentence,
                    )
                    for t in distinctive[outlet].terms
                ],
                alone_in=list(distinctive[outlet].alone),
            )
            for outlet, n in sorted(documents.items())
        ],
    )


@router.get(
    "/{story_id}/framing", response_model=StoryFramingOut, summary="How each outlet tells it"
)
def get_framing(store: StoreDep, story_id: StoryId) -> StoryFramingOut:
    """For each entity named by at least two outlets, the words each outlet uses for it, the
    loaded terms near them and how it is portrayed (with the supporting spans); per outlet,
    loaded terms counted by category, with examples, persuasion techniques counted, and the
    terms it uses far more than the story's other outlets in its language."""
    _, docs = load_story(store, story_id)
    return story_framing(story_id, [d for _, d in docs])
