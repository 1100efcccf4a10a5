"""Security middleware: read-only methods, token and host checks, response headers.

Pure ASGI, so it sees every response (static files and error pages included). HEAD is
answered as GET without the body. The one exception to read-only is POST under
``/api/admin/``, and only with a JSON body (a cross-site form cannot send one without a CORS
preflight, which this server never grants) and not from another site's page (``Origin`` and
``Sec-Fetch-Site`` are checked): the token guards it like everything else when one is set.
"""

from __future__ import annotations

import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .settings import ServeSettings

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
TOKEN_COOKIE = "rashomon_token"
READ_METHODS = ("GET", "HEAD")
ADMIN_PREFIX = "/api/admin/"


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    body = json.dumps({"error": {"status": status, "code": code, "message": message}}).encode()
    raw = {
        **SECURITY_HEADERS,
        **(headers or {}),
        "content-type": "application/json",
        "content-length": str(len(body)),
    }
    return (
        status,
        [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in raw.items()],
        body,
    )


class GuardMiddleware:
    """Rejects writes (405), unauthorised requests (401) and foreign hosts (400)."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        rejection = self._reject(scope, headers)
        if rejection is not None:
            status, raw_headers, body = rejection
            await send({"type": "http.response.start", "status": status, "headers": raw_headers})
            await send({"type": "http.response.body", "body": body})
            return
        set_cookie = self._cookie_to_set(scope, headers)
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in out:
                        out[name] = value
                if set_cookie:
                    out.append("set-cookie", set_cookie)
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_wrapper)

    def _reject(
        self, scope: Scope, headers: Headers
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        admin_write = scope["method"] == "POST" and scope["path"].startswith(ADMIN_PREFIX)
        if scope["method"] not in READ_METHODS and not admin_write:
            return _error(
                405,
                "method_not_allowed",
                f"{scope['method']} is not allowed: this server is read-only (GET and HEAD only)",
                {"Allow": "GET, HEAD"},
            )
        token = self.settings.token
        if token:
            if not secrets.compare_digest(
                _presented_token(scope, headers).encode(), token.encode()
            ):
                return _error(
                    401,
                    "unauthorized",
                    "this server needs a token: send 'Authorization: Bearer <token>' "
                    "or add ?token=<token> to the URL",
                    {"WWW-Authenticate": "Bearer"},
                )
        elif "*" not in self.settings.allowed_hosts:
            host = _hostname(headers.get("host", ""))
            if host not in self.settings.allowed_hosts:
                return _error(
                    400,
                    "bad_host",
                    f"unexpected Host header {host!r}: without a token this server "
                    "only answers requests addressed to the loopback interface",
                )
        if admin_write:
            return _admin_rejection(headers)
        return None

    def _cookie_to_set(self, scope: Scope, headers: Headers) -> str | None:
        """After a page visit with a valid ``?token=``, keep the token in a cookie so the
        page's links, forms and stylesheet work without it."""
        token = self.settings.token
        if not token or scope["path"].startswith("/api"):
            return None
        if _query_token(scope) != token or _cookie_token(headers) == token:
            return None
        cookie: SimpleCookie = SimpleCookie()
        cookie[TOKEN_COOKIE] = token
        morsel = cookie[TOKEN_COOKIE]
        morsel["path"] = "/"
        morsel["httponly"] = True
        morsel["samesite"] = "Strict"
        return morsel.OutputString()


def _admin_rejection(headers: Headers) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
    """Admin writes come from our own pages or from non-browser clients, with a JSON body."""
    origin = headers.get("origin")
    fetch_site = headers.get("sec-fetch-site")
    foreign_origin = origin is not None and (
        origin == "null" or urlsplit(origin).netloc.lower() != headers.get("host", "").lower()
    )
    if foreign_origin or fetch_site not in (None, "same-origin", "none"):
        return _error(403, "forbidden", "admin requests from another site are refused")
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/json":
        return _error(
            415,
            "unsupported_media_type",
            "admin requests need a JSON body with 'Content-Type: application/json'",
        )
    return None


def _hostname(host: str) -> str:
    if host.startswith("["):  # [::1]:8000
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _query_token(scope: Scope) -> str:
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
    return values[0] if values else ""


def _cookie_token(headers: Headers) -> str:
    cookie: SimpleCookie = SimpleCookie()
    try:
        cookie.load(headers.get("cookie", ""))
    except Exception:  # noqa: BLE001 - a malformed cookie header is just no token
        return ""
    morsel = cookie.get(TOKEN_COOKIE)
    return morsel.value if morsel else ""


def _presented_token(scope: Scope, headers: Headers) -> str:
    auth = headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return _query_token(scope) or _cookie_token(headers)
