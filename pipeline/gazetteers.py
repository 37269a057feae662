"""Gazetteers: the knowledge files in ``pipeline/data/`` loaded once and indexed by surface form.

What this module is for: reading the JSON data files (countries, UN entities, intergovernmental
organizations, armed groups, locations, honorifics, titles, words that are never entities),
checking them, and answering "which entry is this surface form?". Every entry has a stable id
(``country:QAT``, ``org:unoct``, ``loc:sahel``), a label, a canonical name and, where it applies,
an ISO 3166-1 alpha-3 code, an organization kind and an acronym.

What it is not for: finding names in text. Matching happens in :mod:`pipeline.extract`, which
builds spaCy matchers from :meth:`Gazetteer.surfaces`. This module imports no third-party library,
so it is cheap to import and easy to test.

Adding an alias is a data change: edit the JSON file, not this module. Sources are listed in
``pipeline/data/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ._data import read_json


_APOSTROPHES = ("'", "’")
_BROKEN_APOSTROPHES = ("â€™", "â")
_DASHES = ("–", "-", "—")


@dataclass(frozen=True)
class Entry:
    """One thing the gazetteers know: a country, an organization or a location."""

    id: str
    label: str  # "COUNTRY" | "ORG" | "LOCATION"
    name: str  # canonical name
    code: str | None = None  # ISO alpha-3 for COUNTRY
    kind: str | None = None  # organization kind for ORG
    acronym: str | None = None
    place_type: str | None = None  # "region" | "territory" | "city" for LOCATION
    ambiguous: frozenset[str] = field(default_factory=frozenset)  # surfaces that are also common words/names


def surface_variants(surface: str) -> list[str]:
    """The spellings of one name that text actually uses: both apostrophes (and the apostrophe broken by
    mojibake), and the dash forms.

    >>> surface_variants("Da'esh")
    ["Da'esh", 'Da’esh', 'Daâ€™esh', 'Daâesh']
    """
    out = [surface]
    for a in _APOSTROPHES:
        for b in _APOSTROPHES:
            if a != b and a in surface:
                out.append(surface.replace(a, b))
    for a in _APOSTROPHES:
        if a in surface:  # an apostrophe's UTF-8 read as Windows-1252, whole or with its last bytes lost
            out.extend(v.replace(a, b) for v in list(out) for b in _BROKEN_APOSTROPHES if a in v)
            break
    for d in _DASHES:
        if f" {d} " in surface:
            for e in _DASHES:
                if e != d:
                    out.extend(v.replace(f" {d} ", f" {e} ") for v in list(out))
    return list(dict.fromkeys(out))


def saint_variants(names: list[str]) -> list[str]:
    """Places named after a saint are written "Saint John's", "St. John's" and "St John's".

    >>> saint_variants(["Saint John's"])
    ["Saint John's", "St. John's", "St John's"]
    """
    out = list(names)
    for n in names:
        for form in ("Saint ", "St. ", "St "):
            if n.startswith(form) or f" {form}" in n:
                out.extend(n.replace(form, other) for other in ("Saint ", "St. ", "St ") if other != form)
    return list(dict.fromkeys(out))


_SPELLINGS = (("Organisation", "Organization"), ("Co-operation", "Cooperation"), ("Centre", "Center"),
              ("Programme", "Program"), ("Defence", "Defense"), ("Labour", "Labor"))


def spelling_variants(names: list[str]) -> list[str]:
    """Bodies' names are written in British and American spelling alike ("Organisation for Economic
    Co-operation and Development", "Organization for Economic Cooperation and Development").

    >>> spelling_variants(["World Health Organisation"])
    ['World Health Organisation', 'World Health Organization']
    """
    out = list(names)
    for a, b in _SPELLINGS:
        for n in list(out):
            if a in n:
                out.append(n.replace(a, b))
            elif b in n:
                out.append(n.replace(b, a))
    return list(dict.fromkeys(out))


def _read(name: str) -> list[dict]:
    rows = read_json(name)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"{name}: duplicate ids {dup}")
    return rows


class Gazetteer:
    """All knowledge files, indexed. Build it with :func:`load` (cached per process)."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._by_surface: dict[str, str] = {}
        self.collisions: list[tuple[str, str, str]] = []
        for row in _read("countries.json"):
            names = [row["name"], *row.get("aliases", [])]
            # headings in capitals ("UKRAINE", "SYRIAN ARAB REPUBLIC") name countries too
            names += [n.upper() for n in names if len(n) > 3 and not n.isupper()]
            entry = Entry(
                id=f"country:{row['id']}", label="COUNTRY", name=row["name"], code=row["id"],
                ambiguous=frozenset(row.get("ambiguous", [])),
            )
            self._add(entry, names)
        for file in ("un_entities.json", "organizations.json", "armed_groups.json"):
            for row in _read(file):
                entry = Entry(
                    id=f"org:{row['id']}", label="ORG", name=row["name"], kind=row.get("kind", "other"),
                    acronym=row.get("acronym"), ambiguous=frozenset(row.get("ambiguous", [])),
                )
                names = spelling_variants([row["name"], *row.get("aliases", [])])
                # letterheads in capitals ("UNITED NATIONS OFFICE ON DRUGS AND CRIME") name the body too
                names += [n.upper() for n in names if len(n.split()) >= 2 and not n.isupper()]
                if row.get("acronym"):
                    names.append(row["acronym"])
                self._add(entry, names)
        # "UN-OHRLLS", "UN DESA", "UN OCHA": a UN entity's acronym written after "UN" is the entity (where the
        # form names nothing else)
        for entry in list(self.entries.values()):
            if entry.kind == "un_entity" and entry.acronym and not entry.acronym.startswith("UN") \
                    and entry.acronym.isupper() and len(entry.acronym) >= 3:
                for variant in (f"UN-{entry.acronym}", f"UN {entry.acronym}"):
                    self._by_surface.setdefault(variant, entry.id)
        for row in [*_read("locations.json"), *_read("subdivisions.json"), *_read("cities.json")]:
            entry = Entry(id=f"loc:{row['id']}", label="LOCATION", name=row["name"], place_type=row.get("type"),
                          ambiguous=frozenset(row.get("ambiguous", [])))
            names = saint_variants([row["name"], *row.get("aliases", [])])
            if row.get("type") == "city":  # datelines in capitals ("PORT-AU-PRINCE, 12 March")
                names += [n.upper() for n in names if len(n) > 3 and not n.isupper()]
            self._add(entry, names)
        self.honorifics: tuple[str, ...] = tuple(
            sorted((r["text"] for r in _read("honorifics.json")), key=lambda s: (-len(s), s))
        )
        self.title_honorifics = frozenset(r["text"] for r in _read("honorifics.json") if r.get("also_title"))
        # "President João Lourenço": words that are the person's title, not a courtesy form
        self.title_first = frozenset(r["text"] for r in _read("honorifics.json") if r.get("title_first"))
        self.titles: tuple[str, ...] = tuple(sorted((r["text"] for r in _read("titles.json")), key=lambda s: (-len(s), s)))
        self.not_entities = frozenset(r["text"] for r in _read("not_entities.json"))
        # "UN Children's Fund", "UN Population Fund": a UN entity named "United Nations ..." is written with
        # "UN" for the first two words too, where the form names nothing else and the rest opens with no
        # title ("UN Special Coordinator for the Middle East Peace Process" is a person's title)
        titles = frozenset(self.titles)
        for entry in list(self.entries.values()):
            if entry.label == "ORG" and entry.kind == "un_entity" and entry.name.startswith("United Nations ") \
                    and len(entry.name.split()) >= 4:
                rest = entry.name[len("United Nations "):].split()
                if not any(" ".join(rest[:n]) in titles for n in range(1, min(len(rest), 5) + 1)):
                    self._by_surface.setdefault("UN " + " ".join(rest), entry.id)
        # "Russian Foreign Minister": a State's adjective names the State a person speaks for (never a
        # country mention on its own)
        self.demonyms: dict[str, str] = {d: r["id"] for r in _read("demonyms.json") for d in r["demonyms"]}
        self._not_entities_folded = frozenset(t.casefold() for t in self.not_entities)

    def _add(self, entry: Entry, names: list[str]) -> None:
        self.entries[entry.id] = entry
        for name in names:
            for variant in surface_variants(name):
                other = self._by_surface.get(variant)
                if other is not None and other != entry.id:
                    self.collisions.append((variant, other, entry.id))
                    continue
                self._by_surface[variant] = entry.id

    # -- lookups -------------------------------------------------------------------------
    def surfaces(self) -> dict[str, str]:
        """Every surface form -> entry id (the matcher's patterns)."""
        return dict(self._by_surface)

    def lookup(self, surface: str) -> Entry | None:
        """The entry whose name or alias is exactly ``surface`` (a leading "the" is ignored).

        >>> load().lookup("the Syrian Arab Republic").code
        'SYR'
        >>> load().lookup("Republic of Korea").code
        'KOR'
        >>> load().lookup("Nigerian") is None
        True
        """
        s = " ".join(surface.split())
        for candidate in (s, s[4:] if s[:4].lower() == "the " else None):
            if candidate:
                entry_id = self._by_surface.get(candidate)
                if entry_id is not None:
                    return self.entries[entry_id]
        return None

    def country(self, code: str) -> Entry | None:
        return self.entries.get(f"country:{code}")

    def is_not_entity(self, surface: str) -> bool:
        """Words such as "Member States", "Headquarters", "Remarks" that are never entities."""
        s = " ".join(surface.split()).strip(" .,;:")
        if s[:4].lower() == "the ":
            s = s[4:]
        return s.casefold() in self._not_entities_folded

    def is_title(self, surface: str) -> bool:
        """True when ``surface`` is only a title or honorific ("Counsellor", "Under-Secretary-General")."""
        s = " ".join(surface.split()).strip(" .,;:")
        return s in self.titles or s in self.honorifics or s.rstrip(".") in {h.rstrip(".") for h in self.honorifics}


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteers, read from the package's data files on first use."""
    return Gazetteer()
