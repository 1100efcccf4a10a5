"""Pashto: its own letters, and function words; standalone د ("of") is the strongest word."""

from . import words

# tteh, ddal, rreh, zhe, shin, gaf, noon, yeh forms, dze, tse
LETTERS = "ټډړږښګڼۍځڅ"

# ې is Pashto's most frequent extra letter, but Uyghur writes it as well
SHARED_LETTERS = "ې"

# Pashto spells ی and ي as two different letters (ye, and the dotted ending -i), where Persian
# only writes ی and Arabic only ي: both in one text point to Pashto.
YEHS = ("ی", "ي")

FUNCTION_WORDS = words(
    """
    د په کې چې چی یې دې ته له څخه سره دا دغه هغه یو وو وي دي شو شوی شوې کړ کړی کړې کوي
    کېږي لپاره باندې وړاندې ولې ځکه مونږ موږ زه لري وايي ويلي ورته نور کولو څه
    """
)
