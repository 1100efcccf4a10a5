"""Run the app with uvicorn, refusing to expose the corpus beyond loopback without a token."""

from __future__ import annotations

import logging

from ..store import Store
from .settings import ServeSettings, check_bind

logger = logging.getLogger(__name__)


def serve(store: Store, settings: ServeSettings | None = None) -> None:
    """Serve the web UI and REST API until interrupted.

    Raises :class:`~rashomon.errors.ConfigError` for a non-loopback host without a token.
    """
    import uvicorn

    from . import create_app

    settings = settings or ServeSettings()
    check_bind(settings)
    app = create_app(store, settings)
    logger.info("serving on http://%s:%s", settings.host, settings.port)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="info",
        proxy_headers=False,
        server_header=False,
        date_header=True,
    )
