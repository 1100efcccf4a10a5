"""``/api/places``: resolved places with their mention counts, for maps."""

from __future__ import annotations

from fastapi import APIRouter

from .deps import FilterDep, StoreDep
from .schemas import ERROR_RESPONSES, PlaceList, PlaceOut

router = APIRouter(prefix="/api", tags=["places"], responses=ERROR_RESPONSES)


@router.get("/places", response_model=PlaceList, summary="Places on the map")
def places(store: StoreDep, filt: FilterDep) -> PlaceList:
    """Every place with coordinates mentioned in the documents the filters select (language,
    outlet, status, publication dates), most documents first. Toponyms that could not be
    located are left out (they are in each document's `places`)."""
    points = store.place_points(filt)
    return PlaceList(items=[PlaceOut.of(p) for p in points], total=len(points))
