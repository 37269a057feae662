"""People rules, tokens and words: the values the person rules pass around, the tokens they read,
the word lists that make a word part of a name or a title, and the lookups of a country or an
organization among the gazetteer spans.

Part of the extract stage, below :mod:`pipeline.people` and its rule parts
(:mod:`pipeline.people_names`, :mod:`pipeline.people_roles`, :mod:`pipeline.people_titles`), which
read every line through these, and imported also by :mod:`pipeline.extract`, :mod:`pipeline.orgs`
and :mod:`pipeline.places` for the values and word lists they share (``Role``, ``PersonMatch``,
``ORG_KEYWORDS``, ``DOCUMENT_WORDS`` ...). Here are ``Role``, ``PersonMatch`` and the token ``_Tok``; ``_tokens`` and ``_text``; the
predicates on single words (``_name_like``, ``_is_regnal`` ...); the lexicon sections the rules
read (pipeline/data/lexicon.json); and the affiliation lookups over the spans (``_affiliation_at``,
``_mission_country``, ``_names_a_body``, ``is_subunit`` ...). It imports only the data loader and
the gazetteer's ``Entry``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ._data import lexicon, lexicon_set
from .gazetteers import Entry

#: Lower-case particles that may sit inside a personal name ("Ursula von der Leyen").
NAME_PARTICLES = lexicon_set("name_particles")
#: Words that make a capitalized run an organization, not a person: the head nouns extract uses too, and
#: a few more (instruments, conferences, parties: "Agreement", "Conference", "Party").
ORG_KEYWORDS = lexicon_set("organization_heads") | lexicon_set("organization_keywords_extra")
_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
#: A policy field's nouns closing a protocol's or a portfolio's name ("... on Democracy and Good Governance"): no name's
TOPIC_NOUNS = lexicon_set("topic_nouns_not_names")
#: Words that open a letter's or an e-mail's greeting ("Dear Janine,", "Dear Colleague"): never a word of the name
#: after them, nor a body's or a place's
_SALUTATIONS = lexicon_set("salutations")
SENTENCE_ADVERBS = lexicon_set("sentence_adverbs")  # "Now X of the IFRC": an adverb opening the sentence
_NOT_NAME = frozenset({"The", "This", "These", "That", "Those", "His", "Her", "Their", "Our", "We", "It", "In", "On",
                       "At", "For", "And", "But", "With", "By", "As", "From", "To", "Of", "A", "An", "I",
                       # a headline's quantifiers in title case ("... in Too Many Prisons, Special Rapporteur Tells ...",
                       # "Maims a Civilian Every Hour, Mine Action Chief Tells ...")
                       "Too", "Many", "Several", "Every", "Each"}) | _MONTHS | _SALUTATIONS | lexicon_set("sentence_gerunds") \
    | SENTENCE_ADVERBS \
    | TOPIC_NOUNS  # "Democracy and Good Governance, the President of ..."
RETIRED_MARKS = lexicon_set("retired_marks")  # "Major General (rtd) X": a retired officer's mark after the rank
#: Gerunds opening a sentence before a name ("Electing X (Hungary) as its Chair"): never a word of the name
SENTENCE_GERUNDS = lexicon_set("sentence_gerunds")
_CONNECTORS = ("of", "for", "to", "at", "on", "in")
# Connectors after which a country or organization is the one represented ("of Spain", "for the
# Alliance of Civilizations"); "in Chad" is where one is posted, part of the title.
_AFFILIATION = ("of", "for", "to", "at", "in")
# "at the Permanent Mission of Peru", "Counsellor, Embassy of Japan": the State is the one represented
_MISSION_WORDS = tuple(tuple(name.split()) for name in lexicon("mission_heads"))
# A tab, or three spaces or more inside a line, separates table cells ("Name<TAB>Title<TAB>Delegation")
# and reads like a comma.
# A leader of dots between two cells ("Dr. X .......... Executive Director, Y") parts them like a gap of spaces
# (also read by people_tables)
DOT_LEADER = r"(?<=\S) (?:[.…·]{4,}|\.(?: \.){2,}) (?=\S)"
_TOKEN = re.compile(r"[(),;]|\t[\t ]*|(?<=\S)[ ]{3,}(?=\S)|" + DOT_LEADER + r"|[^\s(),;]+")
_TABLE_TOKEN = re.compile(r"[(),;]|\t[\t ]*|(?<=\S)[ ]{2,}(?=\S)|" + DOT_LEADER + r"|[^\s(),;]+")
_SPACED_ROW = re.compile(r"\S[ ]{3,}\S")
_LINE_MARKER = re.compile(r"^\s*(?:[•\-\*–—▪◦·o]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,5}[.)])\s+")
_POSSESSIVE = ("'s", "’s", "'", "’")
_BROKEN_POSSESSIVE = ("?s", "â€™s", "âs")  # the apostrophe lost, or broken by mojibake



@dataclass(frozen=True)
class Role:
    """What follows a name: the title as written and the country/organization it represents."""

    title: str | None = None
    country: str | None = None  # ISO alpha-3
    organization: str | None = None  # canonical name
    org_kind: str | None = None
    org_span: tuple[int, int] | None = None  # an organization named only here (absolute offsets)
    title_span: tuple[int, int] | None = None  # where the title is written (absolute offsets)
    skip_spans: tuple[tuple[int, int], ...] = ()  # "to the United Nations": where one is accredited, not a mention


@dataclass(frozen=True)
class PersonMatch:
    start: int  # the name only (absolute offsets)
    end: int
    name: str
    honorific: str | None
    role: Role
    form: str  # which rule found it: "honorific", "speaker_line", "parenthesis"


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int
    end: int
    tab: bool = False  # a table cell boundary, read as a comma
    nl: bool = False  # the first token of a line (a line break before it)
    dash: str = ""  # a dash standing alone, as written, that is read as a comma ("Director - Africa")


GazetteerSpan = tuple[int, int, Entry]



_WRAP_STOPS = frozenset({"and", "or", "to", "nor", "but", "than", "as", "the", "of"})
_WRAPPED_HYPHEN = re.compile(r"[^\W\d_]{2,}-$")


def _token_matches(s: str):
    """The tokens of ``s``; on a line of a table whose columns are set with spaces (a gap of three or more),
    two spaces also part cells ("H.E. Mr. Tesfaye Gebremedhin  Ambassador      Ethiopia": a name filling its column)."""
    if not _SPACED_ROW.search(s):
        yield from _TOKEN.finditer(s)
        return
    for line in re.finditer(r"[^\n]*\n?", s):
        if not line.group():
            continue
        pattern = _TABLE_TOKEN if _SPACED_ROW.search(line.group()) else _TOKEN
        yield from pattern.finditer(s, line.start(), line.end())


def _tokens(s: str, offset: int) -> list[_Tok]:
    # a dash or a bar standing alone between spaces separates like a comma ("X – Minister, Algeria")
    toks = [_Tok("," if m.group()[0] in "\t " or m.group() in _SEPARATORS else m.group(), offset + m.start(), offset + m.end(),
                 m.group()[0] in "\t ", dash=m.group() if m.group() in _DASHES else "") for m in _token_matches(s)]
    out: list[_Tok] = []
    for t in toks:
        prev = out[-1] if out else None
        wrapped = prev is not None and _WRAPPED_HYPHEN.search(prev.text) and s[prev.end - offset:t.start - offset] in (" ", "\n", " \n")
        if prev is not None and prev.text in ("de", "De") and t.text == "facto" and s[prev.end - offset:t.start - offset] == " ":
            # "de facto Foreign Minister": one modifier of the title, like "acting" (no name holds it)
            out[-1] = _Tok(prev.text + " facto", prev.start, t.end, prev.tab)
        elif wrapped and t.text[:1].isupper():
            # "Secretary-\nGeneral", "Secretary- General": a compound broken at the end of a line
            out[-1] = _Tok(prev.text + t.text, prev.start, t.end, prev.tab)
        elif wrapped and prev.text[:1].isupper() and "-" not in prev.text[:-1] and t.text.isalpha() and t.text.islower() \
                and t.text not in _WRAP_STOPS:
            # "Mr. Leo- poldo Benites": a capitalized word hyphenated at a line break is one word
            out[-1] = _Tok(prev.text[:-1] + t.text, prev.start, t.end, prev.tab)
        else:
            out.append(t)
    return [replace(t, nl=True) if x and "\n" in s[out[x - 1].end - offset:t.start - offset] else t
            for x, t in enumerate(out)]


def _written_text(toks: list[_Tok], a: int, b: int) -> str:
    """The tokens a..b as :func:`_text` gives them, but a dash standing alone as written ("Deputy Prime Minister -
    Minister of Foreign Affairs"), not as the comma it is read as."""
    out = ""
    for t in toks[a:b]:
        if t.dash and out:
            out += " " + t.dash
        else:
            out += t.text if (not out or t.text in (",", ")") or out.endswith("(")) else " " + t.text
    return out


def _text(toks: list[_Tok], a: int, b: int) -> str:
    """The tokens a..b as one string with single spaces (commas attached)."""
    out = ""
    for t in toks[a:b]:
        out += t.text if (not out or t.text in (",", ")") or out.endswith("(")) else " " + t.text
    return out


# Written inside a name, these are part of it ("Hassan Sheikh Mohamud", "Tamim bin Hamad")
_PATRONYMIC = lexicon_set("patronymics")
# Patronymic words after the father's name, which end a name ("Nurlanbek Turgunbek uulu")
_PATRONYMIC_AFTER = lexicon_set("patronymics_after")
_NAME_HONORIFICS = lexicon_set("name_honorifics")
# Words of a form of address ("His Majesty", "His Highness"), after which a ruler's style opens no name
_ADDRESS_WORDS = lexicon_set("address_words")
NAME_STYLES_AFTER_A_FORM = lexicon_set("name_styles_after_a_form_of_address")  # "Dr. Alhaji Sarjoh Bah"
# (an article joined to the family name: "Abdel Fattah al-Burhan", "Callixte d'Offay", "Marco dell'Acqua")
_ARABIC_ARTICLE = re.compile(r"^(?:(?:al|el|ad|ash|as|at|an|ar|az|ud|ul)-|(?:d|dell|dall|degli)['’])[A-Z][\w'’-]*\.?$")
_REGNAL = lexicon_set("regnal_suffixes")
# Abbreviated given names with a full stop ("Md. Jashim Uddin"): the stop ends neither the name nor the sentence
_NAME_ABBREVIATIONS = lexicon_set("name_abbreviations")
_ROMAN_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")  # II .. XXXIX, grammar


# A given name opening with the apostrophe of a glottal stop ("'Aisake" in Tonga, "'Mathato" in Lesotho): a word of
# the name after a form of address, where no quotation opens
GLOTTAL_NAME = re.compile(r"['’‘ʻ][A-Z][a-z]{2,}")


# "Faruk-e-Azam", "Zia-ul-Haq": a name written as one word, its parts linked by a short lower-case particle
LINKED_NAME = re.compile(r"[A-Z][a-z]{2,}(?:-[a-z]{1,3}-[A-Z][a-z]{2,})+")


def _continues_name(w: str) -> bool:
    return _name_like(w) or _is_regnal(w) or bool(_ARABIC_ARTICLE.match(w))


def _is_regnal(w: str) -> bool:
    """A regnal number or a generational suffix after a name ("Mswati III", "John XXIII", "Jr.")."""
    return w in _REGNAL or bool(_ROMAN_NUMBER.fullmatch(w.rstrip(".")))


def _name_like(w: str) -> bool:
    """A capitalized word, an initial ("T."), or a word whose first letter was lost ("?ngel")."""
    if not w:
        return False
    c = w[0]
    if c in "?\ufffd" and len(w) > 1 and w[1].isalpha():
        return True
    if not c.isupper():
        return False
    core = w.rstrip(".")
    if any(ch.isdigit() for ch in core):
        return False
    if _is_initial(w):
        return True
    if len(core) > 1 and core.isupper() and "-" not in core and len(core) <= 5:
        return False  # an acronym ("UNOCT"), not a name
    return all(ch.isalpha() or ch in "-'’.?" for ch in core)


# The endings of English abstract and collective nouns ("Management", "Resources", "Relations"), which a
# capitalized word after a portfolio has more often than a personal name does
_COMMON_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:tion|tions|sion|sions|ment|ments|ness|ship|ities|ity|ances|ences|ources|ices|ings)")


def _common_noun_like(w: str) -> bool:
    return bool(_COMMON_NOUN.fullmatch(w.rstrip(".,;:")))


# The plural nouns a minister's portfolio ends with ("Emergency Situations", "Foreign Affairs and Expatriates",
# "Local Communities", "Natural Resources"): no personal name begins with one
_PLURAL_PORTFOLIO = re.compile(r"[A-Z][a-z]{3,}(?:iates|tions|sions|ities|ments|ources|ances|ences|ices)"
                               r"|Mines|Works|Lands|Forests|Waterways|Ports|Highways|Railways|Cooperatives|Industries|Fisheries")
# (and the short plurals of portfolios: "Minister of Energy and Mines X", "Minister of Public Works X")


def plural_portfolio_noun(w: str) -> bool:
    return bool(_PLURAL_PORTFOLIO.fullmatch(w.rstrip(".,;:")))


def _word_like(w: str) -> bool:
    core = w.rstrip(".,:")
    return bool(core) and all(ch.isalpha() or ch in "-'’" for ch in core)


def _affiliation_at(toks: list[_Tok], j: int, end: int, spans: Sequence[GazetteerSpan]) -> GazetteerSpan | None:
    """The country or organization named right after the connector at ``j`` ("of [the] Spain")."""
    t = j + 1
    if t < end and toks[t].text in ("the", "The"):
        t += 1
    if t < end and toks[t].text.endswith("-based"):
        t += 1  # "of the Garissa-based Womankind Kenya"
    courtesy = t < end and toks[t].text in _COURTESY
    if courtesy:
        t += 1  # "Minister for Foreign Affairs of the friendly Republic of Argentina"
    if t >= end:
        return None
    if toks[j].text not in _AFFILIATION:
        return None
    mission = _mission_country(toks, t, end, spans)
    if mission is not None and toks[j].text in ("of", "at"):
        return mission  # "at the Permanent Mission of Peru": the State, not the mission, is represented
    hit = _entry_starting(spans, toks[t].start)
    if hit is None and t == j + 2 and toks[j + 1].text == "The":
        hit = _entry_starting(spans, toks[j + 1].start)  # "of The Gambia": the article is the State's name's
        hit = hit if hit is not None and hit[2].label == "COUNTRY" else None
    if hit is None:
        hit = _mission_country(toks, t, end, spans)
        return hit if toks[j].text in ("of", "at") else None
    if hit[2].label == "LOCATION" and hit[2].place_type == "former_state" and toks[j].text == "of":
        after = _index_at_or_after(toks, hit[1], t)
        return None if after < end and toks[after].text[:1].islower() else hit  # "Minister for Foreign Affairs of the Union of Soviet Socialist Republics": a State, with no code today
    if hit[2].label not in ("COUNTRY", "ORG") or courtesy and hit[2].label != "COUNTRY":
        return None
    if toks[j].text == "to" and hit[2].id != "org:un" and not (
            hit[2].label == "ORG" and any(toks[x].text in _ACCREDITED for x in range(max(0, j - 6), j))
            and not any(toks[x].text in ("Special", "Secretary-General") for x in range(max(0, j - 6), j))):
        return None  # ("Ambassador of Mali to the African Union": the body one is accredited to, read below)
    if toks[j].text in ("at", "in") and hit[2].label != "ORG":
        return None  # "Representative at Geneva", "Representative in Chad": where one is posted, part of the title
    if toks[j].text == "for" and hit[2].label == "COUNTRY" and not (j > 0 and toks[j - 1].text in _SPEAKS_FOR):
        return None  # "Special Envoy for Yemen", "Humanitarian Coordinator for Sudan": the mandate, not the State represented
    after = _index_at_or_after(toks, hit[1], t)
    if after < end and toks[after].text in _TITLE_HEADS:
        return None  # "Spokesperson for the UN High Commissioner": the body names a title, not an affiliation
    return hit


# An ordinal written in figures ("46th", "1st"): a meeting or session named by its number ("Chair of the 46th ATCM")
_NUMBERED_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# The nouns of administrative divisions that close a place in a local official's title ("Governor of the Ménaka region")
TITLE_PLACE_NOUNS = lexicon_set("title_place_nouns")
# What may follow a title word before the name: its portfolio ("Minister of Defence", "Secretary for Home Affairs"),
# or the place a local official serves ("Governor of the Ménaka region"), or a body named by a code ("secretary of WP.1")
_PORTFOLIO = re.compile(r"\s+(?:of|for|in charge of)(?:\s+the)?(?:\s+(?:[A-Z][\w'’-]*|[A-Z]{1,4}\.\d{1,3}|(?<=[A-Za-z] )\d{1,2}(?![\w.])|and|of|the|for|to|in|at|on|"
                        + _NUMBERED_ORDINAL.pattern + "|" + "|".join(sorted(TITLE_PLACE_NOUNS)) + ")"
                        r"|,(?=\s+[A-Z]))+"
                        r"|\s+of\s+(?:the|its)\s+(?:[a-z]+-)?[a-z]+(?:th|st|nd|rd)\s+session"
                        r"|\s+on(?:\s+[\w'’-]+)+")  # a mandate: "Special Rapporteur on torture"
# Title words that, right after a body's name, make the body part of a title ("the UN High Commissioner")
_TITLE_HEADS = lexicon_set("title_heads")
# Written before "Minister" and the like, part of the title ("Defence Minister", "Interior Minister")
_PORTFOLIO_WORDS = lexicon_set("portfolio_words")
# Capitalized nouns of documents and events, never part of a personal name ("Annual Report")
DOCUMENT_WORDS = lexicon_set("document_words")
_HEADS_VERBS = lexicon_set("heads_verbs")
_ACRONYM_WORD = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9&\-]{0,9}|[A-Z][a-z]{2,8}-[A-Z]{2,6})$")  # "Nile-SEC"
_SEPARATORS = frozenset({"–", "—", "|", "-", "−", "·"})  # "Press Officer · press@... · 4000-8500"
_DASHES = frozenset({"–", "—", "-"})
# A diplomat's rank written right before the name after the person's title ("the Director of X, Counsellor Y"): the honorific
DIPLOMATIC_RANKS = lexicon_set("diplomatic_ranks") | lexicon_set("service_ranks")  # and a police or judicial rank
# Words of a title that make it an office of a State: a State's demonym before it gives the State ("Italian Ambassador X")
STATE_OFFICES = lexicon_set("state_offices")
_STATE_OFFICE = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(STATE_OFFICES, key=len, reverse=True))
                           + r")(?![\w-])")


def is_state_office(title: str) -> bool:
    """Whether a title names an office of a State ("Foreign Minister", "Ambassador to Libya", "Prime Minister")."""
    return bool(_STATE_OFFICE.search(title))


# Parts in a meeting's programme, written as labels ("Discussant: Ms. X"), which are no titles
_SESSION_ROLES = lexicon_set("session_roles")
# An ordinal written before a title ("the eighth Secretary-General"): grammar, not vocabulary
_ORDINAL = re.compile(r"^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|"
                      r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                      r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|"
                      r"seventieth|eightieth|ninetieth|hundredth)$")
# A word of a session's name ("its resumed seventy-eighth session"): the session words are data, the ordinals grammar
# (an ordinal's own ending, so that "with" or "north" is none)
_SESSION_WORD = re.compile(r"^(?:" + "|".join(lexicon("session_words")) + r"|(?:[a-z]+-)?(?:first|second|"
                           r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                           r"[a-z]+(?:teenth|ieth|dredth|sandth)))$")
_POSTNOMINALS = lexicon_set("postnominals")
# A role never ends on one of these ("Special Rapporteur on the", "Special Representative for Somalia and")
_TRAILING_JOINERS = frozenset({"and", "the", "of", "for", "to", "at", "on", "in", "a", "an", "with", "by", "&", ",", ";",
                               "or", "de", "du", "des", "la", "le"})
# Words of courtesy before a State's name in speeches ("the friendly Republic of Argentina")
_COURTESY = lexicon_set("courtesy_words")
# Lower-case roles after which "for Y" names the State spoken for ("the speaker for Egypt, X")
_SPEAKS_FOR = frozenset({"speaker", "delegate", "representative", "Observer", "observer"})
# Titles of an envoy accredited to a body: "to <body>" after one is where one is accredited
_ACCREDITED = lexicon_set("accredited_titles")
# Joining words of body names in French, Spanish, Portuguese and Italian ("Institut d'études de sécurité")
_ROMANCE_JOINERS = frozenset({"de", "des", "du", "del", "della", "di", "da", "do", "et", "y", "e", "para", "pour", "la", "le"})
# Occupations that introduce a person like a title, and the words that stay with them ("radio commentator")
_OCCUPATIONS = lexicon_set("occupations")
_OCCUPATION_MODIFIERS = lexicon_set("occupation_modifiers")
_BODY_HEADS = lexicon_set("title_body_heads")
# Head nouns by which a text names again a body it has named in full ("the Court", "the Bank's Representative")
SHORT_BODY_HEADS = lexicon_set("short_body_heads")
# Verbs of saying and acting after a speaker's name ("Ecuador's X welcomed ...")
SPEECH_VERBS = lexicon_set("speech_verbs")
_UN_WORDS = frozenset({"UN", "U.N."})
# A direction after "the" names a region, never begins a personal name ("for the North X")
_COMPASS = re.compile(r"^(?:North|South|East|West)(?:-?(?:[Ee]ast|[Ww]est))?$")
# Courtesy forms that are also given names: an honorific only before a name of two words or more
_GIVEN_NAME_HONORIFICS = lexicon_set("given_name_honorifics")
_POSSESSIVE_DETERMINERS = frozenset({"our", "its", "their", "his", "her", "my", "your"})
_VOCATIVE = lexicon_set("vocatives")
_ROLE_MODIFIERS = lexicon_set("role_modifiers")
# Capitalized words that say which office the title word after them is ("Press Secretary", "Official Spokesperson")
TITLE_QUALIFIERS = lexicon_set("title_qualifiers")
# An office presiding over a body ("Chairperson"), and the offices of a head of State or government ("President", "Head
# of State"): "the Chairperson, President X" gives the head's office; after a head's title over a comma, a second title
# of one person ("President of the Republic, Head of State, Head of Government")
_PRESIDING_OFFICES = lexicon_set("presiding_offices")
_HEADS_OF_STATE = lexicon_set("heads_of_state_or_government")
# Verbs of a headline in title case, never a name ("Secretary-General Appoints Special Envoy")
HEADLINE_VERBS = lexicon_set("headline_verbs")
# Lower-case nouns of a body that a proper adjective names ("the Soviet delegation", "the Latin American group")
BODY_NOUNS = lexicon_set("body_nouns")
# Nouns of an epithet set between a title and a name ("its President, our big brother Mr. X")
_EPITHET_NOUNS = lexicon_set("epithet_nouns")
_OPEN_QUOTES = ("\"", "“", "‘", "'")
_CLOSE_QUOTES = ("\"", "”", "’", "'")
# Lower-case prepositions, never part of a title ("the leadership under Chairman X")
_PREPOSITIONS = frozenset({"under", "with", "by", "from", "after", "before", "during", "against", "between", "among",
                           "over", "about", "through", "without", "towards", "toward", "upon", "like", "than"})
UNDER_HEADS = lexicon_set("under_heads")  # "Committee of ... under the Government of the Republic of Tajikistan"
_FUNCTION_WORDS = frozenset({"and", "the", "of", "for", "to", "at", "on", "in", "a", "an", "with", "by"})
_MANDATE_STOP = frozenset("said says stated told noted added warned called urged welcomed expressed presented briefed "
                          "spoke who which that whose where when will would has have had is was were".split())

# Parts of a body that a title names as its own ("Head of the Financial Intelligence Unit", "Chairperson of
# the Security Committee"): when the gazetteers do not know them, they stay in the title.
SUBUNIT_HEADS = lexicon_set("subunit_heads")
# Heads of the names of a body's programmes and units, which a later segment's body owns
_UNIT_HEADS = SUBUNIT_HEADS | lexicon_set("programme_heads")


def is_subunit(entry: Entry) -> bool:
    """An organization known only by its form whose head makes it a part of a body ("... Unit"),
    unless the text gives it an acronym of its own ("Korea Financial Intelligence Unit (KoFIU)")."""
    return entry.id.startswith("new:") and entry.name.split()[-1] in SUBUNIT_HEADS and not entry.acronym


def _acronym_after(toks: list[_Tok], hit: GazetteerSpan) -> bool:
    """Whether "(ACRONYM)" follows the name: a body the text names as its own."""
    k = _index_at_or_after(toks, hit[1], 0)
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and bool(_ACRONYM_WORD.match(toks[k + 1].text))


def _unit_of_a_body(toks: list[_Tok], hit: GazetteerSpan, end: int, spans: Sequence[GazetteerSpan]) -> bool:
    """Whether an organization known only by its form is followed by "of [the]" and another body:
    a unit of it, which stays in the title ("Director of the Emergency Operations Centre of the
    Ministry of Health")."""
    if not hit[2].id.startswith("new:") and hit[2].name.split()[-1] not in SUBUNIT_HEADS:
        return False  # (a known unit, "Terrorism Prevention Branch" of UNODC, is one too)
    k = _index_at_or_after(toks, hit[1], 0)
    if k < len(toks) and toks[k].text == "," and k + 1 < len(toks):
        # "Director General of the Counter-Terrorism Bureau, Ministry of Public Security of China": the next
        # segment names the body the unit belongs to
        t = k + 2 if toks[k + 1].text in ("the", "The") else k + 1
        if t >= len(toks):
            return False
        body = _entry_starting(spans, toks[t].start)
        if body is not None:
            return body[2].label == "ORG" and not is_subunit(body[2])
        seg_end = next((x for x in range(t, len(toks)) if toks[x].text in (",", ";", "(")), len(toks))
        return toks[t].text in ORG_KEYWORDS and _names_a_body(toks, t, seg_end, spans)
    if hit[2].id.startswith("new:") and k + 2 < end and toks[k].text == "and" and toks[k + 1].text in ("the", "The") \
            and toks[k + 2].text[:1].isupper():
        # "Head of the Regional Office for the Americas and the Caribbean of UNDRR": the unit's name goes on
        k += 2
        while k < end and toks[k].text[:1].isupper() and toks[k].text not in (",", ";"):
            k += 1
    if k >= end or toks[k].text not in ("of", "at"):
        return False
    nxt = _affiliation_at(toks, k, end, spans)
    return nxt is not None and nxt[2].label == "ORG"


def _names_a_body(toks: list[_Tok], a: int, b: int, spans: Sequence[GazetteerSpan]) -> bool:
    """Whether tokens a..b name an organization or a State's mission rather than continue a title."""
    if _mission_country(toks, a, b, spans) is not None:
        return True
    hit = _entry_starting(spans, toks[a].start)
    if hit is not None and hit[2].label == "ORG":
        # the body is the whole segment, perhaps with its acronym or name in another language in
        # brackets; "European Union and Cooperation of Spain" goes on with a title
        rest = _index_at_or_after(toks, hit[1], a)
        if rest >= b or toks[rest].text == "(" or toks[rest].start < hit[1]:
            return True
        if not toks[rest].text[:1].isupper():
            return False
        a = rest  # "WHO Representative Office for the South Pacific": a unit whose name opens with the body's
    for x in range(a, b):
        w = toks[x].text
        if w in _CONNECTORS:
            return False
        if w.rstrip(".") in ORG_KEYWORDS:
            return True
    return False


def _mission_country(toks: list[_Tok], t: int, end: int, spans: Sequence[GazetteerSpan]) -> GazetteerSpan | None:
    """The State whose mission is named at token ``t`` ("Permanent Mission of [the] Peru"), or ``None``."""
    for words in _MISSION_WORDS:
        n = len(words)
        if tuple(x.text for x in toks[t:t + n]) == words and t + n < end and toks[t + n].text == "of":
            c = t + n + 1
            if c < end and toks[c].text in ("the", "The"):
                c += 1
            hit = _entry_starting(spans, toks[c].start) if c < end else None
            if hit is not None and hit[2].label == "COUNTRY":
                return hit
    return None


def _is_initial(w: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,5}|(?:[CKSTZ]h\.)|[A-Z]\.(?:-[A-Z]\.){1,2}", w))  # "T.", "L.P.", "R.M.A.L." (Sri Lankan initials run long), "Kh." (a digraph of a transliteration), "J.-B." (a hyphenated given name's initials)


def _index_at_or_after(toks: list[_Tok], pos: int, default: int) -> int:
    for j in range(default, len(toks)):
        if toks[j].start >= pos:
            return j
    return len(toks)


def _entry_starting(spans: Sequence[GazetteerSpan], start: int) -> GazetteerSpan | None:
    best = None
    for s in spans:
        if s[0] == start and (best is None or s[1] > best[1]):
            best = s
    return best


def _entry_exactly(spans: Sequence[GazetteerSpan], start: int, end: int) -> Entry | None:
    for s, e, entry in spans:
        if s == start and e == end:
            return entry
    return None
