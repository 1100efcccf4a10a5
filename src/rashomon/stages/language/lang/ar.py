"""Arabic: letters Persian, Urdu, Pashto and Kurdish do not use, and frequent function words.

Words Persian shares (من "I", ما "we", او "he", هم "also", بین) are left out on purpose.
"""

from . import words

# teh marbuta, alef maksura, Arabic yeh and kaf (Persian writes ی and ک), Arabic-Indic digits
LETTERS = "ةىيك٠١٢٣٤٥٦٧٨٩"

FUNCTION_WORDS = words(
    """
    في على إلى الى عن أن إن ان التي الذي الذين التى هذا هذه ذلك تلك هؤلاء قال وقال قالت
    كان كانت يكون وكان مع لم لن قد وقد فقد لقد ثم أو حيث حتى لا إلا منذ عند لكن ولكن وفي ومن
    وأن بأن أنه إنه عليه فيه فيها له لها ليس أي بعض غير خلال وهو وهي وذلك إذا اذا كما أيضا
    ايضا هناك حول ضد نحو دون عبر أكثر بشكل وأضاف أضاف وأكد وأشار إنها أنها التي
    """
)
