"""English: words that in running text make a segment English without a classifier.

Only words that are rare as standalone words in other Latin-script languages: no "in", "a",
"an", "die", "on", "of" (Dutch "or"), "is"/"was" (Dutch), "will" (German).
"""

from . import words

FUNCTION_WORDS = words(
    """
    the and that with said from have has were been would their they this which who its
    after she his her also than about into there when what other but could should these
    those our while because where being over against during before between under
    """
)
