"""The title ranker's inputs and policy (pipeline/segment_title_model.py): the candidates the
segment stage offers it, the model file it reads, and the rules standing when there is no model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.segment import segment, title_candidates, title_inputs
from pipeline.segment_title_model import TitleModel, choose_title_lines, read_title_model
from pipeline.segment_titles import opens_with_letter_formula, rule_title_lines

DATA = Path(__file__).parent / "data"
CASES = json.loads((DATA / "segment" / "cases.json").read_text(encoding="utf-8"))["cases"]
TITLE_CASES = [c for c in CASES if "title" in c]

#: Development documents of hard layouts (tests/data/dev, gold titles there), each title one the
#: rules missed at first contact: an official record's organ under its convention's name wrapped
#: beside "Distr.: General", a kind-of-paper label over a long heading, a heading wrapped one line
#: short, a press release number over the headline, a site's tagline over it.
HARD_TITLES = {
    "cmw_summary_record_senegal_initial_report_2024":
        "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "concept_note_cross_border_transhumance_dialogue_ndjamena_2024":
        "Regional High-Level Dialogue on Cross-Border Transhumance, Peace and Climate Adaptation in the Lake Chad "
        "Basin and Central Africa",
    "eu_central_asia_ministerial_joint_communique_samarkand_2022": "Joint Communiqué of the 18th EU-Central Asia Ministerial Meeting",
    "ghana_mfa_press_release_accra_initiative_ministerial_2025":
        "GHANA HOSTS MINISTERIAL MEETING OF THE ACCRA INITIATIVE ON COOPERATION AGAINST TERRORISM IN THE COASTAL STATES",
    "swiss_fdfa_cassis_visit_ghana_accra_2025": "Federal Councillor Cassis in Ghana: partnership on peace, migration and trade",
}

LETTERHEAD = (
    "AFRICA CENTRES FOR DISEASE CONTROL AND PREVENTION\n\n"
    "Mpox continental emergency: Africa CDC and partners agree joint response plan\n\n"
    "Addis Ababa, 5 September 2024 - Africa CDC and its partners agreed today on a plan.\n"
)

#: Line checks the rules gained over time, each a feature of the candidate named (text, candidate,
#: feature present, feature absent from the heading).
FEATURE_CASES = [
    ("unicef | for every child\n\nChildren in Gaza need water now, UNICEF says\n\nGaza, 3 May 2024 - Water is short.\n",
     "unicef | for every child", "logo_line"),
    ("Counter-terrorism and human rights in the Sahel\nSide event co-organized by the Permanent Missions of Mali and Niger\n\n"
     "New York, 3 May 2024 - The side event met.\n",
     "Side event co-organized by the Permanent Missions of Mali and Niger", "organizer_line"),
    ("From: Office of the Spokesperson\nSubject: Note to correspondents on the situation in Haiti\n\nThe Secretary-General is concerned.\n",
     "Note to correspondents on the situation in Haiti", "subject"),
    # a kind of paper standing first: a genre heading over what it is about (the title), a paper
    # written for an event over the event's heading, a kind of release over a news headline (labels)
    ("JOINT COMMUNIQUÉ\n\nMinisterial Meeting of the Lake Chad Basin Commission on Transhumance\n\n"
     "N'Djamena, 10 December 2024\n\nThe ministers met to review cooperation.\n", "JOINT COMMUNIQUÉ", "genre_first_over_other"),
    ("CONCEPT NOTE\n\nHigh-Level Event on Victims of Terrorism: Voices for Change\n\n14 May 2024, ECOSOC Chamber\n\n"
     "Background\n\nVictims of terrorism continue to suffer.\n", "CONCEPT NOTE", "event_paper_first"),
    ("JOINT STATEMENT\n\nSuspension of cash assistance leaves 600,000 people without food, warn 17 aid agencies\n\n"
     "Geneva, 3 May 2024 - The agencies warned today.\n", "JOINT STATEMENT", "genre_first_over_headline"),
    ("JOINT STATEMENT\n\nSuspension of cash assistance leaves 600,000 people without food, warn 17 aid agencies\n\n"
     "Geneva, 3 May 2024 - The agencies warned today.\n",
     "Suspension of cash assistance leaves 600,000 people without food, warn 17 aid agencies", "headline_under_genre_first"),
    # a programme's time slot is its body; a headline opening with a bracketed tag, standing first,
    # is the title with its tag; a short line naming a gathering under web furniture names the event
    ("PROVISIONAL PROGRAMME\n\nRegional Conference on Border Security in the Sahel\n\n09:30\tOpening of the conference\n\n"
     "The programme may change.\n", "09:30 Opening of the conference", "time_slot"),
    ("(Photo) Peacekeepers in Mali\n\n[PRESS RELEASE] UNOCT and Qatar sign new agreement\n\nText.\n",
     "(Photo) Peacekeepers in Mali", "tag_first"),
    ("Skip to main content\nSearch\n\nOSCE Counter-Terrorism Conference\n\nCountering the use of new technologies for "
     "terrorist purposes\n\nVienna, 25 April 2024\n\nThe Conference opened with remarks by the Secretary General.\n",
     "OSCE Counter-Terrorism Conference", "event_name"),
]

#: Lines the new features must not fire on (text, candidate, feature): a date in brackets opening a
#: dateline, an acronym in brackets running on in lower case, a session line naming a gathering
#: (a header line), a long headline ending with a gathering's word, a time slot naming a session.
FEATURE_NEGATIVES = [
    ("(7 February 2025) The Ombudsman issued an early warning.\n\nText.\n",
     "(7 February 2025) The Ombudsman issued an early warning.", "tag_first"),
    ("(EACJ) took the oath of office today\n\nText.\n", "(EACJ) took the oath of office today", "tag_first"),
    ("PLENARY SESSION\n\nParliament adopts its position on the budget\n\nText.\n", "PLENARY SESSION", "event_name"),
    ("Arab States set targets for school connectivity at regional forum\n\nThe forum closed today.\n",
     "Arab States set targets for school connectivity at regional forum", "event_name"),
    ("PROGRAMME\n\n09:30 - 10:15  Inaugural Session\n\nText.\n", "09:30 - 10:15 Inaugural Session", "event_name"),
    ("Regional Conference on Border Security\n\nText.\n", "Regional Conference on Border Security", "time_slot"),
]


@pytest.mark.parametrize("case", TITLE_CASES, ids=[c["label"] for c in TITLE_CASES])
def test_the_rules_choice_is_the_marked_candidate(case):
    """The candidate marked as the rules' choice has the very title segment() gives."""
    rule = [c for c in title_candidates(case["text"]) if c.rule]
    assert (rule[0].text if rule else None) == segment(case["text"], title_model="off").title == case["title"]


@pytest.mark.parametrize("stem", sorted(HARD_TITLES))
def test_hard_titles_are_candidates(stem):
    text = (DATA / "dev" / f"{stem}.txt").read_text(encoding="utf-8")
    cands = title_candidates(text)
    assert HARD_TITLES[stem] in [c.text for c in cands]
    assert sum(c.rule for c in cands) == 1


def test_features_of_a_letterhead_over_a_headline():
    cands = {c.text: c for c in title_candidates(LETTERHEAD)}
    letterhead = cands["AFRICA CENTRES FOR DISEASE CONTROL AND PREVENTION"]
    headline = cands["Mpox continental emergency: Africa CDC and partners agree joint response plan"]
    assert headline.rule and not letterhead.rule
    assert {"caps", "pos_0", "organisation_line", "caps_over_lower", "above_rule"} <= set(letterhead.features)
    assert {"rule_choice", "sentence_case", "prev_caps", "prev_organisation", "verb_like"} <= set(headline.features)
    assert "caps" not in headline.features and "rule_choice" not in letterhead.features


@pytest.mark.parametrize(("text", "candidate", "feature"), FEATURE_CASES, ids=[f for _, _, f in FEATURE_CASES])
def test_line_checks_of_the_rules_are_features(text, candidate, feature):
    cands = {c.text: c for c in title_candidates(text)}
    assert feature in cands[candidate].features
    others = [c for t, c in cands.items() if t != candidate and not any(ln in c.lines for ln in cands[candidate].lines)]
    assert others and all(feature not in c.features for c in others)


@pytest.mark.parametrize(("text", "candidate", "feature"), FEATURE_NEGATIVES, ids=[f"{f}-{c[:20]}" for _, c, f in FEATURE_NEGATIVES])
def test_line_checks_do_not_fire_on_look_alikes(text, candidate, feature):
    cands = {c.text: c for c in title_candidates(text)}
    assert feature not in cands[candidate].features


def test_model_file_names_its_features(tmp_path):
    path = tmp_path / "title_model.json"
    path.write_text(json.dumps({"features": ["rule_choice", "under_rule_caps"], "weights": [2.5, -1.0], "threshold": 0.8}))
    model = read_title_model(path)
    assert model is not None and model.weights == {"rule_choice": 2.5, "under_rule_caps": -1.0} and model.threshold == 0.8
    assert model.score({"rule_choice": 1.0, "unknown_feature": 1.0}) == 2.5


def test_model_file_with_two_variants(tmp_path):
    path = tmp_path / "title_model.json"
    path.write_text(json.dumps({
        "with_rules": {"features": ["rule_choice"], "weights": [3.0], "threshold": 0.9},
        "without_rules": {"features": ["caps"], "weights": [-1.0], "threshold": 0.99},
    }))
    assert read_title_model(path, "with_rules").weights == {"rule_choice": 3.0}
    assert read_title_model(path, "without_rules").threshold == 0.99
    with pytest.raises(KeyError):
        read_title_model(path, "neither")


def test_a_missing_model_file_means_rules(tmp_path):
    assert read_title_model(tmp_path / "absent.json") is None
    for case in TITLE_CASES[:50] + [{"text": LETTERHEAD}]:
        lines, drafts, layout = title_inputs(case["text"])
        assert choose_title_lines(case["text"], lines, drafts, layout, None) == rule_title_lines(lines, drafts, layout)


@pytest.mark.parametrize(("threshold", "title"), [
    (0.5, "AFRICA CENTRES FOR DISEASE CONTROL AND PREVENTION"),  # p = e^4 / (e^4 + 2) = 0.96
    (0.999, "Mpox continental emergency: Africa CDC and partners agree joint response plan"),  # below it: the rules' choice
])
def test_the_ranker_overrules_the_rules_only_above_its_threshold(threshold, title):
    model = TitleModel(weights={"caps": 4.0}, threshold=threshold)
    lines, drafts, layout = title_inputs(LETTERHEAD)
    chosen, start = choose_title_lines(LETTERHEAD, lines, drafts, layout, model)
    assert start is None and " ".join(ln.content for ln in chosen) == title
    probs = [p for p, _ in model.ranked(title_candidates(LETTERHEAD))]
    assert probs == sorted(probs, reverse=True) and abs(sum(probs) - 1.0) < 1e-9


# ---------------------------------------------------------------------------------------------
# The option (Config.title_model): by default the ranker that does not see the rules' choice,
# overruling it at the model file's threshold with another line only; "off", the rules' title
# exactly; the other policies, the package's model file as POLICIES says.
# ---------------------------------------------------------------------------------------------

DEV_TEXTS = sorted((DATA / "dev").glob("*.txt"))


def test_config_title_model_defaults_to_the_ranker_and_is_checked():
    from pipeline.config import DEFAULT_TITLE_MODEL, Config
    from pipeline.errors import UsageError

    assert Config().title_model == DEFAULT_TITLE_MODEL == "without_rules"
    assert Config(title_model="off").title_model == "off"
    with pytest.raises(UsageError):
        Config(title_model="on")


@pytest.mark.parametrize("path", DEV_TEXTS[::10], ids=lambda p: p.stem)
def test_option_off_is_the_rules_title(path):
    text = path.read_text(encoding="utf-8")
    rule = [c.text for c in title_candidates(text) if c.rule]
    assert segment(text, title_model="off").title == (rule[0] if rule else None)


@pytest.mark.parametrize("path", DEV_TEXTS[::7], ids=lambda p: p.stem)
def test_the_default_applies_the_package_model_with_another_line_only(path):
    """The default title is the ranker's best candidate when it reaches the model's threshold,
    shares no line with the rules' choice and is no letter's opening formula ("X presents his
    compliments and has the honour to invite"), else the rules' title; the rest of the output is the same."""
    from pipeline.segment_title_model import package_title_model

    text = path.read_text(encoding="utf-8")
    model = package_title_model("without_rules")
    assert model.apart and 0 < model.threshold < 1
    cands = title_candidates(text)
    rule = next((c for c in cands if c.rule), None)
    p, best = max(model.ranked(cands), key=lambda pc: pc[0], default=(0.0, None))
    takes = rule is not None and best is not None and p >= model.threshold and not set(map(id, best.lines)) & set(map(id, rule.lines)) \
        and not opens_with_letter_formula(best.text)
    on, off = segment(text), segment(text, title_model="off")
    assert on.title == (best.text if takes else off.title)
    assert on.date == off.date
    assert [b.text for b in on.blocks if b.type == "list_item"] == [b.text for b in off.blocks if b.type == "list_item"]
    assert all(text[b.start : b.end] == b.text for b in on.blocks)


def test_the_pipeline_hands_the_option_to_segment():
    import pipeline
    from pipeline.config import Config

    for path in DEV_TEXTS:
        text = pipeline.Pipeline(config=Config(model="none")).repair(path.read_bytes(), path=path.name).text
        if segment(text).title != segment(text, title_model="off").title:
            break
    else:
        pytest.fail("no development document where the ranker overrules the rules")
    raw = path.read_bytes()
    default = pipeline.Pipeline(config=Config(model="none")).extract(raw, path=path.name)
    off = pipeline.Pipeline(config=Config(model="none", title_model="off")).extract(raw, path=path.name)
    assert (default.title, off.title) == (segment(text).title, segment(text, title_model="off").title)


def test_the_best_candidate_policy_takes_the_rankers_choice_always():
    from pipeline.segment_title_model import package_title_model

    model = package_title_model("without_rules_best")
    assert model.threshold == 0 and not model.apart
    for path in DEV_TEXTS[::25]:
        text = path.read_text(encoding="utf-8")
        ranked = model.ranked(title_candidates(text))
        assert segment(text, title_model="without_rules_best").title == (ranked[0][1].text if ranked else None)
