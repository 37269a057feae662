"""Every error the library raises derives from :class:`BriefingError`.

Hierarchy::

    BriefingError
    ├── InputError            the input file cannot be processed (names the path)
    │   ├── MissingFileError      no such path
    │   ├── NotAFileError         a directory (or other non-file) was given as FILE
    │   ├── EmptyInputError       zero bytes, or only whitespace after decoding
    │   └── BinaryInputError      bytes that are not text in any encoding (NUL-heavy, control bytes)
    ├── UsageError            an option the library cannot use (unknown encoding, engine, ...)
    ├── ModelError            the requested spaCy pipeline is not installed or cannot load
    ├── StageError            a stage returned something that breaks the contract (names the stage)
    └── OutputError           an output file or folder cannot be written

The library never prints and never exits; the CLI maps these to one-line messages and exit codes.
Foreign exceptions are wrapped with ``raise ... from exc`` so the cause stays visible.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class of every error raised by briefing-pipeline."""

    code = "briefing_error"

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None) -> None:
        self.path = path
        self.offset = offset
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        where = []
        if self.path is not None:
            where.append(str(self.path))
        if self.offset is not None:
            where.append(f"offset {self.offset}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class InputError(BriefingError):
    code = "input_error"


class MissingFileError(InputError):
    code = "missing_file"


class NotAFileError(InputError):
    code = "not_a_file"


class EmptyInputError(InputError):
    code = "empty_input"


class BinaryInputError(InputError):
    code = "binary_input"


class UsageError(BriefingError):
    code = "usage_error"


class ModelError(BriefingError):
    code = "model_error"


class StageError(BriefingError):
    code = "stage_error"

    def __init__(self, stage: str, message: str, *, path: str | None = None, offset: int | None = None) -> None:
        self.stage = stage
        super().__init__(f"stage {stage!r}: {message}", path=path, offset=offset)


class OutputError(BriefingError):
    code = "output_error"
