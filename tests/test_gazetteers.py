"""The knowledge files: complete, consistent, and never fuzzy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import gazetteers
from pipeline._data import DATA_DIR

DATA = Path(__file__).resolve().parent / "data" / "extract"
CASES = json.loads((DATA / "country_names.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def g():
    return gazetteers.load()


def test_every_member_and_observer_state(g):
    rows = json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8"))
    assert sum(r["status"] == "member" for r in rows) == 193
    assert sorted(r["id"] for r in rows if r["status"] == "observer") == ["PSE", "VAT"]
    assert len({r["id"] for r in rows}) == 195


def test_codes_are_iso_alpha3(g):
    import pycountry

    for entry in g.entries.values():
        if entry.label == "COUNTRY":
            assert pycountry.countries.get(alpha_3=entry.code) is not None, entry


def test_no_surface_names_two_entries(g):
    assert g.collisions == []


@pytest.mark.parametrize("case", CASES["positives"], ids=lambda c: c["surface"])
def test_country_names(g, case):
    entry = g.lookup(case["surface"])
    assert entry is not None and entry.label == "COUNTRY" and entry.code == case["code"]


@pytest.mark.parametrize("surface", CASES["negatives"])
def test_not_countries(g, surface):
    entry = g.lookup(surface)
    assert entry is None or entry.label != "COUNTRY"


@pytest.mark.parametrize("aliases", [
    ("ISIL", "Da'esh", "Da’esh", "ISIS", "Islamic State", "Daesh"),
    ("ISIL-K", "ISKP", "Islamic State in Iraq and the Levant – Khorasan", "Islamic State in Iraq and the Levant - Khorasan"),
    ("Al-Qaida", "Al-Qaeda", "Al Qaeda"),
    ("Al-Shabaab", "Al-Shabab"),
    ("HTS", "Hay'at Tahrir al-Sham", "Al-Nusrah Front"),
])
def test_armed_group_aliases_are_one_entry(g, aliases):
    entries = {g.lookup(a) for a in aliases}
    assert len(entries) == 1
    (entry,) = entries
    assert entry is not None and entry.label == "ORG" and entry.kind == "armed_group"


@pytest.mark.parametrize("acronym,kind", [
    ("UNOCT", "un_entity"), ("CTED", "un_entity"), ("CTC", "un_entity"), ("OHCHR", "un_entity"),
    ("UNODC", "un_entity"), ("UNICRI", "un_entity"), ("UNAOC", "un_entity"), ("UNDP", "un_entity"),
    ("UNHCR", "un_entity"), ("IOM", "un_entity"), ("AU", "intergovernmental"), ("ECOWAS", "intergovernmental"),
    ("EU", "intergovernmental"), ("OSCE", "intergovernmental"), ("INTERPOL", "intergovernmental"),
])
def test_organizations_by_acronym(g, acronym, kind):
    entry = g.lookup(acronym)
    assert entry is not None and entry.kind == kind and entry.acronym == acronym


def test_unoct_long_and_short_names(g):
    assert g.lookup("United Nations Office of Counter-Terrorism") is g.lookup("UNOCT")
    assert g.lookup("OCT") is g.lookup("UNOCT")


@pytest.mark.parametrize("surface,name", [
    ("UN Children's Fund", "United Nations Children's Fund"), ("UN Population Fund", "United Nations Population Fund"),
    ("UN Special Coordinator for the Middle East Peace Process", None),  # a person's title, no body
    ("UN High Commissioner for Refugees", None),
])
def test_un_entities_written_with_un(g, surface, name):
    entry = g.lookup(surface)
    assert (entry.name if entry is not None else None) == name


def test_not_entities(g):
    for s in ("Member States", "the Member States", "Headquarters", "Remarks"):
        assert g.is_not_entity(s)
    assert not g.is_not_entity("Sahel")
    # a bare State-form word, a heading's or a table column's word, a group's adjective: no place ("the Republic")
    for s in ("the Republic", "the Kingdom", "Plenary", "Interactive", "Commodity", "Drought", "Maroon"):
        assert g.is_not_entity(s)
    assert not g.is_not_entity("Dominican Republic")


def test_every_data_file_has_its_sources_noted():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for path in sorted(DATA_DIR.glob("*.json")):
        rows = json.loads(path.read_text(encoding="utf-8"))
        if rows and isinstance(rows, list) and isinstance(rows[0], dict) and "id" in rows[0]:
            assert f"`{path.name}`" in readme, path.name
