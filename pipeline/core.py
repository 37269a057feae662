"""The orchestrator: the only module that knows the order of the stages.

    bytes --decode--> text --repair--> text --segment--> blocks --extract--> entities --> Document

:class:`Pipeline` holds what is expensive (the loaded spaCy model, loaded once and lazily);
the module-level :func:`extract` / :func:`extract_file` / :func:`repair` use a shared default
pipeline. Each stage's result is checked here, and a broken contract raises
:class:`~pipeline.errors.StageError` naming the stage.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import decode as _decode
from . import extract as _extract
from . import repair as _repair
from . import segment as _segment
from ._version import __version__
from .config import AUTO_MODEL, Config
from .errors import BriefingError, EmptyInputError, MissingFileError, NotAFileError, StageError
from .models import Decoded, Document, Producer, Repair, Repaired, Source


class Pipeline:
    """A reusable pipeline. Loads the spaCy model on first use, then reuses it.

    >>> p = Pipeline(model="none")
    >>> doc = p.extract("Statement by Mr. Kofi Annan\\n\\nHeld on 4 February 2022.")
    >>> doc.title
    'Statement by Mr. Kofi Annan'
    """

    def __init__(self, model: str = AUTO_MODEL, *, encoding: str | None = None, repair: bool = True,
                 config: Config | None = None) -> None:
        self.config = config or Config(model=model, encoding=encoding, repair=repair)
        self._extractor = _extract.Extractor(self.config.model)

    @property
    def model_name(self) -> str | None:
        """The spaCy pipeline that runs (``name-version``), or ``None`` in rules-only mode."""
        return self._extractor.model_name

    # -- whole documents ---------------------------------------------------------------
    def extract(self, data: str | bytes, *, path: str | None = None) -> Document:
        """Run every stage on ``data`` (bytes are decoded; a ``str`` is taken as decoded text)."""
        if isinstance(data, str):
            raw = data.encode("utf-8")
            decoded = Decoded(text=data, encoding="utf-8", confidence=1.0, method="str")
            if not data.strip():
                raise EmptyInputError("empty input (no text)", path=path)
        else:
            raw = bytes(data)
            decoded = _decode.decode(raw, encoding=self.config.encoding, path=path)
        return self._from_decoded(decoded, raw, path)

    def extract_file(self, path: str | os.PathLike[str], *, display_path: str | None = None) -> Document:
        """Read and extract one file. ``display_path`` is what ``source.path`` records."""
        shown = display_path if display_path is not None else os.fspath(path)
        data = read_input(path)
        return self.extract(data, path=shown)

    def extract_many(self, paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document]:
        """Extract each file in order. Raises on the first bad file; use ``batch`` to keep going."""
        for path in paths:
            yield self.extract_file(path)

    def repair(self, data: str | bytes, *, path: str | None = None) -> Repaired:
        """decode (for bytes) and repair only."""
        decoded = (
            Decoded(text=data, encoding="utf-8", confidence=1.0, method="str")
            if isinstance(data, str)
            else _decode.decode(bytes(data), encoding=self.config.encoding, path=path)
        )
        return _run_repair(decoded, path)

    # -- internals ---------------------------------------------------------------------
    def _from_decoded(self, decoded: Decoded, raw: bytes, path: str | None) -> Document:
        repaired = _run_repair(decoded, path) if self.config.repair else Repaired(text=decoded.text, warnings=decoded.warnings)
        text = repaired.text
        try:
            segmented = _segment.segment(text, title_model=self.config.title_model)
        except BriefingError:
            raise
        except Exception as exc:  # a bug in a stage must still name the file and the stage
            raise StageError("segment", f"{type(exc).__name__}: {exc}", path=path) from exc
        _check_spans("segment", text, ((b.start, b.end, b.text) for b in segmented.blocks), path)
        try:
            extracted = self._extractor.extract(text, segmented.blocks)
        except BriefingError:
            raise
        except Exception as exc:
            raise StageError("extract", f"{type(exc).__name__}: {exc}", path=path) from exc
        _check_spans("extract", text, ((e.start, e.end, e.text) for e in extracted.entities), path)
        return Document(
            source=Source(
                path=path,
                sha256=hashlib.sha256(raw).hexdigest(),
                size_bytes=len(raw),
                encoding=decoded.encoding,
                encoding_confidence=round(decoded.confidence, 4),
                encoding_method=decoded.method,
            ),
            producer=Producer(version=__version__, model=self._extractor.model_name),
            text=text,
            repairs=repaired.repairs,
            warnings=[*repaired.warnings, *extracted.warnings],  # repaired.warnings holds decode's, moved
            title=segmented.title,
            date=segmented.date,
            blocks=segmented.blocks,
            entities=extracted.entities,
            people=extracted.people,
            countries=extracted.countries,
            organizations=extracted.organizations,
            locations=extracted.locations,
        )


def read_input(path: str | os.PathLike[str]) -> bytes:
    """Read a file's bytes, turning the usual OS failures into :class:`InputError`."""
    p = Path(path)
    shown = os.fspath(path)
    if not p.exists():
        raise MissingFileError("no such file", path=shown)
    if not p.is_file():
        raise NotAFileError("is a directory, not a file" if p.is_dir() else "not a regular file", path=shown)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise MissingFileError(f"cannot read ({exc.strerror or exc})", path=shown) from exc


def _run_repair(decoded: Decoded, path: str | None) -> Repaired:
    try:
        repaired = _repair.repair_text(decoded.text)
    except BriefingError:
        raise
    except Exception as exc:
        raise StageError("repair", f"{type(exc).__name__}: {exc}", path=path) from exc
    _check_spans("repair", repaired.text, ((r.start, r.end, r.replacement) for r in repaired.repairs), path)
    _check_spans("repair", decoded.text, ((r.source_start, r.source_end, r.original) for r in repaired.repairs), path)
    if decoded.warnings:  # decode's warnings index the decoded text: move them onto the repaired text
        moved = [w.model_copy(update={"start": _moved(w.start, repaired.repairs), "end": _moved(w.end, repaired.repairs)})
                 if w.start is not None else w for w in decoded.warnings]
        repaired = repaired.model_copy(update={"warnings": [*moved, *repaired.warnings]})
    return repaired


def _moved(offset: int | None, repairs: list[Repair]) -> int | None:
    """An offset into the decoded text, as an offset into the repaired text."""
    if offset is None:
        return None
    shift = 0
    for r in repairs:
        if r.source_end <= offset:
            shift += (r.end - r.start) - (r.source_end - r.source_start)
        elif r.source_start < offset:
            return r.start  # inside a repaired span: its start
        else:
            break
    return offset + shift


def _check_spans(stage: str, text: str, spans, path: str | None) -> None:
    for start, end, value in spans:
        if not (0 <= start <= end <= len(text)) or text[start:end] != value:
            raise StageError(stage, f"span [{start}:{end}] does not match its text {value[:40]!r}", path=path, offset=start)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(data: str | bytes) -> Document:
    """Run the whole pipeline on text or bytes with the default model."""
    return default_pipeline().extract(data)


def extract_file(path: str | os.PathLike[str]) -> Document:
    """Run the whole pipeline on one file with the default model."""
    return default_pipeline().extract_file(path)


def repair(data: str | bytes) -> tuple[str, list[Repair]]:
    """Decode (for bytes) and repair only: the repaired text and the list of repairs.

    >>> repair("Da\\u00a1\\u00afesh")[0]
    'Da’esh'
    """
    repaired = Pipeline(model="none").repair(data)
    return repaired.text, list(repaired.repairs)
