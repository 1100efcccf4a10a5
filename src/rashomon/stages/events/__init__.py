"""Events in en/ar/fa news text, as a library (not yet a pipeline stage).

:func:`extract_events` finds in each sentence the events our ontology knows (battles, territory
taken, remote violence, violence against civilians, killings, visits and meetings, statements
and threats, protests, agreements, arrests; :mod:`.ontology` maps them to ACLED and PLOVER, and
``docs/events.md`` documents them) and fills their roles (actors, target, place, time) from the
mentions, places and times given for the sentence. "The Syrian army and its allies liberated
Al-Bukamal from ISIS on 19 November 2017" is territory taken with actor the Syrian army, target
ISIS, place Al-Bukamal and date 2017-11-19; its Arabic and Persian tellings give the same.
"""

from __future__ import annotations

from .event import Argument, Event
from .extract import extract_events
from .ontology import MAPPING, EventType, Weapon, acled, plover

__all__ = [
    "MAPPING",
    "Argument",
    "Event",
    "EventType",
    "Weapon",
    "acled",
    "extract_events",
    "plover",
]
