"""Batch runs over folders: discovery, workers, resume, atomic output, the error log.

One ``OUT_DIR/<relative path>.json`` per input file (``a/b.txt`` -> ``a/b.txt.json``, so
``b.txt`` and ``b.md`` never collide). A bad file never stops the batch: its failure goes to
``OUT_DIR/_errors.jsonl`` (path, error type, message) and every other file is still done.
Every output is written to a temporary file and renamed into place, so an interrupted run
never leaves a half-written JSON behind. ``--resume`` skips files whose output already holds
the same input checksum. ``OUT_DIR/_summary.json`` carries the run metadata (counts, timings,
model, version), which documents themselves never carry.

Engines: ``local`` runs in this process (``workers=1``) or in a pool of worker processes, each
loading the model once; ``dask`` hands the same per-file function to a Dask cluster
(see ``pipeline.distributed``).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ._version import __version__
from .config import Config
from .errors import BriefingError, NotAFileError, OutputError, UsageError

ERRORS_FILE = "_errors.jsonl"
SUMMARY_FILE = "_summary.json"
DEFAULT_GLOB = "**/*.txt"


@dataclass(frozen=True)
class FileResult:
    """What one worker returns for one input file: the JSON text, or the failure."""

    rel: str
    json: str | None = None
    sha256: str | None = None
    model: str | None = None
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_type is None


@dataclass
class BatchSummary:
    version: str
    model: str | None
    engine: str
    workers: int
    files: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    bytes_in: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def discover(in_dir: str | os.PathLike[str], pattern: str = DEFAULT_GLOB, *,
             exclude: str | os.PathLike[str] | None = None) -> list[Path]:
    """Input files under ``in_dir`` matching ``pattern``, sorted; hidden paths and anything
    under ``exclude`` (the output folder, when it lies inside the input folder) are skipped."""
    root = Path(in_dir)
    if not root.is_dir():
        raise NotAFileError("not a directory", path=os.fspath(in_dir))
    skip = Path(exclude).resolve() if exclude is not None else None
    found = []
    for p in root.glob(pattern):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if skip is not None and p.resolve().is_relative_to(skip):
            continue
        if p.is_file():
            found.append(p)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def output_path(out_dir: Path, rel: str) -> Path:
    return out_dir / (rel + ".json")


def atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write ({exc.strerror or exc})", path=os.fspath(path)) from exc


# -- the per-file unit of work, shared by every engine ---------------------------------

_worker_pipelines: dict[Config, object] = {}


def _pipeline_for(config: Config):
    from .core import Pipeline

    p = _worker_pipelines.get(config)
    if p is None:
        p = _worker_pipelines[config] = Pipeline(config=config)
    return p


def process_file(config: Config, path: str, rel: str) -> FileResult:
    """Extract one file and return its JSON, or the failure; never raises for a bad file."""
    from .emit import to_json

    t0 = time.perf_counter()
    try:
        doc = _pipeline_for(config).extract_file(path, display_path=rel)
    except BriefingError as exc:
        return FileResult(rel=rel, error_type=type(exc).__name__, message=str(exc), seconds=time.perf_counter() - t0)
    except Exception as exc:  # a bug must not lose the rest of the batch
        return FileResult(rel=rel, error_type=type(exc).__name__, message=f"{rel}: {exc}", seconds=time.perf_counter() - t0)
    return FileResult(rel=rel, json=to_json(doc), sha256=doc.source.sha256, model=doc.producer.model,
                      seconds=time.perf_counter() - t0)


# -- resume ------------------------------------------------------------------------------


def _already_done(in_path: Path, out_path: Path) -> bool:
    if not out_path.is_file():
        return False
    try:
        with out_path.open("rb") as fh:
            head = fh.read(4096).decode("utf-8", "replace")
        marker = '"sha256": "'
        i = head.find(marker)
        if i < 0:
            return False
        recorded = head[i + len(marker) : i + len(marker) + 64]
        return recorded == hashlib.sha256(in_path.read_bytes()).hexdigest()
    except OSError:
        return False


# -- engines -----------------------------------------------------------------------------


def _run_local(config: Config, jobs: list[tuple[str, str]], workers: int) -> Iterator[FileResult]:
    if workers <= 1 or len(jobs) <= 1:
        for path, rel in jobs:
            yield process_file(config, path, rel)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # chunks keep each worker's loaded model busy; order of results follows input order
        yield from pool.map(process_file, [config] * len(jobs), [p for p, _ in jobs], [r for _, r in jobs], chunksize=1)


class _JsonLines:
    """The ``--jsonl`` file: streamed to a temporary file, renamed into place only when complete."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = Path(path) if path is not None else None
        self._fh = None
        self._tmp: str | None = None

    def __enter__(self) -> _JsonLines:
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            except OSError as exc:
                raise OutputError(f"cannot write ({exc.strerror or exc})", path=os.fspath(self.path)) from exc
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self

    def add(self, doc_json: str) -> None:
        if self._fh is not None:
            self._fh.write(json.dumps(json.loads(doc_json), ensure_ascii=False, separators=(",", ":")) + "\n")

    def add_file(self, path: Path) -> None:
        if self._fh is not None:
            self.add(path.read_text(encoding="utf-8"))

    def __exit__(self, exc_type, exc, tb) -> None:
        if self._fh is None:
            return
        self._fh.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            Path(self._tmp).unlink(missing_ok=True)


def run_batch(
    in_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    config: Config | None = None,
    workers: int = 1,
    resume: bool = False,
    jsonl: str | os.PathLike[str] | None = None,
    pattern: str = DEFAULT_GLOB,
    engine: str = "local",
    scheduler: str | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchSummary:
    """Process every matching file under ``in_dir`` into ``out_dir``; return the summary.

    ``on_start(n)`` is called once with the number of files to process (after discovery and
    ``resume``), ``on_result`` once per processed file, in input order.

    Raises only for problems with the run itself (no such input folder, output not writable);
    a bad input file is recorded in ``_errors.jsonl`` and counted in ``summary.failed``.
    """
    config = config or Config()
    t0 = time.perf_counter()
    root = Path(in_dir)
    out = Path(out_dir)
    files = discover(root, pattern, exclude=out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder ({exc.strerror or exc})", path=os.fspath(out)) from exc

    summary = BatchSummary(version=__version__, model=None, engine=engine, workers=workers, files=len(files))
    order: list[tuple[str, bool]] = []  # (relative path, skipped) in input order
    jobs: list[tuple[str, str]] = []
    for p in files:
        rel = p.relative_to(root).as_posix()
        summary.bytes_in += p.stat().st_size
        skipped = resume and _already_done(p, output_path(out, rel))
        order.append((rel, skipped))
        if skipped:
            summary.skipped += 1
        else:
            jobs.append((os.fspath(p), rel))
    if on_start is not None:
        on_start(len(jobs))

    if engine == "dask":
        from .distributed import run_dask

        results = run_dask(config, jobs, workers=workers, scheduler=scheduler)
    elif engine == "local":
        results = _run_local(config, jobs, workers)
    else:
        raise UsageError(f"unknown engine {engine!r} (local or dask)")

    with _JsonLines(jsonl) as lines:
        for rel, skipped in order:
            if skipped:
                lines.add_file(output_path(out, rel))
                continue
            result = next(results)
            if result.ok:
                atomic_write(output_path(out, result.rel), result.json + "\n")
                lines.add(result.json)
                summary.done += 1
                summary.model = summary.model or result.model
            else:
                summary.failed += 1
                summary.errors.append({"path": result.rel, "error": result.error_type, "message": result.message})
            if on_result is not None:
                on_result(result)

    errors_path = out / ERRORS_FILE
    if summary.errors:
        atomic_write(errors_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in summary.errors))
    elif errors_path.exists():
        errors_path.unlink()
    summary.seconds = round(time.perf_counter() - t0, 3)
    record = asdict(summary)
    record.pop("errors")
    atomic_write(out / SUMMARY_FILE, json.dumps(record, indent=2) + "\n")
    return summary

