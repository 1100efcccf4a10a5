"""English event triggers."""

from __future__ import annotations

PREFIX = ""
SUFFIX = ""

TRIGGERS: dict[str, tuple[str, ...]] = {
    "territory-taken": (
        "liberated", "liberate", "liberates", "liberating", "liberation of", "captured",
        "capture", "captures", "capturing", "capture of", "seized", "seize", "seizes",
        "seizing", "took control", "take control", "takes control", "taken control",
        "taking control", "recaptured", "recapture", "retook", "retake", "retaken", "regained",
        "freed", "overran", "overrun", "fell to", "declared victory", "drove out", "driven out",
        "expelled", "cleared", "entered", "broke the siege", "lifted the siege",
    ),
    "remote-violence": (
        "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
        "drone strike", "drone strikes", "missile attack", "missile strike", "missiles",
        "missile", "rockets", "rocket attack", "shelled", "shelling", "bombed", "bombing",
        "bombardment", "struck", "strike", "strikes", "fired", "launched", "explosion",
        "explosions", "blast", "blasts", "exploded", "detonated", "suicide bombing",
    ),
    "violence-against-civilians": (
        "massacre", "massacred", "executed", "execution", "executions", "abducted",
        "kidnapped", "tortured",
    ),
    "killing": (
        "killed", "kills", "kill", "killing", "killing of", "assassinated", "assassination",
        "assassinate", "slain", "death of", "martyred", "martyrdom", "eliminated",
    ),
    "battle": (
        "clashes", "clashed", "clash", "fighting", "fought", "battle", "battles", "battled",
        "firefight", "engaged",
    ),
    "visit-meeting": (
        "visited", "visit", "visits", "met", "meets", "meeting", "talks", "received", "hosted",
    ),
    "statement-threat": (
        "threatened", "threatens", "threat", "threats", "warned", "warns", "vowed revenge",
        "vowed", "vows", "revenge", "retaliation", "ultimatum",
    ),
    "protest": (
        "protest", "protests", "protested", "protesters", "protestors", "demonstration",
        "demonstrations", "demonstrators", "rally", "rallies", "rallied", "marched", "riots",
        "sit-in",
    ),
    "agreement": (
        "agreement", "agreed", "deal", "ceasefire", "cease-fire", "truce", "signed", "accord",
        "pact",
    ),
    "arrest": ("arrested", "arrests", "arrest", "detained", "detention", "rounded up"),
}  # fmt: skip
_AIR, _SHELL, _IED = (
    "air/drone strike",
    "shelling/artillery/missile attack",
    "remote explosive/landmine/IED",
)
WEAPONS: dict[str, str] = {
    "drone": _AIR, "airstrike": _AIR, "air strike": _AIR, "air raid": _AIR, "warplanes": _AIR,
    "jets": _AIR, "missile": _SHELL, "missiles": _SHELL, "rocket": _SHELL, "rockets": _SHELL,
    "shelling": _SHELL, "artillery": _SHELL, "mortar": _SHELL, "mortars": _SHELL, "ied": _IED,
    "roadside bomb": _IED, "car bomb": _IED,
    "drones": _AIR, "explosion": _IED, "blast": _IED, "suicide bomber": _IED,
}  # fmt: skip
# An attack is remote violence when a weapon word is in the sentence, else a battle.
AMBIGUOUS: tuple[str, ...] = ("attack", "attacks", "attacked", "assault", "offensive")
# Killing triggers whose following group is the victim, not the killer.
INTRANSITIVE: tuple[str, ...] = ("death of", "killing of", "assassination of", "martyred", "slain")
LOSER: tuple[str, ...] = ("from",)
BY: tuple[str, ...] = ("by",)
OBJECT: tuple[str, ...] = ()
PLACE_PREP: tuple[str, ...] = ("in", "at", "near", "on", "outside", "inside", "of", "to", "into")
OPPONENT: tuple[str, ...] = ("against", "with", "on", "targeting")
# A group of a larger force: "units from the Syrian army" (the army acts, it loses nothing).
PARTITIVE: tuple[str, ...] = ("units", "troops", "forces", "fighters", "members", "elements")
# Mentions that are pronouns or start with one ("its allies") name nobody comparable.
PRONOUNS: tuple[str, ...] = (
    "he", "she", "it", "they", "them", "we", "his", "her", "its", "their", "our",
)  # fmt: skip
SUBJECT_STOP: tuple[str, ...] = ()  # the subject comes first
PASSIVE: tuple[str, ...] = ("was", "were", "been", "being", "is", "are", "be")
