"""Places: gazetteer and toponym resolution (library functions, issue 10, first part).

Not a pipeline stage yet: no stage is registered and the default pipeline does not run it.
Place mentions in the data model, export and the map come later; until then callers use
:func:`~.spot.spot_toponyms` (gazetteer-backed spans of place names and demonyms in en/ar/fa
text), :func:`~.gazetteer.gazetteer` (lookup of names in Latin, Arabic and Persian
script), :class:`~.resolve.Context` (a document's country and province evidence) and
:func:`~.resolve.resolve` / :func:`~.resolve.resolve_all`, which return a
:class:`~.resolve.Resolution` (chosen entry, score, runner-up) for every name, with no
coordinates where nothing fits.
"""

from .gazetteer import Entry, Gazetteer, gazetteer
from .resolve import Context, Resolution, demonym_country, resolve, resolve_all
from .spot import spot_toponyms

__all__ = [
    "Context",
    "Entry",
    "Gazetteer",
    "Resolution",
    "demonym_country",
    "gazetteer",
    "resolve",
    "resolve_all",
    "spot_toponyms",
]
