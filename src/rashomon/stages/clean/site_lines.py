"""Lines that recur across documents of one source are that site's boilerplate.

The runner feeds every document of a run through :meth:`SiteLines.add` in a pre-pass and
hands :meth:`SiteLines.learned` to the clean stage. The same text added twice (a re-scrape)
counts once, so an article is not mistaken for its own site's boilerplate.
"""

from __future__ import annotations

from collections import Counter

from ...model import content_hash
from .lines import line_key


class SiteLines:
    def __init__(self) -> None:
        self._counts: dict[str, Counter[str]] = {}
        self._seen: set[str] = set()

    def add(self, source: str, source_text: str) -> None:
        if not source or not source_text:
            return
        digest = content_hash(source_text.encode("utf-8"))
        if digest in self._seen:
            return
        self._seen.add(digest)
        keys = {line_key(line) for line in source_text.splitlines()}
        keys.discard("")
        self._counts.setdefault(source, Counter()).update(k for k in keys if len(k) > 1)

    def learned(self, min_docs: int = 3) -> dict[str, frozenset[str]]:
        """Normalised line keys per source that occur in at least ``min_docs`` documents."""
        learned = {
            source: frozenset(key for key, n in counts.items() if n >= min_docs)
            for source, counts in self._counts.items()
        }
        return {source: keys for source, keys in learned.items() if keys}
