"""repair: text -> repaired text, every change recorded as a Repair with offsets.

(First version: line-ending normalization only; mojibake repair lands with the repair issue.)
"""

from __future__ import annotations

import re

from .models import Repair, Repaired

_CRLF = re.compile(r"\r\n?")


def repair_text(text: str) -> Repaired:
    repairs: list[Repair] = []
    out: list[str] = []
    pos = 0
    shift = 0
    for m in _CRLF.finditer(text):
        out.append(text[pos : m.start()])
        start = m.start() + shift
        repairs.append(
            Repair(start=start, end=start + 1, source_start=m.start(), source_end=m.end(),
                   original=m.group(), replacement="\n", kind="normalization", detail="line ending")
        )
        out.append("\n")
        shift += 1 - len(m.group())
        pos = m.end()
    out.append(text[pos:])
    return Repaired(text="".join(out), repairs=repairs)
