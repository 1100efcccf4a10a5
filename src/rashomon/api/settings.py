"""Settings of the web UI and REST API server (``rashomon serve``)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from ..errors import ConfigError

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
MAX_PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Where to listen and who may read.

    Without a ``token`` the server only binds a loopback address and only answers requests
    whose ``Host`` is one of ``allowed_hosts`` (a guard against DNS rebinding: a web page
    the analyst visits must not be able to read the corpus through the browser). With a
    ``token`` every request must carry it (``Authorization: Bearer``, ``?token=`` or the
    cookie set after a ``?token=`` page visit), and any host may be bound.
    """

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None
    page_size: int = 50
    allowed_hosts: tuple[str, ...] = LOOPBACK_NAMES

    def __post_init__(self) -> None:
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ConfigError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE}, not {self.page_size}"
            )
        if self.token is not None and not self.token.strip():
            raise ConfigError("the token is empty; give a non-empty token or none")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ::1)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(settings: ServeSettings) -> None:
    """Refuse to expose the corpus beyond this machine without a token."""
    if not is_loopback(settings.host) and not settings.token:
        raise ConfigError(
            f"refusing to serve on {settings.host} without a token: anyone on the network "
            "could read the corpus. Bind 127.0.0.1, or set a token (e.g. --token "
            "\"$(python -c 'import secrets; print(secrets.token_urlsafe())')\")"
        )
