"""People rules: speaker lines and appositions -> names with honorific, title and affiliation.

What this module is for: the forms in which briefings introduce people, read with plain rules
over one line of text at a time:

    H.E. Ms. Alya Ahmed Saif Al-Thani, Permanent Representative of the State of Qatar to the United Nations
    Ambassador X (Spain)            Ambassador X of Spain
    X, Minister for Foreign Affairs of Y        X, Director, Z        X (Country), Chair of the Committee
    Mr. Voronkov                    (a short mention, merged later into the full person)
    Tesfaye Sabo, Ethiopia's representative,    Malta and her Foreign Minister, X
    political commentator Mourad Zeghidi        Member of Parliament X (Prosperity Party)
    a table row with aligned columns, its position cell over two lines; a signature's lines

Honorifics are recorded but are not part of the name. The title is the role as written, without
the country or organization it represents: those go to ``country`` (ISO alpha-3) and
``organization``, found through the gazetteer spans the caller passes in. A role without a name is
not a person.

What it is not for: deciding how these matches meet the statistical model's entities, or building
the document view; :mod:`pipeline.extract` does that. No third-party library is imported here.

How it is split: this module keeps ``PeopleRules``, the entry point (built from the gazetteer; the
search over logical lines and table rows, ``find`` and ``find_in_row``). The class is composed of
the rules in its parts, each of one concern and none importing this module:
:mod:`pipeline.people_names` (honorifics and personal names), :mod:`pipeline.people_roles` (the
title and affiliation after a name), :mod:`pipeline.people_titles` (what is written before a
name), over :mod:`pipeline.people_tables` (logical lines, column-aligned table rows) and
:mod:`pipeline.people_tokens` (the values, tokens, word lists and affiliation lookups).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._data import lexicon, lexicon_set
from .gazetteers import Gazetteer
from .people_names import NameRules
from .people_roles import RoleRules
from .people_tables import _SPACED_CELLS, logical_lines, side_by_side
from .people_titles import TitleRules
from .people_tokens import (
    DIPLOMATIC_RANKS, LINKED_NAME, DOCUMENT_WORDS, HEADLINE_VERBS, ORG_KEYWORDS, SHORT_BODY_HEADS, SPEECH_VERBS, _BODY_HEADS, SENTENCE_GERUNDS, _COMPASS, _GIVEN_NAME_HONORIFICS, _NAME_HONORIFICS, _LINE_MARKER, NAME_PARTICLES, _NOT_NAME, _OCCUPATIONS, _PORTFOLIO_WORDS, GazetteerSpan,
    PersonMatch, Role, _Tok, _affiliation_at, _common_noun_like, plural_portfolio_noun, _entry_exactly, _index_at_or_after, _is_initial, _name_like, _text, _tokens, is_state_office,
)


# A capitalized abstract noun: the portfolio a title ends with ("Minister for Reintegration"), no given name
_PORTFOLIO_NOUN = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ity|ance|ence|ism|ness)")


# Words written before a portfolio's word that say which side of it ("Foreign Trade", "Home Affairs"): after them
# the portfolio's word ends a title written before a name, it opens no name
_PORTFOLIO_QUALIFIERS = frozenset({"Foreign", "Home", "Internal", "External", "International", "Domestic", "Public"})


# A body's members listed after it: "The members of the Working Group are:", "The Court was composed of:", "The
# composition of the Court for this session is as follows:"
_MEMBERS_INTRO = re.compile(
    r"\b[Tt]he\s+(?:members\s+of\s+the\s+(?P<body>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:are|were)"
    r"|(?P<body2>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:was|is|were)\s+composed\s+(?:of|as\s+follows)"
    r"|composition\s+of\s+the\s+(?P<body3>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)(?:\s+for\s+th(?:is|e)\s+\w+)?"
    r"\s+(?:is|was)(?:\s+as\s+follows)?)\s*:")
# A photograph's credit line ("Photo: © UNICEF/UN0712345/Ayham Al-Khatib", "MINUSCA/Leonel Grothe" at the end of a
# caption, "(c) Finnish Ministry for Foreign Affairs / Laura Kotila"): the line says it is a credit, and the name is
# the last part after a slash, ending the line or followed by a full stop, a comma or a dash
_CREDIT_LINE = re.compile(r"©|\([cC]\)|^\s*(?:Photo(?:graph)?s?(?:\s+(?:credit|caption))?|Credits?|Image)\s*:", re.MULTILINE)
_CREDIT_NAME = re.compile(
    r"(?<=[\w)])\s?/\s?(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’-]*){1,4}?)(?=\s*$|[.,;)]\s|\.$|\s+[-–—]\s)")
# A label cell naming an office in the plural ("Vice-Presidents:<TAB>"), and a row under it whose first cell is empty
_PLURAL_LABEL = re.compile(r"[ \t]*([A-Z][\w-]*s)[ \t]*:[ \t]")
_EMPTY_FIRST_CELL = re.compile(r"\t+|[ ]{4,}")
# An abstract noun of eight letters or more ("Transformation", "Development", "Security"), which no personal name ends with
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:tions?|sions?|ments?|ness|ity|ities)")


# A part in a meeting written in brackets beside a person's position ("X (moderator), Head of Communication, Y",
# "X, Director of Public Diplomacy (moderator)"): the position is the title (the dev conventions: "Roles in a meeting")
_MEETING_PARTS = lexicon_set("meeting_parts") | lexicon_set("meeting_parts_in_brackets_only")
_MEETING_PART_AT_END = re.compile(r"\s*\((?i:" + "|".join(sorted(_MEETING_PARTS | lexicon_set("meeting_parts_closing_a_title")))
                                  + r")(?:\s+of\s+the\s+[a-z][a-z ]*)?\)$")
# (also capitalized, "(Chair)", and with what it presides over, "(chair of the press conference)")
# Where an envoy sits, set between commas after the title and before the name ("Ambassador to the Caribbean,
# resident in Washington, X"; lexicon posting_clauses): read past, the title before it is the person's
_POSTING_CLAUSE = re.compile(r",[ \t]+(?:" + "|".join(w for w in sorted(
    lexicon_set("posting_clauses"), key=len, reverse=True)) + r")[ \t]+[^\W\d_][^,;:.()\n]{1,60},[ \t]*$")


def _without_meeting_part(toks: list[_Tok]) -> tuple[list[_Tok], dict[int, _Tok]]:
    """The tokens without a bracketed part in a meeting right after a name that a comma and a capitalized word
    follow ("Ms. X (moderator), Head of Communication, Africa CDC"), and the parts left out by where the name
    before them ends."""
    out = list(toks)
    parts: dict[int, _Tok] = {}
    x = 1
    while x + 4 < len(out):
        if out[x].text == "(" and out[x + 1].text in _MEETING_PARTS and out[x + 2].text == ")" and out[x + 3].text == "," \
                and out[x + 4].text[:1].isupper() and _name_like(out[x - 1].text):
            parts[out[x - 1].end] = out[x + 1]
            del out[x:x + 3]
        x += 1
    return out, parts


def _meeting_part_left_out(p: PersonMatch, parts: dict[int, _Tok], is_title=None) -> PersonMatch:
    """A person whose title ends with a bracketed part in a meeting after a position ("Director of Public Diplomacy
    (moderator)"): the position alone is the title. With no position written, the part left out after the name
    is the title ("Mr. X (moderator), Communications Unit")."""
    title = p.role.title
    if not title and p.end in parts:
        part = parts[p.end]
        return replace(p, role=replace(p.role, title=part.text, title_span=(part.start, part.end)))
    cut = _MEETING_PART_AT_END.search(title) if title else None
    if cut is None or cut.start() == 0:
        return p
    span = p.role.title_span
    if is_title is not None and not is_title(title[:cut.start()]) and span:
        part = title[cut.start():].strip()[1:-1]  # "UNIS Geneva (chair)" in a speaker's row: no position before
        # the part, which is the title
        return replace(p, role=replace(p.role, title=part, title_span=(span[1] - 1 - len(part), span[1] - 1)))
    return replace(p, role=replace(p.role, title=title[:cut.start()],
                                   title_span=(span[0], span[1] - (len(title) - cut.start())) if span else None))


# A word written in capitals (letters, joined by hyphens, apostrophes or full stops), and the joining words and
# particles a run of such words is read with in lower case ("OF", "THE", "BIN")
_CAPITALS_WORD = re.compile(r"[^\s()\[\]]+")
_CASED_JOINERS = frozenset({"of", "the", "and", "for", "to", "on", "in", "at", "by", "with", "from"}) | NAME_PARTICLES


def _addresses(honorific: str | None) -> bool:
    """Whether an honorific read in a run of capitals is a form of address that says a name follows ("MR.", "H.E.",
    "THE HON.", "DR"), not a word a headline in capitals may hold for another sense ("LITTLE TO MISS CAMPESE
    FAREWELL", "GENERAL OBLIGATION BONDS", "PREMIER LEAGUE SUMMARIES")."""
    if not honorific:
        return False
    words = honorific.split()
    return words[-1].endswith(".") or len(words) > 1 or words[-1].upper() in ("MR", "MS", "MRS", "DR", "SIR", "DAME")


def _cased(line: str) -> str | None:
    """``line`` with each run of two words or more written in capitals ("MR. HAIDER AL-SAMARRAIE-NAJJAR,
    MINISTER PLENIPOTENTIARY") in title case, joining words and particles in lower case ("Mr. Haider
    Al-Samarraie-Najjar, Minister Plenipotentiary"), every character where it was; None when the line has no such
    run of words that are not all initials or acronyms of one letter."""
    words = [m for m in _CAPITALS_WORD.finditer(line) if not any(ch.islower() or ch.isdigit() for ch in m.group())
             and any(ch.isalpha() for ch in m.group())]
    runs: list[list[re.Match]] = []
    for m in words:
        if runs and not line[runs[-1][-1].end():m.start()].strip(" \t()") and "\n" not in line[runs[-1][-1].end():m.start()]:
            runs[-1].append(m)
        else:
            runs.append([m])
    runs = [r for r in runs if sum(sum(ch.isalpha() for ch in m.group()) >= 2 for m in r) >= 2]
    if not runs:
        return None
    chars = list(line)
    for run in runs:
        for m in run:
            w = m.group()
            t = w.lower() if w.lower().rstrip(",:;.") in _CASED_JOINERS else re.sub(r"(?<=['’])S\b", "s", w.title())
            if len(t) != len(w):
                return None
            chars[m.start():m.end()] = t
    return "".join(chars)


# A journalist's question in the transcript of a press briefing, the asker named in the label: "Question - Mari Tamm,
# ERR News: ...", "Question (Battulga Erdene, Montsame news agency): ..."; and a speaker's label whose brackets hold
# the outlet or the name: "Rahmat Hidayat (Antara): ...", "Radio FM Liberté (Hassane Mahamat Abakar): ..."
_QUESTION_WORD = r"[ \t]*(?:Question|QUESTION|Q)"
_QUESTION_LABEL = re.compile(_QUESTION_WORD + r"[ \t]*(?:[-–—][ \t]*|\([ \t]*)(?=[^\W\d_])")
# "Question: Ifeoma Nwachukwu-Berg, Nigerian Tribune. Is there ...", "[12:13] QUESTION: X, Outlet. ...": the asker and
# the outlet after the label's colon, the outlet closed by a full stop
# (also after a greeting: "Q: Good afternoon. X, Cyprus Mail. Is ...?")
_QUESTION_COLON = re.compile(r"[ \t]*(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*)?(?:Question|QUESTION|Q)[ \t]*:[ \t]*"
                             r"(?:(?:" + "|".join(lexicon("speech_greetings")) + r")\b[^.!?:\n]{0,40}[.!][ \t]+)?(?=[^\W\d_])")
# "Question (Nikkei Asia, X Y):", "Question by CivilNet (X Y):": the outlet first, then the asker's name closing the
# bracket before the colon
_QUESTION_OUTLET_NAME = re.compile(_QUESTION_WORD + r"(?:[ \t]+by[ \t]+[^\W\d_][^():,\n]{0,50}?)?[ \t]*\((?:[ \t]*[^\W\d_][^():,\n]{0,50},)?[ \t]*"
                                   r"(?=[^\W\d_][^():,\n]{2,60}\)[ \t]*:)")
_OUTLET_THEN_STOP = re.compile(r",[ \t]+(?P<outlet>[^\W\d_][^,;:?!()\n]{0,60}?)\.(?:[ \t]|$)")
_OUTLET_QUESTION = re.compile(r"[ \t]*([^\W\d_][^\W\d_'’.-]+(?:[ ][^\W\d_][^\W\d_'’.-]+){1,3}),[ \t]+[^\W\d_][^:\n]{1,60}:[ \t]+[^\n]*\?")
_ASKED_WITH_OUTLET = re.compile(r"(?:^[ \t]*|(?<=[.!?][ \t])|\basked[ \t]+by[ \t]+)(?=[^\W\d_][^()\n]{2,60}\([^()\n]{2,50}\)(?:[ \t]+asked\b|[ \t]+how\b|[ \t]+what\b|[ \t]+whether\b|[ \t]+if\b|[ \t]+about\b))")
_ASKED_BY_OF = re.compile(r"\b[Aa]sked[ \t]+by[ \t]+(?=[^\W\d_][^()\n]{2,60}?[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[^\W\d_][^()\n]{1,50}?"
                         r"[ \t]+(?:whether|if|about|how|what|why|when)\b)")
# "Her husband Besnik now helps ...", "Her son Tebano left ...": a relative named after a possessive and a noun of
# kinship (lexicon kin_nouns), a given name alone as often as not
_KIN = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)[ \t]+(?:" + "|".join(lexicon("kin_nouns")) + r")[ \t]+(?=[A-Z][a-z])")
_BRACKETED_SPEAKER = re.compile(r"[ \t]*([^\W\d_][^():\n]{1,60}?)[ \t]*\(([^\W\d_][^():\n]{1,60})\)[ \t]*:")


# A story's credit label before its writer's name ("Story and photos: X, Communications Associate, UNFPA Bhutan",
# "Text: X", "Words and pictures: X")
_STORY_CREDIT = re.compile(r"[ \t]*(?:Story|Text|Words|Reporting)(?:[ \t]+and[ \t]+(?:photos|photographs|pictures|video))?[ \t]*:[ \t]+")
# A contact label ending at its colon ("Media contact:", "For further information, please contact:"; lexicon
# signature_labels, not those ending in "by": "Issued by: Media Wing, NDMA" names a body as often), and what marks a line as a contact's (a telephone number or its label, an e-mail address; lexicon
# contact_labels)
_CONTACT_LABEL = re.compile(r"[ \t]*(?:[^\W\d_][^\n:]{0,60}?[ \t,]+)?(?i:" + "|".join(
    re.escape(w) for w in sorted(lexicon_set("signature_labels"), key=len, reverse=True) if not w.endswith(" by")) + r")[ \t]*:")
_CONTACT_MARK = re.compile(r"\+\d{1,4}[ \d()-]{5,}|[\w.+-]+@[\w-]+\.\w|\b(?i:" + "|".join(
    re.escape(w) for w in sorted(lexicon_set("contact_labels"), key=len, reverse=True)) + r")\b\.?[ \t]*:")


# An e-mail's header line that names its sender or its addressees ("From: X <x@...>", "Cc: X; Y")
_HEADER_LINE = re.compile(r"[ \t]*(?:From|To|Cc|CC|cc|Bcc|BCC)[ \t]*:[ \t]*")


# The mark of a signed original over or before a signature: "(Signed)"
_SIGNED = r"\((?:[Ss]igned|SIGNED)\)"
# The lines over signatures side by side that only say each is signed ("(Signed)      (Signed)")
_SIGNED_MARKS = re.compile(r"(?:[ ]*(?:" + _SIGNED + r"[ ]*)+\n)+")
# The line over signatures side by side that says for whom each signs ("For the Republic of X      For the Kingdom of Y")
_SIGNING_FOR_LINE = re.compile(r"(?:[ ]*(?:For|FOR|On behalf of) [^\n]*?(?:[ ]{3,}(?:For|FOR|On behalf of) [^\n]*?)+[ ]*\n)")

# An e-mail address written as a word of its own ("x.y@unhcr.org")
_EMAIL = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")


# A signature's first line: the mark, then the name ("(Signed) X")
_SIGNED_NAME = re.compile(r"\s*" + _SIGNED + r"[ ]+[^\W\d_]")


# A form of address written in brackets after a name that closes its line, a signature's ("Inutu Mupango Mwanza (Mrs)"
# over "First Secretary – Press and Public Relations")
_HONORIFIC_IN_BRACKETS = re.compile(r"(?<=[^\W\d_])[ \t]+\(((?:Mrs|Mr|Ms|Miss|Dr|Mme)\.?)\)(?=[ \t]*(?:\n|$))")


# A plural honorific before a list of names ("Justices X, Y and Z")
_PLURAL_HONORIFICS = frozenset({"Justices", "Judges", "Commissioners", "Ambassadors", "Drs.", "Messrs.", "Professors"})


class PeopleRules(NameRules, RoleRules, TitleRules):
    """The person rules, built once from the gazetteer's honorific and title lists."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        self._honorifics: dict[str, list[tuple[str, ...]]] = {}
        for h in gazetteer.honorifics:
            parts = tuple(h.split())
            self._honorifics.setdefault(parts[0], []).append(parts)
        for h in _GIVEN_NAME_HONORIFICS:
            self._honorifics.setdefault(h, []).append((h,))
        for first in self._honorifics:
            self._honorifics[first].sort(key=len, reverse=True)
        self._title_re = re.compile(  # "Vice-Governor": a title with "Vice-" joined to it; "Prosecutor-designate"
            r"(?<![\w-])(?:Vice-)?(?:" + "|".join(re.escape(t) for t in gazetteer.titles) + r")(?:-[Dd]esignate|-[Ee]lect)?(?![\w-])"
        )
        self._title_re_ci = re.compile(r"(?<![\w-])(?:Vice-)?(?:" + "|".join(re.escape(t) for t in (*gazetteer.titles, *sorted(
            _OCCUPATIONS, key=len, reverse=True))) + r")(?:-designate|-elect|-Designate|-Elect)?(?![\w-])", re.IGNORECASE)
        self._lower_titles = frozenset(w.lower() for t in gazetteer.titles for w in t.split()) | _OCCUPATIONS
        self._titles = frozenset(gazetteer.titles)
        self.title_words = frozenset(w for t in gazetteer.titles for w in re.split(r"[\s]+", t) if w[:1].isupper())
        self._rank_before = re.compile(r"(?<![\w-])(" + "|".join(re.escape(r) for r in sorted(DIPLOMATIC_RANKS, key=len, reverse=True))
                                       + r")\s+$")  # a diplomat's rank right before a name
        self._upper_words = frozenset(w.upper() for w in (*HEADLINE_VERBS, *SPEECH_VERBS, *ORG_KEYWORDS, *self.title_words,
                                                          *_NOT_NAME, *DOCUMENT_WORDS))  # no word of a name in capitals

    def _bodies(self, spans: Sequence[GazetteerSpan]) -> list[GazetteerSpan]:
        """The spans without bodies found only by their form that run over a second role ("Union for Foreign
        Affairs and Security Policy and Vice-President of the European Commission", "... Policy/Vice-President of
        the Commission"), over the title after a body's possessive ("Basel Institute on Governance's Head of
        Public Governance") or that open with a title ("Force Commander of the United Nations ... Force")."""
        return [self._role_of_a_body(sp) for sp in spans if not (sp[2].id.startswith("new:") and sp[2].label == "ORG" and any(
            m.group(1) in self.title_words and self.is_title(m.group(1))
            for m in re.finditer(r"(?:\band (?:the )?|['’]s |/)([^\s/]+)", sp[2].name)))]

    def _role_of_a_body(self, sp: GazetteerSpan) -> GazetteerSpan:
        """A body found only by its form that opens with a title ("Force Commander of the United Nations
        Disengagement Observer Force": the words before its first "of" are a title, whole) is the body after
        that "of" ("United Nations Disengagement Observer Force"); any other span as it is."""
        a, b, entry = sp
        head = re.match(r"(.+?) of (?:the )?(?=[A-Z])", entry.name) if entry.id.startswith("new:") and entry.label == "ORG" else None
        if head is None or b - a != len(entry.name) or not self._title_re.fullmatch(head.group(1)) \
                or head.group(1) in self.g.honorifics:
            return sp
        rest = entry.name[head.end():]
        return (b - len(rest), b, replace(entry, id="new:" + rest, name=rest))

    # -- public ---------------------------------------------------------------------------
    def find(self, text: str, offset: int, spans: Sequence[GazetteerSpan],
             stops: frozenset[int] = frozenset(), lines_as_cells: bool = False) -> list[PersonMatch]:
        """Every person introduced in ``text`` (which starts at absolute ``offset``).

        ``spans`` are the gazetteer matches in absolute offsets; they name the country or
        organization in a role, and they are never taken for a person's name.
        """
        cut = re.search(r"\n[ \t]*\n", text)  # (a blank line ends them)
        columns = side_by_side(text[:cut.start()] if cut else text)
        indent = re.match(r"[^\n]*\n( +)\S[^\n]*(?:\n\1\S[^\n]*)*\n?\Z", text[:cut.start()] if cut else text)
        if columns is None and indent is not None and not text[:1].isspace() \
                and side_by_side(" " * len(indent.group(1)) + (text[:cut.start()] if cut else text)) is not None:
            # the block starts after its first line's indent, the lines under it keep theirs: the columns line up
            # once that indent is put back ("(signed)   (signed)" over " X   Y", both lines indented)
            k = len(indent.group(1))
            return self.find(" " * k + text, offset - k, spans, stops, lines_as_cells)
        if columns is not None:  # two signatures side by side: each column read on its own, a line a cell
            marks = _SIGNED_MARKS.match(text) or _SIGNING_FOR_LINE.match(text)  # ("(Signed)   (Signed)   (Signed)" or
            # "For the Republic of X   For the Kingdom of Y" over the names)
            first_end = offset + text.find("\n", marks.end() if marks else 0)
            read = [self.find(col, offset, spans, stops, True) for col in columns]
            if lines_as_cells and len(columns) == 2 \
                    or all(len(r) == 1 and r[0].end <= first_end and r[0].role.title for r in read):
                rest = self.find(text[cut.start():], offset + cut.start(), spans, stops, lines_as_cells) if cut else []
                return sorted((p for r in [*read, rest] for p in r), key=lambda p: p.start)
        if not lines_as_cells and _SIGNED_NAME.match(text) and text.strip().count("\n") <= 3:
            lines_as_cells = True  # "(Signed) X" over "Ambassador and Permanent Representative": a signature, a line a cell
        spans = self._bodies(spans)
        found: list[PersonMatch] = []
        members: str | None = None  # the body whose list of members goes on over the line break
        office: str | None = None  # a plural label's office, given to the rows listed under it
        above = ""
        rows = logical_lines(text)
        for k, (pos, line) in enumerate(rows):
            line_above, above = above, line
            bracketed = {offset + pos + m.start(): m.group(1) for m in _HONORIFIC_IN_BRACKETS.finditer(line)}
            if bracketed:  # the form of address in brackets is read as no part of the line, then given to the name
                line = _HONORIFIC_IN_BRACKETS.sub(lambda m: " " * len(m.group()), line)
            in_line = self._find_in_line(line, offset + pos, spans, stops, cells=lines_as_cells)
            in_line = [replace(p, honorific=bracketed[p.end]) if p.end in bracketed and p.honorific is None else p
                       for p in in_line]
            if ("\t" in line or _SPACED_CELLS.search(line)) and len(in_line) == 2 and in_line[1].honorific is None \
                    and in_line[0].role.title_span is not None and in_line[1].start >= in_line[0].role.title_span[1] \
                    and not in_line[1].role.title and in_line[1].role.country and not in_line[1].role.organization:
                # "Name<TAB>Position<TAB>Pesa Home (Kenya)": the cell after the position is the delegation, a body
                # with its State in brackets, not a second person
                in_line = in_line[:1]
            if _SPACED_CELLS.search(line) and len(in_line) == 1 and self._names_side_by_side(in_line[0], spans):
                # "Phil Lynch      Madeleine Sinclair": two signatures' names side by side, no name and position
                t = in_line[0].role.title_span
                in_line = [replace(in_line[0], role=Role()),
                           PersonMatch(start=t[0], end=t[1], name=in_line[0].role.title, honorific=None, role=Role(),
                                       form=in_line[0].form)]
            if "\t" in line and in_line and not in_line[0].role.title:
                in_line = self._position_after_delegation(in_line, line, offset + pos, spans, stops)
            if ("\t" in line or _SPACED_CELLS.search(line)) and len(in_line) == 1 and in_line[0].role.country is None:
                in_line = [self._with_delegation_cell(in_line[0], line, offset + pos, spans)]
                if in_line[0].role.country is None:
                    in_line = [self._wrapped_state_cell(in_line[0], line, line_above,
                                                        rows[k + 1][1] if k + 1 < len(rows) else "")]
            in_line, members = self._members_of_body(line, offset + pos, in_line, members)
            in_line, office = self._under_plural_label(line, in_line, office)
            caps = self._in_capitals(line, offset + pos, spans, stops, in_line)
            in_line = sorted([p for p in in_line if not any(c.start == p.start and p.end < c.end for c in caps)] + caps,
                             key=lambda p: p.start)  # ("Mr. ABUKAR" read first, "Mr. ABUKAR DAHIR OSMAN (Somalia):")
            found.extend(in_line)
            found.extend(c for c in self._credited(line, offset + pos, spans)
                         if not any(p.start < c.end and c.start < p.end for p in in_line))
            found.extend(c for c in self._kin(line, offset + pos, spans)
                         if not any(p.start < c.end and c.start < p.end for p in in_line))
            found.extend(c for c in self._addressed(line, offset + pos, spans)
                         if not any(p.start < c.end and c.start < p.end for p in in_line))
            found.extend(c for c in self._contact(line, offset + pos, spans, line_above)
                         if not any(p.start < c.end and c.start < p.end for p in in_line))
            found.extend(c for c in self._questioner(line, offset + pos, spans)
                         if not any(p.start < c.end and c.start < p.end for p in in_line))
        if lines_as_cells and not found:
            found.extend(self._signed_name(text, offset, spans))
        return found

    def _signed_name(self, text: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The name a signed original's mark opens, alone on its line, no role under it ("(Signed) X" closing a
        letter): a plain name of two to four capitalized words (a middle initial allowed) that ends the line."""
        m = re.match(r"\s*" + _SIGNED + r"[ ]+", text)
        if m is None:
            return []
        toks = _tokens(text[m.end():], offset + m.end())
        end = self._name(toks, 0, spans)
        words = [t.text for t in toks[:end]]
        if not 2 <= end <= 4 or end < len(toks) and not toks[end].nl or not all(
                _is_initial(w) and 0 < x < end - 1 or any(ch.islower() for ch in w) and not w.endswith(".")
                for x, w in enumerate(words)) or not self._clean_name(words) \
                or any(s < toks[end - 1].end and toks[0].start < e for s, e, _ in spans):
            return []
        return [self._match(toks, 0, end, None, Role(), "signature")]

    def _questioner(self, line: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The journalist a transcript's question label names ("Question - Mari Tamm, ERR News: ...", "Question
        (Battulga Erdene, Montsame news agency): ...") and the speaker a label names with the outlet in brackets or
        in brackets after it ("Rahmat Hidayat (Antara): ...", "Radio FM Liberté (Hassane Mahamat Abakar): ..."): a
        plain name of two to four words (a middle initial allowed) closed by the comma or the bracket; where both the
        label and its brackets read as names ("Radio Tchad Nouvelle (Moussa Mahamat)"), neither is taken."""
        starts: list[tuple[int, tuple[str, ...]]] = []
        m = _QUESTION_LABEL.match(line)
        if m is not None and ":" in line[m.end():]:
            starts.append((m.end(), (",",)))
        colon = _QUESTION_COLON.match(line) if m is None else None
        if colon is not None:  # "Question: X, Outlet. Is ...?": the outlet, closed by a full stop, is the asker's body
            starts.append((colon.end(), (",",)))
        by_outlet = _QUESTION_OUTLET_NAME.match(line)
        if by_outlet is not None and (m is None or by_outlet.end() > m.end()):
            starts.append((by_outlet.end(), (")",)))  # ("Question (Nikkei Asia, X Y):": the name after the outlet,
            # when the label's own reading names nobody: "Question (X Y, Montsame news agency):" is read first)
        b = _BRACKETED_SPEAKER.match(line)
        if b is not None and not re.match(_QUESTION_WORD + r"\b", line):  # ("Question (Daily Nation):")
            starts.append((b.start(1), ("(",)))
            if any(ch.islower() for ch in b.group(1)):  # (a label in capitals is a role: "JOURNALIST (X):")
                starts.append((b.start(2), (")",)))
        q = _OUTLET_QUESTION.match(line)
        if not starts and q is not None:  # "X Y, Bhutan Broadcasting Service: What is ...?": a journalist's question
            starts.append((q.start(1), (",",)))
        labelled = len(starts)
        # "X Y (The Dili Weekly) asked about ...", "asked by X Y (GMN TV)": a journalist named with the outlet in brackets
        starts.extend((m.end(), ("(",)) for m in _ASKED_WITH_OUTLET.finditer(line))
        # "Asked by X Y of Kyodo News whether ...": the journalist named with the outlet after "of"
        starts.extend((m.end(), ("of", "from")) for m in _ASKED_BY_OF.finditer(line))
        out: list[PersonMatch] = []
        for n, (a, enders) in enumerate(starts):
            if n == labelled and len(out) != 1:
                out = []  # (a label read twice names nobody)
            if n >= labelled and any(p.start <= offset + a < p.end for p in out):
                continue
            if n == labelled - 1 and by_outlet is not None and starts[n][0] == by_outlet.end() and out:
                continue
            toks = _tokens(line[a:], offset + a)
            end = self._name(toks, 0, spans)
            words = [t.text for t in toks[:end]]
            if not 2 <= end <= 4 or end >= len(toks) or toks[end].text not in enders or not all(
                    _is_initial(w) and 0 < x < end - 1 or any(ch.islower() for ch in w) and not w.endswith(".")
                    for x, w in enumerate(words)) or not self._clean_name(words) \
                    or any(s < toks[end - 1].end and toks[0].start < e for s, e, _ in spans):
                continue
            role = Role()
            if colon is not None and a == colon.end():
                o = _OUTLET_THEN_STOP.match(line, toks[end].start - offset)
                if o is None:
                    continue
                os_, oe = offset + o.start("outlet"), offset + o.end("outlet")
                hit = _entry_exactly(spans, os_, oe)
                role = Role(organization=hit.name if hit is not None and hit.label == "ORG" else o.group("outlet"),
                            org_kind=hit.kind if hit is not None and hit.label == "ORG" else "other", org_span=(os_, oe))
                if hit is not None and hit.label != "ORG":
                    continue  # ("Question: X, Geneva.": a place, no outlet)
            out.append(self._match(toks, 0, end, None, role, "speaker_line"))
        return out if len(out) == 1 or len(starts) > labelled else []

    def _names_side_by_side(self, p: PersonMatch, spans: Sequence[GazetteerSpan]) -> bool:
        """Whether the position cell read after a name with no form of address is another name: two to four
        capitalized words of a name, no title, body, place or State among them ("Phil Lynch   Madeleine Sinclair")."""
        t = p.role.title_span
        if p.honorific is not None or t is None or p.role.country or p.role.organization or t[0] - p.end < 3:
            return False
        words = (p.role.title or "").split()
        return 2 <= len(words) <= 4 and not self.is_title(p.role.title) and all(
            _name_like(w) and not _is_initial(w) and w not in self.title_words and w not in ORG_KEYWORDS
            and w not in _NOT_NAME for w in words) and not any(t[0] < b and a < t[1] for a, b, _ in spans)

    def _addressed(self, line: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The people an e-mail's header line names ("From: Valeria Montes Ibarra <...>", "Cc: Karin Lindqvist-Ahl
        (EEAS AFRICA.2); Jean-Baptiste Mouton (EEAS ISP.2)", "Cc: Rethabile Nthunya"): each item between semicolons
        that opens with a name of two to four words, ending the item or followed by an address in angle brackets,
        a bracket or a comma (whose role is read as after any name). A list, a body or a role is no name."""
        m = _HEADER_LINE.match(line)
        if m is None:
            return []
        out: list[PersonMatch] = []
        for item in re.finditer(r"[^;]+", line[m.end():]):
            a = m.end() + item.start()
            toks = _tokens(item.group(), offset + a)
            if len(toks) < 2 or toks[0].start in {s for s, _, _ in spans}:
                continue
            end = self._name(toks, 0, spans)
            last = None  # "From: Gabriela Ríos Montenegro <...>": a State's or a place's name as the last family name
            if 2 <= end <= 3 and end < len(toks) and (end + 1 == len(toks) or toks[end + 1].text.startswith("<")):
                last = _entry_exactly(spans, toks[end].start, toks[end].end)
                if last is not None and last.label in ("COUNTRY", "LOCATION") and _name_like(toks[end].text):
                    end += 1
                else:
                    last = None
            words = [t.text for t in toks[:end]]
            if not 2 <= end <= 4 or not all(_name_like(w) and any(ch.islower() for ch in w) and not w.endswith(".")
                                            for w in words) \
                    or not self._clean_name(words) \
                    or any(s < toks[end - 1 - bool(last)].end and toks[0].start < e for s, e, _ in spans) \
                    or any(_common_noun_like(w) for w in words) \
                    or words[-1].endswith("s") and words[-1][:-1].lower().split("-")[-1] in self._lower_titles:
                continue  # ("From: Revitalization Co-Facilitators <...>": an abstract noun, a plural office)
            rest = item.group()[toks[end - 1].end - offset - a:].strip()
            if rest and rest[0] not in "<(,":
                continue
            role = Role()
            if end < len(toks) and toks[end].text in ("(", ","):
                role = self._after_name(toks, end, spans, require_title=False)[0] or Role()
            out.append(self._match(toks, 0, end, None, role, "speaker_line"))
        return out

    def _in_capitals(self, line: str, offset: int, spans: Sequence[GazetteerSpan], stops: frozenset[int],
                     found: list[PersonMatch]) -> list[PersonMatch]:
        """The people a line names in capitals ("BY MR. HAIDER AL-SAMARRAIE-NAJJAR, MINISTER PLENIPOTENTIARY, ...",
        "BY FARHAN HAQ, DEPUTY SPOKESPERSON FOR ...", "PRIME MINISTER OF BARBADOS, THE HON. MIA AMOR MOTTLEY:"): the
        line is read again with its runs of words in capitals written in title case (:func:`_cased`), and a person
        found there whose name is written in capitals is kept when a form of address or a role comes with the name
        (a bare run of capitals is a heading's words as often as a name). Name, honorific and title are given as
        written, in capitals."""
        cased = _cased(line)
        if cased is None:
            return []
        out: list[PersonMatch] = []
        for p in self._find_in_line(cased, offset, spans, stops):
            a, b = p.start - offset, p.end - offset
            written = line[a:b]
            if any(ch.islower() for ch in written) or sum(len(w.strip(".,;:")) > 1 for w in written.split()) < 2 \
                    or not _addresses(p.honorific) and not p.role.title \
                    and not (p.form == "parenthesis" and (p.role.country or p.role.organization)) \
                    or any(q.start < p.end and p.start < q.end and not (
                        q.start == p.start and q.end < p.end and q.name.isupper() and q.role == Role()) for q in found) \
                    or any(w.strip(".,;:") in self._upper_words or self.g.lookup(w.strip(".,;:").title()) is not None
                           or self.g.is_not_entity(w.strip(".,;:").title()) or w.strip(".,;:").title() in self.g.demonyms
                           for w in written.split()):
                continue
            role = p.role
            honorific = p.honorific
            h = cased.rfind(honorific, 0, a) if honorific else a
            if honorific and (h < 0 or cased[h + len(honorific):a].strip()):
                h = -1
            if not role.title and h >= 0:
                # "PRIME MINISTER OF BARBADOS, THE HON. MIA AMOR MOTTLEY:": the role written before the name
                before = self.role_before(cased, offset, offset + h, spans, [(q.start, q.end) for q in found])
                if before is not None and before.title:
                    role = replace(before, country=before.country or role.country,
                                   organization=before.organization if before.organization or before.country
                                   else role.organization)
            if role.title and role.title_span is not None:
                ta, tb = role.title_span[0] - offset, role.title_span[1] - offset
                if 0 <= ta < tb <= len(line) and "\n" in line[ta:tb]:
                    continue  # ("NATIONS UNIES - GUINÉE" over a line of the letterhead: no role runs over the break)
                if 0 <= ta < tb <= len(line) and cased[ta:tb].split() == role.title.split():
                    cut = line.find(": ", ta, tb)  # "FREITAS, MINISTER FOR ... COOPERATION: Good afternoon"
                    tb = cut if cut > ta else tb
                    role = replace(role, title=" ".join(line[ta:tb].split()),
                                   title_span=(offset + ta, offset + tb))
            if role.org_span is not None:
                # a body no gazetteer knows, read from the words in title case: left out (the later readings of a
                # body's name and of the States inside it read its words as written)
                role = replace(role, organization=None, org_kind=None, org_span=None)
            if honorific and h >= 0:
                honorific = line[h:h + len(honorific)]
            out.append(replace(p, name=" ".join(written.split()), honorific=honorific, role=role))
        return out

    def _under_plural_label(self, line: str, in_line: list[PersonMatch],
                            carried: str | None) -> tuple[list[PersonMatch], str | None]:
        """The office a plural label names ("Vice-Presidents:<TAB>Mr. X (Chile)") for the rows listed under it, their
        first cell empty ("<TAB>Ms. Y (Georgia)"): each person's title as written, until a row with a label of its own."""
        m = _PLURAL_LABEL.match(line)
        if m is not None:
            office = m.group(1)
            # the office goes on only when the label row's person took it ("Members:<TAB>Bahrain<TAB>Mr. X":
            # a delegation cell between the label and the name, no title)
            return in_line, office if len(in_line) == 1 and in_line[0].role.title == office \
                and self._title_re.fullmatch(office[:-1]) else None
        if carried is None or not _EMPTY_FIRST_CELL.match(line) or len(in_line) != 1:
            return in_line, None
        p = in_line[0]
        if p.role.title:
            return in_line, carried if p.role.title == carried else None  # a row given the office already
        return [replace(p, role=replace(p.role, title=carried, title_span=None))], carried

    def under_label(self, line: str, in_line: list[PersonMatch],
                    carried: str | None) -> tuple[list[PersonMatch], str | None]:
        """The rows of a table, a line each, as segment makes them blocks of their own: ``line`` is the
        whole line of the text (its empty first cell kept), ``in_line`` the people found on it and
        ``carried`` the office of the plural label above (see ``_under_plural_label``); returns the
        people with the office given and the office for the next line."""
        return self._under_plural_label(line, in_line, carried)

    def _contact_lines(self, line: str, offset: int, toks: list[_Tok], spans: Sequence[GazetteerSpan],
                       above: str) -> list[PersonMatch]:
        """The person a contact line names first: after a contact label on the line ("Media contact: X Y, Unit"), on
        the line under that label alone ("Media contact:" over "X Y, Title"), or opening a line (after a body's label:
        "Ministry of Health: X Y, +676 ...") that holds a telephone number or an e-mail address ("X Y, OSCE PA, +45
        ...", "X Y | MSF Press Office | +41 ..."): a plain name of two to four words closed by a comma, a bar or the
        line's end."""
        out: list[PersonMatch] = []
        starts = [x for x, t in enumerate(toks) if x == 0 or t.nl]
        for n, x in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(toks)
            ls = toks[x].start - offset
            le = toks[stop - 1].end - offset
            text = line[ls:le]
            before = line[toks[starts[n - 1]].start - offset:toks[x - 1].end - offset] if n else above
            colon = next((k for k in range(x, min(stop, x + 8)) if toks[k].text.endswith(":")), None)
            label = line[ls:toks[colon].end - offset] if colon is not None else ""
            if "," in label and not _CONTACT_LABEL.fullmatch(label):
                label, colon = "", None  # "X Y, ICRC Kathmandu, tel.: +977 ...": the colon closes a label after the name
            if label and _CONTACT_LABEL.fullmatch(label) and not _CONTACT_MARK.search(label):
                i = colon + 1
                closed = False
            elif not label and _CONTACT_LABEL.fullmatch(before.strip()):
                i, closed = x, False
            elif _CONTACT_MARK.search(text) and (not label or colon - x <= 4 and all(
                    t.text[:1].isupper() or t.text.islower() and len(t.text) <= 3 for t in toks[x:colon + 1])):
                i, closed = (colon + 1 if label else x), True
            else:
                continue
            if i >= stop or not _name_like(toks[i].text):
                continue
            end = self._name(toks, i, spans)
            if not 2 <= end - i <= 4 or not (end < stop and toks[end].text == "," or not closed and end == stop) \
                    or not self._plain_name(toks, i, end, spans):
                continue
            role = Role()
            if end < stop and toks[end].text == ",":
                role = self._after_name(toks, end, spans, require_title=False)[0] or Role()
            out.append(self._match(toks, i, end, None, role, "speaker_line"))
        return out

    def _contact(self, line: str, offset: int, spans: Sequence[GazetteerSpan], above: str = "") -> list[PersonMatch]:
        """The person a contact line names before an e-mail address ("In Dakar, X Y, xy@unhcr.org, +221 ..."): a
        name of two to four words between a comma (or the line's start) and the comma before the address; the
        writer a byline names ("By X Y, IOM Mauritania"); and a witness described before the verb of saying."""
        toks = _tokens(line, offset)
        out: list[PersonMatch] = []
        label = _STORY_CREDIT.match(line)
        first = 1 if len(toks) > 2 and toks[0].text == "By" else next(
            (x for x, t in enumerate(toks) if t.start >= offset + label.end()), 0) if label else 0
        if first and len(toks) > first + 1 and _name_like(toks[first].text):
            # a story's byline ("By Aminata Diallo, IOM Mauritania", "By Renée Alleyne", "Story and photos: X, Y"):
            # the writer
            end = self._name(toks, first, spans)
            if 2 <= end - first <= 4 and (end == len(toks) or toks[end].text in (",", "|")) \
                    and self._plain_name(toks, first, end, spans):
                role = Role()
                if end < len(toks) and toks[end].text == ",":
                    role = self._after_name(toks, end, spans, require_title=False)[0] or Role()
                out.append(self._match(toks, first, end, None, role, "speaker_line"))
        for i in range(len(toks) - 4):
            # a story's witness named first in the sentence, described, then quoted ("Aizada Toktosunova, a cook at
            # School No. 3 for eleven years, said ...", "X, a mother of three who walked ..., told IOM ...")
            if not (i == 0 or toks[i].nl or toks[i - 1].text.endswith((".", "!", "?", ":")) and toks[i - 1].text[-2:-1].islower()):
                continue
            end = self._name(toks, i, spans)
            if not 2 <= end - i <= 4 or end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].text not in ("a", "an"):
                continue
            k = end + 2
            while k < len(toks) and k - end < 40 and not (toks[k].text.endswith(".") and toks[k].text[:-1].islower()) \
                    and not (toks[k - 1].text == "," and toks[k].text in SPEECH_VERBS):
                k += 1
            if k >= len(toks) or toks[k - 1].text != "," or toks[k].text not in SPEECH_VERBS \
                    or not self._plain_name(toks, i, end, spans):
                continue
            out.append(self._match(toks, i, end, None, Role(), "speaker_line"))
        out.extend(p for p in self._contact_lines(line, offset, toks, spans, above) if not any(
            q.start < p.end and p.start < q.end for q in out))
        if "@" not in line:
            return out
        for k, t in enumerate(toks):
            if k < 2 or not _EMAIL.fullmatch(t.text) or toks[k - 1].text != ",":
                continue
            i = k - 1
            while i > 0 and toks[i - 1].text != "," and not toks[i].nl and k - i <= 5:
                i -= 1
            if i > 0 and toks[i - 1].text != "," and not toks[i].nl:
                continue
            if self._name(toks, i, spans) != k - 1 or not 2 <= k - 1 - i <= 4:
                continue
            if not self._plain_name(toks, i, k - 1, spans):
                continue
            out.append(self._match(toks, i, k - 1, None, Role(), "speaker_line"))
        return out

    def _plain_name(self, toks: list[_Tok], i: int, end: int, spans: Sequence[GazetteerSpan]) -> bool:
        """Whether ``toks[i:end]`` read as a personal name written plainly, as a contact line, a byline or a
        witness's introduction writes it: each word in mixed case with no closing stop, a clean name, and no
        gazetteer match over it."""
        words = [t.text for t in toks[i:end]]
        return all(any(ch.islower() for ch in w) and not w.endswith(".") for w in words) and self._clean_name(words) \
            and not any(s < toks[end - 1].end and toks[i].start < e for s, e, _ in spans)

    def _kin(self, line: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The relative a story names after a possessive and a noun of kinship ("Her husband Besnik now helps", "Her
        son Tebano left"): one to three capitalized words of a name, no title, body, place or State among them,
        followed by a small word or a stop."""
        out: list[PersonMatch] = []
        for m in _KIN.finditer(line):
            toks = _tokens(line[m.end():], offset + m.end())
            end = self._name(toks, 0, spans)
            words = [t.text for t in toks[:end]]
            if not 1 <= end <= 3 or not all(w[:1].isupper() and w[1:].rstrip(".,").islower() for w in words) \
                    or not self._clean_name(words) or any(s < toks[end - 1].end and toks[0].start < e for s, e, _ in spans) \
                    or end < len(toks) and not (toks[end].text in (",", ";") or toks[end].text[:1].islower()):
                continue
            out.append(self._match(toks, 0, end, None, Role(), "speaker_line"))
        return out

    def _credited(self, line: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The photographer a credit line names ("© UNAIDS/Tsepo Dlamini", "Photo: UNDP Suriname/Ravi Bhagwandin -
        A miner ...", a caption ending "MINUSCA/Leonel Grothe"): the last part after a slash, on a line that says
        it is a credit. A single word ("© UNICEF/Arboleda"), a body or a place there is no person's name."""
        out: list[PersonMatch] = []
        marks = [m.start() for m in _CREDIT_LINE.finditer(line)]
        if not marks:
            return out
        for m in _CREDIT_NAME.finditer(line):
            if not any(x < m.start() and "\n" not in line[x:m.start()] for x in marks):
                continue
            words = m.group("name").split()
            while words and words[-1].lower() in NAME_PARTICLES:
                words.pop()
            if len(words) < 2 or not all(
                    w.lower() in NAME_PARTICLES and 0 < x < len(words) - 1
                    or w[:1].isupper() and any(ch.islower() for ch in w) and not w.endswith((".", "-"))
                    for x, w in enumerate(words)):
                continue
            name = " ".join(words)
            start = offset + m.start("name")
            end = start + len(line[m.start("name"):].split(words[-1], 1)[0]) + len(words[-1])
            if " ".join(line[m.start("name"):end - offset].split()) != name or any(
                    s < end and start < e for s, e, _ in spans) or self.g.lookup(name) is not None \
                    or any(w in self.title_words or w in ORG_KEYWORDS for w in words):
                continue
            out.append(PersonMatch(start=start, end=end, name=name, honorific=None, role=Role(), form="credit"))
        return out

    def _members_of_body(self, line: str, offset: int, in_line: list[PersonMatch],
                         carried: str | None) -> tuple[list[PersonMatch], str | None]:
        """The people listed as a body's members after it is named ("The Court was composed of: Justice X,
        President; Justices Y, Z and W; and V, Registrar.", "The members of the Working Group are: X (Italy),
        Chair-Rapporteur; Y (Poland), Vice-Chair; Z (Guinea-Bissau)."): a name listed there without an honorific
        of its own (after a plural, "Justices") is a person all the same. Which body they belong to is the
        document view's to say (``_members_listed`` in extract.py, where the body named in full is known).
        ``carried`` is the body of a list that went on past the end of the line before; returned, the body when
        this line's list goes on."""
        m = _MEMBERS_INTRO.search(line)
        if m is not None:
            body = m.group("body") or m.group("body2") or m.group("body3")
            if body.split()[-1] not in SHORT_BODY_HEADS and body.split()[-1] not in ("Group", "Panel", "Bureau"):
                return in_line, None
            lead = m.end()
        elif carried is not None:
            body, lead = carried, 0
        else:
            return in_line, None
        rest = line[lead:]
        stop = next((d for d in re.finditer(r"(\S*)\.(?=\s+[A-Z]|\s*$)", rest)
                     if not re.fullmatch(r"[A-Z]", d.group(1)) and d.group(1) + "." not in self._honorifics
                     and d.group(1) not in self._honorifics), None)  # a sentence's stop, not an initial's or a "Ms."
        a = offset + lead
        b = a + (stop.end() - 1 if stop else len(rest))
        out = list(in_line)
        taken = [(p.start, p.end) for p in in_line]
        for piece in re.finditer(r"(?:(?<![\w-])and\s+)?((?:(?<![\w-])(?!and\s)[^,;()\s]+\s*)+)", line[lead:b - offset]):
            words = piece.group(1).split()
            if words and words[0] in _PLURAL_HONORIFICS:
                words = words[1:]
            if not 2 <= len(words) <= 5 or not any(_name_like(w) and w[1:].islower() for w in words) \
                    or not all(_name_like(w) or w.isupper() and w.isalpha() and len(w) >= 3 for w in words) \
                    or sum(len(w.rstrip(".")) > 1 for w in words) < 2 or not self._clean_name(words):
                continue
            start = offset + lead + piece.start() + piece.group().index(words[0])
            end = start + len(" ".join(words))
            if line[start - offset:end - offset] != " ".join(words) or any(s < end and start < e for s, e in taken):
                continue
            out.append(PersonMatch(start=start, end=end, name=" ".join(words), honorific=None,
                                   role=Role(), form="speaker_line"))
        goes_on = stop is None and bool(re.search(r"[;,]\s*$", line))  # "...; and" at the end goes on too
        return sorted(out, key=lambda p: p.start), body if goes_on or re.search(r"\band\s*$", line) else None

    def find_in_row(self, text: str, offset: int, spans: Sequence[GazetteerSpan]) -> list[PersonMatch]:
        """The people of one table row whose last cell runs over several lines (see :func:`table_row`):
        the row is read as one line."""
        spans = self._bodies(spans)
        text = re.sub(r"\n[\t ]+", lambda m: "\n" + " " * (len(m.group()) - 1), text)  # (tabs indenting a wrapped
        # cell, "<TAB><TAB><TAB><TAB>and Cooperation", are its indent, not empty cells)
        return self._find_in_line(text, offset, spans, wrapped=True)

    def _with_delegation_cell(self, p: PersonMatch, line: str, offset: int, spans) -> PersonMatch:
        """In a table row, a cell that is only a State or a body is the delegation ("Kenya<TAB>Mr. X<TAB>...")."""
        for m in re.finditer(r"[^\t]+?(?=\t|(?<=\S)[ ]{3,}(?=\S)|$)", line):
            cell = m.group()
            core = cell.strip()
            s = offset + m.start() + (len(cell) - len(cell.lstrip()))
            if len(core) > 2 and core[0] == "(" and core[-1] == ")" and "(" not in core[1:-1]:
                s, core = s + 1, core[1:-1].strip()  # "President:<TAB>Ms. X<TAB>(Chile)": the State in brackets in its cell
            entry = _entry_exactly(spans, s, s + len(core)) if core else None
            if entry is None and core.startswith(("the ", "The ")):
                entry = _entry_exactly(spans, s + 4, s + len(core))
            if entry is None or entry.label not in ("COUNTRY", "ORG") or entry.label == "ORG" and p.role.organization:
                continue
            if entry.label == "COUNTRY":
                return replace(p, role=replace(p.role, country=entry.code))
            return replace(p, role=replace(p.role, organization=entry.name, org_kind=entry.kind))
        return self._body_cell(p, line, offset, spans)

    def _position_after_delegation(self, in_line: list[PersonMatch], line: str, offset: int, spans,
                                   stops: frozenset[int]) -> list[PersonMatch]:
        """In a table row "Name<TAB>Delegation<TAB>Position" (a "Speaker / Delegation / Position" table), the cell
        after the delegation is the position: the row read without the delegation cell, which then gives the
        State (or the body, when the position names none)."""
        p = in_line[0]
        cell = re.match(r"[ ]*\t[ ]*([^\t]+?)[ ]*\t[ ]*(?=\S)", line[p.end - offset:])
        if cell is None:
            return in_line
        a, b = p.end + cell.start(1), p.end + cell.end(1)
        entry = _entry_exactly(spans, a, b)
        if entry is None or entry.label not in ("COUNTRY", "ORG"):
            return in_line
        blank = line[:a - offset] + " " * (cell.end() - cell.start(1)) + line[p.end - offset + cell.end():]
        read = self._find_in_line(blank, offset, spans, stops)
        if not read or read[0].start != p.start or not read[0].role.title:
            return in_line
        q = read[0]
        if entry.label == "COUNTRY":
            role = replace(q.role, country=q.role.country or entry.code)
        elif q.role.organization is None:
            role = replace(q.role, organization=entry.name, org_kind=entry.kind)
        else:
            role = q.role
        return [replace(q, role=role)] + [r for r in read[1:] if r.start >= b]

    def _wrapped_state_cell(self, p: PersonMatch, line: str, above: str, below: str = "") -> PersonMatch:
        """In a table row, a State's name wrapped in its first cell, begun alone on the line above at the same
        indent ("   United Republic" / "   of Tanzania       Hon. X, Minister ..."), or ended alone on the line below
        ("Sao Tome and      Ms. X     Coast Guard liaison officer" / "Principe"): that State is the delegation."""
        m = re.match(r"([ \t]*)((?:of|and|the)\s+\S[^\t]*?)(?=\t|[ ]{3,}\S)", line)
        a = re.match(r"([ \t]*)(\S.*?)\s*$", above)
        if m is None and below:
            m = re.match(r"([ \t]*)(\S[^\t]*?\s(?:of|and|the))(?=\t|[ ]{3,}\S)", line)
            a = re.match(r"([ \t]*)(\S.*?)\s*$", below)
            if m is not None and a is not None and "\t" not in a.group(2) and not _SPACED_CELLS.search(a.group(2)):
                m, a = a, m  # the cell's end below, its start in the row
        if m is None or a is None or a.group(1) != m.group(1) or "\t" in a.group(2) or _SPACED_CELLS.search(a.group(2)):
            return p
        entry = self.g.lookup(a.group(2) + " " + m.group(2).strip())
        if entry is None or entry.label != "COUNTRY":
            return p
        return replace(p, role=replace(p.role, country=entry.code))

    def _body_cell(self, p: PersonMatch, line: str, offset: int, spans) -> PersonMatch:
        """In a table row "Name<TAB>Position<TAB>Body", the cell after the position names the body the person
        is with, also when no gazetteer knows it ("Tax Justice Network Africa")."""
        if p.role.organization is not None or p.role.title_span is None:
            return p
        for m in re.finditer(r"[^\t]+?(?=\t|(?<=\S)[ ]{3,}(?=\S)|$)", line):
            core = m.group().strip()
            s = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
            if s < p.role.title_span[1]:
                continue
            m_state = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", core)
            if m_state is not None:
                inner = s + core.index("(") + 1
                if any(a == inner and b == inner + len(m_state.group(2)) and e.label == "COUNTRY" for a, b, e in spans):
                    core = m_state.group(1)  # "Pesa Home (Kenya)": a body, with the State it is based in
            words = core.split()
            if not 1 <= len(words) <= 8 or not all(_name_like(w) or w in ("of", "for", "and", "the", "on", "&")
                                                  for w in words) or not words[-1][:1].isupper() \
                    or self.is_title(core) or self.g.is_not_entity(core) \
                    or any(w.endswith(",") for w in words) \
                    or any(a <= s and s + len(core) <= b and e.label in ("COUNTRY", "LOCATION") for a, b, e in spans):
                return p
            return replace(p, role=replace(p.role, organization=core, org_kind="other", org_span=(s, s + len(core))))
        return p

    def _capitals_speaker(self, toks: list[_Tok], i: int, spans) -> int | None:
        """The end of a name written in capitals that opens a speaker's line, its role in brackets before the
        colon ("JENS LAERKE (Office for the Coordination of Humanitarian Affairs):"): the words of such a name
        may be as short as an acronym's. None unless the line has that form and no word is a known name or
        one of the word lists' (an outlet, "GMA NEWS (X):", is no person)."""
        if i != 0:
            return None
        j = i
        while j < len(toks) and j - i < 5 and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+", toks[j].text):
            j += 1
        if not 2 <= j - i <= 4 or j >= len(toks) or toks[j].text != "(":
            return None
        close = next((x for x in range(j + 1, min(len(toks), j + 32)) if toks[x].text == ")"), None)
        if close is None or close + 1 >= len(toks) or not toks[close + 1].text.startswith(":"):
            return None
        words = [t.text.rstrip(".") for t in toks[i:j]]
        if any(w in self._upper_words or w.title() in self._honorifics or w.title() + "." in self._honorifics
               or self.g.lookup(w) is not None or self.g.is_not_entity(w) or w.title() in self.g.demonyms
               for w in words) or self.g.lookup(" ".join(words)) is not None \
                or any(toks[i].start <= s < toks[j - 1].end for s, _, _ in spans):
            return None
        return j

    def _hansard_speaker(self, toks: list[_Tok], i: int, spans) -> PersonMatch | None:
        """A speaker's label opening a transcript's line in capitals, a form of address and initials before the
        surname, closed by the Hansard dash or a colon ("HON. A.K. NAIDU.- Thank you", "COL. S. TUILAGI-KABA.-
        Madam", "DR. J. MWANGI: Yes"). The mention is the surname alone, so that it joins the person the text
        names in full ("Hon. Amelia Koroi Naidu" in the list of members); the initials, which the form of a name
        in full does not show, are left out. None unless the line has that form, with initials or a known form of
        address, and the surname is no title, body or known name."""
        j = i
        honorific: list[str] = []
        while j < len(toks) and j - i < 3 and re.fullmatch(r"[A-Z][A-Z.-]*[A-Z]\.", toks[j].text) \
                and not _is_initial(toks[j].text):
            honorific.append(toks[j].text)
            j += 1
        initials = j
        while j < len(toks) and _is_initial(toks[j].text):
            j += 1
        if j >= len(toks) or j - initials > 2 or j == initials and not (honorific and all(
                h.title() in self._honorifics or h.title() in self.g.honorifics for h in honorific)):
            return None  # ("BRIG.-GEN. P. X.-": a rank in capitals no list has, before initials)
        m = re.fullmatch(r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ])(\.[-–—]|:)", toks[j].text)
        if m is None:
            return None
        surname = m.group(1)
        if m.group(2) == ":" and not honorific:
            return None  # "U.S. ARMY:": initials alone before a colon may be a State's or a body's
        if surname in self._upper_words or self.g.lookup(surname.title()) is not None or self.g.lookup(surname) is not None \
                or self.g.is_not_entity(surname.title()) or surname.title() in self.g.demonyms \
                or any(toks[j].start <= a < toks[j].start + len(surname) for a, _, _ in spans):
            return None
        start = toks[j].start
        return PersonMatch(start=start, end=start + len(surname), name=surname,
                           honorific=" ".join(honorific) or None, role=Role(), form="speaker_line")

    def _capitals_label_before(self, toks: list[_Tok], i: int, name_end: int) -> tuple[str, tuple[int, int]] | None:
        """The office written in capitals opening a speaker's line, before a bracket that holds only the name and
        the colon after it ("DIRECTOR GENERAL FOR PROTECTION OF MEXICANS ABROAD (Tomás Aguirre Medina):",
        "SPOKESPERSON (Ana López Ruiz):"), as written, with its span. None unless every word before the bracket
        is in capitals and they name a title (not "QUESTION", an outlet or an occupation: "JOURNALIST (X):")."""
        if i < 2 or toks[i - 1].text != "(" or name_end + 1 >= len(toks) or toks[name_end].text != ")" \
                or not toks[name_end + 1].text.startswith(":") or any(t.nl for t in toks[1:i]) or i - 1 > 10:
            return None
        words = [t.text for t in toks[:i - 1]]
        if not all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*", w) or w in ("OF", "FOR", "AND", "THE") for w in words):
            return None
        phrase = " ".join(words)
        titled = " ".join(w if w in ("OF", "FOR", "AND", "THE") else w.title() for w in words)
        if not self._title_re.match(titled) or titled.split()[0].lower() in _OCCUPATIONS:
            return None
        return phrase, (toks[0].start, toks[i - 2].end)

    def is_title(self, s: str) -> bool:
        return bool(self._title_re.search(s))

    # -- line scanner ---------------------------------------------------------------------
    def _find_in_line(self, line: str, offset: int, spans: Sequence[GazetteerSpan],
                      stops: frozenset[int] = frozenset(), wrapped: bool = False, cells: bool = False) -> list[PersonMatch]:
        m = _LINE_MARKER.match(line)
        skip = m.end() if m else 0
        toks = _tokens(line[skip:], offset + skip)
        if wrapped:  # the line breaks are wraps inside a cell
            toks = [replace(t, nl=False) for t in toks]
        elif cells:  # each line a cell of its own (a signature: name, title, body on lines of their own)
            toks = [x for t in toks for x in ((_Tok(",", t.start, t.start, True), t)
                                              if t.nl and t.text != "," and toks.index(t) > 0
                                              and t.text != "of" else (t,))]  # (a line opening with "of" goes
            # on with the cell above: "Ambassador and Permanent Representative" / "of the Republic of Estonia")
        toks, meeting_parts = _without_meeting_part(toks)
        starts = {s: e for s, e, _ in spans}
        ends = {e for _, e, _ in spans}
        out: list[PersonMatch] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            hon_here = self._honorific_run(toks, i)
            city = i > 0 and toks[i - 1].text == "," and hon_here == i and tok.start in starts and any(
                s == tok.start and e == tok.end and x.label == "LOCATION" and x.place_type == "city" for s, e, x in spans) \
                and self._place_inside_name(toks, i, (tok.start, tok.end, next(x for s, e, x in spans if s == tok.start)),
                                            set(starts), last_words=2)
            # ("the President of Paraguay, Santiago Peña;": a city's name that is a given name, after a comma)
            if tok.start in starts and not city and (hon_here == i or starts[tok.start] > toks[hon_here - 1].end):
                # a gazetteer name ("General Assembly", "Spain") is never the start of a person
                i = _index_at_or_after(toks, starts[tok.start], i + 1)
                continue
            hon_end = self._honorific_run(toks, i)
            if hon_end > i and i > 0 and toks[i - 1].text + " " + toks[i].text in self._titles:
                hon_end = i  # "Secretary General Jürgen Stock": "General" ends a title here, it is no rank
            elif hon_end == i + 1 and i > 1 and toks[i - 1].text in ("of", "for") and tok.text in _PORTFOLIO_WORDS \
                    and toks[i - 2].text in self.title_words:
                i += 1  # "Deputy Minister of Justice Dariusz Mazur": a portfolio ends the title, it is no honorific
                continue
            elif hon_end == i + 1 and tok.text in _NAME_HONORIFICS and i > 0 and not tok.nl \
                    and _name_like(toks[i - 1].text) and not toks[i - 1].text.isupper() \
                    and not toks[i - 1].text.endswith((".", ":", "'s", "’s")) and toks[i - 1].text not in self.title_words \
                    and not self._honorific_at(toks, i - 1) and toks[i - 1].text not in _NOT_NAME \
                    and (i == 1 or toks[i - 1].nl or not toks[i - 2].text[:1].isupper()):
                i += 1  # "Khalil Haji Murad opens ...": a style inside a name after its given name opens no name
                continue
            elif hon_end == i + 1 and self.rank_word_in_portfolio(toks, i):
                i += 1  # "Minister of Development Cooperation and Major Cities, on behalf of ...": a rank's word opens
                continue  # the portfolio's last field, no honorific before a one-word name
            if hon_end > i:
                parts = self._honorific_parts(toks, i, hon_end)
                # a title used like an honorific ("Council President X") is left to role_before
                while parts and " ".join(t.text for t in toks[parts[-1][0]:parts[-1][1]]) in self.g.title_first:
                    parts.pop()
                lead = 0
                while lead < len(parts) - 1 \
                        and " ".join(t.text for t in toks[parts[lead][0]:parts[lead][1]]) in self.g.title_first:
                    lead += 1  # "Prime Minister Sheikh Hasina": the title goes to role_before, "Sheikh" is the honorific
                whole = next((x for x in range(len(parts) - 1) if " ".join(
                    t.text for t in toks[parts[x][0]:parts[-1][1]]) in self._titles), None)
                if whole is not None:
                    parts = parts[:whole]  # "Commissioner General X": two honorifics that are one title together
                honorific = _text(toks, parts[min(lead, len(parts) - 1)][0], parts[-1][1]) if parts else None
                name_end = self._name(toks, hon_end, spans, after_honorific=True)
                style = self._ruler_style(toks, i, hon_end, name_end, spans) if parts else None
                if style is not None:
                    # "His Majesty Sultan Haji Hassanal Bolkiah": a ruler's style between two forms of address
                    hon_end, name_end = style
                    honorific = " ".join(t.text for t in toks[parts[min(lead, len(parts) - 1)][0]:hon_end])
                if name_end > hon_end and name_end < len(toks) and name_end - hon_end < 6 \
                        and toks[name_end].text.endswith(":") and _name_like(toks[name_end].text[:-1]) \
                        and toks[name_end].text[:-1] not in self.title_words and toks[name_end].text[:-1] not in ORG_KEYWORDS:
                    name_end += 1  # "Mr. Ruiz Massieu: Since my last briefing ...": a speaker's name ends at the colon
                if name_end > hon_end and self._plausible_with_honorific(toks, i, hon_end, name_end, spans):
                    role, after = self._after_name(toks, name_end, spans, require_title=True, stops=stops)
                    if role is not None and role.title and self._next_persons_title(toks, hon_end, name_end, spans) \
                            and self.role_before(line, offset, toks[hon_end].start, spans, [(m.start, m.end) for m in out]):
                        role, after = None, name_end  # "Deputy Prime Minister X, Director of the Office of Y, and ..."
                    if role is None and name_end < len(toks) and "\n" in line[toks[name_end - 1].end - offset:
                                                                            toks[name_end].start - offset]:
                        # "Ms. Jane Doe" on one line, "Director, Counter-Terrorism Centre, Kenya" on the next
                        role, after = self._role(toks, name_end, spans, stops=stops)
                    code = self.g.demonyms.get(toks[i - 1].text) if i > 0 and honorific else None
                    if code is not None and is_state_office(honorific) and (role is None or role.country is None
                                                                              and role.organization is None):
                        # "Italian Ambassador X": a State's demonym before an office of that State gives the State
                        role = replace(role or Role(), country=code)
                    out.append(self._match(toks, hon_end, name_end, honorific, role or Role(), "honorific"))
                    i = max(after, name_end)
                    continue
                i = hon_end
                continue
            label = self._hansard_speaker(toks, i, spans) if i == 0 else None
            if label is not None:
                # "HON. A.K. NAIDU.- Thank you": a transcript's speaker label; the surname is the mention
                out.append(label)
                i += 1
                while i < len(toks) and toks[i].end <= label.end:
                    i += 1
                continue
            cap_end = self._capitals_speaker(toks, i, spans)
            if cap_end is not None:
                # "WANJA KAARIA (WFP Country Director, Haiti): ...": a speaker's name in capitals opening the line
                role, after = self._after_name(toks, cap_end, spans, require_title=False, stops=stops)
                if role is not None and (role.title or role.organization or role.country) and after < len(toks) \
                        and toks[after].text.startswith(":"):
                    out.append(self._match(toks, i, cap_end, None, role, "speaker_line"))
                    i = after
                    continue
            if tok.text[:1].isupper() and i > 0 and toks[i - 1].text in ("the", "The") and not _COMPASS.match(tok.text):
                i += 1  # "the Speaker of the Jogorku Kenesh, X": a name after the article names a body, not a person
                continue
            if tok.text[:1].isupper() and i > 1 and toks[i - 1].text in ("of", "for") and _PORTFOLIO_NOUN.fullmatch(tok.text) \
                    and toks[i - 2].text in self.title_words and i + 2 < len(toks) and self._name(toks, i + 1, spans) - i - 1 >= 2:
                i += 1  # "Deputy Prime Minister for Reintegration Oleg Serebrian": the portfolio ends, the name begins
                continue
            if tok.text[:1].isupper() and 1 < i < len(toks) - 2 and toks[i - 1].text in ("and", "&") \
                    and _PORTFOLIO_NOUN.fullmatch(tok.text) and self._portfolio_ends_before(toks, i + 1) and self._name(toks, i + 1, spans) - i - 1 >= 2:
                i += 1  # "Vice-Minister for Economic Relations and Integration Lorena Giménez": the portfolio's last
                continue  # field ends, the name begins
            if tok.text in _PORTFOLIO_WORDS and i > 1 and toks[i - 1].text in _PORTFOLIO_QUALIFIERS \
                    and i + 2 < len(toks) and self._name(toks, i + 1, spans) - i - 1 >= 2:
                i += 1  # "Minister for ... and Foreign Trade Johan Ekström-Lind": the portfolio ends, the name begins
                continue
            if tok.text[:1].isupper() and tok.text.lower() in _OCCUPATIONS and i + 2 < len(toks) \
                    and self._name(toks, i + 1, spans) - i - 1 >= 2:
                i += 1  # "Chief Economist Indermit Gill": the occupation is the role's, the name starts after it
                continue
            if tok.text[:1].isupper() and (i == 0 or not _name_like(toks[i - 1].text) or toks[i - 1].end in ends
                                           or toks[i - 1].text.endswith(("'s", "’s")) and toks[i - 1].end - 2 in ends
                                           or i >= 3 and _PORTFOLIO_NOUN.fullmatch(toks[i - 1].text)
                                           and toks[i - 2].text in ("of", "for") and toks[i - 3].text in self.title_words
                                           or toks[i - 1].text in SENTENCE_GERUNDS
                                           or toks[i - 1].text.lower() in _OCCUPATIONS and tok.text.lower() not in _OCCUPATIONS
                                           or toks[i - 1].text in self.title_words and tok.text not in self.title_words
                                           or "/" in toks[i - 1].text and self._joined_titles(toks[i - 1].text)
                                           or i >= 3 and (toks[i - 1].text in _PORTFOLIO_WORDS or toks[i - 1].text == "Affairs")
                                           and toks[i - 2].text in ("of", "for", "and", "Foreign", "Home", "Internal", "Public")
                                           and tok.text not in self.title_words and tok.text not in ORG_KEYWORDS
                                           and not any(_common_noun_like(t.text) for t in toks[i:i + 3])
                                           or self._portfolio_ends_before(toks, i)):
                # ("State Minister of Finance Eyob Tekle Woldemariam": the portfolio ends, the name begins)
                if i > 0 and toks[i - 1].text in ("the", "The") and _COMPASS.match(tok.text) and i + 1 < len(toks) \
                        and _name_like(toks[i + 1].text):
                    i += 1  # "Regional Director for the North Arbër Gashi": a region, then the name
                    tok = toks[i]
                name_end = self._name(toks, i, spans)
                words = [t.text for t in toks[i:name_end]]
                if name_end - i >= 2 and _ABSTRACT_NOUN.fullmatch(toks[name_end - 1].text.rstrip(".,;:")):
                    i = name_end  # "Minister of Agriculture, Forestry, Fisheries, Rural Transformation, ...": a
                    continue  # portfolio's abstract noun ends no personal name
                k = i - 1
                while k > 0 and toks[k].text[:1].isupper() and not toks[k].nl:
                    k -= 1
                if name_end - i >= 3 and _ABSTRACT_NOUN.fullmatch(toks[i].text) and k < i - 1 and toks[k].text == "the":
                    # "Director of the Police Administration Lazar Šćepanović": a body's abstract noun after its
                    # other words opens no personal name; the name after it has the title written before the body
                    before = self.role_before(line, offset, toks[i + 1].start, spans, [(m.start, m.end) for m in out]) \
                        if self._clean_name(words[1:]) else None
                    if before is not None and before.title:
                        out.append(self._match(toks, i + 1, name_end, None, before, "title_before"))
                        i = name_end
                        continue
                if self._inside_title_before_name(toks, i, name_end, spans):
                    i = name_end  # "ADB Principal Water Resources Specialist Ryutaro Hamano": the words are the title's
                    continue
                if (name_end - i >= 2 and sum(len(w.rstrip(".")) > 1 for w in words) >= 2
                        or name_end - i == 1 and i > 0 and toks[i - 1].text == "," and LINKED_NAME.fullmatch(words[0])) \
                        and self._clean_name(words):
                    role, after = self._after_name(toks, name_end, spans, require_title=True, stops=stops)
                    if role is not None and role.title and self._next_persons_title(toks, i, name_end, spans) \
                            and self.role_before(line, offset, toks[i].start, spans, [(m.start, m.end) for m in out]):
                        # "Foreign Minister X, Director of Police Y, and ...": a list of titles each before its
                        # name; the title after the comma is the next person's, this one's is written before
                        role, after = None, name_end
                    if role is not None and role.title and any(w in HEADLINE_VERBS for w in role.title.split()[1:]):
                        i = name_end  # "... and Fair Fisheries Rules, Special Envoy Tells Security Council": a
                        continue  # headline's verb after the office; the words before the comma are no name
                    if role is None and name_end < len(toks) and toks[name_end].nl and (i == 0 or toks[i].nl):
                        # a name on a line of its own, the role on the next ("Kwame Asante" / "First Secretary"),
                        # each line a cell of its own
                        cells = toks[:name_end] + [x for k, t in enumerate(toks[name_end:], name_end) for x in (
                            (_Tok(",", t.start, t.start, True), t) if t.nl and t.text != ","
                            and t.text not in ("of", "in", "for") and toks[k - 1].text not in ("and", "&")
                            else (t,))]  # (not a line opening with "of"/"in", nor after one ending with "and":
                        # "Resident Coordinator and" / "Humanitarian Coordinator" / "in Cameroon")
                        role, after = self._role(cells, name_end + 1, spans, stops=stops)
                        after = _index_at_or_after(toks, cells[after - 1].end, name_end) if after > name_end + 1 else name_end
                    label = self._capitals_label_before(toks, i, name_end) if role is None or not role.title else None
                    if label is not None:
                        # "DIRECTOR GENERAL FOR PROTECTION OF MEXICANS ABROAD (Tomás Aguirre Medina): ...": a
                        # transcript's speaker, the office in capitals before the bracket holding the name
                        out.append(self._match(toks, i, name_end, None, Role(title=label[0], title_span=label[1]),
                                               "speaker_line"))
                        i = name_end
                        continue
                    if (role is None or not role.title) and i > 0 and toks[i - 1].text == "(":
                        role = self._bracket_body(toks, name_end, spans) or role
                        after = name_end
                        if role is not None and (role.organization or role.country):
                            out.append(self._match(toks, i, name_end, None, role, "parenthesis"))
                            i = name_end
                            continue
                    if role is not None and not role.title and not role.org_span \
                            and (role.organization or role.country and (after >= len(toks) or toks[after].text == ","
                                                                        or toks[after].text[:1].islower())) \
                            and toks[name_end].text in ("of", "from") and (i == 0 or toks[i - 1].text.endswith((".", ","))
                                                                          or toks[i].nl):
                        # "Abdirahman Yusuf Aynte of the Heritage Institute for Policy Studies urged ...", "Anna Berg
                        # of Sweden said": a name opening a sentence, and the body or State it speaks for
                        out.append(self._match(toks, i, name_end, None, role, "speaker_line"))
                        i = max(after, name_end)
                        continue
                    spoke_for = self._spoke_for(toks, i, name_end, spans) if role is None or not role.title else None
                    if spoke_for is not None:
                        # "Ilse Verbeke, for the World Meteorological Organization (WMO), said ...": a name opening a
                        # sentence, the body it speaks for between commas, then the verb
                        out.append(self._match(toks, i, name_end, None, spoke_for[0], "speaker_line"))
                        i = spoke_for[1]
                        continue
                    if role is not None and role.title and i > 0 and toks[i - 1].text in ("in", "near", "at") \
                            and toks[name_end].text == "," and name_end + 1 < len(toks) and toks[name_end + 1].text == "the":
                        i = name_end  # "At a ceremony in Muang Xay, the Vice Minister ..., Dr. X": a place the sentence
                        continue  # opens with, the title the next name's
                    if role is not None and (role.title or (role.country and toks[name_end].text == "(")
                                             or role.organization and toks[name_end].text == "("
                                             and (after >= len(toks) or toks[after].text.startswith(":"))):
                        # "Sophie Verhaegen (MSF): ...", "Co-facilitation: Claire Dufresne (Action contre la Faim)"
                        form = "parenthesis" if toks[name_end].text == "(" else "speaker_line"
                        out.append(self._match(toks, i, name_end, None, role, form))
                        i = max(after, name_end)
                        continue
                    # "Minister for Foreign Affairs of Egypt Sameh Shoukry": the title written before the name
                    appositive = toks[i - 1].text == "," and (name_end >= len(toks) or toks[name_end].text in (",", ";")
                                                              or toks[name_end - 1].text.endswith("."))
                    if appositive and name_end + 2 < len(toks) and toks[name_end].text == ",":
                        nxt = self._name(toks, name_end + 1, spans)
                        if nxt - name_end - 1 >= 2 and nxt < len(toks) and toks[nxt].text in (",", "and") \
                                and self._clean_name([t.text for t in toks[name_end + 1:nxt]]):
                            appositive = False  # "the King of Jordan, Chiang Kai-shek, Syngman Rhee, ...": a list of names
                    last = words[-1].rstrip(".,;:")
                    if last.lower() in _OCCUPATIONS:
                        # "Chief Scientific Editor": the words after a rank name an occupation, no person
                        i += 1
                        continue
                    if i > 0 and (toks[i - 1].text not in (",", ":", "(", ";") or appositive) \
                            and toks[i - 1].text not in ("and", "&", "of", "for", "on"):
                        # ("Secretary for Agriculture and Livestock Development": the words go on with the portfolio)
                        before = self.role_before(line, offset, toks[i].start, spans,
                                                  [(m.start, m.end) for m in out])
                        posted = _POSTING_CLAUSE.search(line, 0, toks[i].start - offset) \
                            if before is None or not before.title else None
                        if posted is not None:
                            # "Iceland's Ambassador to Japan, accredited to Kiribati, X": the title before the clause
                            cut = posted.end() - posted.start() - 2
                            shown = line[:posted.start()] + ", " + line[posted.end():]
                            before = self.role_before(shown, offset, toks[i].start - cut, spans,
                                                      [(m.start, m.end) for m in out if m.end <= offset + posted.start()]) \
                                or before
                        if before is not None and before.title_span is not None and any(
                                m.role.title_span is not None and m.role.title_span[0] < before.title_span[1]
                                and before.title_span[0] < m.role.title_span[1] for m in out) \
                                and not re.search(r"\b(?:the|The)\s+$", line[:before.title_span[0] - offset]):
                            # "Mr. X<TAB>Director, Civil Registry, ...": the title is the person's before, the
                            # words after its comma name a unit ("A, the Minister of B, C," is C's title)
                            before = None
                        if before is not None and not before.title and before.country and before.organization is None \
                                and toks[i - 1].text.endswith(("'s", "’s")) and name_end < len(toks) \
                                and not any(w in ORG_KEYWORDS or w in _BODY_HEADS or w in SHORT_BODY_HEADS for w in words) \
                                and not all(t.text[:1].isupper() for t in toks if len(t.text) > 3 and t.text[:1].isalpha()) \
                                and (toks[name_end].text.rstrip(",.") in SPEECH_VERBS
                                     or re.fullmatch(r"[a-z]{3,}ed", toks[name_end].text) or toks[name_end].text == ","):
                            # "Ecuador's Cristian Espinosa Cañizares welcomed ...": the State's speaker, no title
                            out.append(self._match(toks, i, name_end, None, before, "title_before"))
                            i = name_end
                            continue
                        if before is not None and before.title:
                            if before.country is None and before.organization is None and name_end < len(toks) \
                                    and (toks[name_end].text in ("of", "from", "(") or toks[name_end].text == ","
                                         and name_end + 1 < len(toks) and toks[name_end + 1].text == "of"):
                                # "Commissioner General X of the Ethiopian Federal Police": the body after the name
                                of, _ = self._after_name(toks, name_end, spans, require_title=False)
                                if of is not None and not of.title and (of.country or of.organization):
                                    before = replace(before, country=of.country, organization=of.organization,
                                                     org_kind=of.org_kind, org_span=of.org_span)
                            elif before.country is None and before.organization is None and name_end + 1 < len(toks) \
                                    and toks[name_end].text == "," and toks[i - 1].text.endswith(":"):
                                # "Moderator: Jaime Vázquez, Department of Global Communications": a part in the
                                # meeting as the label, then the body the person is with
                                of, _ = self._after_name(toks, name_end, spans, require_title=False)
                                if of is not None and not of.title and (of.country or of.organization):
                                    before = replace(before, country=of.country, organization=of.organization,
                                                     org_kind=of.org_kind, org_span=of.org_span)
                            out.append(self._match(toks, i, name_end, None, before, "title_before"))
                            i = name_end
                            continue
                    if i > 0 and toks[i - 1].text == "," and name_end + 1 < len(toks) and toks[name_end].text == "," \
                            and toks[name_end + 1].text in ("who", "whose") and name_end - i <= 5 \
                            and not any(w.rstrip(".") in _NOT_NAME for w in words):
                        # "the Ulu-o-Tokelau, Esera Tinielu, who chairs the Council ...": a name set between commas
                        # before "who" is a person's, also when no title the rules know is written before it
                        out.append(self._match(toks, i, name_end, None, Role(), "speaker_line"))
                        i = name_end
                        continue
            i += 1
        return [_meeting_part_left_out(self._rank_as_honorific(p, line, offset, spans, out), meeting_parts, self.is_title)
                for p in out]

    def _spoke_for(self, toks: list[_Tok], i: int, name_end: int, spans) -> tuple[Role, int] | None:
        """The body a name opening a sentence speaks for, written between commas after it with "for" and followed by
        a verb in lower case ("Ilse Verbeke, for the World Meteorological Organization (WMO), said ..."), as the
        notes of press briefings write a speaker; with the index after the closing comma. None otherwise."""
        if not (i == 0 or toks[i].nl or toks[i - 1].text.endswith((".", ":"))) or name_end + 3 >= len(toks) \
                or toks[name_end].text != "," or toks[name_end + 1].text != "for":
            return None
        hit = _affiliation_at(toks, name_end + 1, len(toks), spans)
        if hit is None or hit[2].label != "ORG":
            return None
        k = _index_at_or_after(toks, hit[1], name_end + 2)
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
            k += 3  # the body's acronym in brackets
        if k + 1 >= len(toks) or toks[k].text != "," or not re.fullmatch(r"[a-z]{3,}", toks[k + 1].text) \
                or toks[k + 1].text in ("and", "the", "who", "which", "with", "for"):
            return None
        entry = hit[2]
        return Role(organization=entry.name, org_kind=entry.kind), k + 1

    def _ruler_style(self, toks: list[_Tok], i: int, hon_end: int, name_end: int, spans) -> tuple[int, int] | None:
        """A ruler's style written between a style of address and a second form of address before the name ("His
        Majesty Sultan Haji Hassanal Bolkiah", "His Highness Emir Sheikh X"): the one word there is no name but
        part of the honorifics. Returns the end of the honorifics and of the name after them, or None."""
        if toks[i].text not in ("His", "Her") or name_end != hon_end + 1 or name_end >= len(toks) \
                or toks[name_end].nl or toks[hon_end].text.endswith((".", ",", ":")) or not _name_like(toks[hon_end].text):
            return None
        nxt = self._honorific_run(toks, name_end)
        if nxt == name_end:
            return None
        after = self._name(toks, nxt, spans, after_honorific=True)
        return (nxt, after) if after - nxt >= 2 else None

    def _next_persons_title(self, toks: list[_Tok], i: int, name_end: int, spans) -> bool:
        """Whether the words after the comma closing a name written right after its title ("Foreign Minister
        X, Director of Police Y, and ...") are the next person's title and name: a name ends the phrase, at
        the next comma, "and", semicolon or the end. The owner a title names ("Special Envoy of President Y")
        is no next person."""
        if i == 0 or toks[i - 1].text in (",", ":", "(", ";", "and", "&") or toks[i - 1].text.endswith((",", ":", ";")) \
                or name_end + 3 >= len(toks) or toks[name_end].text != "," or not toks[name_end + 1].text[:1].isupper():
            return False
        end = next((y for y in range(name_end + 1, len(toks)) if toks[y].text in (",", ";", "and", "(", ")")
                    or toks[y].text.endswith((",", ";", ":"))), len(toks))
        if end - name_end > 14 or end < len(toks) and toks[end].text in ("(", ")"):
            return False  # ("... on the Rights of Indigenous Peoples (EMRIP)": a body's name, then its acronym)
        for y in range(name_end + 2, end - 1):
            words = [t.text.rstrip(".") for t in toks[y:end]]
            if not 2 <= len(words) <= 4 or not all(_name_like(t.text) for t in toks[y:end]) \
                    or not toks[y - 1].text[:1].isupper():
                continue  # ("Working Group on Extractive Industries": a name follows a title's or a body's word)
            if self._title_re.fullmatch(toks[y - 1].text) and toks[y - 2].text in ("of", "for", "to", "by", "the"):
                return False  # "Special Envoy of President Salva Kiir": the title's owner
            if words[-1].lower() in _OCCUPATIONS and not any(t.text in ("of", "for") for t in toks[name_end + 1:end]):
                continue  # "Ms. X, Global Health Editor, Devex": capitalized words closed by an occupation, with no
                # "of" or "for" between the comma and them, are the person's position, no name
            if self._clean_name(words) and self._name(toks, y, spans) == end:
                return True
        return False

    def _inside_title_before_name(self, toks: list[_Tok], i: int, name_end: int, spans) -> bool:
        """Whether the capitalized words ``toks[i:name_end]``, read as a name after a title word, are the inside of
        a longer title written before a name: a title word before them, a word that is a title on its own after
        them, then a name of two words or more ("Principal Water Resources Specialist Ryutaro Hamano", "Senior
        Disaster Risk Officer X"). A name is never written between two titles with no comma."""
        if i == 0 or toks[i - 1].text not in self.title_words or name_end + 2 >= len(toks) or name_end - i > 3:
            return False
        head = toks[name_end]
        if head.text not in self.title_words or not self._title_re.fullmatch(head.text) or head.nl \
                or toks[name_end - 1].text.endswith((".", ":", ";")) or toks[name_end - 1].end in {e for _, e, _ in spans}:
            return False
        return self._name(toks, name_end + 1, spans) - name_end - 1 >= 2

    def _portfolio_ends_before(self, toks: list[_Tok], i: int) -> bool:
        """Whether a title's portfolio ends with a plural noun just before ``toks[i]``, where a name begins:
        "Minister of Foreign Affairs and Expatriates Ayman Safadi", "Minister of Emergency Situations Chingis
        Arinov" (a title, its "of" or "for", then capitalized words or "and", the last a portfolio's plural)."""
        if i < 3 or not (plural_portfolio_noun(toks[i - 1].text) or _PORTFOLIO_NOUN.fullmatch(toks[i - 1].text)
                         and toks[i - 2].text in ("and", "&")) or toks[i].text in self.title_words \
                or toks[i].text in ORG_KEYWORDS or i + 1 >= len(toks) or not _name_like(toks[i + 1].text):
            return False
        x = i - 2
        # ("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita": the fields of a
        # portfolio listed with commas; "Vice-Minister for Economic Relations and Integration Lorena Giménez": a field
        # named by an abstract noun after "and" closes it too)
        while x > 0 and i - x <= 10 and (toks[x].text[:1].isupper() and _name_like(toks[x].text)
                                         or toks[x].text in ("and", "&") or toks[x].text == "," and not toks[x].tab):
            x -= 1
        return x > 0 and x < i - 1 and toks[x].text in ("of", "for") and toks[x - 1].text in self.title_words

    def _rank_as_honorific(self, p: PersonMatch, line: str, offset: int, spans, out: list[PersonMatch]) -> PersonMatch:
        """A diplomat's rank right before the name, after a title over a comma or a label's colon ("the Director
        General of Economic Policy, Minister X", "Chair: Counsellor X (Egypt)"), is the honorific; the title is
        the one written before it. Alone before a name ("Counsellor X said") the rank stays the title."""
        if p.honorific is not None or p.role.title and p.role.title not in DIPLOMATIC_RANKS \
                and p.role.title.rpartition(", ")[2] not in DIPLOMATIC_RANKS:
            return p  # ("its President, Magistrate X": a title and the rank read as two titles)
        m = self._rank_before.search(line, 0, p.start - offset)
        if m is None:
            return p
        outer = self.role_before(line, offset, offset + m.start(1), spans, [(q.start, q.end) for q in out if q is not p])
        if outer is None or not outer.title or outer.title_span is None or outer.title in DIPLOMATIC_RANKS \
                or not re.fullmatch(r"\s*[,:]\s*", line[outer.title_span[1] - offset:m.start(1)]):
            return p
        role = replace(outer, country=p.role.country or outer.country,
                       organization=outer.organization if outer.organization or outer.country else p.role.organization,
                       org_kind=outer.org_kind if outer.organization or outer.country else p.role.org_kind,
                       org_span=outer.org_span if outer.organization or outer.country else p.role.org_span)
        return replace(p, honorific=m.group(1), role=role)
