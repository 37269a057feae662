"""detect: the one door through which the statistical encoding detectors enter the package.

chardet (primary) and charset-normalizer (second opinion) each guess a byte encoding from
statistics of the bytes. ``decode`` asks them for candidate encodings of a whole file;
``repair`` asks chardet which legacy CJK codec best explains the bytes of mojibake spans when
its own evidence is tied. Both answers are lists of ``(python_codec_name, confidence)``, best
first, with names normalized by :func:`codecs.lookup`; nothing else of either library leaks out.
"""

from __future__ import annotations

import codecs


def _python_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def chardet_candidates(data: bytes) -> list[tuple[str, float]]:
    """chardet's guesses for ``data``, best first (empty when it has none)."""
    import chardet

    out: list[tuple[str, float]] = []
    for guess in chardet.detect_all(data):
        name = _python_name(guess.get("encoding"))
        if name and name not in (n for n, _ in out):
            out.append((name, float(guess.get("confidence") or 0.0)))
    return out


def normalizer_candidates(data: bytes) -> list[tuple[str, float]]:
    """charset-normalizer's guesses for ``data``, best first (confidence = 1 - chaos)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # a dependency, but only the second opinion: decode still works without it
        return []

    out: list[tuple[str, float]] = []
    for match in from_bytes(data):
        name = _python_name(match.encoding)
        if name and name not in (n for n, _ in out):
            out.append((name, max(0.0, 1.0 - float(match.chaos))))
    return out
