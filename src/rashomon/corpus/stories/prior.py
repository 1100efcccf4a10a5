"""Prior mean document vector per language, the starting point of centring (see .cluster).

The vectors are the means of the document vectors (rashomon.corpus.embed, default
representation) of our own development set, data/devsets/stories/articles.jsonl, stored as
base64 float16 so that they ship inside the package. Rebuild them with
``.venv/bin/python benchmarks/eval_stories.py --write-prior`` after changing the model or what
a document vector is made of.
"""

from __future__ import annotations

import base64
from functools import cache

import numpy as np

_DATA: dict[str, str] = {
    "ar": (
        "9icBqEyngqpBLGml9ZaiKJ4t3ShYLLEhQy1/qb6rhiZNK/mk3qTYqe4lSRsfqWUsxStOK0qpgyh/KGKrWaxqq0Ao"
        "RKxHK8kpjKV7p58onawppHUkZSdeLe0sfitcqlkk66r2pMKrySgMIzYqXCrcq3+tp6t/q0Es8iisHjAiFyIdLIIr"
        "UStQKsqptaP4qQIoIBi+qJqiaxksKc2p2SzRpk6qnqkXqFUmFayjKGwpj6rcLOOjPisyK8ypcaosrJuriqyMKNMt"
        "VqsSJ5GrbSr4pyqt6isLKVurqCk3rAmjeShWJyQssqz2p8ekvquZJrWsVypBpcyreqtoqdioVywUHEcq86cHJR4m"
        "5yQOKGEsmCycrJKnMqEKqqmoOCympqInoyswLJst5KhKLjyoSC2Hq3ApCiRwKaaps6tlqFYodSnMqOKsl6ciqGis"
        "zKhxKOIsCKQEqM+hYCiwqUIoC6RSLXasMiiYLPcpdaiznFWpnapdq1Ks8qtxJiMoBZgmob8qr6h7rW6s3ynhqLIr"
        "nCppJwonvKm7KFgnDSkCJQGstCZXrUMrlSodrV+oASwUq38ipCHYKCaqzCgEKU+nHickrw2qASRoKZKeF6v7KYWl"
        "eaikqTmuo6mVq1AVVyv6JpWsX6otq7Mo1q1MLVGL7qhXKfed6ygqKpaptanprdepWSkLLKgtLqy9Jd8pAKanLjIt"
        "PCtsJ7WktBxBrEaoEK1FJ+MpAasdqeKq+CaqLVSlEKAMLWcnwi2xKJYpZ6UTrIcqoannqESgZBwaK4isKiuMohwc"
        "sC2/qT8ofqhmqqErCSgorkIpwySjHoQk2igZLP8l96joqEcjJyioIgMdPKxtrf+qO6chqAuqPCrmFaihZKtWKcIj"
        "NSiMqpSpAyg/rBeoLKpgKuCkXqynKaor3al7K+mm0KiwI4yokakwK3AmhK5ZIOgpG6AzIuGpN6qvKEooUa2Opl0m"
        "TCmaLA0ooZ21n7Eo56jAKJspG6otJI8fAavPqBwpC6q+qDctBC3qnMIp"
    ),
    "en": (
        "kCoYp3ulwKsmLACopSZIJs8sGyEmLf8jUyt1qfCrRCg/LHOnCqZkqWcmBpmwq20sEiw0LX+q5iYJKSysA6wAqhEp"
        "fasCK3IqeKrHphIrWKuIplwkkiWILa0rWyvuq70lqKZtpLKsoSm+JDgo0ivFrCutnayHrPIryykbpZQcgSRmK9Mr"
        "bCqOKh+r0aArrBMrmpzyqU+aGSgtKWWnLCk4qRepw6lfqYsoQqpeKtcpH6vnLaymAyuwKgWq0qltq4CruqyMKWYt"
        "S6ucKBGrIStQqEyrHCvtJkWqCywOq5uipSiJKukpmqw2qlaicKghKFCpsii/puWscKmiq7mqHyonJuErQqTsKM8l"
        "DyWrKGgs9Sx/qwGo8R5jqb+rHSzroaElhituLEAtrqZLLpumvyxaq5UomCRKKpuoKa1tqY8oICoYqZOp9qQfncms"
        "NKfvKTgsNKZbqDSlUSNBqaQpQaY/LeWqCinrKw4oaqmPF1Krsqhjq3Cs8qspKD0pIBeRoq4qbKiLrR2scSvDqTMr"
        "lSrNJSYmAajaJ9gnpSgwHfmpDinJrE8soivvrYCpJSkhqXcgpyOIKHyr6SdIKzqkmSjpreSqvh+YK3um56rHKqel"
        "xakHq8GtfqjIqlOhhCrTJiysLKv/qoooUq2xLBKksahqJ3GkiykKJsyrTak6rZKqQiqUKkgtsatrJnko2JSTLCks"
        "9is7KQenQaZ9rP+m1Kz7KOgnw6p2qCOnhiNhLnuhEaNxLGAlyCzBKRwsw6K2qp0r36vTqQOhAqUjKTapEywYIh6f"
        "3Szap80nYarQqqkrqyhSrZAkmig9J3kjliZIKoEoGaqlpWwmWSvlolMbk6rxrAWsC6n6psGo2CjZmk+nWatUKPol"
        "lylQqfWqGSY8rZmoZKekKkmpv62KJq8oiKpDK6+i9Kl2Jl6nAajnKeUosK6dJ2Ao0qahEquph6kqKIcoZ6yXqYUk"
        "nyh4KloqC6VcoWwp6qi9KGop56mRJioY0as/pDkqZKpHqvMqtiwCJPcp"
    ),
    "fa": (
        "ril+nY2lnKmLLJWkaB2bJgMtwidvLTwkoiprqUeqWiiYLFylJan+qIsjKqJyqSItoCw6LYerYidQJtqrl6xJquYm"
        "d6zQKq8owaioqHYoPqynos8mAyljLrUrJytMqqwjwaRdpKSqkirOH3gojio0qu2sFawlraQp8Ckgo3UZQyU9LF0q"
        "TCymKvWoHBusqk0ogBRHqqMmfinKKZ+pHymVqjOqmKldqmkibKz1KygrDqw+LhWnEyosK3qqkqqAqU+pcKyyKrAt"
        "rKtPKAas5isWqyCqTioiKC6s3Sukq7WjtCo/KMEppKwTqxaYvKmbJFCoNClDplusGarQq2CoLyrqnSQrc6JfKBgo"
        "8aYUKocsui2gqi2kM6O2qZqpyyy5p2Qp4StVLVwtBqQdLuSpOStnqIUpwhmkKgSnda0mp88o1Sr2qfuomqbKphKt"
        "oqcVLE8s96pPpYSlIigNp/srG54ILCWqLSrpLAEoIKkcDXmpHqkrrGWrtat+JTkp0CFZpXgp1KiOrSipiit6q84r"
        "qCo+JAYo7qpuKtooQCZSnCasYCgFrAMsnCr6rLGokygwqngicCVtJteqrSimK7enNyIgrXGrgSfPLHGjl6pTKhGm"
        "hKvxqkWsAqZwq4wkrikMJkqt+6p0qjsoTq2/Kb2ky6hYKCGiviqXKD6snahorWuo5yn4K7EsE6vuI+sosaDILQYr"
        "8SrDJrKqgKXCrOCo4qsyKQon3qs7qRurdCW9LpmmsKVnKTEpgixSKBcs06XTqlUroawFqYSlWKg+KfOr4yofJIEi"
        "Ji2XpYMo6KiVqd4o0ieCrfEmPCGEKOsdUifdKGwnm6s4pFAeKyxPoRYTYKt0rSKs/6n3pG6qAileKHykAasmKbgn"
        "JyjaqGSq4iV7rAyqtKeNKy+pNazJKI4pSaxpLLak16thJx2oRqnLJx4k2K/OJe4nq6RUHL+qg6goJ70pcKtPp1El"
        "MCm4KZwqlKUzFIwo0amIJ0EpmaahJiEc9qropmcqBKsjrN8saSxTIQ4q"
    ),
}


@cache
def prior_means() -> dict[str, np.ndarray]:
    return {
        lang: np.frombuffer(base64.b64decode(data), dtype=np.float16).astype(np.float64)
        for lang, data in _DATA.items()
    }
