"""Gregorian month names of other languages written in Latin script (German, French, Spanish,
Italian, Portuguese, Dutch), so that a byline such as "27. Oktober 2021", "3 mars 2020" or
"5 de junio de 2019" is read like its English equivalent. Full names only: abbreviations
("Mai", "mar") collide with words of other languages.
"""

from __future__ import annotations

_NAMES: tuple[tuple[str, ...], ...] = (
    ("januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"),
    ("februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"),
    ("märz", "maerz", "mars", "marzo", "março", "marco", "maart"),
    ("avril", "abril", "aprile"),
    ("juni", "juin", "junio", "giugno", "junho"),
    ("juli", "juillet", "julio", "luglio", "julho"),
    ("août", "aout", "agosto", "augustus"),
    ("septembre", "septiembre", "settembre", "setembro"),
    ("oktober", "octobre", "octubre", "ottobre", "outubro"),
    ("novembre", "noviembre", "novembro"),
    ("dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"),
)
_MONTH_NUMBERS = (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12)
MONTHS: dict[str, tuple[str, int]] = {
    name: ("gregorian", month)
    for month, names in zip(_MONTH_NUMBERS, _NAMES, strict=True)
    for name in names
}
# "mai" (de/fr) and "mei" (nl) are May; "maio"/"mayo"/"maggio" too.
MONTHS.update({name: ("gregorian", 5) for name in ("mai", "mayo", "maggio", "maio", "mei")})
