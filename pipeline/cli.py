"""The ``briefing`` command: a thin shell over the library.

It parses arguments, calls the library, and maps library errors to one-line messages and exit
codes: 0 all files done, 1 some files failed, 2 usage error. Progress goes to stderr, and only
when stderr is a terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .config import AUTO_MODEL, DEFAULT_TITLE_MODEL, TITLE_MODELS, Config

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Repair, segment and extract entities from briefing text files into JSON.",
    context_settings={"help_option_names": ["-h", "--help"]},
)

ModelOpt = Annotated[
    str,
    typer.Option("--model", "-m", help='spaCy pipeline to load; "auto" picks the installed English model, "none" runs rules-only.'),
]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", "-e", help="Force the input encoding instead of detecting it.")]
TitleModelOpt = Annotated[
    str,
    typer.Option("--title-model", help=f"How the title is chosen: {', '.join(TITLE_MODELS)} (\"off\": the title rules alone)."),
]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"briefing: error: {message}", err=True)
    return typer.Exit(code)


def _config(model: str = AUTO_MODEL, encoding: str | None = None, title_model: str = DEFAULT_TITLE_MODEL) -> Config:
    from .errors import UsageError

    try:
        return Config(model=model, encoding=encoding, title_model=title_model)
    except UsageError as exc:
        raise _fail(str(exc), 2) from None


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Briefing text files.", show_default=False)],
    model: ModelOpt = AUTO_MODEL,
    encoding: EncodingOpt = None,
    title_model: TitleModelOpt = DEFAULT_TITLE_MODEL,
    compact: Annotated[bool, typer.Option("--compact", help="One line per document even for a single file.")] = False,
) -> None:
    """Extract FILE(s) to JSON on stdout (one file: a JSON object; several: JSON Lines)."""
    from .core import Pipeline
    from .emit import to_json, to_jsonl_line
    from .errors import BriefingError

    pipe = Pipeline(config=_config(model, encoding, title_model))
    failed = 0
    single = len(files) == 1 and not compact
    for path in files:
        try:
            doc = pipe.extract_file(path)
        except BriefingError as exc:
            failed += 1
            typer.echo(f"briefing: error: {exc}", err=True)
            continue
        _out(to_json(doc) + "\n" if single else to_jsonl_line(doc))
    if failed:
        raise typer.Exit(1)


@app.command()
def batch(
    in_dir: Annotated[Path, typer.Argument(help="Folder of input files (searched recursively).", show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder: one <relative path>.json per input.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Skip files whose output holds the same input checksum.")] = False,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help="Also write every document to this JSON Lines file.")] = None,
    glob: Annotated[str, typer.Option("--glob", help="Which files to take, relative to IN_DIR.")] = "**/*.txt",
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")] = None,
    model: ModelOpt = AUTO_MODEL,
    encoding: EncodingOpt = None,
    title_model: TitleModelOpt = DEFAULT_TITLE_MODEL,
) -> None:
    """Extract every file under IN_DIR into OUT_DIR; failures go to OUT_DIR/_errors.jsonl."""
    from .batch import ERRORS_FILE, run_batch
    from .errors import BriefingError

    if engine not in ("local", "dask"):
        raise _fail(f"--engine must be local or dask, not {engine!r}", 2)
    if scheduler and engine != "dask":
        raise _fail("--scheduler needs --engine dask", 2)
    progress = None
    hooks = {}
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(transient=True, console=_stderr_console())
        task = progress.add_task("extracting", total=None)

        def start(total: int) -> None:
            progress.update(task, total=total)
            progress.start()

        def advance(_result) -> None:
            progress.advance(task)

        hooks = {"on_start": start, "on_result": advance}

    try:
        summary = run_batch(in_dir, out_dir, config=_config(model, encoding, title_model), workers=workers,
                            resume=resume, jsonl=jsonl, pattern=glob, engine=engine, scheduler=scheduler,
                            **hooks)
    except BriefingError as exc:
        raise _fail(str(exc)) from None
    finally:
        if progress is not None:
            progress.stop()
    for err in summary.errors:
        typer.echo(f"briefing: error: {err['message']}", err=True)
    note = f", {summary.skipped} skipped" if summary.skipped else ""
    fail = f", {summary.failed} failed (see {out_dir / ERRORS_FILE})" if summary.failed else ""
    typer.echo(f"{summary.done} of {summary.files} files done{note}{fail} in {summary.seconds:.1f}s -> {out_dir}", err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def repair(
    file: Annotated[Path, typer.Argument(help="Briefing text file.", show_default=False)],
    explain: Annotated[bool, typer.Option("--explain", help="List each repair (offsets, before, after, why) instead of the text.")] = False,
    encoding: EncodingOpt = None,
) -> None:
    """Print the repaired text of FILE (decode and repair only)."""
    from .core import Pipeline, read_input
    from .errors import BriefingError

    try:
        repaired = Pipeline(config=_config("none", encoding)).repair(read_input(file), path=str(file))
    except BriefingError as exc:
        raise _fail(str(exc)) from None
    if not explain:
        _out(repaired.text)
        return
    for r in repaired.repairs:
        _out(f"{r.start}:{r.end}\t(source {r.source_start}:{r.source_end})\t{r.kind}\t{r.original!r} -> {r.replacement!r}\t{r.detail}\n")
    for w in repaired.warnings:
        where = f"{w.start}:{w.end}" if w.start is not None else "-"
        _out(f"{where}\twarning\t{w.code}\t{w.message}\n")
    typer.echo(f"{len(repaired.repairs)} repairs, {len(repaired.warnings)} warnings", err=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .emit import json_schema

    _out(json_schema() + "\n")


@app.command()
def bench(
    corpus_dir: Annotated[Path, typer.Argument(help="Folder of text files to measure on.", show_default=False)],
    glob: Annotated[str, typer.Option("--glob", help="Which files to take.")] = "**/*.txt",
    limit: Annotated[Optional[int], typer.Option("--limit", help="At most this many files.")] = None,
    model: ModelOpt = AUTO_MODEL,
) -> None:
    """Throughput of this pipeline and of a bare spaCy pipeline on the same files, and their ratio."""
    from .bench import run_bench
    from .errors import BriefingError

    try:
        report = run_bench(corpus_dir, pattern=glob, limit=limit, model=model)
    except BriefingError as exc:
        raise _fail(str(exc)) from None
    _out(report.render())


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    """Entry point of the ``briefing`` console script."""
    app(prog_name="briefing")
