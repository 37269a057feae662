"""chardata: character tables the repair and decode stages decide with, built once at import.

What is here is *knowledge about codecs* (which byte values a codec uses for what), never a
table of replacements: a mojibake span is repaired only because re-reading its bytes with
another codec gives characters that belong in the context (see ``repair``).

Groups:

* single-byte readings: how a character that a wrong codec produced maps back to its byte
  (latin-1 for U+0000-U+00FF, windows-1252 for its 27 extra characters);
* the double-byte legacy codecs whose mojibake ftfy leaves alone (GBK/GB18030, Big5,
  Shift_JIS, EUC-KR): their lead/trail byte ranges and which lead bytes hold the frequent
  characters (GB2312 level 1, Big5 "frequently used", JIS X 0208 level 1 and kana, KS X 1001
  Hangul), used to score a reading as likely text or noise;
* character classes: the punctuation a Western text plausibly contains, CJK punctuation.

This module holds data and tiny predicates only; it imports no third-party library.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# -- single-byte readings ------------------------------------------------------------------
#: The 27 characters windows-1252 puts in 0x80-0x9F, mapped back to their byte.
CP1252_EXTRA: dict[str, int] = {}
for _b in range(0x80, 0xA0):
    try:
        _ch = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        continue  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined; sloppy readers give U+0081 etc.
    CP1252_EXTRA[_ch] = _b


def byte_of(ch: str) -> int | None:
    """The byte a latin-1 or windows-1252 reader turned into ``ch`` (None for other characters)."""
    o = ord(ch)
    if o < 0x100:
        return o
    return CP1252_EXTRA.get(ch)


#: Characters that only a misread high byte (0x80-0xFF) produces: regex class body.
HIGH_CLASS = "\u0080-\u00ff" + "".join(sorted(CP1252_EXTRA))


# -- double-byte legacy codecs -------------------------------------------------------------
@dataclass(frozen=True)
class DoubleByteCodec:
    """How one East-Asian codec lays out its bytes.

    ``name`` is what a Repair's detail says; ``python`` the codec used to decode one character.
    ``frequent_leads``/``rare_leads``: lead bytes of the frequent / less frequent characters
    (a reading scores 1.0 / 0.6 per character there, 0.1 elsewhere).
    """

    name: str
    python: str
    lead: tuple[int, int]
    trails: tuple[tuple[int, int], ...]
    frequent_leads: tuple[tuple[int, int], ...]
    rare_leads: tuple[tuple[int, int], ...]
    frequent_trail_min: int = 0x40  # a trail byte below this scores as rare (e.g. GBK extension)
    four_byte: bool = False  # GB18030 four-byte sequences (lead, 0x30-0x39, lead, 0x30-0x39)
    single_bytes: tuple[tuple[int, int], ...] = ()  # one-byte characters (Shift_JIS half-width kana)

    def is_lead(self, b: int) -> bool:
        return self.lead[0] <= b <= self.lead[1]

    def is_trail(self, b: int) -> bool:
        return any(lo <= b <= hi for lo, hi in self.trails)

    def score(self, lead: int, trail: int) -> float:
        if trail < self.frequent_trail_min:
            return 0.1
        if any(lo <= lead <= hi for lo, hi in self.frequent_leads):
            return 1.0
        if any(lo <= lead <= hi for lo, hi in self.rare_leads):
            return 0.6
        return 0.1


#: In order of preference when two readings are equally good (GB first: it is by far the most
#: common source of this mojibake in UN-style documents; see issue 3 / ftfy issue #34).
DOUBLE_BYTE_CODECS: tuple[DoubleByteCodec, ...] = (
    # GB2312 level 1 (3,755 frequent hanzi): leads B0-D7; level 2: D8-F7; GBK extension uses
    # trail bytes 0x40-0xA0, which GB2312 text never does.
    DoubleByteCodec("gbk", "gb18030", (0x81, 0xFE), ((0x40, 0x7E), (0x80, 0xFE)),
                    ((0xB0, 0xD7),), ((0xD8, 0xF7),), frequent_trail_min=0xA1, four_byte=True),
    # Big5 frequently used characters: A440-C67E; less frequent: C940-F9D5. Trails 40-7E are normal.
    DoubleByteCodec("big5", "big5", (0xA1, 0xF9), ((0x40, 0x7E), (0xA1, 0xFE)),
                    ((0xA4, 0xC6),), ((0xC9, 0xF9),)),
    # Shift_JIS (Windows cp932): kana rows 82-83 and JIS level 1 kanji 88-98; level 2 98-EA.
    DoubleByteCodec("shift_jis", "cp932", (0x81, 0xFC), ((0x40, 0x7E), (0x80, 0xFC)),
                    ((0x82, 0x83), (0x88, 0x98)), ((0x99, 0xEA),), single_bytes=((0xA1, 0xDF),)),
    # EUC-KR (KS X 1001): Hangul syllables B0-C8 (scored by their jamo, see hangul_score), hanja CA-FD.
    DoubleByteCodec("euc-kr", "euc_kr", (0xA1, 0xFE), ((0xA1, 0xFE),),
                    ((0xB0, 0xC8),), ((0xCA, 0xFD),), frequent_trail_min=0xA1),
)


#: Jamo that make a Hangul syllable rare: vowels ㅒ ㅖ ㅙ ㅞ ㅚ and double/complex final consonants.
#: (Indices into the Unicode syllable composition: vowel 0-20, final 0-27.)
_RARE_VOWELS = frozenset({3, 7, 10, 11, 15})  # ㅒ ㅖ ㅙ ㅚ ㅞ
_RARE_FINALS = frozenset({2, 3, 5, 6, 9, 10, 11, 12, 13, 14, 15, 18, 22, 24, 25, 26})


def hangul_score(ch: str) -> float:
    """1.0 for a Hangul syllable of common jamo, 0.3 for one with a rare vowel or final.

    KS X 1001 holds 2,350 syllables, so the byte ranges alone cannot tell Korean from noise;
    mojibake read as EUC-KR gives syllables like 굇 쐐 뒈, real Korean mostly 한 국 어.
    """
    index = ord(ch) - 0xAC00
    if not 0 <= index < 11172:
        return 0.0
    vowel = (index % 588) // 28
    final = index % 28
    return 0.3 if vowel in _RARE_VOWELS or final in _RARE_FINALS else 1.0


# -- character classes ---------------------------------------------------------------------
#: Punctuation a Western-language text plausibly contains where a mojibake pair stood.
WESTERN_PUNCT = frozenset("’‘“”–—…·•′″‚„«»")
#: Currency signs, plausible next to an amount.
CURRENCY = frozenset("£¥€¢￡￥")
#: Western punctuation that may stand inside a word (apostrophes, hyphens, middle dot).
WORD_INTERNAL_PUNCT = frozenset("’‘·–—")


def is_cjk(ch: str) -> bool:
    """Han ideographs, kana and Hangul syllables: the letters of CJK text."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x3041 <= o <= 0x30FF
        or 0xAC00 <= o <= 0xD7A3
        or 0x20000 <= o <= 0x2FFFF
    )


def is_cjk_punct(ch: str) -> bool:
    """Ideographic punctuation and full-width forms: plausible only next to CJK text."""
    o = ord(ch)
    return 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF65 or ch in "·…—“”‘’"


def is_latin_letter(ch: str) -> bool:
    """A non-ASCII letter of the Latin script (é, í, Ø, ǎ, ...)."""
    return ord(ch) > 0x7F and ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")

