"""Uyghur (Arabic script): only its letters; enough to keep it from being called ar or ckb."""

# u, ü, ve (Uyghur writes vowels fully)
LETTERS = "ۇۈۋ"

# Uyghur writes its i with alef maksura; beside ە ې ۆ (which Arabic lacks) it is Uyghur, as
# Sorani and Pashto write ی there.
VOWEL_I = "ى"
VOWELS_SHARED = "ەېۆ"

FUNCTION_WORDS: frozenset[str] = frozenset()
