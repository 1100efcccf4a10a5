"""Cue words per language (our own lists): person titles, words that head organisation and
place names, and common given names. They become CRF features, never decisions on their own.
Arabic-script entries are written plainly; lookups compare normalised forms."""


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())
