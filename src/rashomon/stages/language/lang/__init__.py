"""Language resources for the language stage, one module per language (ISO 639 code).

Each module gives ``LETTERS`` (letters that, within the Arabic script, point to that language)
and ``FUNCTION_WORDS`` (frequent short words, spelled as the language writes them; the detector
folds Arabic/Persian yeh and kaf variants before matching, so one spelling is enough).
"""


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (lists read better than set literals)."""
    return frozenset(text.split())
