"""The event types Rashomon extracts, and how they map onto ACLED and PLOVER.

ACLED names are its event types and sub-event types (codebook, 2023 revision); PLOVER names are
its top-level event categories with the mode where one applies. The mapping is ours: where a type
straddles two ACLED types (a killing by drone strike is ACLED "Explosions/Remote violence", a
killing by gunmen "Violence against civilians"), the weapon words found in the sentence decide
(:func:`acled`). See ``docs/events.md`` for the table with examples in the three languages.
"""

from __future__ import annotations

import enum


class EventType(enum.StrEnum):
    BATTLE = "battle"  # armed clash between two organised groups
    TERRITORY = "territory-taken"  # a side takes (or "liberates") a place
    REMOTE = "remote-violence"  # airstrike, drone strike, missile, shelling, bombing
    CIVILIANS = "violence-against-civilians"  # massacre, execution, attack on civilians
    KILLING = "killing"  # an assassination or targeted killing of a named person
    VISIT = "visit-meeting"  # visits, meetings, talks
    THREAT = "statement-threat"  # threats, warnings, vows of revenge
    PROTEST = "protest"  # demonstrations, rallies, riots
    AGREEMENT = "agreement"  # agreements, ceasefires, deals signed
    ARREST = "arrest"  # arrests, detentions


class Weapon(enum.StrEnum):
    AIR = "air/drone strike"
    SHELLING = "shelling/artillery/missile attack"
    EXPLOSIVE = "remote explosive/landmine/IED"


# (ACLED event type, ACLED sub-event type, PLOVER category, PLOVER mode)
MAPPING: dict[EventType, tuple[str, str, str, str]] = {
    EventType.BATTLE: ("Battles", "Armed clash", "FIGHT", "small-arms"),
    EventType.TERRITORY: (
        "Battles", "Government regains territory / Non-state actor overtakes territory",
        "FIGHT", "occupy",
    ),
    EventType.REMOTE: ("Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial"),
    EventType.CIVILIANS: ("Violence against civilians", "Attack", "ASSAULT", ""),
    EventType.KILLING: ("Violence against civilians", "Attack", "ASSAULT", "assassinate"),
    EventType.VISIT: ("Strategic developments", "Other", "CONSULT", "visit"),
    EventType.THREAT: ("Strategic developments", "Other", "THREATEN", ""),
    EventType.PROTEST: ("Protests", "Peaceful protest", "PROTEST", "demo"),
    EventType.AGREEMENT: ("Strategic developments", "Agreement", "AGREE", ""),
    EventType.ARREST: ("Strategic developments", "Arrests", "COERCE", "arrest"),
}  # fmt: skip

_WEAPON_SUBTYPE = {
    Weapon.AIR: "Air/drone strike",
    Weapon.SHELLING: "Shelling/artillery/missile attack",
    Weapon.EXPLOSIVE: "Remote explosive/landmine/IED",
}


def acled(kind: EventType, weapon: Weapon | None = None) -> tuple[str, str]:
    """ACLED ``(event_type, sub_event_type)`` of an event, its weapon deciding remote violence."""
    event_type, sub, _, _ = MAPPING[kind]
    if weapon is not None and kind in (EventType.REMOTE, EventType.KILLING, EventType.CIVILIANS):
        return "Explosions/Remote violence", _WEAPON_SUBTYPE[weapon]
    return event_type, sub


def plover(kind: EventType) -> tuple[str, str]:
    """PLOVER ``(category, mode)`` of an event type."""
    _, _, category, mode = MAPPING[kind]
    return category, mode
