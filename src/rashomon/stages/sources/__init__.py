"""Outlet identity: ``sources.aliases.v1``.

The same outlet reaches us under many names: a folder slug (``pars-horizon``), an
``og:site_name`` in English (``Pars Horizon``) or in its own script (``افق پارس``), a JSONL
``source`` field, a domain (``en.parshorizon.example``). With an alias table — canonical name to
its aliases, names in any script or domains — this stage gives each document its outlet's one
canonical name and keeps the name the input gave in ``hints["source_as_given"]``. Matching folds
case, spelling variants (:func:`rashomon.text.normalize.normalize`), separators and a leading
``www.``; a document whose name matches no alias is matched by its URL's host (or any parent
domain of it). Without a table the stage changes nothing.

Requires ``source`` and ``url``; assigns ``source``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from ... import registry
from ...errors import ConfigError
from ...model import Document
from ...pipeline import DocumentStage
from ...text.normalize import normalize
from ...text.urls import url_host

_SEPARATORS = re.compile(r"[\s\-_.·|/]+")


def alias_key(name: str) -> str:
    """``"Pars-Horizon"``, ``"pars horizon"`` and ``"www.ParsHorizon"`` share one key."""
    folded = normalize(name)
    if folded.startswith("www."):
        folded = folded[4:]
    return _SEPARATORS.sub("", folded)


def load_aliases(path: str | Path) -> dict[str, list[str]]:
    """Read an alias table: a JSON object, canonical outlet name -> list of aliases."""
    try:
        table = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the outlet alias table {path}: {exc}") from exc
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(a, str) for a in v) for v in table.values()
    ):
        raise ConfigError(
            f"{path}: expected a JSON object like "
            '{"Pars Horizon": ["pars-horizon", "افق پارس", "parshorizon.example"]}'
        )
    return table


@registry.stages.register("sources.aliases.v1")
class SourceAliases(DocumentStage):
    name: ClassVar[str] = "sources.aliases.v1"
    requires: ClassVar[tuple[str, ...]] = ("source", "url")
    assigns: ClassVar[tuple[str, ...]] = ("source",)

    def __init__(self, aliases: Mapping[str, Sequence[str]] | None = None) -> None:
        self.aliases = {k: list(v) for k, v in (aliases or {}).items()}
        self._index: dict[str, str] = {}
        for canonical, names in self.aliases.items():
            for alias in [canonical, *names]:
                key = alias_key(alias)
                known = self._index.setdefault(key, canonical)
                if known != canonical:
                    raise ConfigError(
                        f"outlet alias {alias!r} is given for both {known!r} and {canonical!r}"
                    )

    def process(self, doc: Document) -> None:
        if not self._index:
            return
        canonical = self._index.get(alias_key(doc.source)) if doc.source else None
        if canonical is None and doc.url:
            host = (url_host(doc.url) or "").split(".")
            for i in range(len(host) - 1):  # en.parshorizon.example -> parshorizon.example
                canonical = self._index.get(alias_key(".".join(host[i:])))
                if canonical:
                    break
        if canonical and canonical != doc.source:
            if doc.source:
                doc.hints["source_as_given"] = doc.source
            doc.source = canonical
