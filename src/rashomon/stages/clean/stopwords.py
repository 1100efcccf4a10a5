"""Function words of English, Arabic and Persian, for the block classifier's stop-word ratio.

Running prose is about half function words in all three languages; menus, tag clouds, bylines
and link lists are mostly names and nouns. The lists are short on purpose (the commonest
words carry the signal) and written by us; Arabic words are listed bare and with the
attached conjunction/preposition forms news prose uses most ("و", "ب", "ل").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EN = _words("""
a about above after again against all also am an and any are as at be because been before
being between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our out over own same she should so some
such than that the their them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your said says
""")

AR = _words("""
في من على إلى عن مع أن إن كان كانت هذا هذه ذلك تلك التي الذي الذين ما لا لم لن قد ثم أو أي
كل بعد قبل بين حتى عند منذ خلال إلا كما لكن بل هو هي هم نحن أنا أنت وقد وفي ومن وعلى وأن
وإن وكان وكانت وهو وهي ولا ولم وما وقال وقالت قال قالت بأن لأن فيه فيها منه منها عليه عليها
إليه له لها لهم به بها بين ضمن حول أيضا يكون تكون الى اليوم غير دون عبر وذلك هناك حيث
""")

FA = _words("""
و در به از که این آن با را برای است بود شد می نمی هم تا یا اما اگر چه هر هیچ یک خود ما
شما او آنها ایشان ها های بر پس پیش بین روی زیر درباره بدون نیز همه دیگر چون وقتی کرد کرده
کند کنند شود شده شوند باشد بوده خواهد داد دارد دارند گفت گفته گفتند همچنین چنین
آنان اینکه آنکه ولی بلکه نه چند وی سوی طی طبق
""")

ALL = EN | AR | FA
