"""Persian (Farsi; Dari is reported as the same macro-language ``fa``).

Persian shares پ چ ژ گ ک ی with Urdu, Pashto and Kurdish, so these letters only tell Persian
from Arabic; the other languages are told apart by their own letters first.
"""

from . import words

LETTERS = "پچژگکیۀ۰۱۲۳۴۵۶۷۸۹"

FUNCTION_WORDS = words(
    """
    از به در با این آن که را است هست نیست بود شد نیز برای تا اما کرد کرده کردند شده شود
    میشود نمیشود میکند میکنند های ها خود هر بر پس اگر چه همه وی ایشان آنها اینکه دیگر کند
    کنند روی هیچ چون زیرا ولی باید دارد داشت گفت پیش یک آیا همچنین چنین چند کدام چرا کجا
    بودند شدند نشد شدهاست کردهاست بوده میگوید گفته اند
    """
)
