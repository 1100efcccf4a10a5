"""The Jinja2 environment of the pages: autoescaping on for every template, strict
undefined names, and the view helpers as filters and globals."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import render, views

WEB = Path(__file__).resolve().parent.parent / "web"
TEMPLATES = WEB / "templates"
STATIC = WEB / "static"
VENDOR = STATIC / "vendor"


def vendored(*paths: str) -> bool:
    """True when these third-party files were fetched (``scripts/vendor_web.sh``); pages
    leave their scripts out and say so when they were not."""
    return all((VENDOR / p).is_file() for p in paths)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name: article text is untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        http_url=render.http_url,
        lang_name=render.lang_name,
        lang_class=render.lang_class,
        direction=render.direction,
        percent=lambda x: f"{100 * float(x):.0f}%",
    )
    env.globals.update(
        doc_path=render.doc_path,
        entity_path=views.entity_path,
        story_path=views.story_path,
        outlet_path=views.outlet_path,
        query_string=render.query_string,
        date_sources=render.DATE_SOURCES,
        type_names=views.TYPE_NAMES,
        vendored=vendored,
    )
    return env


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
