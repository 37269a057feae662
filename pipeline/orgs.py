"""Organizations by the form of their name, acronyms and the kind of a body: the rules of the extract stage.

Used by :mod:`pipeline.extract` (the stage) and :mod:`pipeline.places`. What is here:

- :func:`org_kind`, the kind of a body from its name ("Ministry of Interior of Chad" ->
  ``government``) and the State a government body belongs to;
- the spans of names built like a body's ("Institute for Security Studies", "Liptako-Gourma
  Authority"), a long form's start before an acronym defined in the text ("... (CTED)") and whether
  a name is a document's, a plan's or an event's rather than a body's;
- what the document view does with organizations (one record per body, however it is written);
- :class:`Candidate`, the possible entity every extract rule passes on, and :func:`_alt`, a lexicon
  section as a regular-expression alternation: both live here because this is the lowest module
  of the stage (:mod:`pipeline.places` and :mod:`pipeline.extract` import them from here).

The words these rules decide with are data, in ``pipeline/data/lexicon.json``. No third-party
library is imported here (spaCy enters through :mod:`pipeline.extract` only), and nothing here
imports :mod:`pipeline.extract` or :mod:`pipeline.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ._data import lexicon, lexicon_set
from .gazetteers import Entry, Gazetteer
from .people import PersonMatch


# The vocabulary below (heads, tails, cues) is data: pipeline/data/lexicon.json, one section per list.
# A word that goes into a pattern is plain text; the pattern's syntax stays here.
_LITERAL = re.compile(r"[^\W\d_][\w '’/-]*")


def _alt(section: str, *, capital_too: bool = False) -> str:
    """The words of a lexicon section as a regular-expression alternation, in the order written there;
    with ``capital_too``, a lower-case word also matches with a capital first letter ("[Hh]urricane")."""
    words = lexicon(section)
    bad = [w for w in words if not _LITERAL.fullmatch(w)]
    if bad:
        raise ValueError(f"lexicon.json, section {section!r}: not a plain word {bad}")
    if capital_too:
        words = tuple(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w for w in words)
    return "|".join(words)


# Heads of event names the model likes to call ORG ("Quarterly Briefing", "Annual Meeting").
_EVENT_HEADS = lexicon_set("event_heads")

_PLURAL_PEOPLE = lexicon_set("plural_people")
# A head in the plural names a kind of body ("Counter-Terrorism Agencies", "National Committees")
_PLURAL_HEADS = lexicon_set("plural_heads")

_GENERIC_ORG_WORDS = lexicon_set("generic_org_words")

_ORG_HEAD = re.compile(r"\b(?:" + _alt("organization_head_words") + r")\b")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


@dataclass
class Candidate:
    """A possible entity, before the merge policy and the block check decide whether it stays."""

    start: int
    end: int
    label: str  # PERSON | COUNTRY | ORG | LOCATION | DATE | PLACE (model GPE/LOC, not yet classified)
    source: str  # "model" | "rule" | "gazetteer"
    entry: Entry | None = None
    canonical: str | None = None
    acronym: str | None = None
    kind: str | None = None
    ambiguous: bool = False  # a gazetteer surface that is also a common word or given name
    person: PersonMatch | None = None
    block: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def code(self) -> str | None:
        return self.entry.code if self.entry is not None and self.entry.label == "COUNTRY" else None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end


_ACRONYM_DEF = re.compile(r"\s?\(([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9&\-]{0,9})\)")

# Head nouns that end an organization's name written in the usual form: those people.ORG_KEYWORDS holds too,
# and a few more ("Corps", "League", "Inspectorate").
_ORG_HEADS = lexicon_set("organization_heads") | lexicon_set("organization_heads_extra")
_ORG_JOINERS = lexicon_set("organization_joiners")
# Forms of address that open the next person's name ("Ms. X"): an organization's name never runs into one
_HONORIFIC_ABBREVIATIONS = lexicon_set("honorific_abbreviations")
# Before a name, these make it a common noun ("a Programme Office", "their Liaison Office").
_INDEFINITE = frozenset({"a", "an", "its", "their", "our", "his", "her", "your", "my", "each", "every", "any", "new",
                         "another", "this", "that", "these", "those", "such"})
_ORG_STOP = frozenset("""The A An This That These Those Several Many Some All Both Each Every Other Most Its Their His
    Her Our My Your Further Following Under During Since After Before While When Where Although However Moreover
    In On At For From By With As To Of And But Also Through Between Among Against Without Within Upon Into Such
    Dear Thank Thanks Today Yesterday Tomorrow Madam Mr Ms Mrs Dr Chair Chairman Chairperson President
    Member Members Representatives Delegates Participants Speakers""".split())
_MISSION_OF = re.compile(r"^(?:" + _alt("mission_heads") + r")(?: of)?(?: the)? (.+?)"
                         r"(?: to the United Nations.*)?$")
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


# Words that open a national body's name around a known body's name ("National Security Council")
_NATIONAL_OPENERS = lexicon_set("national_modifiers") | {"Supreme", "Transitional", "Presidential"}
# Heads of a field presence named after the State it works in ("... Mission in Ukraine")
_MISSION_WORDS = frozenset({"Mission", "Operation", "Force", "Presence"})
_MISSION_TO = re.compile(r"^(?:" + _alt("mission_heads") + r") of (?:the )?(.+?)(?: (?:to|in|at) .+)?$")
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
        name = " ".join(w.lower() if w.lower() in _LOWER_GLUE else w.capitalize() for w in name.split())
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
    national = bool(_NATIONAL.search(name))
    mission = _MISSION_TO.match(name)
    if gazetteer is not None and mission and (entry := gazetteer.lookup(mission.group(1))) is not None \
            and entry.label == "COUNTRY":
        return "government"  # "Mission of Ukraine to NATO", "Embassy of Japan in Kenya"
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
    if re.search(r"\b(?:" + "|".join(sorted(_MISSION_WORDS)) + r") (?:in|to) ", name) and not _NATIONAL.search(name):
        return "intergovernmental"  # "Human Rights Monitoring Mission in Ukraine": a presence in a State, not its own
    state = gazetteer is not None and (_state_in_name(gazetteer, name) is not None
                                       or name.split()[0] in gazetteer.demonyms)
    if _ARMY.search(name) and not state and not re.match(r"(?:" + _alt("national_modifiers") + r")\b", name):
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
        entry = gazetteer.lookup(name[m.end():].strip())
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
    return bool(_DOCUMENT_BEFORE.search(text[max(0, start - 80):start]))


def _opens_longer_name(text: str, word: str) -> bool:
    """True when ``word`` is written elsewhere in ``text`` as the first word of a body's name ("Ittifoq"
    after "Ittifoq Youth Centre"): a short name of that body."""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"((?:[ ][A-Z][\w'’-]*){1,4})", text):
        if any(w in _ORG_HEADS for w in m.group(1).split()):
            return True
    return False


def _only_work_heads(surface: str) -> bool:
    """True when every head word of a name found by its form is a programme's, project's or platform's."""
    words = [re.sub(r"(?:['’]s|\.)$", "", w) for w in surface.split()]
    heads = [w for w in words if w in _ORG_HEADS]
    return bool(heads) and all(w in _WORK_HEADS for w in heads)


def _org_name_spans(text: str, places: set[int] = frozenset(), role_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every organization name written in the usual form (see ``_with_org_names``)."""
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
            if j > i and w.rstrip(".") in _HONORIFIC_ABBREVIATIONS:
                break  # the next person ("... Armed Conflict\n    Ms. X")
            if _org_word(w):
                run.append(j)
                j += 1
                if w.endswith((".", "'s", "’s")) and not re.fullmatch(r"(?:[A-Z]\.){2,}", w) \
                        and not _possessive_inside_name(text, words, j - 1, places):
                    break  # a sentence's end or a possessive; "U.S." goes on
                continue
            if run and w == "in" and j + 1 < len(words) and words[j + 1].start() not in places \
                    and words[j + 1].group() not in ("the", "The"):
                j += 1  # "Group of Friends in Defence of ...", but not "Office in Doha"
                continue
            if run and w in ("in", "to") and j + 1 < len(words) and words[j - 1].group() in _MISSION_WORDS \
                    and (words[j + 1].start() in places or words[j + 1].group() == "the" and j + 2 < len(words)
                         and words[j + 2].start() in places):
                j += 1  # "Human Rights Monitoring Mission in Ukraine", "Mission to the Sudan": the State is in the name
                continue
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
            if w == "and" and k + 1 <= run[-1] and (words[k + 1].group() in ("the", "The") or
                                                  _is_acronym(re.sub(r"['’]s$", "", words[k + 1].group())) or
                                                  re.sub(r"(?:['’]s|\.)$", "", words[k - 1].group()) in _ORG_HEADS):
                out.extend(_org_in_run(text, words, [x for x in part if x in run], role_words))
                part = []
                continue
            part.append(k)
        out.extend(_org_in_run(text, words, [x for x in part if x in run], role_words))
        i = max(j, i + 1)
    return out


def _is_acronym(w: str) -> bool:
    return len(w) >= 2 and w.isupper() and w.isalpha()


def _possessive_inside_name(text: str, words: list, k: int, places: set[int]) -> bool:
    """"Prosecutor's Office for Organized Crime", "People's Assembly": a possessive common noun
    inside a name, not an owner ("UNODC's Branch", "Mali's Ministry", "the Council's Group")."""
    w = words[k].group()
    core = re.sub(r"['’]s$", "", w)
    if core == w or core.isupper() or core in _ORG_HEADS or words[k].start() in places or k + 1 >= len(words):
        return False
    gap = text[words[k].end():words[k + 1].start()]
    return gap == " " and words[k + 1].group()[:1].isupper() and (k == 0 or not words[k - 1].group()[:1].isupper()
                                                                  or words[k - 1].group() in _ORG_STOP)


def _org_word(w: str) -> bool:
    core = re.sub(r"(?:['’]s|\.)$", "", w)
    if not core or not core[0].isupper() or any(ch.isdigit() for ch in core):
        return False
    return all(ch.isalpha() or ch in "-'’&/." for ch in core)


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
    while start <= first_head and (words[start].group() in _ORG_JOINERS or words[start].group() in _ORG_STOP):
        start += 1
    if start > first_head:
        start = first_head
    # it ends on the run's last capitalized word; words written right after the last head, with no
    # joiner, are what the body has ("Trusteeship Council Chamber", "Commission Report")
    end = run[-1]
    last_head = heads[-1]
    if end > last_head and words[last_head + 1].group() not in _ORG_JOINERS \
            and not (words[last_head].group() in _MISSION_WORDS and words[last_head + 1].group() == "in"):
        if re.sub(r"(?:['’]s|\.|,)$", "", words[last_head + 1].group()) in _PLURAL_HEADS:
            return []  # "the UNOCT Programme Offices": bodies of a kind, no one name
        end = last_head
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
            and not text[words[start - 1].end():words[start].start()].strip():
        return []  # "a Programme Office"
    names = [words[k].group() for k in range(start, end + 1)]
    capitals = [w for w in names if w not in _ORG_JOINERS]
    if len(capitals) < 2 or all(w.isupper() for w in capitals):
        return []
    if all(re.sub(r"(?:['’]s|\.)$", "", w) in _ORG_HEADS or w in _GENERIC_MODIFIERS for w in capitals):
        return []  # "the Working Group", "Heads of State and Government": a kind of body, no name
    # "Emergency Operations Centre of the Ministry of Health of Somalia": a unit, then the body it belongs to
    for k in range(first_head + 1, end - 1):
        if words[k].group() == "of" and words[k + 1].group() == "the" and words[k + 2].group() in _OUTER_HEADS:
            s, e = words[start].start(), words[k - 1].end()
            return [(s, e)] + _org_in_run(text, words, [x for x in run if x >= k + 2 and x <= end], role_words)
    s, e = words[start].start(), words[end].end()
    m = re.search(r"(?:['’]s|\.)$", text[s:e])
    if m:
        e -= len(m.group())
    return [(s, e)]


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
    start = s.rfind(" ", 0, start) + 1
    long = s[start:]
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

_BY_KIND = re.compile(r"^(.*\S) of the ((?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)$")


def _resolve_body_by_kind(rec: dict, orgs) -> None:
    """"Vice-President of the Council": a body named by its kind alone in a title is the document's
    one organization of that kind ("Economic and Social Council"); the title keeps the rest."""
    m = _BY_KIND.match(rec.get("title") or "")
    if m is None or rec.get("organization") or m.group(2).split()[-1] not in _ORG_HEADS:
        return
    kind = m.group(2)  # "the Committee", "the Standing Committee", "the Executive Board"
    named = {r["name"] for r in orgs if r["name"] and (r["name"].endswith(" " + kind) and len(r["name"].split()) > 1
                                                        or r["name"] == kind and " " in kind)}
    if len(named) == 1:
        rec["title"], rec["organization"] = m.group(1), named.pop()
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


def _body_signature(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """("Council", "org:las") for "Council of the League of Arab States" and "Arab League Council";
    ("Regional Office for Africa", "org:who") for "WHO Regional Office for Africa": a known body
    and the part of it the name names, however the two are ordered."""
    m = _HEAD_OF_BODY.match(name)
    if m and m.group(1).split()[-1] in _ORG_HEADS:
        entry = gazetteer.lookup(m.group(2))
        if entry is not None and entry.label == "ORG":
            return m.group(1), entry.id
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        entry = gazetteer.lookup(" ".join(words[:k]))
        if entry is not None and entry.label == "ORG":
            return " ".join(words[k:]), entry.id
    return None


def _merge_same_bodies(orgs: dict[str, dict], gazetteer: Gazetteer) -> dict[str, dict]:
    """One body written two ways is one organization: "Council of the League of Arab States" and
    "Arab League Council"; "WHO Regional Office for Africa" and "Regional Office for Africa" (the
    same part of the same known body, with its name before or after, or left out when the body
    is named elsewhere in the document); "Regional Assistance Mission to the Solomon Islands" and
    "Regional Assistance Mission" (a name cut before what it is to, in, for or of). The longer
    name is kept."""
    by_sig: dict[tuple[str, str], str] = {}
    merged: dict[str, str] = {}
    for key, rec in orgs.items():
        if key.startswith("org:"):
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
        if key.startswith("org:") or key in merged or len(name.split()) < 2 or name.split()[-1] not in _ORG_HEADS:
            continue
        longer = [k for n, k in names.items() if k != key and re.match(re.escape(name) + r" (?:to|in|for|on|of) ", n)]
        if len(longer) == 1 and longer[0] not in merged:
            merged[key] = longer[0]
    for key, rec in orgs.items():  # "Regional Office for Africa" where the WHO's is named
        if key.startswith("org:") or key in merged or key in by_sig.values():
            continue
        hit = [k for (part, _), k in by_sig.items() if part == rec["name"]]
        if len(hit) == 1:
            merged[key] = hit[0]
    if not merged:
        return orgs
    out = {k: dict(v) for k, v in orgs.items() if k not in merged}
    for key, into in merged.items():
        while into in merged:
            into = merged[into]
        rec, target = orgs[key], out[into]
        if len((rec["name"] or "").split()) > len((target["name"] or "").split()):
            target["name"] = rec["name"]
        target["acronym"] = target["acronym"] or rec["acronym"]
        target["mentions"] = sorted(target["mentions"] + rec["mentions"])
    return out


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


_PLACE_HEAD = re.compile(r"\b(?:" + _alt("place_heads") + r")\b")
