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
  short lines are told from a title by the heading that stands under them. Rules in the "Title"
  section below, knowledge in ``data/headers.json``. ``Segmented.title`` is its text with line
  breaks collapsed to spaces.
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
  numbered paragraphs (``24.<TAB>text``). In running hard-wrapped prose a marker-looking line
  start only opens an item after a blank line, after a line that ends a clause (``.:;!?``), when
  it is indented, or when it continues the list in progress; so "resolution 1325\\n(2000) and"
  or "... such as\\n- Germany and Japan -" stay prose; a bullet under a heading standing on its
  own line ("Speakers\\n• Ms. X, Director,\\n  Office of Y") opens one. Items nest by indentation
  and by a change of marker style; a list item's span excludes its marker.
- **inline enumerations** ("including 1) X, 2) Y and 3) Z", "(a) ... (b) ...", "(i) ... (ii)")
  inside a paragraph or item become child list items one level down. Only runs that start at the
  first ordinal (1, a, i) and count up one by one qualify; see :func:`inline_items`.

The module is built from small named predicates (``is_noise_line``, ``is_item_start``,
``is_title_text`` ...) whose patterns sit together in the PATTERNS section below. It does not
decide what is an entity, and it does no I/O except reading its own data file once.

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
from .models import Block, Segmented
from .segment_dates import find_dates, pick_date
from .segment_lines import (
    _ABBREVIATION_CLOSE,
    _FUNCTION_WORDS,
    _TIME,
    HEADING_MAX_WORDS,
    Line,
    Marker,
    _compiled,
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
    r"|\((?P<palpha>[A-Za-z]{1,6})\)"  # (a) (iv) (A)
    r"|(?P<dec>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?=" + _GAP + r"[A-Z])"  # 2.1 Title   (not "1.5 million")
    r"|(?P<num>\d{1,3})(?P<numsep>[.)])"  # 1.  1)
    r"|(?P<tabnum>\d{1,3},?)(?=\t)"  # 2<TAB>note text (endnotes; "4,<TAB>" is OCR for "4.")
    r"|(?P<alpha>[A-Za-z]{1,6})(?P<alphasep>[.)])"  # a.  a)  iv.  IV.
    r"|(?P<bullet>[" + _BULLET_SYMBOLS + r"·\-*–—‐−+o])"  # bullets
    r")(?P<gap>" + _GAP + r")(?=\S)"
)
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

#: Inline enumeration markers: "(a)" / "a)" / "(1)" / "1)" after a space, followed by a space.
_INLINE_MARKER = re.compile(
    r"(?:(?<![^\s\[{—–:;,\"“‘'])\((?P<p>\d{1,2}|[a-z]|[ivx]{1,6}|[A-Z]|[IVX]{1,6})\)"
    r"|(?<![^\s—–:;,\"“‘'])(?P<c>\d{1,2}|[a-z]|[ivx]{1,6})\))"
    r"(?=[ \t\u00a0\u2000-\u200a\u202f]+\S)"
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
#: Words that make a line a sentence rather than a title: the first person ("We welcome ..."; "us" only
#: in a line closed by punctuation: a headline may have it as an object, "What ... mayors are teaching
#: us about local peace"). Relative pronouns are not enough: headlines have them ("UN experts who
#: visited Chad urge ...").
_SENTENCE_VOICE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b(?!['’]s)(?![-.])|\bus\b(?=.*[.,;:]$)")
#: Rules and decorations: "* * *", "-----", "=====", "___", a short rule "--" under a letterhead.
_DECORATION = re.compile(r"^(?:([*=_~#•·-])\s*){3,}$|^[*]$|^[-–—=_~]{2}$")
#: Letters from the Latin-1 supplement that GBK-as-latin-1 / UTF-8-as-cp1252 garbling produces.
_LATIN1_SUPPLEMENT = re.compile(r"[\u0080-\u00ff]")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")

#: Inline enumerations: how many other marker-like tokens may separate two items of one run.
INLINE_MAX_GAP = 12
#: The last item of an inline run ends at its sentence's end, at most this far from its marker.
LAST_ITEM_MAX_CHARS = 3000
#: A line at least this share of the wrap width is a full line (the wrapper, not the author, ended it).
FULL_LINE_SHARE = 0.8
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
    headline_verbs: frozenset[str]
    headline_openers: frozenset[str]
    label_words: frozenset[str]
    release_labels: tuple[tuple[str, re.Pattern[str]], ...]
    organisation_names: tuple[tuple[str, re.Pattern[str]], ...]
    contact_lines: tuple[tuple[str, re.Pattern[str]], ...]


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
        headline_verbs=frozenset(data["headline_verbs"]),
        headline_openers=frozenset(data["headline_openers"]),
        label_words=frozenset(data["label_words"]),
        release_labels=_compiled(data["release_labels"]),
        organisation_names=_compiled(data["organisation_names"]),
        contact_lines=_compiled(data["contact_lines"]),
    )


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
        and not any(w in _FINITE_VERBS or w in _headers().headline_verbs for w in words)
    )


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


def parse_marker(line: Line) -> Marker | None:
    if is_time_row(line.content):
        return None
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
        return Marker(marker_text, base, text_start, "num", "N" + m.group("numsep"), int(m.group("num")))
    if m.group("alpha"):
        reading = _alpha_reading(m.group("alpha"))
        if reading is None:
            return None
        return Marker(marker_text, base, text_start, reading[0], "N" + m.group("alphasep"), reading[1], reading[2])
    return Marker(marker_text, base, text_start, "bullet:" + marker_text, "", None)


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


def _build_drafts(text: str, lines: list[Line]) -> list[_Draft]:
    layout = _Layout(lines)
    script = dominant_script(text)
    bare = _bare_numbered(lines)
    drafts: list[_Draft] = []
    stack: list[_Open] = []
    cur: _Draft | None = None
    prev: Line | None = None  # last content line of the current run
    after_break = True  # a blank line or noise came before this line
    before_blank: _Draft | None = None  # the block a blank line just closed
    cut: int | None = None  # index of the paragraph or item that page furniture just interrupted

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
        drafts.append(d)
        entry = _Open(line.indent, marker.style, len(drafts) - 1, marker.number, text_col)
        if depth < len(stack):
            stack[depth] = entry
        else:
            stack.append(entry)
        cur = d

    def start_paragraph(line: Line, kind: str = "paragraph", start: int | None = None) -> None:
        nonlocal cur
        while stack and stack[-1].indent >= line.indent:
            stack.pop()
        parent = None
        level = 1
        if stack and line.indent >= stack[-1].text_col - 1:
            parent, level = stack[-1].draft, len(stack) + 1  # a further paragraph of an item
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
        if marker is None and idx in bare:
            m = _BARE_NUMBER.match(line.content)
            marker = Marker(m.group("marker"), line.cstart, line.cstart + m.end(), "bare", "N", int(m.group("num")))
        md = _MD_HEADING.match(line.content)

        current_item = len(drafts) - 1 if cur is not None and cur.type == "list_item" else None
        next_marker = _next_sibling_marker(lines, idx) if marker is not None else None
        if marker is not None and (
            is_item_start(marker, line, prev, after_break, stack, current_item, next_marker)
            or ((marker.family.startswith("bullet") or (marker.number == 1 and marker.family == "num" and marker.form == "N."))
                and cur is not None and cur.type == "paragraph" and len(cur.lines) == 1
                and reads_as_heading(prev.content, HEADING_MAX_WORDS) and not is_all_caps(line.content))
        ):  # (a bullet or a first item "1." under a heading standing on its own line: "Speakers / • Ms.
            # X, Director,", "Agenda / 1. Updates from partners"; not "1)", which may open an
            # enumeration running on in the paragraph: "Recommendations / 1) train, 2) fund ...")
            close()
            start_item(line, marker)
        elif md is not None and (after_break or prev is None or ends_clause(prev.content)):
            close()
            start_paragraph(line, "heading", start=line.cstart + md.end())
            cur.marker = None
            close()
            after_break = True
            before_blank = None
            cut = None
            prev = line
            continue
        elif cur is not None and not is_time_row(line.content) and _continues(cur, prev, line, layout):
            cur.lines.append(line)
        elif (
            cur is None
            and before_blank is not None
            and before_blank.type in ("paragraph", "list_item")
            and not ends_clause(prev.content)
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
        if starts_as_continuation(line.content):
            return True
        if line.indent < cur.first.indent:
            return False
        hanging = line.indent >= cur.text_col - 1 and line.indent > cur.first.indent
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
#   for the Secretary-General", "The Tripartite Commission"), see :func:`is_organisation_line`,
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
#   "Note for the record"), and under a letterhead a line naming only the kind of paper
#   ("INFORMATION MESSAGE": :func:`names_kind_only`): they say what kind of paper it is or where it sits, the headline under
#   them names it. A document kind in the singular ("STATEMENT", "Briefing note") on its own line
#   under a letterhead is passed over the same way (unless the heading runs on from it:
#   "STATEMENT / BY IRELAND AT ..."); with no heading after it, it is the title. A document kind
#   standing first ("JOINT COMMUNIQUÉ" over a sentence-case description) is the title: nothing
#   names the document better. A release label standing first ("Readout", "TRANSCRIPT", "Press
#   release") is passed over when a heading follows, and is the title when only a sentence does;
# - a speaker's name with honorifics ("H.E. Mr. Dennis Francis", ``speaker_honorifics``) and the
#   role on the line under it ("President of the 78th Session of the General Assembly"), and the
#   caption under a "Photo:" field: they say who speaks or what is shown, not what the paper is;
# - a byline ("By UN News staff"), a meeting room ("Conference Room 4") and a bare place line
#   under a dateline or a letterhead ("Permanent Mission of Ireland to the United Nations / New
#   York"): never a title, and a byline never continues one;
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
#   the title.
#
# An e-mail or memo names itself in its "Subject:" line (a form or an invitation in its "Title:",
# "Event:" or "What:" line, of at least FORM_SUBJECT_MIN_WORDS words): when only header lines or
# a short heading of the form ("MEMORANDUM", "Event details") stand above it, or the search
# reaches it before any title, the title is the subject text. The label is left out of the
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
# not the record; a press release over the same meeting has a headline and no such fields.
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
# of Y to the United Nations / at the open debate on ...").

#: A title set in Markdown bold ("**Title**", "__Title__"): the stars are markup, not title.
#: The site's name after a web page's title ("<headline> | UN News", "<headline> - OHCHR").
#: ... after a headline of at least this many words.
SITE_TITLE_MIN_WORDS = 4
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—]{2,90})$")
_BOLD_TITLE = re.compile(r"(\*\*|__)(?!\s)(?:(?!\1).)+(?<!\s)\1")
#: "Agenda item 4" with the item's name on the next line.
_BARE_AGENDA_ITEM = re.compile(r"(?:provisional\s+)?agenda\s+items?\s+\d{1,4}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,4}(?:\s*\([a-z]\))?)*", re.IGNORECASE)
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
_BYLINE = re.compile(
    rf"(?:(?:Written|Story|Reported|Text|Words)\s+by|By)\s+{_BYLINE_NAME}(?:\s*[,|]\s*{_BYLINE_DESK})?"
    rf"|by\s+{_BYLINE_NAME}\s*\|\s*{_BYLINE_DESK}"
)
#: A meeting room, on a line of its own in a header: never a title.
_VENUE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Room|Hall|Chamber|Salle)(?:\s+(?:[A-Z]{0,2}-?\d[\w.-]*|[IVXL]{1,5}))?(?:\s*\([A-Z0-9 -]{1,12}\))?"
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|des|de|du))*){0,3}"
)


def is_organisation_line(content: str) -> bool:
    """A line that only names an issuing body ("Security Council", "UNITED NATIONS").

    Every word is capitalised, a connective ("of", "for the" ...), a number or an acronym in
    brackets, and the head noun - the last capitalised word before the first connective - names a
    body (``organisation_heads`` in data/headers.json), and no word names an event or a document
    (``event_words``: "briefing", "meeting", "statement" ...). "Open Briefing of the
    Counter-Terrorism Committee" (head "Briefing"), "United Nations Office of Counter-Terrorism
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
    if len(content) <= 200 and any(p.fullmatch(content) for _, p in data.organisation_names) and not any(
        w.lower() in data.headline_verbs for w in content.split()
    ):  # a body whose name holds an event word ("Conference of the Parties to ..."), or lower-case
        # words ("Permanent Mission of Switzerland to the United Nations Office and to the other
        # international organisations in Geneva")
        return True
    if re.fullmatch(r"[A-Z]{2,6}-[A-Z][a-z]+", content):
        return True  # "UN-Habitat"
    if _is_romance_name(content):
        return True  # "Ministère de l'Europe et des Affaires étrangères", "Commission de la CEDEAO"
    parts = content.split(", ")
    if 1 < len(parts) <= 3 and all(re.fullmatch(r"[A-Z][\w'’-]*", p) for p in parts[:-1]) and not any(
        w.lower() in data.headline_verbs for w in content.split()
    ) and last_word(content) in heads and is_organisation_line(" and ".join(parts)):
        return True  # "Foreign, Commonwealth & Development Office"
    first = parts[0].split()
    portfolios = bool(first) and first[0].lower() in ("ministry", "department")  # a list of them may follow
    if 1 < len(parts) <= 3 and is_organisation_line(parts[0]) and all(
        (re.match(r"the\s", p, re.IGNORECASE) or (re.search(r"\s(?:and|&)\s", p, re.IGNORECASE) and len(p.split()) <= (6 if portfolios else 4))
         or (len(p.split()) >= 2 and not _is_acronym(p.split()[0]) and is_organisation_line(p))
         or (p is parts[-1] and len(p.split()) <= 2 and len(parts[0].split()) >= 3 and _is_place_line(p)
             and not is_salutation(content)))  # "..., New York"
        and _is_title_case(p) and len(p.split()) <= 6 and not re.search(r"\d", p)
        and not any(w.lower() in events or w.lower() in data.label_words for w in p.split()
                    if w.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in w))
        for p in parts[1:]
    ):  # "UNHCR, the UN Refugee Agency", "Ministry of Foreign Affairs, Trade and Development",
        # "Ministry of Police, National Security & Correctional Services" (a list of portfolios),
        # "Ministry of External Affairs, Government of India", "Permanent Mission of X to the United
        # Nations, New York"
        return True
    words = content.split()
    if words and words[0].lower() in data.headline_openers and not _ACRONYM_CLOSE.search(content):
        return False  # "NEW UN MISSION FOR HAITI" is news, not a name
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]  # "The Tripartite Commission"
    if not words or _TABLE_GAP.search(content):
        return False
    if len(words) <= (3 if is_all_caps(content) else 4) and _is_acronym(words[0]) and all(
        w[0].isupper() and w.lower() not in events and w.lower() not in data.label_words
        and w.lower() not in data.headline_verbs for w in words[1:]
    ):  # a lone acronym ("UNODC", "OHCHR"), or one with its country office ("UNDP Kenya", "UNICEF
        # SUDAN"; in capitals at most two words after it: "GAZA CEASEFIRE TALKS RESUME" is a headline)
        return True
    if len(words) == 1:  # a lone noun ("PROGRAMME", "Agenda", "Secretariat") is not a name, but "The
        # Presidency", "THE COMMISSION" names the body that issues the paper
        return len(content.split()) == 2 and words[0][:1].isupper() and words[0].lower().strip(".,") in heads
    if len(words) > HEADING_MAX_WORDS or re.search(r"[,:;.!?]$", content) or re.search(r"[,:;!?](?=\s)", content):
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
    return head.lower() in heads or (in_run and head.lower() in data.organisation_heads_bare)


def _is_unit_name(content: str) -> bool:
    """A unit named with its head noun last ("Action against Terrorism Unit", "Victims of
    Terrorism Support Section"): capitalised words and connectives only, no verb or event word.
    Only taken under the issuer's name (a headline may end on a body: "New Chief for UN Mission")."""
    data = _headers()
    words = content.split()
    return (
        1 < len(words) <= 8 and words[-1].lower() in data.organisation_heads
        and not re.search(r"[,:;.!?]", content)
        and all(w[:1].isupper() or w.lower() in data.organisation_connectives for w in words)
        and not any(w.lower() in data.event_words or w.lower() in data.headline_verbs for w in words)
    )


#: An address under a letterhead: comma-separated parts of at most this many words each.
ADDRESS_PART_MAX_WORDS = 4
_ADDRESS_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{1,3}-?\d{3,6}|\d{1,6}[A-Za-z]?|de|des|du|la|le|of|the|and|&)")


def _is_address_line(content: str) -> bool:
    """A postal address written on one line ("Palais des Nations, CH-1211 Geneva 10, Switzerland",
    "Private Mail Bag, Suva, Fiji"): at least three comma-separated parts of capitalised words,
    postcodes and numbers, nothing else. Only read under the issuer's name."""
    parts = [p.strip() for p in content.split(",")]
    return (
        len(parts) >= 3 and len(content) <= 120
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


def _is_romance_name(content: str) -> bool:
    """A body named in French, Spanish or Portuguese: the head noun first ("Ministère", "Mission",
    "Embajada"; ``organisation_heads_initial``), then capitalised words, lowercase adjectives and
    connectives ("de la", "des", "auprès"; ``romance_connectives``), at least one connective and no
    English function word, verb or figure: "Mission permanente de la France auprès des Nations Unies"."""
    data = _headers()
    words = content.split()
    if not 2 <= len(words) <= HEADING_MAX_WORDS or words[0].lower() not in data.organisation_heads_initial:
        return False
    if re.search(r"[\d,:;.!?()]", content):
        return False
    tokens = [t.lower() for w in words for t in re.split(r"(?<=['’])", w) if t]  # "l'Europe" -> "l'", "europe"
    tokens = [t.replace("’", "'") for t in tokens]
    return (
        any(t in data.romance_connectives for t in tokens)
        and not any(t in _FUNCTION_WORDS or t in data.headline_verbs or t in data.event_words for t in tokens)
    )


def _is_acronym(token: str) -> bool:
    data = _headers()
    low = token.lower()
    return (
        2 <= len(token) <= 8 and token.isupper() and token.isalpha()
        and low not in data.organisation_heads and low not in data.event_words and low not in data.label_words
    )


def is_session_line(content: str) -> bool:
    """A session, meeting-number, agenda-item or front-matter line ("Seventy-sixth session")."""
    if len(content) > 250:
        return False
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


def _is_place_line(content: str) -> bool:
    words = content.split()
    data = _headers()
    return (
        0 < len(words) <= PLACE_LINE_MAX_WORDS
        and len(content) <= 40
        and not any(ch.isdigit() for ch in content)
        and all(w[0].isupper() or w.lower() == "of" for w in words)
        and not re.search(r"[.;!?]$|:", content)  # "Malawi: Tropical Cyclone Freddy" is no place
        # "Expert Group Meeting" over "Vienna, 3 May 2024" names the event, not where it was
        and not any(w.lower().strip("()[],") in data.event_words or w.lower() in data.label_words for w in words)
    )


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
#: Reply and forward marks an e-mail client puts before a subject ("RE: ", "Fwd: ") are labels too.
_SUBJECT = re.compile(r"(?:subject|subj\.?|title|event|what|re)[ \t]*(?::|\|(?=[ \t]))[ \t\u00a0]*(?:(?:re|fwd?|aw|tr)[ \t]*:[ \t\u00a0]*)*(?=\S)", re.IGNORECASE)


_SUBJECT_END_ABBREVIATION = re.compile(r"(?:\b[ap]\.m|\betc|\bNo|\bInc|\bLtd)\.$")


#: A form's "Title:", "Event:" or "What:" names the paper with at least this many words.
FORM_SUBJECT_MIN_WORDS = 3


def subject_value_start(content: str) -> int | None:
    """Where the subject starts in a "Subject: ..." header line whose subject reads as a title
    (after any "RE:" or "Fwd:" mark).

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
_RECORD_FIELDS = frozenset({"president", "acting president", "chair", "chairperson", "chairman", "members", "present"})


#: A column gap: a tab or a run of spaces inside a line (a table row or a two-column front page).
_TABLE_GAP = re.compile(r"\S(?:\t|[ \u00a0]{3,})\S")
#: Separators of a composite header line ("Press release | Meetings coverage", "Delegation of
#: the European Union to the United Nations - New York", and the two columns of a UN front page:
#: "Security Council<wide gap>Distr.: General").
_HEADER_SEPARATOR = re.compile(r"\s+[|·•/–—-]\s+|\t+|[ \u00a0]{3,}")


@lru_cache(maxsize=4096)
def header_kind(content: str) -> str | None:
    """What a header line is when it is not the title: "date", "session", "field", "label",
    "organisation", or None. A composite line is a header line when each of its parts is one (or
    a place or, beside another part, a document's kind): "UNDP Kenya | Press Release", "Event
    Recap | Stimson Center" are "organisation" lines."""
    parts = _HEADER_SEPARATOR.split(content)
    if len(parts) > 1:
        kinds = [_header_part_kind(p) or ("place" if _is_place_line(p) else None)
                 or ("label" if is_page_furniture(p, False) or is_label_line(p) else None) for p in parts]
        if all(kinds) and any(k != "place" for k in kinds):
            return "organisation" if "organisation" in kinds else next(k for k in kinds if k != "place")
    symbol = re.fullmatch(r"(.+?)\s+([A-Z]{1,6}/\S+)", content)
    if symbol and is_page_furniture(symbol.group(2), False) and _header_part_kind(symbol.group(1)) == "organisation":
        return "organisation"  # the organ and the symbol one space apart ("United Nations S/PV.9601")
    return _header_part_kind(content)


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


def _header_part_kind(content: str) -> str | None:
    if is_contact_line(content):
        return "place"
    if _is_date_only(content) and not _names_event_beside_date(content):
        return "date"
    if is_session_line(content) or _is_dated_session_line(content) or _is_session_with_place(content):
        return "session"
    if len(content) <= 60 and (any(p.fullmatch(content) for _, p in _headers().release_labels) or (
        "|" not in content and furniture_id(content) is not None) or is_section_label(content)):
        return "label"
    if is_field_line(content):
        return "field"
    if is_organisation_line(content):
        return "organisation"
    return None


def title_runs_on(prev: Line, line: Line, layout: _Layout) -> bool:
    """Does ``line`` (the next line, no blank between) continue a title ending with ``prev``?"""
    cut = last_word(prev.content) in _FUNCTION_WORDS or prev.content.endswith(("-", "–", "—", "(", ",", "&", ":"))
    if cut:
        return True
    first = line.content.split(None, 1)[0].lower() if line.content else ""
    kind = header_kind(line.content)
    if kind == "date" and starts_lowercase(line.content) and first in _TITLE_CONNECTIVE_START:
        return True  # "Report of the Working Group on its meeting held in Vienna / from 2 to 3 May 2024"
    if kind in ("date", "session", "field", "label") or _BYLINE.fullmatch(line.content):
        return False
    if _YEAR_LINE.fullmatch(line.content):
        return True  # "Annual Report of the Committee / 2023–2024": the title's year or period
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


def _choose_title(lines: list[Line], drafts: list[_Draft], layout: _Layout) -> tuple[list[_Draft], _Draft | None]:
    """Find the title lines (rules above) and return the drafts with the title as a draft of its own."""
    position = {id(ln): i for i, ln in enumerate(lines)}
    entries: list[tuple[int, Line]] = []  # (draft index, line) of the candidate header lines
    searched = 0
    for k, d in enumerate(drafts[: TITLE_SEARCH_DRAFTS + TITLE_SEARCH_NOISE]):
        if d.type == "noise":
            continue
        if d.type not in ("paragraph", "heading") or searched == TITLE_SEARCH_DRAFTS:
            break
        searched += 1
        entries.extend((k, ln) for ln in d.lines)
    entries = entries[:TITLE_SEARCH_LINES]  # bounded work on pathological input
    last_content = max((k for k, d in enumerate(drafts) if d.type != "noise"), default=-1)

    def adjacent(a: Line, b: Line) -> bool:
        return position[id(b)] == position[id(a)] + 1

    chosen: list[Line] = []
    title_start: int | None = None  # where the title starts when not at its line's start
    organisations: list[Line] = []
    labels: list[Line] = []  # release labels passed over under a letterhead
    meeting_lines: list[Line] = []  # meeting-number lines passed over ("9601st meeting")
    speaker: Line | None = None  # a speaker's name line passed over ("H.E. Mr. X")
    sessions: list[Line] = []  # session and meeting lines passed over
    subject = _subject_over_header(entries)
    if subject is not None:  # an e-mail, a memo, an invitation: its subject names it (label left out)
        return _split_out_title(drafts, [subject], subject.cstart + subject_value_start(subject.content))
    for i, (k, line) in enumerate(entries):
        if any(line is o for o in organisations):
            continue  # the second line of a letterhead name taken with the first
        kind = header_kind(line.content)
        web_page = any(d.type == "noise" and furniture_id(d.first.content) is not None for d in drafts[:k])
        following = entries[i + 1][1] if i + 1 < len(entries) else None
        if (
            kind in (None, "organisation") and following is not None and _name_runs_on(line, following, adjacent)
            and is_organisation_line(line.content + " " + following.content)
        ):  # a letterhead name over two lines ("Tripartite Commission / on the Voluntary Repatriation
            # of Burundian Refugees"): a header line, not a title
            organisations.extend((line, following))
            continue
        value = subject_value_start(line.content)
        if value is not None:  # an e-mail or memo: its subject names it (label left out)
            chosen, title_start = [line], line.cstart + value
            break
        if kind is None and i > 0 and adjacent(entries[i - 1][1], line) and _BARE_AGENDA_ITEM.fullmatch(entries[i - 1][1].content):
            kind = "session"  # the name of the agenda item on the line under "Agenda item 4"
        if kind is None and _VENUE.fullmatch(line.content):
            kind = "place"  # "Conference Room 4", "Trusteeship Council Chamber, United Nations Headquarters"
        if kind is None and _is_place_line(_YEAR_AFTER.sub("", line.content)):
            near = [entries[j][1] for j in (i - 1, i + 1) if 0 <= j < len(entries)]
            if _is_place_line(line.content) and any(
                adjacent(a, b) and _is_date_only(o.content) for o in near for a, b in ((o, line), (line, o))
            ):
                kind = "place"
            elif i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line):
                kind = "place"  # the letterhead's address ("Permanent Mission of Ireland ... / New York"),
                # or a chairpersonship's State and year ("OSCE Chairpersonship / Malta 2024")
        if (
            kind is None and i > 0 and any(o is entries[i - 1][1] for o in organisations)
            and adjacent(entries[i - 1][1], line) and _is_address_line(line.content)
        ):
            kind = "place"  # "Palais des Nations, CH-1211 Geneva 10, Switzerland" under the letterhead
        if (
            kind is None and len(line.content.split()) == 1 and line.content.lower() in _headers().organisation_heads
            and following is not None and adjacent(line, following) and is_label_line(following.content)
        ):  # a lone office over its section ("Secretary-General / Statements"): a web page's letterhead
            organisations.append(line)
            continue
        if kind is None and _BYLINE.fullmatch(line.content):
            kind = "field"  # "By UN News staff", "By Jane Doe and John Roe"
        if kind is None and _headers().speaker_line.fullmatch(line.content) and not any(
            w.lower() in _headers().headline_verbs for w in line.content.split()
        ):  # not a headline opening with a name ("Dr. Tedros Visits Gaza Hospitals")
            speaker = line  # "H.E. Mr. Dennis Francis" over his role, above the heading: who speaks
            kind = "field"
        elif kind in (None, "organisation") and i > 0 and speaker is entries[i - 1][1] and adjacent(speaker, line) and _is_role_line(line.content):
            kind = "field"  # "President of the 78th Session of the General Assembly" under the speaker
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
        if kind == "organisation" and not (following is not None and (
            _continues_title_cut(line, following, adjacent)
            or (adjacent(line, following) and starts_lowercase(following.content))
        )):  # not a name that a sentence runs on from ("The General Assembly / is meeting in ...")
            organisations.append(line)
            continue
        if (
            kind is None and (organisations or web_page) and names_kind_only(line.content)
            and not (following is not None and adjacent(line, following) and title_runs_on(line, following, layout))
        ):  # "Permanent Mission of Ireland / STATEMENT / <heading>": the kind of release under a
            # letterhead (or a web page's furniture: "Skip to main content / ... / Report"), like a
            # section label; the heading after it is the title
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
            if re.search(r"\bmeetings?\b", line.content, re.IGNORECASE):
                meeting_lines.append(line)
        if kind == "field" and organisations and meeting_lines and _field_label(line.content) in _RECORD_FIELDS:
            break  # an official record's front page: what follows its "President:" is the agenda
        if kind == "label" and not is_section_label(line.content) and (i == 0 or not names_kind_only(line.content)):
            labels.append(line)  # a genre line standing first ("Readout"), or one naming its topic
            # ("Ukraine Situation Flash Update #71"): the title if no heading follows
        if kind in ("date", "session", "field", "label", "place"):
            continue
        run = [line]
        j = i + 1
        while j < len(entries) and adjacent(run[-1], entries[j][1]):
            # a heading set one phrase a line: in capitals, or with a line of connectives only
            # ("Opening Statement / by / H.E. Ms. X / Minister for Foreign Affairs / at the / ...")
            stacked = is_all_caps(line.content) or any(_is_connective_line(ln.content) for ln in run)
            max_lines = CAPS_TITLE_MAX_LINES if stacked else TITLE_MAX_LINES
            if len(run) >= max_lines:
                break
            if len(run) >= TITLE_MAX_LINES and not is_all_caps(entries[j][1].content) and not (
                stacked and not is_all_caps(line.content)
            ):
                break  # past three lines only a stack of phrases goes on ("STATEMENT / BY / H.E. ...")
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
            else:
                break
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
            len(run) == 1 and i > 0 and any(o is entries[i - 1][1] for o in organisations) and adjacent(entries[i - 1][1], line)
            and is_masthead([entries[i - 1][1], line]) and _heading_follows(entries, j, run)
        ):  # "World Food Programme / Saving lives, changing lives / <heading>": the issuer's motto
            organisations.append(line)
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
                 or is_title_text(" ".join(ln.content for k2, ln in entries[j:] if k2 == entries[j][0]), TITLE_MAX_LINES))
        ):  # a title cut out of a longer block leaves a header line or a subtitle, not a sentence
            chosen = run
        break
    # the kind of document names it better than its issuer; of several organisation lines, the
    # organ over the session lines ("United Nations  S/PV.9601 / Security Council / Seventy-ninth year")
    over = [o for o in organisations if sessions and position[id(o)] < position[id(sessions[0])]]
    fallback = labels[:1] or over[-1:] or organisations[:1]
    if not chosen and fallback:
        k = next(k for k, ln in entries if ln is fallback[0])
        if k < last_content or len(drafts[k].lines) > 1:
            chosen = fallback
    if not chosen:
        return drafts, None
    return _split_out_title(drafts, chosen, title_start)


#: A name's acronym in brackets closing a line ("... FOR POLICE COOPERATION (AFRIPOL)", "(ECF-SADC)").
_ACRONYM_CLOSE = re.compile(r"\((?:[A-Z][A-Za-z]{1,9}(?:[-/][A-Z][A-Za-z]{1,9})?)\)$")
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
    acronym = _ACRONYM_CLOSE.search(flat)
    body = flat[: acronym.start()] if acronym else flat
    words = [w.strip("\"'“”‘’()").lower() for w in body.split()]
    if not words or len(words) > CAPS_LETTERHEAD_MAX_WORDS or re.search(r"[\d:;,.!?]", body.rstrip()) or re.search(r"[.,:;!?]$", flat):
        return False
    if any(w in data.headline_verbs for w in words):
        return False
    if not acronym and any(w in data.event_words or (w in data.label_words and w not in data.organisation_heads) for w in words):
        return False
    if not acronym and (len(words) < 2 or words[0] in data.headline_openers):
        return False  # a lone noun ("PROGRAMME") names no body; "NEW UN MISSION FOR HAITI" is news
    return acronym is not None or any(
        w in data.organisation_heads or w in data.organisation_heads_bare or w in _BODY_WORDS for w in words
    )


def names_kind_only(content: str) -> bool:
    """A line that only names the kind of paper ("INFORMATION MESSAGE", "CHAIR'S SUMMARY",
    "Outcome document"): up to four words, each a label or an event word ("message", "summary")."""
    data = _headers()
    words = [w.strip(".:").replace("’", "'") for w in content.lower().split()]
    return is_label_line(content) or (
        0 < len(words) <= 4 and all(w in data.label_words or w in data.event_words or _is_label_word(w) for w in words)
    )


#: A masthead: a block of at least two lines of at most this many words each.
MASTHEAD_MAX_WORDS = 4


def is_masthead(lines: list[Line]) -> bool:
    """Adjacent short lines that do not run on into one another, none with a figure or closing
    punctuation ("Security Council Report / What's in Blue"; "UN News / Peace and Security"), or
    one line of such parts between bars ("Security Council Report | Monthly Forecast"): the
    name of a site or an issuer and its section. Only a masthead when a heading stands under it
    (:func:`_heading_follows`)."""
    if len(lines) == 1:  # one line of parts between bars: "Security Council Report | Monthly Forecast"
        parts = re.split(r"\s+\|\s+", lines[0].content)
        return 2 <= len(parts) <= 3 and all(
            0 < len(p.split()) <= MASTHEAD_MAX_WORDS and not re.search(r"[\d.,:;!?]", p) and _is_title_case(p) for p in parts
        )
    return len(lines) >= 2 and all(
        0 < len(ln.content.split()) <= MASTHEAD_MAX_WORDS and not re.search(r"[\d.,:;!?]$|\d", ln.content)
        and not starts_lowercase(ln.content) and ln.content.split()[0].lower() not in _TITLE_CONNECTIVE_START
        and last_word(ln.content) not in _FUNCTION_WORDS
        for ln in lines
    )


def _heading_follows(entries: list[tuple[int, Line]], j: int, run: list[Line]) -> bool:
    """After ``run`` (entries from ``j``), past header lines (a unit, a release label, a session
    line, a dateline), the first line is a heading in lower case: "HOUSE OF PEOPLES'
    REPRESENTATIVES ... / Public Relations Directorate / <heading>"."""
    for _, line in entries[j : j + 6]:
        kind = header_kind(line.content)
        if kind is not None or names_kind_only(line.content):
            continue  # "INFORMATION MESSAGE", "Terms of reference": what kind of paper, not its name
        return not is_all_caps(line.content) and is_title_text(line.content, 1) and not _BYLINE.fullmatch(line.content)
    return False


#: A subject line is looked for among this many lines from the top.
SUBJECT_SEARCH_LINES = 15
#: Above a subject line, a line of at most this many words is a heading of the form ("Event details").
SUBJECT_FORM_HEADING_WORDS = 3


def _subject_over_header(entries: list[tuple[int, Line]]) -> Line | None:
    """The "Subject:" (or "Title:", "Event:", "What:") line of a header, when only header lines
    (fields, datelines, letterheads, labels) or a short heading of the form ("MEMORANDUM", "Event
    details") stand above it."""
    for _, line in entries[:SUBJECT_SEARCH_LINES]:
        if subject_value_start(line.content) is not None:
            return line
        if header_kind(line.content) is None and not (
            len(line.content.split()) <= SUBJECT_FORM_HEADING_WORDS and not re.search(r"[.,;!?]$", line.content)
        ):
            return None
    return None


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


def _split_out_title(drafts: list[_Draft], chosen: list[Line], start: int | None = None) -> tuple[list[_Draft], _Draft]:
    """The drafts with the title lines taken out into a title draft; parents re-indexed.
    ``start``: where the title starts inside its first line (after a "Subject:" label)."""
    ids = {id(ln) for ln in chosen}
    title = _Draft("title", list(chosen))
    title.start = chosen[0].cstart if start is None else start
    new: list[_Draft] = []
    old_to_new: dict[int, int] = {}
    for k, d in enumerate(drafts):
        if not any(id(ln) in ids for ln in d.lines):
            new.append(d)
            old_to_new[k] = len(new) - 1
            continue
        before = [ln for ln in d.lines[: next(i for i, ln in enumerate(d.lines) if id(ln) in ids)]]
        after = [ln for ln in d.lines[len(before):] if id(ln) not in ids]
        if not before and d.start != d.first.cstart and d.lines[0] is chosen[0]:
            title.start = d.start  # a Markdown heading: the title excludes its "#"
        if start is None and d.lines[len(before)] is chosen[0]:
            bold = _BOLD_TITLE.fullmatch(" ".join(ln.content for ln in chosen))
            if bold is not None:  # "**Security Council Press Statement on Mali**": the stars are markup
                title.start = max(title.start, chosen[0].cstart + len(bold.group(1)))
                title.stop = chosen[-1].cend - len(bold.group(1))
            suffix = _SITE_SUFFIX.search(chosen[-1].content)
            if (
                title.stop is None and suffix is not None and chosen[-1].cstart + suffix.start() > title.start
                and (header_kind(suffix.group(1)) == "organisation" or furniture_id(suffix.group(1)) is not None)
                and is_title_text(chosen[-1].content[: suffix.start()], 1)
                and len(chosen[-1].content[: suffix.start()].split()) >= SITE_TITLE_MIN_WORDS
                and not names_kind_only(chosen[-1].content[: suffix.start()])
            ):  # ("Minutes - Protection Working Group" names the paper with its body)  # a web page's title with its site ("... | UN News", "... - United Nations Office for
                # West Africa and the Sahel"): the site's name is not the document's
                title.stop = chosen[-1].cstart + suffix.start()
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


# =============================================================================================
# The stage
# =============================================================================================


def _split_same_line_siblings(text: str, drafts: list[_Draft]) -> list[tuple[int, int, int, str | None, int | None]]:
    """Final spans (draft index, start, end, marker, number) of the line-level drafts.

    "(a) X; (b) Y" on one line is two sibling items, not one item holding the next one.
    """
    out = []
    for k, d in enumerate(drafts):
        start, end = d.start, d.end
        if d.type == "list_item" and d.marker and d.marker.form in ("(N)", "N)") and d.number is not None:
            runs = inline_items(text[start:end], d.number + 1, d.marker.style)
            if runs and runs[0][0].marker_start > 0:
                a, b = _trim(text, start, start + runs[0][0].marker_start)
                out.append((k, a, b, d.marker.text, d.number))
                for it in runs[0]:
                    out.append((k, start + it.start, start + it.end, it.marker, it.number))
                continue
        out.append((k, start, end, d.marker.text if d.marker else None, d.number))
    return out


def segment(text: str) -> Segmented:
    """Split repaired text into blocks and find the title and the meeting date.

    >>> s = segment("BRIEFING ON THE SAHEL\\n\\nHeld on 4 February 2022, members discussed:\\n\\n"
    ...             "1. Security, including 1) borders and 2) financing.\\n2. Aid.")
    >>> s.title, s.date
    ('BRIEFING ON THE SAHEL', '2022-02-04')
    >>> [(b.type, b.marker, b.level, b.text[:12]) for b in s.blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('title', None, 1, 'BRIEFING ON '), ('paragraph', None, 1, 'Held on 4 Fe'),
     ('list_item', '1.', 1, 'Security, in'), ('list_item', '1)', 2, 'borders'),
     ('list_item', '2)', 2, 'financing'), ('list_item', '2.', 1, 'Aid.')]
    """
    lines = split_lines(text)
    drafts = _mark_navigation(_build_drafts(text, lines), lines)
    substantive = _opening_spans(text, drafts)
    header = [(ln.cstart, ln.cend) for ln in lines[:60] if not ln.blank and any(s <= ln.cstart < e for s, e in substantive[:OPENING_HEADER_SPANS])
              and not _is_undated_header_line(ln.content)]
    date = pick_date(text, substantive, header)

    drafts, title_draft = _choose_title(lines, drafts, _Layout(lines))
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
    for k, start, end, marker, number in pieces:
        d = drafts[k]
        bid = len(blocks)
        blocks.append(
            Block(id=bid, type=d.type, start=start, end=end, text=text[start:end], marker=marker,
                  number=number, level=d.level, parent=block_of_draft.get(d.parent) if d.parent is not None else None,
                  continues=block_of_draft.get(d.continues) if d.continues is not None else None)
        )
        block_of_draft[k] = bid
        if d.type in ("paragraph", "list_item", "heading"):
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
