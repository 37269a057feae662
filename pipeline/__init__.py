"""briefing-pipeline: turn messy briefing text files into offset-exact structured JSON.

    >>> import pipeline
    >>> doc = pipeline.extract("...")              # doctest: +SKIP
    >>> text, repairs = pipeline.repair("Da\\u00a1\\u00afesh")

Stages, in the order data flows: decode -> repair -> segment -> extract -> emit.
This module is the public facade; everything else is importable but not promised.
"""

from ._version import __version__
from .core import Pipeline, extract, extract_file, repair
from .emit import json_schema, to_json, to_jsonl_line
from .errors import (
    BinaryInputError,
    BriefingError,
    EmptyInputError,
    InputError,
    MissingFileError,
    ModelError,
    NotAFileError,
    OutputError,
    StageError,
    UsageError,
)
from .models import (
    Block,
    Country,
    Document,
    DocumentWarning,
    Entity,
    Location,
    Organization,
    Person,
    Repair,
)

__all__ = [
    "BinaryInputError",
    "Block",
    "BriefingError",
    "Country",
    "Document",
    "DocumentWarning",
    "EmptyInputError",
    "Entity",
    "InputError",
    "Location",
    "MissingFileError",
    "ModelError",
    "NotAFileError",
    "Organization",
    "OutputError",
    "Person",
    "Pipeline",
    "Repair",
    "StageError",
    "UsageError",
    "__version__",
    "extract",
    "extract_file",
    "json_schema",
    "repair",
    "to_json",
    "to_jsonl_line",
]
