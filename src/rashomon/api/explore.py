"""Pages for what the analysis found across documents: entities, stories and the map.

Like the other pages, every piece of article text goes through Jinja's autoescaping; the map,
graph and timeline scripts read their data from ``data-`` attributes or the REST API.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..model import Document
from ..store import DocumentSummary
from ..store.overrides import effective_entity
from . import admin, narrative, render, views
from .deps import FilterDep, PagingDep, StoreDep
from .entities import EntityKey, EntityType
from .framing import story_framing
from .outlets import load_outlet
from .pages import Pager, _filter_options, _filter_params, _paged, page
from .stories import load_story

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

ENTITY_TYPES = ("PER", "ORG", "LOC", "FAC")


@router.get("/entities")
def entity_list(
    request: Request,
    store: StoreDep,
    paging: PagingDep,
    type: Annotated[EntityType | None, Query()] = None,  # noqa: A002 - the URL's name
    q: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    items, total = store.entities(
        type or None, q.strip() or None, limit=paging.limit, offset=paging.offset
    )
    params = _paged(request, {"type": type, "q": q}, paging)
    return page(
        "entities.html",
        nav="entities",
        items=items,
        filt={"type": type or "", "q": q},
        types=ENTITY_TYPES,
        pager=Pager(total, paging.limit, paging.offset, params),
    )


@router.get("/entities/{key:path}")
def entity(store: StoreDep, key: EntityKey) -> Response:
    detail = store.entity(key)
    if detail is None:
        overrides = {(f, s): t for f, s, t in store.overrides()}
        if (key, "") in overrides:  # merged away: its mentions now count under another key
            target = effective_entity(overrides, key, "")
            return RedirectResponse(views.entity_path(target), status_code=303)
        raise HTTPException(404, f"no entity with key {key!r}")
    groups: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for name in detail.names:
        groups[(name.lang or "und", name.script or "unknown")].append((name.text, name.count))
    peak = max(detail.timeline.values(), default=0)
    return page(
        "entity.html",
        nav="entities",
        detail=detail,
        e=detail.summary,
        name_groups=sorted(groups.items(), key=lambda kv: -sum(n for _, n in kv[1])),
        peak=peak,
        graph=views.to_json(views.graph(detail)),
        admin=admin.enabled(store),
        merged=admin.merged_into(store, key),
    )


@router.get("/stories")
def story_list(request: Request, store: StoreDep, paging: PagingDep) -> HTMLResponse:
    items, total = store.stories(limit=paging.limit, offset=paging.offset)
    params = _paged(request, {}, paging)
    return page(
        "stories.html",
        nav="stories",
        items=items,
        pager=Pager(total, paging.limit, paging.offset, params),
    )


def _columns(
    docs: list[tuple[DocumentSummary, Document]], by: str
) -> list[tuple[str, list[tuple[DocumentSummary, Document, str]]]]:
    """Documents grouped into columns by language or outlet, the biggest column first."""
    columns: dict[str, list[tuple[DocumentSummary, Document, str]]] = defaultdict(list)
    for summary, doc in docs:
        key = (doc.lang if by == "lang" else doc.source) or "?"
        columns[key].append((summary, doc, views.lead(doc)))
    return sorted(columns.items(), key=lambda kv: (-len(kv[1]), kv[0]))


@router.get("/stories/{story_id}")
def story(
    request: Request,
    store: StoreDep,
    story_id: Annotated[str, Path(min_length=1, max_length=200)],
    by: Annotated[Literal["lang", "source"], Query()] = "lang",
) -> HTMLResponse:
    summary, docs = load_story(store, story_id)
    full = [d for _, d in docs]
    points = views.map_points(full)
    return page(
        "story.html",
        nav="stories",
        story=summary,
        by=by,
        columns=_columns(docs, by),
        events=narrative.story_events(full),
        merged_events=narrative.merged_story_events(full),
        matrix=narrative.claim_matrix(full, store.claim_links(story_id)),
        framing=story_framing(story_id, full),
        related=narrative.related_stories(store, story_id, full, request.app.state.related),
        timeline=views.to_json(views.timeline_items(full)),
        map_points=views.to_json(points) if points else "",
    )


@router.get("/outlets/{name:path}")
def outlet(
    store: StoreDep, name: Annotated[str, Path(min_length=1, max_length=500)]
) -> HTMLResponse:
    profile = load_outlet(store, name)
    return page(
        "outlet.html",
        nav="",
        o=profile,
        peak=max(profile.volume.values(), default=0),
        total_lang=sum(profile.languages.values()),
    )


@router.get("/map")
def corpus_map(store: StoreDep, filt: FilterDep) -> HTMLResponse:
    params = _filter_params(filt)
    return page(
        "map.html",
        nav="map",
        filt=params,
        options=_filter_options(store, filt),
        source="/api/places" + render.query_string(params).rstrip("?"),
    )
