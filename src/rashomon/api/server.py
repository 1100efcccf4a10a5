"""Run the app with uvicorn, refusing to expose the corpus beyond loopback without a token."""

from __future__ import annotations

import logging
import socket

from ..errors import ConfigError
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
    _check_port_free(settings.host, settings.port)
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


def _check_port_free(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({exc.strerror}); is another server running "
                f"there? Pick another port, e.g. --port {port + 1}"
            ) from None
