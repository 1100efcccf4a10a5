"""Stories across languages: incremental clustering and cross-lingual retrieval.

* :class:`StoryClusterer` assigns documents, one at a time, to stories (see :mod:`.cluster`).
* :func:`rank` ranks candidate sentences or documents for query vectors, with CSLS hubness
  correction and a re-ranking on what the texts share (see :mod:`.retrieval`).
"""

from __future__ import annotations

from .cluster import (
    StoryClusterer,
    StoryConfig,
    StoryItem,
    event_day,
    lead_date,
    name_entities,
    scene_places,
    story_id,
    story_item,
)
from .retrieval import anchors, csls, rank

__all__ = [
    "StoryClusterer",
    "StoryConfig",
    "StoryItem",
    "anchors",
    "name_entities",
    "csls",
    "event_day",
    "lead_date",
    "rank",
    "scene_places",
    "story_id",
    "story_item",
]
