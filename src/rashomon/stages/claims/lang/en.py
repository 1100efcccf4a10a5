"""English attribution cues."""

from __future__ import annotations

ORDER = "left"
VERB_PREFIX = ""
VERB_SUFFIX = ""

_PLAIN = (
    "said", "says", "say", "told", "tells", "stated", "announced", "announces", "confirmed",
    "confirms", "added", "noted", "insisted", "stressed", "warned", "declared", "explained",
    "reported", "reports", "asserted", "acknowledged", "admitted", "wrote", "tweeted",
    "revealed", "vowed", "pledged", "affirmed", "argued", "accused", "threatened",
    "emphasized", "emphasised", "maintained", "indicated", "estimated", "quoted",
)  # fmt: skip
_NEG = ("denied", "denies", "deny", "rejected", "refuted", "dismissed")
_HEDGE = ("claimed", "claims", "alleged", "alleges", "purported")
VERBS: dict[str, str] = {**dict.fromkeys(_PLAIN, ""), **dict.fromkeys(_NEG, "neg")}
VERBS |= dict.fromkeys(_HEDGE, "hedge")

# Speech acts that report a claim only with a "that"-clause ("warned that ..."), not with an
# object ("warned Iran against retaliation").
NEED_OPENER: tuple[str, ...] = ("warned", "threatened", "vowed", "pledged")
SOURCES: tuple[str, ...] = (
    "according to", "citing", "as reported by", "quoting", "in the words of",
)  # fmt: skip
COMPLEMENTIZERS: tuple[str, ...] = ("that", ":")
UNNAMED: tuple[str, ...] = (
    "sources", "source", "officials", "an official", "a spokesman", "a spokeswoman",
    "witnesses", "witness", "residents", "activists", "observers", "insiders", "diplomats",
    "people familiar",
)  # fmt: skip
PRONOUNS: dict[str, str] = {"he": "sg", "she": "sg", "they": "pl", "it": "pl", "we": "pl"}
HEDGES: tuple[str, ...] = (
    "reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed",
    "is said to", "are said to", "was said to", "were said to", "is believed to",
    "are believed to", "rumours", "rumors", "may have", "might have", "possibly", "claims",
)  # fmt: skip
NEGATIONS: tuple[str, ...] = (
    "not", "no", "never", "none", "nobody", "neither", "nor", "didn't", "wasn't", "weren't",
    "isn't", "aren't", "hasn't", "haven't", "won't", "cannot", "can't",
)  # fmt: skip
MEDIA: tuple[str, ...] = (
    r"in an? (?:written |joint |brief )?statement",
    r"in an? (?:televised |tv )?(?:interview|speech|address|post|tweet|message|briefing)"
    r"(?: (?:with|to|on) [^,.;:]{1,40}?(?=,| that|$))?",
    r"(?:on|via) (?:twitter|x|telegram|facebook|instagram|state (?:tv|television|media))",
    r"at an? (?:press|news) conference",
    r"told [^,.;:]{1,40}?(?=,| that| on | in |$)",
    r"(?:speaking|talking) to [^,.;:]{1,40}?(?=,| that|$)",
    r"to (?:reporters|journalists)",
)
