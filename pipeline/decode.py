"""decode: bytes -> text, with the encoding, its confidence and how it was decided.

Order of evidence, strongest first (``Decoded.method`` records which one decided):

1. ``override``: the caller named the encoding (``--encoding``).
2. ``bom``: a UTF-8/16/32 byte-order mark.
3. ``utf-32-heuristic`` / ``utf-16-heuristic``: UTF-32 or UTF-16 without a BOM, recognised by
   where the zero bytes fall (only when the data holds zero bytes at all; plain UTF-8 never does).
4. ``iso-2022``: 7-bit ISO-2022-JP/KR text, recognised by its escape sequences (it would
   otherwise pass as ASCII and keep the escapes).
5. ``utf-8``: the bytes decode as strict UTF-8 (this includes plain ASCII).
6. ``detector``: the statistical detectors for legacy encodings (windows-125x, ISO-8859-x,
   GB2312/GBK/GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, KOI8-R, ...): chardet first, and the
   first of its candidates that decodes the bytes strictly; charset-normalizer when chardet has
   no strict candidate. Within the GB family the narrowest standard that decodes the bytes
   strictly is used (GB2312 before GBK before GB18030), so a GB2312 file reads as GB2312.

latin-1 is never a fallback, because it decodes anything and would hide every better answer.
Decoding never raises on bad bytes: with an encoding decided but bytes it cannot decode, those
bytes become U+FFFD and an ``undecodable_bytes`` warning gives the first byte offset (and the
text offsets of the first replacement). Non-text raises :class:`EmptyInputError` or
:class:`BinaryInputError` naming the path.

This module does not repair mojibake (see ``repair``) and does no file I/O.
"""

from __future__ import annotations

import codecs
import re

from .detect import chardet_candidates, normalizer_candidates
from .errors import BinaryInputError, EmptyInputError, UsageError
from .models import Decoded, Warning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: ISO-2022 escape sequences: designations of a double-byte set into G0 (JP) or G1 (KR).
_ISO2022_KR = re.compile(rb"\x1b\$\)C")
_ISO2022_JP = re.compile(rb"\x1b(?:\$[@B]|\$\(D|\([BJI])")
#: The GB family from narrowest to widest; all read GB2312 bytes, with a few different mappings.
_GB_FAMILY = ("gb2312", "gbk", "gb18030")
#: How many bytes the zero-byte heuristics and the binary test look at.
_SAMPLE = 8192


def decode(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`EmptyInputError` / :class:`BinaryInputError` for non-text.

    >>> decode("Señor".encode("utf-8")).method
    'utf-8'
    >>> decode("Señor".encode("utf-16-le")).encoding
    'utf-16-le'
    """
    if not data.strip():
        raise EmptyInputError("empty input (no text)", path=path)
    if encoding is not None:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError as exc:
            raise UsageError(f"unknown encoding {encoding!r}", path=path) from exc
        return _checked(_decode_with(data, codec, 1.0, "override"), path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_with(data, codec, 1.0, "bom"), path)
    if b"\x00" in data[:_SAMPLE]:
        wide = _utf16_32_without_bom(data)
        if wide is not None:
            return _checked(_decode_with(data, wide[0], 0.9, wide[1]), path)
        sample = data[:_SAMPLE]
        if sample.count(0) > max(2, len(sample) // 100):  # no 8-bit text encoding uses NUL
            raise BinaryInputError("binary data, not text (NUL bytes)", path=path, offset=sample.index(0))
    if b"\x1b" in data and max(data) < 0x80:
        for pattern, codec in ((_ISO2022_KR, "iso2022_kr"), (_ISO2022_JP, "iso2022_jp"), (_ISO2022_JP, "iso2022_jp_2")):
            if pattern.search(data) and _strict(data, codec):
                return _checked(Decoded(text=data.decode(codec), encoding=codec, confidence=0.99, method="iso-2022"), path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(Decoded(text=text, encoding="utf-8", confidence=1.0, method="utf-8"), path)
    codec, confidence = _detect(data, path)
    return _checked(_decode_with(data, codec, confidence, "detector"), path)


def _strict(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _utf16_32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 by the position of zero bytes (Latin-script text: every other byte is 0)."""
    sample = data[: _SAMPLE - _SAMPLE % 4]
    if len(data) % 4 == 0 and len(sample) >= 4:
        units = [sample[i : i + 4] for i in range(0, len(sample), 4)]
        if all(u[3] == 0 and u[2] <= 0x10 for u in units) and _strict(data, "utf-32-le"):
            return "utf-32-le", "utf-32-heuristic"
        if all(u[0] == 0 and u[1] <= 0x10 for u in units) and _strict(data, "utf-32-be"):
            return "utf-32-be", "utf-32-heuristic"
    if len(data) % 2 == 0 and len(sample) >= 2:
        pairs = len(sample) // 2
        even_zero = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
        odd_zero = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
        if odd_zero >= 0.3 * pairs and even_zero <= 0.05 * pairs and _strict(data, "utf-16-le"):
            return "utf-16-le", "utf-16-heuristic"
        if even_zero >= 0.3 * pairs and odd_zero <= 0.05 * pairs and _strict(data, "utf-16-be"):
            return "utf-16-be", "utf-16-heuristic"
    return None


def _detect(data: bytes, path: str | None) -> tuple[str, float]:
    """The legacy encoding: chardet's best candidate that decodes strictly, else charset-normalizer's."""
    first: tuple[str, float] | None = None
    for candidates in (chardet_candidates, normalizer_candidates):  # the second only when the first fails
        for codec, confidence in candidates(data):
            if codec.startswith("utf_16") or codec.startswith("utf_32"):
                continue  # without a BOM these were ruled out above
            first = first or (codec, confidence)
            if _strict(data, codec):
                return _narrowest(data, codec), confidence
    if first is None:
        raise BinaryInputError("binary data, not text in any known encoding", path=path)
    return first  # decoded with replacement and a warning


def _narrowest(data: bytes, codec: str) -> str:
    if codec in _GB_FAMILY:
        for narrower in _GB_FAMILY[: _GB_FAMILY.index(codec)]:
            if _strict(data, narrower):
                return narrower
    return codec


def _decode_with(data: bytes, codec: str, confidence: float, method: str) -> Decoded:
    warnings: list[Warning] = []
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, errors="replace")
        first = text.find("\ufffd")
        warnings.append(
            Warning(
                code="undecodable_bytes",
                message=f"bytes not valid {codec} replaced with U+FFFD, first at byte offset {exc.start}",
                start=first if first >= 0 else None,
                end=first + 1 if first >= 0 else None,
            )
        )
    return Decoded(text=text, encoding=codec, confidence=confidence, method=method, warnings=warnings)


def _checked(decoded: Decoded, path: str | None) -> Decoded:
    """Reject decoded text that is really binary data (control characters, NUL padding)."""
    sample = decoded.text[:_SAMPLE]
    controls = [i for i, ch in enumerate(sample) if ch < " " and ch not in "\t\n\r\f\v\x1b"]
    if len(controls) > max(2, len(sample) // 100):
        raise BinaryInputError("binary data, not text (control characters)", path=path, offset=controls[0])
    if not decoded.text.strip().strip("\ufeff\u200b\u2060").strip():
        raise EmptyInputError("empty input (no text)", path=path)
    return decoded
