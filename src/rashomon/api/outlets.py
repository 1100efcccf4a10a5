"""``/api/outlets/{name}``: one outlet (a document's ``source``) at a glance — its languages,
its volume month by month, its latest documents, the entities it names most, how it frames
them, and the stories it covers. The page ``/outlets/{name}`` shows the same.

Computed from the store's document filter. Loaded terms by category and persuasion
techniques are counted over all its documents, in SQL, from the frames the ``framing.v1``
stage stored. Entity counts, the stance cues toward those entities and the standing of its
claims (unique, corroborated, contradicted) read the outlet's latest ``ENTITY_SAMPLE``
documents only (loading every document of a big outlet on each page view would be slow), and
the page says so. Counts and quoted evidence, never a score of the outlet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from pydantic import BaseModel, Field

from ..corpus.claim_links import corpus_statuses
from ..stages.framing.document import framing_of
from ..stages.framing.stance import ACTOR_TYPES, stance_cues, stance_label
from ..store import DocumentFilter, DocumentSummary, Store
from ..store.base import StorySummary
from .deps import StoreDep
from .schemas import ERROR_RESPONSES, DocumentOut, StoryOut

router = APIRouter(prefix="/api/outlets", tags=["outlets"], responses=ERROR_RESPONSES)

OutletName = Annotated[str, Path(min_length=1, max_length=500, description="outlet name")]
MAX_DOCUMENTS = 5000  # read for languages, volume and stories
ENTITY_SAMPLE = 200  # latest documents whose mentions are counted
SHOWN_DOCUMENTS = 50
TOP_ENTITIES = 20
TOP_STORIES = 10


@dataclass(frozen=True, slots=True)
class NamedEntity:
    key: str
    name: str
    type: str
    mentions: int
    documents: int
    stance: dict[str, int]  # polarity -> cues near its names (people and groups only)

    @property
    def stance_label(self) -> str | None:
        if self.type not in ACTOR_TYPES:
            return None
        return stance_label(self.stance.get("positive", 0), self.stance.get("negative", 0))


@dataclass(slots=True)
class OutletProfile:
    name: str
    documents: int
    languages: dict[str, int]
    volume: dict[str, int]  # "YYYY-MM" -> documents; "?" for undated
    first_published: str | None
    last_published: str | None
    latest: list[DocumentSummary]
    entities: list[NamedEntity]
    entity_sample: int  # how many documents the entity counts read
    stories: list[tuple[StorySummary, int]]  # the story and this outlet's documents in it
    terms: dict[str, int]  # loaded-term category -> count, all documents
    techniques: dict[str, int]  # persuasion technique -> spans, all documents
    claims: dict[str, int]  # unique / corroborated / contradicted ..., sample documents


def outlet_profile(store: Store, name: str) -> OutletProfile | None:
    """The outlet's profile, or None when no document comes from it."""
    items, total = store.list_documents(DocumentFilter(source=name), limit=MAX_DOCUMENTS)
    if not total:
        return None
    dated = sorted(d.published for d in items if d.published)
    languages = Counter(d.lang or "und" for d in items if d.status == "ok")
    volume = Counter((d.published or "?")[:7] for d in items)
    latest = sorted(items, key=lambda d: d.published or "", reverse=True)
    mentions: Counter[str] = Counter()
    in_docs: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}
    stance: dict[str, Counter[str]] = {}
    claims: Counter[str] = Counter()
    statuses = corpus_statuses(store)
    sample = [d for d in latest if d.status == "ok"][:ENTITY_SAMPLE]
    for summary in sample:
        doc = store.get(summary.id)
        if doc is None:
            continue
        keys = set()
        for m in doc.mentions:
            if m.entity:
                mentions[m.entity] += 1
                keys.add(m.entity)
                names.setdefault(m.entity, (m.name or doc.text[m.start : m.end], m.type))
        in_docs.update(keys)
        for cue in stance_cues(doc, *framing_of(doc)):
            stance.setdefault(cue.entity, Counter())[cue.polarity] += 1
        for i in range(len(doc.claims)):
            status = statuses.get((doc.id, i))
            claims[status.label if status else "unique"] += 1
    entities = [
        NamedEntity(k, names[k][0], names[k][1], n, in_docs[k], dict(stance.get(k, {})))
        for k, n in sorted(mentions.items(), key=lambda kv: (-in_docs[kv[0]], -kv[1], kv[0]))
    ][:TOP_ENTITIES]
    frames = store.frame_counts(DocumentFilter(source=name, status="ok"))
    assignments = store.story_assignments()
    per_story = Counter(assignments[d.id] for d in items if d.id in assignments)
    stories = []
    for story_id, n in sorted(per_story.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_STORIES]:
        found = store.story(story_id)
        if found is not None:
            stories.append((found[0], n))
    return OutletProfile(
        name=name,
        documents=total,
        languages=dict(languages.most_common()),
        volume=dict(sorted(volume.items())),
        first_published=dated[0] if dated else None,
        last_published=dated[-1] if dated else None,
        latest=latest[:SHOWN_DOCUMENTS],
        entities=entities,
        entity_sample=len(sample),
        stories=stories,
        terms={label: n for (kind, label), n in sorted(frames.items()) if kind == "term"},
        techniques=dict(
            sorted(
                ((label, n) for (kind, label), n in frames.items() if kind == "technique"),
                key=lambda kv: (-kv[1], kv[0]),
            )
        ),
        claims=dict(claims.most_common()),
    )


def load_outlet(store: Store, name: str) -> OutletProfile:
    profile = outlet_profile(store, name)
    if profile is None:
        raise HTTPException(404, f"no documents from outlet {name!r}")
    return profile


class OutletEntityOut(BaseModel):
    key: str
    name: str
    type: str
    mentions: int
    documents: int = Field(description="documents of the sample that name it")
    stance: dict[str, int] = Field(
        description="loaded terms and name calling near its names in the sample, by polarity"
    )
    stance_label: str | None = Field(
        description="positive / negative / mixed / neutral (people and groups only)"
    )


class OutletStoryOut(BaseModel):
    story: StoryOut
    documents: int = Field(description="this outlet's documents in the story")


class OutletOut(BaseModel):
    name: str
    documents: int
    languages: dict[str, int]
    volume: dict[str, int] = Field(description="documents per month (YYYY-MM; '?' undated)")
    first_published: str | None
    last_published: str | None
    latest: list[DocumentOut]
    entities: list[OutletEntityOut]
    entity_sample: int = Field(description="latest documents whose mentions were counted")
    stories: list[OutletStoryOut]
    terms: dict[str, int] = Field(description="loaded terms by category, all its documents")
    techniques: dict[str, int] = Field(
        description="persuasion-technique spans by technique, all its documents"
    )
    claims: dict[str, int] = Field(
        description="its claims in the sample by standing: unique, corroborated, contradicted"
    )

    @classmethod
    def of(cls, p: OutletProfile) -> OutletOut:
        return cls(
            name=p.name,
            documents=p.documents,
            languages=p.languages,
            volume=p.volume,
            first_published=p.first_published,
            last_published=p.last_published,
            latest=[DocumentOut.of(d) for d in p.latest],
            entities=[
                OutletEntityOut(
                    key=e.key,
                    name=e.name,
                    type=e.type,
                    mentions=e.mentions,
                    documents=e.documents,
                    stance=e.stance,
                    stance_label=e.stance_label,
                )
                for e in p.entities
            ],
            entity_sample=p.entity_sample,
            stories=[OutletStoryOut(story=StoryOut.of(s), documents=n) for s, n in p.stories],
            terms=p.terms,
            techniques=p.techniques,
            claims=p.claims,
        )


@router.get("/{name:path}", response_model=OutletOut, summary="One outlet")
def get_outlet(store: StoreDep, name: OutletName) -> OutletOut:
    """The outlet's languages, documents per month, latest documents, most-named entities
    and the stance cues near them (from its latest documents), loaded terms and persuasion
    techniques, the standing of its claims, and the stories it covers."""
    return OutletOut.of(load_outlet(store, name))
