"""``/api/admin/``: the analyst's corrections of entity identity, the only writes the server
accepts.

Merging counts one entity's mentions under another (all of them, or with ``surface`` only
those written that way: a split); unmerging undoes it. Corrections are stored apart from what
the linker said, so they survive re-runs. The security middleware lets POST through only
here, with a JSON body, from our own pages or a non-browser client, and with the token
whenever one is configured; a store opened read-only refuses them (403).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import APIRouter, HTTPException

from ..errors import StoreError
from ..store import Store
from .deps import StoreDep
from .schemas import ADMIN_ERROR_RESPONSES, MergeIn, OverrideList, OverrideOut, UnmergeIn

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/admin", tags=["admin"], responses=ADMIN_ERROR_RESPONSES)


def _overrides(store: Store) -> OverrideList:
    return OverrideList(
        items=[OverrideOut(from_key=f, surface=s, to_key=t) for f, s, t in store.overrides()]
    )


def enabled(store: Store) -> bool:
    """Whether corrections can be made: ``rashomon serve --admin`` opens the store writable.
    The entity page shows its merge form and undo buttons only then."""
    return not getattr(store, "readonly", False)


def merged_into(store: Store, key: str) -> list[OverrideOut]:
    """The corrections that count mentions under ``key``: merges and splits to undo there."""
    return [o for o in _overrides(store).items if o.to_key == key]


def _check_writable(store: Store) -> None:
    if not enabled(store):
        raise HTTPException(403, "the store is open read-only: corrections need a writable store")


def _apply(action: str, work: Callable[[], None]) -> None:
    try:
        work()
    except StoreError as exc:
        if "read-only" in str(exc):
            raise HTTPException(403, str(exc)) from None
        raise HTTPException(409, f"cannot {action}: {exc}") from None


@router.get("/overrides", response_model=OverrideList, summary="Entity corrections")
def overrides(store: StoreDep) -> OverrideList:
    """Every merge and split an analyst made, oldest first (`surface` empty for a merge)."""
    return _overrides(store)


@router.post("/entities/merge", response_model=OverrideList, summary="Merge or split an entity")
def merge(store: StoreDep, body: MergeIn) -> OverrideList:
    """Count the mentions of entity `from` under entity `to` from now on, also after
    re-runs. With `surface`, only the mentions written that way move (a split: "Hassan
    Rouhani" under `per:hassan` is a different person); `to` may then be a new key.
    Answers with every correction now in force."""
    _check_writable(store)
    if not body.surface and store.entity(body.from_key) is None:
        raise HTTPException(404, f"no entity with key {body.from_key!r}")
    _apply("merge", lambda: store.override_entity(body.from_key, body.to_key, body.surface))
    logger.info("merged entity %s into %s (%s)", body.from_key, body.to_key, body.surface or "all")
    return _overrides(store)


@router.post("/entities/unmerge", response_model=OverrideList, summary="Undo a merge or split")
def unmerge(store: StoreDep, body: UnmergeIn) -> OverrideList:
    """Remove the correction of entity `from` (the merge, or with `surface` the split of
    that surface form); its mentions count under the linker's key again."""
    _check_writable(store)
    _apply("unmerge", lambda: store.remove_override(body.from_key, body.surface))
    logger.info("unmerged entity %s (%s)", body.from_key, body.surface or "all")
    return _overrides(store)
