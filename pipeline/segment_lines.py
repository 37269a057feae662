"""segment, lines: the line, marker and draft records and the predicates on lines and text that
block building (:mod:`pipeline.segment`) and the title search (:mod:`pipeline.segment_titles`)
both use.

Part of the segment stage. It sits below both modules and imports neither: data flows
``segment`` -> ``segment_titles`` -> ``segment_lines`` -> ``segment_dates``. What only one of
them uses lives there: splitting the text into lines, markers, blocks and inline enumerations in
:mod:`pipeline.segment`; the title rules and the header-line knowledge of ``data/headers.json``
in :mod:`pipeline.segment_titles`. Here are the records the two pass between them (``Line``,
``Marker``, ``_Draft``, ``_Layout``), the short predicates both ask (``is_all_caps``,
``reads_as_heading``, ``ends_sentence``, ``furniture_id``, ``is_page_furniture`` ...), the
patterns those predicates use, and the web-furniture patterns of ``data/furniture.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json
from .segment_dates import find_dates, is_dateline, is_yearless_dateline


# =============================================================================================
# PATTERNS - every pattern the shared predicates use, in one place.
# =============================================================================================

#: A time of day: "09.30", "9:00 a.m.", "0930 hrs" (programme rows, dated session lines).
_TIME = r"(?:[01]?\d|2[0-3])[.:h][0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am|pm|hrs?))?"
#: Line ends that close a sentence (paragraph break candidates in hard-wrapped text). Not ":" -
#: "three subjects:\nUnited Nations reform, ..." runs on; a list after a colon has markers.
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)\]]*$")
#: Abbreviations that end in a full stop but not a sentence: a hard wrap after "Mr." leaves the
#: name on the next line ("the Secretary-General, Mr.\nKofi Annan").
_ABBREVIATION_CLOSE = re.compile(
    r"(?:^|[\s(])(?:Mr|Mrs|Ms|Mme|Mlle|Messrs|Dr|Prof|H\.\s?E|Amb|Gen|Lt|Col|Capt|Sen|Rep|Hon|St|No|Nos|Art|para|paras|Vol)\.$"
)
#: Function words a heading or a finished line does not end with.
_FUNCTION_WORDS = frozenset(
    "a an the of and or to in on at by for from with as that which who whose its their his her our "
    "into onto upon than but nor".split()
)
#: Salutations that open speeches ("Mr. President,", "Excellencies"): paragraphs, never titles.
_SALUTATION = re.compile(
    r"^(?=(?:mr\.?|madam|madame|mdm\.?|mrs\.?|ms\.?|sir|your|distinguished|dear|honou?rable|excellenc\w*|"
    r"ladies|colleagues|friends|fellow|all\s+protocol)\b)"
    r"(?:(?:mr\.?|madam|madame|mdm\.?|mrs\.?|ms\.?|sir|your|distinguished|dear|honou?rable|"
    r"excellenc(?:y|ies)|ladies|gentlemen|colleagues|friends|delegates|members|chair(?:man|person)?|"
    r"co-chairs?|president|vice-president|secretary-general|his|her|majest(?:y|ies)|highness(?:es)?|"
    r"and|all|protocol|the|of|general|assembly|fellow|heads?|states?|government|delegations?|"
    r"[\s,.;:!&])+)$",
    re.IGNORECASE,
)
#: Page furniture of PDF exports: page numbers, UN job numbers, document symbols (UN "S/2024/345",
#: Council of Europe "CEPEJ-GT-CYBERJUST(2025)OJ3", "CM(2025)12"), print dates.
_PAGE_TOKEN = r"(?:\d{1,4}|\d{2}-\d{5}(?:\s*\([A-Z]\))?|[A-Z]{1,6}(?:\.[A-Z0-9]{1,6})?(?:/[A-Z0-9.\-]+)+(?:\.?\((?:[A-Z]{1,10}|\d{1,4})\))?(?:\s*\((?:19|20)\d\d\))?\*?|(?-i:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\((?:19|20)\d\d\)[A-Z0-9]{0,12})|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4}/\d{1,4}|page\s+\d+(?:\s+of\s+\d+)?|-\s*\d{1,4}\s*-|\*?\d{7,}\*?)"
#: ... one to four of them; two symbols of one document are joined by a dash ("A/78/856–S/2024/345").
_PAGE_FURNITURE = re.compile(rf"^(?:{_PAGE_TOKEN})(?:(?:\s+|\s*[–—]\s*(?=[A-Z]{{1,6}}(?:\.[A-Z]{{1,6}})?/)){_PAGE_TOKEN}){{0,3}}$", re.IGNORECASE)
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
_LONE_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")
#: A document is hard-wrapped when 90% of its lines end before this column.
WRAPPED_MAX_WIDTH = 110
#: ... unless a line of prose of at least this many characters (and twice the width) and words
#: runs past it: the author did not wrap.
UNWRAPPED_LINE_CHARS = 160
UNWRAPPED_LINE_WORDS = 20
#: Longest stand-alone line taken for a heading; the title may be longer.
HEADING_MAX_WORDS = 14


def _compiled(rows: list[dict]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Data rows ``{"id", "pattern"}`` as (id, case-insensitive compiled pattern)."""
    return tuple((row["id"], re.compile(rf"(?:{row['pattern']})", re.IGNORECASE)) for row in rows)


@lru_cache(maxsize=1)
def _furniture() -> list[tuple[str, re.Pattern[str]]]:
    """Web-page furniture patterns (data/furniture.json), compiled once."""
    data = read_json("furniture.json")
    return list(_compiled(data["patterns"]))


# =============================================================================================
# Lines
# =============================================================================================


@dataclass
class Line:
    """One line of the text: its span, its content span (trimmed) and its indentation."""

    start: int
    end: int
    cstart: int
    cend: int
    indent: int  # visual column of the first content character (tab = next multiple of 4)
    width: int  # visual column after the last content character
    content: str

    @property
    def blank(self) -> bool:
        return self.cstart >= self.cend


# =============================================================================================
# Predicates on lines and text
# =============================================================================================


def furniture_id(content: str) -> str | None:
    """The id of the web-furniture pattern matching the whole line, if any."""
    if len(content) > 300:
        return None
    for fid, pattern in _furniture():
        if pattern.fullmatch(content):
            return fid
    return None


def is_page_furniture(content: str, beside_blank: bool) -> bool:
    """Page numbers, job numbers, document symbols; a lone number only beside a blank line."""
    if _LONE_NUMBER.match(content):
        return beside_blank
    if _LONE_NUMERIC_DATE.fullmatch(content) and find_dates(content):
        return False  # a dateline ("14/05/2024") that reads one way only; "03/04/2024" stays a print date
    return bool(_PAGE_FURNITURE.match(content)) and not content.isalpha()


#: A given name and a middle initial at a line's end: the name goes on over the hard wrap ("the Minister of
#: Justice, Dawda A.\nJallow, said", "Ambassador Tareq M. A.\nM. Albanai").
_MIDDLE_INITIAL_CLOSE = re.compile(r"(?:^|[\s(])[A-Z][a-z]+(?: [A-Z]\.)+$")


def ends_sentence(content: str) -> bool:
    return bool(_SENTENCE_CLOSE.search(content)) and not _ABBREVIATION_CLOSE.search(content) \
        and not _MIDDLE_INITIAL_CLOSE.search(content)


def starts_lowercase(content: str) -> bool:
    """The line opens with a lowercase letter (a name written so - "eGovernment", "iPhone" - has a
    capital right after it and counts as capitalised)."""
    for i, ch in enumerate(content):
        if ch.isalpha():
            return ch.islower() and not (content[i + 1 : i + 2].isupper() and content[i + 2 : i + 3].islower())
        if ch.isdigit():
            return False
        if ch in ",;)]":
            return True
    return False


def last_word(content: str) -> str:
    words = content.split()
    return words[-1].lower().strip("\"'“”‘’()[]") if words else ""


def is_all_caps(content: str) -> bool:
    letters = [ch for ch in content if ch.isalpha()]
    cased = [ch for ch in letters if ch.isupper() or ch.islower()]
    return len(cased) >= 4 and sum(1 for ch in cased if ch.isupper()) >= 0.9 * len(cased)


def is_salutation(content: str) -> bool:
    return bool(_SALUTATION.match(content))


def _words(text: str) -> list[str]:
    return text.split()


def reads_as_heading(content: str, max_words: int) -> bool:
    """Short, not a sentence: no closing full stop/comma/colon, not ending on a function word."""
    words = _words(content)
    if not words or len(words) > max_words or not any(ch.isalpha() for ch in content):
        return False
    if re.search(r"[.,;:][\"'”’)\]]*$", content):
        return False
    if last_word(content) in _FUNCTION_WORDS or starts_lowercase(content) or is_salutation(content):
        return False
    return True


# =============================================================================================
# Markers and drafts
# =============================================================================================


@dataclass(frozen=True)
class Marker:
    """A list marker at a line start: as written, its style key and its ordinal."""

    text: str
    start: int  # offset of the marker in the document
    text_start: int  # offset of the item's text (after the gap)
    family: str  # "num" | "lower" | "upper" | "roman" | "ROMAN" | "decimal2" ... | "bullet:•"
    form: str  # "N." | "N)" | "(N)" | "" (bullets)
    number: int | None
    alternative: tuple[str, int] | None = None  # (family, number) when "i"/"v"/"x" may be a letter

    @property
    def style(self) -> tuple[str, str]:
        return (self.family, self.form)


@dataclass
class _Draft:
    """A block being built: a run of lines (line-level blocks only; inline items come later)."""

    type: str
    lines: list[Line]
    marker: Marker | None = None
    level: int = 1
    parent: int | None = None  # index into the draft list
    number: int | None = None
    text_col: int = 0
    start: int = 0
    continues: int | None = None  # index of the draft this one continues after page furniture
    stop: int | None = None  # where the block ends when not at its last line's end (a title in "**")

    @property
    def end(self) -> int:
        return self.lines[-1].cend if self.stop is None else self.stop

    @property
    def first(self) -> Line:
        return self.lines[0]


class _Layout:
    """Facts about the whole document that line decisions need."""

    def __init__(self, lines: list[Line]):
        widths = sorted(ln.width for ln in lines if not ln.blank)
        self.width = widths[int(0.9 * (len(widths) - 1))] if widths else 0
        # a line of prose far past that width shows the author did not wrap (a short release whose
        # header lines outnumber its paragraphs: "Forum ... training hub / Officers from ..." is no
        # wrapped title)
        unwrapped = any(
            ln.width > max(UNWRAPPED_LINE_CHARS, 2 * self.width) and "\t" not in ln.content
            and len(ln.content.split()) >= UNWRAPPED_LINE_WORDS for ln in lines if not ln.blank
        )
        self.wrapped = len(widths) >= 3 and self.width <= WRAPPED_MAX_WIDTH and not unwrapped
        self.content_lines = len(widths)


def _first_word_len(content: str) -> int:
    return len(content.split(None, 1)[0]) if content else 0


def next_word_fits(prev: Line, line: Line, layout: _Layout) -> bool:
    """The next line's first word would have fitted on ``prev``: the line break was deliberate."""
    return prev.width + 1 + _first_word_len(line.content) <= layout.width


# =============================================================================================
# Datelines
# =============================================================================================


def _is_date_only(content: str) -> bool:
    """A dateline ("4 February 2022", "New York, 4 February 2022", "2022-10-14"), also one
    without its year ("Thursday, 12 December")."""
    if len(content) > 100 or "\n" in content:
        return False
    return any(is_dateline(content, d.start, d.end) for d in find_dates(content)) or is_yearless_dateline(content)
