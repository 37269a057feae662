"""segment, titles: the document's title and the header lines a reader passes over to find it.

Part of the segment stage (used only by :mod:`pipeline.segment`, which calls
:func:`_choose_title` on its drafts and asks :func:`header_kind`, :func:`is_field_line` and
:func:`is_contact_line` about lines of the opening). It holds:

- the header-line knowledge of ``data/headers.json`` (organisation heads and names, session
  lines, field labels, release labels, speaker honorifics, headline verbs, contact lines), loaded
  once (:func:`_headers`);
- the predicates that recognise header lines: organisation and letterhead lines
  (:func:`is_organisation_line`, :func:`is_caps_letterhead`, :func:`is_masthead`), session and
  label lines, header fields, a "Subject:" line (:func:`subject_value_start`), topic, role,
  place, venue and byline lines, and their kind (:func:`header_kind`);
- the title rules: what reads as a title (:func:`is_title_text`), which lines run on into it
  (:func:`title_runs_on`), the search down from the top (:func:`_choose_title`) and the title
  taken out of the drafts as a block of its own (:func:`_split_out_title`). The rules are
  written out in the comment of the "Title" section below.

The records and the short predicates on lines it shares with block building come from
:mod:`pipeline.segment_lines`; the dates from :mod:`pipeline.segment_dates`. It does not import
:mod:`pipeline.segment`: data flows ``segment`` -> ``segment_titles`` -> ``segment_lines``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json
from .segment_dates import find_dates, opens_work_programme
from .segment_lines import (
    _ABBREVIATION_CLOSE,
    _FUNCTION_WORDS,
    _TIME,
    HEADING_MAX_WORDS,
    Line,
    _compiled,
    _Draft,
    _is_date_only,
    _Layout,
    ends_sentence,
    furniture_id,
    is_all_caps,
    is_page_furniture,
    is_salutation,
    last_word,
    next_word_fits,
    reads_as_heading,
    starts_lowercase,
)


# =============================================================================================
# PATTERNS and header-line data
# =============================================================================================

#: Words that make a line a sentence rather than a title: the first person ("We welcome ..."; "us" only
#: in a line closed by punctuation: a headline may have it as an object, "What ... mayors are teaching
#: us about local peace"). Relative pronouns are not enough: headlines have them ("UN experts who
#: visited Chad urge ...").
_SENTENCE_VOICE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b(?!['’]s)(?![-.])|\bus\b(?=.*[.,;:]$)")
#: Longest title: this many words, over at most TITLE_MAX_LINES lines.
TITLE_MAX_WORDS = 45
TITLE_MAX_LINES = 3
#: ... a heading set in capitals one phrase a line ("STATEMENT / BY / H.E. MR. X / ...") up to this many.
CAPS_TITLE_MAX_LINES = 6


@dataclass(frozen=True)
class _HeaderData:
    """Header-line knowledge from data/headers.json (see README.md, section 'Segment data')."""

    organisation_heads: frozenset[str]
    organisation_heads_bare: frozenset[str]
    organisation_heads_initial: frozenset[str]
    romance_connectives: frozenset[str]
    organisation_connectives: frozenset[str]
    session_lines: tuple[tuple[str, re.Pattern[str]], ...]
    field_labels: frozenset[str]
    speaker_line: re.Pattern[str]
    event_words: frozenset[str]
    gathering_words: frozenset[str]
    headline_verbs: frozenset[str]
    headline_openers: frozenset[str]
    label_words: frozenset[str]
    release_labels: tuple[tuple[str, re.Pattern[str]], ...]
    organisation_names: tuple[tuple[str, re.Pattern[str]], ...]
    contact_lines: tuple[tuple[str, re.Pattern[str]], ...]
    letter_formulas: tuple[tuple[str, re.Pattern[str]], ...]
    section_headings: frozenset[str]
    event_paper_kinds: frozenset[str]
    event_paper_qualifiers: frozenset[str]
    biography_labels: frozenset[str]


def _speaker_pattern(honorifics: list[str]) -> re.Pattern[str]:
    """A line that only names a person with honorifics ("H.E. Mr. Dennis Francis")."""
    titles = "|".join(re.escape(h).replace("\\ ", r"\s*") for h in sorted(honorifics, key=len, reverse=True))
    return re.compile(rf"(?:(?:{titles})\s+){{1,3}}[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|bin|al|el)){{0,5}}")


@lru_cache(maxsize=1)
def _headers() -> _HeaderData:
    data = read_json("headers.json")
    return _HeaderData(
        organisation_heads=frozenset(data["organisation_heads"]),
        organisation_heads_bare=frozenset(data["organisation_heads_bare"]),
        organisation_heads_initial=frozenset(data["organisation_heads_initial"]),
        romance_connectives=frozenset(data["romance_connectives"]),
        organisation_connectives=frozenset(data["organisation_connectives"]),
        session_lines=_compiled(data["session_lines"]),
        field_labels=frozenset(data["field_labels"]),
        speaker_line=_speaker_pattern(data["speaker_honorifics"]),
        event_words=frozenset(data["event_words"]),
        gathering_words=frozenset(data["gathering_words"]),
        headline_verbs=frozenset(data["headline_verbs"]),
        headline_openers=frozenset(data["headline_openers"]),
        label_words=frozenset(data["label_words"]),
        release_labels=_compiled(data["release_labels"]),
        organisation_names=_compiled(data["organisation_names"]),
        contact_lines=_compiled(data["contact_lines"]),
        letter_formulas=_compiled(data["letter_formulas"]),
        section_headings=frozenset(data["section_headings"]),
        event_paper_kinds=frozenset(data["event_paper_kinds"]),
        event_paper_qualifiers=frozenset(data["event_paper_qualifiers"]),
        biography_labels=frozenset(data["biography_labels"]),
    )


# =============================================================================================
# What reads as a title
# =============================================================================================


def speaks_as_sentence(content: str) -> bool:
    """The first person: a speech's opening line, not a title."""
    return bool(_SENTENCE_VOICE.search(content))


#: A quotation in a headline, in double or single quotes ("'We can't wait': ..." - an apostrophe
#: inside is not its end).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘.+?’(?!\w)|(?<!\w)'.+?'(?!\w)")


def is_title_text(text: str, n_lines: int) -> bool:
    """The first substantive block is the title when it reads as a heading (up to 3 lines)."""
    if n_lines > TITLE_MAX_LINES or len(text) > 400:
        return False
    flat = " ".join(text.split())
    unquoted = _QUOTED.sub(" ", flat)  # a headline may quote a speaker: '"We must act": ...'
    # a question may speak to the reader ("What can we do to keep schools safe?"); a speech's
    # opening sentence in the first person is not a title
    return reads_as_heading(flat, TITLE_MAX_WORDS) and (flat.endswith("?") or not speaks_as_sentence(unquoted))


#: Finite verbs that make a line a sentence ("Meeting participants agreed to meet again.").
_FINITE_VERBS = frozenset("is are was were has have had will would shall should can could may must said says agreed decided noted".split())


def is_genre_sentence_title(flat: str) -> bool:
    """A heading closed with a full stop that names the kind of paper it is: "Statement by the
    Secretary-General on the attack in Kabul." (a stray full stop, not a sentence: it opens with a
    document or event word, holds no other full stop and otherwise reads as a title)."""
    if not flat.endswith(".") or flat.endswith("..") or _ABBREVIATION_CLOSE.search(flat):
        return False
    body = flat[:-1]
    first = body.split(None, 1)[0].lower() if body else ""
    words = [w.lower().strip(",;:()\"'“”‘’") for w in body.split()]
    return (
        first in _headers().event_words and "." not in body.replace("H.E.", "") and is_title_text(body, 1)
        and not any(w in _FINITE_VERBS or w in _headers().headline_verbs for w in words[1:])
    )  # (the genre word itself may read as a verb: "Highlights of the noon briefing by X.")


# =============================================================================================
# Title
# =============================================================================================
#
# The title is what a reader calls the document's name. Going down from the top, these lines are
# passed over (they stand above the title without being it):
#
# - noise (web furniture, document symbols such as S/2023/123, SC/15234, A/77/PV.5, "For information
#   media - not an official record");
# - datelines ("6 March 2023", "Monday, 6 March 2023", "New York, 4 February 2022 – 10 a.m."), and a
#   bare place line next to one ("New York");
# - session lines ("Seventy-seventh session", "9283rd meeting (AM)", "Agenda item 111: ...", the
#   item's name on the line under a bare "Agenda item 4", "Distr.: General") and header fields
#   ("President: Mr. X (Maldives)", "Venue: ...");
# - organisation header lines: a line that only names the issuing body ("Security Council",
#   "UNITED NATIONS", "Security Council Counter-Terrorism Committee", "Office of the Spokesperson
#   for the Secretary-General", "The Tripartite Commission", a long name closed by its acronym:
#   "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or
#   Punishment (CPT)", the United Nations in a State: "United Nations Yemen", "NACIONES UNIDAS
#   BOLIVIA"; in capitals a word before a State is an acronym's country office only when it
#   names a State: "UNICEF SUDAN", not "DENGUE OUTBREAK"), see :func:`is_organisation_line`,
#   also when the name is wrapped ("United Nations Office / on Drugs and Crime"), and a section
#   label right under one ("Readouts", "Briefing notes") and a unit named by one word under it
#   ("Secretariat"), or a unit with its sub-unit ("General Secretariat – Media and Communication
#   Sector": :func:`_is_unit_composite`); a name that a sentence runs on from ("The General Assembly / is meeting ...")
#   is prose, not a letterhead. National letterheads are the same: a State ("State of Qatar",
#   "Republic of Kenya", "Kingdom of Morocco"), its ministry or office ("Prime Minister's Office",
#   "Foreign, Commonwealth & Development Office", "Ministry of External Affairs, Government of
#   India", "The Presidency"), a body named in French, Spanish or Portuguese ("Ministère de
#   l'Europe et des Affaires étrangères", "UNION AFRICAINE"), a service's web name ("European Union
#   External Action"); a headline's verb ("PRESIDENT X RECEIVES ... TEAM": ``headline_verbs``)
#   tells an ALL-CAPS headline from a name. The letterhead's address and contact lines ("P. O. Box
#   3243 Tel.: ...", a street "Ratu Sukuna Road, Suva, Fiji", ``contact_lines``; a postal address of
#   capitalised parts between commas right under it, "Palais des Nations, CH-1211 Geneva 10,
#   Switzerland": :func:`_is_address_line`) are passed over with it;
# - release labels, reference numbers and website sections anywhere in the header ("Press
#   Release", "Note to Correspondents", "Media Advisory", "Press Release No. 12/2024", "E-002/24",
#   "News and Events", "JOINT NGO STATEMENT", "Blog", "OPINION", "FACT SHEET", "SIDE EVENT",
#   "Note for the record"; after the event or series the paper belongs to: "2025 UNITED NATIONS
#   OCEAN CONFERENCE – OFFICIAL SIDE EVENT", "EB156 – Daily update: Wednesday, 5 February 2025"),
#   and under a letterhead a line naming only the kind of paper
#   ("INFORMATION MESSAGE": :func:`names_kind_only`): they say what kind of paper it is or where it sits, the headline under
#   them names it. A document kind in the singular ("STATEMENT", "Briefing note") on its own line
#   under a letterhead is passed over the same way (unless the heading runs on from it:
#   "STATEMENT / BY IRELAND AT ..."); with no heading after it, it is the title. A document kind
#   standing first ("JOINT COMMUNIQUÉ" over a sentence-case description) is the title: nothing
#   names the document better; but a paper written for a meeting or an event ("CONCEPT NOTE",
#   "PROVISIONAL PROGRAMME", "AGENDA", "INFORMATION NOTE": :func:`names_event_paper`) standing
#   first over the event's heading, or over the organ that meets and its session line, is a label
#   (the heading names the paper); with the body straight under it ("AGENDA / 1. Opening",
#   "CONCEPT NOTE / Background", a sentence, a time slot) it is the title. A release label standing first ("Readout", "TRANSCRIPT", "Press
#   release") is passed over when a heading follows, and is the title when only a sentence does;
#   so is a series named with its issuer ("Daily Press Briefing by the Office of the Spokesperson
#   for the Secretary-General", or "Daily Noon Briefing Highlights" under the letterhead) over the
#   heading of one issue that names the same kind of paper ("Highlights of the noon briefing by X,
#   Deputy Spokesperson ...": :func:`_series_over_issue`), not over its dateline and transcript;
#   the organ's and the bureau's fields of an official record ("Vice-President: Ms. X (Lesotho)")
#   and the logo of a body known by its acronym ("IOM UN MIGRATION — GUYANA") are header lines;
# - a speaker's name with honorifics ("H.E. Mr. Dennis Francis", ``speaker_honorifics``) and the
#   role on the line under it ("President of the 78th Session of the General Assembly"), and the
#   caption under a "Photo:" field: they say who speaks or what is shown, not what the paper is;
# - an issuer's credit line ("issued by the Registrar of the Court", "Published by the Press
#   Office"; not "Statement issued by ...", a heading) and a dateline that names the desk and the
#   time beside its date ("Press service | 15.05.2025 | 14:20");
# - a byline ("By UN News staff"), a meeting room ("Conference Room 4") and a bare place line
#   under a dateline or a letterhead ("Permanent Mission of Ireland to the United Nations / New
#   York"): never a title, and a byline never continues one. The line a byline stands under,
#   below a letterhead, is the story's headline even when its words read like a body's name
#   ("JIS | Jamaica Information Service / Government to Truck Water to ... / By: X, JIS Reporter");
# - a web page's topic line ("Peace and Security", "Humanitarian Aid": :func:`is_topic_label`)
#   standing alone under web furniture, over a longer line that reads as a title (the headline);
#   so a topic or country tag standing first on its own ("Somalia", "PEACE AND SECURITY") over a
#   headline, though not a kind of paper ("Concept Note") nor a tag over a sentence;
# - a caption field ("Image caption: ...") and a social media handle ("@UNSomalia").
#
# Two rules read the layout rather than the words, because no word list knows every issuer: a
# reader tells a letterhead or a masthead from a title by what stands under it.
#
# - **Capitals over lower case** (:func:`is_caps_letterhead`): a line or two in capitals that name
#   a body (a body's noun - "UNION", "FORUM", "HOUSE" - or a name closed by its acronym in brackets:
#   "REGIONAL CONFERENCE ON MIGRATION (RCM)") with no headline verb and no word naming a document
#   ("COMMUNIQUÉ", "AGENDA"), over a heading in lower case (past any unit, label, session line or
#   dateline between: :func:`_heading_follows`), are a letterhead: the heading wins, because a
#   paper puts its issuer above its name, and a headline in capitals over a lower-case line would be
#   the bigger type of the two. Over a sentence, or naming no body ("HUMANITARIAN SITUATION IN
#   NORTHERN GAZA" over its deck), the capitals stay the title.
# - **The issuer's motto**: a short line right under the issuer's name that would make a masthead
#   with it ("World Food Programme / Saving lives, changing lives"), over a heading, is passed over.
# - **A stack of short lines over a heading** (:func:`is_masthead`): adjacent lines of at most
#   MASTHEAD_MAX_WORDS words each that do not run on into one another ("Security Council Report /
#   What's in Blue", "Press Releases / PLENARY SESSION"), over a heading: a site's name and its
#   section. The heading standing alone under it wins; over a sentence the stack's first line is
#   the title. So does a site's name over the trail of sections a page sits in, on one line
#   between bars ("EEAS | Press material | Speeches of the High Representative/Vice-President":
#   :func:`_is_section_trail`).
# - **A report's section opens its body** (:func:`is_report_section`): under a line naming the
#   paper and its topic ("UNHCR Egypt / Sudan Emergency Response – External Update #34 / 31 May
#   2024 / KEY FIGURES"), a standard section heading ("KEY FIGURES", "Highlights", "Situation
#   overview", a meeting report's "Opening of the meeting") is no headline: the search ends there
#   and the paper's line is the title; under a label that only names the kind of paper ("MEETING
#   REPORT"), the organ over its meeting line ("STEERING COMMITTEE FOR HUMAN RIGHTS (CDDH) / 103rd
#   meeting"), as in an official record.
#
# An e-mail or memo names itself in its "Subject:" line (a form or an invitation in its "Title:",
# "Event:" or "What:" line, of at least FORM_SUBJECT_MIN_WORDS words): when only header lines or
# a short heading of the form ("MEMORANDUM", "Event details") stand above it, or the search
# reaches it before any title, the title is the subject text, over the next lines when the
# subject is folded onto them (the next line opens with white space) or visibly cut ("... (school
# WASH and" / "heating)": :func:`subject_run`). A field whose value holds a separator ("To: UNICEF
# Tunisia CO - Programme Section") stays a field, never a body's name. The label is left out of the
# title block and belongs to no block (as a list marker belongs to no item and a Markdown "#" to no
# heading), so the title block starts after "Subject: " and ``text[start:end]`` is the subject.
#
# The first other line opens the title if, with the lines that continue it, it reads as a title
# (:func:`is_title_text`). So in "Security Council Counter-Terrorism Committee / Special meeting
# on countering the use of new and emerging technologies ..." the reader's title is the second
# line: the first names who meets, the second what the document is about. When nothing but header
# lines comes before the body (a General Assembly record: "General Assembly / Seventy-sixth
# session / 58th plenary meeting / <date>"), the organisation line nearest above the session
# lines is the title (the organ, not "United Nations  S/PV.9601" over it). So it is
# in an official record whose front page goes on under its fields: once an organisation line and
# a meeting-number line ("9601st meeting") have been passed, a "President:", "Chair:" or
# "Members:" field ends the search. The lines under it are the record's agenda ("The situation in
# Colombia", "Report of the Secretary-General on ..."), which names the business of the meeting,
# not the record; a press release over the same meeting has a headline and no such fields. A
# record's number counts as its meeting line ("NUMBER 014 | 1st SESSION | 45th PARLIAMENT"), and
# such a record keeps its organ over the kind of record ("EVIDENCE") above the number.
#
# A title runs over the next lines (no blank line between, at most TITLE_MAX_LINES) when a line
# is visibly cut: it ends on a function word, a hyphen or a comma, the next line starts with a
# lowercase word or a connective ("of", "on", "for", "and", "in" ...), both lines are ALL CAPS,
# the hard-wrapper broke it (the next word would not have fitted), or both lines are Title Case
# and the first is not short (a Title Case heading wrapped by its author; a venue line is not a
# continuation), or a sentence-case title is wrapped inside a name (:func:`runs_on_inside_name`:
# "Seventh meeting of the Global Counter-Terrorism Coordination Compact / Coordination Committee:
# summary of discussions"), or a Title Case heading is wrapped inside a body's name
# (:func:`name_wraps_into`: "... Between the African Union / Commission and the United Nations
# Secretariat"), or the next line is only the title's year or period ("2023–2024"). An ALL-CAPS
# line and a line in lower case do not run on into each other unless one is cut (a headline over
# its deck), nor does a Title Case line of TITLE_CASE_MIN_WORDS words or more and a line in
# sentence case opening with a capital ("IX Meeting of Ministers ... of the CPLP / Summary of
# proceedings": a new phrase). A heading set one phrase a line runs up to CAPS_TITLE_MAX_LINES
# lines in capitals, and so in mixed case when a line holds only connectives ("Opening Statement /
# by / H.E. Ms. X / Minister for Foreign Affairs / at the / Regional Conference ..."), taking a
# role line before a line in lower case. A dateline, session line, header field or label never continues a
# title, except a date phrase that goes on in lowercase ("... held in Vienna / from 2 to 3 May
# 2024"). A headline's subtitle after a blank line is not part of it. A role
# line between two parts of one heading does ("Statement by H.E. Mr. X / Permanent Representative
# of Y to the United Nations / at the open debate on ..."), and so does the role under a speaker's
# name that a heading cut after "by" runs on into ("Statement by / H.E. Mr. X / Ambassador and
# Permanent Representative of Y to the United Nations").

#: A title set in Markdown bold ("**Title**", "__Title__"): the stars are markup, not title.
#: The site's name after a web page's title ("<headline> | UN News", "<headline> - OHCHR").
#: ... after a headline of at least this many words.
SITE_TITLE_MIN_WORDS = 4
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—]{2,90})$")
_BOLD_TITLE = re.compile(r"(\*\*|__)(?!\s)(?:(?!\1).)+(?<!\s)\1")
#: "Agenda item 4" with the item's name on the next line; a United Nations document's "Item 76 (a) of
#: the provisional agenda*" (a footnote's mark after it) over the item's name likewise.
_ITEM_NUMBERS = r"\d{1,4}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,4}(?:\s*\([a-z]\))?)*"
_BARE_AGENDA_ITEM = re.compile(
    rf"(?:(?:provisional\s+)?agenda\s+items?\s+{_ITEM_NUMBERS}"
    rf"|items?\s+{_ITEM_NUMBERS}\s+of\s+the\s+(?:(?:provisional|preliminary|annotated|revised)\s+)*agenda)\s*[*†]*",
    re.IGNORECASE)
#: Drafts (not counting noise, of which at most TITLE_SEARCH_NOISE more) and lines from the top
#: that the title search looks at.
TITLE_SEARCH_DRAFTS = 12
TITLE_SEARCH_NOISE = 40
TITLE_SEARCH_LINES = 60
#: Words that open a line continuing a title cut before it ("... Cooperation / between Agencies").
_TITLE_CONNECTIVE_START = frozenset(
    "of on for and in to against with at by from into through under towards toward between among "
    "including via within & – — -".split()
)
#: A line of at least this many words all capitalised is written in Title Case (a shorter one may
#: be a name in a sentence-case heading).
TITLE_CASE_MIN_WORDS = 4
#: A Title Case first line at least this long may run on to a Title Case second line (an author
#: does not wrap a shorter heading; a short Title Case line over another is a header stack).
TITLE_CASE_WRAP_CHARS = 25
#: ... and at most this long: a longer Title Case line is a whole headline, and a Title Case line
#: under it is its deck ("... for One Year / Unanimously Adopting Resolution 2729 (2024), ...").
TITLE_CASE_WRAP_MAX_CHARS = 90
#: The wrap width of a document is known well enough to join title lines from this many lines.
TITLE_WRAP_MIN_LINES = 8
#: A year after a place ("Malta 2024" under "OSCE Chairpersonship").
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d$")
#: A line that is only a year or a period of years ("2024", "2023–2024").
_YEAR_LINE = re.compile(r"(?:19|20)\d\d(?:\s*[-–—/]\s*(?:19|20)?\d\d)?")
#: A place line next to a dateline: up to this many capitalised words.
PLACE_LINE_MAX_WORDS = 4
#: A byline under a headline: "By" and a name or a newsroom, capitalised words only.
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|staff|correspondents?|reporters?|and|&)){0,5}"
_BYLINE_DESK = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
#: ... with the newsroom after a comma or a bar ("By Vibhu Mishra, UN News"); a lowercase "by" line
#: is a byline only with the bar ("by X | UN News"), else it continues the title ("... / by Stéphane
#: Dujarric, Spokesman ...").
#: A line standing over a byline under a letterhead, of at least this many words, is a headline.
BYLINE_HEADLINE_MIN_WORDS = 4


def is_byline(content: str) -> bool:
    """A byline: "By UN News staff", "By: Garfield L. Angus, JIS Reporter", "Author: Jane Doe"."""
    return bool(_BYLINE.fullmatch(content)) or _field_label(content) in ("by", "author", "written by", "story by")


#: Who organizes an event, on a line of its own under its name or its session ("Side event
#: co-organized by the Permanent Missions of ...", "Organized by UNODC and the Government of Peru"):
#: a credit line, never the title. So is the issuer's credit opening a release ("issued by the
#: Registrar of the Court", "Published by the Press Office"); with the kind of paper before it
#: ("Statement issued by the Ministry ...") the line is a heading.
_ORGANIZER_LINE = re.compile(
    r"(?:(?:an?\s+)?(?:(?:side|special|high-level|virtual|hybrid|parallel|online)\s+)?"
    r"(?:event|meeting|webinar|panel(?:\s+discussion)?|dialogue|briefing)\s+)?(?:jointly\s+)?"
    r"(?:co-?)?(?:organi[sz]ed|hosted|convened|sponsored)\s+(?:jointly\s+)?by\s+\S.{2,300}"
    r"|(?:jointly\s+)?(?:issued|published|released|distributed)\s+(?:jointly\s+)?by\s*:?\s+\S.{2,300}",  # "Issued by: Press Office"
    re.IGNORECASE,
)
_BYLINE = re.compile(
    rf"(?:(?:Written|Story|Reported|Text|Words)\s+by|By)\s+{_BYLINE_NAME}(?:\s*[,|]\s*{_BYLINE_DESK})?"
    rf"|by\s+{_BYLINE_NAME}\s*\|\s*{_BYLINE_DESK}"
)
#: A meeting room, on a line of its own in a header: never a title.
#: An address's last line: a postcode and the city, a district's number after it ("1211 Geneva 10"; not
#: a year: "2030 Agenda").
_POSTCODE_CITY = re.compile(r"(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\s)\d{4,5}\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s+\d{1,2})?(?:\s*,\s*[A-Z][\w'’-]+)?")
_VENUE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Room|Hall|Chamber|Salle)(?:\s+(?:[A-Z]{0,2}-?\d[\w.-]*|[IVXL]{1,5}))?(?:\s*\([A-Z0-9 -]{1,12}\))?"
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|des|de|du))*){0,3}"
    # a conference centre or a compound with its city ("United Nations Conference Centre, Bangkok", "UN
    # Gigiri Complex, Nairobi, Kenya"): the city after it, so that no body's name is read as one
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:Centre|Center|Complex|Compound|Headquarters)"
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|des|de|du))*){1,3}"
)


#: A ministry's name with its list of portfolios has at most this many comma-separated parts.
PORTFOLIOS_MAX_PARTS = 8


#: A year opening a line before a capitalised word ("2025 Forum Regional Security Committee").
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s+[A-Z]")


#: Two States and the verb after them ("Kenya and Uganda Sign ...", "TANZANIA AND ZAMBIA CONCLUDE ...").
_TWO_STATES_ACT = re.compile(r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:and|&)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)\s+([A-Za-z]+)\b",
                             re.IGNORECASE)


def is_organisation_line(content: str) -> bool:
    """A line that only names an issuing body ("Security Council", "UNITED NATIONS").

    Every word is capitalised, a connective ("of", "for the" ...), a number or an acronym in
    brackets, and the head noun - the last capitalised word before the first connective - names a
    body (``organisation_heads`` in data/headers.json), and no word names an event or a document
    (``event_words``: "briefing", "meeting", "statement" ...). "Open Briefing of the
    Counter-Terrorism Committee" (head "Briefing"), "2025 Forum Regional Security Committee" (a
    year before the name: that year's meeting), "United Nations Office of Counter-Terrorism
    Quarterly Briefing to Member States" (an event word), "Security Council condemns attack" (a
    lowercase verb) and "Counter-Terrorism Committee: Special Meeting on ..." (a colon) are not.
    A lone head noun is a name only after "The" ("The Presidency"). A name may go on after a comma
    with an appositive ("UNHCR, the UN Refugee Agency"), a short "X and Y" ("Ministry of Foreign
    Affairs, Trade and Development") or a body's name ("Ministry of External Affairs, Government
    of India"), not with a clause ("UNHCR, Partners Launch Appeal"); a list of words before a head
    ("Foreign, Commonwealth & Development Office") and a hyphenated acronym ("UN-Habitat") are
    names; a body named in French, Spanish or Portuguese is one too (:func:`_is_romance_name`). No
    name holds a headline's verb (``headline_verbs``: "Receives", "Condemns").
    """
    data = _headers()
    heads, connectives, events = data.organisation_heads, data.organisation_connectives, data.event_words
    joint = _TWO_STATES_ACT.match(content)
    if joint and all(_body_key(joint.group(n)) in _country_names() for n in (1, 2)) and any(
        joint.group(3).lower() + ending in data.headline_verbs for ending in ("s", "es")
    ):
        return False  # "TANZANIA AND ZAMBIA CONCLUDE JOINT PERMANENT COMMISSION ...": two States and a headline's
        # verb in the plural, news of a bilateral meeting, not a body's name
    if _YEAR_FIRST.match(content):
        return False  # "2025 Forum Regional Security Committee (FRSC)": a body's name after a year names that
        # year's meeting of it, an event, not the issuer
    if len(content) <= 200 and any(p.fullmatch(content) for _, p in data.organisation_names) and not any(
        w.lower() in data.headline_verbs for w in content.split()
    ):  # a body whose name holds an event word ("Conference of the Parties to ..."), or lower-case
        # words ("Permanent Mission of Switzerland to the United Nations Office and to the other
        # international organisations in Geneva")
        return True
    if re.fullmatch(r"[A-Z]{2,6}-[A-Z][a-z]+", content):
        return True  # "UN-Habitat"
    if _ACRONYM_CLOSE.fullmatch(content) and _closing_acronym(content):
        return True  # "(ECCAS)" on a line of its own under the name it shortens
    named = _closing_acronym(content)
    before = content[: named.start()].split() if named is not None else []
    if before and before[-1].lower() in heads and all(w[:1].isupper() or w.lower() in connectives for w in before):
        return True  # "African Peer Review Mechanism (APRM)": a body's name closed by its acronym, an event word inside
    labelled = re.fullmatch(r"([A-Za-z]+):\s+(\S.*)", content)
    if labelled and labelled.group(1).lower() in heads and is_organisation_line(labelled.group(1) + " of " + labelled.group(2)):
        return True  # "DEPARTMENT: INTERNATIONAL RELATIONS AND COOPERATION", a body's kind, then its name
    if _is_romance_name(content):
        return True  # "Ministère de l'Europe et des Affaires étrangères", "Commission de la CEDEAO"
    parts = content.split(", ")
    if 1 < len(parts) <= 3 and all(re.fullmatch(r"[A-Z][\w'’-]*", p) for p in parts[:-1]) and not any(
        w.lower() in data.headline_verbs for w in content.split()
    ) and last_word(content) in heads and is_organisation_line(" and ".join(parts)):
        return True  # "Foreign, Commonwealth & Development Office"
    first = parts[0].split()
    portfolios = bool(first) and first[0].lower() in ("ministry", "department")  # a list of them may follow
    if 1 < len(parts) <= (PORTFOLIOS_MAX_PARTS if portfolios else 3) and is_organisation_line(parts[0]) and all(
        (re.match(r"the\s", p, re.IGNORECASE) or (re.search(r"\s(?:and|&)\s", p, re.IGNORECASE) and len(p.split()) <= (6 if portfolios else 4))
         or (portfolios and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", p) and _body_key(p) not in _country_names()
             and not any(w.lower() in data.headline_verbs for w in content.split()))  # "..., Meteorology, Geo-Hazards, ..."
         or (len(p.split()) >= 2 and not _is_acronym(p.split()[0]) and is_organisation_line(p))
         or (p is parts[-1] and len(p.split()) <= 2 and len(parts[0].split()) >= 3 and _is_place_line(p)
             and not is_salutation(content)))  # "..., New York"
        and _is_title_case(p) and len(p.split()) <= 6 and not re.search(r"\d", p)
        and not any(w.lower() in events or w.lower() in data.label_words for w in p.split()
                    if w.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in w))
        for p in parts[1:]
    ):  # "UNHCR, the UN Refugee Agency", "Ministry of Foreign Affairs, Trade and Development",
        # "Ministry of Police, National Security & Correctional Services" (a list of portfolios, also
        # a long one: "Ministry of Climate Change Adaptation, Meteorology, Geo-Hazards, Environment,
        # Energy and Disaster Management"),
        # "Ministry of External Affairs, Government of India", "Permanent Mission of X to the United
        # Nations, New York"
        return True
    words = content.split()
    if words and words[0].lower() in data.headline_openers and not _closing_acronym(content) and not any(
        _body_key(" ".join(words[:n])) in _country_names() for n in (2, 3)
    ):
        return False  # "NEW UN MISSION FOR HAITI" is news, not a name ("New Zealand Ministry of ..." is one)
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]  # "The Tripartite Commission"
    if not words or _TABLE_GAP.search(content):
        return False
    if _body_key(" ".join(words[:2])) in _UNITED_NATIONS and _body_key(" ".join(words[2:])) in _country_names():
        return True  # the United Nations in a country, as its country team heads its papers ("United Nations
        # Yemen", "NACIONES UNIDAS BOLIVIA")
    if len(words) <= (3 if is_all_caps(content) else 4) and _is_acronym(words[0]) and all(
        w[0].isupper() and w.lower() not in events and w.lower() not in data.label_words
        and w.lower() not in data.headline_verbs for w in words[1:]
    ) and not (len(words) > 1 and is_all_caps(content) and _body_key(" ".join(words[1:])) not in _country_names()):
        # a lone acronym ("UNODC", "OHCHR"), or one with its country office ("UNDP Kenya", "UNICEF
        # SUDAN"; in capitals at most two words after it: "GAZA CEASEFIRE TALKS RESUME" is a headline,
        # and they name a State: in capitals any word looks like an acronym, "DENGUE OUTBREAK" is a topic)
        return True
    if len(words) == 1:  # a lone noun ("PROGRAMME", "Agenda", "Secretariat") is not a name, but "The
        # Presidency", "THE COMMISSION" names the body that issues the paper
        return len(content.split()) == 2 and words[0][:1].isupper() and words[0].lower().strip(".,") in heads
    if len(words) > (NAMED_BODY_MAX_WORDS if named is not None else HEADING_MAX_WORDS) or re.search(r"[,:;.!?]$", content) or re.search(r"[,:;!?](?=\s)", content):
        return False
    head = None
    in_run = True
    for w in words:
        core = w.strip("()[]\"'“”‘’")
        if not core or (w.startswith("(") and w.endswith(")")) or core.isdigit():
            continue
        if core.lower() in connectives:
            in_run = in_run and core.lower() in ("and", "&")  # "Economic and Social Council"
            continue
        if not core[0].isupper() or core.lower() in events or core.lower() in data.headline_verbs:
            return False  # an event ("Briefing") or a headline's verb ("PRESIDENT X RECEIVES ... TEAM")
        if in_run:
            head = core
    if head is None:
        return False
    # "Global Counter-Terrorism Forum", "Financial Action Task Force": these heads name a body only
    # with nothing after them ("Regional Forum on Preventing Violent Extremism" is an event)
    plural = head.lower()[:-1] if head.lower().endswith("s") and not in_run else None
    # (a head in the plural before its connective: "Government Offices of Sweden")
    return head.lower() in heads or plural in heads or (in_run and head.lower() in data.organisation_heads_bare)


#: A body's name closed by its acronym in brackets may run to this many words ("European Committee for
#: the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT)").
NAMED_BODY_MAX_WORDS = 24


def _is_unit_name(content: str) -> bool:
    """A unit named with its head noun last ("Action against Terrorism Unit", "Victims of
    Terrorism Support Section"): capitalised words and connectives only, no verb or event word.
    Only taken under the issuer's name (a headline may end on a body: "New Chief for UN Mission")."""
    data = _headers()
    words = content.split()
    head, of, owner = content.partition(" of ")
    if of and 1 < len(head.split()) <= 5 and head.split()[-1].lower() in data.organisation_heads and head[:1].isupper() \
            and is_organisation_line(owner[4:] if owner.startswith("the ") else owner):
        return True  # a unit in sentence case, then its body: "Press and information team of the Delegation to Uzbekistan"
    return (
        1 < len(words) <= 8 and words[-1].lower() in data.organisation_heads
        and not re.search(r"[,:;.!?]", content)
        and all(w[:1].isupper() or w.lower() in data.organisation_connectives for w in words)
        and not any(w.lower() in data.headline_verbs for w in words)
        and not any(w.lower() in data.event_words for w in (words[1:] if words[-1].lower() == "secretariat" else words))
    )  # (an event's own secretariat is a unit: "Conference Secretariat")


#: An address under a letterhead: comma-separated parts of at most this many words each.
ADDRESS_PART_MAX_WORDS = 4
#: (a postcode's parts: "CH-1211", "SW1Y 5HX", "K1A 0G2")
_ADDRESS_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{1,3}-?\d{3,6}|\d{1,6}[A-Za-z]?|\d[A-Z\d]{1,3}|de|des|du|la|le|of|the|and|&)")


#: A numbered postal box, the first part of a short address: "Private Bag 0038", "P.O. Box 3243", "P/Bag 12".
_POSTAL_BOX = re.compile(r"(?:private\s+(?:mail\s+)?bag|p\s*/\s*bag|p\.?\s?o\.?\s*box|b\.?\s?p\.?)\s*[A-Z]?\d{1,6}", re.IGNORECASE)


def _is_address_line(content: str) -> bool:
    """A postal address written on one line ("Palais des Nations, CH-1211 Geneva 10, Switzerland",
    "Private Mail Bag, Suva, Fiji", "Marlborough House, Pall Mall, London SW1Y 5HX"): at least three comma-separated parts of capitalised words,
    postcodes and numbers, nothing else; two when the first is a numbered postal box ("Private Bag
    0038, Gaborone", "P.O. Box 3243, Addis Ababa"). The parts may stand between middle dots or bars
    instead ("SACU Secretariat · Private Bag 13285 · Windhoek · Namibia"). Only read under the issuer's name."""
    parts = [p.strip() for p in re.split(r",|\s+[·•|]\s+", content)]
    return (
        (len(parts) >= 3 or (len(parts) == 2 and _POSTAL_BOX.fullmatch(parts[0]) is not None)) and len(content) <= 120
        and all(0 < len(p.split()) <= ADDRESS_PART_MAX_WORDS and all(_ADDRESS_WORD.fullmatch(w) for w in p.split()) for p in parts)
        and not any(w.lower() in _headers().headline_verbs for w in content.replace(",", " ").split())
    )


#: A part of a unit line beside a unit's name: at most this many words.
UNIT_PART_MAX_WORDS = 6


def _is_unit_composite(content: str) -> bool:
    """A unit and its sub-unit on one line under the issuer ("General Secretariat – Media and
    Communication Sector", "Secretariat | Policy Branch"): parts between separators, one of them
    a body's name, the others capitalised noun phrases (no verb, event or figure): the letterhead
    going down the organisation chart, not a headline."""
    parts = [p for p in _HEADER_SEPARATOR.split(content) if p]
    if len(parts) < 2:
        return False
    data = _headers()
    named = [p for p in parts if is_organisation_line(p) or _is_unit_name(p)]

    def noun_phrase(p: str) -> bool:
        words = p.split()
        return (
            0 < len(words) <= UNIT_PART_MAX_WORDS and _is_title_case(p) and not re.search(r"[\d,:;.!?()\"“”]", p)
            and not any(w.lower() in data.event_words or w.lower() in data.headline_verbs for w in words)
        )

    return bool(named) and all(p in named or noun_phrase(p) for p in parts)


#: The head nouns of a State's name in French, Spanish or Portuguese: the State may follow as an
#: adjective, with no connective ("République togolaise", "RÉPUBLIQUE GABONAISE", "República Portuguesa").
_STATE_HEADS = frozenset({"république", "republique", "república", "republica", "royaume", "reino"})


def _is_romance_name(content: str) -> bool:
    """A body named in French, Spanish or Portuguese: the head noun first ("Ministère", "Mission",
    "Embajada"; ``organisation_heads_initial``), then capitalised words, lowercase adjectives and
    connectives ("de la", "des", "auprès"; ``romance_connectives``), at least one connective (none in
    a State's name with its adjective: "République togolaise") and no English function word, verb
    or figure: "Mission permanente de la France auprès des Nations Unies"."""
    data = _headers()
    content = _ACRONYM_CLOSE.sub("", content).rstrip()  # "... Agropecuario Centroamericano (SECAC)"
    content = _DASHED_ACRONYM_CLOSE.sub("", content)  # "... PARA LA REDUCCIÓN DE DESASTRES - CONRED"
    words = content.split()
    if not 2 <= len(words) <= HEADING_MAX_WORDS or words[0].lower() not in data.organisation_heads_initial:
        return False
    if re.search(r"[\d,:;.!?()]", content):
        return False
    tokens = [t.lower() for w in words for t in re.split(r"(?<=['’])", w) if t]  # "l'Europe" -> "l'", "europe"
    tokens = [t.replace("’", "'") for t in tokens]
    state = len(words) == 2 and tokens[0] in _STATE_HEADS and words[1].isalpha()  # "République togolaise"
    return (
        (state or any(t in data.romance_connectives for t in tokens))
        and not any(t in _FUNCTION_WORDS or t in data.headline_verbs or t in data.event_words for t in tokens)
    )


def _is_acronym(token: str) -> bool:
    data = _headers()
    low = token.lower()
    return (
        2 <= len(token) <= 8 and token.isupper() and token.isalpha()
        and low not in data.organisation_heads and low not in data.event_words and low not in data.label_words
    )


def _is_session_of_body(content: str) -> bool:
    """A session named with its body ("53RD ORDINARY SESSION OF THE MEDIATION AND SECURITY COUNCIL"):
    a header line over a heading, but the title when no heading follows."""
    return any(p.fullmatch(content) for pid, p in _headers().session_lines if pid == "session_of_body")


def is_session_line(content: str) -> bool:
    """A session, meeting-number, agenda-item or front-matter line ("Seventy-sixth session")."""
    if len(content) > 250:
        return False
    if any(w.strip(",;:()").lower() in _headers().headline_verbs for w in content.split()):
        return False  # a headline telling of a session: "COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT OPENS TWENTY-NINTH SESSION"
    return any(p.fullmatch(content) for _, p in _headers().session_lines)


def is_label_line(content: str) -> bool:
    """A section label such as "Readouts", "Press Release", "Meeting Summaries" (label words in
    the singular or the plural), or a document kind ("Annotated provisional agenda", "List of
    Participants", "Co-Chairs' Summary"; "of" between two label words)."""
    words = content.lower().replace("’", "'").split()
    if 2 < len(words) <= 4 and words[:2] == ["list", "of"]:
        return True  # "List of Participants", "List of Speakers"
    return 0 < len(words) <= 4 and all(
        _is_label_word(w.strip(".:")) or (w == "of" and 0 < k < len(words) - 1) for k, w in enumerate(words)
    )


def _is_label_word(word: str) -> bool:
    data = _headers()
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word,
             word[:-3] + "y" if word.endswith("ies") else word}
    return any(f in data.label_words for f in forms)


def is_section_label(content: str) -> bool:
    """A website section a page sits in ("News and Events", "Press releases", "Latest News"): label
    words ending on a plural. A genre heading in the singular ("JOINT COMMUNIQUÉ") names the
    document itself."""
    words = content.lower().split()
    last = words[-1].strip(".:") if words else ""
    return (
        is_label_line(content) and last.endswith("s") and last != "press"
        and "of" not in words  # "List of Participants" names a document, not a section
    )


#: The small words inside a place's name ("Port of Spain", "Palais des Nations", "Dar es Salaam").
_PLACE_PARTICLES = frozenset("of de des du la le les el al da do di del es sur".split())


def _is_place_line(content: str) -> bool:
    words = content.split()
    data = _headers()
    return (
        0 < len(words) <= PLACE_LINE_MAX_WORDS
        and len(content) <= 40
        and not any(ch.isdigit() for ch in content)
        and all(w[0].isupper() or w in _PLACE_PARTICLES for w in words)  # "Palais des Nations, Geneva", "Rio de Janeiro"
        and not re.search(r"[.;!?]$|:", content)  # "Malawi: Tropical Cyclone Freddy" is no place
        # "Expert Group Meeting" over "Vienna, 3 May 2024" names the event, not where it was
        and not any(w.lower().strip("()[],") in data.event_words or w.lower() in data.label_words for w in words)
        and not _STORM.match(content)  # "Tropical Cyclone Ivenia - SAVA Region": the storm a paper is about
    )


#: A storm named with its kind ("Tropical Cyclone Ivenia", "Hurricane Melissa", "Typhoon Kalmaegi"):
#: the event a paper is about, no place.
_STORM = re.compile(r"(?:(?:super|severe|very\s+severe|intense)\s+)?(?:(?:tropical|cyclonic|winter)\s+)?"
                    r"(?:cyclone|storm|depression|hurricane|typhoon)\s+[A-Z]", re.IGNORECASE)


def _names_event_beside_date(content: str) -> bool:
    """A line that holds a date and names the event or document beside it ("Briefing to Member
    States – 14 March 2024", "Security Council Open Debate on ..., 26 June 2024") is a heading
    with its date, not a dateline: a dateline gives only a place, a weekday, a label or a time.
    A word followed by a colon is a label ("Meeting: 3 May 2024")."""
    rest = content
    for d in reversed(find_dates(content)):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = re.sub(r"\b[A-Z][\w'’-]*\s+(?:Room|Hall|Chamber|Salle)\b", " ", rest)  # "Conference Room 1" is a venue
    events = _headers().event_words
    return any(m.group(1).lower() in events for m in re.finditer(r"([A-Za-z][\w'’-]*)(?![\w'’-]*\s*:)", rest))


#: The subject line of an e-mail or memo header: "Subject: <title>", and its like in a form or an
#: invitation ("Title: ...", "Event: ...", "What: ... / When: ... / Where: ..."), also as a row of a
#: table written with bars ("Title | ..."); a memo's "Re:" line is its subject.
#: Reply and forward marks an e-mail client puts before a subject ("RE: ", "Fwd: ") are text of the
#: subject line, not its label (tests/data/dev/README.md: the title is the text of the "Subject:"
#: line without the label): "Subject: RE: SCCR/47 - short readout" is titled "RE: SCCR/47 - short readout".
_SUBJECT = re.compile(r"(?:subject|subj\.?|title|event|what|re)[ \t]*(?::|\|(?=[ \t]))[ \t\u00a0]*(?=\S)", re.IGNORECASE)


_SUBJECT_END_ABBREVIATION = re.compile(r"(?:\b[ap]\.m|\betc|\bNo|\bInc|\bLtd)\.$")


#: A form's "Title:", "Event:" or "What:" names the paper with at least this many words.
FORM_SUBJECT_MIN_WORDS = 3


def subject_value_start(content: str) -> int | None:
    """Where the subject starts in a "Subject: ..." header line whose subject reads as a title
    (a "RE:" or "Fwd:" mark included).

    The title is the subject without its label; the label then belongs to no block, as a list
    marker belongs to no item text and a Markdown "#" to no heading.
    """
    m = _SUBJECT.match(content)
    if m is None:
        return None
    value = content[m.end():]
    if not m.group(0).lower().startswith("subj") and len(value.split()) < FORM_SUBJECT_MIN_WORDS:
        return None  # "Title: Director" in a contact card names no paper
    # a subject may end in an abbreviation's full stop ("..., 16 May 2024, 10 a.m.")
    if not (is_title_text(value, 1) or (_SUBJECT_END_ABBREVIATION.search(value) and is_title_text(value[:-1], 1))):
        return None
    return m.end()


#: A web page's topic line over its headline: at most this many words.
TOPIC_MAX_WORDS = 4


def is_topic_label(content: str) -> bool:
    """A news site's topic ("Peace and Security", "Humanitarian Aid", "Climate Change"): a short
    Title Case noun phrase, no figures or punctuation, naming no event or document."""
    words = content.split()
    events = _headers().event_words
    return (
        0 < len(words) <= TOPIC_MAX_WORDS
        and len(content) <= 40
        and not re.search(r"[\d.,:;!?()\"“”]", content)
        and _is_title_case(content)
        and not any(w.lower() in events for w in words)
    )


def _is_title_case(content: str) -> bool:
    words = [w for w in content.split() if w.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in w)]
    return bool(words) and all(next(c for c in w if c.isalpha()).isupper() for w in words)


def is_field_line(content: str) -> bool:
    """A "Label: value" line of a meeting header ("President: Mr. X (Maldives)", "Venue: ...")."""
    return _field_label(content) in _headers().field_labels


def _field_label(content: str) -> str | None:
    label = re.match(r"([^:\n]{1,30}):\s", content)
    return label.group(1).strip().lower() if label else None


#: Fields whose next line is a picture's caption, not a heading.
_CAPTION_FIELDS = frozenset({"photo", "photo credit", "credit", "caption", "image", "photo caption"})


def is_speaker_line(content: str) -> bool:
    """A line that only names a person with honorifics ("H.E. Mr. Dennis Francis", "Hon Winston
    Peters"); not a headline opening with a name ("Dr. Tedros Visits Gaza Hospitals")."""
    return _headers().speaker_line.fullmatch(content) is not None and not any(
        w.lower() in _headers().headline_verbs for w in content.split()
    )


def _is_short_role_line(content: str) -> bool:
    """A role of a few words in Title Case under a speaker's name, with no "of" ("Deputy Prime
    Minister", "Foreign Minister"): no label or event word, no figure, no closing mark."""
    words = content.split()
    data = _headers()
    return (
        1 < len(words) <= SHORT_ROLE_MAX_WORDS and _is_title_case(content) and not is_all_caps(content)
        and not any(w.lower() in data.label_words or w.lower() in data.event_words for w in words)
        and not re.search(r"\d|[.;:!?]$", content)
    )


#: At most this many words in a role without "of" under a speaker's name.
SHORT_ROLE_MAX_WORDS = 4


def _is_role_line(content: str) -> bool:
    """A speaker's role under the name ("President of the 78th Session of the General Assembly",
    "Permanent Representative of Kenya"): a capitalised phrase with "of", "to" or "for", not a
    sentence, not opening with the name of an event or a document ("Remarks at ...")."""
    words = content.split()
    data = _headers()
    return (
        1 < len(words) <= HEADING_MAX_WORDS and words[0][:1].isupper()
        and words[0].lower() not in data.event_words and words[0].lower() not in data.label_words
        and any(w in ("of", "to", "for") for w in words) and not re.search(r"[.;:!?]$", content)
        and not speaks_as_sentence(content)
    )


#: The fields of an official record's front page, under its organ, session and meeting lines.
_RECORD_FIELDS = frozenset({"president", "acting president", "temporary president", "vice-president", "chair", "chairperson",
                            "chairman", "acting chair", "acting chairperson", "vice-chair", "vice-chairperson", "vice-chairman",
                            "members", "present"})


#: A column gap: a tab or a run of spaces inside a line (a table row or a two-column front page).
_TABLE_GAP = re.compile(r"\S(?:\t|[ \u00a0]{3,})\S")
#: Separators of a composite header line ("Press release | Meetings coverage", "Delegation of
#: the European Union to the United Nations - New York", and the two columns of a UN front page:
#: "Security Council<wide gap>Distr.: General"; a web page's fields two spaces apart: "Press
#: Releases  PLENARY SESSION  AFET  13-02-2025 - 13:05"; a dash typed as two hyphens: "10166th Meeting
#: (PM) -- SC/16424 -- 20 January 2026").
_HEADER_SEPARATOR = re.compile(r"\s+(?:[|·•/–—-]|::|--)\s+|\t+|[ \u00a0]{2,}")


@lru_cache(maxsize=4096)
def header_kind(content: str) -> str | None:
    """What a header line is when it is not the title: "date", "session", "field", "label",
    "organisation", or None. A composite line is a header line when each of its parts is one (or
    a place or, beside another part, a document's kind): "UNDP Kenya | Press Release", "Event
    Recap | Stimson Center" are "organisation" lines. A footnote's mark closing the line, or before
    a last part in brackets, is not read ("Summary record of the 498th meeting*", "10027th
    Meeting* (PM)")."""
    if opens_work_programme(content):
        return None  # "Programme of Work for April 2026", "Programme of work of the sixty-first session": the
        # paper's heading, not a body ("Programme") nor a session line
    marked = _FOOTNOTE_MARK.search(content)
    if marked and marked.start() > 0:
        return header_kind(content[: marked.start()] + content[marked.end() :])
    boxed = re.fullmatch(r"\|\s+([^|]*?)\s+\|", content.strip())
    if boxed and boxed.group(1):
        return header_kind(boxed.group(1))  # a line of a letterhead drawn in a box: "|  EMBASSY OF X   |"
    bracketed = re.fullmatch(r"\((.+)\)", content.strip())
    if bracketed and "(" not in bracketed.group(1) and header_kind(bracketed.group(1).strip()) in ("date", "field"):
        return header_kind(bracketed.group(1).strip())  # a header line in brackets: "(Period covered: 26 June – 21 July 2026)"
    parts = _HEADER_SEPARATOR.split(content)
    if len(parts) > 1 and is_field_line(content) and _field_label(content) == _field_label(parts[0]):
        return "field"  # a field's value holds a separator ("To: UNICEF Tunisia CO - Programme Section"): still a
        # field, not the body its value names
    if len(parts) > 1:
        kinds = [("place" if _body_key(_YEAR_AFTER.sub("", p)) in _country_names() else _header_part_kind(p))  # "DENGUE OUTBREAK – SAMOA": a State, not an acronym
                 or ("place" if _is_place_line(p) or _is_acronym(p) or _HASHTAG.fullmatch(p) else None)
                 or ("label" if is_page_furniture(p, False) or is_label_line(p) else None) for p in parts]
        kinds = [k or ("label" if _is_dated_label(p) or _is_numbered_kind(p) or _SERIES_PART.fullmatch(p) else "date" if _is_dated_period(p) else None)
                 for k, p in zip(kinds, parts)]  # (a series the paper is one of: "Urban Lab Webinar Series #7")
        kinds = [k or ("organisation" if p.casefold() in _known_acronyms_folded() else None) for k, p in zip(kinds, parts)]
        # (a known body's acronym written in capitals: "UN-HABITAT | Urban Lab Webinar Series #7")
        if len(parts) == 2 and re.search(r"\s[/|]\s", content) and any(
            _is_release_label(a) and _is_foreign_phrase(b) for a, b in (parts, parts[::-1])
        ):
            return "label"  # the kind of release in two languages: "TAARIFA KWA VYOMBO VYA HABARI / PRESS RELEASE",
            # "Nota à Comunicação Social | Press note"
        if "date" in kinds and not all(kinds):
            # a dateline with the time and the desk that posted it ("Press service | 15.05.2025 | 14:20")
            kinds = [k or ("date" if _TIME_PART.fullmatch(p) else "place" if _is_desk_tag(p) else None) for k, p in zip(kinds, parts)]
        if all(_body_key(p) in _country_names() for p in parts):
            return "organisation"  # "Austria – Czech Republic – Slovakia": the States that issue the paper
        if all(kinds) and any(k != "place" for k in kinds):
            return "organisation" if "organisation" in kinds else next(k for k in kinds if k != "place")
        if (kinds[-1] == "label" or names_kind_only(parts[-1])) and all(
            k is not None or _is_banner_part(p) for k, p in zip(kinds[:-1], parts[:-1])
        ):  # "2025 UNITED NATIONS OCEAN CONFERENCE – OFFICIAL SIDE EVENT", "EB156 – Daily update: Wednesday,
            # 5 February 2025": the kind of paper after the event it belongs to; the heading under it names it
            return "label"
        if _TABLE_GAP.search(content) and any(k == "session" for k in kinds):
            return "session"  # a front page in two columns ("International Convention on ...<TAB>Distr.: General")
    symbol = re.fullmatch(r"(.+?)\s+([A-Z]{1,6}/\S+)", content)
    if symbol and is_page_furniture(symbol.group(2), False) and _header_part_kind(symbol.group(1)) == "organisation":
        return "organisation"  # the organ and the symbol one space apart ("United Nations S/PV.9601")
    return _header_part_kind(content)


#: A series of papers, as a part of a header line ("Urban Lab Webinar Series #7", "Policy Brief Series No. 3").
_SERIES_PART = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,6}Series(?:\s*(?:#|No\.?\s*)?\d{1,4})?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _election_words() -> frozenset[str]:
    return frozenset(read_json("headers.json")["election_words"])


def _names_election(content: str) -> bool:
    """The line names an election ("Presidential Election, First Round", "ELECTION OBSERVATION MISSION")."""
    return any(w.lower().strip(",.;:()") in _election_words() for w in content.split())


def _is_release_label(content: str) -> bool:
    return len(content) <= 60 and any(p.fullmatch(content) for _, p in _headers().release_labels)


#: A phrase in another language beside a label has at most this many words.
FOREIGN_PHRASE_MAX_WORDS = 8
#: ... and a word in lower case in it ("à", "de", "kwa") at most this many letters.
FOREIGN_PARTICLE_MAX_CHARS = 3


def _is_foreign_phrase(content: str) -> bool:
    """A short phrase in another language than English, in capitals or Title Case: letters only, no
    English function word, no headline verb, event or label word ("TAARIFA KWA VYOMBO VYA HABARI",
    "COMUNICADO DE PRENSA", "Nota à Comunicação Social": a short particle in lower case between
    capitalised words; not "CHOLERA OUTBREAK IN THE NORTH")."""
    words = content.split()
    data = _headers()
    return (
        2 <= len(words) <= FOREIGN_PHRASE_MAX_WORDS and all(w.isalpha() for w in words) and words[0][0].isupper()
        and all(w[0].isupper() or len(w) <= FOREIGN_PARTICLE_MAX_CHARS for w in words)
        and not any(w.lower() in _FUNCTION_WORDS or w.lower() in data.headline_verbs or w.lower() in data.event_words
                    or _is_label_word(w.lower()) or w.lower() in data.organisation_heads for w in words)
        and _body_key(content) not in _country_names()
    )


def _is_dated_session_line(content: str) -> bool:
    """A session or meeting line with its date ("9527th meeting, 10 January 2024, 3 p.m.",
    "Summary record of the 12th plenary meeting, held on 21 September 2022"), also with the place
    it met in ("Eightieth session, Bangkok, 22–26 April 2024")."""
    dates = find_dates(content) if len(content) <= 120 else []
    if not dates:
        return False
    rest = content[: dates[0].start] + " " + content[dates[0].end :]
    rest = re.sub(rf"\b{_TIME}\b|\b\d{{1,2}}\s*(?:a\.m\.|p\.m\.|am|pm)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(r",?\s*\b(?:held|convened)\s+on\b", " ", rest, flags=re.IGNORECASE)  # "..., held on <date>"
    rest = re.sub(r"\(\s*\)", " ", rest).strip(" \t,;:–—-")
    parts = [p.strip() for p in rest.split(",")]
    while len(parts) > 1 and _is_place_line(parts[-1]):
        parts.pop()  # where the session met: "Eightieth session, Bangkok, 22–26 April 2024"
    rest = ", ".join(parts)
    return bool(rest) and is_session_line(rest)


_MONTH_YEAR = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d")


def _is_session_with_place(content: str) -> bool:
    """A session line with where and when it meets but no day: "350th Session, Geneva, March 2024"."""
    parts = [p.strip() for p in content.split(",")]
    if len(parts) < 2 or len(content) > 120:
        return False
    if _MONTH_YEAR.fullmatch(parts[-1]):
        parts.pop()
    while len(parts) > 1 and _is_place_line(parts[-1]):
        parts.pop()
    return len(parts) < len(content.split(",")) and is_session_line(", ".join(parts))


def is_contact_line(content: str) -> bool:
    """A letterhead's postal or contact line ("P. O. Box 3243 Tel.: +251 11 551 7700",
    "E-mail: press@example.org", "www.example.org"): ``contact_lines`` in data/headers.json."""
    return len(content) <= 200 and any(p.search(content) for _, p in _headers().contact_lines)


def opens_with_letter_formula(content: str) -> bool:
    """A note's or a letter's opening formula, the first sentence of its body, never its title
    ("The Ministry ... presents its compliments to ... and has the honour to invite"):
    ``letter_formulas`` in data/headers.json."""
    return any(p.search(content) for _, p in _headers().letter_formulas)


#: A period a letterhead names beside a body ("Pro Tempore Presidency of Uruguay – Second Half of 2024").
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PERIOD = re.compile(r"(?:(?:first|second)\s+(?:half|semester)|(?:first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:19|20)\d\d"
                     # a month of issue under a brief's heading ("WFP Madagascar Country Brief / February 2025")
                     rf"|{_MONTH_NAME}(?:\s*[-–—/]\s*{_MONTH_NAME})?,?\s+(?:19|20)\d\d",
                     re.IGNORECASE)


def _header_part_kind(content: str) -> str | None:
    if is_contact_line(content):
        return "place"
    if (_is_date_only(content) and not _names_event_beside_date(content)) or _PERIOD.fullmatch(content) \
            or _is_dated_period(content):
        return "date"  # (a period's label and its days on a line of their own: "Data collection: 14-16 February 2026")
    if is_session_line(content) or _is_dated_session_line(content) or _is_session_with_place(content):
        return "session"
    if len(content) <= 60 and (any(p.fullmatch(content) for _, p in _headers().release_labels) or (
        "|" not in content and furniture_id(content) is not None) or is_section_label(content)):
        return "label"
    if is_field_line(content):
        return "field"
    qualified = _QUALIFIED_KIND.fullmatch(content)
    if qualified and qualified.group(2).lower() in _headers().event_paper_qualifiers and names_kind_only(qualified.group(1)):
        return "label"  # the kind of paper and which version it is: "Transcript (unofficial)", "Programme (draft)"
    issued = _KIND_FROM_ISSUER.fullmatch(content)
    if issued and len(content) <= 90 and _names_release_kind(issued.group(1)) and not any(
        w.lower() in _headers().gathering_words or w.lower() in ("briefing", "conference") for w in issued.group(1).split()
    ) and (
        is_organisation_line(issued.group(2)) or is_known_body(issued.group(2))
    ):
        return "label"  # the kind of release and its issuer: "Press release from Ministry for Foreign Affairs"
    if len(content) <= 60 and _is_dated_label(content):
        return "label"  # "Briefing 14, 27/06/2025": the kind of paper, its number and day
    if is_organisation_line(content) or is_known_body(content):
        return "organisation"
    words = content.split()
    if len(words) >= 2 and words[0] in _known_acronyms() \
            and (is_known_body(" ".join(words[1:])) or is_organisation_line(" ".join(words[1:]))):
        return "organisation"  # the issuer's logo: a known body's acronym beside a body's name ("IOM UN MIGRATION",
        # "UNHCR The UN Refugee Agency"), with no bar between
    if 2 <= len(words) <= ISSUER_LABEL_MAX_WORDS and any(
        _names_release_kind(" ".join(words[k:]))
        and (k == 1 and _is_acronym(words[0]) and not _ROMAN_NUMERAL.fullmatch(words[0]) or is_organisation_line(" ".join(words[:k]))
             or _joint_issuers(words[:k]))
        for k in range(1, len(words))
    ):
        return "label"  # the issuer, then the kind of release: "UNHCR Briefing Notes", "OSCE Press Release",
        # "Joint IOM–UNHCR press release"
    if 2 <= len(words) <= ISSUER_LABEL_MAX_WORDS and any(
        _body_key(" ".join(words[:k])) in _country_names() and names_kind_only(" ".join(words[k:])) for k in range(1, len(words))
    ):
        return "label"  # a State, then the kind of paper: "Ireland Statement", "Kenya Statement"
    return None


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
#: A kind of paper and a word in brackets saying which version it is ("Transcript (unofficial)").
_QUALIFIED_KIND = re.compile(r"(.+?)\s*\(([^\W\d]+(?:\s+[^\W\d]+)?)\)")  # "Transcript (unofficial)", "Communiqué (English version)"
#: A kind of release and the body that issues it ("Press release from Ministry for Foreign Affairs").
#: ("Press conference by the Special Envoy ..." names an event held by someone: the title)
_KIND_FROM_ISSUER = re.compile(r"(.+?)\s+from\s+(?:the\s+)?(.+)", re.IGNORECASE)


def _is_news_headline(content: str) -> bool:
    """A headline that tells news: a heading with a headline verb ("warn", "calls", "urges") among
    its words after the first."""
    words = [w.strip("\"'“”‘’,:;()").lower() for w in content.split()]
    return is_title_text(content, 1) and len(words) >= LABELLED_TITLE_MIN_WORDS and any(
        w in _headers().headline_verbs for w in words[1:])


def _joint_issuers(words: list[str]) -> bool:
    """"Joint" and the acronyms of the bodies that issue a paper together ("Joint IOM–UNHCR",
    "Joint UNICEF and WFP"): the issuers before the kind of release."""
    names = [p for w in words[1:] if w.lower() not in ("and", "&") for p in re.split(r"[–—/-]", w) if p]
    return len(words) >= 2 and words[0].lower() == "joint" and bool(names) and all(
        _is_acronym(p) and not _ROMAN_NUMERAL.fullmatch(p) for p in names)
#: A time of day standing as a part of a header line beside its date ("14:20", "10.30 a.m. GMT").
_TIME_PART = re.compile(rf"{_TIME}(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|EAT|WAT|local\s+time))?", re.IGNORECASE)
#: A tag beside a dateline's date has at most this many words ("Press service", "Politics").
DESK_TAG_MAX_WORDS = 3


def _is_dated_label(part: str) -> bool:
    """The kind of paper and its day: "Daily update: Wednesday, 5 February 2025", also numbered
    and before a comma: "Briefing 14, 27/06/2025"."""
    label, sep, rest = part.partition(":")
    if not sep:
        label, sep, rest = part.rpartition(",")
    numbered = _NUMBERED_KIND.fullmatch(label.strip())
    return bool(sep) and (names_kind_only(label) or (numbered is not None and names_kind_only(numbered.group(1)))) \
        and _is_date_only(rest.strip())


def _is_numbered_kind(part: str) -> bool:
    """A kind of paper or a round of it and its number, as a part of a header line ("Round 4 | Data
    collection: ...", "Update No. 3 | ...")."""
    numbered = _NUMBERED_KIND.fullmatch(part.strip())
    return numbered is not None and names_kind_only(numbered.group(1))


#: The label of a period a paper covers ("Data collection: 27-31 May 2024", "Reporting period: 1-7 May 2024").
_PERIOD_FIELD = re.compile(
    r"(?:reporting\s+period|period\s+covered|data\s+collect(?:ed|ion)(?:\s+period)?|(?:survey|assessment|collection)\s+period)"
    r"\s*:\s*(?P<rest>.+)", re.IGNORECASE)


def _is_dated_period(part: str) -> bool:
    """A period's label and its days, as a part of a header line: "Data collection: 27-31 May 2024"."""
    m = _PERIOD_FIELD.fullmatch(part.strip())
    return m is not None and _is_date_only(m.group("rest").strip())


#: A kind of paper and its number ("Briefing 14", "Update No. 3").
_NUMBERED_KIND = re.compile(r"(.+?)\s+(?:no\.?\s*|#\s*)?\d{1,4}", re.IGNORECASE)


#: An event's or a series' name beside a kind of paper on one header line has at most this many words.
BANNER_PART_MAX_WORDS = 8


def _is_banner_part(part: str) -> bool:
    """The event or series a paper belongs to, beside its kind on one header line ("2025 UNITED
    NATIONS OCEAN CONFERENCE", "EB156", "HLPF 2024"): a short name that holds a figure or names an
    event, no headline verb, no colon, no sentence. A topic ("Sudan: Fighting in El Fasher - Flash
    Update No. 7") is none: that line names the paper."""
    words = part.split()
    return (
        0 < len(words) <= BANNER_PART_MAX_WORDS and (part[0].isupper() or part[0].isdigit())
        and (re.search(r"\d", part) is not None or any(w.lower() in _headers().event_words for w in words))
        and not re.search(r"[.!?:;,]", part) and not any(w.lower() in _headers().headline_verbs for w in words)
    )


def _is_desk_tag(part: str) -> bool:
    """A short tag beside a date in a header line: the desk or section that posted the page
    ("Press service", "World News"), capitalised, no figure, no sentence, no headline verb."""
    words = part.split()
    return (
        0 < len(words) <= DESK_TAG_MAX_WORDS and part[0].isupper() and not re.search(r"\d|[.!?:;,]$", part)
        and not any(w.lower() in _headers().headline_verbs for w in words)
    )

#: An event's hashtag beside its place and dates ("Geneva | 2–6 June 2025 | #GP2025").
_HASHTAG = re.compile(r"#\w{2,30}")
#: Footnote marks closing a line ("... meeting*", "... Session**", "... 2024†").
#: A footnote's mark after a word, closing the line or before a last part in brackets ("10027th
#: Meeting* (PM)": the meeting's note, as the Council's coverage marks a resumed meeting).
_FOOTNOTE_MARK = re.compile(r"(?<=\w)[*†‡]+(?=(?:\s*\([^()]{1,20}\))?$)")


def is_known_body(content: str) -> bool:
    """The whole line is the name of a body the organization gazetteers know, in any case, with or
    without "the" and its acronym in brackets ("INTERNATIONAL CONFERENCE ON THE GREAT LAKES
    REGION", "Conference on Disarmament (CD)"): a letterhead even when its words read as an event's."""
    core = re.sub(r"\s*\([A-Za-z][\w&.-]{1,12}\)$", "", content.strip())
    core = re.sub(r"^the\s+", "", core, flags=re.IGNORECASE)
    return _body_key(core) in _known_body_names()


@lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    """The acronyms of the bodies in data/un_entities.json and data/organizations.json ("IOM", "WFP"), as written."""
    return frozenset(entry["acronym"] for file in ("un_entities.json", "organizations.json")
                     for entry in read_json(file) if entry.get("acronym"))


@lru_cache(maxsize=1)
def _known_acronyms_folded() -> frozenset[str]:
    """The known acronyms with a hyphen or a lower-case letter ("UN-Habitat", "UNESCAP" is not), case-folded:
    written in capitals on a logo line ("UN-HABITAT")."""
    return frozenset(a.casefold() for a in _known_acronyms() if not a.isupper() and len(a) >= 4)


def _body_key(name: str) -> str:
    """A body's name compared whatever its case, spacing and hyphens ("Confidence Building" is
    "Confidence-Building")."""
    return " ".join(name.replace("-", " ").replace("–", " ").split()).casefold()


@lru_cache(maxsize=1)
def _known_body_names() -> frozenset[str]:
    """The names and aliases of two words or more in data/un_entities.json and data/organizations.json."""
    names = set()
    for file in ("un_entities.json", "organizations.json"):
        for entry in read_json(file):
            for name in (entry["name"], *entry.get("aliases", ())):
                if len(name.split()) >= 2:
                    names.add(_body_key(name))
    return frozenset(names)


#: "United Nations" in English, Spanish, French and Portuguese, compared as :func:`_body_key`.
_UNITED_NATIONS = frozenset({"united nations", "naciones unidas", "nations unies", "nações unidas", "nacoes unidas"})


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The names and aliases of the States in data/countries.json, compared as :func:`_body_key`."""
    return frozenset(_body_key(name) for entry in read_json("countries.json") for name in (entry["name"], *entry.get("aliases", ())))


def _names_release_kind(content: str) -> bool:
    """A release label ("Press Release", "Readout") or a section's (label words ending on a plural)."""
    return any(p.fullmatch(content) for _, p in _headers().release_labels) or is_section_label(content)


#: An issuer's name and a kind of release on one line ("UNHCR Briefing Notes") has at most this many words.
ISSUER_LABEL_MAX_WORDS = 8


def is_bracket_note(content: str) -> bool:
    """A line wholly in brackets opening in lower case ("(pursuant to Human Rights Council resolution
    56/21)", "(transcript, working translation - excerpt)"): a note under a heading, not its name."""
    return bool(re.fullmatch(r"\([^()]*\)", content)) and starts_lowercase(content[1:])


def title_runs_on(prev: Line, line: Line, layout: _Layout) -> bool:
    """Does ``line`` (the next line, no blank between) continue a title ending with ``prev``?"""
    cut = last_word(prev.content) in _FUNCTION_WORDS or prev.content.endswith(("-", "–", "—", "(", ",", "&", ":"))
    if cut:
        return True
    if _QUOTED_LINE.fullmatch(line.content) and _NAMES_QUOTED.search(prev.content):
        return True  # "... on agenda item 34 / "The situation in the temporarily occupied territories of
        # Ukraine"": the name of the item or theme, in quotation marks, closes the heading
    first = line.content.split(None, 1)[0].lower() if line.content else ""
    kind = header_kind(line.content)
    if kind == "date" and starts_lowercase(line.content) and first in _TITLE_CONNECTIVE_START:
        return True  # "Report of the Working Group on its meeting held in Vienna / from 2 to 3 May 2024"
    if kind in ("session", "date") and first == "held" and (
            line.content[:1].islower() or (is_all_caps(prev.content) and is_all_caps(line.content))):
        return True  # "First ... exam for addiction professionals / held in Bhutan": the heading's participle
        # goes on in lower case (a record's front page writes its own line: "Held at Headquarters, ...")
    if kind == "label" and len(line.content.split()) == 1 and _is_title_case(prev.content) and layout.wrapped \
            and layout.content_lines >= TITLE_WRAP_MIN_LINES and not next_word_fits(prev, line, layout):
        return True  # "Joint Communiqué of the 18th EU-Central Asia Ministerial / Meeting", cut by the wrapper
    if (
        kind in (None, "label") and len(line.content.split()) == 1 and line.content[:1].isupper()
        and not is_all_caps(prev.content) and prev.content.split()[-1][:1].isupper()
        and line.content.strip(".").lower() in _headers().gathering_words
        and last_word(prev.content).lower() not in _headers().event_words and not re.search(r"[.:;!?]$", prev.content)
    ):
        return True  # the gathering a heading names, alone on the next line ("... EU-Central Asia Ministerial /
        # Meeting", the break set by hand): a kind of paper alone under a heading ("Statement") is its subtitle
    if kind in ("date", "session", "field", "label") or _BYLINE.fullmatch(line.content) or _VENUE.fullmatch(line.content):
        return False  # (a venue under a meeting's name: "Trusteeship Council Chamber, United Nations Headquarters")
    if len(line.content.split()) >= 2 and names_kind_only(line.content):
        return False  # the kind of paper under its heading ("... Meeting of Officials / Chair's Summary"): a subtitle
    if _YEAR_LINE.fullmatch(line.content):
        return True  # "Annual Report of the Committee / 2023–2024": the title's year or period
    if is_bracket_note(line.content):
        return False  # a note in brackets under the heading ("... transition minerals / (pursuant to Human
        # Rights Council resolution 56/21)"): it says why the event is held, it does not name it
    if starts_lowercase(line.content) or first in _TITLE_CONNECTIVE_START:
        return True
    if is_all_caps(prev.content) and is_all_caps(line.content):
        return True
    if is_all_caps(prev.content) != is_all_caps(line.content):
        return False  # an ALL-CAPS headline over its sentence-case deck, whatever the wrap width
    if (
        len(prev.content.split()) >= TITLE_CASE_MIN_WORDS and _is_title_case(prev.content)
        and not _is_title_case(line.content) and not is_all_caps(line.content)
    ):
        return False  # a Title Case heading over a line in sentence case opening with a capital: a new
        # phrase ("IX Meeting of Ministers ... of the CPLP / Summary of proceedings"), whatever the wrap
    if layout.wrapped and layout.content_lines >= TITLE_WRAP_MIN_LINES and not next_word_fits(prev, line, layout):
        return True
    if runs_on_inside_name(prev.content, line.content) or name_wraps_into(prev.content, line.content):
        return True
    return (
        TITLE_CASE_WRAP_CHARS <= len(prev.content) <= TITLE_CASE_WRAP_MAX_CHARS
        and _is_title_case(prev.content)
        and _is_title_case(line.content)
        and header_kind(line.content) is None
        and not _is_place_line(line.content)
    )


#: Words in lower case that carry a kind of paper standing alone on to its heading under a blank line.
_KIND_RUNS_ON = frozenset({"of", "by", "on", "from", "at"})


def _last_word_is(content: str, word: str) -> bool:
    """The line ends on ``word`` ("Statement by")."""
    return content.split()[-1].lower() == word if content.split() else False


#: A line wholly in quotation marks: a name the heading quotes, after the words that introduce one
#: ("agenda item 34", "entitled"; not an event's theme under its name: "... Forum / "Protecting ..."").
_QUOTED_LINE = re.compile(r"[\"“«][^\"“”«»]{3,}[\"”»]")
_NAMES_QUOTED = re.compile(r"\b(?:items?\s+[\w.()]{1,8}|entitled|titled|theme|debate)$", re.IGNORECASE)  # (an open debate's theme)


#: Words after a body's head noun that open a name of its own ("Commission on Narcotic Drugs").
_NAME_OPENERS = frozenset("of on for to against in at".split())


def name_wraps_into(prev: str, line: str) -> bool:
    """A Title Case heading wrapped inside a body's name: "... Cooperation Between the African Union
    / Commission and the United Nations Secretariat", "... Committee and the Security / Council
    Committee Established Pursuant to Resolution 1540".

    The next line opens with a body's head noun ("Commission", "Council", "Nations"; data/headers.json)
    that does not open a name of its own (no "of", "on", "for" after it: "Office of the
    Spokesperson" under a headline is a letterhead) unless the line before ends on a body's name of
    two capitalised words that it extends ("... by the United Nations / Office on Drugs and Crime ...")
    or on an adjective that opens a name ("... by the United Nations and the European / Union on
    the Situation in the Sudan"), and the line before ends on a capitalised word (the name in
    progress) and reads as a Title Case heading. Though the next line alone reads as a body's
    name, it is the end of one.
    """
    words = line.split()
    if not words or len(prev) < TITLE_CASE_WRAP_CHARS or not _is_title_case(prev):
        return False
    first = words[0].strip("\"'“”‘’(),;:").lower()
    last = prev.split()[-1].strip("\"'“”‘’")
    before_last = prev.split()[-2] if len(prev.split()) > 1 else ""
    in_name = last.lower() != first and (
        (before_last[:1].isupper() and before_last.lower() not in _FUNCTION_WORDS
         and last.lower() in _headers().organisation_heads)  # "... the United Nations / Office on ..."
        or bool(re.search(r"(?:an|ic|al)$", last.lower()))  # an adjective that a name goes on from: "... the European / Union on ..."
    )
    return (
        first in _headers().organisation_heads
        and words[0][:1].isupper()
        and (len(words) == 1 or words[1].lower() not in _NAME_OPENERS or in_name)
        and last[:1].isupper() and last.lower() not in _FUNCTION_WORDS
    )


def runs_on_inside_name(prev: str, line: str) -> bool:
    """A sentence-case title wrapped inside a name: "Seventh meeting of the Global Counter-Terrorism
    Coordination Compact / Coordination Committee: summary of discussions".

    The first line is in sentence case (a lowercase word that is not a connective) and ends on a
    capitalised word; the next opens with two capitalised words (the name running on) and is in
    sentence case too. A Title Case line under it ("... from the Sudan / UNMISS Weekly Bulletin,
    No. 22") is a subtitle or a label, and a line opening with one capitalised word ("... in
    Haiti / More than 900 schools have closed") is a sentence of its own.
    """
    if len(prev) < TITLE_CASE_WRAP_CHARS or _is_title_case(prev) or is_all_caps(prev) or re.search(r"[^\w)]$", prev):
        return False
    last = prev.split()[-1]
    first_two = [w.strip("\"'“”‘’:,;()") for w in line.split()[:2]]
    return (
        last[0].isupper()
        and len(first_two) == 2 and all(w[:1].isupper() for w in first_two)
        and not _is_title_case(line) and not is_all_caps(line)
        and not ends_sentence(line)
    )


def title_entries(drafts: list[_Draft]) -> list[tuple[int, Line]]:
    """(draft index, line) of the lines the title search looks at: the lines of the first
    TITLE_SEARCH_DRAFTS paragraph or heading drafts from the top, past noise, up to the first
    other block (a list, a table), at most TITLE_SEARCH_LINES lines."""
    entries: list[tuple[int, Line]] = []
    searched = 0
    for k, d in enumerate(drafts[: TITLE_SEARCH_DRAFTS + TITLE_SEARCH_NOISE]):
        if d.type == "noise":
            continue
        if d.type not in ("paragraph", "heading") or searched == TITLE_SEARCH_DRAFTS:
            break
        searched += 1
        entries.extend((k, ln) for ln in d.lines)
    return entries[:TITLE_SEARCH_LINES]  # bounded work on pathological input


def _choose_title(lines: list[Line], drafts: list[_Draft], layout: _Layout) -> tuple[list[_Draft], _Draft | None]:
    """Find the title lines (rules above) and return the drafts with the title as a draft of its own."""
    chosen, title_start = rule_title_lines(lines, drafts, layout)
    if not chosen:
        return drafts, None
    return _split_out_title(drafts, chosen, title_start)


def rule_title_lines(lines: list[Line], drafts: list[_Draft], layout: _Layout) -> tuple[list[Line], int | None]:
    """The title lines the rules above choose (none when no line qualifies) and where the title
    starts inside its first line when not at the line's start (after a "Subject:" label)."""
    position = {id(ln): i for i, ln in enumerate(lines)}
    entries = title_entries(drafts)
    last_content = max((k for k, d in enumerate(drafts) if d.type != "noise"), default=-1)

    def adjacent(a: Line, b: Line) -> bool:
        return position[id(b)] == position[id(a)] + 1

    chosen: list[Line] = []
    title_start: int | None = None  # where the title starts when not at its line's start
    organisations: list[Line] = []
    name_tails: list[Line] = []  # the second line of a letterhead name wrapped over two, taken with the first
    labels: list[Line] = []  # release labels passed over under a letterhead
    meeting_lines: list[Line] = []  # meeting-number lines passed over ("9601st meeting")
    record_front = False  # the search ended at an official record's fields ("President:", "Chair:")
    speaker: Line | None = None  # a speaker's name line passed over ("H.E. Mr. X")
    sessions: list[Line] = []  # session and meeting lines passed over
    dated_bodies: list[Line] = []  # a body's name beside its meeting's days, passed over as a date line
    wrapped_sessions: list[Line] = []  # the second line of a session line wrapped over two
    opens_body = False  # the search ended at a report's standard section under a label ("KEY FIGURES", "Opening of the meeting")
    subject = _subject_over_header(entries)
    if subject is not None:  # an e-mail, a memo, an invitation: its subject names it (label left out)
        return subject
    named = _named_by_breadcrumb(drafts, entries)
    if named is not None:  # a web page whose breadcrumb ends on the start of its heading
        run = [named]  # with the lines it runs on to mid-phrase ("Noon Briefing of 27 August 2026: Mbera
        for _, ln in entries[next(i for i, (_, e) in enumerate(entries) if e is named) + 1 :]:  # Camp, Lesotho
            if len(run) >= TITLE_MAX_LINES or not adjacent(run[-1], ln) or not _wraps_mid_phrase(run[-1], ln) \
                    or header_kind(ln.content) is not None:  # Food Prices, / Solomon Islands Elections")
                break
            run.append(ln)
        return run, None
    for i, (_, line) in enumerate(entries):
        if _TABLE_GAP.search(line.content) and header_kind(line.content) == "session":
            j = i  # a front page's left column wrapped over the lines above its "Distr.: General"
            while j > 0 and adjacent(entries[j - 1][1], entries[j][1]) and header_kind(entries[j - 1][1].content) is None \
                    and not _TABLE_GAP.search(entries[j - 1][1].content):
                j -= 1  # ("International Convention on the / ... / Their Families<gap>Distr.: General")
                wrapped_sessions.append(entries[j][1])
    for i, (k, line) in enumerate(entries):
        if any(line is o for o in organisations):
            continue  # the second line of a letterhead name taken with the first
        kind = header_kind(line.content)
        web_page = any(d.type == "noise" and furniture_id(d.first.content) is not None for d in drafts[:k])
        following = entries[i + 1][1] if i + 1 < len(entries) else None
        if any(line is w for w in wrapped_sessions):
            kind = "session"
        elif kind is None and following is not None and adjacent(line, following) \
                and is_session_line(line.content + " " + following.content):
            kind = "session"  # a meeting line wrapped over two lines ("2024 Session, ECOSOC Forum on
            wrapped_sessions.append(following)  # ..., 1st &" / "2nd Meetings (AM & PM)")
        if (
            kind in (None, "organisation") and following is not None and _name_runs_on(line, following, adjacent)
            and is_organisation_line(line.content + " " + following.content)
        ):  # a letterhead name over two lines ("Tripartite Commission / on the Voluntary Repatriation
            # of Burundian Refugees"): a header line, not a title
            organisations.extend((line, following))
            name_tails.append(following)
            continue
        found = subject_lines_start(entries, i)
        if found is not None:  # an e-mail or memo: its subject names it (label left out)
            chosen, title_start = found
            break
        if kind is None and i > 0 and adjacent(entries[i - 1][1], line) and _BARE_AGENDA_ITEM.fullmatch(entries[i - 1][1].content):
            kind = "session"  # the name of the agenda item on the line under "Agenda item 4"
        if kind is None and (_VENUE.fullmatch(line.content) or _POSTCODE_CITY.fullmatch(line.content)):
            kind = "place"  # "Conference Room 4", "Trusteeship Council Chamber, United Nations Headquarters"; an
            # address's postcode and city ("1211 Geneva 10", "CH-1211 Geneva 10", "75007 Paris")
        if kind is None and following is not None and adjacent(line, following) and _POSTCODE_CITY.fullmatch(following.content) \
                and 0 < len(line.content.split()) <= ADDRESS_PART_MAX_WORDS and all(_ADDRESS_WORD.fullmatch(w) for w in line.content.split()):
            kind = "place"  # the street or building over an address's postcode and city ("Palais des Nations /
            # 1211 Geneva 10" in a letter's addressee block)
        if kind is None and _is_place_line(_YEAR_AFTER.sub("", line.content)) \
                and line.content.lower() not in _headers().organisation_heads:  # ("Secretariat" is a unit)
            near = [entries[j][1] for j in (i - 1, i + 1) if 0 <= j < len(entries)]
            if _is_place_line(line.content) and any(
                adjacent(a, b) and _is_date_only(o.content) for o in near for a, b in ((o, line), (line, o))
            ):
                kind = "place"
            elif i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line) \
                    and not (following is not None and adjacent(line, following) and title_runs_on(line, following, layout)
                             and _is_motto_line(line) and _is_motto_line(following)
                             and len(_without_dashes(line.content + " " + following.content).split()) <= MOTTO_MAX_WORDS):
                kind = "place"  # the letterhead's address ("Permanent Mission of Ireland ... / New York"),
                # or a chairpersonship's State and year ("OSCE Chairpersonship / Malta 2024"); not a motto
                # set over two lines ("World Food Programme / SAVING LIVES / CHANGING LIVES")
        if kind is None and not chosen and _over_translated_name(entries, i, adjacent):
            organisations.append(line)  # "JAMHURI YA MUUNGANO WA TANZANIA / WIZARA YA ULINZI ... / (Ministry of
            continue  # Defence and National Service)": the issuer's name in its own language over the translation
        if kind is None and not organisations and not chosen and _letterhead_standing_first(entries, i, adjacent):
            organisations.append(line)  # "THE COLOMBO PLAN SECRETARIAT / 31 Wijerama Mawatha, Colombo 07, Sri
            continue  # Lanka", "AFRICA CDC / Centres for Disease Control and Prevention": the issuer's name
        if (
            kind is None and i > 0 and adjacent(entries[i - 1][1], line) and _is_address_line(line.content)
            and any(o is entries[m][1] for o in organisations for m in _stack_above(entries, i, adjacent))
        ):
            kind = "place"  # "Palais des Nations, CH-1211 Geneva 10, Switzerland" under the letterhead, also
            # under a second line of it ("AfCFTA SECRETARIAT / African Continental Free Trade Area / Africa
            # Trade House, Ridge, Accra, Ghana"): the issuer's name heads the block the address closes
        if (
            kind is None and len(line.content.split()) == 1 and line.content.lower() in _headers().organisation_heads
            and following is not None and adjacent(line, following) and is_label_line(following.content)
        ):  # a lone office over its section ("Secretary-General / Statements"): a web page's letterhead
            organisations.append(line)
            continue
        if (
            kind is None and i == 0 and following is not None and entries[i + 1][0] != k
            and _heading_repeats_name(line.content, following.content)
        ):  # "The Bali Process on People Smuggling, Trafficking in Persons and Related Transnational
            # Crime / Ninth Bali Process Ministerial Conference": the issuer's full name over the
            # heading of its gathering, which names it again
            organisations.append(line)
            continue
        if kind is None and not chosen and (_LOGO_LINE.fullmatch(line.content) or _is_body_with_motto(line.content)) and following is not None \
                and _body_key(re.split(r"\s+[|–—-]\s+", line.content, maxsplit=1)[0]) not in _country_names():
            organisations.append(line)  # "unicef | for every child" over the page: the issuer's logo; a
            continue  # State before the bar is the topic the paper names ("Argentina | Floods in Bahía Blanca")
        if kind in (None, "label") and i == 0 and names_biography(line.content) and len(drafts[k].lines) == 1:
            labels.append(line)  # "Curriculum vitae" standing first: the title if no name follows
            continue
        if (
            kind in (None, "field") and labels and labels[-1] is entries[i - 1][1] and names_biography(labels[-1].content)
            and (is_speaker_line(line.content) or (_NAME_LINE.fullmatch(line.content) and not re.search(r"\d", line.content)))
        ):  # "BIOGRAPHICAL NOTE / Dr. Samira Haddad-Oyelaran / Regional Director, ...": the person a
            # profile is about names it, the heading under its label (a speaker's name elsewhere is no title)
            chosen = [line]
            break
        if kind is None and _BYLINE.fullmatch(line.content):
            kind = "field"  # "By UN News staff", "By Jane Doe and John Roe"
        if kind is None and _ORGANIZER_LINE.fullmatch(line.content) and not ends_sentence(line.content):
            kind = "field"  # "Side event co-organized by the Permanent Missions of ..."
        if kind is None and is_speaker_line(line.content):
            speaker = line  # "H.E. Mr. Dennis Francis" over his role, above the heading: who speaks
            kind = "field"
        elif kind in (None, "organisation") and i > 0 and speaker is entries[i - 1][1] and adjacent(speaker, line) \
                and (_is_role_line(line.content) or _is_short_role_line(line.content)):
            kind = "field"  # "President of the 78th Session of the General Assembly" under the speaker
            speaker = line  # a second role under the first ("Hon X / Deputy Prime Minister / Minister of ...")
        if kind is None and i > 0 and adjacent(entries[i - 1][1], line) and _field_label(entries[i - 1][1].content) in _CAPTION_FIELDS:
            kind = "field"  # the caption under "Photo: UNICEF/X"
        if (
            kind is None and i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line)
            and (is_label_line(line.content) or line.content.lower() in _headers().organisation_heads
                 or _is_unit_name(line.content) or _is_unit_composite(line.content))
        ):  # a section label or unit under the issuer ("United Nations Secretary-General / Readouts",
            # "Organization for Security and Co-operation in Europe / Secretariat", "... / Action
            # against Terrorism Unit")
            if not is_label_line(line.content):
                organisations.append(line)
            continue
        if (
            kind is None and i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line)
            and is_all_caps(entries[i - 1][1].content) and is_all_caps(line.content)
            and len(line.content.split()) <= CAPS_LETTERHEAD_MAX_WORDS and not re.search(r"\d|[.,:;!?]$", line.content)
            and not any(w.lower() in _headers().headline_verbs for w in line.content.split())
            and _heading_follows(entries, i + 1, [line])
        ):  # the issuer's name in a second language under the first ("INTERNATIONAL CONFERENCE ON THE
            # GREAT LAKES REGION / CONFERENCE INTERNATIONALE SUR LA REGION DES GRANDS LACS")
            organisations.append(line)
            continue
        if (
            kind is None and i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line)
            and not is_all_caps(entries[i - 1][1].content) and _is_foreign_name_line(line.content)
            and _heading_follows(entries, i + 1, [line])
        ):  # the same in Title Case ("Permanent Mission of Ireland to the United Nations / Misean Buan
            # na hÉireann chuig na Náisiúin Aontaithe"): a name whose small words are no English ones
            organisations.append(line)
            continue
        if (
            kind is None and i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line)
            and _names_election(entries[i - 1][1].content) and _names_election(line.content)
        ):  # an election mission's letterhead over the election it observes ("ECOWAS ELECTION OBSERVATION
            # MISSION / TO THE 2026 LEGISLATIVE ELECTIONS IN ..."): the issuer's name, not the heading
            organisations.append(line)
            continue
        if (
            kind == "organisation" and organisations and following is not None and is_byline(following.content)
            and len(line.content.split()) >= BYLINE_HEADLINE_MIN_WORDS
        ):  # "JIS | Jamaica Information Service / Government to Truck Water to ... / By: X, JIS Reporter":
            # under the letterhead, the line a byline stands under is the story's headline, though
            # its words read like a body's name
            kind = None
        if kind == "organisation" and not (following is not None and (
            _continues_title_cut(line, following, adjacent)
            or (adjacent(line, following) and starts_lowercase(following.content))
        )):  # not a name that a sentence runs on from ("The General Assembly / is meeting in ...")
            organisations.append(line)
            continue
        if (
            kind is None and (organisations or web_page or sessions) and names_kind_only(line.content)
            and (len(line.content.split()) == 1 and following is not None
                 and following.content.split()[0].lower() not in _TITLE_CONNECTIVE_START
                 or not (following is not None and adjacent(line, following) and title_runs_on(line, following, layout)))
        ):  # "Permanent Mission of Ireland / STATEMENT / <heading>": the kind of release under a
            # letterhead, a session line ("Sixty-eighth session of ... / CONCEPT NOTE AND PROGRAMME")
            # or a web page's furniture ("Skip to main content / ... / Report"), like a
            # section label; the heading after it is the title
            labels.append(line)
            continue
        if (
            kind is None and i == 0 and following is not None and adjacent(line, following) and _is_banner_part(line.content)
            and any(w.lower().strip("()") in _headers().gathering_words for w in line.content.split())
            and not names_kind_only(line.content) and names_kind_only(following.content)
            and _heading_follows(entries, i + 1, [line])
        ):  # "HIGH-LEVEL POLITICAL FORUM ON SUSTAINABLE DEVELOPMENT 2026 / Official side event / PROGRAMME /
            # <heading>": the gathering a paper belongs to over its kind, on two lines (as on one:
            # "2025 UNITED NATIONS OCEAN CONFERENCE – OFFICIAL SIDE EVENT"); the heading under them is the title
            organisations.append(line)
            continue
        if (
            kind is None and i == 0 and names_kind_only(line.content) and len(drafts[k].lines) == 1
            and following is not None and entries[i + 1][0] != k and header_kind(following.content) is None
            and _is_news_headline(following.content)
        ):  # "JOINT STATEMENT / Suspension of cash assistance leaves 600,000 people ..., warn 17 aid
            # agencies": the kind of release standing first over a news headline, like a label; a
            # genre heading over what it is about stays the title ("JOINT COMMUNIQUÉ / Ministerial
            # meeting of ...", "STATEMENT / By the Delegation of Nigeria")
            labels.append(line)
            continue
        if (
            kind is None and (i == 0 or organisations) and len(drafts[k].lines) == 1 and following is not None
            and entries[i + 1][0] != k and header_kind(following.content) is None
            and _series_over_issue(line.content, following.content)
        ):  # "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General / Highlights of
            # the noon briefing by X, Deputy Spokesperson ...": the series a paper belongs to, with its
            # issuer, over the heading of this issue, which names the same kind of paper; over a dateline
            # and the body ("... / 3 April 2025 / The following is a near-verbatim transcript ...") it is the title
            labels.append(line)
            continue
        if kind is None and not chosen and _over_trail(drafts, entries, i):
            organisations.append(line)  # "Kementerian Luar Negeri Republik Indonesia / Ministry of Foreign Affairs
            continue  # of the Republic of Indonesia / Beranda / Home > Berita / News / <heading>": the site's letterhead
        if kind is None and _named_in_trail_under(drafts, k, line):
            organisations.append(line)  # "Global Affairs Canada / Canada.ca > Global Affairs Canada > News":
            # the site's or the issuer's name, which the page's trail under it names again
            continue
        if (
            kind is None and i == 0 and len(drafts[k].lines) == 1 and names_event_paper(line.content)
            and following is not None and not adjacent(line, following)
            and _event_paper_heading(entries, i, layout, adjacent)
        ):  # "CONCEPT NOTE / <heading>", "PROVISIONAL PROGRAMME / <heading> / Tashkent, 14-15 May 2024": a
            # paper written for an event, standing first over the event's heading, is a label; with
            # the body straight under it ("AGENDA / 1. Opening", "CONCEPT NOTE / Background") it is the title
            labels.append(line)
            continue
        if (
            kind is None
            and (web_page or (i == 0 and not names_kind_only(line.content)))
            and is_topic_label(line.content) and len(drafts[k].lines) == 1
            and following is not None and entries[i + 1][0] != k and header_kind(following.content) is None
            and len(following.content) > len(line.content) and is_title_text(following.content, 1)
            and (web_page or (not adjacent(line, following) and not speaks_as_sentence(following.content)))
        ):  # a web page's topic over its headline ("UN News / Peace and Security / <headline>"), or
            # a topic or country tag standing first over one ("Somalia / <headline>", "PEACE AND
            # SECURITY / <headline>"); a kind of paper standing first ("Concept Note") names it
            continue
        if kind == "session":
            sessions.append(line)
            if re.search(r"\bmeetings?\b|^(?:number|no\.)\s*\d", line.content, re.IGNORECASE):
                meeting_lines.append(line)  # also a record's number ("NUMBER 014 | 1st SESSION | 45th PARLIAMENT")
        if kind == "field" and organisations and meeting_lines and _field_label(line.content) in _RECORD_FIELDS:
            record_front = True
            break  # an official record's front page: what follows its "President:" is the agenda
        if kind == "label" and not is_section_label(line.content) and (i == 0 or not names_kind_only(line.content)):
            labels.append(line)  # a genre line standing first ("Readout"), or one naming its topic
            # ("Ukraine Situation Flash Update #71"): the title if no heading follows
        if kind == "date" and _names_body_beside_days(line.content):
            dated_bodies.append(line)  # "Maritime Safety Committee (MSC 110), 18-27 June 2025": the title if no heading follows
        if kind in ("date", "session", "field", "label", "place"):
            continue
        if is_salutation(line.content) and len(drafts[k].lines) == 1:
            heading = _letter_heading(entries, drafts, i + 1)
            if heading is not None:  # "H.E. Mr. X / President of the General Assembly / New York / Excellency, /
                chosen = heading  # <heading> / I have the honour ...": the addressee's lines are header lines,
            break  # the heading under the salutation names the letter; a speech's first sentence ends the search
        if labels and is_report_section(line.content):
            opens_body = True
            break  # "UNHCR Egypt / Sudan Emergency Response – External Update #34 / 31 May 2024 / KEY FIGURES":
            # a report's first section opens its body; the line naming the paper above is its title
        run = [line]
        j = i + 1
        while j < len(entries) and adjacent(run[-1], entries[j][1]):
            # a heading set one phrase a line: in capitals, or with a line of connectives only
            # ("Opening Statement / by / H.E. Ms. X / Minister for Foreign Affairs / at the / ...")
            stacked = is_all_caps(line.content) or any(_is_connective_line(ln.content) for ln in run)
            max_lines = CAPS_TITLE_MAX_LINES if stacked else TITLE_MAX_LINES
            if len(run) >= max_lines and not (len(run) < CAPS_TITLE_MAX_LINES and _wraps_mid_phrase(run[-1], entries[j][1])):
                break
            if len(run) >= TITLE_MAX_LINES and not is_all_caps(entries[j][1].content) and not (
                stacked and not is_all_caps(line.content)
            ) and not _wraps_mid_phrase(run[-1], entries[j][1]):
                break  # past three lines only a stack of phrases goes on ("STATEMENT / BY / H.E. ..."),
                # or a heading wrapped mid-phrase ("Statement by H.E. Mr. X, / Permanent Representative
                # of Y, / at the Fourth Committee debate on the comprehensive review / of the whole ...")
            if title_runs_on(run[-1], entries[j][1], layout):
                run.append(entries[j][1])
                j += 1
            elif (
                len(run) + 2 <= max_lines and j + 1 < len(entries) and adjacent(entries[j][1], entries[j + 1][1])
                and (header_kind(entries[j][1].content) == "organisation" or (stacked and _is_role_line(entries[j][1].content)))
                and starts_lowercase(entries[j + 1][1].content)
            ):  # "Statement by H.E. Mr. X / Permanent Representative of Y / at the open debate on ..."
                run.extend((entries[j][1], entries[j + 1][1]))
                j += 2
            elif (
                len(run) >= 2 and last_word(run[-2].content) == "by" and is_speaker_line(run[-1].content)
                and adjacent(run[-1], entries[j][1])
                and (_is_role_line(entries[j][1].content) or _is_short_role_line(entries[j][1].content))
            ):  # "Statement by / H.E. Mr. X / Ambassador and Permanent Representative of Y to the United
                # Nations": the speaker a heading names runs on into the role under the name
                run.append(entries[j][1])
                j += 1
            else:
                break
        if (
            (len(run) == 1 and names_kind_only(line.content) or _last_word_is(run[0].content, "by"))
            and j < len(entries) and not ends_sentence(run[-1].content)
            and position[id(entries[j][1])] == position[id(run[-1])] + 2 and starts_lowercase(entries[j][1].content)
            and entries[j][1].content.split()[0] in _KIND_RUNS_ON
        ):  # "JOINT STATEMENT / <blank> / of the Ministerial Meeting of ... / and the Republic of Senegal on ...",
            # "Statement by / H.E. X / Permanent Representative of Y / <blank> / at the Security Council Open
            # Debate on / "..."": the heading goes on under a blank line, in lower case
            limit = len(run) + TITLE_MAX_LINES
            run.append(entries[j][1])
            j += 1
            while j < len(entries) and adjacent(run[-1], entries[j][1]) and len(run) < limit \
                    and title_runs_on(run[-1], entries[j][1], layout):
                run.append(entries[j][1])
                j += 1
        flat = " ".join(" ".join(ln.content for ln in run).split())
        if any(_TABLE_GAP.search(ln.content) for ln in run):
            break  # a table row ("Name<TAB>Title<TAB>Delegation") is not a title
        stack = [line]
        while i + len(stack) < len(entries) and adjacent(stack[-1], entries[i + len(stack)][1]):
            stack.append(entries[i + len(stack)][1])
        if len(run) == 1 and is_masthead(stack) and _heading_follows(entries, i + len(stack), run):
            organisations.extend(stack)  # "Security Council Report / What's in Blue /
            # <headline>": a site's name over its section, a stack of short lines over a heading
            continue
        if (
            len(run) <= MOTTO_MAX_LINES and i > 0 and any(o is entries[i - 1][1] for o in organisations)
            and adjacent(entries[i - 1][1], line) and all(_is_motto_line(ln) for ln in run)
            and len(_without_dashes(" ".join(ln.content for ln in run)).split()) <= MOTTO_MAX_WORDS and _heading_follows(entries, j, run)
        ):  # "World Food Programme / Saving lives, changing lives / <heading>": the issuer's motto, also
            # set one phrase a line ("World Food Programme / SAVING LIVES / CHANGING LIVES")
            organisations.extend(run)
            continue
        if (
            i > 0 and adjacent(entries[i - 1][1], line) and header_kind(entries[i - 1][1].content) in ("session", "date", "organisation")
            and j < len(entries) and not adjacent(run[-1], entries[j][1])
            and (header_kind(entries[j][1].content) == "label" or names_kind_only(entries[j][1].content))
            and _heading_follows(entries, j, run) and not _slot_follows(entries, j)
        ):  # "Twelfth Session of the World Urban Forum / Cairo, Egypt | 4-8 November 2024 / It all starts
            # at home: ..." over "SIDE EVENT REPORT" and a heading: a banner's theme; the label names
            # the paper whose heading follows it
            continue
        if is_caps_letterhead(run) and _heading_follows(entries, j, run):
            organisations.extend(run)  # "AFRICAN UNION MECHANISM FOR POLICE COOPERATION (AFRIPOL) /
            # Communiqué of the Seventh Ordinary Session ...": capitals over a heading in lower case
            continue
        stops_mid_draft = j < len(entries) and entries[j][0] == entries[j - 1][0]
        if (
            (is_title_text(flat, min(len(run), TITLE_MAX_LINES)) or (not stops_mid_draft and is_genre_sentence_title(flat)))
            and entries[j - 1][0] < last_content + (1 if stops_mid_draft else 0)
            and (not stops_mid_draft or header_kind(entries[j][1].content) is not None or _BYLINE.fullmatch(entries[j][1].content)
                 or is_bracket_note(entries[j][1].content)
                 or is_title_text(" ".join(ln.content for k2, ln in entries[j:] if k2 == entries[j][0]), TITLE_MAX_LINES))
        ):  # a title cut out of a longer block leaves a header line or a subtitle, not a sentence
            chosen = run
        break
    # the kind of document names it better than its issuer; of several organisation lines, the
    # last one over session lines ("United Nations  S/PV.9601 / Security Council / Seventy-ninth year";
    # "United Nations / Distr.: General / Committee on the Rights of the Child / Ninety-seventh session")
    over = [o for o in organisations if any(position[id(o)] < position[id(x)] for x in sessions)
            and not any(o is t for t in name_tails)]  # (a name's wrapped end is no title of its own: "against Women")
    over = [o for o in over if not any(position[id(x)] < position[id(o)] for x in sessions
                                       if not _is_front_matter(x.content) and not any(x is w for w in wrapped_sessions))] or over
    # (not a segment named under the organ's session: "Economic and Social Council / 2025 session /
    # Development Cooperation Forum / Summary record of the 9th meeting" keeps the Council)
    named_sessions = [x for x in sessions if _is_session_of_body(x.content)]
    # (an official record keeps its organ over the kind of record: "House of Commons / Standing
    # Committee on ... / EVIDENCE / NUMBER 014 | 1st SESSION | 45th PARLIAMENT / ... / Chair: Mr. X")
    # (a body's meeting named beside its days comes before a label: "Briefing 14, 27/06/2025 / Maritime
    # Safety Committee (MSC 110), 18-27 June 2025" over the body's text keeps the meeting)
    # (a paper written for a meeting names the organ that meets under it, over its session lines:
    # "COMMONWEALTH SECRETARIAT / PROVISIONAL AGENDA / Commonwealth Ministerial Action Group / Sixty-third
    # meeting" keeps the Group, the heading under the label)
    organ_under_paper = [o for o in over if labels and names_event_paper(labels[0].content)
                         and position[id(labels[0])] < position[id(o)]]
    # (a meeting's report whose label only names its kind, over the first section of its body, keeps its
    # organ: "STEERING COMMITTEE FOR HUMAN RIGHTS (CDDH) / 103rd meeting / Strasbourg, 24-26 June 2025 /
    # MEETING REPORT / Opening of the meeting", a record headed by the organ over its meeting line; over
    # the body's text the label is the genre heading: "PEACE AND SECURITY COUNCIL / 1254TH MEETING / ... /
    # COMMUNIQUÉ / Adopted by ...")
    organ_over_meeting = [o for o in over if opens_body and meeting_lines and all(names_kind_only(ln.content) for ln in labels)
                          and any(position[id(o)] < position[id(m)] for m in meeting_lines)]
    fallback = (named_sessions[-1:] or (over[-1:] if record_front else []) or dated_bodies[:1] or organ_under_paper[-1:]
                or organ_over_meeting[-1:]
                or [ln for ln in labels if not _is_reference_number(_HEADER_SEPARATOR.split(ln.content)[0])][:1] or over[-1:] or organisations[:1])
    # (a reference number is never the title: "Ref: ARBE/RA/735.25" over "NOTE VERBALE", nor with the dateline
    # beside it: "No. 14/2-1187     Bishkek, 2 February 2026")
    if not chosen and fallback:
        k = next(k for k, ln in entries if ln is fallback[0])
        if k < last_content or len(drafts[k].lines) > 1:
            chosen = fallback
            at = next(i for i, (_, ln) in enumerate(entries) if ln is fallback[0])
            nxt = entries[at + 1][1] if at + 1 < len(entries) else None
            if nxt is not None and adjacent(fallback[0], nxt) and header_kind(nxt.content) is None \
                    and title_runs_on(fallback[0], nxt, layout):
                chosen = [fallback[0], nxt]  # the organ's name wrapped ("Committee on the Protection of the
                # Rights of All Migrant / Workers and Members of Their Families" over "Thirty-eighth session")
    if not chosen:
        return [], None
    if title_start is None:
        heading = _heading_under_salutation(entries, drafts, chosen, position)
        if heading is not None:
            return heading, None
    named = _named_by_label(entries, chosen, adjacent) if title_start is None else None
    if named is not None:
        chosen = [named]
    return chosen, title_start


def _heading_under_salutation(entries: list[tuple[int, Line]], drafts: list[_Draft], chosen: list[Line],
                              position: dict[int, int]) -> list[Line] | None:
    """A letter's heading under its salutation: "... / 3 February 2025 / His Majesty King Letsie III /
    Head of State of the Kingdom of Lesotho / Royal Palace / Maseru / Your Majesty, / MESSAGE OF
    CONDOLENCE ON THE PASSING OF ... / It is with profound sadness ...". The lines over the
    salutation are the addressee's (name, office, address), not the title: the heading standing
    alone between the salutation and the letter's prose is. Only when the rules' title opens a
    stack of lines (no blank line between) that goes on under it and ends right over the
    salutation: an addressee's block; a heading over a blank line keeps the title, and a speech's
    salutation over its first sentence changes nothing."""
    at = next(i for i, (_, ln) in enumerate(entries) if ln is chosen[0])
    end = at
    while end + 1 < len(entries) and position[id(entries[end + 1][1])] == position[id(entries[end][1])] + 1:
        end += 1  # the stack of lines the title opens
    if end - at + 1 <= len(chosen) or end + 2 >= len(entries):
        return None
    k, salutation = entries[end + 1]
    if not is_salutation(salutation.content) or position[id(salutation)] - position[id(entries[end][1])] > 2 \
            or len(drafts[k].lines) != 1:
        return None  # (at most one blank line between the addressee and "Your Majesty,")
    return _letter_heading(entries, drafts, end + 2)


#: A letterhead in another language stands at most this many lines over its translation in brackets.
TRANSLATED_NAME_MAX_LINES = 2


def _over_translated_name(entries: list[tuple[int, Line]], i: int, adjacent) -> bool:
    """Entry ``i`` is a line in capitals among the first lines, at most TRANSLATED_NAME_MAX_LINES
    lines in capitals right over a body's name in brackets ("(Ministry of Defence and National
    Service)"): the issuer's name in its own language over its translation, a letterhead."""
    if i >= TRANSLATED_NAME_MAX_LINES + 1:
        return False
    for n in range(1, TRANSLATED_NAME_MAX_LINES + 1):
        if i + n >= len(entries) or not adjacent(entries[i + n - 1][1], entries[i + n][1]):
            return False
        below = entries[i + n][1].content
        if below.startswith("(") and below.endswith(")") and is_organisation_line(below[1:-1]):
            return all(is_all_caps(entries[m][1].content) and not re.search(r"\d|[.,:;!?]$", entries[m][1].content)
                       and not any(w.lower() in _headers().headline_verbs for w in entries[m][1].content.split())
                       for m in range(i, i + n))
    return False


def _stack_above(entries: list[tuple[int, Line]], i: int, adjacent) -> list[int]:
    """The indexes of the lines right above entry ``i`` with no blank line between (nearest first)."""
    above: list[int] = []
    m = i
    while m > 0 and adjacent(entries[m - 1][1], entries[m][1]):
        m -= 1
        above.append(m)
    return above


def _letter_heading(entries: list[tuple[int, Line]], drafts: list[_Draft], at: int) -> list[Line] | None:
    """The lines of the heading standing alone at ``entries[at]``, under a letter's salutation, with
    the letter's prose after it: in capitals or of TITLE_CASE_MIN_WORDS words or more, not a
    sentence, a header line or a report's section ("BACKGROUND")."""
    if at >= len(entries):
        return None
    h = entries[at][0]
    run = drafts[h].lines
    flat = " ".join(" ".join(ln.content for ln in run).split())
    if (
        entries[at][1] is run[0] and len(run) <= TITLE_MAX_LINES and any(d.type != "noise" for d in drafts[h + 1 :])
        and header_kind(flat) is None and is_title_text(flat, len(run)) and not ends_sentence(flat)
        and not is_report_section(flat) and (is_all_caps(flat) or len(flat.split()) >= TITLE_CASE_MIN_WORDS)
    ):
        return list(run)
    return None


#: A letterhead's name standing first has at most this many words.
LETTERHEAD_NAME_MAX_WORDS = 8


def _is_name_shaped(content: str) -> bool:
    """Capitalised words and connectives only, no figure, no closing punctuation, no headline verb,
    no event or label word: it can only name something ("THE COLOMBO PLAN SECRETARIAT")."""
    data = _headers()
    words = content.split()
    return (
        0 < len(words) <= LETTERHEAD_NAME_MAX_WORDS and not re.search(r"\d|[.,:;!?|]", content)
        and all(w[:1].isupper() or w.lower() in data.organisation_connectives for w in words)
        and not any(w.lower() in data.headline_verbs for w in words)
    )


def _initials(content: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", content) if w[:1].isupper())


def _letterhead_standing_first(entries: list[tuple[int, Line]], i: int, adjacent) -> bool:
    """A name at the top that no word list knows as a body's, told a letterhead by what stands
    under it (a heading must follow further down, :func:`_heading_follows`):

    - the issuer's postal address right under it ("THE COLOMBO PLAN SECRETARIAT / 31 Wijerama
      Mawatha, Colombo 07, Sri Lanka"; :func:`_is_address_line`, or a contact line): a paper's
      name has no address;
    - a short name closed by an acronym, over the body's name that the acronym shortens ("AFRICA
      CDC / Centres for Disease Control and Prevention": the initials of the name under it begin
      with the acronym's letters);
    - a body's name with its seat after it, in capitals ("UNITED NATIONS INFORMATION SERVICE
      GENEVA": an organisation line and one place word after it, standing first)."""
    line = entries[i][1]
    following = entries[i + 1][1] if i + 1 < len(entries) else None
    content = line.content
    if i > 0 or following is None or not _is_name_shaped(content):
        return False
    if not _heading_follows(entries, i + 1, [line]) and not (
        i + 2 < len(entries) and _heading_follows(entries, i + 2, [line])
    ):
        return False
    if adjacent(line, following) and (_is_address_line(following.content) or is_contact_line(following.content)) \
            and not find_dates(following.content):
        return True
    words = content.split()
    acronym = words[-1]
    if adjacent(line, following) and len(words) <= 3 and re.fullmatch(r"[A-Z]{2,8}", acronym) \
            and is_organisation_line(following.content) and _initials(following.content).upper().startswith(acronym):
        return True
    if adjacent(line, following) and len(words) == 1 and re.fullmatch(r"[A-Z]{2,8}(?:-[A-Z]{2,8})+", acronym) \
            and is_organisation_line(following.content):
        return True  # "GCC-STAT / Statistical Centre for the Cooperation Council for the Arab Countries of the
        # Gulf": an acronym in parts joined by a hyphen (a body's and its own), the logo over the body's name
    if is_all_caps(content) and len(words) >= 3 and _is_place_line(words[-1]) and is_organisation_line(" ".join(words[:-1])) \
            and _body_key(" ".join(words[:-1])) not in _country_names():
        return True
    return False


def _is_reference_number(content: str) -> bool:
    """A paper's reference or release number on its own ("Ref: ARBE/RA/735.25", "E-002/24"):
    ``reference_number`` in data/headers.json."""
    return len(content) <= 60 and any(i == "reference_number" and p.fullmatch(content) for i, p in _headers().release_labels)


def _names_body_beside_days(content: str) -> bool:
    """A body's name, with its acronym or number in brackets, beside the days of its meeting and
    nothing else ("Maritime Safety Committee (MSC 110), 18-27 June 2025"): the meeting's heading."""
    dates = find_dates(content)
    if len(dates) != 1 or content[dates[0].end :].strip(" .,"):
        return False
    name = re.sub(r"\s*\([^()]{1,20}\)", "", content[: dates[0].start]).strip(" ,–—-|:")
    return bool(name) and (is_organisation_line(name) or is_known_body(name))


#: A heading that a release label announces has at least this many words ("Background" is a section).
LABELLED_TITLE_MIN_WORDS = 4


def _named_by_label(entries: list[tuple[int, Line]], chosen: list[Line], adjacent) -> Line | None:
    """The heading a release label announces, when the label stands under the line chosen so far:
    "It all starts at home: ... / SIDE EVENT REPORT / <heading>", "Arusha, Tanzania / PRESS RELEASE
    / <heading>". A label names the kind of paper whose own name follows it, so whatever stands
    above it (a letterhead, a motto, a banner the rules did not know) is header. Only a label on a
    line of its own between blank lines, right under the chosen lines, and a heading of
    LABELLED_TITLE_MIN_WORDS words or more standing alone right under the label."""
    at = next((i for i, (_, ln) in enumerate(entries) if ln is chosen[-1]), None)
    if at is None:
        return None
    while at + 1 < len(entries) and adjacent(entries[at][1], entries[at + 1][1]) \
            and header_kind(entries[at + 1][1].content) in ("date", "place", "session"):
        at += 1  # "FOURTH INTERNATIONAL CONFERENCE ... / Seville, Spain, 30 June – 3 July 2025 / Official side event"
    if at + 2 >= len(entries):
        return None
    label, heading = entries[at + 1][1], entries[at + 2][1]
    after = entries[at + 3][1] if at + 3 < len(entries) else None
    if adjacent(label, heading) or (after is not None and adjacent(heading, after)):
        return None
    if adjacent(entries[at][1], label) and entries[at][1] is chosen[-1] and not (
        len(chosen) == 1 and header_kind(f"{chosen[0].content} – {label.content}") == "label"
    ):  # a label right under the chosen lines, with no header line between, is their subtitle; not
        # under an event's banner, its kind set on the next line ("HIGH-LEVEL POLITICAL FORUM ON
        # SUSTAINABLE DEVELOPMENT 2025 / Official side event"), as on one line ("... 2025 – Official side event")
        return None
    first_part = _HEADER_SEPARATOR.split(label.content, maxsplit=1)[0]
    if not (header_kind(label.content) == "label" or names_kind_only(label.content)
            or (first_part != label.content and names_kind_only(first_part))) or is_section_label(label.content):
        return None  # ("CONCEPT NOTE – THEMATIC SESSION TS-07": the kind of paper, then which one)
    if len(heading.content.split()) < LABELLED_TITLE_MIN_WORDS or header_kind(heading.content) is not None \
            or is_report_section(heading.content):
        return None  # (nor a report's first section: "REPORT / Adoption of the agenda")
    if re.match(r"(?:[IVXLC]+|[A-Z]|\d{1,2})[.)]\s", heading.content) or _TIME_SLOT.match(heading.content):
        return None  # a numbered section ("I.  Opening of the Conference") under "FINAL REPORT", a
        # programme's time slot ("09:00 - 09:30  Registration") under "PROVISIONAL PROGRAMME"
    return heading if is_title_text(heading.content, 1) else None


#: A name's acronym in brackets closing a line ("... FOR POLICE COOPERATION (AFRIPOL)", "(ECF-SADC)").
_ACRONYM_CLOSE = re.compile(r"\((?:[A-Z][A-Za-z]{1,9}(?:[-/][A-Z][A-Za-z]{1,9})?)\)$")
#: A name's acronym after a dash closing a line ("Coordinadora Nacional ... de Desastres - CONRED").
_DASHED_ACRONYM_CLOSE = re.compile(r"\s+[-–—]\s+[A-Z]{2,10}$")


def _closing_acronym(content: str) -> re.Match[str] | None:
    """The acronym in brackets closing a line ("... MIGRATION (RCM)"), not a word that says which
    part or version of a paper it is ("REPORT OF THE REGIONAL COMMITTEE (EXTRACT)", "(Draft)",
    "(REVISED)": a label word or a paper's qualifier of data/headers.json)."""
    m = _ACRONYM_CLOSE.search(content)
    if m is None:
        return None
    word = m.group(0).strip("()").lower()
    data = _headers()
    return None if word in data.label_words or word in data.event_words or word in data.event_paper_qualifiers else m


#: Words that name a body in a letterhead besides the head nouns of data/headers.json.
_BODY_WORDS = frozenset("house mechanism structure secretariat".split())
#: A letterhead in capitals has at most this many lines and words.
CAPS_LETTERHEAD_MAX_LINES = 2
CAPS_LETTERHEAD_MAX_WORDS = 16


def is_caps_letterhead(run: list[Line]) -> bool:
    """Lines in capitals that may be a letterhead: they name a body (a body's noun - "UNION",
    "COMMITTEE", "FORUM", "HOUSE" - or a name's acronym in brackets at the end: "REGIONAL
    CONFERENCE ON MIGRATION (RCM)") and nothing else: no verb of a headline, no word naming a
    document or a release ("COMMUNIQUÉ", "STATEMENT", "AGENDA"), no event word but in a name
    closed by its acronym, no figure outside the acronym, no closing punctuation. Only a letterhead
    when a heading in lower case follows (:func:`_heading_follows`): by itself "REGIONAL CONFERENCE
    ON MIGRATION" may be the name of the paper."""
    data = _headers()
    flat = " ".join(ln.content for ln in run)
    if not all(is_all_caps(ln.content) for ln in run) or len(run) > CAPS_LETTERHEAD_MAX_LINES:
        return False
    acronym = _closing_acronym(flat)
    body = flat[: acronym.start()] if acronym else flat
    words = [w.strip("\"'“”‘’()").lower() for w in body.split()]
    if not words or len(words) > CAPS_LETTERHEAD_MAX_WORDS or re.search(r"[\d:;,.!?]", body.rstrip()) or re.search(r"[.,:;!?]$", flat):
        return False
    if any(w in data.headline_verbs for w in words):
        return False
    if not acronym and any(w in data.event_words or (w in data.label_words and w not in data.organisation_heads
                                                     and not (k + 1 < len(words) and words[k + 1] in data.organisation_heads))
                           for k, w in enumerate(words)):
        return False  # (a label word naming the body's field is no label: "UNITED NATIONS INFORMATION SERVICE VIENNA")
    if not acronym and (len(words) < 2 or words[0] in data.headline_openers):
        return False  # a lone noun ("PROGRAMME") names no body; "NEW UN MISSION FOR HAITI" is news
    return acronym is not None or any(
        w in data.organisation_heads or w in data.organisation_heads_bare or w in _BODY_WORDS for w in words
    )


def is_report_section(content: str) -> bool:
    """The heading of one of a report's standard sections ("KEY FIGURES", "Highlights", "Situation
    overview", "Background:"; ``section_headings`` in data/headers.json): it opens the body, it
    does not name the paper."""
    return " ".join(content.lower().rstrip(":").split()) in _headers().section_headings


def names_kind_only(content: str) -> bool:
    """A line that only names the kind of paper ("INFORMATION MESSAGE", "CHAIR'S SUMMARY",
    "Outcome document"): up to four words, each a label or an event word ("message", "summary")."""
    data = _headers()
    words = [w.strip(".:").replace("’", "'") for w in content.lower().split()]
    return is_label_line(content) or (
        0 < len(words) <= 4 and all(w in data.label_words or w in data.event_words or _is_label_word(w)
                                    or (w.endswith("s") and w[:-1] in data.event_words) for w in words)
    )  # (an event word in the plural: "OUTCOMES STATEMENT")


#: A series of papers named with its issuer: "<kind of paper> by|of|from [the] <body>".
_SERIES_ISSUER = re.compile(r"(.+?)\s+(?:by|of|from)\s+(?:the\s+)?(.+)")


def _series_over_issue(content: str, heading: str) -> bool:
    """``content`` names a series of papers and its issuer ("Daily Press Briefing by the Office of
    the Spokesperson for the Secretary-General": the kind of paper, then an organisation line) and
    ``heading``, the next block, is the heading of one issue of it: it reads as a title (or a
    genre heading closed by a full stop) and names the same kind of paper ("Highlights of the noon
    briefing by X, Deputy Spokesperson for the Secretary-General.")."""
    m = _SERIES_ISSUER.fullmatch(content)
    if m is None or not names_kind_only(m.group(1)) or not is_organisation_line(m.group(2)):
        return False
    data = _headers()
    kinds = {w.lower() for w in m.group(1).split()} & (data.event_words | data.label_words) - {"daily", "weekly", "joint", "official"}
    said = {w.lower().strip(",.:;()") for w in heading.split()}
    return bool(kinds & said) and (is_title_text(heading, 1) or is_genre_sentence_title(" ".join(heading.split())))


def names_biography(content: str) -> bool:
    """A label naming a person's profile ("BIOGRAPHICAL NOTE", "Curriculum vitae";
    ``biography_labels`` in data/headers.json): the name under it is the paper's heading."""
    return " ".join(content.lower().replace("’", "'").strip(" .:").split()) in _headers().biography_labels


#: A line that only names a person: two to six capitalised words, name particles between them.
_NAME_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|bin|al|el|ibn)){1,5}")


def names_event_paper(content: str) -> bool:
    """A line that only names a paper written for a meeting or an event, with its status: "CONCEPT
    NOTE", "PROVISIONAL PROGRAMME", "Annotated agenda", "INFORMATION NOTE", "CONCEPT NOTE AND
    PROGRAMME" (``event_paper_kinds`` and ``event_paper_qualifiers`` in data/headers.json)."""
    data = _headers()
    flat = " ".join(content.lower().replace("’", "'").strip(" .:|│┃║").split())  # also in a box: "| CONCEPT NOTE |"
    parts = re.split(r"\s+(?:and|&)\s+", flat)
    for part in parts:
        words = part.split()
        while words and words[0] in data.event_paper_qualifiers:
            words = words[1:]
        if " ".join(words) not in data.event_paper_kinds:
            return False
    return bool(flat)


#: A programme's time slot opens its body ("09:00 - 09:40  Opening session", "10.15 Panel").
_TIME_SLOT = re.compile(r"\d{1,2}[:.h]\d{2}\b")


def _slot_follows(entries: list[tuple[int, Line]], j: int) -> bool:
    """From entry ``j``, past header lines and kinds of paper ("PROVISIONAL PROGRAMME", "Day 1 -
    Tuesday, 23 September 2025"), the first line is a programme's time slot: the body, no heading."""
    for _, line in entries[j : j + 6]:
        if header_kind(line.content) is not None or names_kind_only(line.content):
            continue
        return bool(_TIME_SLOT.match(line.content))
    return False
#: A programme's time slot or a numbered section opens the body, not a heading ("09:00 Opening", "1. Opening").
_BODY_OPENING = re.compile(r"(?:\d{1,2}[:.h]\d{2}|(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]\s)")


def _event_paper_heading(entries: list[tuple[int, Line]], i: int, layout: _Layout, adjacent) -> bool:
    """Under a kind of event paper standing first (entry ``i``: "CONCEPT NOTE", "PROGRAMME"), the
    next line is a heading naming the event, or the organ that meets over its session line. The
    heading reads as a title of LABELLED_TITLE_MIN_WORDS words or more, is no header line, no
    report section ("Background"), no time slot or numbered item ("09:00 Opening", "1. Adoption of
    the agenda"), no sentence, and the lines right under it are its own continuation or header
    lines (a place and days)."""
    if i + 1 >= len(entries):
        return False
    heading = entries[i + 1][1]
    content = heading.content
    whole, prev = content, heading  # the heading with the lines a cut at its end runs on to ('"One lake, two
    for _, ln in entries[i + 2 : i + 1 + TITLE_MAX_LINES]:  # shores": joint management of the Natural and
        if not adjacent(prev, ln) or not (last_word(prev.content) in _FUNCTION_WORDS  # Cultural Heritage of the /
                                          or prev.content.endswith(("-", "–", "—", "(", ",", "&", ":"))):
            break  # Ohrid Region"): read as a heading whole
        whole, prev = f"{whole} {ln.content}", ln
    if header_kind(content) == "organisation" and i + 2 < len(entries) and adjacent(heading, entries[i + 2][1]):
        return header_kind(entries[i + 2][1].content) == "session"  # the organ that meets, over its
        # session line ("PROVISIONAL AGENDA / Human Rights Council / Fifty-ninth session")
    if (
        header_kind(content) is not None or names_kind_only(content) or is_report_section(content)
        or _BODY_OPENING.match(content) or len(content.split()) < LABELLED_TITLE_MIN_WORDS
        or (content.endswith(".") and not is_genre_sentence_title(content)) or not is_title_text(whole, 1)
    ):
        return False
    prev, n = heading, 1
    for _, ln in entries[i + 2 :]:
        if not adjacent(prev, ln):
            break
        if header_kind(ln.content) is None:
            subtitle = n == 1 and is_title_text(ln.content, 1) and not re.search(r"[.:;!?]$", ln.content) \
                and not _BODY_OPENING.match(ln.content)
            if n >= TITLE_MAX_LINES or not (title_runs_on(prev, ln, layout) or subtitle):
                return False  # a paragraph of prose straight after the kind of paper: its body (a subtitle
                # under the heading is none: "PROGRAMME / Pensions that reach the informal economy: ... /
                # Side event on the margins of the sixty-fourth session of the Commission ...")
            n += 1
        prev = ln
    return True


#: A masthead: a block of at least two lines of at most this many words each.
MASTHEAD_MAX_WORDS = 4


def is_masthead(lines: list[Line]) -> bool:
    """Adjacent short lines that do not run on into one another, none with a figure or closing
    punctuation ("Security Council Report / What's in Blue"; "UN News / Peace and Security"), or
    one line of such parts between bars ("Security Council Report | Monthly Forecast"; a site's
    name over its trail of sections: :func:`_is_section_trail`): the name of a site or an issuer
    and its section. Only a masthead when a heading stands under it
    (:func:`_heading_follows`). A logo and its tagline ("unicef | for every child") may be a line of it."""
    if len(lines) == 1:  # one line of parts between bars: "Security Council Report | Monthly Forecast"
        parts = re.split(r"\s+\|\s+", lines[0].content)
        return 2 <= len(parts) <= 3 and all(
            0 < len(p.split()) <= MASTHEAD_MAX_WORDS and not re.search(r"[\d.,:;!?]", p) and _is_title_case(p) for p in parts
        ) or _is_section_trail(parts)
    return len(lines) >= 2 and all(_is_masthead_line(ln) or _LOGO_LINE.fullmatch(ln.content) for ln in lines)


#: A site's section in a trail under the site's name has at most this many words.
SECTION_TRAIL_PART_MAX_WORDS = 8
#: ... and under a section label standing first ("Press releases | Treaty bodies") this many.
SECTION_LABEL_TRAIL_MAX_WORDS = 3


def _is_section_trail(parts: list[str]) -> bool:
    """A site's name, then the sections a page sits in, between bars ("EEAS | Press material |
    Speeches of the High Representative/Vice-President"): the first part names the issuer (an
    acronym or a body's name) or a section label ("Press releases | Treaty bodies", its other parts
    then of at most three words), each other part is a short phrase opening with a capital, with no
    figure, no sentence's punctuation and no headline verb."""
    data = _headers()
    labelled = is_section_label(parts[0])  # "Press releases | Treaty bodies": a section and its subsection
    return (
        2 <= len(parts) <= 4
        and (_is_acronym(parts[0]) or is_organisation_line(parts[0]) or is_known_body(parts[0]) or labelled)
        and all(
            0 < len(p.split()) <= (SECTION_LABEL_TRAIL_MAX_WORDS if labelled else SECTION_TRAIL_PART_MAX_WORDS) and p[:1].isupper() and not re.search(r"[\d.,:;!?\"“”]", p)
            and not any(w.lower() in data.headline_verbs for w in p.split())
            for p in parts[1:]
        )
    )


#: A logo's word and its tagline between a bar, as a page prints them ("unicef | for every child"),
#: or an acronym's and a dash ("IFAD - Investing in rural people"), or a logo word in lower case and
#: its tagline a gap apart, the bar lost in the text ("unicef  for every child").
_LOGO_LINE = re.compile(r"(?:[^\W\d]{2,12}\s+\||(?:[A-Z]{2,8}|[a-z]{2,12})\s+[–—-]|[a-z]{2,12}(?=[ \t]{2}))\s+[^\W\d][^|\d.!?:;]{0,40}")


def _is_body_with_motto(content: str) -> bool:
    """A body's name and its motto or a site's section between a bar, as a site's banner prints them
    ("Inter-Parliamentary Union | For democracy. For everyone.", "From the field | UNICEF Eswatini"):
    the issuer's letterhead, not the page's heading."""
    parts = [p.strip() for p in content.split(" | ")]
    return len(parts) == 2 and any(
        header_kind(body) == "organisation" and 0 < len(other.split()) <= MOTTO_MAX_WORDS and not re.search(r"\d", other)
        for body, other in (parts, parts[::-1])
    )


#: An issuer's motto has at most this many words ("The Voice of the Muslim World"), over at most this many lines.
MOTTO_MAX_WORDS = 6
MOTTO_MAX_LINES = 2


def _is_short_name_line(content: str, max_words: int) -> bool:
    """At most ``max_words`` words, no figure, no closing full stop, colon, semicolon or mark, not
    opening in lower case nor ending on a function word: the shape of a masthead's line or a motto."""
    return (
        0 < len(content.split()) <= max_words and not re.search(r"[\d.:;!?]$|\d", content)
        and not starts_lowercase(content) and last_word(content) not in _FUNCTION_WORDS
    )


def _without_dashes(content: str) -> str:
    """The line without the dashes between its parts, which are no words ("Un Peuple - Un But - Une Foi")."""
    return re.sub(r"\s+[-–—·•]\s+", " ", content)


def _is_motto_line(ln: Line) -> bool:
    """A short line of a masthead's shape, up to MOTTO_MAX_WORDS words, naming no event and
    holding no headline verb: "Saving lives, changing lives", "The Voice of the Muslim World"; a
    State's motto in parts between dashes, which are no words ("Un Peuple - Un But - Une Foi")."""
    words = _without_dashes(ln.content)
    return _is_short_name_line(words, MOTTO_MAX_WORDS) and not any(
        w.lower().strip(",") in _headers().event_words or w.lower() in _headers().headline_verbs for w in ln.content.split()
    )


def _is_masthead_line(ln: Line) -> bool:
    """A line of a masthead: a short name line (MASTHEAD_MAX_WORDS) that neither ends on a comma
    nor opens with a connective."""
    return (
        _is_short_name_line(ln.content, MASTHEAD_MAX_WORDS) and not ln.content.endswith(",")
        and ln.content.split()[0].lower() not in _TITLE_CONNECTIVE_START
    )


#: A name in a second language has at least this many words.
FOREIGN_NAME_MIN_WORDS = 3


def _is_foreign_name_line(content: str) -> bool:
    """A name in Title Case in another language than English: every word capitalised but its
    small connecting words, at least one of those, and none of them an English function word
    ("Misean Buan na hÉireann chuig na Náisiúin Aontaithe", "Mission permanente de la France
    auprès des Nations Unies"; not "Open Debate on Children and Armed Conflict")."""
    words = content.split()
    if not FOREIGN_NAME_MIN_WORDS <= len(words) <= CAPS_LETTERHEAD_MAX_WORDS or re.search(r"\d|[.,:;!?]$", content):
        return False
    small = [w for w in words if w[:2].lower() == w[:2]]  # "hÉireann": a capital after a mutation
    return (
        bool(small) and len(small) < len(words) / 2 and words[0][0].isupper()
        and all(w.isalpha() and w.lower() not in _FUNCTION_WORDS for w in small)
        and not any(w.lower() in _headers().headline_verbs for w in words)
    )


def _heading_follows(entries: list[tuple[int, Line]], j: int, run: list[Line]) -> bool:
    """After ``run`` (entries from ``j``), past header lines (a unit, a release label, a session
    line, a dateline), the first line is a heading in lower case: "HOUSE OF PEOPLES'
    REPRESENTATIVES ... / Public Relations Directorate / <heading>"."""
    for n, (k, line) in enumerate(entries[j : j + 6]):
        kind = header_kind(line.content)
        if kind is not None or names_kind_only(line.content):
            continue  # "INFORMATION MESSAGE", "Terms of reference": what kind of paper, not its name
        heading = [line]
        for k2, nxt in entries[j + n + 1 : j + n + TITLE_MAX_LINES]:
            if k2 != k or not _wraps_mid_phrase(heading[-1], nxt):
                break
            heading.append(nxt)  # a heading wrapped mid-phrase ("... on the right to food, / Michael Fakhri, at ...")
        flat = " ".join(ln.content for ln in heading)
        return not is_all_caps(line.content) and is_title_text(flat, len(heading)) and not _BYLINE.fullmatch(line.content)
    return False


#: A subject line is looked for among this many lines from the top.
SUBJECT_SEARCH_LINES = 15
#: Above a subject line, a line of at most this many words is a heading of the form ("Event details").
SUBJECT_FORM_HEADING_WORDS = 3


#: The last crumb of a breadcrumb must be this long to name a heading ("News" names none).
BREADCRUMB_MIN_CHARS = 12
BREADCRUMB_MIN_CHARS_WORDS = 8  # ... or this many in two words or more
_CRUMB_SEPARATOR = re.compile(r"\s*[>»›|/]\s*")


def _named_by_breadcrumb(drafts: list[_Draft], entries: list[tuple[int, Line]]) -> Line | None:
    """The heading a web page's breadcrumb ends on: a page's trail ("Home > Meetings > Foreign
    Affairs Council (Development)") ends with the page itself, so a line under it that begins with
    the last crumb ("Foreign Affairs Council (Development), 27 May 2024"), or the first line under it
    that holds the crumb ("ECHO Daily Flash of 21 August 2024" under "... > Daily Flash"), is the title, whatever its
    shape (a dated meeting name is otherwise a header line) - unless a heading stands before it, or
    it is a section's label or the organ a section is named after ("Departmental news" under the
    page's own heading, "SECURITY COUNCIL")."""
    for d in drafts[: len(entries) + TITLE_SEARCH_NOISE]:
        if d.type != "noise" or furniture_id(d.first.content) not in ("breadcrumb", "navigation_bar"):
            continue
        crumb = _CRUMB_SEPARATOR.split(d.first.content)[-1].rstrip(".…").strip().casefold()
        if len(crumb) < BREADCRUMB_MIN_CHARS and not (len(crumb.split()) >= 2 and len(crumb) >= BREADCRUMB_MIN_CHARS_WORDS):
            return None  # "News": too short to name a page; "Daily Flash", two words, does
        first = True
        for _, ln in entries:
            if ln.cstart < d.first.cstart:
                continue
            kind = header_kind(ln.content)
            named = ln.content.casefold().startswith(crumb) or (
                first and re.search(rf"(?<!\w){re.escape(crumb)}(?!\w)", ln.content.casefold()) is not None
            )  # the line right under the trail may name the page with more words ("... > Daily Flash" / "ECHO Daily Flash of 21 August")
            if named and kind not in ("label", "organisation"):
                return ln  # (not the section's label, nor the organ a section is named after: "SECURITY COUNCIL")
            first = False
            if kind is None:
                return None  # a heading stands first under the breadcrumb
        return None
    return None


def _over_trail(drafts: list[_Draft], entries: list[tuple[int, Line]], i: int) -> bool:
    """A name-shaped line at the top of a web page (only header lines above it), over the page's trail of sections (a
    noise line of crumbs) with only header lines between, and a heading under the trail: the
    site's letterhead, in whatever language ("Bundesministerium für Europäische und internationale
    Angelegenheiten / Federal Ministry for ... - Republic of Austria / Startseite > Presse >
    Aussendungen 2025 / <heading>"). A page prints its trail over its own heading, never under it."""
    k, line = entries[i]
    if any(header_kind(ln.content) is None for _, ln in entries[:i]) or not _is_short_name_line(line.content, CAPS_LETTERHEAD_MAX_WORDS) \
            or any(w.lower() in _headers().headline_verbs for w in line.content.split()):
        return False
    for j, (k2, ln) in enumerate(entries[i + 1 :], start=i + 1):
        between = drafts[k + 1 : k2] if k2 > k else []
        trail = next((d for d in between if d.type == "noise" and furniture_id(d.first.content) in ("breadcrumb", "navigation_bar")), None)
        if trail is not None:
            return _heading_follows(entries, j, [line])
        if header_kind(ln.content) is None:
            return False  # a line that is no header stands between: no letterhead over a trail
    return False


def _named_in_trail_under(drafts: list[_Draft], k: int, line: Line) -> bool:
    """A line alone in its block, right over a web page's trail of sections (a noise line of three
    crumbs or more), that is one of the trail's crumbs but its last: the name of the site or of
    the issuer whose section the page sits in ("Global Affairs Canada / Canada.ca > Global
    Affairs Canada > News"), not the page's heading."""
    if len(drafts[k].lines) != 1 or k + 1 >= len(drafts) or drafts[k + 1].type != "noise":
        return False
    under = drafts[k + 1].first
    if not 0 < under.start - line.end <= 2 or furniture_id(under.content) is None:  # the next line ("\n", "\r\n")
        return False
    crumbs = [c.strip().casefold() for c in re.split(r"\s+[>»›]\s+", under.content)]
    return len(crumbs) >= 3 and " ".join(line.content.split()).casefold() in crumbs[:-1]


def subject_run(entries: list[tuple[int, Line]], i: int) -> list[Line]:
    """The "Subject:" line ``entries[i]`` with the lines its subject runs over: a header field
    folded onto the next line, which opens with white space ("Subject: READOUT - field mission
    ... (prolonged" / " mid-summer drought)"), or a subject visibly cut (on a comma, a function
    word, an open bracket: "... (school WASH and" / "heating)"); never another field ("Date:"), a
    salutation or a line after a blank one. Only the line itself when its subject does not run on."""
    line = entries[i][1]
    run = [line]
    if _SUBJECT.match(line.content) is None:
        return run
    for _, nxt in entries[i + 1 :]:
        prev = run[-1]
        if len(run) >= TITLE_MAX_LINES or not 0 < nxt.start - prev.end <= 2 or _field_label(nxt.content) is not None \
                or is_salutation(nxt.content) or header_kind(nxt.content) == "date":
            break
        folded = nxt.indent > line.indent  # RFC 5322 folding: the continuation opens with white space
        cut = _wraps_mid_phrase(prev, nxt) or prev.content.count("(") > prev.content.count(")")
        if not (folded or cut):
            break
        run.append(nxt)
    return run


def subject_lines_start(entries: list[tuple[int, Line]], i: int) -> tuple[list[Line], int] | None:
    """The lines of the subject that ``entries[i]`` opens (:func:`subject_run`) and where the
    subject starts in the text, when the subject read over all its lines reads as a title."""
    run = subject_run(entries, i)
    value = subject_value_start(" ".join(ln.content for ln in run))
    if value is None and len(run) > 1:
        run = run[:1]  # a subject that reads as a title on its own line, not with the next
        value = subject_value_start(run[0].content)
    return None if value is None else (run, run[0].cstart + value)


def _subject_over_header(entries: list[tuple[int, Line]]) -> tuple[list[Line], int] | None:
    """The "Subject:" (or "Title:", "Event:", "What:") line of a header, with the lines its subject
    runs over, and where the subject starts, when only header lines (fields, datelines,
    letterheads, labels) or a short heading of the form ("MEMORANDUM", "Event details") stand above it."""
    for i, (_, line) in enumerate(entries[:SUBJECT_SEARCH_LINES]):
        found = subject_lines_start(entries, i)
        if found is not None:
            return found
        if header_kind(line.content) is None and not (
            len(line.content.split()) <= SUBJECT_FORM_HEADING_WORDS and not re.search(r"[.,;!?]$", line.content)
        ):
            return None
    return None


def _is_front_matter(content: str) -> bool:
    """A front page's distribution, date-of-issue or language line ("Distr.: General", "Original:
    English"), the treaty a committee serves, or a line of its two columns: no session of the organ."""
    patterns = dict(_headers().session_lines)
    front = (patterns["front_matter"], patterns["treaty_name"])  # (and the treaty a committee serves)
    return _TABLE_GAP.search(content) is not None or any(
        f.fullmatch(p.strip()) for p in _HEADER_SEPARATOR.split(content) if p.strip() for f in front
    )


#: Words that end the short name at the head of a body's full name ("Bali Process | on People Smuggling ...").
_NAME_TAIL = re.compile(r"\s+(?:on|for|of|to|against|in)\s+")


def _heading_repeats_name(line: str, heading: str) -> bool:
    """``line`` is a body's full name ("[The] Bali Process on People Smuggling, ...": a short name
    of two or more capitalized words, then "on", "for", "of" ... and more, no verb of a headline,
    no closing punctuation) and ``heading``, the next block, is the heading of one of its
    gatherings naming it by that short name ("Ninth Bali Process Ministerial Conference")."""
    if re.search(r"[.:;!?]$", line) or any(w.lower() in _headers().headline_verbs for w in line.split()):
        return False
    cut = _NAME_TAIL.search(line)
    if cut is None:
        return False
    name = re.sub(r"^The\s+", "", line[: cut.start()])
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return (
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", heading) is not None and heading.strip() != name
        and any(w.lower().strip(".,") in _headers().gathering_words for w in heading.split())
        and not re.search(r"[.;!?]$", heading)
    )


def _wraps_mid_phrase(prev: Line, line: Line) -> bool:
    """The heading goes on mid-phrase: the line before ends on a comma or a function word, or this
    one opens in lower case."""
    return prev.content.endswith(",") or last_word(prev.content) in _FUNCTION_WORDS or starts_lowercase(line.content)


def _is_connective_line(content: str) -> bool:
    """A line of connectives only ("by", "at the", "on the occasion of"): a heading set one phrase a line."""
    words = content.lower().split()
    return 0 < len(words) <= 4 and all(w in _FUNCTION_WORDS or w in _TITLE_CONNECTIVE_START for w in words)


def _name_runs_on(line: Line, following: Line, adjacent) -> bool:
    """The next line visibly continues this one: it is cut, or the next opens in lowercase or
    with a connective ("on", "for", "and" ...)."""
    if not adjacent(line, following):
        return False
    first = following.content.split(None, 1)[0].lower()
    return _continues_title_cut(line, following, adjacent) or starts_lowercase(following.content) or first in _TITLE_CONNECTIVE_START


def _continues_title_cut(line: Line, following: Line, adjacent) -> bool:
    """An organisation line cut mid-name ("... Committee of the\nCouncil") is not a header line."""
    return adjacent(line, following) and (
        last_word(line.content) in _FUNCTION_WORDS or line.content.endswith(("-", "–", "—", "(", ",", "&"))
    )


def title_bounds(drafts: list[_Draft], chosen: list[Line], start: int | None = None) -> tuple[int, int]:
    """Where the title made of the ``chosen`` lines starts and ends in the text: from its first
    line's content (or ``start``, after a "Subject:" label; a Markdown heading's "#" left out),
    without the stars of Markdown bold ("**Title**") or a web page's site name after its headline
    ("... | UN News")."""
    d = next(d for d in drafts if any(ln is chosen[0] for ln in d.lines))
    t_start = chosen[0].cstart if start is None else start
    t_stop: int | None = None
    if d.lines[0] is chosen[0] and d.start != d.first.cstart:
        t_start = d.start  # a Markdown heading: the title excludes its "#"
    if start is None:
        bold = _BOLD_TITLE.fullmatch(" ".join(ln.content for ln in chosen))
        if bold is not None:  # "**Security Council Press Statement on Mali**": the stars are markup
            t_start = max(t_start, chosen[0].cstart + len(bold.group(1)))
            t_stop = chosen[-1].cend - len(bold.group(1))
        suffix = _SITE_SUFFIX.search(chosen[-1].content)
        if (
            t_stop is None and suffix is not None and chosen[-1].cstart + suffix.start() > t_start
            and (header_kind(suffix.group(1)) == "organisation" or furniture_id(suffix.group(1)) is not None)
            and is_title_text(chosen[-1].content[: suffix.start()], 1)
            and len(chosen[-1].content[: suffix.start()].split()) >= SITE_TITLE_MIN_WORDS
            and not names_kind_only(chosen[-1].content[: suffix.start()])
            and not (is_all_caps(" ".join(ln.content for ln in chosen)) and furniture_id(suffix.group(1)) is None
                     and not is_known_body(suffix.group(1)))  # "... (COHSOD) - HEALTH": a heading in capitals goes on
        ):  # ("Minutes - Protection Working Group" names the paper with its body)  # a web page's title with its site ("... | UN News", "... - United Nations Office for
            # West Africa and the Sahel"): the site's name is not the document's
            t_stop = chosen[-1].cstart + suffix.start()
    return t_start, chosen[-1].cend if t_stop is None else t_stop


def _split_out_title(drafts: list[_Draft], chosen: list[Line], start: int | None = None) -> tuple[list[_Draft], _Draft]:
    """The drafts with the title lines taken out into a title draft; parents re-indexed.
    ``start``: where the title starts inside its first line (after a "Subject:" label)."""
    ids = {id(ln) for ln in chosen}
    title = _Draft("title", list(chosen))
    title.start, stop = title_bounds(drafts, chosen, start)
    if stop != chosen[-1].cend:
        title.stop = stop
    new: list[_Draft] = []
    old_to_new: dict[int, int] = {}
    for k, d in enumerate(drafts):
        if not any(id(ln) in ids for ln in d.lines):
            new.append(d)
            old_to_new[k] = len(new) - 1
            continue
        before = [ln for ln in d.lines[: next(i for i, ln in enumerate(d.lines) if id(ln) in ids)]]
        after = [ln for ln in d.lines[len(before):] if id(ln) not in ids]
        for ln in before:  # header lines above the title: one block each
            piece = _Draft("paragraph", [ln], level=d.level, parent=d.parent)
            piece.start = d.start if ln is d.first else ln.cstart
            new.append(piece)
        if d.lines[len(before)] is chosen[0]:
            new.append(title)
        if after:
            piece = _Draft(d.type, after, level=d.level, parent=d.parent)
            piece.start = after[0].cstart
            new.append(piece)
        old_to_new[k] = len(new) - 1
    for d in new:
        if d is not title and d.parent is not None:
            d.parent = old_to_new[d.parent]
        if d.continues is not None:
            d.continues = old_to_new[d.continues]
    return new, title
