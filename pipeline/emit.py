"""emit: Document -> JSON text (one object) or a JSON Lines record.

Output is deterministic: the same input gives byte-identical JSON (no timestamps, no absolute
paths; field order is the model's). Non-ASCII text is written as is, in UTF-8.
"""

from __future__ import annotations

import json

from .models import Document


def to_json(doc: Document, *, indent: int | None = 2) -> str:
    """The document as one JSON object."""
    return doc.model_dump_json(indent=indent)


def to_jsonl_line(doc: Document) -> str:
    """The document as one JSON Lines record (no newline inside, newline at the end)."""
    return doc.model_dump_json() + "\n"


def json_schema() -> str:
    """JSON Schema of the output contract, generated from the models."""
    return json.dumps(Document.model_json_schema(), indent=2, ensure_ascii=False)
