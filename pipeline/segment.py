"""segment: repaired text -> blocks (noise, title, heading, paragraph, list_item), title, date.

What a reader sees, with exact offsets into the text it is given:

- **noise**: watermark lines, lines in a script foreign to the document, garbled lines
  (mojibake that repair did not or could not fix), web-page furniture ("Skip to main content",
  share links, cookie notices; patterns in ``data/furniture.json``; menus and breadcrumbs printed
  one item a line at the top of a web page, :func:`_mark_navigation`) and page furniture of PDF
  exports (page numbers, UN job numbers such as ``09-52470``, document symbols, rules ``* * *``).
- **title**: what a reader calls the document's name: the first line from the top that reads as
  a heading (:func:`is_title_text`), passing over noise, datelines, session lines, header fields
  and organisation header lines ("Security Council Counter-Terrorism Committee" above "Special
  meeting on ..."), with the lines that visibly continue it; in an e-mail, the text of its
  "Subject:" line (the label belongs to no block); when only header lines come before the body,
  a release label standing first ("STATEMENT") or one naming its topic ("Ukraine Situation Flash
  Update #71"), or else the first organisation line. A letterhead in capitals and a masthead of
  short lines are told from a title by the heading that stands under them. Rules in
  :mod:`pipeline.segment_titles`, knowledge in ``data/headers.json``. Over the rules, a learned
  ranker (:mod:`pipeline.segment_title_model`, ``data/title_model.json``) may take another line
  when it is confident (``title_model``; the rules alone with ``"off"``). ``Segmented.title`` is
  its text with line breaks collapsed to spaces.
- **heading**: a short stand-alone line that does not read as a sentence, or an ALL-CAPS line.
- **paragraph**: lines joined until a blank line, a list marker, a heading or noise ends it.
  In hard-wrapped text (lines cut at a fixed width) a line that ends a sentence ends the paragraph
  only when the next line's first word would have fitted on it (so the break was the author's,
  not the wrapper's), or when the next line is indented as a new paragraph. A sentence that page
  furniture interrupts ("... security and / 27 10-55128 / respect for human dignity") cannot be
  one span without the furniture in its text: its second half is a block of its own whose
  ``continues`` names the first half.
- **list_item**: a line starting with a marker (``1.`` ``1)`` ``(1)`` ``a.`` ``a)`` ``(a)``
  ``i.`` ``(iv)`` ``A.`` ``IV.`` ``2.1`` and bullets ``• - * – — o ▪ ◦ ● → ▶ ☐ +`` ...; a bullet that
  is no letter, dash or star also written against its text: ``•Borders``), including UN
  numbered paragraphs (``24.<TAB>text``) and notes (``2<TAB>text``); a number before two cells or
  more next to another such row (``No.<TAB>Member State<TAB>Head of Delegation`` over
  ``1<TAB>Albania<TAB>Ms. X, Deputy Minister``) is a table's row number, no marker. In running hard-wrapped prose a marker-looking line
  start only opens an item after a blank line, after a line that ends a clause (``.:;!?``), when
  it is indented, or when it continues the list in progress; so "resolution 1325\\n(2000) and"
  or "... such as\\n- Germany and Japan -" stay prose; a bullet under a heading standing on its
  own line ("Speakers\\n• Ms. X, Director,\\n  Office of Y") opens one. Items nest by indentation
  and by a change of marker style; a list item's span excludes its marker.
- **inline enumerations** ("including 1) X, 2) Y and 3) Z", "(a) ... (b) ...", "(i) ... (ii)")
  inside a paragraph or item become child list items one level down. Only runs that start at the
  first ordinal (1, a, i) and count up one by one qualify; see :func:`inline_items`.

The stage is built from small named predicates (``is_noise_line``, ``is_item_start``,
``is_title_text`` ...) whose patterns sit together in the PATTERNS section of their module. This
module splits lines, reads markers, builds blocks and inline enumerations and runs the stage;
the title ranker is :mod:`pipeline.segment_title_model`'s, the title rules and the header lines
:mod:`pipeline.segment_titles`'s, the records and predicates both share
:mod:`pipeline.segment_lines`'s, the date :mod:`pipeline.segment_dates`'s (data flows ``segment``
-> ``segment_title_model`` -> ``segment_titles`` -> ``segment_lines`` -> ``segment_dates``). It does not
decide what is an entity, and it does no I/O except reading its own data files once.

Segmentation never depends on repair having run: the raw seed (with ``¡¯`` and the GBK-as-latin-1
watermark) segments the same way, because garbled lines are noise and nothing else looks at
non-ASCII letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ._data import read_json
from .config import DEFAULT_TITLE_MODEL
from .models import Block, Segmented
from .segment_dates import find_dates, pick_date, reading_order
from .segment_lines import (
    _FUNCTION_WORDS,
    _TIME,
    HEADING_MAX_WORDS,
    Line,
    Marker,
    _Draft,
    _is_date_only,
    _Layout,
    _words,
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
from .segment_title_model import TitleCandidate, choose_title_by_model
from .segment_title_model import title_candidates as _title_candidates
from .segment_titles import _choose_title, header_kind, is_contact_line, is_field_line, is_speaker_line

# =============================================================================================
# PATTERNS - every pattern the predicates use, in one place.
# =============================================================================================

#: Characters that never start or end a block (Python whitespace plus BOM and zero-width marks).
_SPACE_CHARS = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_GAP = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"

#: Bullet symbols that are no letter, dash or star: the usual ones, Word's symbol-font bullets
#: (U+F0B7 ... in the private use area), and any arrow, geometric shape, symbol or dingbat
#: ("▶", "◾", "➔", "☐", "⮚", "⦁"): a writer may pick any of them.
_BULLET_SYMBOLS = (
    "•▪◦●○■□‣⁃∙➢►▸➤✓✔❖◆◇♦→\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
    "\u2190-\u21ff\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2980-\u29ff\u2b00-\u2bff"
)
#: A marker at the start of a line, followed by a gap and text.
_LINE_MARKER = re.compile(
    r"(?P<marker>"
    r"\((?P<pnum>\d{1,3})\)"  # (1)
    r"|\[(?:[A-Z]{1,3}-)?(?P<bnum>\d{1,3})\]"  # [1], an action list's label [AP-1]
    r"|\((?P<palpha>[A-Za-z]{1,6})\)"  # (a) (iv) (A)
    r"|(?P<dec>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=" + _GAP + r"[A-Z\"“])"  # 2.1 Title, 3.2 "Quote ..."   (not "1.5 million")
    r"|(?P<num>\d{1,3})(?P<numsep>°?[.)]|-(?=[ \t])|/(?=" + _GAP + r"[A-Za-z\"“])|[ ]-(?=[ \t]+[^\W\d])|[ ]\.(?=[ \t]+[A-Z]))"  # 1.  1)  1-  1°)  1/ Text  1/ text  1 - text  1 . Text (OCR)
    r"|(?P<tabnum>\d{1,3},?)(?=\t)"  # 2<TAB>note text (endnotes; "4,<TAB>" is OCR for "4.")
    r"|(?P<alpha>[A-Za-z]{1,6})(?P<alphasep>[.)])"  # a.  a)  iv.  IV.
    r"|(?P<bullet>--|->|=>|\[[ xX]\]|[" + _BULLET_SYMBOLS + r"·\-*–—‐−+o])"  # bullets ("--": a dash typed as two hyphens)
    r")(?P<gap>" + _GAP + r")(?=\S)"
)
# ("->" and "=>" are arrows typed in ASCII, "[ ]" and "[x]" the check boxes of an action list.)
#: A subparagraph number before text in lower case ("3.1 noted the roadmap ..." under "3. The Meeting
#: ... and:"): read as a marker only inside the numbered paragraph it subdivides (see _build_drafts),
#: never alone ("1.5 million people").
_LOWER_DECIMAL = re.compile(r"(?P<marker>(?P<dec>\d{1,3}(?:\.\d{1,2}){1,3})\.?)(?P<gap>" + _GAP + r")(?=[a-z])")
#: "> Shelter: 2,900 houses damaged." as a bullet: only in a run of such lines (see _angle_bullets).
_ANGLE_BULLET = re.compile(r"(?P<marker>>)(?P<gap>" + _GAP + r")(?=[A-Z\"“‘'(])")
#: An angle bullet of any form ("> site management ...", ">> a regional week ...", "» uphold the ...")
#: before any text, or a "#" set in from the margin ("  # The meeting will be opened by ..."): an item
#: only in an indented run of such lines (see _angle_bullets; a "#" at the margin is a Markdown heading).
_ANY_ANGLE_BULLET = re.compile(r"(?P<marker>>>?|»|›|#)(?P<gap>" + _GAP + r")(?=\S)")
#: A bullet written against its text ("•Borders must be secured."): only the bullets that are no
#: letter, dash or star, and only before a capital or a quotation mark.
_TIGHT_BULLET = re.compile(r"([" + _BULLET_SYMBOLS + r"])(?=[A-Z\"“‘'(])")
#: Bare number + text ("1 I bring you greetings"): an item only in a counting run (see _bare_numbered).
_BARE_NUMBER = re.compile(r"(?P<marker>(?P<num>\d{1,3}))(?P<gap>" + _GAP + r")(?=[A-Z“\"‘'])")
#: A time of day opening a programme row: "09.30<TAB>", "10.15 – 12.30 ", "9:00 a.m.  ", "0930 hrs";
#: a one-digit-hour decimal followed by a single space ("2.10 The Office") stays a section number.
_TIME_ROW = re.compile(
    rf"(?:{_TIME}(?:\s*[-–—]\s*{_TIME})?(?:\t|\s{{2,}}|\s+[-–—:]\s+)"  # a time then a tab, wide gap or dash
    rf"|{_TIME}\s*[-–—]\s*{_TIME}\s+"  # a time range
    rf"|0\d[.:h][0-5]\d\s+"  # a zero-padded hour
    rf"|{_TIME}\s*(?:a\.m\.|p\.m\.|am|pm|hrs?)\s+)(?=\S)",
    re.IGNORECASE,
)
#: "(c) 2024 United Nations", "(C) 2023-2024 UNICEF. All rights reserved.": the copyright sign
#: written in letters, a year and a holder in capitalised words, no item "(c)" (unless a list "(a)",
#: "(b)" is in progress: "(c) 2024 Budget Review" may be its third item).
_COPYRIGHT_LINE = re.compile(
    r"\([cC]\)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?(?:\s+[A-Z][\w.&'’-]*)+\.?(?:\s+All\s+rights\s+reserved\.?)?"
)
#: Markdown heading.
_MD_HEADING = re.compile(r"(?P<marker>#{1,6})(?P<gap>" + _GAP + r")(?=\S)")
#: Roman numerals 1-39 (l, c, d, m are letters in lists).
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})", re.IGNORECASE)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}

#: Inline enumeration markers: "(a)" / "a)" / "(1)" / "1)" after a space, followed by a space or,
#: in hard-wrapped text, by the end of a line that the paragraph goes on from ("priorities: (a)" /
#: "a debt workout mechanism; (b) ...").
_INLINE_MARKER = re.compile(
    r"(?:(?<![^\s\[{—–:;,\"“‘'])\((?P<p>\d{1,2}|[a-z]|[ivx]{1,6}|[A-Z]|[IVX]{1,6})\)"
    r"|(?<![^\s—–:;,\"“‘'])(?P<c>\d{1,2}|[a-z]|[ivx]{1,6})\))"
    r"(?=(?:[ \t\u00a0\u2000-\u200a\u202f]+|[ \t]*\r?\n[ \t]*)\S)"
)
#: Before an inline "1)": a currency ("US$ 1)") means an amount, not an enumeration.
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|US\$|CHF))\s*$")
#: Words and punctuation between inline items ("X, and 2) Y"): not part of either item.
_ITEM_TAIL = re.compile(r"(?:[\s,;:“‘]|(?<=\s)[\"']|\b(?:and|or|and/or|as well as)\b)+$", re.IGNORECASE)
#: Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos art arts para paras vs etc e.g i.e u.n u.s u.k h.e jr sr inc ltd co "
    "prof gen col lt sgt rev hon amb cf approx dept govt fig vol op".split()
)
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)\]]*(?:\s|$))")

#: Line ends that close a clause: after one, a marker-looking line start opens an item.
_CLAUSE_END = re.compile(r"[.:;!?][\"'”’)\]]*$")
#: Rules and decorations: "* * *", "-----", "=====", "___", a short rule "--" under a letterhead.
_DECORATION = re.compile(r"^(?:([*=_~#•·-])\s*){3,}$|^[*]$|^[-–—=_~]{2}$|^\+[-=]{3,}(?:\+[-=]{3,})*\+$")
#: Letters from the Latin-1 supplement that GBK-as-latin-1 / UTF-8-as-cp1252 garbling produces.
_LATIN1_SUPPLEMENT = re.compile(r"[\u0080-\u00ff]")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")

#: Inline enumerations: how many other marker-like tokens may separate two items of one run.
INLINE_MAX_GAP = 12
#: The last item of an inline run ends at its sentence's end, at most this far from its marker.
LAST_ITEM_MAX_CHARS = 3000
#: A line at least this share of the wrap width is a full line (the wrapper, not the author, ended it).
FULL_LINE_SHARE = 0.8


# =============================================================================================
# Lines
# =============================================================================================


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in _SPACE_CHARS


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        cs, ce = pos, end
        while cs < ce and _is_space(text[cs]):
            cs += 1
        while ce > cs and _is_space(text[ce - 1]):
            ce -= 1
        col = 0
        for ch in text[pos:cs]:
            col = (col // 4 + 1) * 4 if ch == "\t" else col + (0 if ch in _SPACE_CHARS else 1)
        lines.append(Line(pos, end, cs, ce, col, col + (ce - cs), text[cs:ce]))
        if m is None:
            break
        pos = m.end()
    return lines


# =============================================================================================
# Predicates on lines and text
# =============================================================================================

_SCRIPT_CACHE: dict[str, str] = {}


def script_of(ch: str) -> str:
    """The writing system of a letter: "Latin", "CJK", "Cyrillic", "Arabic", ..."""
    if ch < "\u0080":
        return "Latin"
    got = _SCRIPT_CACHE.get(ch)
    if got is None:
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0] if name else "Unknown"
        if first in ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH"):
            first = "CJK"
        got = _SCRIPT_CACHE[ch] = first.title()
    return got


def dominant_script(text: str) -> str:
    counts: dict[str, int] = {}
    ascii_letters = sum(1 for ch in text if ch < "\u0080" and ch.isalpha())
    counts["Latin"] = ascii_letters
    for ch in text:
        if ch >= "\u0080" and ch.isalpha():
            s = script_of(ch)
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=counts.__getitem__)


def is_foreign_script(content: str, document_script: str) -> bool:
    """Most letters of the line are in a script other than the document's (a watermark)."""
    letters = [ch for ch in content if ch.isalpha()]
    if not letters:
        return False
    foreign = sum(1 for ch in letters if script_of(ch) != document_script)
    return foreign * 2 > len(letters)


def is_garbled(content: str) -> bool:
    """Mojibake left unrepaired: mostly Latin-1-supplement symbols, no ASCII word ("Ãå±±½ûµØ")."""
    chars = [ch for ch in content if not ch.isspace()]
    odd = len(_LATIN1_SUPPLEMENT.findall(content))
    return odd >= 3 and odd * 2 >= len(chars) and not _ASCII_WORD.search(content)


def is_decoration(content: str) -> bool:
    return bool(_DECORATION.match(content))


def is_noise_line(content: str, document_script: str, beside_blank: bool) -> bool:
    return (
        is_foreign_script(content, document_script)
        or is_garbled(content)
        or is_decoration(content)
        or is_page_furniture(content, beside_blank)
        or furniture_id(content) is not None
    )


def ends_clause(content: str) -> bool:
    return bool(_CLAUSE_END.search(content))


def starts_as_continuation(content: str) -> bool:
    """A line that can only continue the previous one: lowercase, ", ...", ") ...", "(2000) and"."""
    return starts_lowercase(content) or bool(re.match(r"\(\d{4}\)|[,;:)\]]", content))


def is_heading_text(text: str, n_lines: int) -> bool:
    """A heading inside the document: one short line (or up to two ALL-CAPS lines)."""
    flat = " ".join(text.split())
    if is_all_caps(flat):
        return n_lines <= 2 and reads_as_heading(flat, 2 * HEADING_MAX_WORDS)
    if n_lines > 1 or len(flat) > 120 or not reads_as_heading(flat, HEADING_MAX_WORDS):
        return False
    words = [w for w in _words(flat) if w.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in w)]
    capitalised = sum(1 for w in words if next((c for c in w if c.isalpha()), "a").isupper())
    return capitalised * 2 >= len(words)


# =============================================================================================
# Markers
# =============================================================================================


def roman_value(token: str) -> int | None:
    low = token.lower()
    if not low or not _ROMAN.fullmatch(low) or token not in (low, token.upper()):
        return None
    total = 0
    prev = 0
    for ch in reversed(low):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _alpha_reading(token: str) -> tuple[str, int, tuple[str, int] | None] | None:
    """(family, number, alternative) for a letter/roman token, None if it is a word ("Mr", "law")."""
    upper = token.isupper()
    roman = roman_value(token)
    if len(token) == 1:
        letter = ("upper" if upper else "lower", ord(token.lower()) - ord("a") + 1)
        if roman is not None:  # i, v, x: roman unless the list context says letter
            return ("ROMAN" if upper else "roman", roman, letter)
        return (*letter, None)
    if roman is not None:
        return ("ROMAN" if upper else "roman", roman, None)
    return None


def is_time_row(content: str) -> bool:
    """A programme row that starts with a time of day ("09.30<TAB>Opening session", "10.15 – 12.30
    Session I", "14:00  Lunch"): an agenda heading, not a numbered item "9.30"."""
    return bool(_TIME_ROW.match(content))


#: The empty cells that open a row of a table drawn with "|" ("|             | - Ms. X, Director |"):
#: a bullet after them is an item written in the row's last cell.
_BOX_EMPTY_CELLS = re.compile(r"\|(?:[ \t]*\|)*[ \t]+(?=\S)")


def parse_marker(line: Line) -> Marker | None:
    if is_time_row(line.content):
        return None
    cells = _BOX_EMPTY_CELLS.match(line.content)
    if cells is not None:
        m = _LINE_MARKER.match(line.content, cells.end())
        if m is None or not m.group("bullet") or m.group("marker") == "--":
            return None
        base = line.cstart + cells.end()
        return Marker(m.group("marker"), base, line.cstart + m.end(), "bullet:" + m.group("marker"), "", None)
    m = _LINE_MARKER.match(line.content)
    if not m:
        tight = _TIGHT_BULLET.match(line.content)
        if tight is None:
            return None
        return Marker(tight.group(1), line.cstart, line.cstart + tight.end(), "bullet:" + tight.group(1), "", None)
    base = line.cstart
    marker_text = m.group("marker")
    text_start = base + m.end()
    if m.group("pnum"):
        return Marker(marker_text, base, text_start, "num", "(N)", int(m.group("pnum")))
    if m.group("bnum"):
        return Marker(marker_text, base, text_start, "num", "[N]", int(m.group("bnum")))
    if m.group("palpha"):
        reading = _alpha_reading(m.group("palpha"))
        if reading is None:
            return None
        return Marker(marker_text, base, text_start, reading[0], "(N)", reading[1], reading[2])
    if m.group("dec"):
        parts = m.group("dec").split(".")
        return Marker(marker_text, base, text_start, f"decimal{len(parts)}", "N.N", int(parts[-1]))
    if m.group("tabnum"):
        # styled as "N." so that "3." then "4,<TAB>" stay siblings
        return Marker(marker_text, base, text_start, "num", "N.", int(m.group("tabnum").rstrip(",")))
    if m.group("num"):
        return Marker(marker_text, base, text_start, "num", "N" + m.group("numsep").strip(), int(m.group("num")))
    if m.group("alpha"):
        reading = _alpha_reading(m.group("alpha"))
        if reading is None:
            return None
        return Marker(marker_text, base, text_start, reading[0], "N" + m.group("alphasep"), reading[1], reading[2])
    if marker_text in ("-", "–", "—") and re.search(r"\s" + marker_text + r"$", line.content[m.end() :].rstrip()):
        return None  # "- Check against delivery -": a note set off by dashes
    if marker_text == "--":
        rest = line.content[m.end() :].strip()
        if rest.endswith("--") or (len(rest.split()) <= DOUBLE_DASH_HEADING_WORDS and not _CLAUSE_END.search(rest)):
            return None  # "-- end of extract --", "-- Sri Lanka" over its paragraph: a heading set off by dashes
    if marker_text.startswith("["):
        return Marker(marker_text, base, text_start, "bullet:[ ]", "", None)  # "[ ]" and "[x]": boxes of one list
    return Marker(marker_text, base, text_start, "bullet:" + marker_text, "", None)


#: A line "-- <words>" of at most this many words, with no clause's end, is a heading set off by a
#: dash ("-- Sri Lanka", "-- Secretary-General in Riyadh"), not a bulleted item.
DOUBLE_DASH_HEADING_WORDS = 5


# =============================================================================================
# Building blocks
# =============================================================================================


@dataclass
class _Open:
    """One open list on the nesting stack."""

    indent: int
    style: tuple[str, str]
    draft: int
    number: int | None
    text_col: int


def continues_paragraph(prev: Line, line: Line, layout: _Layout, base_indent: int) -> bool:
    """Does ``line`` (no blank line before it, no marker) continue the paragraph ending in ``prev``?"""
    if starts_as_continuation(line.content):
        return True
    if prev.content.count("(") > prev.content.count(")") and ")" in line.content and not is_field_line(line.content):
        return True  # "Chair:    X (Sub-National Cluster Coordinator,\n          UNHCR)": the bracket closes on this line
    if is_all_caps(prev.content) != is_all_caps(line.content) and len(prev.content) < 120:
        return False
    if is_field_line(prev.content) and is_field_line(line.content):
        return False  # header fields, one a line ("From: ... / To: ... / Subject: ...")
    if not layout.wrapped:
        # One paragraph per line: a line break after a sentence, a heading-like line, a salutation
        # or a colon ends the paragraph; a line cut mid-phrase runs on.
        if ends_sentence(prev.content) or prev.content.endswith(":"):
            return False
        if last_word(prev.content) in _FUNCTION_WORDS or prev.content.endswith(("-", "–", "—", "(", ",")):
            return not is_salutation(prev.content)
        return not reads_as_heading(prev.content, HEADING_MAX_WORDS)
    if ends_sentence(prev.content):
        if line.indent > base_indent and line.indent > prev.indent:
            return False  # first-line indent of a new paragraph
        return not next_word_fits(prev, line, layout)
    # A line that does not end a sentence is cut by the wrapper. Headings and titles in hard-wrapped
    # text stand between blank lines; one cut short here would be a first line shortened by a
    # paragraph indent that the export dropped ("Australia is a founding\nMember of ...").
    if prev.content.endswith(",") and is_salutation(prev.content) and next_word_fits(prev, line, layout):
        return False
    if (
        next_word_fits(prev, line, layout)
        and line.width <= 0.6 * layout.width
        and reads_as_heading(prev.content, HEADING_MAX_WORDS)
    ):
        return False  # a stack of short header lines ("General Assembly\nSeventy-sixth session")
    return True


def is_item_start(marker: Marker, line: Line, prev: Line | None, after_break: bool, stack: list[_Open],
                  current_item: int | None = None, next_marker: Marker | None = None) -> bool:
    """Whether a line starting with a marker opens a list item (rather than continuing prose)."""
    if after_break or prev is None:
        return True
    if line.indent > prev.indent and line.indent > 0:
        return True
    if ends_clause(prev.content):
        return True
    if next_marker is not None and next_marker.style == marker.style and (
        marker.number is None or next_marker.number == marker.number + 1
    ):
        return True  # the next line continues the same list: "Programme\n- Opening\n- Keynote"
    if (
        stack
        and stack[-1].draft == current_item
        and line.indent >= stack[-1].indent
        and marker.number in (None, 1)
        and (prev.content.endswith(":") or reads_as_heading(prev.content, HEADING_MAX_WORDS))
    ):
        return True  # opens a list nested in the item just started: "1. Background\n1.1 The Office"
    for entry in reversed(stack):  # continues the list in progress: "- a\n- b", "1. x\n2. y"
        if entry.style == marker.style or (marker.alternative and entry.style == (marker.alternative[0], marker.form)):
            if marker.number is None or entry.number is None:
                return True
            n = marker.number if entry.style == marker.style else marker.alternative[1]
            return n == entry.number + 1
    return False


def _resolve_ambiguous(marker: Marker, indent: int, stack: list[_Open]) -> Marker:
    """"(i)" after "(h)" is the letter i (9); otherwise i/v/x are roman numerals."""
    if marker.alternative is None:
        return marker
    family, number = marker.alternative
    for entry in reversed(stack):
        if entry.style == (family, marker.form) and entry.number == number - 1 and abs(entry.indent - indent) <= 1:
            return Marker(marker.text, marker.start, marker.text_start, family, marker.form, number)
        if entry.style == marker.style and entry.number is not None and entry.number + 1 == marker.number:
            break
    return Marker(marker.text, marker.start, marker.text_start, marker.family, marker.form, marker.number)


def _place(stack: list[_Open], indent: int, style: tuple[str, str]) -> int:
    """Pop the stack to where an item (indent, style) belongs; return the new depth index."""
    while stack and stack[-1].indent > indent + 1:
        stack.pop()
    for j in range(len(stack) - 1, -1, -1):
        if stack[j].style == style and abs(stack[j].indent - indent) <= 1:
            del stack[j + 1 :]
            return j  # sibling
    return len(stack)  # child of the top (deeper indentation or a new marker style), or a new list


def _bare_numbered(lines: list[Line]) -> set[int]:
    """Line indices of bare-numbered paragraphs ("1 I bring...", "2 The world...") in a counting run.

    Only after a blank line, and only runs of at least three that count up from where they start.
    """
    cands: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        if not ln.blank and (i == 0 or lines[i - 1].blank) and _BARE_NUMBER.match(ln.content):
            cands.append((i, int(_BARE_NUMBER.match(ln.content).group("num"))))
    keep: set[int] = set()
    run: list[int] = []
    last = None
    for i, n in cands:
        if last is not None and n == last + 1:
            run.append(i)
        else:
            if len(run) >= 3:
                keep.update(run)
            run = [i]
        last = n
    if len(run) >= 3:
        keep.update(run)
    return keep


@lru_cache(maxsize=1)
def _ordinal_words() -> tuple[str, ...]:
    """The ordinal words that may open items, in counting order (``ordinal_item_words`` in data/headers.json), read
    once."""
    return tuple(read_json("headers.json")["ordinal_item_words"])


@lru_cache(maxsize=1)
def _ordinal_marker() -> re.Pattern[str]:
    """"First: welcomed ...": an ordinal word then a colon."""
    words = "|".join(re.escape(w) for w in _ordinal_words())
    return re.compile(r"(?P<marker>(?P<word>" + words + r"):)(?P<gap>" + _GAP + r")(?=\S)", re.IGNORECASE)


def _ordinal_items(lines: list[Line]) -> dict[int, int]:
    """Line indices of paragraphs opened by ordinal words ("First: welcomed ...", "Second: reaffirmed
    ...") with their numbers: only runs of at least two that count up from "First", each after a
    blank line or a line ending a clause, none over a list of its own."""
    words = [w.lower() for w in _ordinal_words()]
    keep: dict[int, int] = {}
    run: dict[int, int] = {}
    for i, ln in enumerate(lines):
        m = _ordinal_marker().match(ln.content) if not ln.blank else None
        if m is None or not (i == 0 or lines[i - 1].blank or ends_clause(lines[i - 1].content)):
            continue
        if i + 1 < len(lines) and not lines[i + 1].blank and parse_marker(lines[i + 1]) is not None:
            continue  # a heading over its own list: "First: Joint Gulf action / - The Council welcomed ..."
        n = words.index(m.group("word").lower()) + 1
        if n == len(run) + 1:
            run[i] = n
        else:
            if len(run) >= 2:
                keep.update(run)
            run = {i: 1} if n == 1 else {}
    if len(run) >= 2:
        keep.update(run)
    return keep


def _angle_bullets(lines: list[Line]) -> set[int]:
    """Line indices of items bulleted with ">" ("Needs by sector / > Shelter: ... / > WASH: ..."):
    runs of at least two such lines, each opening with a capital and ending a clause (an item may wrap
    onto lines set in under its text, the last of them ending the clause). A quoted
    e-mail (">" before every line of a message, wrapped lines running on, a bare ">" between its
    paragraphs) is no list."""
    keep: set[int] = set()
    run: list[int] = []
    last: dict[int, int] = {}  # an item's last line, when it wraps onto lines set in under its text

    def flush() -> None:
        if len(run) >= 2 and all(_ANGLE_BULLET.match(lines[k].content) and ends_clause(lines[last.get(k, k)].content)
                                 for k in run):
            keep.update(run)
        run.clear()
        last.clear()

    for i, ln in enumerate(lines):
        if not ln.blank and ln.content.startswith(">"):
            run.append(i)
        elif run and not ln.blank and ln.indent >= 2 and not ends_clause(lines[last.get(run[-1], run[-1])].content):
            last[run[-1]] = i  # "> WFP has reached ... and" / "  three-day rations since 2 April."
        else:
            flush()
    flush()
    keep.update(_indented_angle_bullets(lines))
    return keep


def _indented_angle_bullets(lines: list[Line]) -> set[int]:
    """Line indices of items bulleted with ">", ">>" or "»" set in from the margin ("  > site management
    support in four care centres", " >> a regional vector-control week ...", "   » uphold the ..."), in
    any case and with or without a clause's end: runs of at least two such lines with one marker at
    one indent, a wrapped item running on in lines set in under its text; at the margin (">> Distributions
    of rice ... / (set in) provinces of ...") only a run with such a wrapped item. A quoted e-mail puts
    its ">" at the margin, before every line. A lone line in the style of a run kept elsewhere in the
    text is an item too."""
    keep: set[int] = set()
    styles: set[tuple[str, int]] = set()  # (marker, indent) of the runs kept
    lone: list[tuple[int, tuple[str, int]]] = []  # single set-in lines, kept when a run has their style
    run: list[int] = []
    head: tuple[str, int] | None = None  # (marker, indent) of the run
    col = 0  # where the items' text starts
    wrapped = False  # an item of the run runs on in a line set in under its text

    def flush() -> None:
        nonlocal head, wrapped
        if head is not None and (head[1] > 0 or wrapped):  # at the margin: only items wrapped under their text
            if len(run) >= 2:
                keep.update(run)
                styles.add(head)
            elif len(run) == 1 and head[1] > 0:
                lone.append((run[0], head))
        run.clear()
        head = None
        wrapped = False

    for i, ln in enumerate(lines):
        m = _ANY_ANGLE_BULLET.match(ln.content) if not ln.blank else None
        if m is not None and ln.indent == 0 and m.group("marker") in (">", "#"):
            m = None  # a quoted e-mail's ">" (margin runs of ">" are read by _angle_bullets), a Markdown heading's "#"
        if m is not None and (head is None or head == (m.group("marker"), ln.indent)):
            head = (m.group("marker"), ln.indent)
            col = ln.indent + m.end()
            run.append(i)
        elif run and not ln.blank and m is None and ln.indent >= col and not ln.content.startswith((">", "»", "›", "#")):
            wrapped = True
            continue  # a wrapped item's next line
        else:
            flush()
            if m is not None:
                head = (m.group("marker"), ln.indent)
                col = ln.indent + m.end()
                run.append(i)
    flush()
    # a lone item in the style of a run elsewhere in the text: "Moderator: X / >> Representatives of ..."
    keep.update(i for i, style in lone if style in styles)
    return keep


#: How many lines further a list's next marker is looked for, over an item's continuation lines.
NEXT_MARKER_LINES = 4


def _next_sibling_marker(lines: list[Line], idx: int) -> Marker | None:
    """The marker of the next line at the same indentation as line ``idx``, looking over lines
    indented further (an item's continuation: "• Ms. X, Director, /   Office of Y / • Mr. Z");
    None at a blank line, at a line indented less or at one without a marker."""
    indent = lines[idx].indent
    for j in range(idx + 1, min(len(lines), idx + 1 + NEXT_MARKER_LINES)):
        ln = lines[j]
        if ln.blank or ln.indent < indent - 1:
            return None
        if ln.indent > indent + 1:
            continue
        return parse_marker(ln)
    return None


#: A table row has at least this many cells between tabs.
TABLE_ROW_MIN_CELLS = 3


def _cells(content: str) -> int:
    return len([c for c in content.split("\t") if c.strip()])


#: A gap of this many spaces or more between two cells of a space-aligned table.
_SPACE_GAP = re.compile(r" {2,}")


def _space_cells(line: Line) -> list[int]:
    """Columns where the cells of a space-aligned row start (after the first): the column after
    each gap of two spaces or more ("1.   Hon. X   Minister for ...   Ministry of ...")."""
    return [line.indent + m.end() for m in _SPACE_GAP.finditer(line.content)]


def _is_space_table_row(lines: list[Line], idx: int) -> bool:
    """A numbered row of a table aligned with spaces ("1.   Hon. Beatrice Askul Moe   Minister
    for ...   Ministry of EAC Affairs, Kenya" under "No.  NAME   DESIGNATION   INSTITUTION"): the
    line has two cells or more after its number, and at least two of its cells start in the same
    columns as the cells of the line above or below it (a header row or another row). Prose
    with two spaces after its full stops does not keep its columns from line to line."""
    cols = set(_space_cells(lines[idx]))
    if len(cols) < TABLE_ROW_MIN_CELLS - 1:
        return False
    for step in (-1, 1):
        j = idx + step
        if 0 <= j < len(lines) and not lines[j].blank and "\t" not in lines[j].content:
            if len(cols & set(_space_cells(lines[j]))) >= TABLE_ROW_MIN_CELLS - 1:
                return True
    return False


def _is_table_row(lines: list[Line], idx: int, marker: Marker) -> bool:
    """A bare number before a tab that opens a table's row, not an item: the line has two cells or
    more after the number, and so has a line next to it (a header row "No.<TAB>Member State<TAB>Head
    of Delegation", or another row). A note "1<TAB>Pope Francis, Encyclical Letter, 3<TAB>0, 54"
    with a stray tab, among notes of one cell, stays an item. A numbered row aligned with spaces
    is one too (:func:`_is_space_table_row`)."""
    if marker.form == "N." and marker.family == "num" and "\t" not in lines[idx].content:
        return _is_space_table_row(lines, idx)
    if marker.form != "N." or not re.match(r"\d{1,3},?\t", lines[idx].content):
        return False
    if _cells(lines[idx].content) < TABLE_ROW_MIN_CELLS:
        return False
    for step in (-1, 1):
        j = idx + step
        if 0 <= j < len(lines) and not lines[j].blank and _cells(lines[j].content) >= TABLE_ROW_MIN_CELLS:
            return True
    return False


#: A word or bracket carrying a footnote mark ("Summary record (partial)*", "meeting**"): a line
#: opening with "*" alone, under such a word, is the footnote, not a bulleted item.
_FOOTNOTE_REFERENCE = re.compile(r"[\w)](?:\*{1,2}|†)(?=[\s,.;:]|$)", re.MULTILINE)


#: A section heading in capitals numbered "I." has at most this many words.
CAPS_SECTION_MAX_WORDS = 6


def _is_lone_letter(lines: list[Line], idx: int, marker: Marker) -> bool:
    """A line opening with a capital letter past "A" and its full stop, no line above opening with
    the letter before it: not the item "G." of a list but an initial ("G. Tchakounte" signing a
    report) or a speaker's label ("Q. (Name, Outlet): Did you ...")."""
    if marker.family != "upper" or marker.form != "N." or marker.number is None or marker.number < 2:
        return False
    before = chr(ord("A") + marker.number - 2) + "."
    return not any(ln.content.startswith(before) for ln in lines[:idx] if not ln.blank)


def _is_section_heading(lines: list[Line], idx: int, marker: Marker) -> bool:
    """A report's section heading numbered in capitals ("I.  Opening of the Conference", "B.
    Participation"): a line standing alone between blank lines, its text a heading, over a
    paragraph numbered in another style ("1.  The Conference ..."), or written in capitals itself
    ("I. BACKGROUND"). A reader sees the section's heading, and the numbered paragraphs under it
    stay at the top level."""
    if marker.family not in ("ROMAN", "upper") or marker.form != "N.":
        return False
    if idx > 0 and not lines[idx - 1].blank or idx + 1 < len(lines) and not lines[idx + 1].blank:
        return False
    heading = lines[idx].content[marker.text_start - lines[idx].cstart :]
    if not reads_as_heading(heading, HEADING_MAX_WORDS):
        return False
    if any(_numbers_its_subsections(lines, k, m) for k, m in _heading_run(lines, idx, marker)):
        return False  # "II. COMMUNICATIONS" over "2.1. Security situation ...": items over their own subsections
    unbracketed = re.sub(r"\s*\([^()]*\)", "", heading)
    if unbracketed and is_all_caps(unbracketed) and len(heading.split()) <= CAPS_SECTION_MAX_WORDS \
            and not _section_unnumbered(lines, idx, marker):
        return True  # "I. BACKGROUND", "IV. CONFIRMED SPEAKERS (opening session)": a section in capitals
    following = next((ln for ln in lines[idx + 1 :] if not ln.blank), None)
    below = parse_marker(following) if following is not None else None
    return below is not None and below.family == "num" and below.style != marker.style


def _heading_run(lines: list[Line], idx: int, marker: Marker) -> list[tuple[int, Marker]]:
    """The run of headings numbered in one style that the heading on line ``idx`` belongs to ("I.",
    "II.", "III." each standing alone between blank lines), in order."""
    found = {idx: marker}
    for step in (-1, 1):
        k, last = idx, marker
        for j in range(idx + step, len(lines) if step > 0 else -1, step):
            if abs(j - k) > SECTION_SCAN_LINES:
                break
            ln = lines[j]
            if ln.blank or (j > 0 and not lines[j - 1].blank) or (j + 1 < len(lines) and not lines[j + 1].blank):
                continue
            m = parse_marker(ln)
            if m is not None and m.style == marker.style and m.number == last.number + step:
                found[j] = m
                k, last = j, m
    return sorted(found.items())


def _numbers_its_subsections(lines: list[Line], idx: int, marker: Marker) -> bool:
    """The first marked line of the section a numbered heading opens is a subsection numbered by
    the heading's own number ("II. COMMUNICATIONS" over "2.1. Security situation ...", "B. Budget"
    over "2.1 Income"): the numbering makes the section's parts the heading's children, so the
    heading is an item at level 1 and its subsections items at level 2 (tests/data/dev/README.md),
    not a report's section over paragraphs numbered on through the text ("I. INTRODUCTION" over
    "1. The Workshop ...")."""
    for k in range(idx + 1, min(len(lines), idx + SECTION_SCAN_LINES)):
        below = parse_marker(lines[k]) if not lines[k].blank else None
        if below is None:
            continue
        if not below.family.startswith("decimal"):
            return False
        return int(below.text.split(".")[0]) == marker.number
    return False


def _section_unnumbered(lines: list[Line], idx: int, marker: Marker) -> bool:
    """The section a numbered heading in capitals opens ("A. SITUATION ANALYSIS") holds no marked
    line down to the next heading of its run ("B. OPERATIONAL STRATEGY / PROGRESS"), and that one
    stands right over its text, no blank line between (so it is an item): the run's headings are
    numbered headings over prose and lists, items at level 1 alike (tests/data/dev/README.md), not
    a report's sections over numbered paragraphs."""
    for k in range(idx + 1, min(len(lines), idx + SECTION_SCAN_LINES)):
        below = parse_marker(lines[k]) if not lines[k].blank else None
        if below is None or below.family.startswith("bullet"):
            continue  # (a bulleted list in the section numbers no paragraph: _run_over_bullets)
        if below.style == marker.style and below.number == marker.number + 1:
            return k + 1 < len(lines) and not lines[k + 1].blank or _run_over_bullets(lines, idx, marker)
        return False
    return len(_heading_run(lines, idx, marker)) > 1 and _run_over_bullets(lines, idx, marker)  # the run's last


def _run_over_bullets(lines: list[Line], idx: int, marker: Marker) -> bool:
    """The sections of the heading run that the heading on line ``idx`` belongs to hold bulleted
    lists and no numbered line ("I. COMMUNICATION OF THE HEAD OF STATE / ... instructed the
    Government to: / - complete ... / II. COMMUNICATION OF THE PRIME MINISTER"): the headings are
    sections over prose and lists, items at level 1 alike; not a report's sections over numbered
    paragraphs or lists ("II. OBJECTIVES" over "1. take stock ..."), nor over tables."""
    run = _heading_run(lines, idx, marker)
    heads = {k for k, _ in run}
    bulleted = False
    for k in range(run[0][0], min(len(lines), run[-1][0] + SECTION_SCAN_LINES)):
        m = parse_marker(lines[k]) if not lines[k].blank and k not in heads else None
        if m is None:
            continue
        if not m.family.startswith("bullet"):
            return False
        bulleted = True
    return bulleted


#: How far down a lettered section is read for its numbered lines and its next heading.
SECTION_SCAN_LINES = 200


#: A heading that names the paper an agenda ("ANNOTATED PROVISIONAL AGENDA", "Draft annotated
#: agenda"): numbered headings with prose between them under it are the agenda's items of business.
_AGENDA_HEADING = re.compile(r"\bagenda\b|\bordre du jour\b", re.IGNORECASE)
#: An annotated agenda has at least this many numbered headings in a run, and at least this many
#: of the gaps between two of them hold an annotation paragraph.
AGENDA_MIN_HEADINGS = 3
AGENDA_MIN_ANNOTATED = 2
#: An annotation paragraph's line has at least this many words.
ANNOTATION_MIN_WORDS = 6


def _agenda_headings(lines: list[Line]) -> set[int]:
    """Line indices of an annotated agenda's numbered headings ("1. Opening of the meeting" over a
    paragraph saying who opens it, "2. Adoption of the agenda", "3. Caribbean debt ..." over its
    annotation): a heading to the reader, not a list item.

    Only under a heading standing alone between blank lines that names an agenda
    (``_AGENDA_HEADING``), and only a candidate line not run on by the next (a hard-wrapped
    numbered paragraph's first line may read as a heading: "66. That was the reason for the
    provision in Article 109 / for a General Conference ..."). A press conference's numbered
    topics, each over its questions and answers, stay items. A candidate is a line numbered "N." or "N)" after a blank line (or first), its text short and
    no sentence (:func:`reads_as_heading`). Candidates of one style and indentation that count up
    one by one form a run; a gap between two of them is annotated when it holds a line with no
    marker, not indented under the heading's text, that reads as prose (a sentence of at least
    ``ANNOTATION_MIN_WORDS`` words, or one ending with ":"). A run of ``AGENDA_MIN_HEADINGS`` or
    more with ``AGENDA_MIN_ANNOTATED`` annotated gaps or more is an agenda. A numbered list of
    short items (no prose between them; a hanging continuation line is indented under the text),
    one closed by a paragraph after its last item, and numbered paragraphs of records (sentences,
    no headings) stay items."""
    cands: list[tuple[int, Marker]] = []
    for i, ln in enumerate(lines):
        if ln.blank or (i > 0 and not lines[i - 1].blank):
            continue
        m = parse_marker(ln)
        if m is None or m.family != "num" or m.form not in ("N.", "N)") or m.number is None:
            continue
        after = lines[i + 1] if i + 1 < len(lines) else None
        if after is not None and not after.blank and (starts_lowercase(after.content) or starts_as_continuation(after.content)):
            continue  # "66. That was the reason for the provision in Article 109 / for a General ...": wrapped prose
        if reads_as_heading(ln.content[m.text_start - ln.cstart :], HEADING_MAX_WORDS):
            cands.append((i, m))

    def annotated(a: int, b: int, head: Line, m: Marker) -> bool:
        text_col = head.indent + (m.text_start - head.cstart)
        for ln in lines[a + 1 : b]:
            if ln.blank or ln.indent >= text_col or parse_marker(ln) is not None:
                continue
            if (ends_sentence(ln.content) or ln.content.endswith(":")) and len(_words(ln.content)) >= ANNOTATION_MIN_WORDS:
                return True
        return False

    keep: set[int] = set()
    run: list[tuple[int, Marker]] = []
    notes = 0

    def flush() -> None:
        if len(run) >= AGENDA_MIN_HEADINGS and notes >= AGENDA_MIN_ANNOTATED and any(
            _AGENDA_HEADING.search(ln.content) and reads_as_heading(ln.content, HEADING_MAX_WORDS)
            and (k == 0 or lines[k - 1].blank) and lines[k + 1].blank
            for k, ln in enumerate(lines[: run[0][0]])
            if not ln.blank
        ):
            keep.update(i for i, _ in run)

    for i, m in cands:
        if run:
            j, pm = run[-1]
            same_list = pm.style == m.style and lines[j].indent == lines[i].indent and m.number == pm.number + 1
            between = any(
                (mk := parse_marker(ln)) is not None and mk.style == m.style and ln.indent <= lines[i].indent
                for ln in lines[j + 1 : i]
                if not ln.blank
            )
            if same_list and not between:
                notes += annotated(j, i, lines[j], pm)
                run.append((i, m))
                continue
            flush()
        run, notes = [(i, m)], 0
    flush()
    return keep


def _build_drafts(text: str, lines: list[Line]) -> list[_Draft]:
    layout = _Layout(lines)
    script = dominant_script(text)
    bare = _bare_numbered(lines)
    angle = _angle_bullets(lines)
    ordinal = _ordinal_items(lines)
    agenda = _agenda_headings(lines)
    footnoted = bool(_FOOTNOTE_REFERENCE.search(text))  # a word carries a footnote mark ("(partial)*")
    last_line = max((i for i, ln in enumerate(lines) if not ln.blank), default=-1)
    drafts: list[_Draft] = []
    stack: list[_Open] = []
    cur: _Draft | None = None
    prev: Line | None = None  # last content line of the current run
    after_break = True  # a blank line or noise came before this line
    before_blank: _Draft | None = None  # the block a blank line just closed
    cut: int | None = None  # index of the paragraph or item that page furniture just interrupted
    last_number = -1  # the number of the last top-level item "N." (a record's numbered paragraphs)
    last_numbered = -1  # ... and of the last item "N." at any level, which subparagraphs "N.1" subdivide

    def close() -> None:
        nonlocal cur
        cur = None

    def start_item(line: Line, marker: Marker) -> None:
        nonlocal cur
        marker = _resolve_ambiguous(marker, line.indent, stack)
        depth = _place(stack, line.indent, marker.style)
        parent = stack[depth - 1].draft if depth > 0 else None
        text_col = line.indent + (marker.text_start - line.cstart)
        d = _Draft("list_item", [line], marker, level=depth + 1, parent=parent, number=marker.number, text_col=text_col)
        d.start = marker.text_start
        if _BOX_EMPTY_CELLS.match(line.content) and line.content.endswith("|"):
            d.stop = line.cstart + len(line.content[:-1].rstrip())  # the cell's text, not its border
        drafts.append(d)
        entry = _Open(line.indent, marker.style, len(drafts) - 1, marker.number, text_col)
        if depth < len(stack):
            stack[depth] = entry
        else:
            stack.append(entry)
        cur = d

    def start_paragraph(line: Line, kind: str = "paragraph", start: int | None = None) -> None:
        nonlocal cur
        # a numbered section heading stays open over its section's text, so that a list in the
        # section nests under it ("2. Objectives / The dialogue will: / a) ..."); an unnumbered
        # heading of its own closes the section
        section = stack[0] if stack and kind == "paragraph" and _opens_section(drafts, stack[0], text, lines, idx) else None
        while stack and stack[-1].indent >= line.indent and stack[-1] is not section:
            stack.pop()
        parent = None
        level = 1
        if stack and stack[-1] is not section and line.indent >= stack[-1].text_col - 1:
            parent, level = stack[-1].draft, len(stack) + 1  # a further paragraph of an item
        elif section is not None:
            del stack[1:]
        else:
            stack.clear()
        d = _Draft(kind, [line], level=level, parent=parent)
        d.start = line.cstart if start is None else start
        drafts.append(d)
        cur = d

    for idx, line in enumerate(lines):
        if line.blank:
            if cur is not None:
                before_blank = cur
            close()
            after_break = True
            continue
        beside_blank = idx == 0 or idx == len(lines) - 1 or lines[idx - 1].blank or lines[idx + 1].blank
        if is_noise_line(line.content, script, beside_blank):
            interrupted = cur if cur is not None else before_blank
            if interrupted is not None and interrupted.type in ("paragraph", "list_item") and not is_decoration(line.content):
                # (a rule "=====" under a line underlines it or ends a section: it cuts no sentence)
                cut = next(k for k in range(len(drafts) - 1, -1, -1) if drafts[k] is interrupted)
            before_blank = None
            close()
            d = _Draft("noise", [line])
            d.start = line.cstart
            drafts.append(d)
            after_break = True
            continue

        marker = parse_marker(line)
        if marker is not None and _COPYRIGHT_LINE.fullmatch(line.content) and not any(e.style == marker.style for e in stack):
            marker = None  # a copyright line, not an item "(c)"
        if marker is not None and _is_table_row(lines, idx, marker):
            marker = None  # "1<TAB>Albania<TAB>Ms. X, Deputy Minister" under "No.<TAB>Member State<TAB>Head of Delegation"
        closing = idx == last_line and not (prev is not None and prev.content.endswith(":"))
        if marker is not None and marker.text == "*" and (footnoted or closing) \
                and not any(e.style == marker.style for e in stack) and _next_sibling_marker(lines, idx) is None:
            marker = None  # "* No summary record was prepared ..." under "Summary record (partial)*", or a
            # lone starred line closing the text ("* North Macedonia ... continue to be part of ..."): a footnote
        if marker is not None and _is_lone_letter(lines, idx, marker):
            marker = None  # "G. Tchakounte" signing a report, "Q. (Name, Outlet):": no item "G." or "Q." of a list
        if marker is not None and _is_section_heading(lines, idx, marker):
            marker = None  # "I.  Opening of the Conference" over "1.  The Conference ...": a report's section
        if marker is None and (after_break or line.indent > 0) and not is_time_row(line.content):
            marker = _subparagraph_marker(line, last_numbered, stack)
        if marker is None and idx in angle:
            m = _ANY_ANGLE_BULLET.match(line.content)
            marker = Marker(m.group("marker"), line.cstart, line.cstart + m.end(), "bullet:" + m.group("marker"), "", None)
        if marker is None and idx in ordinal:
            m = _ordinal_marker().match(line.content)
            marker = Marker(m.group("marker"), line.cstart, line.cstart + m.end(), "ordinal", "N:", ordinal[idx])
        if marker is None and idx in bare:
            m = _BARE_NUMBER.match(line.content)
            marker = Marker(m.group("marker"), line.cstart, line.cstart + m.end(), "bare", "N", int(m.group("num")))
        # Where a heading line's text starts, when the line is a heading of its own: "1. Opening of the meeting"
        # over its annotation (an agenda's heading, no item), or a Markdown heading that is no item ("## Haiti")
        heading_at = line.cstart if idx in agenda else None
        item = False
        if heading_at is None and marker is not None:
            current_item = len(drafts) - 1 if cur is not None and cur.type == "list_item" else None
            item = idx in angle or is_item_start(marker, line, prev, after_break, stack, current_item,
                                 _next_sibling_marker(lines, idx)) \
                or ((marker.family.startswith("bullet")
                     or (marker.family == "num" and marker.form == "N." and marker.number in (1, last_number + 1)))
                    and cur is not None and cur.type == "paragraph" and len(cur.lines) == 1
                    and reads_as_heading(prev.content, HEADING_MAX_WORDS) and not is_all_caps(line.content))
            # (a bullet or a first item "1." under a heading standing on its own line: "Speakers / • Ms.
            # X, Director,", "Agenda / 1. Updates from partners", or the next numbered paragraph of a
            # record whose numbering runs on over its section headings: "2.   The delegation met ... /
            # (blank) / Observations / 3.   In Batken ..."; not "1)", which may open an enumeration
            # running on in the paragraph: "Recommendations / 1) train, 2) fund ...")
        if item and cur is not None and cur.type == "paragraph" and not ends_clause(prev.content) \
                and line.indent <= prev.indent and _runs_on_inline(text, cur.start, line):
            item = False  # "... agreed on three\nthings: (1) to resume X,\n(2) to hold Y, and\n(3) to ask Z": an
            # inline enumeration in a wrapped paragraph whose next markers fall at a line's start
        md = _MD_HEADING.match(line.content) if heading_at is None and not item else None
        if md is not None and (after_break or prev is None or ends_clause(prev.content)):
            heading_at = line.cstart + md.end()
        if heading_at is not None:
            close()
            start_paragraph(line, "heading", start=heading_at)
            close()
            after_break = True
            before_blank = None
            cut = None
            prev = line
            continue

        if item:
            close()
            start_item(line, marker)
            if cur.level == 1 and marker.style == ("num", "N."):
                last_number = marker.number
            if marker.style == ("num", "N."):
                last_numbered = marker.number  # ("2. Water ... :" at level 2 / "2.1 Jerry cans ..." / "2.2 well cleaning ...")
        elif cur is not None and not is_time_row(line.content) and _continues(cur, prev, line, layout):
            cur.lines.append(line)
        elif (
            cur is None
            and before_blank is not None
            and before_blank.type in ("paragraph", "list_item")
            and not ends_clause(prev.content)
            and not (len(before_blank.lines) == 1 and is_all_caps(prev.content))  # "JOINT COMMUNIQUÉ / (blank) / between ..."
            and (starts_lowercase(line.content) or (marker is None and _ends_cut(prev.content) and not prev.content.endswith(",")))
        ):
            # A sentence cut by a page break ("... exploiting fear and\n \nuncertainty to ...",
            # "... to Bosnia and\n\nHerzegovina when ..."): one paragraph to the reader; its span
            # runs over the blank lines. Not after a comma: "Ladies and gentlemen,\n\nIt is ...".
            cur = before_blank
            cur.lines.append(line)
        elif cur is None and cut is not None and resumes_after_furniture(prev, line, layout):
            # "... hope for global peace, security and\n\n27 10-55128\n\nrespect for human dignity":
            # the page number is noise; the text after it continues the interrupted block. It cannot
            # be one span without the furniture in its text, so it is a block of its own that
            # ``continues`` the first half (a paragraph: same level and parent; an item: a further
            # paragraph of the item).
            first = drafts[cut]
            if first.type == "list_item":
                d = _Draft("paragraph", [line], level=first.level + 1, parent=cut)
            else:
                d = _Draft("paragraph", [line], level=first.level, parent=first.parent)
            d.start = line.cstart
            d.continues = cut
            drafts.append(d)
            cur = d
        else:
            close()
            start_paragraph(line)
        prev = line
        after_break = False
        before_blank = None
        cut = None
    return drafts


#: A numbered section heading ("2. Objectives") has at most this many words.
SECTION_ITEM_MAX_WORDS = 10


def _opens_section(drafts: list[_Draft], entry: _Open, text: str, lines: list[Line], at: int) -> bool:
    """Is the top-level item ``entry`` a numbered section heading over its section's text, which
    the paragraph opening on line ``at`` belongs to (tests/data/dev/README.md: a numbered section
    heading outside an agenda is an item at level 1, a list in its section at level 2)?

    The item is numbered ("1.", "2)", "II.", "4.0"), one line long, its text a short heading
    (SECTION_ITEM_MAX_WORDS words at most, no closing punctuation: "Background", "2. ACTIONS TAKEN
    BY CDEMA"), and each earlier item of its list had something between it and the next (a
    section's text): the items of a short list standing one under the other ("1. Opening / 2.
    Panel / 3. Closing") head no sections (an agenda above, whose first item the sections repeat
    when they number again from 1, is another list).
    The paragraph is no heading standing alone itself
    ("Annex" between blank lines, "Action points" over its list: a section of its own)."""
    d = drafts[entry.draft]
    if d.type != "list_item" or d.level != 1 or d.marker is None or len(d.lines) != 1:
        return False
    whole = d.marker.family == "decimal2" and re.fullmatch(r"\d{1,2}\.0", d.marker.text)  # "4.0 DECISIONS"
    if not whole and (d.marker.family not in ("num", "ROMAN", "upper") or d.marker.form not in ("N.", "N)")):
        return False
    heading = text[d.start : d.lines[0].cend]
    if not reads_as_heading(heading, SECTION_ITEM_MAX_WORDS):
        return False
    line = lines[at]
    alone = (at == 0 or lines[at - 1].blank) and (
        at + 1 >= len(lines) or lines[at + 1].blank or parse_marker(lines[at + 1]) is not None)
    if alone and reads_as_heading(line.content, SECTION_ITEM_MAX_WORDS) and parse_marker(line) is None \
            and not _sub_headings_only(drafts, entry.draft):
        return False
    siblings = [k for k in range(entry.draft + 1) if drafts[k].type == "list_item" and drafts[k].level == 1
                and drafts[k].marker is not None and drafts[k].marker.style == d.marker.style]
    # the items of this list only: an agenda "1. / 2. / 3." listed above, its sections numbered
    # again from 1 below under the same first heading, is another list
    firsts = [i for i, k in enumerate(siblings) if drafts[k].marker.number == 1]
    if len(firsts) > 1:
        def heading_of(k: int) -> str:
            return " ".join(text[drafts[k].start : drafts[k].end].split())
        if heading_of(siblings[firsts[-1]]) in {heading_of(siblings[i]) for i in firsts[:-1]}:
            siblings = siblings[firsts[-1]:]
    return all(b - a > 1 for a, b in zip(siblings, siblings[1:]))


def _runs_on_inline(text: str, start: int, line: Line) -> bool:
    """Whether the marker opening ``line`` goes on with an inline enumeration that began inside the
    paragraph starting at ``start`` (its first item after other words on a line, the text before
    ``line`` not ending a clause)."""
    runs = inline_items(text[start : line.cend])
    at = line.cstart - start
    for run in runs:
        first = start + run[0].marker_start
        if any(it.marker_start == at for it in run[1:]) and text[text.rfind("\n", 0, first) + 1 : first].strip():
            return True
    return False


def _sub_headings_only(drafts: list[_Draft], section: int) -> bool:
    """Whether all that stands under the section heading ``drafts[section]`` so far is its own
    sub-headings over their lists ("3. Programme / Opening remarks / - X / - Y / Panel / - Z"): a
    heading standing alone there is one more of them, inside the section (its list at level 2);
    after the section's text ("3. AOB / Ms. X announced ... / Action points") it is a section of its own."""
    for d in drafts[section + 1 :]:
        if d.type == "noise" or (d.type == "list_item" and d.level > 1):
            continue
        if d.type == "paragraph" and d.level == 1 and len(d.lines) == 1 and reads_as_heading(d.lines[0].content, SECTION_ITEM_MAX_WORDS):
            continue
        return False
    return True


def _subparagraph_marker(line: Line, last_number: int, stack: list[_Open]) -> Marker | None:
    """A subparagraph "3.1" before text in lower case, inside the numbered paragraph "3." it
    subdivides: the first ("3.1") or the next of those already open ("3.2" after "3.1")."""
    m = _LOWER_DECIMAL.match(line.content)
    if m is None:
        return None
    parts = [int(p) for p in m.group("dec").split(".")]
    if parts[0] != last_number:
        return None
    style = (f"decimal{len(parts)}", "N.N")
    if parts[-1] != 1 and not any(e.style == style and e.number == parts[-1] - 1 for e in stack):
        return None
    return Marker(m.group("marker"), line.cstart, line.cstart + m.end(), style[0], style[1], parts[-1])


def _ends_cut(content: str) -> bool:
    """A line that stops mid-phrase: on a function word, a comma, a hyphen or an open bracket."""
    return last_word(content) in _FUNCTION_WORDS or content.endswith(("-", "–", "—", "(", ","))


def resumes_after_furniture(prev: Line, line: Line, layout: _Layout) -> bool:
    """Does ``line``, after page furniture, continue the block whose last line is ``prev``?

    Only when ``prev`` did not finish a clause and the break is visibly mid-sentence: ``line``
    starts in lowercase or with ", ) ;", ``prev`` ends on a function word, a comma or a hyphen, or
    ``prev`` is a full line of hard-wrapped text (the page ended, not the paragraph).
    """
    if ends_clause(prev.content):
        return False
    if starts_as_continuation(line.content):
        return True
    if _ends_cut(prev.content):
        return True
    return layout.wrapped and prev.width >= FULL_LINE_SHARE * layout.width


def _continues(cur: _Draft, prev: Line, line: Line, layout: _Layout) -> bool:
    if cur.type == "list_item":
        if _BOX_EMPTY_CELLS.match(cur.first.content):
            return False  # an item written in a cell of a table drawn with "|" ends with its row
        if starts_as_continuation(line.content):
            return True
        if line.indent < cur.first.indent:
            return False
        hanging = line.indent >= cur.text_col - 1 and line.indent > cur.first.indent
        if len(cur.lines) == 1 and not hanging and cur.marker is not None and not is_all_caps(line.content):
            heading = prev.content[max(0, cur.marker.text_start - prev.cstart) :]
            if is_all_caps(heading) and reads_as_heading(heading, SECTION_ITEM_MAX_WORDS):
                return False  # "3. RESPONSE" over "The President of the Republic ...": a section's heading
                # in capitals over its text, which is a paragraph of its own
        if not layout.wrapped:
            return hanging or last_word(prev.content) in _FUNCTION_WORDS or prev.content.endswith(("-", "–", "("))
        if ends_sentence(prev.content) and next_word_fits(prev, line, layout):
            return False
        return True
    if cur.type != "paragraph":
        return False
    return continues_paragraph(prev, line, layout, cur.first.indent)


# =============================================================================================
# Inline enumerations
# =============================================================================================


@dataclass(frozen=True)
class InlineItem:
    marker: str
    number: int
    start: int  # offsets relative to the string searched
    end: int
    marker_start: int


def _inline_candidates(text: str) -> list[tuple[int, int, str, list[tuple[str, int]], str]]:
    """(start, end, marker, readings, form) of every marker-like token."""
    out = []
    for m in _INLINE_MARKER.finditer(text):
        if _CURRENCY_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        token = m.group("p") or m.group("c")
        form = "(N)" if m.group("p") else "N)"
        readings: list[tuple[str, int]] = []
        if token.isdigit():
            readings.append(("num", int(token)))
        else:
            reading = _alpha_reading(token)
            if reading is None:
                continue
            readings.append((reading[0], reading[1]))
            if reading[2]:
                readings.append(reading[2])
        out.append((m.start(), m.end(), m.group(), readings, form))
    return out


def _sentence_end(text: str, start: int, limit: int | None = None) -> int:
    """End of the sentence (or of an unclosed parenthesis) that begins before ``start``; at most ``limit``."""
    depth = 0
    i = start
    n = len(text) if limit is None else min(len(text), limit)
    while i < n:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth > 0:
                depth -= 1
            elif not re.search(r"(?<!\S)\w{1,4}$", text[max(start, i - 5) : i]):  # not "4)" of a marker
                return i
        elif ch in ".!?" and (i + 1 == n or text[i + 1] in " \t\n\u00a0\"'”’)]"):
            word = re.search(r"(\S+)$", text[start:i])
            w = word.group(1).lower().lstrip("(\"'“‘") if word else ""
            if w not in _ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)*[a-z]", w):
                return i
        elif ch == "\n" and text[i + 1 : i + 2] == "\n":
            return i
        i += 1
    return n


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_space(text[start]):
        start += 1
    tail = _ITEM_TAIL.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    while end > start and (_is_space(text[end - 1]) or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def inline_items(text: str, first_number: int = 1, family_form: tuple[str, str] | None = None) -> list[list[InlineItem]]:
    """Runs of inline enumeration items in ``text``, each run counting up from ``first_number``.

    A run needs at least two markers of one style ("1)" / "(1)" / "(a)" / "a)" / "(i)" ...), the
    first with ordinal ``first_number`` (1 unless continuing a list), each next one exactly one
    more. "(i)" right after "(h)" continues the letters; otherwise it starts roman numerals.
    With ``family_form`` given, only that style is looked for.
    """
    cands = _inline_candidates(text)
    used: set[int] = set()
    runs: list[list[tuple[int, int, str, int]]] = []
    for k, (s, e, mk, readings, form) in enumerate(cands):
        if k in used:
            continue
        for family, number in readings:
            if number != first_number or (family_form and (family, form) != family_form):
                continue
            run = [(s, e, mk, number)]
            members = [k]
            expect = number + 1
            for j in range(k + 1, len(cands)):
                if j - members[-1] > INLINE_MAX_GAP:
                    break  # bounded work: a run continues within a few marker-like tokens
                if j in used:
                    continue
                s2, e2, mk2, readings2, form2 = cands[j]
                if form2 == form and (family, expect) in readings2:
                    run.append((s2, e2, mk2, expect))
                    members.append(j)
                    expect += 1
            if len(run) >= 2 or (family_form and run):
                used.update(members)
                after = cands[members[-1] + 1][0] if members[-1] + 1 < len(cands) else len(text)
                runs.append((run, after))
                break
    result = []
    for run, after in sorted(runs):
        items = []
        # "(a) X; (b) Y; (c) Z; and ..." - items separated by semicolons: the last ends at one too.
        by_semicolon = all(re.search(r";[\s\"'“‘]*(?:and|or)?[\s\"'“‘]*$", text[: run[i + 1][0]]) for i in range(len(run) - 1))
        for i, (s, e, mk, number) in enumerate(run):
            if i + 1 < len(run):
                end = run[i + 1][0]
            else:
                # the last item ends with its sentence, before the next marker-like token, and
                # within LAST_ITEM_MAX_CHARS (bounded work on pathological text)
                end = _sentence_end(text, e, min(after, e + LAST_ITEM_MAX_CHARS))
                if by_semicolon and ";" in text[e:end]:
                    end = text.index(";", e, end)
            a, b = _trim(text, e, end)
            if b > a:
                items.append(InlineItem(mk, number, a, b, s))
        if len(items) >= 2 or (family_form and items):
            result.append(items)
    return result


# =============================================================================================
# The stage
# =============================================================================================


def _split_same_line_siblings(text: str, drafts: list[_Draft]) -> list[tuple[int, int, int, str | None, int | None, bool]]:
    """Final spans (draft index, start, end, marker, number, lead) of the line-level drafts.

    "(a) X; (b) Y" on one line is two sibling items, not one item holding the next one; ``lead``
    marks the first item of a list split from the end of the paragraph or item leading into it.
    """
    out = []
    for k, d in enumerate(drafts):
        start, end = d.start, d.end
        if d.type == "list_item" and d.marker and d.marker.form in ("(N)", "N)") and d.number is not None:
            runs = inline_items(text[start:end], d.number + 1, d.marker.style)
            if runs and runs[0][0].marker_start > 0:
                a, b = _trim(text, start, start + runs[0][0].marker_start)
                out.append((k, a, b, d.marker.text, d.number, False))
                for it in runs[0]:
                    out.append((k, start + it.start, start + it.end, it.marker, it.number, False))
                continue
        first = _first_item_in_lead_in(text, drafts, k)
        if first is not None:
            out.append((k, start, start + len(text[start : start + first.marker_start].rstrip()),
                        d.marker.text if d.marker else None, d.number, False))
            out.append((k, start + first.start, start + first.end, first.marker, first.number, True))
            continue
        out.append((k, start, end, d.marker.text if d.marker else None, d.number, False))
    return out


def _first_item_in_lead_in(text: str, drafts: list[_Draft], k: int) -> InlineItem | None:
    """The first item of a list written at the end of the paragraph that leads into it, its next
    items opening the next lines ("Follow-up for us: (a) share the note; / (b) check ...; / (c)
    ..."), also at the end of a numbered paragraph ("2. In particular, the revision: (a) strengthens
    ...; / (b) adds ..."): the item "(a)", split from the paragraph (offsets relative to the paragraph)."""
    d = drafts[k]
    if d.type not in ("paragraph", "list_item") or k + 1 >= len(drafts):
        return None
    nxt = drafts[k + 1]
    if nxt.type != "list_item" or nxt.marker is None or nxt.marker.form not in ("(N)", "N)") or nxt.number != 2:
        return None
    if d.type == "list_item" and (d.marker is None or d.marker.style == nxt.marker.style):
        return None  # "1) X / 2) Y": the items of one list
    if text[d.end : nxt.marker.start].count("\n") != 1 or nxt.first.indent != d.lines[-1].indent:
        return None  # a blank line or an indent between them
    last = d.lines[-1].cstart - d.start
    runs = inline_items(text[d.start + last : d.end], 1, nxt.marker.style)
    if not runs or len(runs[0]) != 1 or not text[: d.start + last + runs[0][0].marker_start].rstrip().endswith(":"):
        return None
    it = runs[0][0]
    if it.marker_start + last <= 0:
        return None
    return InlineItem(**{**it.__dict__, "start": it.start + last, "end": it.end + last, "marker_start": it.marker_start + last})


def title_candidates(text: str) -> list[TitleCandidate]:
    """The candidate titles of a document as :func:`segment` weighs them (lines and blocks built
    the same way), with their features; the rules' choice is marked. For training and inspecting
    the title model (``tests/bench/train_title_model.py``)."""
    with reading_order(text):
        return _title_candidates(text, *title_inputs(text))


def title_inputs(text: str) -> tuple[list[Line], list[_Draft], _Layout]:
    """The lines, the drafts (web navigation marked as noise) and the layout that the title
    search of :func:`segment` reads."""
    lines = split_lines(text)
    return lines, _mark_navigation(_build_drafts(text, lines), lines), _Layout(lines)


def segment(text: str, title_model: str = DEFAULT_TITLE_MODEL) -> Segmented:
    """Split repaired text into blocks and find the title and the meeting date.

    ``title_model``: ``"without_rules"`` (default), ``"with_rules"`` or ``"without_rules_best"``,
    the title ranker of :mod:`pipeline.segment_title_model` may replace the rules' title
    (:mod:`pipeline.segment_titles`), as :data:`pipeline.segment_title_model.POLICIES` says (the
    package's model file, ``data/title_model.json``; :class:`pipeline.config.Config`); ``"off"``,
    the title is the rules'.

    >>> s = segment("BRIEFING ON THE SAHEL\\n\\nHeld on 4 February 2022, members discussed:\\n\\n"
    ...             "1. Security, including 1) borders and 2) financing.\\n2. Aid.")
    >>> s.title, s.date
    ('BRIEFING ON THE SAHEL', '2022-02-04')
    >>> [(b.type, b.marker, b.level, b.text[:12]) for b in s.blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('title', None, 1, 'BRIEFING ON '), ('paragraph', None, 1, 'Held on 4 Fe'),
     ('list_item', '1.', 1, 'Security, in'), ('list_item', '1)', 2, 'borders'),
     ('list_item', '2)', 2, 'financing'), ('list_item', '2.', 1, 'Aid.')]
    """
    with reading_order(text):  # how this document's slashed dates read ("12/06/2024")
        return _segment(text, title_model)


def _segment(text: str, title_model: str) -> Segmented:
    lines = split_lines(text)
    drafts = _mark_navigation(_build_drafts(text, lines), lines)
    substantive = _opening_spans(text, drafts)
    header = [(ln.cstart, ln.cend) for ln in lines[:60] if not ln.blank and any(s <= ln.cstart < e for s, e in substantive[:OPENING_HEADER_SPANS])
              and not _is_undated_header_line(ln.content)]
    date = pick_date(text, substantive, header)

    if title_model == "off":
        drafts, title_draft = _choose_title(lines, drafts, _Layout(lines))
    else:
        drafts, title_draft = choose_title_by_model(text, lines, drafts, _Layout(lines), title_model)
    for d in drafts:
        if d.continues is not None and drafts[d.continues] is title_draft:
            d.continues = None  # a title is no sentence cut by furniture: "Floods displace thousands / Home > News /
            # More than 40,000 people ...": the text under the trail is a paragraph of its own
    pieces = _split_same_line_siblings(text, drafts)
    types = [d.type for d in drafts]
    cut_in_two = {d.continues for d in drafts if d.continues is not None} | {i for i, d in enumerate(drafts) if d.continues is not None}
    for i, d in enumerate(drafts):
        if d is title_draft:
            d.type = "title"
        elif (
            d.type == "paragraph"
            and d.level == 1
            and i not in cut_in_two
            and any(t != "noise" for t in types[i + 1 :])
            and is_heading_text(text[d.start : d.end], len(d.lines))
            and not _is_date_only(text[d.start : d.end])
        ):
            d.type = "heading"

    blocks: list[Block] = []
    block_of_draft: dict[int, int] = {}  # draft index -> id of its (last) block
    for k, start, end, marker, number, lead in pieces:
        d = drafts[k]
        bid = len(blocks)
        kind, level, parent = d.type, d.level, d.parent
        if lead:  # the first item of the list it leads into
            kind, level, parent = "list_item", drafts[k + 1].level, drafts[k + 1].parent
        blocks.append(
            Block(id=bid, type=kind, start=start, end=end, text=text[start:end], marker=marker,
                  number=number, level=level, parent=block_of_draft.get(parent) if parent is not None else None,
                  continues=block_of_draft.get(d.continues) if d.continues is not None and not lead else None)
        )
        if not lead:
            block_of_draft[k] = bid
        if d.type in ("paragraph", "list_item", "heading") and not lead:
            for run in inline_items(text[start:end]):
                for it in run:
                    blocks.append(
                        Block(id=len(blocks), type="list_item", start=start + it.start, end=start + it.end,
                              text=text[start + it.start : start + it.end], marker=it.marker, number=it.number,
                              level=d.level + 1, parent=bid)
                    )

    title = " ".join(text[title_draft.start : title_draft.end].split()) if title_draft else None
    return Segmented(blocks=blocks, title=title, date=date)


#: Furniture after which the next short lines go on with a menu or a breadcrumb ("Home /
#: International / Foreign affairs", one item a line).
_MENU_FURNITURE = frozenset({"menu", "breadcrumb", "navigation_bar", "site_sections"})
#: A menu item: up to this many words, no punctuation of a sentence or a field.
NAV_ITEM_MAX_WORDS = 3
#: A run of at least this many adjacent menu items at the top of a web page is a menu.
NAV_RUN_MIN_LINES = 3


def _is_nav_item(content: str) -> bool:
    words = content.split()
    return (
        0 < len(words) <= NAV_ITEM_MAX_WORDS and not re.search(r"[.,:;!?|()\d]", content)
        and content[:1].isupper() and not is_all_caps(content)
    )


def _mark_navigation(drafts: list[_Draft], lines: list[Line]) -> list[_Draft]:
    """A web page's menus and breadcrumbs printed one item a line become noise: at the top of a
    page with web furniture, before its first sentence, a run of NAV_RUN_MIN_LINES or more
    adjacent short lines ("ReliefWeb / Informing humanitarians worldwide / Updates / Countries /
    ...") or short lines right under a menu or "Home" line ("Home / International / Foreign
    affairs"). A short headline under "Skip to main content" alone is not a menu item."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    referenced = {d.parent for d in drafts} | {d.continues for d in drafts}
    web = False
    nav: set[int] = set()  # line indices taken as menu items
    for k, d in enumerate(drafts):
        if d.type == "noise":
            fid = furniture_id(d.first.content)
            web = web or fid is not None
            continue
        if d.type != "paragraph" or k in referenced or any(ends_clause(ln.content) for ln in d.lines):
            break  # the page's text begins: menus stand above it
        if not web:
            continue
        for ln in d.lines:
            i = index[id(ln)]
            if not _is_nav_item(ln.content):
                continue
            above = lines[i - 1] if i > 0 else None
            under_menu = above is not None and not above.blank and (
                i - 1 in nav or furniture_id(above.content) in _MENU_FURNITURE
            )
            run = [i]
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(lines) and not lines[j].blank and _is_nav_item(lines[j].content):
                    run.append(j)
                    j += step
            if any(is_speaker_line(lines[j].content) for j in run):
                continue  # "Release / Hon Winston Peters / Deputy Prime Minister": a byline, not a menu
            if under_menu or len(run) >= NAV_RUN_MIN_LINES:
                nav.add(i)
    if not nav:
        return drafts
    out: list[_Draft] = []
    old_to_new: dict[int, int] = {}
    for k, d in enumerate(drafts):
        if d.type != "paragraph" or not any(index[id(ln)] in nav for ln in d.lines):
            out.append(d)
            old_to_new[k] = len(out) - 1
            continue
        rest: list[Line] = []
        for ln in d.lines:  # one noise draft per menu line; the other lines keep the draft's type
            if index[id(ln)] in nav:
                if rest:
                    out.append(_remade(d, rest))
                    rest = []
                noise = _Draft("noise", [ln])
                noise.start = ln.cstart
                out.append(noise)
            else:
                rest.append(ln)
        if rest:
            out.append(_remade(d, rest))
        old_to_new[k] = len(out) - 1
    for d in out:
        if d.parent is not None:
            d.parent = old_to_new[d.parent]
        if d.continues is not None:
            d.continues = old_to_new[d.continues]
    return out


def _remade(d: _Draft, lines: list[Line]) -> _Draft:
    piece = _Draft(d.type, lines, level=d.level, parent=d.parent)
    piece.start = d.start if lines[0] is d.first else lines[0].cstart
    return piece


def _opening_spans(text: str, drafts: list[_Draft]) -> list[tuple[int, int]]:
    """(start, end) of the non-noise drafts for the date search, a run of header fields on
    adjacent lines ("From: ... / To: ... / Date: ... / Subject: ...") counted as one block: an
    e-mail's header must not push its first paragraph ("... to be held on 10 December") out of
    the opening the date search reads. For the same reason undated header lines (an organisation,
    session or label line: "Commission on Narcotic Drugs", "Sixty-seventh session", "Summary
    record of the 3rd meeting"; a letterhead over its address and telephone) are left out, alone
    or as a block: a record's front page must not push its "Held at ... on 14 March 2024" line out,
    nor a letterhead a situation report's "As of 14 May 2024". ``segment`` leaves them out of the
    header lines the dateline search reads for the same reason."""
    spans: list[tuple[int, int]] = []
    prev_field = False
    for d in drafts:
        if d.type == "noise":
            prev_field = False
            continue
        if (len(d.lines) == 1 or len(spans) < OPENING_HEADER_SPANS) and all(_is_undated_header_line(ln.content) for ln in d.lines):
            prev_field = False
            continue  # undated header lines ("Sixty-seventh session", a letterhead over its address)
            # leave room for the dated ones
        field = len(d.lines) == 1 and is_field_line(d.first.content)
        if field and prev_field and not text[spans[-1][1] : d.start].count("\n") > 1:
            spans[-1] = (spans[-1][0], d.end)
        else:
            spans.append((d.start, d.end))
        prev_field = field
    return spans


#: Spans from the top among which a block of several header lines is looked for (the opening and
#: the header lines the date search reads lie within them).
OPENING_HEADER_SPANS = 8


def _is_undated_header_line(content: str) -> bool:
    """An organisation, session, label or letterhead-address line with no date in it."""
    if len(content) > 250:
        return False  # header_kind's longest patterns stop here
    kind = header_kind(content)
    return (kind in ("session", "organisation", "label") or (kind == "place" and is_contact_line(content))) and not find_dates(content)
