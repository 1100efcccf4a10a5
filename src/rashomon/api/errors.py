"""One error shape for every error the server returns.

``{"error": {"status": 404, "code": "not_found", "message": "..."}}`` for the API; pages
(paths outside ``/api/`` and ``/static/``) get the same status with an HTML page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .security import SECURITY_HEADERS

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
}


def error_code(status: int) -> str:
    return CODES.get(status, "error")


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or error_code(status), "message": message}}


def error_json(
    status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, message, code), status_code=status, headers=headers)


def wants_html(request: Request) -> bool:
    """Pages answer errors with HTML; the API and static files with the JSON shape."""
    path = request.url.path
    return not (path == "/api" or path.startswith(("/api/", "/static/")))


def _respond(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if wants_html(request):
        from .pages import render_error  # pages import this module: import late

        return render_error(request, status, message, headers)
    return error_json(status, message, headers=headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101 - registered for this type
    message = exc.detail if isinstance(exc.detail, str) else error_code(exc.status_code)
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing at {request.url.path}"
    return _respond(request, exc.status_code, message, dict(exc.headers or {}))


def validation_message(errors: Any) -> str:
    """``limit: Input should be less than or equal to 200; ...`` from pydantic's errors."""
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - registered for this type
    return _respond(request, 422, validation_message(exc.errors()))


async def _server_error(request: Request, exc: Exception) -> Response:
    # Runs in ServerErrorMiddleware, outside the security middleware: add its headers here.
    logger.error("error serving %s: %r", request.url.path, exc)
    message = "internal error; the server log has the details"
    if wants_html(request):
        body = f"<!doctype html><title>Error 500</title><h1>Error 500</h1><p>{message}</p>"
        return HTMLResponse(body, status_code=500, headers=SECURITY_HEADERS)
    return error_json(500, message, headers=SECURITY_HEADERS)


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
