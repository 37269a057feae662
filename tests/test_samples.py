"""The sample briefings in other layouts and encodings, end to end with the installed model.

Each expectation below is read off the sample's own text (what a reader sees in it), not off
the pipeline's output.
"""

from __future__ import annotations

import pytest

from conftest import SAMPLES
from spans import assert_spans_exact

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def docs(pipe):
    return {p.name.rsplit("_", 1)[-1].removesuffix(".txt"): pipe.extract_file(p) for p in sorted(SAMPLES.glob("*.txt"))}


def people(doc):
    return {p.name: p for p in doc.people}


def items(doc):
    return [(b.marker, b.level) for b in doc.blocks if b.type == "list_item"]


def test_every_sample_keeps_the_offset_invariant(docs):
    assert set(docs) >= {"cp1252", "utf16", "mojibake", "wrapped", "2022"}
    for doc in docs.values():
        assert_spans_exact(doc)


def test_windows_1252_file(docs):
    doc = docs["cp1252"]
    assert doc.source.encoding in ("cp1252", "windows-1252")
    assert "Côte d’Ivoire" in doc.text and "São Tomé and Príncipe" in doc.text
    assert "\r" not in doc.text  # CRLF normalized, each change on record
    assert any(r.original == "\r\n" and r.kind == "normalization" for r in doc.repairs)
    assert doc.title == "Open Briefing of the Counter-Terrorism Committee on West Africa and the Gulf of Guinea"
    assert doc.date == "2023-11-09"
    assert items(doc) == [("-", 1)] * 4
    found = people(doc)
    assert (found["Kadiatou Sangaré"].title, found["Kadiatou Sangaré"].country) == ("Minister of Security", "CIV")
    assert found["José Luis Fialho Rocha"].country == "CPV"
    assert {"CIV", "GHA", "TGO", "STP", "CPV", "GNB", "BFA", "MLI"} <= {c.code for c in doc.countries}


def test_utf16_file_with_speaker_table(docs):
    doc = docs["utf16"]
    assert doc.source.encoding.startswith("utf-16") and doc.source.encoding_method == "bom"
    assert doc.date == "2022-10-29"
    assert [m for m, _ in items(doc)] == ["1.", "2.", "3.", "4.", "5."]
    found = people(doc)
    assert len(found) == 5, sorted(found)
    assert found["S. Jaishankar"].honorific == "H.E. Dr." and found["S. Jaishankar"].country == "IND"
    assert found["Kashif Hussain"].country == "PAK"
    assert found["Sultan bin Saad Al-Muraikhi"].country == "QAT"
    assert "Delhi Declaration" not in found
    assert {"KOR", "JPN", "TUR", "ARE"} <= {c.code for c in doc.countries}
    assert "PRK" not in {c.code for c in doc.countries}


def test_utf8_read_as_cp1252_mojibake(docs):
    doc = docs["mojibake"]
    assert "â€" not in doc.text and "Ã" not in doc.text
    assert doc.title == "UNOCT and Spain launch programme on victims’ associations"
    assert doc.date == "2023-06-15"  # not the date of the 2004 attacks it recalls
    assert all(r.kind in ("mojibake", "normalization") for r in doc.repairs)
    pairs = {(r.original, r.replacement) for r in doc.repairs}
    assert {("â€™", "’"), ("Ã©", "é"), ("â€“", "–")} <= pairs
    assert items(doc) == [("*", 1)] * 3
    found = people(doc)
    assert found["José Manuel Albares"].country == "ESP"
    assert found["Raphaëlle Mérieux"].honorific == "Dr."


def test_hard_wrapped_file_with_nested_lettered_lists(docs):
    doc = docs["wrapped"]
    assert doc.title == (
        "WORKING GROUP ON BORDER MANAGEMENT AND LAW ENFORCEMENT RELATING TO COUNTER-TERRORISM: "
        "SUMMARY OF THE THIRD MEETING"
    )  # a title wrapped over two lines is one title
    assert doc.date == "2022-05-24"
    assert items(doc) == [("1.", 1), ("2.", 1), ("(a)", 2), ("(i)", 3), ("(ii)", 3), ("(b)", 2), ("(c)", 2), ("3.", 1)]
    lettered = {b.marker: b for b in doc.blocks if b.type == "list_item"}
    assert lettered["(i)"].number == 1 and lettered["(ii)"].parent == lettered["(a)"].id
    assert lettered["(c)"].number == 3
    assert "Afghanistan" in lettered["(c)"].text  # continuation lines belong to the item
    found = people(doc)
    assert (found["Gabriela Ramírez"].country, found["Gabriela Ramírez"].honorific) == ("MEX", "H.E. Ms.")
