"""``/api/stats`` and ``/api/runs``: the corpus at a glance and the analysis runs."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query

from .deps import StoreDep
from .schemas import ERROR_RESPONSES, RunList, RunOut, StatsOut

router = APIRouter(prefix="/api", tags=["corpus"], responses=ERROR_RESPONSES)


@router.get("/stats", response_model=StatsOut, summary="Corpus statistics")
def stats(store: StoreDep) -> StatsOut:
    """Document counts by status, language (ok documents) and source, and the publication
    date range."""
    return StatsOut(**asdict(store.stats()))


@router.get("/runs", response_model=RunList, summary="Analysis runs, latest first")
def runs(store: StoreDep, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> RunList:
    """Each run's command, times and summary (stored, unchanged, skipped and failed counts
    by reason, languages, duplicates)."""
    return RunList(items=[RunOut.of(r) for r in store.runs(limit)])
