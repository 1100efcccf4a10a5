"""Where Rashomon keeps what it builds on this machine (the gazetteer index, models built from
data the user has): ``$RASHOMON_CACHE_DIR``, else ``$XDG_CACHE_HOME/rashomon``, else
``~/.cache/rashomon``. Everything there can be deleted; it is rebuilt when needed."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    if env := os.environ.get("RASHOMON_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rashomon"
