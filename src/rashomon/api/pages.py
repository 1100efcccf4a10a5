"""Server-rendered pages: overview, document list, document view, search, API reference.

All text from articles and their metadata goes through Jinja's autoescaping; nothing is
marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..corpus.semantic import NO_FACETS, Facets, search_results
from ..model import Document, DuplicateLink
from ..store import DocumentFilter, RunInfo, Store
from . import render, views
from .deps import FilterDep, Paging, PagingDep, StoreDep, get_settings
from .templating import render_template

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

STATUSES = ("ok", "skipped", "failed")


def page(
    name: str, http_status: int = 200, headers: dict[str, str] | None = None, **context: Any
) -> HTMLResponse:
    return HTMLResponse(render_template(name, **context), http_status, headers)


def render_error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> HTMLResponse:
    """The HTML face of the error shape, for page URLs."""
    from .errors import error_code

    return page(
        "error.html",
        status,
        headers,
        nav="",
        status=status,
        code=error_code(status),
        message=message,
        path=request.url.path,
    )


@dataclass(slots=True)
class RunView:
    """A run's summary reduced to what the overview shows, whatever the runner wrote."""

    run: RunInfo
    counts: list[tuple[str, int]] = field(default_factory=list)
    skipped: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, int]] = field(default_factory=list)

    @classmethod
    def of(cls, run: RunInfo) -> RunView:
        summary = run.summary if isinstance(run.summary, dict) else {}
        view = cls(run)
        for key in ("seen", "stored", "unchanged", "exact_duplicates", "near_duplicates"):
            value = summary.get(key)
            if isinstance(value, int):
                view.counts.append((key.replace("_", " "), value))
        for key, target in (("skipped", view.skipped), ("failed", view.failed)):
            reasons = summary.get(key)
            if isinstance(reasons, dict):
                target.extend(
                    sorted(
                        ((str(k), int(v)) for k, v in reasons.items() if isinstance(v, int)),
                        key=lambda kv: (-kv[1], kv[0]),
                    )
                )
        return view

    @property
    def errors(self) -> int:
        """Documents the run skipped or failed on, whatever the reason."""
        return sum(n for _, n in self.skipped) + sum(n for _, n in self.failed)


def _filter_params(filt: DocumentFilter) -> dict[str, object]:
    return {
        "lang": filt.lang,
        "source": filt.source,
        "status": filt.status,
        "date_from": filt.date_from.isoformat() if filt.date_from else None,
        "date_to": filt.date_to.isoformat() if filt.date_to else None,
    }


def _filter_options(store: Store, filt: DocumentFilter) -> dict[str, list[str]]:
    stats = store.stats()
    langs = [k for k in stats.by_lang if k != "?"]
    sources = [k for k in stats.by_source if k != "?"]
    if filt.lang and filt.lang not in langs:
        langs.append(filt.lang)
    if filt.source and filt.source not in sources:
        sources.append(filt.source)
    return {
        "langs": sorted(langs),
        "sources": sorted(sources, key=str.casefold),
        "statuses": list(STATUSES),
    }


@dataclass(frozen=True, slots=True)
class Pager:
    total: int
    limit: int
    offset: int
    params: dict[str, object]

    @property
    def first(self) -> int:
        return min(self.offset + 1, self.total)

    @property
    def last(self) -> int:
        return min(self.offset + self.limit, self.total)

    @property
    def prev_link(self) -> str | None:
        if self.offset <= 0:
            return None
        return render.query_string(self.params, offset=max(0, self.offset - self.limit) or None)

    @property
    def next_link(self) -> str | None:
        if self.offset + self.limit >= self.total:
            return None
        return render.query_string(self.params, offset=self.offset + self.limit)


def _paged(request: Request, params: dict[str, object], paging: Paging) -> dict[str, object]:
    """Filter params plus the page size when it is not the server's default."""
    if paging.limit != get_settings(request).page_size:
        return {**params, "limit": paging.limit}
    return params


@router.get("/")
def overview(store: StoreDep) -> HTMLResponse:
    stats = store.stats()
    recent, _ = store.list_documents(DocumentFilter(), limit=10)
    runs = [RunView.of(r) for r in store.runs(5)]
    stories, _ = store.stories(limit=5)
    return page(
        "overview.html", nav="overview", stats=stats, recent=recent, runs=runs, stories=stories
    )


@router.get("/documents")
def documents(
    request: Request, store: StoreDep, filt: FilterDep, paging: PagingDep
) -> HTMLResponse:
    items, total = store.list_documents(filt, limit=paging.limit, offset=paging.offset)
    params = _paged(request, _filter_params(filt), paging)
    return page(
        "documents.html",
        nav="documents",
        items=items,
        filt=params,
        options=_filter_options(store, filt),
        pager=Pager(total, paging.limit, paging.offset, params),
    )


@router.get("/documents/{doc_id}")
def document(
    store: StoreDep, doc_id: Annotated[str, Path(min_length=1, max_length=200)]
) -> HTMLResponse:
    doc = store.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    duplicates: list[tuple[DuplicateLink, str | None]] = []
    for link in doc.duplicates[:50]:
        other = store.get(link.other_id)
        duplicates.append((link, other.title if other else None))
    marks = views.marks(doc)
    overlays = views.overlays(doc)
    points = views.map_points([doc])
    return page(
        "document.html",
        nav="documents",
        doc=doc,
        url=doc.url or doc.origin.url,
        paragraphs=render.paragraphs(doc, marks, overlays),
        layers=views.layer_counts([*marks, *overlays]),
        entities=_doc_entities(doc),
        map_points=views.to_json(points) if points else "",
        legend=render.legend(doc),
        source_pieces=render.source_pieces(doc),
        duplicates=duplicates,
    )


def _doc_entities(doc: Document) -> list[tuple[str, str, str, int]]:
    """(key, name, type, mentions) of the entities in a document, most mentioned first."""
    found: dict[str, list[Any]] = {}
    for m in doc.mentions:
        if m.entity:
            entry = found.setdefault(m.entity, [m.name or doc.text[m.start : m.end], m.type, 0])
            entry[2] += 1
    return sorted(((k, v[0], v[1], v[2]) for k, v in found.items()), key=lambda e: (-e[3], e[1]))


@dataclass(frozen=True, slots=True)
class FacetLink:
    """One value of a search facet: a link that adds it as a filter (or, when it is the
    active filter already, removes it), keeping the query and the other filters."""

    label: str
    count: int
    href: str
    active: bool


@dataclass(frozen=True, slots=True)
class FacetGroup:
    title: str
    name: str  # lang, source or year: the template marks outlet names dir="auto"
    links: list[FacetLink]


def _year_span(year: str) -> tuple[str, str]:
    return f"{year}-01-01", f"{year}-12-31"


def facet_groups(facets: Facets, params: dict[str, object]) -> list[FacetGroup]:
    """The search page's facets as links over ``params`` (the page's query string)."""

    def link(label: str, count: int, active: bool, **changes: object) -> FacetLink:
        off = dict.fromkeys(changes) if active else changes
        return FacetLink(label, count, render.query_string(params, **off), active)

    span = (params.get("date_from"), params.get("date_to"))
    groups = [
        FacetGroup(
            "Language",
            "lang",
            [
                link(f"{render.lang_name(k)} ({k})", n, params.get("lang") == k, lang=k)
                for k, n in facets.lang.items()
            ],
        ),
        FacetGroup(
            "Outlet",
            "source",
            [link(k, n, params.get("source") == k, source=k) for k, n in facets.source.items()],
        ),
        FacetGroup(
            "Year",
            "year",
            [
                link(k, n, span == _year_span(k), date_from=f"{k}-01-01", date_to=f"{k}-12-31")
                for k, n in facets.year.items()
            ],
        ),
    ]
    return [g for g in groups if g.links]


def active_filters(params: dict[str, object]) -> list[tuple[str, str, str]]:
    """(what, value, link without it) for each filter in force, so each can be removed
    alone; a date range that is one calendar year reads as that year."""
    out: list[tuple[str, str, str]] = []

    def without(what: str, value: object, *names: str) -> None:
        out.append((what, str(value), render.query_string(params, **dict.fromkeys(names))))

    if params.get("lang"):
        without("language", render.lang_name(str(params["lang"])), "lang")
    if params.get("source"):
        without("outlet", params["source"], "source")
    if params.get("status"):
        without("status", params["status"], "status")
    start, end = params.get("date_from"), params.get("date_to")
    if start and (start, end) == _year_span(str(start)[:4]):
        without("year", str(start)[:4], "date_from", "date_to")
    else:
        if start:
            without("from", start, "date_from")
        if end:
            without("to", end, "date_to")
    return out


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    filt: FilterDep,
    paging: PagingDep,
    q: Annotated[str, Query(max_length=500)] = "",
    mode: Annotated[Literal["hybrid", "text", "semantic"], Query()] = "hybrid",
) -> HTMLResponse:
    found = (
        search_results(store, q, filt, mode, limit=paging.limit, offset=paging.offset)
        if q.strip()
        else None
    )
    params = _paged(request, {"q": q, "mode": mode, **_filter_params(filt)}, paging)
    hits = found.hits if found else []
    results = [(hit, render.highlight(hit.snippet, q)) for hit in hits]
    return page(
        "search.html",
        nav="search",
        q=q,
        mode=mode,
        results=results,
        filt=params,
        options=_filter_options(store, filt),
        facets=facet_groups(found.facets if found else NO_FACETS, params),
        active=active_filters(params),
        counted=found.facets.counted if found else 0,
        pager=Pager(found.total if found else 0, paging.limit, paging.offset, params),
    )


@router.get("/api/docs")
def api_docs(request: Request) -> HTMLResponse:
    """A readable API reference built from the OpenAPI schema (no CDN-hosted Swagger UI)."""
    schema = request.app.openapi()
    operations = []
    for path_name, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                (
                    p.get("name", ""),
                    p.get("in", ""),
                    p.get("required", False),
                    p.get("description", ""),
                )
                for p in op.get("parameters", [])
            ]
            operations.append(
                {
                    "method": method.upper(),
                    "path": path_name,
                    "summary": op.get("summary", ""),
                    "description": " ".join(op.get("description", "").split()),
                    "params": params,
                }
            )
    return page(
        "api_docs.html",
        nav="api",
        operations=operations,
        title=schema.get("info", {}).get("title", "API"),
    )
