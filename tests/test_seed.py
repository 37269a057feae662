"""The seed briefing, end to end, with the installed model: what the project was designed from."""

from __future__ import annotations

import json

import pytest

from spans import assert_spans_exact

pytestmark = pytest.mark.model

TITLE = (
    "2022 United Nations Office of Counter-Terrorism (UNOCT) Ambassadorial-level "
    "Quarterly Briefing to Member States"
)


def test_decoded_as_utf8(seed_doc):
    assert seed_doc.source.encoding in ("utf-8", "utf_8")
    assert seed_doc.source.size_bytes == 3538


def test_every_span_is_exact(seed_doc):
    assert_spans_exact(seed_doc)
    assert [b.id for b in seed_doc.blocks] == list(range(len(seed_doc.blocks)))


def test_gbk_mojibake_repaired_with_offsets(seed_doc):
    text = seed_doc.text
    for bad in ("¡¯", "¨C", "¨ª", "Ãå±±½ûµØ"):
        assert bad not in text
    assert text.startswith("缅北禁地")
    assert "Da’esh" in text and "Agustín" in text and "Levant – Khorasan" in text
    by_pair = {(r.original, r.replacement) for r in seed_doc.repairs}
    assert ("¡¯", "’") in by_pair
    assert ("¨C", "–") in by_pair
    assert ("¨ª", "í") in by_pair
    assert ("Ãå±±½ûµØ", "缅北禁地") in by_pair
    apostrophes = [r for r in seed_doc.repairs if r.original == "¡¯"]
    assert len(apostrophes) == 6  # the seed holds six ¡¯ (Da.esh¡¯s, groups¡¯, States¡¯s, Da¡¯esh, UNOCT¡¯s x2)
    assert all(r.kind == "mojibake" for r in apostrophes)


def test_lost_character_warned(seed_doc):
    lost = [w for w in seed_doc.warnings if w.code == "lost_character"]
    assert len(lost) == 1
    w = lost[0]
    assert seed_doc.text[w.start : w.end] in ("?", "Á")
    assert seed_doc.text[w.start : w.start + 12] in ("?ngel Morati", "Ángel Morati")


def test_blocks(seed_doc):
    blocks = seed_doc.blocks
    assert blocks[0].type == "noise" and blocks[0].text == "缅北禁地"
    titles = [b for b in blocks if b.type == "title"]
    assert [b.text for b in titles] == [TITLE]
    assert seed_doc.title == TITLE
    assert seed_doc.date == "2022-02-04"

    top = [b for b in blocks if b.type == "list_item" and b.level == 1 and b.marker and b.marker[0].isdigit()]
    assert [(b.marker, b.number) for b in top] == [("1.", 1), ("2.", 2), ("3.", 3)]
    for item, expected in zip(top, (3, 6, 8)):
        children = [b for b in blocks if b.parent == item.id]
        assert len(children) == expected
        assert [c.number for c in children] == list(range(1, expected + 1))
        assert all(c.level == 2 and c.type == "list_item" and c.marker == f"{c.number})" for c in children)
        assert all(item.start <= c.start and c.end <= item.end for c in children)
    first_child = next(b for b in blocks if b.parent == top[0].id)
    assert first_child.text.startswith("Da'esh’s evolution into a primarily rural insurgency")

    bullets = [b for b in blocks if b.type == "list_item" and b.marker == "•"]
    assert len(bullets) == 10
    assert bullets[0].text.startswith("Mr. Vladimir Voronkov")
    assert all("•" not in b.text and "\n" not in b.text for b in bullets)
    assert blocks[-1].type == "paragraph"
    assert blocks[-1].text.startswith("Over 248 representatives")


def _person(doc, surname):
    found = [p for p in doc.people if p.name.endswith(surname)]
    assert len(found) == 1, (surname, [p.name for p in doc.people])
    return found[0]


def test_people(seed_doc):
    assert len(seed_doc.people) == 10, [p.name for p in seed_doc.people]
    p = _person(seed_doc, "Al-Thani")
    assert (p.name, p.honorific, p.title, p.country) == ("Alya Ahmed Saif Al-Thani", "H.E. Ms.", "Permanent Representative", "QAT")
    p = _person(seed_doc, "Chen")
    assert (p.name, p.honorific, p.title) == ("Weixiong Chen", "Mr.", "Acting Executive Director")
    assert p.organization == "Counter-Terrorism Committee Executive Directorate"
    p = _person(seed_doc, "Maraver")
    assert (p.name, p.honorific, p.country) == ("Agustín Santos Maraver", "H.E. Mr.", "ESP")
    p = _person(seed_doc, "Alateek")
    assert p.title == "Counsellor and Deputy Permanent Representative" and p.country == "SAU"
    p = _person(seed_doc, "Kehris")
    assert (p.name, p.honorific, p.title) == ("Ilze Brands Kehris", "Ms.", "Assistant Secretary-General for Human Rights")
    assert p.organization == "Office of the United Nations High Commissioner for Human Rights"
    p = _person(seed_doc, "Moratinos")
    assert p.title == "High Representative" and "Alliance of Civilizations" in p.organization
    assert {_person(seed_doc, s).country for s in ("Tirumurti", "Ibragimov", "Kiboino")} == {"IND", "UZB", "KEN"}
    assert _person(seed_doc, "Voronkov").honorific == "Mr."
    names = " ".join(p.name for p in seed_doc.people)
    for not_a_person in ("Remarks", "Counsellor", "Sahel", "Khorasan"):
        assert not_a_person not in names
    for p in seed_doc.people:
        assert p.mentions and all(seed_doc.entities[i].label == "PERSON" for i in p.mentions)


def test_countries(seed_doc):
    codes = {c.code for c in seed_doc.countries}
    assert codes == {"IRQ", "SYR", "AFG", "KEN", "MAR", "QAT", "ESP", "IND", "UZB", "SAU"}
    country_texts = {seed_doc.entities[i].text for c in seed_doc.countries for i in c.mentions}
    assert "Syrian Arab Republic" in country_texts
    assert not {"Member States", "Headquarters", "Da'esh"} & country_texts


def _org_with_mention(doc, surface):
    for org in doc.organizations:
        if any(doc.entities[i].text == surface for i in org.mentions):
            return org
    raise AssertionError(f"no organization mentioned as {surface!r}: {[o.name for o in doc.organizations]}")


def test_organizations(seed_doc):
    unoct = _org_with_mention(seed_doc, "UNOCT")
    assert _org_with_mention(seed_doc, "United Nations Office of Counter-Terrorism") is unoct
    assert unoct.acronym == "UNOCT"
    assert len([o for o in seed_doc.organizations if o.acronym == "UNOCT"]) == 1
    for armed in ("Da'esh", "Al-Qaida", "ISIL-K"):
        assert _org_with_mention(seed_doc, armed).kind == "armed_group"
    assert _org_with_mention(seed_doc, "Da'esh") is _org_with_mention(seed_doc, "Da’esh")
    for name in ("Counter-Terrorism Committee Executive Directorate", "Office of the High Commissioner for Human Rights"):
        assert _org_with_mention(seed_doc, name).kind == "un_entity"
    aoc = [o for o in seed_doc.organizations if "Alliance of Civilizations" in o.name]
    assert len(aoc) == 1 and aoc[0].kind == "un_entity"


def test_locations(seed_doc):
    names = {loc.name for loc in seed_doc.locations}
    assert {"Sahel", "West Africa", "South-East Asia", "Nairobi", "Rabat"} <= names
    assert not names & {"Kenya", "Morocco", "Iraq", "Member States"}


def test_json_is_deterministic(pipe):
    from conftest import SEED

    import pipeline

    a = pipeline.to_json(pipe.extract_file(SEED))
    b = pipeline.to_json(pipe.extract_file(SEED))
    assert a == b
    assert json.loads(a)["schema_version"] == "1"
