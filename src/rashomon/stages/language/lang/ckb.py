"""Central Kurdish (Sorani), Arabic script."""

from . import words

# yeh with small v, lam with small v, reh with small v; ە (ae) is its most frequent vowel
LETTERS = "ێڵڕ"

# ە and ۆ are frequent in Sorani but Uyghur writes them too
SHARED_LETTERS = "ەۆ"

FUNCTION_WORDS = words(
    """
    لە بە کە ئەم ئەو بۆ لەگەڵ دەکات لەسەر هەروەها یان بەڵام دەبێت ئەوە کرد
    """
)
