"""The web UI and REST API: ``create_app(store, settings)`` builds the FastAPI app,
``serve(store, settings)`` runs it with uvicorn.

REST under ``/api/`` (OpenAPI at ``/api/openapi.json``, a readable reference at
``/api/docs``), server-rendered pages elsewhere, static files at ``/static/`` (third-party
JavaScript under ``/static/vendor/``, fetched from npm at set-up time). Read-only, GET and
HEAD, except the analyst's entity corrections under ``/api/admin/`` (see :mod:`.admin`).
Every error has one JSON shape (see :mod:`.errors`).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..store import Store
from . import (
    admin,
    corpus,
    documents,
    entities,
    errors,
    explore,
    framing,
    narrative,
    outlets,
    pages,
    places,
    search,
    stories,
)
from .security import GuardMiddleware
from .server import serve
from .settings import ServeSettings, check_bind
from .templating import STATIC

__all__ = ["ServeSettings", "check_bind", "create_app", "serve"]


def create_app(store: Store, settings: ServeSettings | None = None) -> FastAPI:
    """The app over an open store. The caller owns the store (and closes it)."""
    settings = settings or ServeSettings()
    app = FastAPI(
        title="Rashomon",
        summary="Access to an analysed news corpus; writes only for entity corrections.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the stock Swagger UI loads its JS from a CDN: /api/docs is ours
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.related = narrative.RelatedIndex()
    errors.install(app)
    app.add_middleware(GuardMiddleware, settings=settings)
    for module in (
        documents,
        search,
        corpus,
        entities,
        stories,
        framing,
        outlets,
        places,
        admin,
        pages,
        explore,
    ):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
