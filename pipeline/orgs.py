"""Organizations by the form of their name, acronyms and the kind of a body: rules of the extract stage.

Used by :mod:`pipeline.extract` (the stage) and :mod:`pipeline.places`. What is here:

- :func:`org_kind`, the kind of a body from its name ("Ministry of Interior of Chad" ->
  ``government``), and the State a government body belongs to;
- names built like a body's ("Institute for Security Studies", "Liptako-Gourma Authority", "OSCE
  Secretariat"), added to the gazetteer matches as ``new:<name>`` entries (:func:`_with_org_names`),
  and where such a name ends (at a person's name, before a title);
- acronyms defined in the text ("Counter-Terrorism Committee Executive Directorate (CTED)"): the
  long form before them, and every later use of the acronym or the long form;
- whether a name is a document's, a plan's or an event's rather than a body's;
- what the document view does with organizations (one record per body, however it is written).

The words these rules decide with are data, in ``pipeline/data/lexicon.json``. Functions take what
they read (the text, a block, the candidates found so far, the gazetteer, the people rules). No
third-party library is imported here (spaCy enters through :mod:`pipeline.extract` only); this
module builds on :mod:`pipeline.candidates` and :mod:`pipeline.people` and never imports
:mod:`pipeline.extract` or :mod:`pipeline.places`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._data import lexicon, lexicon_set
from .candidates import Candidate, _alt
from .gazetteers import Entry, Gazetteer
from .models import Block
from .people import PeopleRules
from .people_tokens import _SALUTATIONS, HEADLINE_VERBS, ORG_KEYWORDS  # (a greeting's word, "Dear": no body's)


# Heads of event names the model likes to call ORG ("Quarterly Briefing", "Annual Meeting").
_EVENT_HEADS = lexicon_set("event_heads")

_PLURAL_PEOPLE = lexicon_set("plural_people")
# A head in the plural names a kind of body ("Counter-Terrorism Agencies", "National Committees")
_PLURAL_HEADS = lexicon_set("plural_heads")

_GENERIC_ORG_WORDS = lexicon_set("generic_org_words")

_ORG_HEAD = re.compile(r"\b(?:" + _alt("organization_head_words") + r")\b")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


# "(CTED)", "(ADMM-Plus)", and an acronym written with a word of its name ("(Africa CDC)", "(CSIRTs Americas)")
_ACRONYM_DEF = re.compile(r"\s?\(((?:[A-Z][a-z]+[ ])?[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9&\-]{0,9}(?:[ ](?:[A-Z][a-z]+|[IVX]{1,4}))?)\)")
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "your", "my"})
_ROMANCE_JOINERS = frozenset({"de", "del", "des", "du", "da", "do", "dos", "das", "della", "di", "para", "pour", "por", "per"})
_CONTINENT_NAMES = lexicon_set("continents")

# Head nouns that end an organization's name written in the usual form: those people_tokens.ORG_KEYWORDS holds too,
# and a few more ("Corps", "League", "Inspectorate").
_ORG_HEADS = lexicon_set("organization_heads") | lexicon_set("organization_heads_extra")
_ORG_JOINERS = lexicon_set("organization_joiners")
# Forms of address that open the next person's name ("Ms. X"): an organization's name never runs into one
_HONORIFIC_ABBREVIATIONS = lexicon_set("honorific_abbreviations")
# Abbreviated words whose full stop ends no name ("St. Elizabeth University of Health and Social Work")
_NAME_ABBREVIATIONS = lexicon_set("name_abbreviations")
# Before a name, these make it a common noun ("a Programme Office", "their Liaison Office").
_INDEFINITE = frozenset({"a", "an", "its", "their", "our", "his", "her", "your", "my", "each", "every", "any", "new",
                         "another", "this", "that", "these", "those", "such"})
_ORG_STOP = frozenset("""The A An Another This That These Those Several Many Some All Both Each Every Other Most Its Their His
    Her Our My Your Further Following Under During Since After Before While When Where Although However Moreover
    In On At For From By With As To Of And But Also Through Between Among Against Without Within Upon Into Such
    Dear Thank Thanks Today Yesterday Tomorrow Madam Mr Ms Mrs Dr Chair Chairman Chairperson President
    Member Members Representatives Delegates Participants Speakers""".split())
_NATIONAL = re.compile(r"^(?:" + _alt("national_heads") + r")\b|\bGovernment$|^(?:" + _alt("national_modifiers") + r")\b|"
                       r"\bPolice\b|\b(?:" + _alt("state_forces") + r")$")

# Words that name fighters, not a State's forces ("Sudan Liberation Army", "Rapid Support Forces")
_ARMED = re.compile(r"\b(?:" + _alt("armed_group_cues") + r")\b")
# The kind of a body the gazetteers do not know, from the words of its name (lexicon sections kind_*)
_KIND_UN = re.compile(r"\b(?:" + _alt("kind_un_cues") + r")\b")
_KIND_IGO_OPEN = re.compile(r"^(?:" + _alt("kind_intergovernmental_openers") + r")\b")
_KIND_REGIONAL = re.compile(r"^(?:" + _alt("kind_regional_openers") + r")\b(?! Republic)")
_KIND_IGO_WORDS = re.compile(r"\b(?:" + _alt("kind_intergovernmental_words") + r")\b")
_KIND_OTHER_ALWAYS = re.compile(r"(?<![\w-])(?:" + _alt("kind_other_always_words") + r")(?![\w-])")
_KIND_SHARED_WATERS = re.compile(r"\b(?:" + _alt("kind_shared_waters") + r")\b")
_KIND_OTHER = re.compile(r"\b(?:" + _alt("kind_civil_society_words") + r")\b")
_KIND_GOVERNMENT = re.compile(r"(?<![\w'’-])(?:" + _alt("kind_government_heads") + "|" + _alt("kind_national_words_other_languages")
                              + r")(?![\w'’-])")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_LOWER_GLUE = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})


def capitals_as_written(words: str, glue: frozenset[str] = _LOWER_GLUE) -> str:
    """A name written in capitals in the form a text writes it, so that patterns written for that form read it: each
    word capitalized, the joining words ``glue`` in lower case ("CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY" ->
    "Caribbean Disaster Emergency Management Agency"); whitespace runs as one space."""
    return " ".join(w.lower() if w.lower() in glue else w.capitalize() for w in words.split())


def _written_lower_elsewhere(text: str, words: list[str]) -> bool:
    """Whether every word of a would-be name (but its glue) stands in lower case elsewhere in the
    text: the words of a topic or a common noun ("defence policy", "allies"), not of a name."""
    content = [w for w in words if w.lower() not in _LOWER_GLUE]
    return bool(content) and all(w[:1].isupper() and not w.isupper() and re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)
                                 for w in content)


def _places_named_as_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A model place whose words are, elsewhere in the document, the name of an organization found by
    the rules or gazetteers is that organization ("the Polícia Judiciária shares reports" after "Head
    of Unit, Polícia Judiciária"); the model's own reading of the same words elsewhere decides nothing."""
    bodies = {" ".join(text[c.start:c.end].split()): c for c in cands if c.label == "ORG" and c.source != "model"}
    out = []
    for c in cands:
        body = bodies.get(" ".join(text[c.start:c.end].split())) if c.label == "LOCATION" and c.source == "model" else None
        out.append(c if body is None else replace(body, start=c.start, end=c.end, block=c.block, source=c.source))
    return out


_HEADLINE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "of", "for", "on", "in", "to", "at", "by", "as", "with",
                             "from", "into", "over", "against", "amid", "after", "that", "than", "its", "their"})


def _title_case_line(line: str) -> bool:
    """A headline written in title case: five or more words, every one capitalized but the small ones,
    one of which at least stands in lower case, and no figure ("Regional Security Organizations in
    Eurasia Can Complement United Nations Efforts against ..."; not "ECO Secretariat, No. 1 Golbou
    Alley, Kamranieh, Tehran", not a list of names)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    big = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    return len(big) >= 5 and not line.isupper() and all(w[:1].isupper() for w in big) \
        and any(w in _HEADLINE_SMALL for w in words) and not any(ch.isdigit() for ch in line)


def _headline_misreadings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """What the model reads as a body or a place inside a title-case headline, when no gazetteer knows
    it, no organization head word is in it and the text does not write it again elsewhere, is the
    headline's own words ("Discusses Coordination", "Complement United Nations Efforts", "Civic Space
    Persist", "Holds"): every word of a headline is capitalized, so capitals say nothing there."""
    out = []
    for c in cands:
        if c.source == "rule" and c.label == "ORG" and c.entry is not None and c.entry.id.startswith("new:") \
                and re.search(r"[ ]to[ ][A-Z]", text[c.start:c.end]) and "\n" not in text[c.start:c.end]:
            # "Government to Provide Humanitarian Assistance to Nepal Affected ...": a headline's "X to do Y"
            line_start = text.rfind("\n", 0, c.start) + 1
            line_end = text.find("\n", c.end)
            line_end = len(text) if line_end < 0 else line_end
            # (not in a table's row, whose cells a tab parts: "Ms. X<TAB>Director, Thematic Engagement, Special
            # Procedures and Right to Development Division<TAB>OHCHR")
            if _title_case_line(text[line_start:line_end]) and "\t" not in text[line_start:line_end].strip() \
                    and text[c.start:c.end] not in text[:line_start] + text[line_end:]:
                continue
        if c.source == "model" and c.label in ("ORG", "LOCATION", "PLACE") and c.entry is None:
            line_start = text.rfind("\n", 0, c.start) + 1
            line_end = text.find("\n", c.end)
            line_end = len(text) if line_end < 0 else line_end
            surface = text[c.start:c.end]
            words = surface.split()
            if "\n" not in surface and _title_case_line(text[line_start:line_end]) \
                    and not any(re.sub(r"(?:['’]s|\.)$", "", w) in _ORG_HEADS for w in words) \
                    and surface not in text[:line_start] + text[line_end:]:
                continue
        out.append(c)
    return out


_ORDINAL = re.compile(r"(?:(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)-)?(?:[Ff]irst|[Ss]econd|"
                      r"[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|"
                      r"[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|"
                      r"[Tt]wentieth|[Tt]hirtieth|[Ff]ortieth|[Ff]iftieth|[Ss]ixtieth|[Ss]eventieth|[Ee]ightieth|[Nn]inetieth)"
                      r"[ ]+|\d+(?:st|nd|rd|th)[ ]+")


# An ordinal and a body's bare head ("the Fifth Assembly", "the Eleventh Parliament"): a term or a session
_ORDINAL_TERM = re.compile(r"(?:" + _ORDINAL.pattern + r")(?:" + _alt("term_heads") + r")")

# "Second Middle East Division", "Third Infantry Brigade": a unit numbered by its name, no session
_NUMBERED_UNIT_HEADS = lexicon_set("numbered_unit_heads")


def _sessions_of_known_bodies(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A body's name after an ordinal is a session of that body, a mention of the body itself ("the
    Seventy-eighth World Health Assembly", "the 57th Human Rights Council"): the ordinal is left out of
    the mention. Not when the ordinal and one word are the name ("Second Committee", "Sixth Committee"),
    nor when the gazetteers know the whole."""
    out = []
    for c in cands:
        known_whole = c.entry is not None and not c.entry.id.startswith("new:")
        m = _ORDINAL.match(text, c.start, c.end) if c.label == "ORG" and not known_whole else None
        rest = " ".join(text[m.end():c.end].split()) if m else ""
        known = gazetteer.lookup(rest) if rest else None
        if known is not None and known.label == "ORG":
            c = replace(c, start=m.end(), entry=known, canonical=known.name, acronym=known.acronym, kind=known.kind)
        elif known is None and len(rest.split()) >= 2 and rest[:1].isupper() and any(w in _ORG_HEADS for w in rest.split()) \
                and re.split(r"[ ](?:of|for|on)[ ]", rest)[0].split()[-1] not in _NUMBERED_UNIT_HEADS:
            # (the unit's own head, before its field: "Seventh Criminal Court of First Instance")
            kind = org_kind(rest, gazetteer)
            c = replace(c, start=m.end(), entry=Entry(id=f"new:{rest}", label="ORG", name=rest, kind=kind),
                        canonical=rest, kind=kind, acronym=None)
        out.append(c)
    return out


# "Sudan Virus Disease (SVD)", "Crimean-Congo Haemorrhagic Fever": a disease's name, never a body's
_DISEASE_TAIL = re.compile(r"(?<![\w-])(?:" + _alt("disease_heads") + r")$")
# "10:00 EAT", "14.30 CET": a time zone after a time of day, never a body
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?:[ ]?(?:[AaPp]\.?[Mm]\.?))?[ ]*(?:\(?)$")
# "the Pro Tempore Presidency of Panama": a group's chair held in turn by a State is an office, no body
_HELD_IN_TURN = re.compile(r"(?<![\w-])(?:" + _alt("offices_held_in_turn") + r")(?![\w-])", re.IGNORECASE)
_POSTNOMINAL_LETTERS = frozenset(w.replace(".", "") for w in lexicon_set("postnominals"))


def _not_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names the model or the acronym rules took for bodies that are a disease ("Sudan Virus Disease",
    with every "SVD" that stands for it), a time zone after a time of day ("10:00 EAT") or a group's
    chair held in turn by a State ("the Pro Tempore Presidency of Panama"), nor a greeting ("Dear Ilana,"); nor is a
    name's post-nominal letters written with dots after a comma a place ("Mia Amor Mottley, S.C., M.P.")."""
    out = []
    for c in cands:
        if c.label == "LOCATION" and c.source == "model" and c.entry is None and text[max(0, c.start - 2):c.start] == ", " \
                and "." in text[c.start:c.end + 1] and text[c.start:c.end].replace(".", "") in _POSTNOMINAL_LETTERS:
            continue
        if c.label in ("ORG", "LOCATION") and (c.entry is None or c.entry.id.startswith("new:")) \
                and (text[c.start:c.end].split() or [""])[0].capitalize() in _SALUTATIONS:
            continue  # "Dear Shanika,": a greeting
        if c.label == "ORG" and (c.entry is None or c.entry.id.startswith("new:")):
            name = " ".join((c.canonical or text[c.start:c.end]).split())
            if _DISEASE_TAIL.search(name) or _HELD_IN_TURN.search(name) or c.source == "model" and re.fullmatch(r"[A-Z]{2,5}", text[c.start:c.end]) \
                    and _CLOCK_BEFORE.search(text, max(0, c.start - 14), c.start):
                continue
        out.append(c)
    return out


_OWNER_FIRST = re.compile(r"([A-Z][\w-]*)['’]s[ ]+(?=[A-Z])")


def _owners_left_out(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A body the model read with its owner's possessive in front is the body without it: "the
    Organisation's Regional Anti-Terrorist Structure", "the Council's Working Group" (the owner is a body
    named by its head word, written elsewhere in full)."""
    out = []
    for c in cands:
        m = _OWNER_FIRST.match(text, c.start, c.end) if c.label == "ORG" and c.source == "model" and (
            c.entry is None or c.entry.id.startswith("new:")) else None
        rest = " ".join(text[m.end():c.end].split()) if m else ""
        if m and m.group(1) in _ORG_HEADS and len(rest.split()) >= 2:
            known = gazetteer.lookup(rest)
            if known is None or known.label == "ORG":
                entry = known or Entry(id=f"new:{rest}", label="ORG", name=rest, kind=org_kind(rest, gazetteer))
                c = replace(c, start=m.end(), entry=entry, canonical=entry.name, kind=entry.kind, acronym=entry.acronym)
        out.append(c)
    return out


# "Malawi - $7 million", "Bamako - 4 April", "cash of AFN 25,000": a name with an amount or a date
# after a dash, or a currency code with its amount, is a line of figures or a dateline, never a body
_FIGURE_AFTER_DASH = re.compile(r"^(.*?\S)[ ]+[-–—][ ]*(?:[$€£]|\d)")
_AMOUNT = re.compile(r"^[A-Z]{3}[ ]\d[\d,.]*$")
# "Chad - Floods", "Philippines - Tropical Depression": a flash update's heading, a State or a place and the event
_EVENT_AFTER_DASH = re.compile(r"^(.*?\S)[ ]+[-–—][ ]+([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2})$")


def _figures_read_as_bodies(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A model body that is a name, a dash and a figure ("Malawi - $7 million", "BAMAKO - 4 April") or an
    event ("Chad - Floods") is the name alone when the gazetteers know it as a State or a place, and
    nothing otherwise; a currency code
    with its amount ("AFN 25,000") is no body."""
    out = []
    for c in cands:
        if c.label == "ORG" and c.source == "model" and (c.entry is None or c.entry.id.startswith("new:")):
            surface = text[c.start:c.end]
            if _AMOUNT.match(surface):
                continue
            m = _FIGURE_AFTER_DASH.match(surface) or _EVENT_AFTER_DASH.match(surface)
            if m and m.re is _EVENT_AFTER_DASH and any(w.strip(".,") in _ORG_HEADS or _is_acronym(w) for w in m.group(2).split()):
                m = None  # "Sudan - Joint Border Commission": a body after the dash
            if m:
                known = gazetteer.lookup(m.group(1))
                if known is not None and known.label in ("COUNTRY", "LOCATION"):
                    out.append(replace(c, end=c.start + len(m.group(1)), label=known.label, entry=known,
                                       canonical=known.name, kind=None, acronym=None))
                    continue
                if m.re is _FIGURE_AFTER_DASH:
                    continue
        out.append(c)
    return out


# (the cue reaches every name of a list it opens: "the departments of Bignona and Ziguinchor")
_UNKNOWN_PLACE_CUE = re.compile(r"(?<![\w-])(?:" + _alt("place_cues_before_unknown_names") + r")[ ]+(?:the[ ]+)?"
                                r"(?:[A-Z][\w'’-]*(?:[ ](?:de|del|la|el|[A-Z][\w'’-]*))*(?:,[ ]+|[ ]+and[ ]+))*$")
# a name in a list, next to a place: "in Bar, Ulcinj and Plav"
_LIST_JOIN_AFTER = re.compile(r"(?:,[ ]+(?:and[ ]+)?|[ ]+(?:and|or)[ ]+)")
_LIST_JOIN_BEFORE = re.compile(r"(?:,[ ]+(?:and[ ]+)?|[ ]+(?:and|or)[ ]+)$")
_PLACE_NOUN_NEXT = re.compile(r"[ ]+(?:" + _alt("place_nouns_after") + r"|waterfront|outskirts|crossing point)\b(?![ ]+(?:of|for)\b)")
# "Mia Milia/Haspolat", "Louroujina/Akincilar": a crossing named in two languages
_TWO_NAMES = re.compile(r"[A-Z][^\W\d_]*[a-z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*/[A-Z][^\W\d_]*[a-z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*")


_STREET = re.compile(r"^(?:" + _alt("street_words") + r")[ ]|[ ](?:" + _alt("street_words") + r")$")


def _places_read_as_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the model alone read as a body, that no gazetteer knows and that has no word of a body's
    name, is a place when the text writes it as one: the place visited, crossed at, rebuilt or governed
    ("visited Hagadera", "crossing at Spin Boldak", "the village of Donja Jablanica", "the Governor of
    Arauca"), a name before a place's noun ("the Huaquillas-Aguas Verdes area", "the Nikopol waterfront")
    or a crossing named in two languages ("Mia Milia/Haspolat"), and a name a list joins to a place ("in Bar, Ulcinj
    and Plav", the cue reaching every name of the list it opens); so is a street ("Avenue des Ronds-Points"), and
    an address with its number is no entity ("Rue de la Loi 175")."""
    place_starts = {c.start for c in cands if c.label in ("LOCATION", "COUNTRY")}
    place_ends = {c.end for c in cands if c.label in ("LOCATION", "COUNTRY")}
    out = []
    for c in cands:
        if c.label == "ORG" and c.source == "model" and (c.entry is None or c.entry.id.startswith("new:")):
            surface = " ".join(text[c.start:c.end].split())
            words = surface.split()
            after = _LIST_JOIN_AFTER.match(text, c.end)
            before = _LIST_JOIN_BEFORE.search(text, max(0, c.start - 6), c.start)
            # (a list, closed by "and" or "or" on one side: not "Speaking for France, Jérôme Bonnafont said")
            listed_with_place = "." not in surface and ((after is not None and after.end() in place_starts)
                                                        or (before is not None and before.start() in place_ends)) \
                and any(m is not None and re.search(r"\b(?:and|or)\b", m.group()) for m in (after, before))
            bodylike = (any(w.strip("()") in _ORG_HEADS or w in ORG_KEYWORDS for w in words) or _ORG_HEAD.search(surface)
                        or _ARMED.search(surface) or any(_is_acronym(w) for w in words))
            line_start = text.rfind("\n", 0, c.start) + 1
            if _STREET.search(surface) and not bodylike:
                if any(ch.isdigit() for ch in surface):
                    continue  # "Rue de la Loi 175 - B-1048": an address
                c = replace(c, label="LOCATION", entry=None, canonical=surface, kind=None, acronym=None)
            elif not bodylike and "\n" not in text[c.start:c.end] and (
                    _UNKNOWN_PLACE_CUE.search(text, max(line_start, c.start - 80), c.start) or listed_with_place
                    or _PLACE_NOUN_NEXT.match(text, c.end) or _TWO_NAMES.fullmatch(surface)):
                c = replace(c, label="LOCATION", entry=None, canonical=surface, kind=None, acronym=None)
        out.append(c)
    return out


def _one_reading_of_a_place(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """A name the model reads as a place at one mention and as a body at another ("visits Dutch troops in Rukla",
    "At Rukla the minister was briefed") is one place, when no gazetteer knows it and no word of it is a body's
    ("Rukla" is no body; "UNICEF", "Geneva Call", "Commonwealth" are not read so)."""
    places = {" ".join(text[c.start:c.end].split()) for c in cands
              if c.source == "model" and c.label in ("PLACE", "LOCATION") and c.entry is None}
    out = []
    for c in cands:
        if c.label == "ORG" and c.source == "model" and c.entry is None:
            surface = " ".join(text[c.start:c.end].split())
            words = surface.split()
            if surface in places and len(words) <= 2 and gazetteer.lookup(surface) is None \
                    and not (any(w.strip("()") in _ORG_HEADS or w in ORG_KEYWORDS for w in words) or _ORG_HEAD.search(surface)
                             or _ARMED.search(surface) or any(_is_acronym(w) for w in words)):
                c = replace(c, label="LOCATION", canonical=surface, kind=None, acronym=None)
        out.append(c)
    return out


def _model_readings_revised(text: str, cands: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """The model's bodies and places, revised with the whole document in view (see the rules used)."""
    cands = _places_read_as_bodies(text, _figures_read_as_bodies(text, _not_bodies(text, _headline_misreadings(text, cands)), gazetteer))
    cands = _one_reading_of_a_place(text, cands, gazetteer)
    return _owners_left_out(text, _sessions_of_known_bodies(text, cands, gazetteer), gazetteer)


# a list may wrap onto the next line of a hard-wrapped paragraph ("the Organ on Politics,\n   Defence and Security
# Cooperation"), never over a blank line
_WS = r"(?:[ ]|[ ]?\n[ \t]*)"
_CAP = rf"[A-Z][\w'’-]*(?:{_WS}[A-Z][\w'’-]*){{0,2}}"
# the last field may hold a joiner and run to four words ("... and Right to Development Division",
# "... and Finance Affairs Standing Committee"); a ministry's last portfolio may open with "the" ("Ministry of
# Information, Communications and the Digital Economy")
_CAP_LAST = rf"[A-Z][\w'’-]*(?:{_WS}(?:(?:to|of|for|on){_WS})?[A-Z][\w'’-]*){{0,3}}"
_PORTFOLIO_LIST = re.compile(rf"(?<![\w-])(?:((?:Ministry|Ministries|Department)[ ](?:of|for)[ ](?:the[ ])?)|(?<!of[ ])(?<!for[ ])(?=[A-Z]))"
                             rf"{_CAP}(?:,{_WS}{_CAP})+,?{_WS}(?:and|&){_WS}(?(1)(?:the{_WS})?){_CAP_LAST}")
# "Working Group on Extractive Industries, Environment and Human Rights Violations", "Commission for Truth,
# Reconciliation and Healing", "Secretariat for Children, Adolescents and the Family" (also "against": "Commission
# against Racism, Discrimination and Intolerance"): any body's field written as a list with commas, closed by "and", is its name's end
_FIELD_LIST = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(lexicon_set("organization_heads") | lexicon_set("organization_heads_extra")))
                         + rf"){_WS}(?:on|of|for|against){_WS}(?:the{_WS})?([A-Z][\w'’-]*(?:{_WS}(?:(?:in|of|for|to){_WS})?[A-Z][\w'’-]*){{0,3}}"
                         rf"(?:,{_WS}{_CAP})+,?{_WS}(?:and|&){_WS}(?:the{_WS})?{_CAP}(?:{_WS}(?:and|&){_WS}{_CAP})?)(?![\w'’-]|[ ][A-Z])")
# the items of such a list
_LIST_ITEM_SEP = re.compile(r",\s+|\s+(?:and|&)\s+")

# Words that open a national body's name around a known body's name ("National Security Council")
_NATIONAL_OPENERS = lexicon_set("national_modifiers") | lexicon_set("national_openers_extra")
# Heads of a field presence named after the State it works in ("... Mission in Ukraine")
_MISSION_WORDS = lexicon_set("field_operation_heads")
_POSTED_HEADS = lexicon_set("posted_office_heads")
# a body's name opening a signature block's line ("Secretariat of ...", "Ministry of ...") under a short line ending a name
_LINE_OPENING_BODY = re.compile(r"(?:" + _alt("line_opening_body_heads") + r")")
_FIELD_PRESENCE_IN = re.compile(r"\b(?:" + "|".join(sorted(_MISSION_WORDS)) + r") (?:in|to) ")
_NATIONAL_OPENING = re.compile(r"(?:" + _alt("national_modifiers") + r")\b")
_MISSION_TO = re.compile(r"^(?:" + _alt("mission_heads") + r") of (?:the )?(.+?)(?: (?:to|in|at) (.+))?$")
# "Permanent Mission to the United Nations" under a State's name in a letterhead: the State's mission, named without it
_MISSION_TO_BODY = re.compile(r"^(?:" + _alt("mission_heads") + r") to (?:the )?[A-Z]")
# "Arakan Army", "Kachin Independence Army": an army named after no State is an armed group
_ARMY = re.compile(r"\bArmy$")


def org_kind(name: str, gazetteer: Gazetteer | None = None) -> str:
    """The kind of an organization known only by its name.

    ``un_entity`` for "United Nations ..."/"UN ...", bodies of known UN bodies and UN pooled funds
    and panels ("Somalia Humanitarian Fund", "Panel of Experts"); ``intergovernmental`` for groups
    and alliances of States ("Group of Friends of ...", "Alliance of Sahel States") and bodies of
    known intergovernmental bodies; ``armed_group`` for liberation armies, militias, brigades and
    armies named after no State ("Arakan Army"); ``government`` for ministries, governments,
    presidencies, national bodies ("National Counter Terrorism Authority", "Anti-Money Laundering
    Council", "Polícia Judiciária"), armed forces and police, and bodies named after a State or with
    a State's adjective ("Anti-Terrorism Council of the Philippines", "Tunisian Ministry of Foreign
    Affairs"); ``other`` for research bodies, universities, foundations, Red Cross and Red Crescent
    societies, and anything else.
    """
    if name.isupper() and len(name.split()) > 1:  # a letterhead: "CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY"
        name = capitals_as_written(name)
    if name.startswith(("United Nations ", "UN ")) or "Secretary-General" in name:
        return "un_entity"
    if _KIND_UN.search(name):
        return "un_entity"
    if _KIND_IGO_OPEN.match(name):
        return "intergovernmental"
    if _KIND_OTHER_ALWAYS.search(name):
        return "other"  # "National University of Laos", "Christian Council of Lesotho"
    if _KIND_SHARED_WATERS.search(name):
        return "intergovernmental"  # "Niger Basin Authority": the States along a river
    if _NUMBERED_GROUP.fullmatch(name.split()[0]) and len(name.split()) > 1:
        return "intergovernmental"  # "D-8 Council of Ministers": a body of a group of States named by its number
    national = bool(_NATIONAL.search(name))
    mission = _MISSION_TO.match(name)
    if gazetteer is not None and mission and (entry := gazetteer.lookup(mission.group(1))) is not None \
            and entry.label == "COUNTRY":
        return "government"  # "Mission of Ukraine to NATO", "Embassy of Japan in Kenya"
    if _MISSION_TO_BODY.match(name) and name.startswith("Permanent Mission "):
        return "government"  # "Permanent Mission to the United Nations" under a State's name: only States keep one
    if not national and _KIND_OTHER.search(name):
        return "other"
    core = re.sub(r"\s+to the United Nations$", "", name)
    if gazetteer is not None:
        # "Delegation of the European Union", "Office of the United Nations Resident Coordinator":
        # a body of a known body is of its kind
        for m in re.finditer(r"\b(?:of|for)\s+(?:the\s+)?(?=[A-Z])", core):
            tail = core[m.end():]
            for n in range(len(tail.split()), 0, -1):
                entry = gazetteer.lookup(" ".join(tail.split()[:n]))
                if entry is not None and entry.label == "ORG" and entry.kind in ("un_entity", "intergovernmental"):
                    return entry.kind
                if entry is not None:
                    break
    if gazetteer is not None:
        words = name.split()
        for n in (3, 2, 1):  # "SADC Mission in Mozambique": a body of a known body is of its kind
            entry = gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
            if entry is not None and entry.label == "ORG" and entry.kind in ("un_entity", "intergovernmental"):
                return entry.kind
            if entry is not None and entry.label == "COUNTRY":
                return "government"  # "Rwanda Security Forces"
    if _ARMED.search(name):
        return "armed_group"
    if _KIND_REGIONAL.match(name) and (gazetteer is None or _state_in_name(gazetteer, name) is None):
        return "intergovernmental"  # "Eastern Africa Police Chiefs Cooperation Organization"
    if _FIELD_PRESENCE_IN.search(name) and not _NATIONAL.search(name):
        return "intergovernmental"  # "Human Rights Monitoring Mission in Ukraine": a presence in a State, not its own
    state = gazetteer is not None and (_state_in_name(gazetteer, name) is not None
                                       or name.split()[0] in gazetteer.demonyms)
    if _ARMY.search(name) and not state and not _NATIONAL_OPENING.match(name):
        return "armed_group"
    if national or state:
        return "government"
    if _KIND_GOVERNMENT.search(name):
        return "government"
    if _KIND_IGO_WORDS.search(name):
        return "intergovernmental"
    return "other"


def _state_in_name(gazetteer: Gazetteer, name: str) -> str | None:
    """ISO code of the State a body's name opens or ends with ("U.S. Department of State",
    "Financial Monitoring Agency of Kazakhstan")."""
    words = name.split()
    for n in (3, 2, 1):
        entry = gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
        if entry is not None and entry.label == "COUNTRY":
            return entry.code
    for m in re.finditer(r"\b(?:of|in)\s+(?:the\s+)?(?=[A-Z])", name):
        rest = name[m.end():].strip()
        # "Embassy of Brazil in Nairobi", "Permanent Mission of Ghana to the United Nations": the State
        # before where the body sits or what it is accredited to
        for part in (rest, re.split(r"\s(?:in|to|at)\s", rest)[0]):
            entry = gazetteer.lookup(part)
            if entry is not None and entry.label == "COUNTRY":
                return entry.code
    return None


def _represented_state(gazetteer: Gazetteer, name: str) -> str | None:
    """The State a government body a person works for belongs to: the one its name opens or ends with,
    also after a Romance "de"/"do"/"da"/"du" ("Polícia Nacional de Timor-Leste"). "Korea" opening an
    agency's name ("Korea International Cooperation Agency") is the Republic of Korea, as the names of
    its agencies write it (those of the other Korean State say "DPR Korea" or "Korean")."""
    code = _state_in_name(gazetteer, name)
    if code is not None:
        return code
    m = re.search(r"\s(?:de|do|da|du|des|del)\s+(?:la\s+|l'|l’)?(?=[A-Z])", name)
    if m is not None:
        entry = gazetteer.lookup(name[m.end():].strip())
        if entry is not None and entry.label == "COUNTRY":
            return entry.code
    if name.split()[0] == "Korea" and len(name.split()) > 1:
        entry = gazetteer.lookup("Republic of Korea")
        return entry.code if entry is not None else None
    return None


# Words that with a head make a kind of body, not a name ("Working Group", "Task Force", "Civil Society")
_GENERIC_MODIFIERS = lexicon_set("generic_modifiers")
# "Paris Agreement", "Monterrey Consensus": a name ending so is a document's, not a body's
_DOCUMENT_TAILS = lexicon_set("document_tails")
# "Treaty on the Prohibition of Nuclear Weapons": what follows the head and its preposition is the title's subject
_DOCUMENT_BEFORE = re.compile(r"\b(?:(?:" + _alt("document_heads_before") + r")\s+(?:on|to|for|against|relating to|concerning)"
                              r"\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,4}(?:of|on|against|for)\s+(?:the\s+)?)?"
                              r"|(?:" + _alt("event_heads_before") + r")\s+(?:on|against)\s+(?:the\s+)?)$")
# "United Nations Convention on the Law of the Sea": a document's head and its preposition inside a name
_DOCUMENT_HEAD_INSIDE = re.compile(r"\b(?:" + _alt("document_heads_before") + r")\s+(?:on|to|for|against|relating to|concerning)\s")
# "the Beijing Declaration", "the Paris Agreement": a place's name opening a document's
_DOCUMENT_WORD_AFTER = re.compile(r"[ ](?:" + _alt("document_tails") + "|" + _alt("document_heads_before") + r")\b")
# "Abidjan Legacy Programme", "Deep Blue Project": a line of work, not a body
_WORK_HEADS = lexicon_set("work_heads")
# "the Early Warnings for All initiative": a name followed by a lower-case noun of work names that work
_WORK_NOUN_AFTER = re.compile(r"(?:[ ](?:for|of|on|and|to|the|[A-Z][\w'’-]*)){0,3}[’'”\"]?\s+(?:"
                              + _alt("work_nouns_after") + r")\b")


def _document_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names a document or is part of a document's title: it ends on a
    document's word ("Paris Agreement", "African Common Position") or follows a document's head and its
    preposition ("the Treaty on the Prohibition of Nuclear Weapons", "Convention to Combat Desertification")."""
    words = [w.strip(",.;:'’") for w in text[start:end].split()]
    if words and words[-1] in _DOCUMENT_TAILS \
            and not any(w in _ORG_HEADS and w not in _WORK_HEADS for w in words[:-1]):
        return True  # but "Alliance for International Medical Action" is a body's name
    if len(words) >= 2 and words[-1] in _DOCUMENT_TAILS and re.sub(r"['’]s$", "", words[-2]) in _ORG_HEADS:
        return True  # "the Special Prosecutor's Office Act": a law named after the body it sets up
    inside = _DOCUMENT_HEAD_INSIDE.search(" ".join(words))
    if inside and not any(w in _ORG_HEADS and w not in _WORK_HEADS for w in " ".join(words)[:inside.start()].split()):
        return True  # "United Nations Convention on the Law of the Sea", but "Secretariat of the Convention on ..."
    return bool(_DOCUMENT_BEFORE.search(text[max(0, start - 80):start]))


def _opens_longer_name(text: str, word: str) -> bool:
    """True when ``word`` is written elsewhere in ``text`` as the first word of a body's name ("Ittifoq"
    after "Ittifoq Youth Centre"): a short name of that body."""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"((?:[ ][A-Z][\w'’-]*){1,4})", text):
        if any(w in _ORG_HEADS for w in m.group(1).split()):
            return True
    return False


def _heads_longer_name(text: str, word: str) -> bool:
    """True when ``word`` is written elsewhere in ``text`` as the head of a longer capitalized name, after
    its other words ("Facility" after "Pacific Resilience Facility", "Community" in "Economic Community of
    Central African States"): on its own it is the bare head noun, which stands for that body and is no
    name of it."""
    for m in re.finditer(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ ]){1,5})" + re.escape(word) + r"(?![\w'’-])", text):
        if any(w not in _ORG_STOP and w not in ("The", "A", "An", "This", "That", "Its", "Our") for w in m.group(1).split()):
            return True
    return False


_TOPIC_WORDS = lexicon_set("topic_words")
# A State's legislature by its usual name, generic in form ("the National Assembly"): a body, not a kind of body
_LEGISLATURES = lexicon_set("legislature_names")
# Organs many bodies have, known to the gazetteers as the United Nations' ("General Assembly")
_ORGANS_OF_MANY_BODIES = lexicon_set("organs_of_many_bodies")


def _only_topic_words(words: list[str]) -> bool:
    """True when a name is made of a news site's subject words only ("Climate and Environment", "Health",
    "Peace and Security"): a section's heading, no body."""
    words = [w for w in words if w not in ("and", "&")]
    return bool(words) and all(w in _TOPIC_WORDS for w in words)


def _only_work_heads(surface: str) -> bool:
    """True when every head word of a name found by its form is a programme's, project's or platform's."""
    words = [re.sub(r"(?:['’]s|\.)$", "", w) for w in surface.split()]
    heads = [w for w in words if w in _ORG_HEADS]
    return bool(heads) and all(w in _WORK_HEADS for w in heads)


# Days and months: "on Thursday", "in March" after a name close it
_CALENDAR_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                            "June July August September October November December".split())


def _org_name_spans(text: str, places: set[int] = frozenset(), role_words: frozenset[str] = frozenset(),
                    in_places: set[int] = frozenset(), bodies: set[int] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every organization name written in the usual form (see ``_with_org_names``).
    ``places``: where a State's or a place's name starts; ``in_places``: every offset inside one;
    ``bodies``: where a known body's name starts."""
    words = list(re.finditer(r"[^\s,;:()\[\]\"“”]+", text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        # a run of capitalized words with joiners between them, on one line or wrapped
        j = i
        run: list[int] = []
        while j < len(words):
            w = words[j].group()
            if j > i and "\n\n" in text[words[j - 1].end():words[j].start()]:
                break
            gap = text[words[j - 1].end():words[j].start()] if j > i else ""
            if j > i and (gap.strip() or "\t" in gap or ("\n" not in gap and len(gap) >= 3)):
                break  # punctuation or a table cell boundary between the words
            if run and "\n" in gap and w == words[run[0]].group() and _org_word(words[j - 1].group()):
                break  # "Permanent Mission of Ireland to the United Nations / Permanent Mission of ...": one name a line
            if run and "\n" in gap and re.match(r"[ ]{2,}|\t", text[words[j].end():]):
                break  # "... Ministry of Cities\nEgypt            Mr. X": a table's next row opens with its first cell
            if run and "\n" in gap and _org_word(words[j - 1].group()) and _LINE_OPENING_BODY.match(text, words[j].start()) \
                    and _short_signature_line(text, words[run[0]].start(), words[j - 1].end()):
                break  # "Head, Unit of Border Waters\nMinistry of Foreign Affairs of ...": a block's lines, one body a line
            if j > i and w.rstrip(".") in _HONORIFIC_ABBREVIATIONS:
                break  # the next person ("... Armed Conflict\n    Ms. X")
            if _org_word(w) and _NUMBERED_GROUP.fullmatch(w) and not (
                    j + 1 < len(words) and text[words[j].end():words[j + 1].start()] == " " and _org_word(words[j + 1].group())):
                break  # "the Presidency of the G20": a group of States named by its number only opens a name ("D-8 Secretariat")
            if _org_word(w):
                run.append(j)
                j += 1
                if w.endswith((".", "'s", "’s")) and not re.fullmatch(r"(?:[A-Z]\.){2,}", w) \
                        and not _possessive_inside_name(text, words, j - 1, places) \
                        and not (w in _NAME_ABBREVIATIONS and j < len(words) and words[j].group()[:1].isupper()
                                 and text[words[j - 1].end():words[j].start()] == " "):
                    break  # a sentence's end or a possessive; "U.S." and "St. Elizabeth University" go on
                continue
            if run and w == "in" and j + 1 < len(words) and words[j + 1].start() not in places \
                    and words[j + 1].group() not in ("the", "The") and words[j + 1].group().strip(".,;:") not in _CALENDAR_WORDS:
                j += 1  # "Group of Friends in Defence of ...", but not "Office in Doha"
                continue
            if run and w in ("in", "to") and j + 1 < len(words) and words[j - 1].group() in _MISSION_WORDS \
                    and (words[j + 1].start() in places or words[j + 1].group() == "the" and j + 2 < len(words)
                         and words[j + 2].start() in places):
                j += 1  # "Human Rights Monitoring Mission in Ukraine", "Mission to the Sudan": the State is in the name
                continue
            if run and w == "in" and len(run) >= 2 and j + 1 < len(words) \
                    and any(words[k].group() in _POSTED_HEADS or words[k].group() in _MISSION_WORDS
                            and any(words[x].group() == "to" for x in range(k, j)) for k in run) \
                    and (words[j + 1].start() in places or words[j + 1].group() == "the" and j + 2 < len(words)
                         and words[j + 2].start() in places and words[j + 2].group()[:1].isupper()):
                j += 1  # "Embassy of Kenya in Riyadh", "Council of Europe Office in Chișinău": where it sits is in the name
                # (a mission's too, written after what it is to: "Permanent Mission to the International Organizations
                # in Vienna"; not "Permanent Mission of Ghana in Geneva")
                if words[j].group() == "the":  # ("Embassy of the People's Republic of China in the Federal Democratic
                    j += 1  # Republic of Nepal")
                continue
            if run and w == "under" and j + 2 < len(words) and words[j + 1].group() == "the" \
                    and words[j + 2].group() in _UNDER_HEADS and words[j - 1].group()[:1].isupper():
                j += 1  # "Committee of Emergency Situations and Civil Defence under the Government of the Republic of
                continue  # Tajikistan", "Agency ... under the President of ...": the body it answers to is in its name
            if run and w == "with" and (words[j - 1].group() in _PEOPLE_WITH or words[j - 1].group() in _PLURAL_PEOPLE) \
                    and j + 1 < len(words) and text[words[j].end():words[j + 1].start()] == " " \
                    and _org_word(words[j + 1].group()) and words[j + 1].start() not in places:
                j += 1  # "General Agency for Development of Persons with Disabilities", "Network of People Living with HIV":
                continue  # the people a body serves, named with what they live with, are its field
            if run and w in _ORG_JOINERS and j + 1 < len(words) and words[j + 1].group().strip(".,;:") in _CALENDAR_WORDS:
                break  # "the Accra International Conference Centre on Thursday": a date follows, not the name
            if run and w in _ORG_JOINERS:
                j += 1
                continue
            break
        if not run:
            i = j + 1 if j == i else j
            continue
        # "the Council and the Commission": two bodies, not one name
        part: list[int] = []
        for k in range(run[0], run[-1] + 1):
            w = words[k].group()
            if w == "and" and k + 1 <= run[-1] and words[k].start() not in in_places \
                    and not _posted_for_places(words, part, k, run[-1], places, in_places) \
                    and (words[k + 1].group() in ("to", "at", "by", "from", "with", "of")
                         or words[k + 1].group() in _PORTFOLIO_HEADS and k + 2 <= run[-1] and words[k + 2].group() in ("of", "for")
                         or words[k + 1].group() in ("the", "The")
                                                  and not _topic_after_and(words, k, run[-1], in_places | bodies) or
                                                  _is_acronym(re.sub(r"['’]s$|\.$", "", words[k + 1].group())) or
                                                  re.sub(r"(?:['’]s|\.)$", "", words[k - 1].group()) in _ORG_HEADS
                                                  and not _portfolio_goes_on(words, part, k, run[-1])):
                out.extend(_org_in_run(text, words, [x for x in part if x in run], role_words))
                part = []
                continue
            part.append(k)
        out.extend(_org_in_run(text, words, [x for x in part if x in run], role_words))
        i = max(j, i + 1)
    return _over_listed_instruments(text, out)


# "Secretariat of the Basel, Rotterdam and Stockholm Conventions": treaties named together by a list of their names
# and their plural head; a body's name ending with the list's first name runs on over it
_LISTED_INSTRUMENTS = re.compile(r"(?:,[ ][A-Z][\w'’-]*)*,?[ ](?:and|&)[ ][A-Z][\w'’-]*[ ](?:" + _alt("listed_instrument_heads")
                                 + r")(?![\w'’-])")
_LISTED_INSTRUMENTS_END = re.compile(_LISTED_INSTRUMENTS.pattern + "$")
_ENDS_OF_THE_NAME = re.compile(r"(?<![\w'’-])(?:of|for|to)[ ]the[ ][A-Z][\w'’-]*$")


def _short_signature_line(text: str, run_start: int, end: int) -> bool:
    """Whether the line ending at ``end`` is a short line of a signature or address block: the name run opens it,
    alone or after one comma field ("Programme Officer, Technical Assistance Branch"), and ends it."""
    line_start = text.rfind("\n", 0, end) + 1
    if run_start < line_start or text[end:text.find("\n", end)].strip() or end - line_start > 60:
        return False
    before = text[line_start:run_start]
    return not before.strip() or re.fullmatch(r"[ \t]*[A-Z][^,\n.;:]{0,40},[ ]", before) is not None


def _over_listed_instruments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span, run on over a list of treaties' names whose first name it ends with; a span inside the
    run-on one is dropped."""
    out = []
    for s, e in spans:
        m = _LISTED_INSTRUMENTS.match(text, e)
        if m and _ENDS_OF_THE_NAME.search(text, s, e):
            e = m.end()
        out.append((s, e))
    return [(s, e) for s, e in out if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in out)]


# what a State's body is "under" in its name ("... under the Government of the Republic of Tajikistan")
_UNDER_HEADS = lexicon_set("under_heads")
# people a body's field may name with "with" ("Persons with Disabilities", "People Living with HIV")
_PEOPLE_WITH = lexicon_set("people_named_with")


def _topic_after_and(words: list, k: int, last: int, in_places: set[int]) -> bool:
    """"International Institute for Justice and the Rule of Law": what follows "and the" has no head of a
    body's name, no acronym and no place, so it is the rest of this name's field, not a second body."""
    after = [words[x] for x in range(k + 2, last + 1)]
    if words[k + 1].start() in in_places:
        return False  # "... and The Nature Conservancy": a known body's name opens with its article
    return bool(after) and after[0].group()[:1].isupper() and not any(
        re.sub(r"(?:['’]s|\.|,)$", "", w.group()) in _ORG_HEADS or _is_acronym(re.sub(r"['’]s$", "", w.group()))
        or w.start() in in_places for w in after)


_POSTED_FOR = re.compile(r"\b(?:" + "|".join(sorted(lexicon_set("posted_office_heads") | lexicon_set("field_operation_heads")))
                         + r")[ ](?:for|in|to)[ ](?:the[ ])?$")


def _posted_for_places(words: list, part: list[int], k: int, last: int, places: set[int], in_places: set[int]) -> bool:
    """"Multi-Country Office for Barbados and the Eastern Caribbean", "Regional Office for Central America and the
    Dominican Republic": an office or a mission posted for two places joined by "and" covers both, one name (but
    "the Council on Gaza and the West Bank" is a body and its topics)."""
    if not part or words[k - 1].start() not in in_places or k + 1 > last:
        return False
    nxt = k + 2 if words[k + 1].group() in ("the", "The") else k + 1
    if nxt > last or words[nxt].start() not in places or words[last].start() not in in_places:
        return False  # (the name ends with the second place: "... and the West Bank Council" is another body)
    first = next((x for x in part if words[x].start() in in_places), None)
    if first is None or first == part[0]:
        return False
    before = " ".join(words[x].group() for x in part if x < first) + " "
    return _POSTED_FOR.search(before) is not None


# heads of a body named by its portfolio alone ("Ministry of Justice and Police", "Directorate of Free Movement and
# Tourism")
_PORTFOLIO_HEADS = lexicon_set("portfolio_body_heads")


_NATIONAL_SOCIETY = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+[ ])?([A-Z][\w'’-]+))[ ]Red[ ](?:Cross|Crescent)(?![\w'’-])(?:[ ]Society)?")


def _portfolio_goes_on(words: list, part: list[int], k: int, last: int) -> bool:
    """"Ministry of Local Government and Police", "Ministry of Justice and Police": after a ministry named
    by its portfolio, "and" with one more capitalized word, no head of a body of its own after it, goes on with
    the portfolio (but "the Ministry of Local Government and the Police", "Ministry of Health and Ministry of
    Education", "... Government and Police Service" are two bodies)."""
    # (from the head: "The Directorate of ...", "the Bangsamoro Ministry of Social Services and Development")
    part = next((part[x:] for x in range(min(len(part), 3)) if words[part[x]].group() in _PORTFOLIO_HEADS), part)
    if not part or words[part[0]].group() not in _PORTFOLIO_HEADS or len(part) < 3 \
            or words[part[1]].group() not in ("of", "for") or k + 1 >= len(words):
        return False
    nxt = words[k + 1].group()
    if nxt in _MINISTRY_HEADS or nxt in _OUTER_HEADS or not _org_word(nxt):
        return False
    after = words[k + 2].group() if k + 2 <= last else ""
    return not (after[:1].isupper() and re.sub(r"(?:['’]s|\.|,)$", "", after) in _ORG_HEADS)


def _is_acronym(w: str) -> bool:
    return len(w) >= 2 and w.isupper() and w.isalpha()


# nouns for people whose possessive stays inside a body's name ("Roma Women's Network", "Prime Minister's Office")
_PEOPLE_OWNING = lexicon_set("people_owning_in_names")


def _possessive_inside_name(text: str, words: list, k: int, places: set[int]) -> bool:
    """"Prosecutor's Office for Organized Crime", "People's Assembly": a possessive common noun
    inside a name, not an owner ("UNODC's Branch", "Mali's Ministry", "the Council's Group")."""
    w = words[k].group()
    core = re.sub(r"['’]s$", "", w)
    if core == "People" and k + 1 < len(words) and words[k + 1].group()[:1].isupper() \
            and text[words[k].end():words[k + 1].start()] == " ":
        return True  # "the People's Republic of China", "People's Protection Units": never an owner
    if core != w and core in _PEOPLE_OWNING and k + 1 < len(words) and words[k + 1].group()[:1].isupper() \
            and text[words[k].end():words[k + 1].start()] == " ":
        return True  # "Roma Women's Network", "Prime Minister's Office": the people it serves, the office it supports
    if core == w or core.isupper() or core in _ORG_HEADS or words[k].start() in places or k + 1 >= len(words):
        return False
    gap = text[words[k].end():words[k + 1].start()]
    return gap == " " and words[k + 1].group()[:1].isupper() and (k == 0 or not words[k - 1].group()[:1].isupper()
                                                                  or words[k - 1].group() in _ORG_STOP)


_NUMBERED_GROUP = re.compile(r"[A-Z]{1,3}-?\d{1,2}")


def _org_word(w: str) -> bool:
    core = re.sub(r"(?:['’]s|\.)$", "", w)
    if _NUMBERED_GROUP.fullmatch(core):
        return True  # "the D-8 Secretariat", "the G20 Sherpa Track": a group of States named by its number
    if not core or not (core[0].isupper() or re.match(r"[a-z]-[A-Z]", core)) or any(ch.isdigit() for ch in core):
        return False
    return all(ch.isalpha() or ch in "-'’&/." for ch in core)


def _states_then_verb(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a would-be name opens with two States joined by "and" and a headline's verb in the plural ("Tanzania
    and Zambia Conclude Joint Permanent Commission ..."): a headline, no body's name (the verb lists hold the
    singular, "Concludes", "Signs"). Read for a line in capitals (a letterhead's form); a headline in title case
    is left as it was read, since the people rules read the State a document is about from it."""
    m = re.match(r"(?:The[ ])?([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)??)[ ](?:and|And|AND)[ ]([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)??)"
                 r"[ ]([A-Z][A-Za-z]+)(?:[ ]|$)", name)
    if m is None:
        return False
    verb = m.group(3).capitalize()
    return (verb + "s" in HEADLINE_VERBS or verb + "es" in HEADLINE_VERBS) and all(
        (entry := gazetteer.lookup(" ".join(w.capitalize() for w in m.group(k).split()))) is not None
        and entry.label == "COUNTRY" for k in (1, 2))


_HEADLINE_TELLS = frozenset({"Tell", "Tells", "Hears", "Holds", "Adopts", "Elects", "Asks", "Told"})


def _in_prose(text: str, at: int) -> bool:
    """The line holding ``at`` is running text, not a headline: it has a word in lower case other than the
    small words a headline keeps lower ("... peer-reviewed by the Expert Group on Environmental Performance
    Reviews in Geneva": "Reviews" ends the body's name, no headline's verb)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return any(w[:1].islower() and w not in _HEADLINE_SMALL for w in re.findall(r"[^\W\d_][\w'’-]*", line))


_MEETING_ORGANS = lexicon_set("meeting_organs")
_ORGANS_NAMED_BY_HEAD = lexicon_set("organs_named_by_head")


def _organ_of(before: str) -> bool:
    """Whether the words written before a known body's name are one of its meeting organs and "of"
    ("Executive Council of the " in "the Executive Council of the Community of Sahel-Saharan States"), or its
    commission ("Commission of the " in "the Commission of the Economic Community of Central
    African States (ECCAS)")."""
    m = re.fullmatch(r"(?:the[ ]|The[ ])?(\S+(?:[ ]\S+)?)[ ]of[ ](?:the[ ])?", before)
    return m is not None and (m.group(1) in _MEETING_ORGANS or m.group(1) in _ORGANS_NAMED_BY_HEAD)


def _organ_named_alone(text: str, names: list[str]) -> bool:
    """Whether a would-be name of generic words is an intergovernmental body's organ the text writes alone
    ("the Executive Board", "the General Conference", "Seventy-ninth meeting of the Standing Committee"): one of
    the meeting organs, and no longer name in the text holds it ("Executive Board of UNDP, UNFPA and UNOPS",
    "WFP Executive Board", "EU-Mongolia Joint Committee"; then the bare organ is no surface of that body)."""
    names = names[1:] if names[:1] and names[0] in ("The", "the") else names
    organ = " ".join(names)
    if organ not in _MEETING_ORGANS:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(organ)}(?![\w-])", text, re.IGNORECASE):
        if re.match(r"[ \t]+(?:of|for|on|OF|FOR|ON)[ \t]+(?:the[ \t]+|THE[ \t]+)?[A-Z]", text[m.end():]):
            return False
        before = re.search(r"([A-Z][\w'’.-]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        if before and before.group(1) not in ("The", "THE"):
            return False
    return True


def _field_after_head(names: list[str]) -> bool:
    """Whether a body's head is followed by "for" and the field it serves ("Steering Committee for Human
    Rights"): a name, even when all its words are generic ("Working Group", "Executive Committee")."""
    return any(names[k] in _ORG_HEADS and names[k + 1] == "for" and names[k + 2][:1].isupper()
               and names[k + 2] not in _ORG_HEADS for k in range(len(names) - 2))  # (not "Committee for Programme",
    # "Centre for Police", the first part of a longer name the head after "for" cuts)


def _org_in_run(text: str, words: list, run: list[int], role_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The organization name inside one capitalized run, if the run holds one."""
    heads = [k for k in run if re.sub(r"(?:['’]s|\.)$", "", words[k].group()) in _ORG_HEADS]
    if not run or not heads:
        return []
    first_head = heads[0]
    # the name starts after the last joiner before its first head ("Executive Secretary of the X Authority")
    start = run[0]
    for k in range(first_head - 1, run[0] - 1, -1):
        w = words[k].group()
        if w in ("at", "to", "the", "The") or w in ("of", "for", "on", "in", "against") and any(
                words[x].group() in role_words or words[x].group() in _ORG_STOP or words[x].group() in _PLURAL_PEOPLE
                for x in range(run[0], k)):
            start = k + 1  # "Executive Secretary of the X Authority", but "Victims of Terrorism Foundation"
            break
    for k in range(first_head - 1, start - 1, -1):
        if words[k].group() in HEADLINE_VERBS or words[k].group() in _HEADLINE_TELLS:
            start = k + 1  # "Special Rapporteur on Belarus Tells Human Rights Council": a headline's verb
            break
    while start <= first_head and (words[start].group() in _ORG_JOINERS or words[start].group() in _ORG_STOP):
        start += 1
    if start > first_head:
        start = first_head
    # it ends on the run's last capitalized word; words written right after the last head, with no
    # joiner, are what the body has ("Trusteeship Council Chamber", "Commission Report"), but a
    # continent's name is the body's field ("Tax Justice Network Africa"), and a name opened by its
    # head in the Romance order runs on ("Instituto Mexicano para la Competitividad")
    end = run[-1]
    last_head = heads[-1]
    after = [words[k].group().rstrip(".,;:") for k in range(last_head + 1, end + 1)]
    # (a role word after the name's last joiner opens the next person's title, and the name ends before it; an
    # adjective before the first joiner is the head's own, written after it in that order, "Office National
    # Interprofessionnel des Céréales et des Légumineuses", "Office National des Forêts Director-General X")
    joined = [k for k in range(last_head + 1, end + 1) if words[k].group() in _ROMANCE_JOINERS]
    romance = False
    if last_head == start and joined and not any(
            words[k].group() in role_words and words[k].group() not in _GENERIC_MODIFIERS | _NATIONAL_OPENERS
            for k in range(last_head + 1, joined[0])):  # ("Council President Nicolas de Rivière": a title, a person)
        role_at = next((k for k in range(joined[-1] + 1, end + 1) if words[k].group().rstrip(".,;:") in role_words
                        or words[k].group().rstrip(".") in _HONORIFIC_ABBREVIATIONS), None)
        if role_at is None or role_at > joined[-1] + 1:
            romance = True
            end = end if role_at is None else role_at - 1
            after = after[:end - last_head]
    if end > last_head and (" ".join(after) in _CONTINENT_NAMES or romance):
        pass
    elif end > last_head and words[last_head + 1].group() not in _ORG_JOINERS \
            and not ((words[last_head].group() in _MISSION_WORDS or words[last_head].group() in _POSTED_HEADS)
                     and words[last_head + 1].group() == "in"):
        if re.sub(r"(?:['’]s|\.|,)$", "", words[last_head + 1].group()) in _PLURAL_HEADS:
            return []  # "the UNOCT Programme Offices": bodies of a kind, no one name
        end = last_head
    for k in range(first_head + 1, end + 1):
        if (words[k].group() in HEADLINE_VERBS or words[k].group() in _HEADLINE_TELLS) and words[k - 1].group() not in _ORG_JOINERS \
                and not _in_prose(text, words[k].start()):
            # "..., Forum on Forests Hears as Nineteenth Session Opens": the headline's verb ends the name
            # (not a noun after a joiner: "Court of Appeals")
            end = k - 1
            break
    while end > start and words[end].group() in _ORG_JOINERS:
        end -= 1
    # "Department of International Organizations Nguyen Thi Minh Nguyet": two or more capitalized words
    # after the name's last head, with no joiner, are the next name (a person's), not the body's
    last_any = max((k for k in range(start, end + 1)
                    if re.sub(r"(?:['’]s|\.|,)$", "", words[k].group()) in _ORG_HEADS | _PLURAL_HEADS), default=None)
    if last_any is not None and end - last_any >= 2 and words[last_any + 1].group() not in _ORG_JOINERS \
            and words[last_any + 1].group() not in ("in", "to") \
            and all(words[x].group() not in _ORG_JOINERS for x in range(last_any + 1, end + 1)):
        end = last_any
    if start == run[0] and start > 0 and words[start - 1].group().lower() in _INDEFINITE \
            and not text[words[start - 1].end():words[start].start()].strip() \
            and not (words[start - 1].group().lower() in _POSSESSIVES and (_ACRONYM_DEF.match(text, words[end].end()) or (
                words[start].group() in _MINISTRY_HEADS and end - start >= 2 and words[start + 1].group() in ("of", "for")))):
        return []  # "a Programme Office"; but "its National Cybersecurity Institute (INCIBE)" and "our Ministry of
        # Climate Change and National Resilience" (a ministry named by its portfolio) are named
    if words[first_head].group() == "Force" and first_head > 0 and words[first_head - 1].group().lower() == "into":
        return []  # "Delegates Mark Entry into Force of High Seas Biodiversity Agreement": a treaty in force, no body
    names = [words[k].group() for k in range(start, end + 1)]
    capitals = [w for w in names if w not in _ORG_JOINERS]
    if len(capitals) < 2 or all(w.isupper() for w in capitals):
        return []
    if all(re.sub(r"(?:['’]s|\.)$", "", w) in _ORG_HEADS or w in _GENERIC_MODIFIERS for w in capitals) \
            and not (names[0] in _MINISTRY_HEADS and len(names) > 2 and names[1] in ("of", "for")) \
            and not _field_after_head(names) \
            and not _organ_named_alone(text, names):
        return []  # "the Working Group", "Heads of State and Government": a kind of body, no name; but a
        # ministry named by its portfolio is one ("Ministry of Security", "Ministry of National Defence"), and
        # so is a head with the field it serves ("Steering Committee for Human Rights")
    # "Emergency Operations Centre of the Ministry of Health of Somalia": a unit, then the body it belongs to
    for k in range(first_head + 1, end - 1):
        if words[k].group() == "of" and words[k + 1].group() == "the" and words[k + 2].group() in _OUTER_HEADS \
                and not (k + 2 == end and words[k + 2].group() in ("Government", "Presidency")):
            # (but "Press Service of the Government": a unit of a body named by its bare head is one name)
            s, e = words[start].start(), words[k - 1].end()
            return [(s, e)] + _org_in_run(text, words, [x for x in run if x >= k + 2 and x <= end], role_words)
    s, e = words[start].start(), words[end].end()
    m = re.search(r"(?:['’]s|(?<=s)['’]|\.)$", text[s:e])  # "the Committee of Ministers' session"
    if m:
        e -= len(m.group())
    return [(s, e)]


_MINISTRY_HEADS = frozenset({"Ministry", "Ministère", "Ministerio", "Ministério", "Ministero"})

# Bodies that other bodies belong to: "X Centre of the Ministry of Health" names two organizations
_OUTER_HEADS = lexicon_set("outer_heads")


def _initials_cover(long: str, acronym: str) -> bool:
    """An acronym from another language's word order ("Mozambique Defence Armed Forces (FADM)"):
    its letters are the initials of the name's words, in any order."""
    initials = [w[0].lower() for w in re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", long) if w[0].isupper()]
    letters = [ch.lower() for ch in acronym if ch.isalpha()]
    if len(letters) < 2 or len(letters) != len(initials):
        return False
    return sorted(letters) == sorted(initials)


_NAME_FILLERS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "la", "des", "du", "United", "Nations", "UN"})


def _names_inside(long: str, entry: Entry, g: Gazetteer) -> bool:
    """Whether a body's name holds the known body's name after "of" or "for" ("Council of Ministers of the
    Community of Portuguese Language Countries" holds the CPLP's)."""
    return any(g.lookup(long[m.end():]) == entry for m in re.finditer(r"\b(?:of|for)\s+(?:the\s+)?", long))


def _another_body(long: str, entry: Entry, g: Gazetteer) -> bool:
    """Whether the long form written before a known acronym names another body than the gazetteer's:
    no word in common with the entry's name and not one of its names."""
    long = _LEADING_ARTICLE.sub("", " ".join(long.split()))
    known = g.lookup(long)
    if known is not None:
        return known.id != entry.id  # another known body written with this acronym
    mine = {w.casefold() for w in re.findall(r"[\w'’-]+", long) if w not in _NAME_FILLERS}
    theirs = {w.casefold() for w in re.findall(r"[\w'’-]+", entry.name) if w not in _NAME_FILLERS}
    return len(mine) >= 2 and not (mine & theirs)


_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]|;\s")


def _known_long_form_start(before: str, entry: Entry) -> int | None:
    """Where the long form of a known body written before its acronym starts in ``before``, when the
    initials do not spell it ("the UN Children's Fund (UNICEF)"): the longest run of capitalized words
    and glue before the parenthesis whose words are all words of the body's name."""
    theirs = {w.casefold() for w in re.findall(r"[\w'’-]+", entry.name) if w not in _NAME_FILLERS}
    words = list(re.finditer(r"[^\s]+", before))
    best = None
    content = 0
    for k in range(len(words) - 1, max(-1, len(words) - 12), -1):
        w = words[k].group()
        if w in _NAME_FILLERS or w.lower() in _LOWER_GLUE:
            if w[:1].isupper() and content:
                best = k
            continue
        if not w[:1].isupper() or w.casefold() not in theirs:
            break
        content += 1
        best = k
    if best is None or content < 2 or len(words) - best < 2:
        return None
    return words[best].start()


def _long_form_start(before: str, acronym: str) -> int | None:
    """Where the long form of ``acronym`` starts in ``before`` (Schwartz & Hearst 2003), or ``None``."""
    letters = [ch.lower() for ch in acronym if ch.isalnum()]
    words = list(re.finditer(r"\S+", before))
    if not letters or not words:
        return None
    window = words[-min(len(words), len(letters) + 5):]
    s = before[window[0].start():]
    base = window[0].start()
    si = len(s) - 1
    for li in range(len(letters) - 1, -1, -1):
        c = letters[li]
        while si >= 0 and (s[si].lower() != c or (li == 0 and si > 0 and s[si - 1].isalnum())):
            si -= 1
        if si < 0:
            return None
        si -= 1
    start = si + 1
    start = max(s.rfind(ws, 0, start) for ws in " \t\n") + 1  # the start of the word the first letter is in,
    long = s[start:]  # also at a line's start ("Co-Director" / "International Service for Human Rights (ISHR)")
    if len(long.split()) < 2 or not long[:1].isupper() and not long.startswith("the "):
        return None
    while True:
        # initials written before the name are part of it ("S. Rajaratnam School of International Studies")
        m = re.search(r"(?:^|\s)([A-Z]\.)\s+$", s[:start])
        if m is None:
            break
        start = m.start(1)
    return base + start


_SUBSIDIARY = re.compile(r"^(?:" + _alt("subsidiary_heads") + r") (?:on|of|for|established|pursuant) ")

_FIELD_PRESENCE = re.compile(r"^(?:" + _alt("field_presence_heads") + r") (?:to|in|for) (?:the )?[A-Z]")
_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9&\-./]{1,14}\s*\)\s*$")

#: A unit of a body written inside a title with "of" after the title word that heads it ("Head of the Rural
#: Development Division", "Director of the Department of Planning"; lexicon units_of_a_title, titles_heading_a_unit):
#: the unit stays in the title and is a named organization of the text all the same
_UNITS_OF_A_TITLE = lexicon_set("units_of_a_title")
_MINISTER_IN = re.compile(r"Minister\s+in\s+(?:the\s+)?")
_HEADS_A_UNIT_BEFORE = re.compile(r"(?<![\w-])(?:" + _alt("titles_heading_a_unit") + r")\s+of\s+(?:the\s+)?$")


def _unit_in_title(before: str, name: str) -> bool:
    """Whether ``name``, written right after ``before`` in a title, is a unit the title heads: "Head of the" before
    "Rural Development Division", "Director of the" before "Department of Planning" (not "Director of the" before
    "Norwegian Police Directorate" alone: the caller asks only of bodies no gazetteer knows)."""
    words = [w.rstrip(".,") for w in name.split()]
    if _MINISTER_IN.fullmatch(before):
        return True  # "Minister in the Ministry of Finance": a minister's office, named by the body it sits in
    if len(words) < 2 or not _HEADS_A_UNIT_BEFORE.search(before):
        return False
    return words[-1] in _UNITS_OF_A_TITLE or any(words[k] in _UNITS_OF_A_TITLE and words[k + 1] in (("of", "for") if k == 0 else ("for",))
                                                 for k in range(min(2, len(words) - 1)))


_BY_KIND = re.compile(r"^(.*\S) of the ((?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)$")


def _resolve_body_by_kind(rec: dict, orgs) -> None:
    """"Vice-President of the Council": a body named by its kind alone in a title is the document's
    one organization of that kind ("Economic and Social Council"); the title keeps the rest."""
    m = _BY_KIND.match(rec.get("title") or "")
    if m is None or rec.get("organization") or m.group(2).split()[-1] not in _ORG_HEADS:
        return
    kind = m.group(2)  # "the Committee", "the Standing Committee", "the Executive Board"
    if _unit_in_title(rec["title"][:m.start(2)], kind):
        return  # "Director of the Population Division": a unit the title heads stays in it (dev README)
    named = {r["name"] for r in orgs if r["name"] and (r["name"].endswith(" " + kind) and len(r["name"].split()) > 1
                                                        or r["name"] == kind and " " in kind)}
    if len(named) == 1:
        rec["title"], rec["organization"] = m.group(1), named.pop()
    elif not named and m.group(1).split()[-1] == "Minister":
        return  # "Minister of the Armed Forces": after a minister's "of the", a portfolio (no body the text names)
    elif not named and " " in kind:
        # "President of the Executive Board", "Chairman of the State Administration Council": a body named
        # by a name of its own, though a short one
        rec["title"], rec["organization"] = m.group(1), kind


def _org_key(name: str) -> str:
    """A comparison key for an organization's name: no "(ACRONYM)", no leading "the", spacing and case folded."""
    bare = " ".join(_TRAILING_ACRONYM.sub("", name).split()).strip(" ,;:.")
    bare = re.sub(r"^the\s+", "", bare, flags=re.IGNORECASE)
    return bare.replace("’", "'").casefold()


_HEAD_OF_BODY = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?) of (?:the )?(.+)$")
# "Secretaría del MERCOSUR", "Secretaría General de la Comunidad Andina": a head in another language, the
# known body after it; the head read in English, its adjective first ("General Secretariat")
_HEAD_OF_BODY_ROMANCE = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:del|de la|de l['’]|du|de los|de las|des|da|do|dos|das|"
                                   r"de)[ ]?(.+)$")
_HEADS_IN_ENGLISH = tuple(tuple(w.split(" ")) for w in lexicon("heads_in_english"))
_IN_ENGLISH = dict(_HEADS_IN_ENGLISH)


def _body_signature(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """("Council", "org:las") for "Council of the League of Arab States" and "Arab League Council";
    ("Regional Office for Africa", "org:who") for "WHO Regional Office for Africa": a known body
    and the part of it the name names, however the two are ordered."""
    m = _HEAD_OF_BODY.match(name)
    if m and m.group(1).split()[-1] in _ORG_HEADS:
        entry = gazetteer.lookup(m.group(2))
        if entry is not None and entry.label == "ORG":
            return m.group(1), entry.id
    m = _HEAD_OF_BODY_ROMANCE.match(name)
    if m and m.group(1).split()[0] in _IN_ENGLISH and _IN_ENGLISH[m.group(1).split()[0]] in _ORG_HEADS \
            and all(w in _IN_ENGLISH for w in m.group(1).split()):
        head, *adjectives = [_IN_ENGLISH[w] for w in m.group(1).split()]
        entry = gazetteer.lookup(m.group(2))
        if entry is not None and entry.label == "ORG":
            return " ".join([*adjectives, head]), entry.id
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        entry = gazetteer.lookup(" ".join(words[:k]))
        if entry is not None and entry.label == "ORG":
            return " ".join(words[k:]), entry.id
    return None


_TO_STATE = re.compile(r"^(.*\S) (?:to|in) (?:the )?(.+)$")
# "Permanent Mission of the Kingdom of Bhutan to the United Nations": a mission, its State, what it is to
_MISSION_OF_STATE = re.compile(r"^(" + _alt("mission_heads") + r") of (?:the )?(.+?)(?: (?:to|in|at) (?:the )?(.+))?$", re.I)


_GOVERNMENT_OF = re.compile(r"^(?:[Tt]he )?Government of (?:the )?(.+)$")
_DEMONYM_GOVERNMENT = re.compile(r"^(?:[Tt]he )?(\S+(?: \S+)?) Government$")


def _state_code(text: str, gazetteer: Gazetteer) -> str | None:
    """The ISO code of the State ``text`` names in any of its forms, or None (a place, a body, nothing known)."""
    entry = gazetteer.lookup(text)
    return entry.code if entry is not None and entry.label == "COUNTRY" else None


def _named_with_state(orgs: dict[str, dict], merged: dict[str, str], pattern: re.Pattern, gazetteer: Gazetteer):
    """(key, match, State code) for each organization not yet merged whose name ``pattern`` matches with a State in
    its second group, in any of the State's forms ("... Mission to the Republic of Botswana"); looked at as the
    caller merges, so a record merged meanwhile is passed over."""
    for key, rec in orgs.items():
        m = pattern.match(rec["name"] or "")
        if key.startswith("org:") or key in merged or m is None:
            continue
        code = _state_code(m.group(2), gazetteer)
        if code is not None:
            yield key, m, code


def _government_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The State whose government ``name`` is, written "Government of <State>" or "<State's adjective>
    Government" ("Korean Government" names none: the adjective is shared; "Chinese Government": CHN)."""
    m = _GOVERNMENT_OF.match(name)
    if m:
        return _state_code(m.group(1), gazetteer)
    m = _DEMONYM_GOVERNMENT.match(name)
    if m:
        if m.group(1) in gazetteer.demonyms:
            return gazetteer.demonyms[m.group(1)]
        return _state_code(m.group(1), gazetteer)
    return None


def _merge_same_bodies(orgs: dict[str, dict], gazetteer: Gazetteer) -> dict[str, dict]:
    """One body written two ways is one organization: "Council of the League of Arab States" and
    "Arab League Council"; "WHO Regional Office for Africa" and "Regional Office for Africa" (the
    same part of the same known body, with its name before or after, or left out when the body
    is named elsewhere in the document); "Regional Assistance Mission to the Solomon Islands" and
    "Regional Assistance Mission" (a name cut before what it is to, in, for or of); one name written in
    capitals in a heading and in mixed case in the text. The longer name is kept."""
    by_sig: dict[tuple[str, str], str] = {}
    merged: dict[str, str] = {}
    by_fold: dict[str, str] = {}
    by_government: dict[str, str] = {}
    for key, rec in orgs.items():  # "the Korean Government" and "the Government of the Republic of Korea"
        code = _government_of(rec["name"] or "", gazetteer)
        if code is None or key.startswith("org:"):
            continue
        if code in by_government:
            merged[key] = by_government[code]
        else:
            by_government[code] = key
    for key, rec in orgs.items():  # an adjective two States share, when one of them has a government here
        m = _DEMONYM_GOVERNMENT.match(rec["name"] or "")
        if m is None or key.startswith("org:") or key in merged or _government_of(rec["name"], gazetteer) is not None:
            continue
        stem = re.sub(r"(?:ian|an|n|ese|i)$", "", m.group(1))
        hits = [k for k in by_government.values() if len(stem) >= 4 and stem in (orgs[k]["name"] or "")]
        if len(hits) == 1:
            merged[key] = hits[0]
    for key, rec in orgs.items():  # "COUNCIL OF MINISTERS: ENVIRONMENTAL SUSTAINABILITY" in a heading, then in the text
        if key.startswith("org:") or not rec["name"]:
            continue
        fold = _org_key(rec["name"])
        if fold in by_fold:
            merged[key] = by_fold[fold]
        else:
            by_fold[fold] = key
    for key, rec in orgs.items():
        if key.startswith("org:") or key in merged:
            continue
        sig = _body_signature(rec["name"] or "", gazetteer)
        if sig is None:
            continue
        if sig in by_sig:
            merged[key] = by_sig[sig]
        else:
            by_sig[sig] = key
    names = {rec["name"]: key for key, rec in orgs.items() if not key.startswith("org:") and rec["name"]}
    for key, rec in orgs.items():  # "Regional Assistance Mission" after "... Mission to the Solomon Islands"
        name = rec["name"] or ""
        if key.startswith("org:") or key in merged or len(name.split()) < 2 or not any(w in _ORG_HEADS for w in name.split()):
            continue  # (a head anywhere: "Permanent Mission of Sweden" after "... of Sweden to the United Nations")
        longer = [k for n, k in names.items() if k != key and re.match(re.escape(name) + r" (?:to|in|for|on|of) ", n)]
        if len(longer) == 1 and longer[0] not in merged:
            merged[key] = longer[0]
    by_state: dict[tuple[str, str], str] = {}
    # "... Observation Mission to Botswana" and "... to the Republic of Botswana"
    for key, m, code in _named_with_state(orgs, merged, _TO_STATE, gazetteer):
        sig = (m.group(1), code)
        if sig in by_state:
            merged[key] = by_state[sig]
        else:
            by_state[sig] = key
    # "Permanent Mission of Bhutan" after "Permanent Mission of the Kingdom of Bhutan to the United Nations", "Permanent
    # Mission of Cabo Verde" after "PERMANENT MISSION OF THE REPUBLIC OF CABO VERDE": a State's mission named with
    # nothing it is to is the one mission of that State the document names (whatever form of the State's name)
    missions: dict[tuple[str, str], list[str]] = {}
    bare: list[tuple[str, tuple[str, str]]] = []
    by_full: dict[tuple[str, str, str], str] = {}
    for key, m, code in _named_with_state(orgs, merged, _MISSION_OF_STATE, gazetteer):
        sig = (" ".join(m.group(1).split()).lower(), code)
        full = (*sig, " ".join((m.group(3) or "").split()).lower())
        if full in by_full:  # ("EMBASSY OF THE REPUBLIC OF ESTONIA IN NAIROBI", "Embassy of Estonia in Nairobi")
            merged[key] = by_full[full]
            continue
        by_full[full] = key
        missions.setdefault(sig, []).append(key)
        if m.group(3) is None:
            bare.append((key, sig))
    for key, sig in bare:
        others = [k for k in missions[sig] if k != key and k not in merged]
        if len(others) == 1 and merged.get(others[0]) != key:
            merged[key] = others[0]
    for key, rec in orgs.items():  # "Regional Office for Africa" where the WHO's is named
        if key.startswith("org:") or key in merged or key in by_sig.values():
            continue
        hit = [k for (part, _), k in by_sig.items() if part == rec["name"]]
        if len(hit) == 1:
            merged[key] = hit[0]
    for key, rec in orgs.items():  # "MSG" where the text names the "Melanesian Spearhead Group" and defines no acronym
        name = rec["name"] or ""
        if key.startswith("org:") or key in merged or rec["acronym"] or not re.fullmatch(r"[A-Z]{2,6}", name):
            continue
        spelt = [k for k, r in orgs.items() if k != key and k not in merged and _initials(r["name"] or "") == name]
        if len(spelt) == 1:
            merged[key] = spelt[0]
            orgs[spelt[0]]["acronym"] = orgs[spelt[0]]["acronym"] or name
    for key, rec in orgs.items():  # "the General Assembly" after "the General Assembly of AFRIPOL": that body's organ
        if not key.startswith("org:") or key in merged or rec["name"] not in _ORGANS_OF_MANY_BODIES \
                or "org:un" in orgs:
            continue  # (not where the text names the United Nations too)
        owned = [k for k, r in orgs.items() if not k.startswith("org:") and k not in merged
                 and (r["name"] or "").startswith(f"{rec['name']} of the ")]
        if len(owned) == 1:
            merged[key] = owned[0]
    if not merged:
        return orgs
    out = {k: dict(v) for k, v in orgs.items() if k not in merged}
    for key, into in merged.items():
        while into in merged:
            into = merged[into]
        rec, target = orgs[key], out[into]
        if len((rec["name"] or "").split()) > len((target["name"] or "").split()) \
                or (target["name"] or "").isupper() and not (rec["name"] or "").isupper() \
                and _org_key(rec["name"] or "") == _org_key(target["name"] or ""):
            target["name"] = rec["name"]  # the longer name; of one name, the form not in capitals
        target["acronym"] = target["acronym"] or rec["acronym"]
        if target.get("kind") == "other" and rec.get("kind") not in (None, "other"):
            target["kind"] = rec["kind"]  # ("Secretaría del MERCOSUR", "MERCOSUR Secretariat": a known body's unit)
        target["mentions"] = sorted(target["mentions"] + rec["mentions"])
    return out


def _initials(name: str) -> str:
    """The initials of a name's capitalized words ("Melanesian Spearhead Group" -> "MSG"); "" for a name
    of fewer than two such words."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 and not name.isupper() else ""


# Heads of the organs and working bodies an issuing body names without its own name before them
_ORGAN_HEADS = frozenset({"Committee", "Sub-Committee", "Subcommittee", "Commission", "Council", "Group", "Force", "Forces",
                          "Unit", "Division", "Section", "Branch", "Secretariat", "Office", "Forum", "Initiative",
                          "Programme", "Program", "Platform", "Mechanism", "Panel", "Board", "Conference"})


# "ECOWAS Commission | Commission de la CEDEAO", "Commission de l'océan Indien / Indian Ocean Commission": a
# banner line holding only a body's name and its name in another language
_TWO_LANGUAGES_SEP = re.compile(r"[ \t]*[|/][ \t]*")
_OTHER_LANGUAGE_WORDS = _ROMANCE_JOINERS | {"la", "le", "les", "l", "el", "los", "las", "der", "die", "für", "und", "e", "et", "y"}


def _names_in_two_languages(text: str, cands: list[Candidate], orgs: dict[str, dict]) -> dict[str, dict]:
    """A line that holds only two bodies' names, parted by "|" or "/", one in English and one written with
    the words of another language ("de", "la", "des", "dos" ...), names one body twice: the name in the
    other language is a surface of the other ("ECOWAS Commission | Commission de la CEDEAO"). Two bodies
    the gazetteers know apart stay two ("UNDP | UNICEF")."""
    key_of = {i: k for k, rec in orgs.items() for i in rec["mentions"]}
    out = dict(orgs)
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if a.label != "ORG" or b.label != "ORG" or i not in key_of or i + 1 not in key_of:
            continue
        if not _TWO_LANGUAGES_SEP.fullmatch(text, a.end, b.start):
            continue
        line_start, line_end = text.rfind("\n", 0, a.start) + 1, text.find("\n", b.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:a.start].strip() or text[b.end:line_end].strip():
            continue
        ka, kb = key_of[i], key_of[i + 1]
        if ka == kb or ka not in out or kb not in out:
            continue
        known = [c for c in (a, b) if c.entry is not None and not c.entry.id.startswith("new:")]
        if len(known) == 2:
            continue  # "UNDP | UNICEF": two bodies
        other = [c for c in (a, b) if any(w.lower() in _OTHER_LANGUAGE_WORDS or w.lower().startswith(("l'", "l’", "d'", "d’"))
                                          for w in text[c.start:c.end].split()[1:])]
        english = [c for c in (a, b) if c not in other]
        if len(other) != 1 or len(english) != 1:
            continue
        keep, drop = (ka, kb) if english[0] is a else (kb, ka)
        rec = out[keep]
        rec["mentions"] = sorted(rec["mentions"] + out.pop(drop)["mentions"])
        key_of = {j: (keep if k == drop else k) for j, k in key_of.items()}
    return out


def _kinds_from_issuer(orgs: dict[str, dict]) -> dict[str, dict]:
    """A body the gazetteers do not know and no word of whose name says what it is (kind ``other``), named
    like an organ or a working body ("Expert Group on Nuclear and Radiation Safety", "Regional Steering
    Committee", "Development Cooperation Forum"), in a document whose first organization (its issuer or
    the meeting's host) is a UN or intergovernmental body, is that body's: it takes its kind."""
    first = min(orgs.values(), key=lambda r: min(r["mentions"]), default=None)
    if first is None or first["kind"] not in ("un_entity", "intergovernmental"):
        return orgs
    for key, rec in orgs.items():
        name = rec["name"] or ""
        words = re.sub(r"[,:;()]", " ", name).split()
        if key.startswith("org:") or rec["kind"] != "other" or not any(w in _ORGAN_HEADS for w in words) \
                or _KIND_OTHER.search(name) or _KIND_OTHER_ALWAYS.search(name):
            continue
        rec["kind"] = first["kind"]
    return orgs


def _org_name_index(orgs) -> dict[str, str]:
    """Key of a name or acronym -> the ``name`` of the organization in ``organizations``."""
    index: dict[str, str] = {}
    for r in orgs:
        if r["name"]:
            index.setdefault(_org_key(r["name"]), r["name"])
    for r in orgs:
        if r["name"] and r["acronym"]:
            index.setdefault(_org_key(r["acronym"]), r["name"])
    return index


def _person_organization(org: str | None, index: dict[str, str]) -> str | None:
    """A person's organization as its canonical name: the ``name`` of the organization listed in
    ``organizations`` when it is there (by name or acronym), else the name as written without a
    trailing "(ACRONYM)" and surrounding spaces."""
    if not org:
        return org
    key = _org_key(org)
    if key in index:
        return index[key]
    m = _TRAILING_ACRONYM.search(org)
    if m is not None:
        acronym = m.group(0).strip(" ()")
        if _org_key(acronym) in index:
            return index[_org_key(acronym)]
    # "Embassy of Pakistan in Nairobi": the listed body the name opens with
    words = key.split()
    for n in range(len(words) - 1, 1, -1):
        if " ".join(words[:n]) in index and words[n] in ("in", "at", "to"):
            return index[" ".join(words[:n])]
    bare = " ".join(_TRAILING_ACRONYM.sub("", org).split()).strip(" ,;:")
    return bare or None


# A long form defined with an acronym that has one of these heads and no organization head names a
# place, not a body (read by _acronym_definitions)
_PLACE_HEAD = re.compile(r"\b(?:" + _alt("place_heads") + r")\b")


def _line_at(text: str, start: int, end: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """True when the span stands in a line of three or more words written wholly in capitals."""
    line = _line_at(text, start, end)
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line)]
    return len(words) >= 3 and all(w.isupper() for w in words)


def _in_navigation_line(text: str, start: int, end: int) -> bool:
    """True when the span stands in a site's menu or breadcrumb trail: three or more short parts between
    bars, or between slashes or chevrons written with spaces ("Inicio / Noticias / Sesiones", "Home > News >
    Press releases")."""
    parts = [p.strip() for p in re.split(r"\||[ \t]+[/>›»][ \t]+", _line_at(text, start, end))]
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts)


def text_of(block: Block, c: Candidate) -> str:
    return block.text[c.start - block.start:c.end - block.start]


def _cut_at_names(text: str, found: list[Candidate], mod: list[Candidate], people: PeopleRules) -> list[Candidate]:
    """A body found only by its form ends where a name the model found begins after the body's head
    word ("the Can Tho City People's Committee Tran Viet Truong and Professor Le Anh Tuan")."""
    out = []
    for c in found:
        poss = re.search(r"['’]s (\S+)", text[c.start:c.end]) if c.label == "ORG" and c.entry is not None \
            and c.entry.id.startswith("new:") else None
        if poss is not None and poss.group(1) in people.title_words and people.is_title(poss.group(1)):
            # "the Basel Institute on Governance's Head of Public Governance": the body ends at its possessive
            cut = c.start + poss.start()
            name = " ".join(text[c.start:cut].split())
            c = replace(c, end=cut, canonical=name, entry=replace(c.entry, id="new:" + name, name=name))
        if c.label == "ORG" and c.entry is not None and c.entry.id.startswith("new:"):
            for m in mod:
                if m.label != "PERSON" or not c.start < m.start < c.end or len(text[m.start:m.end].split()) < 2:
                    continue
                head = text[c.start:m.start].split()
                last = max(c.end - len(re.split(r",[ ]|[ ](?:and|&)[ ]", text[m.end:c.end])[-1]), m.end)
                if text[m.start - 2:m.start] == ", " and not any(w in people.title_words or w in ORG_KEYWORDS
                                                                 for w in text[m.start:m.end].split()) \
                        and (m.end >= c.end or any(p.label == "PERSON" and p.start <= last and c.end <= p.end for p in mod)):
                    # (a list of people ends with a person: "Centre for Democracy, Good Governance, Human Rights and
                    # Civic Education" is one field list however the model reads "Good Governance")
                    # "the Committee on Migrant Workers, Edgar Corzo and ...": a field list that is people
                    cut = m.start - 2
                    name = " ".join(text[c.start:cut].split())
                    c = replace(c, end=cut, canonical=name, entry=replace(c.entry, id="new:" + name, name=name))
                    break
                if head and (head[-1] in _ORG_HEADS or head[-1] in ORG_KEYWORDS) and not any(
                        w in people.title_words or w in ORG_KEYWORDS for w in text[m.start:m.end].split()):
                    cut = c.start + len(text[c.start:m.start].rstrip())
                    name = " ".join(text[c.start:cut].split())
                    c = replace(c, end=cut, canonical=name, entry=replace(c.entry, id="new:" + name, name=name))
                    break
        out.append(c)
    return out


def _ends_in_title(text: str, c: Candidate, gazetteer: Gazetteer) -> bool:
    """A body found only by its form whose last word begins a title with the next word: "Senior
    Programme" of "Senior Programme Officer" is no body."""
    if c.entry is None or not c.entry.id.startswith("new:") or c.label != "ORG":
        return False
    nxt = re.match(r"[ \t]+([A-Z][\w-]*)", text[c.end:c.end + 40])
    last = text[c.start:c.end].split()[-1]
    return nxt is not None and gazetteer.is_title(last + " " + nxt.group(1)) and not gazetteer.is_title(last)


# "the 1718 Committee": a sanctions committee of the Security Council is named by its resolution's number
# (after an article or a possessive, so that a year is not read: "In 2024 Committee members met")
# ("the 2140 Sanctions Committee"; with the Council's name it needs no article: "Security Council 1533 Committee")
# "Question - Ana Rita Gomes, Lusa:", "QUESTION (Hannah Brooks, Reuters)", "Q (OTA Masaki, Jiji Press)": a press
# conference's questioner is written with the outlet they ask for, which is a body (a news agency, a broadcaster)
_QUESTIONER_OUTLET = re.compile(r"^[ \t]*(?:Question|QUESTION|Q)[ \t]*(?:[-–—:][ \t]*|\()[A-ZÀ-Þ][^,\n():]{2,40},[ \t]*"
                                r"([A-Z][\w'’&.-]*(?:[ ](?:[A-Z][\w'’&.-]*|de|do|da|of|the))*)(?=[ \t]*(?:[:)]|,[ \t]*[A-Z][^,\n()]*\)))",
                                re.MULTILINE)
# "QUESTION: Pamela Falk, CBS News. Will the ...", "[12:13] Question: Farhan, X Y, Nigerian Tribune. Is ...", "Q [X Y,
# Kabar]: ...": the questioner's name then the outlet, closed by the sentence's full stop or the bracket
_QUESTIONER_OUTLET_SENTENCE = re.compile(r"^[ \t]*(?:[\[(][\d:]+[\])][ \t]*)?(?:Question|QUESTION|Q)[ \t]*(?:[-–—:][ \t]*|(\[))"
                                         r"(?:[A-Z][\w'’-]*,[ \t]*)?[A-ZÀ-Þ][\w'’-]*(?:[ ][A-ZÀ-Þ][\w'’-]*){1,3},[ \t]*"
                                         r"([A-Z][\w'’&-]*(?:[ ](?:[A-Z][\w'’&-]*|de|do|da|di|of|the))*)"
                                         r"(?(1)\]:|\.(?=[ \t]|$))", re.MULTILINE)


def _questioners_outlets(block: Block, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """The outlet a press conference's questioner asks for ("Question - Ana Rita Gomes, Lusa:", "Q (OTA Masaki,
    Jiji Press)"), where nothing else is read there: a body, the known one when the gazetteer knows it."""
    out = []
    for m in [*_QUESTIONER_OUTLET.finditer(block.text), *_QUESTIONER_OUTLET_SENTENCE.finditer(block.text)]:
        g = m.lastindex
        s, e = block.start + m.start(g), block.start + m.end(g)
        name = " ".join(m.group(g).split())
        # a State inside the outlet's name stays a mention of its own ("Radio France Internationale", "Matangi Tonga")
        if any(c.start < e and s < c.end and not (c.label == "COUNTRY" and s <= c.start and c.end <= e and
                                                  (c.start, c.end) != (s, e)) for c in found) \
                or name.split()[-1] in ("of", "the", "de", "do", "da"):
            continue
        known = gazetteer.lookup(name)
        if known is not None and known.label != "ORG" or gazetteer.is_not_entity(name):
            continue
        entry = known or Entry(id=f"new:{name}", label="ORG", name=name, kind="other")
        out.append(Candidate(s, e, "ORG", "rule" if known is None else "gazetteer", entry=entry, canonical=entry.name,
                             acronym=entry.acronym, kind=entry.kind))
    return out


_NUMBERED_COMMITTEE = re.compile(r"(?:(?<=\bthe[ ])|(?<=\bThe[ ])|(?<=\bits[ ])|(?<=\bIts[ ])|(?<=\btheir[ ])|"
                                 r"(?<![\w-])Security[ ]Council[ ])"
                                 r"[1-9]\d{2,3}[ ](?:Sanctions[ ])?Committee(?![\w-])")


def _portfolio_lists(text: str, gazetteer: Gazetteer, people: PeopleRules | None = None):
    """The matches of ``_PORTFOLIO_LIST`` that list no title; one that opens with a name and titles is
    read again after its last title ("Zuzana Schwidrowski, Director, Macroeconomics, Finance and Governance
    Division": the unit is what follows "Director")."""
    def a_title(words: str) -> bool:
        """A title the gazetteers or the people rules know, no form of address alone."""
        return (gazetteer.is_title(words) or people is not None and people.is_title(words)) and words not in gazetteer.honorifics

    for m in _PORTFOLIO_LIST.finditer(text):
        while m is not None:
            items = list(re.finditer(r"[^,]+?(?=,\s|\s(?:and|&)\s|$)", m.group()))
            titled = [it for it in items[1:] if a_title(" ".join(it.group().split()))]  # ("Helena Ostrowski, Deputy Secretary, ...")
            # a unit before the list ("Chief, Macroeconomic Analysis Section, Macroeconomics, Finance and ...") or
            # another body's acronym ("Lina Haddad, UNICEF Middle East and North Africa Regional Office") is no portfolio
            # (but an acronym that opens the list's first item is the owner's, and the unit is named with it: "the
            # BNPB Data, Information and Communication Centre")
            titled += [it for k, it in enumerate(items[:-1]) if it.group().split()[-1] in _ORG_HEADS
                       or any(_is_acronym(w) for w in it.group().split()[k == 0 and len(it.group().split()) >= 2
                                                                        and not m.group(1):])]
            # a title that opens the list is no part of the unit ("Director, Fragility, Conflict and Violence Group")
            if not m.group(1) and a_title(items[0].group().strip()):
                titled.append(items[0])
            titled.sort(key=lambda it: it.end())
            if not titled:
                yield m
                break
            # "Christian Salazar Volkmann, Director, Field Operations and ... Division": a name, a title, a unit
            after = m.start() + titled[-1].end()
            sep = re.match(r",\s+", text[after:])
            if not sep:
                break
            m = _PORTFOLIO_LIST.match(text, after + sep.end(), m.end())
            if m is not None and m.group(1):
                break


def _with_org_names(block: Block, found: list[Candidate], gazetteer: Gazetteer, people: PeopleRules,
                    documents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """``found`` plus the organizations named by the form of their name, not by a gazetteer.

    A run of capitalized words (joined by "of", "for", "on", "against", "in", "and", "the")
    holding a head word such as Commission, Committee, Council, Office, Agency, Programme,
    Fund, Foundation, Institute, Centre, Mission, Force, Directorate, Secretariat, Group,
    Ministry or Authority names an organization: "Institute for Security Studies",
    "Liptako-Gourma Authority", "Ministry of Interior of Chad", "Working Group on Border
    Management". A role in front of it is not part of it ("Executive Secretary of the ...").
    Such a name never overlaps a gazetteer organization or place; a State inside it stays a
    country mention (see :meth:`pipeline.extract.Extractor._countries_inside`). Each becomes a gazetteer-like entry
    (id ``new:<name>``) so that roles can name it as the body a person speaks for.
    """
    out = []
    # "CARIBBEAN COMMUNITY SECRETARIAT" in a letterhead: a known body and a head in capitals is a body of it
    for c in found:
        if c.label != "ORG" or c.entry is None or c.entry.id.startswith("new:"):
            continue
        surface = block.text[c.start - block.start:c.end - block.start]
        m = re.match(r"[ ]([A-Z]{4,})(?![\w-])", block.text[c.end - block.start:])
        if not (surface.isupper() and len(surface.split()) >= 2 and m and m.group(1).capitalize() in _ORG_HEADS):
            continue
        name = f"{c.entry.name} {m.group(1).capitalize()}"
        known = gazetteer.lookup(name)
        if known is not None and known.label != "ORG":
            continue
        entry = known or Entry(id=f"new:{name}", label="ORG", name=name, kind=c.entry.kind)
        out.append(Candidate(c.start, c.end + m.end(), "ORG", "rule" if known is None else "gazetteer", entry=entry,
                             canonical=entry.name, acronym=entry.acronym, kind=entry.kind))
    # "the General Assembly of the Organization of American States", "OAS General Assembly": an organ's name
    # the gazetteer knows as the United Nations' is another body's organ when written with that body
    bodies_at = {c.start: c for c in found if c.label == "ORG" and c.entry is not None}
    bodies_to = {c.end: c for c in found if c.label == "ORG" and c.entry is not None}
    for c in found:
        if c.label != "ORG" or c.entry is None or c.entry.name not in _ORGANS_OF_MANY_BODIES:
            continue
        m = re.match(r"[ ]of[ ](?:the[ ])?", block.text[c.end - block.start:])
        owner, s, e = (bodies_at.get(c.end + m.end()) if m else None), c.start, c.end
        if owner is not None:
            e = owner.end
        else:
            owner = bodies_to.get(c.start - 1) if block.text[c.start - 1 - block.start:c.start - block.start] == " " else None
            s = owner.start if owner is not None else s
        if owner is None or owner.entry.kind == "un_entity" or owner.entry.id.startswith("new:") or owner is c:
            continue
        name = f"{c.entry.name} of the {owner.entry.name}"
        entry = Entry(id=f"new:{name}", label="ORG", name=name, kind=owner.entry.kind)
        out.append(Candidate(s, e, "ORG", "rule", entry=entry, canonical=name, kind=owner.entry.kind))
    # "the Jogorku Kenesh of the Kyrgyz Republic": a State's own body the gazetteer knows, written with its
    # State after "of", is named with it (the State stays a country mention inside the name)
    states = {c.start: c for c in found if c.label == "COUNTRY"}
    for c in found:
        if c.label != "ORG" or c.entry is None or c.entry.id.startswith("new:") or c.entry.kind != "government":
            continue
        m = re.match(r"[ ]of[ ](?:the[ ])?", block.text[c.end - block.start:])
        state = states.get(c.end + m.end()) if m else None
        if state is not None and not re.match(r"[ ]+(?:[A-Z]|of[ ]|for[ ])", block.text[state.end - block.start:]):
            out.append(replace(c, end=state.end))
    places = {c.start - block.start for c in found if c.label in ("COUNTRY", "LOCATION")}
    # ("Regional Bureau for Asia and the Pacific": no two bodies where the "and" is inside a place's name)
    in_places = {i - block.start for c in found if c.label in ("COUNTRY", "LOCATION") for i in range(c.start, c.end)}
    bodies = {c.start - block.start for c in found if c.label == "ORG"}
    spans = _org_name_spans(block.text, places, people.title_words, in_places, bodies)
    # "Ministry of Culture, Information, Sports and Youth Policy", "Foreign, Commonwealth & Development
    # Office": a body's portfolios listed with commas are one name
    portfolios: set[tuple[int, int]] = set()
    for m in _portfolio_lists(block.text, gazetteer, people):
        if not (m.group(1) or m.group().split()[-1] in _ORG_HEADS):
            continue
        start = m.start() + (4 if m.group().startswith("The ") else 0)  # "The Truth, Justice, ... Commission"
        owner = re.match(r".*['’]s[ ]", m.group()[:m.group().find(",")])
        if owner is not None:
            start += owner.end()  # "the United Kingdom's Foreign, Commonwealth and Development Office"
        end = m.end()
        of = re.match(r"[ ]of[ ](?:the[ ])?", block.text[end:])
        state = states.get(block.start + end + of.end()) if of and m.group(1) else None
        if state is not None and not re.match(r"[ ]+(?:[A-Z]|of[ ]|for[ ])", block.text[state.end - block.start:]):
            end = state.end - block.start  # "Ministry of Ecology, ... and Climate Change of the Republic of Uzbekistan"
        rests = [(end + a.end(), sp[1]) for sp in spans if sp[0] < end and start < sp[1]
                 for a in [re.match(r"[ ]and[ ](?:the[ ])?(?=[A-Z])", block.text[end:sp[1]])] if a]
        # (a body named after it with "and" stays: "the Lebanese Red Cross and Amel Association")
        spans = [sp for sp in spans if not (sp[0] < end and start < sp[1])] + [(start, end)] + rests
        portfolios.add((start, end))
    # "Working Group on Extractive Industries, Environment and Human Rights Violations": a body's field
    # listed with commas; not when a listed item is a place, a body, an acronym or a title ("the Council
    # on Mali, Niger and Chad", "the Committee on Migrant Workers, Ms. X and ...")
    for m in _FIELD_LIST.finditer(block.text):
        if any(a <= m.start() and m.end() <= b and re.fullmatch(r"[ ]of[ ][^\n]+", block.text[m.end():b])
               and b not in in_places for a, b in portfolios):
            continue  # (inside a portfolio list that runs on with "of" on its line: "Ministry of Industry, Commerce and
            # Employment of Bhutan"; not over a line's end, "... and Disaster Management\nPort Vila, Vanuatu", nor into a
            # State's name, "... of Saint Vincent" of "Saint Vincent and the Grenadines")
        items = _LIST_ITEM_SEP.split(m.group(1))
        if any(gazetteer.is_title(item) or any(_is_acronym(w) or w.rstrip(".") in _HONORIFIC_ABBREVIATIONS
                                               for w in item.split()) for item in items[1:]):
            continue
        if any(i in in_places or i in bodies for i in range(m.start(1), m.end(1))):
            continue
        start = min([sp[0] for sp in spans if sp[0] <= m.start() < sp[1]], default=m.start())
        if re.match(r"(?:the|The)[ ]", block.text[start:]):
            start += 4
        owner = re.search(r"(?<=s)['’](?=[ ])|['’]s(?=[ ])", m.group())
        end = m.start() + owner.start() if owner else m.end()  # "... Foreign Affairs' Chiefs of Defence Forces"
        if owner and owner.start() < m.start(1) - m.start():
            continue
        spans = [sp for sp in spans if not (sp[0] < end and start < sp[1])] + [(start, end)]
        portfolios.add((start, end))
    # "the Spanish Red Cross", "the Philippine Red Cross", "Kenya Red Cross Society": a State's name or its demonym
    # before "Red Cross" or "Red Crescent" names that State's national society, one body
    states_at = {c.start - block.start for c in found if c.label == "COUNTRY"}
    for m in _NATIONAL_SOCIETY.finditer(block.text):
        start = m.start(1) if m.start(1) in states_at else m.start(2) if (
            m.group(2) in gazetteer.demonyms or m.start(2) in states_at) else None
        if start is None:
            continue
        rests = [(m.end() + a.end(), sp[1]) for sp in spans if sp[0] < m.end() and start < sp[1]
                 for a in [re.match(r"[ ]and[ ](?:the[ ])?(?=[A-Z])", block.text[m.end():sp[1]])] if a]
        # (a body named after it with "and" stays: "the Lebanese Red Cross and Amel Association")
        spans = [sp for sp in spans if not (sp[0] < m.end() and start < sp[1])] + [(start, m.end())] + rests
    # "the Garissa-based Womankind Kenya": what a "<place>-based" qualifies is a body
    for m in re.finditer(r"\b[\w'’]+-based[ ]+([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})", block.text):
        if not any(a < m.end(1) and m.start(1) < b for a, b in spans):
            spans.append((m.start(1), m.end(1)))
    based = {sp for sp in spans if re.search(r"-based[ ]+$", block.text[max(0, sp[0] - 30):sp[0]])}
    for s, e in spans:
        s, e = block.start + s, block.start + e
        surface = " ".join(block.text[s - block.start:e - block.start].split())
        hits = [c for c in found if c.start < e and s < c.end]
        # "the Permanent Mission of Ghana to the United Nations Office at Vienna": a known body named after the
        # name's last "of" or "to" ends the name where the known name ends (and is then read with it below: a
        # mission's name holds it; "the Information Service of the United Nations Office at Geneva" is no "Information
        # Service" of its own)
        runs_on = [c for c in hits if c.label == "ORG" and c.entry is not None and not c.entry.id.startswith("new:")
                   and s < c.start < e < c.end and "\n" not in block.text[c.start - block.start:c.end - block.start]
                   and re.search(r"[ ](?:of|to)[ ](?:the[ ])?$", block.text[s - block.start:c.start - block.start])]
        if len(runs_on) == 1:
            e = runs_on[0].end
            surface = " ".join(block.text[s - block.start:e - block.start].split())
            hits = [c for c in found if c.start < e and s < c.end]
        if any(not (s <= c.start and c.end <= e) for c in hits):
            continue  # it would cut a known name
        text = block.text
        s0 = block.start
        places = [replace(c, start=c.start - s0, end=c.end - s0) for c in hits if c.label in ("COUNTRY", "LOCATION")]
        s, e = s - s0, e - s0
        if (s, e) not in portfolios and not _POSTED_FOR.search(text[s:min([c.start for c in places], default=s)]) \
                and not _LISTED_INSTRUMENTS_END.search(text, s, e) \
                and any((re.match(r"\s+and\b", text[c.end:e]) or re.search(r"\band\s+(?:the\s+)?$", text[s:c.start]))
                                            and any(w in _ORG_HEADS for w in text[s:c.start].split()) for c in places):
            continue  # "the Council on Gaza and Ukraine": a body and its topics, not a name (but "Secretariat of the
            # Basel, Rotterdam and Stockholm Conventions": the places name the treaties the name ends with)
            # (but regions joined before the head name a unit: "Asia and Pacific Department")
            # (but a body's portfolios listed with commas may be places: "Department for Asia, Pacific and Africa")
        words_out = re.sub(r"\b(?:of|for|on|in|to|and|the)\b", " ", "".join(
            ch if not any(c.start <= s + i < c.end for c in places) else " "
            for i, ch in enumerate(text[s:e]))).split()
        if places and len(words_out) == 1 and not re.match(r"\S+\s+of\s", text[s:e]) \
                and all(c.start > s for c in places) and (s, e) not in based:
            continue  # "Council on Gaza": a kind of body and a place
        s, e = s + s0, e + s0
        orgs = [c for c in hits if c.label == "ORG"]
        parent = None
        if orgs:
            first_word = surface.split()[0]
            rest = surface[len(text_of(block, orgs[0])):].split() if orgs[0].start == s else []
            if len(orgs) == 1 and orgs[0].start == s and 1 <= len(rest) <= 2 and all(w in _ORG_HEADS for w in rest):
                parent = orgs[0]  # "OSCE Secretariat", "AU Commission": a body of a known body
            elif len(orgs) == 1 and orgs[0].start == s and len(rest) >= 3 and (
                    orgs[0].kind == "un_entity" and _SUBSIDIARY.match(" ".join(rest))
                    or orgs[0].kind in ("un_entity", "intergovernmental") and _FIELD_PRESENCE.match(" ".join(rest))):
                # "Security Council Working Group on Children and Armed Conflict": a subsidiary body;
                # "OSCE Mission to Serbia", "EU Delegation to Nigeria": a field presence
                # "Security Council Working Group on Children and Armed Conflict": a subsidiary body
                parent, rest = orgs[0], []
            elif len(orgs) == 1 and orgs[0].start == s and len(rest) >= 2 \
                    and (_is_acronym(text_of(block, orgs[0])) or len(text_of(block, orgs[0]).split()) >= 2
                         and (orgs[0].kind == "intergovernmental" or rest[-1] in _POSTED_HEADS)) \
                    and (orgs[0].kind in ("un_entity", "intergovernmental")
                         or orgs[0].kind == "other" and _is_acronym(text_of(block, orgs[0]))
                         and re.search(r"[ ](?:for|in|to)[ ]", " ".join(rest)) and rest[0] not in _ORG_HEADS) \
                    and rest[-1] not in _PLURAL_HEADS \
                    and any(w in _ORG_HEADS for w in rest) and not _only_work_heads(" ".join(rest)) \
                    and not any(w in HEADLINE_VERBS or w in _EVENT_HEADS for w in rest) \
                    and not re.match(r"[ \t]+[A-Z]", text[e - s0:]):
                # (not a headline, "OAS Permanent Council Hears Report ..."; not a title's words,
                # "UNHCR Regional Bureau Director")
                # "CARICOM Implementation Agency for Crime and Security", "SADC Regional Food Reserve": a
                # body named after the known body's acronym is its body
                parent, rest = orgs[0], []
            elif (first_word in _ORG_HEADS or _MISSION_TO.match(surface) or _MISSION_TO_BODY.match(surface)
                  or (first_word in _NATIONAL_OPENERS or first_word in gazetteer.demonyms
                      or any(c.start == s and c.label == "COUNTRY" for c in hits))
                  and not re.search(r"\band\b", text[s - s0:orgs[0].start - s0])) \
                    and all(c.start > s for c in orgs):
                # "National Security Council of Somalia", "Kenyan Security Council": not the Security Council
                # "Office of the United Nations Resident Coordinator", "Permanent Mission of Ghana to the
                # United Nations": the known body is part of the name
                pass
            elif len(orgs) == 1 and orgs[0].end == e and orgs[0].kind in ("un_entity", "intergovernmental") \
                    and _organ_of(text[s - s0:orgs[0].start - s0]):
                # "the Executive Council of the Community of Sahel-Saharan States": an organ of the known body; of
                # known bodies listed with commas and "and", of all of them ("Executive Board of UNDP, UNFPA and UNOPS")
                known_at = {c.start: c for c in found if c.label == "ORG" and c.entry is not None
                            and not c.entry.id.startswith("new:")}
                listed_end, pos = e, e
                while (sep := re.match(r",?[ ]and[ ]|,[ ]", text[pos - s0:])) and pos + sep.end() in known_at:
                    pos = known_at[pos + sep.end()].end
                    if "and" in sep.group():
                        listed_end = pos
                        break
                if listed_end != e:
                    e = listed_end
                    surface = " ".join(text[s - s0:e - s0].split())
                parent = orgs[0]  # (of the known body's kind)
            elif (s - s0, e - s0) in portfolios and len(orgs) == 1 and orgs[0].start == s \
                    and text[orgs[0].end - s0:orgs[0].end - s0 + 1] == ",":
                pass  # "Department of Political Affairs, Peace and Security": a known name is only its start
            elif (s - s0, e - s0) in portfolios and surface.split()[-1] in _ORG_HEADS and all(
                    c.start > s and c.end < e and text[c.start - s0 - 2:c.start - s0] == ", "
                    and re.match(r",[ ]|[ ](?:and|&)[ ]", text[c.end - s0:e - s0])
                    and not _is_acronym(text_of(block, c)) for c in orgs):
                pass  # "Thematic Engagement, Special Procedures and Right to Development Division": a known name
                # listed inside a unit's field, closed by the unit's head, is one of its fields
            else:
                tail = text[orgs[-1].end - s0:e - s0].split()
                if orgs[-1].kind in ("un_entity", "intergovernmental") and _is_acronym(text_of(block, orgs[-1])) \
                        and 1 <= len(tail) <= 2 and all(w in _ORG_HEADS for w in tail) \
                        and re.search(r"\bof[ ]the[ ]$", text[s - s0:orgs[-1].start - s0]):
                    # "Information Office of the SCO Secretariat": the known body's unit closing the name is a body
                    unit = " ".join(text[orgs[-1].start - s0:e - s0].split())
                    entry = Entry(id=f"new:{unit}", label="ORG", name=unit, kind=orgs[-1].kind)
                    out.append(Candidate(orgs[-1].start, e, "ORG", "rule", entry=entry, canonical=unit, kind=orgs[-1].kind))
                continue
        if gazetteer.is_not_entity(surface) or gazetteer.is_title(surface):
            continue
        if _ORDINAL_TERM.fullmatch(surface) and gazetteer.lookup(surface) is None:
            continue  # "the Fifth Assembly": a body's term, no body of its own
        known = gazetteer.lookup(surface)
        if parent is not None and parent.entry is not None and known is None and rest:
            known = gazetteer.lookup(parent.entry.name + " " + " ".join(rest))
        if known is not None:
            if known.label == "ORG" and parent is not None:
                out.append(Candidate(s, e, "ORG", "gazetteer", entry=known, canonical=known.name,
                                     acronym=known.acronym, kind=known.kind))
            continue
        if surface.startswith(("Permanent Missions", "Missions", "Embassies", "Delegations")):
            continue  # "the Permanent Missions of Norway and Argentina": no one body
        if parent is None and (_document_name(text, s - s0, e - s0) or _only_work_heads(surface)
                               or re.match(r"[ ]Act(?![\w'’-])", text[e - s0:])  # "the Special Prosecutor's Office Act"
                               or _in_navigation_line(text, s - s0, e - s0)):
            if documents is not None and _document_name(text, s - s0, e - s0):
                documents.append((s, e))
            continue  # "Vienna Programme of Action", "Abidjan Legacy Programme", "Home | Media Centre"
        kind = org_kind(surface, gazetteer)
        if parent is not None and parent.kind in ("un_entity", "intergovernmental", "other"):
            kind = parent.kind  # ("IFRC Country Cluster Delegation for the Pacific": the IFRC's)
        owner = next((c for c in found if c.label == "ORG" and c.kind in ("un_entity", "intergovernmental")
                      and re.fullmatch(r"['’]s\s+", text[c.end - s0:s - s0])), None) if kind == "other" else None
        if owner is not None:
            kind = owner.kind  # "the European Union's Emergency Trust Fund for Africa": a body of a known body
        elif kind == "other" and any(c.label == "COUNTRY" and re.fullmatch(r"['’]s\s+", text[c.end - s0:s - s0])
                                     for c in found):
            kind = "government"  # "the United Kingdom's Foreign, Commonwealth & Development Office": a State's body
        if parent is None and kind in ("other", "government") and not _NATIONAL.search(surface) \
                and _state_in_name(gazetteer, surface) is None:
            outer = _unit_of(text, e - s0, s0, found)
            if outer is not None:
                kind = outer  # "SDG Monitoring Section, Statistics Division, DESA": a unit of a UN body
        entry = Entry(id=f"new:{surface}", label="ORG", name=surface, kind=kind)
        out.append(Candidate(s, e, "ORG", "rule", entry=entry, canonical=surface, kind=kind))
    # "the 1718 Committee", "the 751 Committee": a Security Council committee named by its resolution
    for m in _NUMBERED_COMMITTEE.finditer(block.text):
        s, e = block.start + m.start(), block.start + m.end()
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e and c.label == "ORG") for c in [*found, *out]):
            continue
        out = [c for c in out if not (s <= c.start and c.end <= e)]
        name = " ".join(m.group().split())
        entry = gazetteer.lookup(name) or Entry(id=f"new:{name}", label="ORG", name=name, kind="un_entity")
        out.append(Candidate(s, e, "ORG", "rule", entry=entry, canonical=entry.name, acronym=entry.acronym, kind=entry.kind))
    out.extend(_letterhead_bodies(block, [*found, *out], gazetteer, people))
    out.extend(_questioners_outlets(block, [*found, *out], gazetteer))
    if not out:
        return found
    # a State or place inside the name is part of it here (countries come back as overlapping mentions)
    return [c for c in found if c.label == "COUNTRY" or not any(o.contains(c) for o in out)] + out


_CAPITALS_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_CAPITALS_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _letterhead_bodies(block: Block, found: list[Candidate], gazetteer: Gazetteer, people: PeopleRules) -> list[Candidate]:
    """"NATIONAL ASSEMBLY OF ZAMBIA", "STANDING COMMITTEE ON FOREIGN AFFAIRS AND DEFENCE" on a line of their own:
    a line in capitals that, written in the usual case, is one body's name built in the usual form (its
    whole line, a head word in it) names that body; its name is the usual case. Not a line holding
    anything else ("MINUTES OF THE TWENTY-SECOND MEETING", "MEMBERS OF THE COMMITTEE"), nor a line where a
    known name stands (the gazetteer's own rules read those)."""
    out = []
    for m in _CAPITALS_LINE.finditer(block.text):
        line = m.group(1)
        if not line.isupper() or len(line.split()) < 3 or any(ch.isdigit() for ch in line) \
                or re.search(r"[^\w\s'’&,-]", line) or re.search(r",(?![ ])|,.*,.*,.*,", line):
            continue  # (commas only between a body's portfolios: "MINISTRY OF FOREIGN AFFAIRS, REGIONAL INTEGRATION AND ...")
        s, e = block.start + m.start(1), block.start + m.end(1)
        # "PERMANENT MISSION OF THE BOLIVARIAN REPUBLIC OF VENEZUELA / TO THE UNITED NATIONS": a mission's name
        # wrapped before where it is posted goes on on the next line
        wrapped = re.match(r"[ \t]*\n[ \t]*((?:TO|IN|AT)[ ][^\n]*?)[ \t]*$", block.text[m.end(1):], re.MULTILINE)
        alone = _MISSION_TO.match(_CAPITALS_WORD.sub(lambda w: w.group().lower() if w.group().lower() in _LOWER_GLUE
                                                     else w.group().capitalize(), line)) if wrapped else None
        if wrapped and wrapped.group(1).isupper() and alone and not alone.group(2):
            e = block.start + m.end(1) + wrapped.end(1)
            line = re.sub(r"\s", " ", block.text[m.start(1):m.end(1) + wrapped.end(1)])
        titled = _CAPITALS_WORD.sub(lambda w: w.group().lower() if w.group().lower() in _LOWER_GLUE
                                    else w.group().capitalize(), line)
        titled = titled[:1].upper() + titled[1:]
        # "PERMANENT MISSION OF THE REPUBLIC OF FIJI TO THE UNITED NATIONS": a mission or an embassy of a State
        # posted to a known body or in a place holds that body's name after "TO", "IN" or "AT" and is still one name
        mission = _MISSION_TO.match(titled)
        posted_at = s + mission.start(2) if mission and mission.group(2) else None
        if any(c.start < e and s < c.end and c.label in ("ORG", "PERSON")
               and not (posted_at is not None and c.label == "ORG" and c.start >= posted_at) for c in found):
            continue
        listed = _PORTFOLIO_LIST.fullmatch(titled) if "," in titled else None
        # "DEPARTMENTAL COMMITTEE ON DEFENCE, INTELLIGENCE AND FOREIGN RELATIONS": a body's field written as a list
        field = _FIELD_LIST.search(titled) if "," in titled else None
        field = field if field and field.end() == len(titled) and not re.search(r"\b[a-z]", titled[:field.start()]) \
            and not re.search(r"(?:^|[ ])(?:OF|THE|AND|ON|FOR)[ \t]*\n[ \t]*$", block.text[:m.start(1)]) else None
        # (not the end of a name wrapped from the line above: "... OF THE / ORGAN ON POLITICS, DEFENCE AND ...")
        if len(titled) != len(line) or ("," in titled and not (listed and listed.group(1)) and not field) \
                or "," not in titled and _org_name_spans(titled, role_words=people.title_words) != [(0, len(titled))]:
            continue
        name = " ".join(titled.split())
        if gazetteer.is_not_entity(name) or gazetteer.is_title(name) or people.is_title(name) or _states_then_verb(name, gazetteer) \
                or _document_name(name, 0, len(name)) or _only_work_heads(name) \
                or any(w in _EVENT_HEADS or w in HEADLINE_VERBS for w in name.split()):
            continue
        known = gazetteer.lookup(name)
        if known is not None and known.label != "ORG":
            continue
        entry = known or Entry(id=f"new:{name}", label="ORG", name=name, kind=org_kind(name, gazetteer))
        out.append(Candidate(s, e, "ORG", "rule" if known is None else "gazetteer", entry=entry,
                             canonical=entry.name, acronym=entry.acronym, kind=entry.kind))
    return out


_UNIT_CHUNK = re.compile(r"[A-Z][\w'’&-]*(?:[ ](?:[A-Z][\w'’&-]*|of|for|on|and|the|in))*")


def _unit_of(text: str, end: int, offset: int, found: list[Candidate]) -> str | None:
    """The kind of the known UN or intergovernmental body a unit is written before, with commas and at
    most two more units between ("Social Protection Department, ILO"; "SDG Monitoring Section,
    Statistics Division, DESA"), or ``None``."""
    starts = {c.start - offset: c for c in found if c.label == "ORG" and c.entry is not None
              and not c.entry.id.startswith("new:") and c.kind in ("un_entity", "intergovernmental")}
    pos = end
    for _ in range(3):
        comma = re.match(r",[ ]+", text[pos:])
        if comma is None:
            return None
        pos += comma.end()
        if pos in starts:
            return starts[pos].kind
        chunk = _UNIT_CHUNK.match(text, pos)
        if chunk is None:
            return None
        pos = chunk.end()
    return None


def _begins_longer_name(text: str, c: Candidate, gazetteer: Gazetteer) -> bool:
    """"United Nations" opening a name or a title the gazetteers do not know ("United Nations
    Global Counter-Terrorism Strategy", "UN High Commissioner") is no mention of the United
    Nations on its own; "United Nations Headquarters" is."""
    if c.entry is None or c.entry.id != "org:un":
        return False
    m = re.match(r" ([A-Z][\w'’-]*)", text[c.end:c.end + 40])
    if not m or gazetteer.is_not_entity(m.group(1)):
        return False
    # "the UN Resident Coordinator in Kyrgyzstan": a title after it names the post, the United Nations
    # is named; "UN High Commissioner for Refugees" names another office
    words = re.match(r"(?:[ ](?:[A-Z][\w'’-]*|and))+", text[c.end:c.end + 80]).group().split()
    for n in range(min(len(words), 5), 0, -1):
        if words[n - 1] != "and" and gazetteer.is_title(" ".join(words[:n])):
            after = text[c.end:].split(None, n + 1)
            return len(after) > n and (after[n] in ("for", "on", "of") or after[n].strip(".,;:") in _ORG_HEADS)
    return True


def _acronym_definitions(text: str, block: Block, found: list[Candidate], acronyms: dict[str, Candidate],
                         gazetteer: Gazetteer, people: PeopleRules, not_bodies: set[str] | None = None,
                         documents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """"Long Name (ACR)": remember ACR -> the long name; return new long-name candidates. An acronym
    defined for a document, a goal or a plan ("Treaty on the Non-Proliferation of Nuclear Weapons
    (NPT)") goes to ``not_bodies``: the model's reading of it as a body is dropped everywhere."""
    out: list[Candidate] = []
    for m in _ACRONYM_DEF.finditer(block.text):
        acr = m.group(1)
        paren = block.start + m.start()
        before = text[block.start:paren].rstrip()
        long_end = block.start + len(before)
        # an acronym written with a word of its name ("Africa CDC") is spelt by that word's initial
        letters = "".join(w[0] if w[1:].islower() else re.sub(r"(?<=[A-Z])s$", "", w) for w in acr.split()) \
            if " " in acr else acr
        start = _long_form_start(before, letters)
        if start is not None and _SENTENCE_BREAK.search(before[start:]):
            start = None  # "UNICEF said so. Grants from the Education Cannot Wait Fund (UNICEF)": no name runs over a sentence's end
        entry = gazetteer.lookup(acr)
        if entry is not None and start is not None and _another_body(before[start:], entry, gazetteer):
            entry = None  # "Interregional Coordination Centre (ICC)": not the ICC the gazetteer knows
        if entry is not None and entry.label == "ORG" and start is None:
            start = _known_long_form_start(before, entry)  # "the UN Children's Fund (UNICEF)"
            if start is None and any(c.end == long_end and c.label == "ORG" and c.entry is not None
                                     and c.entry.id.startswith("new:") and not _names_inside(text[c.start:c.end], entry, gazetteer)
                                     for c in found) \
                    and entry.name not in text and not any(c.entry == entry and text[c.start:c.end] != acr for c in found):
                # "the self-styled Paraguayan People's Army (EPP)": the acronym, in another language, of the
                # body just named, not the body the gazetteer knows by it (the European People's Party), which
                # the text never names in full ("the UN Children's Fund (UNICEF) ... the Education Cannot Wait
                # Fund (UNICEF)": UNICEF stays UNICEF)
                entry = None
        if entry is not None:
            # a known acronym: its long form, however spelled here, is the same entry
            if start is not None:
                long = _LEADING_ARTICLE.sub("", before[start:])
                s = long_end - len(long)
                if not any(c.end == long_end and c.entry == entry for c in found) \
                        and "\n\n" not in long and not people.is_title(long) \
                        and not any(c.end == long_end and c.start < s and c.label == "ORG" and c.entry is not None
                                    and c.entry.id.startswith("new:") and _organ_of(text[c.start:s]) for c in found):
                    # (not when the long form closes the name of one of its organs: "the Executive Council of the
                    # Community of Sahel-Saharan States (CEN-SAD)" names the Council, and CEN-SAD stays CEN-SAD)
                    out.append(Candidate(s, long_end, entry.label, "rule", entry=entry, canonical=entry.name,
                                         acronym=entry.acronym, kind=entry.kind))
            continue
        known = next((c for c in found if c.end == long_end and c.entry is not None
                      and (_long_form_start(text[c.start:c.end], letters) == 0
                           # "CARICOM Implementation Agency for Crime and Security (IMPACS)": the long form
                           # and the known body's acronym before it
                           or start is not None and c.label == "ORG" and c.entry.id.startswith("new:")
                           and c.start < block.start + start and _is_acronym(text[c.start:block.start + start].split()[0])
                           or start is None and _initials_cover(text[c.start:c.end], letters)
                           # "National Counter Terrorism Agency (BNPT)": an acronym from another language
                           or start is None and c.label == "ORG" and c.entry.id.startswith("new:"))), None)
        if known is not None:
            acronyms.setdefault(acr, replace(known, acronym=acr if known.label == "ORG" else None,
                                             start=0, end=0, ambiguous=False))
            continue
        if start is None:
            continue
        opener = _NATIONAL_BEFORE_LONG_FORM.search(before[:start])
        if opener is not None and opener.group(1) in _NATIONAL_MODIFIERS:
            start = opener.start(1)  # "the National\nService for ... of Liberty (SNAI)": an acronym from another
            # language spells the name from its second word; the national modifier before it opens the name
        long = _LEADING_ARTICLE.sub("", before[start:])
        s = long_end - len(long)
        if people.is_title(long) or gazetteer.is_not_entity(long) or "\n\n" in long:
            continue
        if long.split()[-1] in _EVENT_HEADS or long.split()[-1].rstrip("s") in _EVENT_HEADS \
                or _document_name(text, s, long_end) or _only_work_heads(long):
            if documents is not None and _document_name(text, s, long_end):
                documents.append((s, long_end))
            if not_bodies is not None and not any(c.start <= s < c.end and c.label == "ORG" for c in found):
                not_bodies.add(acr)
                not_bodies.add(acr[:-1] if acr.endswith("s") else acr + "s")
            # "Sustainable Development Goals (SDGs)", "National Action Plan (NAP)",
            continue  # "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)": a document, no body
        long_name = " ".join(long.split())
        if _PLACE_HEAD.search(long_name) and not _ORG_HEAD.search(long_name) \
                and not any(w in _ORG_HEADS or w == "Conference" for w in long_name.split()):
            cand = Candidate(s, long_end, "LOCATION", "rule", canonical=long_name)
        else:
            kind = org_kind(long_name, gazetteer)
            of = re.match(r"\s+of\s+(?:the\s+)?", block.text[m.end():])
            if of and not (kind == "government" and _state_in_name(gazetteer, long_name)):
                # "the Peace and Security Council (PSC) of the African Union": a body of a known body
                at = block.start + m.end() + of.end()
                owner = next((c for c in found if c.start == at and c.label == "ORG"), None)
                if owner is not None and owner.kind in ("un_entity", "intergovernmental"):
                    kind = owner.kind
            entry = Entry(id=f"new:{long_name}", label="ORG", name=long_name, kind=kind, acronym=acr)
            cand = Candidate(s, long_end, "ORG", "rule", entry=entry, canonical=long_name, acronym=acr, kind=kind)
        acronyms.setdefault(acr, replace(cand, start=0, end=0))
        out.append(cand)
    # "JIS | Jamaica Information Service": a letterhead or a site's banner writes the acronym, a bar or a
    # dash, and the long name its initials spell
    for m in _ACRONYM_BANNER.finditer(block.text):
        acr, s = m.group(1), block.start + m.start(2)
        known = next((c for c in found if c.label == "ORG" and c.start == s and c.entry is not None
                      and c.end == block.start + m.end(2)), None)
        if known is not None and _long_form_start(text[known.start:known.end], acr) == 0 \
                and gazetteer.lookup(acr) is None:
            acronyms.setdefault(acr, replace(known, acronym=acr, start=0, end=0, ambiguous=False))
    return out


_NATIONAL_MODIFIERS = lexicon_set("national_modifiers")
_NATIONAL_BEFORE_LONG_FORM = re.compile(r"(?:^|\bthe\s+)([A-Z][a-z]+)\s+$")


_ACRONYM_BANNER = re.compile(r"^[ \t]*([A-Z]{2,6})[ \t]+[|–—][ \t]+([A-Z][^\n|]*?)[ \t]*$", re.M)


def _acronym_uses(block: Block, acronyms: dict[str, Candidate], found: list[Candidate],
                  gazetteer: Gazetteer) -> list[Candidate]:
    out = []
    # "the MIF Secretariat", "the MRU Council of Ministers": a body named after the acronym is a body of its own,
    # the acronym no separate mention inside it
    bodies = [(c.start, c.end) for c in found if c.label == "ORG" and c.entry is not None and c.entry.id.startswith("new:")]
    for acr, template in acronyms.items():
        entry = gazetteer.lookup(acr)
        if entry is not None and template.entry is not None and entry.id == template.entry.id:
            continue  # the gazetteer already matches it
        src = "gazetteer" if template.entry is not None and not template.entry.id.startswith("new:") else "rule"
        for m in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", block.text):
            s, e = block.start + m.start(), block.start + m.end()
            if any(bs == s and e < be for bs, be in bodies):
                continue
            out.append(replace(template, start=s, end=e, source=src))
        # the long form again elsewhere, also in capitals in a heading ("PEACE AND SECURITY COUNCIL")
        long = template.canonical or ""
        if template.label == "ORG" and len(long.split()) >= 2 and not long.isupper():
            forms = [long.upper()] + ([long] if template.entry is None or template.entry.id.startswith("new:") else [])
            for form in forms:
                pattern = r"\s+".join(re.escape(w) for w in form.split())
                for m in re.finditer(r"(?<![\w-])" + pattern + r"(?![\w-])", block.text):
                    s, e = block.start + m.start(), block.start + m.end()
                    out.append(replace(template, start=s, end=e, source=src))
    return out
