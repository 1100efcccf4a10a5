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
