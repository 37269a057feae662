"""repair: text -> repaired text, every change recorded as a Repair with offsets.

Passes, in this order, each deciding from evidence in the text itself (never from a table of
known bad strings); every change becomes a :class:`~pipeline.models.Repair` whose ``start``/``end``
index the repaired text and ``source_start``/``source_end`` the decoded input:

1. **Legacy East-Asian mojibake** (kind ``mojibake``): bytes of GBK/GB18030, Big5, Shift_JIS or
   EUC-KR text that were read as latin-1 or windows-1252 (``Da¡¯esh``, ``Ãå±±½ûµØ``). ftfy leaves
   these alone by design. Each run of characters a single-byte reader makes from high bytes is
   turned back into its bytes and re-read with each codec; a span is repaired only when the
   re-read gives characters that belong where they stand, and ftfy's badness measure is no
   worse after:

   * a run of at least two frequent CJK characters that leaves no stray byte and is not glued
     to a Latin word (``Ãå±±½ûµØ`` -> ``缅北禁地``; a single character never counts, so
     ``Ça va``, ``â’ch``, ``¿Qué?`` stay);
   * Western punctuation (’ “ ” – — …) read from two signs (``¡¯``), or from a sign and a
     letter next to words (``Levant ¨C Khorasan``);
   * an accented Latin letter inside a word or standing as a word (``Agust¨ªn``, ``¨¤``);
   * a latin-1 sign or currency sign next to a number (``1.5¡ãC``, ``¢G 700``);
   * any character of a GB18030 four-byte sequence (high, digit, high, digit).

   One codec is chosen per document (the one with the most evidence; on a tie of CJK readings
   chardet's statistics decide), but each span is decided on its own, so a file in which only
   some paragraphs are broken is repaired there and left alone elsewhere. A run whose bytes are
   mostly UTF-8 sequences is left to pass 2.
2. **UTF-8 read as windows-1252 / latin-1** (kind ``mojibake``), once or more: ftfy, line by line,
   with only its encoding fixes switched on (see ``FTFY_CONFIG``): curly quotes stay curly, HTML
   entities, character widths, ligatures and Unicode normalization form are left as written.
3. **Normalization** (kind ``normalization``) that later stages rely on: CRLF and CR line endings
   to LF; U+2028/U+2029 to LF; no-break spaces (U+00A0, U+2007, U+202F) to a space; zero-width
   space, word joiner, byte-order mark and soft hyphen removed. Zero-width (non-)joiners are
   kept: Arabic, Persian and Indic text needs them.
4. **Lost characters**: a ``?`` inside a word (``Miguel ?ngel``) is where a codec could not hold
   a character; it gets a ``lost_character`` warning. It is restored (kind ``restored``) only
   when a known name in ``data/known_names.json`` matches the surrounding words with exactly one
   possible character at that place, and the document's legacy codec (when known) cannot hold
   that character; the warning stays either way. A UTF-8 lead byte ``â`` left alone between
   letters (``worldâs``: the rest of ``’`` was lost upstream) is warned about, never guessed.

Work is bounded per segment: passes 1, 3 and 4 are single regex scans, and ftfy runs only on
lines holding non-ASCII characters, in pieces of at most ``MAX_SEGMENT`` characters.

This module does no I/O beyond reading its own data file on first use, and does not decode bytes.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ftfy
from ftfy.badness import badness

from ._data import read_json
from .chardata import (
    CP1252_EXTRA,
    CURRENCY,
    DOUBLE_BYTE_CODECS,
    HIGH_CLASS,
    WESTERN_PUNCT,
    DoubleByteCodec,
    byte_of,
    is_cjk,
    is_cjk_punct,
    hangul_score,
    is_latin_letter,
)
from .detect import chardet_candidates
from .models import Repair, Repaired, Warning

#: ftfy's options, chosen deliberately: encoding repair only. Everything that would change
#: correct text (quote uncurling, HTML unescaping, width folding, ligatures, NFC) is off, and
#: line breaks and control characters are handled (and recorded) by our own normalization.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

#: Longest piece of text ftfy sees at once (longer lines are cut at a space).
MAX_SEGMENT = 8192
#: How far (in characters, each way) a lost character's word and name evidence are looked for.
MAX_TOKEN = 64
#: A run of CJK characters is accepted when it has at least this many and their mean
#: frequency score (chardata.DoubleByteCodec.score) is at least MIN_CJK_SCORE.
MIN_CJK_CHARS = 2
MIN_CJK_SCORE = 0.7
#: Codecs whose evidence is within this ratio of the best are tied; chardet's statistics on
#: the spans' bytes then decide (then the order of chardata.DOUBLE_BYTE_CODECS).
TIE_RATIO = 0.95

_HIGH_RUN = re.compile(f"[{HIGH_CLASS}]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


# -- edits and their composition ---------------------------------------------------------------
@dataclass
class _Edit:
    """A change to the text a pass sees: [start, end) becomes ``replacement``."""

    start: int
    end: int
    replacement: str
    kind: str
    detail: str


@dataclass
class _Record:
    """A change on record: [cur_start, cur_end) in the current text came from [src_start, src_end)."""

    cur_start: int
    cur_end: int
    src_start: int
    src_end: int
    kind: str
    detail: str


_KIND_RANK = {"mojibake": 0, "restored": 1, "normalization": 2}


def _overlaps(rec: _Record, s: int, e: int) -> bool:
    if s == e:
        return rec.cur_start < s < rec.cur_end
    if rec.cur_start == rec.cur_end:
        return s < rec.cur_start < e
    return rec.cur_start < e and s < rec.cur_end


def _apply(text: str, records: list[_Record], edits: list[_Edit]) -> tuple[str, list[_Record]]:
    """Apply non-overlapping sorted ``edits`` to ``text``; merge them into ``records``.

    An edit touching a change already on record becomes one record with it, so the source
    span of every record stays exact.
    """
    if not edits:
        return text, records
    out: list[str] = []
    new: list[_Record] = []
    pos = 0
    delta = 0  # new text offset minus current text offset
    src_delta = 0  # current text offset minus source offset, outside records
    i = 0
    n = len(records)
    for ed in edits:
        while i < n and records[i].cur_end <= ed.start and not _overlaps(records[i], ed.start, ed.end):
            r = records[i]
            new.append(_Record(r.cur_start + delta, r.cur_end + delta, r.src_start, r.src_end, r.kind, r.detail))
            src_delta = r.cur_end - r.src_end
            i += 1
        group: list[_Record] = []
        while i < n and _overlaps(records[i], ed.start, ed.end):
            group.append(records[i])
            i += 1
        lo = min([ed.start, *(r.cur_start for r in group)])
        hi = max([ed.end, *(r.cur_end for r in group)])
        src_lo = group[0].src_start if group and group[0].cur_start <= ed.start else lo - src_delta
        if group:
            src_delta = group[-1].cur_end - group[-1].src_end
        src_hi = group[-1].src_end if group and group[-1].cur_end >= ed.end else hi - src_delta
        out.append(text[pos : ed.start])
        out.append(ed.replacement)
        pos = ed.end
        grow = len(ed.replacement) - (ed.end - ed.start)
        kinds = sorted({ed.kind, *(r.kind for r in group)}, key=lambda k: _KIND_RANK.get(k, 9))
        details = list(dict.fromkeys([*(r.detail for r in group), ed.detail]))
        new.append(_Record(lo + delta, hi + delta + grow, src_lo, src_hi, kinds[0], "; ".join(d for d in details if d)))
        delta += grow
    while i < n:
        r = records[i]
        new.append(_Record(r.cur_start + delta, r.cur_end + delta, r.src_start, r.src_end, r.kind, r.detail))
        i += 1
    out.append(text[pos:])
    return "".join(out), new


# -- pass 1: legacy East-Asian codecs read as latin-1 / windows-1252 -------------------------
@dataclass
class _Piece:
    start: int
    end: int
    char: str | None  # None: these characters do not form a character of the codec
    score: float = 0.0
    four_byte: bool = False


def _pieces(text: str, start: int, codec: DoubleByteCodec) -> list[_Piece]:
    """Cut the high-byte run at ``start`` into the codec's characters (may take one ASCII trail)."""
    pieces: list[_Piece] = []
    j = start
    n = len(text)
    while j < n:
        b1 = byte_of(text[j])
        if b1 is None or b1 < 0x80:
            break
        if any(lo <= b1 <= hi for lo, hi in codec.single_bytes) or not codec.is_lead(b1) or j + 1 >= n:
            pieces.append(_Piece(j, j + 1, None))
            j += 1
            continue
        b2 = byte_of(text[j + 1])
        if b2 is None:
            pieces.append(_Piece(j, j + 1, None))
            j += 1
            continue
        if codec.four_byte and 0x30 <= b2 <= 0x39 and j + 3 < n:
            b3, b4 = byte_of(text[j + 2]), byte_of(text[j + 3])
            if b3 is not None and b4 is not None and 0x81 <= b3 <= 0xFE and 0x30 <= b4 <= 0x39:
                try:
                    ch = bytes([b1, b2, b3, b4]).decode(codec.python)
                except UnicodeDecodeError:
                    ch = None
                pieces.append(_Piece(j, j + 4, ch, 1.0, four_byte=True))
                j += 4
                continue
        if not codec.is_trail(b2):
            pieces.append(_Piece(j, j + 1, None))
            j += 1
            continue
        try:
            ch = bytes([b1, b2]).decode(codec.python)
        except UnicodeDecodeError:
            ch = None
        if ch is not None and (len(ch) != 1 or unicodedata.category(ch) in ("Co", "Cn", "Cc")):
            ch = None
        score = codec.score(b1, b2)
        if ch is not None and codec.name == "euc-kr" and 0xAC00 <= ord(ch) <= 0xD7A3:
            score = hangul_score(ch)
        pieces.append(_Piece(j, j + 2, ch, score))
        j += 2
    return pieces


def _reader(original: str) -> str:
    if any(ch in CP1252_EXTRA for ch in original):
        return "windows-1252"
    return "latin-1"


def _context_has_alnum(text: str, s: int, e: int) -> bool:
    return any(ch.isalnum() for ch in text[max(0, s - 3) : s] + text[e : e + 3])


def _context_has_digit(text: str, s: int, e: int) -> bool:
    return any(ch.isdigit() for ch in text[max(0, s - 3) : s] + text[e : e + 3])


def _not_worse(text: str, s: int, e: int, replacement: str) -> bool:
    before = text[max(0, s - 3) : e + 3]
    after = text[max(0, s - 3) : s] + replacement + text[e : e + 3]
    return badness(after) <= badness(before)


def _judge_run(text: str, pieces: list[_Piece], codec: DoubleByteCodec) -> list[tuple[_Edit, float]]:
    """Decide, piece group by piece group, which re-readings of one run belong in the text."""
    accepted: list[tuple[_Edit, float]] = []
    whole_run_valid = all(p.char is not None for p in pieces)
    k = 0
    while k < len(pieces):
        if pieces[k].char is None:
            k += 1
            continue
        # the maximal stretch of pieces that read as CJK text or punctuation
        m = k
        while m < len(pieces) and pieces[m].char is not None and (
            is_cjk(pieces[m].char) or is_cjk_punct(pieces[m].char) or pieces[m].char in WESTERN_PUNCT
        ):
            m += 1
        stretch = pieces[k:m]
        if _is_cjk_text(text, stretch, whole_run_valid):
            s, e = stretch[0].start, stretch[-1].end
            repl = "".join(p.char for p in stretch)
            if _not_worse(text, s, e, repl):
                weight = sum(p.score for p in stretch if is_cjk(p.char))
                accepted.append((_Edit(s, e, repl, "mojibake", _detail(codec, stretch, text[s:e])), weight))
            k = m
            continue
        # one piece on its own: punctuation next to words, or a Latin letter inside a word
        p = pieces[k]
        original = text[p.start : p.end]
        has_symbol = any(not ch.isalpha() for ch in original)
        left = text[p.start - 1] if p.start > 0 else " "
        right = text[p.end] if p.end < len(text) else " "
        ok = False
        # no ASCII letter or digit in the original (¡¯, ¡ª), or a C1 control (never in real text)
        all_symbols = not any(ch.isascii() and ch.isalnum() for ch in original) or any(
            0x80 <= ord(ch) <= 0x9F for ch in original
        )
        if p.four_byte:
            ok = True  # high, digit, high, digit: the GB18030 four-byte shape is its own evidence
        elif (
            len(pieces) == 1 and 0xA0 <= ord(p.char) <= 0xFF and not p.char.isalnum()
            and (all_symbols or has_symbol and _context_has_digit(text, p.start, p.end))
        ):
            ok = True  # a latin-1 sign (° § ±) standing alone, from two signs (¡ã) or next to a number (1.5¢XC)
        elif p.char in WESTERN_PUNCT and has_symbol and (all_symbols or _context_has_alnum(text, p.start, p.end)):
            ok = True  # two symbols (¡¯, ¡°) anywhere; with a letter (¨C) only next to words
        elif p.char in CURRENCY and has_symbol and _context_has_digit(text, p.start, p.end):
            ok = True  # a currency sign next to an amount ("¢G 700" -> "£ 700")
        elif is_latin_letter(p.char) and has_symbol and (
            left.isalpha() or right.isalpha() or all_symbols
        ):
            ok = True  # inside a word, or a one-letter word (French "à") read as two symbols
        if ok and _not_worse(text, p.start, p.end, p.char):
            # letters a Western text uses (latin-1's) are better evidence than Ĳ or ǎ
            weight = 1.0 if p.char in WESTERN_PUNCT or p.char.isalpha() and ord(p.char) < 0x100 else 0.5
            accepted.append((_Edit(p.start, p.end, p.char, "mojibake", _detail(codec, [p], original)), weight))
        k += 1
    return accepted


def _is_cjk_text(text: str, stretch: list[_Piece], whole_run_valid: bool) -> bool:
    """Is this re-read stretch a run of CJK text rather than accented Latin letters by chance?

    Evidence required: at least MIN_CJK_CHARS CJK characters, mostly of the codec's frequent
    ones; every piece of the high-byte run forms a character (real CJK text leaves no stray
    byte); the run is not glued to an ASCII letter (a Latin word with accents is); and when the
    codec took ASCII letters as trail bytes, one more character than the minimum.
    """
    cjk = [p for p in stretch if is_cjk(p.char)]
    if len(cjk) < MIN_CJK_CHARS or not whole_run_valid:
        return False
    if sum(p.score for p in cjk) / len(cjk) < MIN_CJK_SCORE:
        return False
    s, e = stretch[0].start, stretch[-1].end
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
        return False
    ascii_trails = sum(1 for p in stretch if any(ch.isascii() for ch in text[p.start : p.end]))
    return not (ascii_trails and len(cjk) <= MIN_CJK_CHARS)


def _detail(codec: DoubleByteCodec, pieces: list[_Piece], original: str) -> str:
    name = "gb18030" if codec.name == "gbk" and any(p.four_byte for p in pieces) else codec.name
    return f"{name} read as {_reader(original)}"


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
)


def _is_utf8_mojibake(run: str) -> bool:
    """Do the run's bytes read mostly as UTF-8 sequences? Then it is UTF-8 mojibake (pass 2).

    Legacy CJK bytes form a valid UTF-8 sequence only by chance (about one character in
    six for GBK), UTF-8 mojibake almost everywhere, even when a byte was lost.
    """
    data = bytes(byte_of(ch) for ch in run)  # every char of a high run has a byte
    covered = sum(len(m.group()) for m in _UTF8_SEQUENCE.finditer(data))
    return covered * 2 > len(data)


def _legacy_cjk_edits(text: str) -> tuple[list[_Edit], str | None]:
    """Pass 1: the edits of the codec with the most evidence in the document, and its name."""
    runs = [m for m in _HIGH_RUN.finditer(text) if not _is_utf8_mojibake(m.group())]
    if not runs:
        return [], None
    found: list[tuple[float, int, list[_Edit], DoubleByteCodec]] = []
    for rank, codec in enumerate(DOUBLE_BYTE_CODECS):
        edits: list[_Edit] = []
        total = 0.0
        pos = 0
        for m in runs:
            if m.start() < pos:
                continue  # already read as part of the previous run (through an ASCII trail byte)
            pieces = _pieces(text, m.start(), codec)
            pos = pieces[-1].end if pieces else m.end()
            for edit, weight in _judge_run(text, pieces, codec):
                edits.append(edit)
                total += weight
        if edits:
            found.append((total, rank, edits, codec))
    if not found:
        return [], None
    best_total = max(f[0] for f in found)
    close = [f for f in found if f[0] >= TIE_RATIO * best_total]
    with_cjk_text = any(is_cjk(ch) for f in close for ed in f[2] for ch in ed.replacement)
    if len(close) > 1 and with_cjk_text:
        close.sort(key=lambda f: (_statistical_rank(text, f[2], f[3]), -f[0], f[1]))
    else:
        close.sort(key=lambda f: (-f[0], f[1]))
    _, _, edits, codec = close[0]
    return sorted(edits, key=lambda ed: ed.start), codec.name


def _statistical_rank(text: str, edits: list[_Edit], codec: DoubleByteCodec) -> int:
    """Where chardet ranks ``codec`` for the bytes of these spans (lower is better)."""
    data = b"".join(bytes(byte_of(ch) or 0x3F for ch in text[ed.start : ed.end]) for ed in edits)
    family = {"gbk": ("gbk", "gb2312", "gb18030"), "big5": ("big5", "big5hkscs", "cp950"),
              "shift_jis": ("shift_jis", "cp932", "euc_jp"), "euc-kr": ("euc_kr", "cp949", "johab")}[codec.name]
    for i, (name, _) in enumerate(chardet_candidates(data)):
        if name in family:
            return i
    return 99


# -- pass 2: UTF-8 read as a single-byte codec (ftfy) ------------------------------------------
def _ftfy_detail(explanation) -> str:
    decodes = [step for step in explanation if step[0] == "decode"]
    encodes = [step for step in explanation if step[0] == "encode"]
    parts = []
    if decodes:
        reader = encodes[0][1].replace("sloppy-", "") if encodes else "a single-byte codec"
        parts.append(f"{decodes[0][1]} read as {reader}" + (f" x{len(decodes)}" if len(decodes) > 1 else ""))
    parts += [step[1].replace("_", " ") for step in explanation if step[0] in ("apply", "transcode")]
    return "; ".join(parts) or "ftfy"


def _segments(text: str):
    """Lines (with their offsets), long lines cut at a space into pieces of <= MAX_SEGMENT."""
    pos = 0
    for line in text.splitlines(keepends=True):
        while len(line) > MAX_SEGMENT:
            cut = line.rfind(" ", 0, MAX_SEGMENT)
            cut = MAX_SEGMENT if cut <= 0 else cut + 1
            yield pos, line[:cut]
            pos += cut
            line = line[cut:]
        yield pos, line
        pos += len(line)


def _utf8_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for offset, seg in _segments(text):
        if not _NON_ASCII.search(seg):
            continue
        fixed, explanation = ftfy.fix_and_explain(seg, config=FTFY_CONFIG)
        if fixed == seg:
            continue
        detail = _ftfy_detail(explanation or [])
        for a0, a1, b0, b1 in _changed_regions(seg, fixed):
            edits.append(_Edit(offset + a0, offset + a1, fixed[b0:b1], "mojibake", detail))
    return edits


_TOKEN = re.compile(r"[^\x00-\x7f]+|[\x00-\x7f]")


def _changed_regions(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Where ``a`` and its repair ``b`` differ, as (a0, a1, b0, b1), in linear time when possible.

    Mojibake repair rewrites runs of non-ASCII characters and keeps the ASCII ones, so the two
    strings are aligned ASCII character by ASCII character; when that fails (ftfy also
    consumed an ASCII space or question mark) difflib aligns the differing middle.
    """
    ta, tb = list(_TOKEN.finditer(a)), list(_TOKEN.finditer(b))
    regions: list[tuple[int, int, int, int]] = []
    if len(ta) == len(tb):
        for x, y in zip(ta, tb):
            gx, gy = x.group(), y.group()
            if gx == gy:
                continue
            if gx.isascii() or gy.isascii():
                break  # skeletons differ: fall back
            head = 0  # keep the repair to what changed: "\x95การ" -> "•การ" is one character
            while head < min(len(gx), len(gy)) - 1 and gx[head] == gy[head]:
                head += 1
            tail = 0
            while tail < min(len(gx), len(gy)) - head - 1 and gx[-1 - tail] == gy[-1 - tail]:
                tail += 1
            regions.append((x.start() + head, x.end() - tail, y.start() + head, y.end() - tail))
        else:
            return regions
    lo = 0
    while lo < min(len(a), len(b)) and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < min(len(a), len(b)) - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    matcher = difflib.SequenceMatcher(None, a[lo : len(a) - hi], b[lo : len(b) - hi])
    regions = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        if regions and regions[-1][1] == lo + a0 and regions[-1][3] == lo + b0:
            regions[-1] = (regions[-1][0], lo + a1, regions[-1][2], lo + b1)
        else:
            regions.append((lo + a0, lo + a1, lo + b0, lo + b1))
    return regions


# -- pass 3: normalization ---------------------------------------------------------------------
_NORMALIZE = re.compile("\r\n?|[\u2028\u2029]|[\u00a0\u2007\u202f]|[\u200b\u2060\ufeff\u00ad]")
_NORMAL_FORM = {
    "\u00a0": (" ", "no-break space"),
    "\u2007": (" ", "figure space"),
    "\u202f": (" ", "narrow no-break space"),
    "\u200b": ("", "zero-width space"),
    "\u2060": ("", "word joiner"),
    "\ufeff": ("", "zero-width no-break space (byte-order mark)"),
    "\u00ad": ("", "soft hyphen"),
    "\u2028": ("\n", "line separator"),
    "\u2029": ("\n", "paragraph separator"),
}


def _normalization_edits(text: str) -> list[_Edit]:
    edits = []
    for m in _NORMALIZE.finditer(text):
        found = m.group()
        replacement, detail = ("\n", "line ending") if found[0] == "\r" else _NORMAL_FORM[found]
        edits.append(_Edit(m.start(), m.end(), replacement, "normalization", detail))
    return edits


# -- pass 4: lost characters -------------------------------------------------------------------
_LOST = re.compile(r"\?")
_URLISH = re.compile(r"[/=&%@\\]")


#: "â" (the first byte, 0xE2, of a UTF-8 quotation mark or dash) left alone between letters once
#: the two bytes after it were lost: "worldâs", "Côte dâIvoire". A possessive "s" or a capital
#: after it; no Western word has "âs" at its end or "â" before a capital.
_LOST_UTF8_LEAD = re.compile(r"(?<=[A-Za-z])â(?=s(?![A-Za-z])|[A-Z])")


def _lost_positions(text: str) -> list[int]:
    found = [m.start() for m in _LOST_UTF8_LEAD.finditer(text)]
    for m in _LOST.finditer(text):
        i = m.start()
        left = text[i - 1] if i > 0 else " "
        right = text[i + 1] if i + 1 < len(text) else " "
        inside = left.isalpha() and right.isalpha()
        word_start = (not left.isalnum() and left not in "?") and right.isalpha() and right.islower()
        if not (inside or word_start):
            continue
        a = i  # the surrounding token, at most MAX_TOKEN characters each way
        while a > max(0, i - MAX_TOKEN) and not text[a - 1].isspace():
            a -= 1
        b = i
        while b < min(len(text), i + MAX_TOKEN) and not text[b].isspace():
            b += 1
        if _URLISH.search(text[a:b]):
            continue
        found.append(i)
    return sorted(found)


@lru_cache(maxsize=1)
def _known_names() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Names from data/known_names.json: (name, its longest ASCII word, a pattern in which each
    non-ASCII letter may be ``?``). The ASCII word is a cheap first test before the pattern."""
    raw = read_json("known_names.json")
    names = []
    for entry in raw["names"]:
        name = unicodedata.normalize("NFC", entry["name"].strip())
        if not name or not _NON_ASCII.search(name):
            continue
        body = "".join(f"(?:{re.escape(ch)}|\\?)" if ord(ch) > 0x7F else re.escape(ch) for ch in name)
        ascii_words = [w for w in re.split(r"[\s.]+", name) if w.isascii() and w]
        key = max(ascii_words, key=len) if ascii_words else ""
        names.append((name, key, re.compile(rf"(?<!\w){body}(?!\w)")))
    return tuple(names)


def _restore(text: str, i: int, codec: str | None) -> tuple[str, str] | None:
    """The one character a known name puts at ``text[i]`` (and that name), or None if not unique."""
    window_start = max(0, i - 80)
    window = text[window_start : i + 80]
    options: dict[str, str] = {}
    for name, key, pattern in _known_names():
        if key not in window:
            continue
        for m in pattern.finditer(window):
            at = i - window_start - m.start()
            if not (0 <= at < len(name)) or window[m.start() + at] != "?":
                continue
            ch = name[at]
            if codec is not None and _encodable(ch, codec):
                continue  # that codec could have held the character, so it was not lost there
            options.setdefault(ch, name)
    if len(options) != 1:
        return None
    (ch, name), = options.items()
    return ch, name


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)  # the codec itself (gbk, not its superset gb18030 used for reading)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# -- the stage ---------------------------------------------------------------------------------
def repair_text(text: str, *, normalize: bool = True, restore_names: bool = True) -> Repaired:
    """Repair mojibake and normalize ``text``; every change and every doubt is on record.

    ``normalize`` (default True) runs pass 3 (line endings, no-break spaces, zero-width
    characters); with False only encoding damage is repaired. ``restore_names`` (default True)
    lets a known name restore a lost character; with False lost characters are only warned about.

    >>> r = repair_text("Da\\u00a1\\u00afesh")
    >>> r.text, r.repairs[0].detail
    ('Da’esh', 'gbk read as latin-1')
    """
    current = text
    records: list[_Record] = []
    legacy_edits, legacy_codec = _legacy_cjk_edits(current)
    current, records = _apply(current, records, legacy_edits)
    current, records = _apply(current, records, _utf8_edits(current))
    if normalize:
        current, records = _apply(current, records, _normalization_edits(current))

    warnings: list[Warning] = []
    restore_edits: list[_Edit] = []
    for i in _lost_positions(current):
        if current[i] == "â":
            warnings.append(Warning(code="lost_character", start=i, end=i + 1, message=(
                "'â' is the first byte of a UTF-8 punctuation mark (’ “ – …) whose other bytes were lost; not restored")))
            continue
        found = _restore(current, i, legacy_codec) if restore_names else None
        where = f"a {legacy_codec} reading" if legacy_codec else "the encoding this text passed through"
        if found:
            ch, name = found
            restore_edits.append(_Edit(i, i + 1, ch, "restored", f"lost in {where}; known name {name!r}"))
            message = f"character lost in {where}; restored as {ch!r} from the known name {name!r}"
        else:
            message = f"'?' inside a word: a character {where} could not hold was lost; not restored (no unambiguous evidence)"
        warnings.append(Warning(code="lost_character", message=message, start=i, end=i + 1))
    current, records = _apply(current, records, restore_edits)

    repairs = [
        Repair(
            start=r.cur_start,
            end=r.cur_end,
            source_start=r.src_start,
            source_end=r.src_end,
            original=text[r.src_start : r.src_end],
            replacement=current[r.cur_start : r.cur_end],
            kind=r.kind,
            detail=r.detail,
        )
        for r in records
    ]
    return Repaired(text=current, repairs=repairs, warnings=warnings)
