"""The package's own data files (``pipeline/data/*.json``): where knowledge lives.

One place that knows where they are and how they are read; each stage reads the files it needs
once, at first use, and keeps what it builds from them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_json(name: str) -> Any:
    """The parsed contents of ``pipeline/data/<name>``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
