"""The value the extract stage's rules pass around, and how they read the lexicon: the stage's lowest module.

- :class:`Candidate`: a possible entity found by a rule, a gazetteer or the model, before the merge
  policy (:func:`pipeline.extract.merge_matches`) and the block check decide whether it stays;
  :func:`_innermost`, the block a candidate belongs to.
- :func:`_alt`: a section of ``pipeline/data/lexicon.json`` as a regular-expression alternation.

Used by :mod:`pipeline.extract`, :mod:`pipeline.orgs` and :mod:`pipeline.places`, which build on
it; it imports none of them and no third-party library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._data import lexicon
from .gazetteers import Entry
from .models import Block
from .people import PersonMatch


# The rules' vocabulary (heads, tails, cues) is data: pipeline/data/lexicon.json, one section per list.
# A word that goes into a pattern is plain text; the pattern's syntax stays in the module that builds it.
_LITERAL = re.compile(r"[^\W\d_][\w '’/-]*")


def _alt(section: str, *, capital_too: bool = False) -> str:
    """The words of a lexicon section as a regular-expression alternation, in the order written there;
    with ``capital_too``, a lower-case word also matches with a capital first letter ("[Hh]urricane")."""
    words = lexicon(section)
    bad = [w for w in words if not _LITERAL.fullmatch(w)]
    if bad:
        raise ValueError(f"lexicon.json, section {section!r}: not a plain word {bad}")
    if capital_too:
        words = tuple(f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].islower() else w for w in words)
    return "|".join(words)


@dataclass
class Candidate:
    """A possible entity, before the merge policy and the block check decide whether it stays."""

    start: int
    end: int
    label: str  # PERSON | COUNTRY | ORG | LOCATION | DATE | PLACE (model GPE/LOC, not yet classified)
    source: str  # "model" | "rule" | "gazetteer"
    entry: Entry | None = None
    canonical: str | None = None
    acronym: str | None = None
    kind: str | None = None
    ambiguous: bool = False  # a gazetteer surface that is also a common word or given name
    person: PersonMatch | None = None
    block: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def code(self) -> str | None:
        return self.entry.code if self.entry is not None and self.entry.label == "COUNTRY" else None

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end


def _innermost(root: Block, inner: list[Block], c: Candidate) -> int | None:
    """The id of the innermost block holding ``c``; ``None`` if ``c`` crosses a block boundary."""
    if not (root.start <= c.start and c.end <= root.end):
        return None
    best = root
    for b in inner:
        if b.start <= c.start and c.end <= b.end:
            if (b.end - b.start) <= (best.end - best.start):
                best = b
        elif c.start < b.end and b.start < c.end:
            return None  # crosses the edge of a nested block
    return best.id
