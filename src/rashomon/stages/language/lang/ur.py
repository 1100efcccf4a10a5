"""Urdu: letters Persian and Arabic lack, and function words (most also carry those letters)."""

from . import words

# tteh, ddal, rreh, noon ghunna, yeh barree (+ hamza), heh goal, teh marbuta goal
LETTERS = "ٹڈڑںےۓہۃ"

# do-chashmi heh: Urdu aspirates, but Sorani writes its h with it too
SHARED_LETTERS = "ھ"

FUNCTION_WORDS = words(
    """
    اور کی کا کو اس جو کیا نہیں ہے ہیں نے سے میں کے تھا تھے تھی گیا گئی وہ یہ بھی ہو لیے
    """
)

# Urdu is also typed in Latin letters ("Roman Urdu") in comments, social media and some news.
# A Latin text with several of these words, at least one of them a core word that no other
# Latin-script language uses standalone, is Urdu.
ROMAN_CORE_WORDS = frozenset(
    [
        "hai",
        "hain",
        "nahi",
        "nahin",
        "aur",
        "mein",
        "bhi",
        "tha",
        "thi",
        "thay",
        "liye",
        "gaya",
        "gayi",
        "raha",
        "rahi",
        "rahe",
        "kiya",
    ]
)
ROMAN_FUNCTION_WORDS = ROMAN_CORE_WORDS | frozenset(
    ["ka", "ki", "ke", "ko", "se", "ne", "kar", "ho", "woh", "yeh", "ye"]
)
