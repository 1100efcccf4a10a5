"""Fixtures for the corpus-level steps. Sentences in these tests are our own."""

from __future__ import annotations

import pytest

from rashomon.corpus.embed import Embedder, get_embedder


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return get_embedder()
