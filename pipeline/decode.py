"""decode: bytes -> text, with the encoding, its confidence and how it was decided.

Order of evidence: a byte-order mark; strict UTF-8; then the statistical detector (chardet)
for legacy encodings. Decoding never raises on bad bytes: what cannot be decoded is replaced
with U+FFFD and reported as an ``undecodable_bytes`` warning. latin-1 is never a fallback,
because it decodes anything and would hide every better answer.

This module does not repair mojibake (see ``repair``) and does no file I/O.
"""

from __future__ import annotations

import codecs

import chardet

from .errors import BinaryInputError, EmptyInputError
from .models import Decoded, Warning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, encoding: str | None = None, path: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`EmptyInputError` / :class:`BinaryInputError` for non-text."""
    if not data.strip():
        raise EmptyInputError("empty input (no text)", path=path)
    if encoding is not None:
        return _decode_with(data, codecs.lookup(encoding).name, 1.0, "override")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec, 1.0, "bom")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _reject_binary(text, path)
        return Decoded(text=text, encoding="utf-8", confidence=1.0, method="utf-8")
    guess = chardet.detect(data)
    codec = guess.get("encoding")
    if not codec:
        raise BinaryInputError("not text in any known encoding", path=path)
    decoded = _decode_with(data, codecs.lookup(codec).name, float(guess.get("confidence") or 0.0), "detector")
    _reject_binary(decoded.text, path)
    return decoded


def _decode_with(data: bytes, codec: str, confidence: float, method: str) -> Decoded:
    warnings: list[Warning] = []
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, errors="replace")
        warnings.append(
            Warning(
                code="undecodable_bytes",
                message=f"bytes not valid {codec} replaced with U+FFFD, first at byte offset {exc.start}",
            )
        )
    return Decoded(text=text, encoding=codec, confidence=confidence, method=method, warnings=warnings)


def _reject_binary(text: str, path: str | None) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    if controls > max(2, len(sample) // 100):
        first = next(i for i, ch in enumerate(sample) if ch < " " and ch not in "\t\n\r\f\v")
        raise BinaryInputError("binary data, not text (control characters)", path=path, offset=first)
