"""The evaluation data is itself checked: a typo in a gold file must fail here, not skew a score.

Every gold file under tests/data/dev and tests/data/heldout must be well formed and agree with
its text: each organization surface, person name, honorific, title, location, title line and
list-item start occurs in the text; each ISO code is a real alpha-3 code; list markers occur
in front of their item text; the gold date is written in the text (in any of the forms briefings
use); each text is UTF-8 without a byte-order mark and keeps to one line-ending style (LF or
CRLF). The sample files in samples/ are checked to really be in the encodings their names
promise. (Conventions: tests/data/dev/README.md.)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import ftfy
import pycountry
import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = ("dev", "heldout")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

GOLD_KEYS = {"title", "date", "list_items", "people", "countries", "organizations", "locations"}
PERSON_KEYS = {"name", "honorific", "title", "country", "organization"}
ORG_KEYS = {"name", "acronym", "kind", "surfaces"}
ITEM_KEYS = {"marker", "level", "text_start"}
ORG_KINDS = {"un_entity", "armed_group", "government", "intergovernmental", "other"}
MIN_DOCS = {"dev": 2456, "heldout": 568}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _gold_files(name: str) -> list[Path]:
    return sorted((DATA / name).glob("*.gold.json"))


CASES = [pytest.param(path, id=f"{path.parent.name}/{path.name}") for name in SETS for path in _gold_files(name)]


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _occurs(needle: str, text: str, *, ignore_case: bool = False) -> bool:
    """``needle`` occurs in ``text`` as whole words, whitespace runs counting as one space."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(part) for part in needle.split()) + r"(?!\w)"
    return re.search(pattern, text, re.I if ignore_case else 0) is not None


def _load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text_path = path.with_name(path.name.replace(".gold.json", ".txt"))
    assert text_path.is_file(), f"{path.name}: no text file {text_path.name}"
    text = text_path.read_bytes().decode("utf-8")
    if "_mojibake" in text_path.stem:  # a damaged copy: its gold is written against the repaired text
        text = ftfy.fix_text(text, uncurl_quotes=False)
    return gold, text


def _iso3(code: str) -> bool:
    return isinstance(code, str) and len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


@pytest.mark.parametrize("name", SETS)
def test_set_is_large_enough_and_paired(name):
    golds = _gold_files(name)
    assert len(golds) >= MIN_DOCS[name], f"{name}: {len(golds)} gold files, want >= {MIN_DOCS[name]}"
    texts = sorted((DATA / name).glob("*.txt"))
    assert {p.name[: -len(".txt")] for p in texts} == {p.name[: -len(".gold.json")] for p in golds}, (
        f"{name}: every .txt needs a .gold.json and the reverse"
    )


def test_dev_and_heldout_share_no_document():
    dev = {p.name for p in _gold_files("dev")}
    heldout = {p.name for p in _gold_files("heldout")}
    assert not dev & heldout
    dev_texts = {_ws(p.read_text(encoding="utf-8")) for p in (DATA / "dev").glob("*.txt")}
    assert not dev_texts & {_ws(p.read_text(encoding="utf-8")) for p in (DATA / "heldout").glob("*.txt")}


@pytest.mark.parametrize("path", CASES)
def test_gold_shape(path):
    gold, _ = _load(path)
    assert set(gold) == GOLD_KEYS, f"{path.name}: keys {sorted(set(gold) ^ GOLD_KEYS)}"
    assert gold["title"] is None or isinstance(gold["title"], str)
    if gold["date"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["date"]), gold["date"]
        dt.date.fromisoformat(gold["date"])
    for item in gold["list_items"]:
        assert set(item) == ITEM_KEYS, (path.name, item)
        assert isinstance(item["level"], int) and item["level"] >= 1, (path.name, item)
        assert 0 < len(item["text_start"]) <= 25, (path.name, item)
    for person in gold["people"]:
        assert set(person) == PERSON_KEYS, (path.name, person)
        assert person["name"] and person["name"] == person["name"].strip(), (path.name, person)
    for org in gold["organizations"]:
        assert set(org) == ORG_KEYS, (path.name, org)
        assert org["kind"] in ORG_KINDS, (path.name, org)
        assert org["surfaces"], (path.name, org)


@pytest.mark.parametrize("path", CASES)
def test_title_and_date_agree_with_text(path):
    gold, text = _load(path)
    if gold["title"] is not None:
        # a title is one or more whole lines (a long heading may be wrapped); in an e-mail it is
        # the text of the "Subject:" line after the label
        pattern = r"^[ \t]*(?:Subject:[ \t]*)?" + r"\s+".join(re.escape(w) for w in gold["title"].split()) + r"[ \t\r]*$"
        assert re.search(pattern, text, re.M), f"{path.name}: title is not a run of whole lines of the text"


@pytest.mark.parametrize("path", CASES)
def test_text_is_plain_utf8_with_one_line_ending_style(path):
    data = path.with_name(path.name.replace(".gold.json", ".txt")).read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), f"{path.name}: the text starts with a byte-order mark"
    data.decode("utf-8")
    crlf = data.count(b"\r\n")
    assert data.count(b"\r") == crlf, f"{path.name}: a carriage return outside a CRLF pair"
    assert crlf in (0, data.count(b"\n")), f"{path.name}: LF and CRLF line endings mixed"


def _date_written(date: dt.date, text: str) -> bool:
    """The gold date is written in the text in one of the forms briefings use."""
    y, m, d = date.year, date.month, date.day
    month = MONTHS[m - 1]
    day = rf"0?{d}(?:st|nd|rd|th)?"
    forms = [
        rf"{y}-{m:02d}-{d:02d}",                                   # 2023-03-06
        rf"\b0?{d}[./]0?{m}[./]{y}",                               # 28.03.2024
        # 6 March, 6-7 March, 6 and 7 March, Monday 6 – Tuesday 7 March
        rf"\b{day}\b(?:\s*(?:[-–]|to|and)\s*(?:[A-Z][a-z]+,?\s+)?\w+)?[ ,]*(?:{month}|{month.upper()})\b",
        rf"(?:{month}|{month.upper()})\s+{day}\b",                  # March 6th, October 28–29
    ]
    return str(y) in text and any(re.search(f, text) for f in forms)


@pytest.mark.parametrize("path", CASES)
def test_gold_date_is_written_in_the_text(path):
    gold, text = _load(path)
    if gold["date"] is not None:
        assert _date_written(dt.date.fromisoformat(gold["date"]), text), f"{path.name}: date {gold['date']} not written in the text"


@pytest.mark.parametrize("path", CASES)
def test_list_items_occur_after_their_markers(path):
    gold, text = _load(path)
    flat = _ws(text)
    pos = 0
    for item in gold["list_items"]:
        # in document order: each marker, then its item text, after the previous item
        needle = _ws(item["marker"] + " " + item["text_start"])
        found = flat.find(needle, pos)
        assert found >= 0, f"{path.name}: {needle!r} not found (in order) in the text"
        pos = found + len(item["marker"])
    for a, b in zip(gold["list_items"], gold["list_items"][1:]):
        assert b["level"] <= a["level"] + 1, f"{path.name}: level jumps by more than one at {b}"


_DEMONYMS = None


def _demonym_in(code, text):
    global _DEMONYMS
    if _DEMONYMS is None:
        rows = json.loads((SAMPLES.parent / "pipeline" / "data" / "demonyms.json").read_text(encoding="utf-8"))
        _DEMONYMS = {row["id"]: row["demonyms"] for row in rows}
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in _DEMONYMS.get(code, ()))


@pytest.mark.parametrize("path", CASES)
def test_people_agree_with_text(path):
    gold, text = _load(path)
    org_names = {o["name"] for o in gold["organizations"]}
    names = [p["name"] for p in gold["people"]]
    assert len(names) == len(set(names)), f"{path.name}: a person is listed twice"
    for person in gold["people"]:
        assert _occurs(person["name"], text), f"{path.name}: name {person['name']!r} not in text"
        for field in ("honorific", "title"):
            if person[field] is not None:
                assert _occurs(person[field], text), f"{path.name}: {field} {person[field]!r} not in text"
        if person["country"] is not None:
            assert _iso3(person["country"]), f"{path.name}: bad ISO code {person['country']!r}"
            # a State named in the text is in countries; one given only by a demonym before the
            # office ("the Italian Ambassador") is not (demonyms are no mentions of a State)
            assert person["country"] in gold["countries"] or _demonym_in(person["country"], text), (
                f"{path.name}: {person['country']} missing from countries"
            )
        if person["organization"] is not None:
            assert person["organization"] in org_names, (
                f"{path.name}: organization {person['organization']!r} of {person['name']} is not in organizations"
            )


@pytest.mark.parametrize("path", CASES)
def test_countries_are_iso3(path):
    gold, _ = _load(path)
    codes = gold["countries"]
    assert len(codes) == len(set(codes)), f"{path.name}: duplicate country code"
    bad = [c for c in codes if not _iso3(c)]
    assert not bad, f"{path.name}: not ISO 3166-1 alpha-3: {bad}"


@pytest.mark.parametrize("path", CASES)
def test_organizations_agree_with_text(path):
    gold, text = _load(path)
    seen: dict[str, str] = {}
    for org in gold["organizations"]:
        for surface in org["surfaces"]:
            assert _occurs(surface, text), f"{path.name}: surface {surface!r} of {org['name']!r} not in text"
            key = surface.casefold()
            assert key not in seen, f"{path.name}: surface {surface!r} given for {seen.get(key)!r} and {org['name']!r}"
            seen[key] = org["name"]
        if org["acronym"] is not None:
            assert re.fullmatch(r"[A-Za-z0-9&'\-]{2,12}", org["acronym"]), (path.name, org["acronym"])
    names = [o["name"] for o in gold["organizations"]]
    assert len(names) == len(set(names)), f"{path.name}: an organization is listed twice"


@pytest.mark.parametrize("path", CASES)
def test_locations_agree_with_text(path):
    gold, text = _load(path)
    locs = gold["locations"]
    assert len({loc.casefold() for loc in locs}) == len(locs), f"{path.name}: duplicate location"
    for loc in locs:
        # locations are compared casefolded, so a heading in capitals counts
        assert _occurs(loc, text, ignore_case=True), f"{path.name}: location {loc!r} not in text"


# -- the sample files: each really is in the encoding its name promises ---------------------


def _sample(pattern: str) -> Path:
    found = sorted(SAMPLES.glob(pattern))
    assert len(found) == 1, f"expected one sample matching {pattern}, found {[p.name for p in found]}"
    return found[0]


def test_cp1252_sample_needs_cp1252():
    data = _sample("*_cp1252.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode("cp1252")
    # curly quotes live in cp1252's 0x80-0x9F range, where latin-1 has control characters
    assert "\u2019" in text and any(b in data for b in (b"\x92", b"\x93", b"\x94"))
    assert "Côte d\u2019Ivoire" in text and "São Tomé" in text


def test_utf16_sample_has_bom():
    data = _sample("*_utf16.txt").read_bytes()
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    text = data.decode("utf-16")
    assert "Permanent Representative" in text


def test_mojibake_sample_is_utf8_with_real_mojibake():
    text = _sample("*_mojibake.txt").read_bytes().decode("utf-8")
    assert "â€™" in text and "Ã©" in text
    # it is what cp1252 decoding of UTF-8 bytes really produces: encoding back recovers clean text
    line = next(line for line in text.splitlines() if "â€™" in line)
    assert "\u2019" in line.encode("cp1252").decode("utf-8")


def test_hard_wrapped_sample_is_wrapped_with_lists():
    text = _sample("*_wrapped.txt").read_bytes().decode("utf-8")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 72
    assert sum(1 for line in lines if len(line) >= 60) >= 10, "not really hard-wrapped"
    for marker in ("(a)", "(b)", "(c)"):
        assert marker in text
    assert re.search(r"^\s{4,}\(?[ivx]+[.)]", text, re.M), "no nested list"
