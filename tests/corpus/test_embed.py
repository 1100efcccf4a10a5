"""The multilingual embedder and what a document vector is made of."""

from __future__ import annotations

import numpy as np

from rashomon.corpus.embed import Embedder, document_pieces


def test_embed_returns_unit_float32_rows_and_zero_for_empty(embedder: Embedder) -> None:
    vecs = embedder.embed(["Iraqi forces retook the town on Monday.", "", "   "])
    assert vecs.dtype == np.float32 and vecs.shape == (3, embedder.dim)
    assert np.isclose(np.linalg.norm(vecs[0]), 1.0, atol=1e-4)
    assert not vecs[1].any() and not vecs[2].any()


def test_embed_matches_a_persian_sentence_to_its_english_meaning(embedder: Embedder) -> None:
    en, fa, other = embedder.embed(
        [
            "A drone strike hit a fuel depot near the port on Saturday.",
            "یک حمله پهپادی شنبه انبار سوختی را در نزدیکی بندر هدف قرار داد.",
            "The central bank raised interest rates to curb inflation.",
        ]
    )
    assert en @ fa > en @ other


def test_document_pieces_are_title_and_lead_sentences() -> None:
    text = "First one. Second one. Third one."
    spans = [(0, 10), (11, 22), (23, 33)]
    assert document_pieces("Headline", text, spans, "en", lead=2) == [
        "Headline",
        "First one.",
        "Second one.",
    ]
    # without segments the text is split on sentence ends; a title repeated as lead is kept once
    assert document_pieces("First one.", text, [], "en", lead=0) == [
        "First one.",
        "Second one.",
        "Third one.",
    ]


def test_embed_documents_pools_one_vector_per_document(embedder: Embedder) -> None:
    vecs = embedder.embed_documents(
        [("Title", "One sentence. Another.", [], "en"), (None, "", [], "en")]
    )
    assert vecs.shape == (2, embedder.dim)
    assert np.isclose(np.linalg.norm(vecs[0]), 1.0, atol=1e-4) and not vecs[1].any()
