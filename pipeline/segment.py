"""segment: repaired text -> blocks (noise, title, heading, paragraph, list_item), title, date.

(First version: one block per blank-line-separated paragraph; structure lands with the segment issue.)
"""

from __future__ import annotations

import re

from .models import Block, Segmented

_PARA = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")


def segment(text: str) -> Segmented:
    blocks = []
    for m in _PARA.finditer(text):
        blocks.append(Block(id=len(blocks), type="paragraph", start=m.start(), end=m.end(), text=m.group()))
    return Segmented(blocks=blocks)
