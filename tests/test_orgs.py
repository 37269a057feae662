"""Organizations and places on short sentences (rules and gazetteers, spaCy's blank English pipeline).

Cases are data: tests/data/extract/org_location_cases.json (positives and negatives). Each case may
give the countries (ISO codes, in order), the locations (canonical names, in order) with the text
of their mentions, and organizations by the surfaces they must hold, with kind, name and acronym.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from pipeline import gazetteers
from pipeline.orgs import org_kind
from pipeline.models import Block

extract = importlib.import_module("pipeline.extract")  # the package re-exports a function of that name

CASES = json.loads((Path(__file__).resolve().parent / "data" / "extract" / "org_location_cases.json")
                   .read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return extract.Extractor("none")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_org_location_case(rules, case):
    text = case["text"]
    result = rules.extract(text, [Block(id=0, type="paragraph", start=0, end=len(text), text=text)])
    for e in result.entities:
        assert text[e.start:e.end] == e.text
    if "countries" in case:
        assert [c.code for c in result.countries] == case["countries"]
    if "locations" in case:
        assert [loc.name for loc in result.locations] == case["locations"]
    for name, texts in case.get("mentions", {}).items():
        loc = next(loc for loc in result.locations if loc.name == name)
        assert [result.entities[i].text for i in loc.mentions] == texts
    for want in case.get("organizations", []):
        found = [o for o in result.organizations if {result.entities[i].text for i in o.mentions} & set(want["surfaces"])]
        assert len(found) == 1, (want, [o.name for o in result.organizations])
        org = found[0]
        assert set(want["surfaces"]) <= {result.entities[i].text for i in org.mentions}, org
        assert org.kind == want["kind"], (want, org)
        for key in ("name", "acronym"):
            if key in want:
                assert getattr(org, key) == want[key], (want, org)
    if case.get("no_other_organizations"):
        assert len(result.organizations) == len(case["organizations"]), [o.name for o in result.organizations]


@pytest.mark.parametrize("name, kind", [
    ("Ministry of Interior of Chad", "government"),
    ("Polícia Judiciária", "government"),
    ("Badan Nasional Penanggulangan Bencana", "government"),
    ("Mission of Ukraine to NATO", "government"),
    ("Myanmar Army", "government"),
    ("National Army", "government"),
    ("Arakan Army", "armed_group"),
    ("Somalia Humanitarian Fund", "un_entity"),
    ("Panel of Experts", "un_entity"),
    ("Alliance of Sahel States", "intergovernmental"),
    ("Expanded Joint Verification Mechanism", "intergovernmental"),
    ("China Institute of International Studies", "other"),
    ("Association of Families of Victims", "other"),
    ("Eastern Africa Police Chiefs Cooperation Organization", "intergovernmental"),
    ("Central African Armed Forces", "government"),
    ("Regional Police Command of Kidal", "government"),
    ("Immigration Department", "government"),
    ("Human Rights Monitoring Mission in Ukraine", "intergovernmental"),
    ("House of Representatives", "government"),
    ("Womankind Kenya", "other"),  # a State written after a name without "of" or "in" is where it works
    ("National University of Laos", "other"),
    ("Christian Council of Lesotho", "other"),
    ("Lesotho Council of NGOs", "other"),
    ("Ministry of Youth and Sports", "government"),
    ("Mekong River Commission", "intergovernmental"),
    ("Niger Basin Authority", "intergovernmental"),
    ("CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY", "intergovernmental"),  # a letterhead in capitals
    ("Office of Disaster Management", "government"),
    ("Electoral Tribunal", "government"),
])
def test_kind_from_the_name(name, kind):
    assert org_kind(name, gazetteers.load()) == kind


def test_subdivisions_are_ambiguous_and_never_common_words():
    g = gazetteers.load()
    subdivisions = [e for e in g.entries.values() if e.place_type == "subdivision"]
    assert len(subdivisions) > 1000
    assert all(e.name in e.ambiguous for e in subdivisions)
    for word in ("Unity", "Lakes", "Plateau", "Centre", "Isabel", "Virginia"):
        entry = g.lookup(word)
        assert entry is None or entry.place_type != "subdivision", word


def test_saint_spellings_are_one_place():
    g = gazetteers.load()
    assert g.lookup("St. John's") == g.lookup("Saint John's") == g.lookup("St John's") is not None


# -- with the statistical model: where the merge policy and the model's guesses meet the rules ---
MODEL_TEXT = (
    "Side event on preventing violent extremism\n\n"
    "Speakers discussed ICT and AI risks and support to Rohingya and Yazidi survivors, IDPs, NGOs and CSOs. The Tunisian Ministry of Foreign "
    "Affairs and the Human Rights Monitoring Mission in Ukraine took part. H.E. Mr. José Luis Fialho Rocha, "
    "Permanent Representative of Cabo Verde, spoke on floods in Sindh province and in the Bay of Bengal.\n"
)


def test_model_guesses_meet_the_rules(pipe):
    doc = pipe.extract(MODEL_TEXT.encode("utf-8"))
    locations = {loc.name: [doc.entities[i].text for i in loc.mentions] for loc in doc.locations}
    assert not {"ICT", "AI", "Rocha", "Rohingya", "Yazidi"} & set(locations)
    assert locations.get("Sindh") == ["Sindh province"] and "Bay of Bengal" in locations
    kinds = {o.name: o.kind for o in doc.organizations}
    assert not {"IDPs", "NGOs", "CSOs"} & set(kinds)
    assert kinds.get("Tunisian Ministry of Foreign Affairs") == "government"
    assert kinds.get("Human Rights Monitoring Mission in Ukraine") == "intergovernmental"
    assert any(p.name == "José Luis Fialho Rocha" and p.country == "CPV" for p in doc.people)


DOCUMENTS_TEXT = (
    "Statement in the general debate\n\n"
    "We ratified the Paris Agreement and the Treaty on the Prohibition of Nuclear Weapons, and we honour the "
    "Convention relating to the Status of Refugees and the Monterrey Consensus. The TPNW and the Sustainable "
    "Development Goals (SDGs) guide us; every SDG counts. We thank the World Health Organization.\n"
)


def test_documents_the_model_calls_bodies(pipe):
    doc = pipe.extract(DOCUMENTS_TEXT.encode("utf-8"))
    surfaces = {doc.entities[i].text for o in doc.organizations for i in o.mentions}
    assert not {"Paris Agreement", "Prohibition of Nuclear Weapons", "Status of Refugees", "Monterrey Consensus",
                "SDG", "SDGs"} & surfaces, surfaces
    assert "World Health Organization" in surfaces
    assert "Paris" not in {loc.name for loc in doc.locations}  # a city in a document's name


HEADER_TEXT = (
    "About | Our Work | Data and Research | Media Centre\n\n"
    "ASEAN | ONE VISION ONE IDENTITY ONE COMMUNITY\n\n"
    "Objectives\n\n"
    "Kenya's Amnesty and Reintegration Framework and the Early Warnings for All initiative were discussed by "
    "Mr. Fitzroy Pascal, National Coordinator, Office of Disaster Management, Dominica, and the Association of "
    "Southeast Asian Nations. A weak La Niña is expected.\n"
)


def test_menus_mottos_and_lone_words_are_no_bodies(pipe):
    doc = pipe.extract(HEADER_TEXT.encode("utf-8"))
    names = {o.name for o in doc.organizations}
    surfaces = {doc.entities[i].text for o in doc.organizations for i in o.mentions}
    assert not {"VISION", "IDENTITY", "COMMUNITY", "Objectives", "Amnesty", "Early Warnings", "Dominica",
                "Data and Research", "Media Centre", "La Niña"} & surfaces, surfaces
    assert "Association of Southeast Asian Nations" in names
    assert "DMA" in {c.code for c in doc.countries}


ADDRESS_TEXT = (
    "Media Center | News\n\n"
    "SADC Secretariat, Plot 54385 CBD Square, Private Bag 0095, Gaborone, Botswana\n\n"
    "Summary record of the 3093rd meeting (CERD/C/SR.3093). Floods hit the eastern districts of Feni, Cumilla "
    "and Noakhali; the troika would seek to visit Nouméa. Costa Rica's National Care Policy and VAT exemptions "
    "were discussed.\n"
)


def test_symbols_addresses_and_listed_places(pipe):
    doc = pipe.extract(ADDRESS_TEXT.encode("utf-8"))
    surfaces = {doc.entities[i].text for o in doc.organizations for i in o.mentions}
    assert not {"Media Center", "Media Center | News", "Private Bag 0095", "CERD/C/SR.3093", "National Care Policy",
                "VAT", "Cumilla and Noakhali", "Nouméa"} & surfaces, surfaces
    locations = {loc.name for loc in doc.locations}
    assert {"Feni", "Cumilla", "Noakhali", "Nouméa", "Gaborone"} <= locations, locations


def test_compound_adjectives_and_lower_case_words_are_no_places(pipe):
    text = ("Interactive dialogue with the Mission\n\n"
            "The Council held an interactive dialogue. Kyrgyz-language and Uzbek-language media covered the visit, "
            "and the Abu Sayyaf Group was named; ASG Msuya visited Chad.\n")
    doc = pipe.extract(text.encode("utf-8"))
    assert not {"Interactive", "Kyrgyz-language", "Uzbek-language"} & {loc.name for loc in doc.locations}
    assert "ASG" not in {doc.entities[i].text for o in doc.organizations for i in o.mentions}


def test_two_places_the_model_reads_as_one_body(pipe):
    text = ("Returns in the north\n\n"
            "Fewer than one in five residents of Zvečan and Leposavić felt safe, and crossings at Dajabón and "
            "Belladère reopened. The Ministry of Justice and Security agreed.\n")
    doc = pipe.extract(text.encode("utf-8"))
    assert {"Zvečan", "Leposavić", "Dajabón", "Belladère"} <= {loc.name for loc in doc.locations}
    names = {o.name for o in doc.organizations}
    assert "Ministry of Justice and Security" in names and not {"Zvečan and Leposavić", "Dajabón and Belladère"} & names


@pytest.mark.parametrize("text, word, expected", [
    ("PRELIMINARY FINDINGS\nThe mission observed the vote.", "PRELIMINARY", True),
    ("CONCLUSION\nThe mission thanks the people of Botswana.", "CONCLUSION", True),
    ("AFTERNOON\nThe Council this afternoon held a dialogue.", "AFTERNOON", True),
    # an acronym the text uses again, a long heading, a heading with other marks: not a heading word
    ("UNAMI MANDATE\nThe Council renewed the mandate of UNAMI.", "UNAMI", False),
    ("KEY FIGURES FOR THE WEEK AHEAD\nMore.", "KEY", False),
    ("Key figures\nMore.", "Key", False),
    ("SUDAN: CHOLERA\nCases rose.", "SUDAN", False),
    ("Standings\nBOSTON 10 11 4\nOTTAWA 7 11 6", "BOSTON", False),
])
def test_heading_word(text, word, expected):
    start = text.index(word)
    assert extract._heading_word(text, start, start + len(word), word) is expected


MODEL_CASES = json.loads((Path(__file__).resolve().parent / "data" / "extract" / "org_model_cases.json")
                         .read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.parametrize("case", MODEL_CASES, ids=lambda c: c["label"])
def test_org_location_model_case(pipe, case):
    """What the statistical model reads as a body, corrected by the rules (needs the installed model)."""
    doc = pipe.extract(case["text"].encode("utf-8"))
    surfaces = {doc.entities[i].text: o.name for o in doc.organizations for i in o.mentions}
    for wrong in case.get("not_organizations", []):
        assert wrong not in surfaces
    for surface, name in case.get("organizations", {}).items():
        assert surfaces.get(surface) == name, surfaces
    places = {loc.name for loc in doc.locations}
    for name in case.get("locations", []):
        assert name in places
    for name in case.get("not_locations", []):
        assert name not in places, places


@pytest.mark.parametrize("text, word, expected", [
    ("Ministers welcomed the Pacific Resilience Facility. The Facility will open in Tonga.", "Facility", True),
    ("The Economic Community of Central African States met. The Community remains open.", "Community", True),
    ("The Facility will open in Tonga. The Facility's grants follow.", "Facility", False),  # never named in full
    ("Juventus won. Juventus lost.", "Juventus", False),
])
def test_a_bare_head_noun_stands_for_the_body_named_in_full(text, word, expected):
    from pipeline.orgs import _heads_longer_name
    assert _heads_longer_name(text, word) is expected


def test_a_bare_head_noun_is_no_body_when_the_model_reads_one():
    rules = extract.Extractor("none")
    rules._load()
    text = "Ministers welcomed the Pacific Resilience Facility. The Facility will open in Tonga. The Facility's grants follow."
    start = text.index("Facility will")
    c = extract.Candidate(start, start + len("Facility"), "ORG", "model", extra={"tags": ("NNP",)})
    assert rules._finish(text, c) is None
    text = "UN News\nGlobal perspective Human stories\n\nClimate and Environment\n\nIn Kiribati, a dry spell hit."
    start = text.index("Climate")
    c = extract.Candidate(start, start + len("Climate and Environment"), "ORG", "model")
    assert rules._finish(text, c) is None
    text = "Amnesty International said. Amnesty International called for calm."
    c = extract.Candidate(0, len("Amnesty International"), "ORG", "model")
    assert rules._finish(text, c) is not None


@pytest.mark.parametrize("words, expected", [
    (["Climate", "and", "Environment"], True),
    (["Peace", "and", "Security"], True),
    (["Health"], True),
    (["Human", "Rights", "Watch"], False),
    (["Ministry", "of", "Health"], False),
])
def test_a_news_site_subject_is_no_body(words, expected):
    from pipeline.orgs import _only_topic_words
    assert _only_topic_words(words) is expected


@pytest.mark.parametrize("text, name, kept", [
    ("He said that the National Assembly had passed the bill.", "National Assembly", True),
    ("Women held 22 per cent of seats in the Legislative Assembly.", "Legislative Assembly", True),
    ("The Working Group met on Monday.", "Working Group", False),  # a kind of body, no name
])
def test_a_legislature_by_its_usual_name_is_a_body(text, name, kept):
    rules = extract.Extractor("none")
    rules._load()
    start = text.index(name)
    c = extract.Candidate(start, start + len(name), "ORG", "model")
    assert (rules._finish(text, c) is not None) is kept


@pytest.mark.parametrize("line, word, expected", [
    ("HON. A.K. NAIDU.- Thank you.", "HON", True),
    ("MR. CHAIRMAN.- Vinaka vakalevu.", "CHAIRMAN.-", True),
    ("ASEC. QUIAMBAO. None, Madam Chair.", "QUIAMBAO", True),
    ("Q2 Owain Treharne: What difference did the cut make?", "Owain Treharne", True),
    ("UNHCR: Refugees keep arriving.", "UNHCR", False),
    ("WFP. The World Food Programme said.", "World Food Programme", False),
    ("The Welfare Cell at Queen Elizabeth Barracks.- called", "Welfare Cell", False),
])
def test_a_speaker_label_is_no_body(line, word, expected):
    rules = extract.Extractor("none")
    rules._load()
    text = "VERBATIM REPORT\n\n" + line
    start = text.index(word)
    assert rules._in_speaker_label(text, start, start + len(word)) is expected


@pytest.mark.parametrize("text, surface, kept", [
    ("The Steering Committee for Human Rights met in Strasbourg.", "Steering Committee for Human Rights", True),
    ("The Coordination Committee for Human Rights met in Paris.", "Coordination Committee for Human Rights", True),
    ("The Joint Working Group met in Paris.", "Joint Working Group", False),  # a kind of body, no name
    ("The Executive Committee met in Paris.", "Executive Committee", False),
])
def test_a_head_with_the_field_it_serves_is_a_name(text, surface, kept):
    """The model's body made of generic words only is a kind of body ("Working Group"), unless its head
    names the field it serves after "for" ("Steering Committee for Human Rights")."""
    rules = extract.Extractor("none")
    rules._load()
    start = text.index(surface)
    c = extract.Candidate(start, start + len(surface), "ORG", "model", extra={"tags": ("NNP",)})
    assert (rules._finish(text, c) is not None) is kept


@pytest.mark.parametrize("text, surface, label, kept", [
    ("The list of participants appears in Appendix I.", "Appendix I", "LOCATION", False),
    ("It adopted the guide as it appears in Appendix III;", "Appendix III", "LOCATION", False),
    ("The terms are set out in Annex 2 to the decision.", "Annex 2", "ORG", False),
    ("The delegates met at Annex Hall in Nairobi.", "Annex Hall", "LOCATION", True),  # a named place
])
def test_a_part_of_the_document_is_no_place(text, surface, label, kept):
    """A part of the document named by its number ("Appendix I", "Annex 2"), which the model reads as a
    place or a body, is no entity; a place named with such a word is."""
    rules = extract.Extractor("none")
    rules._load()
    start = text.index(surface)
    c = extract.Candidate(start, start + len(surface), label, "model", extra={"tags": ("NNP", "NNP")})
    assert (rules._finish(text, c) is not None) is kept


@pytest.mark.parametrize("text, surface, expected", [
    ("    (c) DIRECTS the Secretariat to convene a technical meeting", "DIRECTS the Secretariat", None),
    ("    (b) URGES the Lake Chad Basin Commission to act", "URGES the Lake Chad Basin Commission", "Lake Chad Basin Commission"),
    ("The session was opened by the Lake Chad Basin Commission.", "Lake Chad Basin Commission", "Lake Chad Basin Commission"),
])
def test_an_operative_verb_in_capitals_is_no_part_of_a_body(text, surface, expected):
    """A decision's operative verb in capitals that the model reads into a body ("DIRECTS the Secretariat")
    is cut off; what is left is the body's name, or no name when only a bare head is left."""
    rules = extract.Extractor("none")
    rules._load()
    start = text.index(surface)
    c = extract.Candidate(start, start + len(surface), "ORG", "model", extra={"tags": ("NNP",)})
    got = rules._finish(text, c)
    assert (None if got is None else text[got.start:got.end]) == expected
