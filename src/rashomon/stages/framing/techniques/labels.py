"""One label set for persuasion techniques across PTC (English, 14 labels) and ArMPro (Arabic,
23 labels), and each dataset's native labels for scoring on its own terms.

The common set keeps a technique as one label where the two taxonomies name the same thing
(loaded language, name calling, doubt, flag-waving, ...) and keeps the rest apart: PTC merges
"Bandwagon" with "Reductio ad Hitlerum", ArMPro splits them into "Appeal to Popularity" and
"Guilt by Association", which are not the same technique, so neither is forced onto the other.
PTC merges whataboutism, straw man and red herring; ArMPro's three map onto that merged label.
"""

from __future__ import annotations

# Common labels, in a fixed order (a model's columns follow it).
COMMON = (
    "loaded_language",
    "name_calling",
    "repetition",
    "exaggeration",
    "doubt",
    "appeal_to_fear",
    "flag_waving",
    "causal_oversimplification",
    "slogans",
    "appeal_to_authority",
    "false_dilemma",
    "thought_terminating",
    "distraction",  # whataboutism, straw man, red herring
    "bandwagon_reductio",  # PTC only: bandwagon or reductio ad Hitlerum
    "questioning_reputation",  # ArMPro only from here on
    "obfuscation",
    "consequential_oversimplification",
    "appeal_to_hypocrisy",
    "appeal_to_time",
    "appeal_to_values",
    "appeal_to_popularity",
    "guilt_by_association",
)

PTC = {
    "Loaded_Language": "loaded_language",
    "Name_Calling,Labeling": "name_calling",
    "Repetition": "repetition",
    "Exaggeration,Minimisation": "exaggeration",
    "Doubt": "doubt",
    "Appeal_to_fear-prejudice": "appeal_to_fear",
    "Flag-Waving": "flag_waving",
    "Causal_Oversimplification": "causal_oversimplification",
    "Slogans": "slogans",
    "Appeal_to_Authority": "appeal_to_authority",
    "Black-and-White_Fallacy": "false_dilemma",
    "Thought-terminating_Cliches": "thought_terminating",
    "Whataboutism,Straw_Men,Red_Herring": "distraction",
    "Bandwagon,Reductio_ad_hitlerum": "bandwagon_reductio",
}

ARMPRO = {
    "Loaded_Language": "loaded_language",
    "Name_Calling-Labeling": "name_calling",
    "Repetition": "repetition",
    "Exaggeration-Minimisation": "exaggeration",
    "Doubt": "doubt",
    "Appeal_to_Fear-Prejudice": "appeal_to_fear",
    "Flag_Waving": "flag_waving",
    "Causal_Oversimplification": "causal_oversimplification",
    "Slogans": "slogans",
    "Appeal_to_Authority": "appeal_to_authority",
    "False_Dilemma-No_Choice": "false_dilemma",
    "Conversation_Killer": "thought_terminating",
    "Whataboutism": "distraction",
    "Straw_Man": "distraction",
    "Red_Herring": "distraction",
    "Questioning_the_Reputation": "questioning_reputation",
    "Obfuscation-Vagueness-Confusion": "obfuscation",
    "Consequential_Oversimplification": "consequential_oversimplification",
    "Appeal_to_Hypocrisy": "appeal_to_hypocrisy",
    "Appeal_to_Time": "appeal_to_time",
    "Appeal_to_Values": "appeal_to_values",
    "Appeal_to_Popularity": "appeal_to_popularity",
    "Guilt_by_Association": "guilt_by_association",
}

NATIVE = {"ptc": PTC, "armpro": ARMPRO}


def common(dataset: str, label: str) -> str:
    """The common label of a dataset's native ``label`` (``dataset``: "ptc" or "armpro")."""
    return NATIVE[dataset][label]
