"""The package's own data files (``pipeline/data/*.json``): where knowledge lives.

One place that knows where they are and how they are read; each stage reads the files it needs
once, at first use, and keeps what it builds from them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_json(name: str) -> Any:
    """The parsed contents of ``pipeline/data/<name>``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _lexicon() -> dict[str, dict]:
    return read_json("lexicon.json")["sections"]


def lexicon(section: str) -> tuple[str, ...]:
    """The words of one section of ``pipeline/data/lexicon.json``, in the order written there.

    The extract stage's domain vocabulary (organization heads, title heads, place words ...): each
    module builds its sets and patterns from these once, at import.
    """
    try:
        return tuple(_lexicon()[section]["words"])
    except KeyError:
        raise KeyError(f"lexicon.json: no section {section!r}") from None


def lexicon_set(section: str) -> frozenset[str]:
    """The words of one lexicon section as a set."""
    return frozenset(lexicon(section))
