"""Throughput of this pipeline beside a bare spaCy pipeline, on the same files, in one run.

The baseline is what one would do without this project: detect the encoding with chardet,
decode, and run the same spaCy model over the whole text. Both are timed in this process,
one after the other, after loading their models (loading is not timed), so the ratio
compares like with like on this machine at this moment. Figures are ratios and MB/s, never
pass/fail thresholds.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from .batch import DEFAULT_GLOB, discover
from .config import AUTO_MODEL, Config


@dataclass(frozen=True)
class BenchReport:
    files: int
    megabytes: float
    model: str | None
    pipeline_seconds: float
    baseline_seconds: float
    failed: int

    @property
    def pipeline_mb_s(self) -> float:
        return self.megabytes / self.pipeline_seconds if self.pipeline_seconds else float("inf")

    @property
    def baseline_mb_s(self) -> float:
        return self.megabytes / self.baseline_seconds if self.baseline_seconds else float("inf")

    @property
    def ratio(self) -> float:
        """Pipeline time over baseline time (2.0 = the pipeline takes twice as long)."""
        return self.pipeline_seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    def render(self) -> str:
        return (
            f"files          {self.files} ({self.megabytes:.2f} MB, {self.failed} failed)\n"
            f"model          {self.model or 'none (rules-only)'}\n"
            f"pipeline       {self.pipeline_seconds:8.2f} s  {self.pipeline_mb_s:8.3f} MB/s\n"
            f"bare spaCy     {self.baseline_seconds:8.2f} s  {self.baseline_mb_s:8.3f} MB/s\n"
            f"ratio          {self.ratio:8.2f}x the bare pipeline's time\n"
        )


def run_bench(corpus_dir: str | os.PathLike[str], *, pattern: str = DEFAULT_GLOB, limit: int | None = None,
              model: str = AUTO_MODEL) -> BenchReport:
    import chardet
    import spacy

    from .core import Pipeline
    from .errors import BriefingError
    from .extract import resolve_model_name

    files = discover(corpus_dir, pattern)[:limit]
    blobs = [Path(p).read_bytes() for p in files]
    size = sum(len(b) for b in blobs) / 1e6

    pipe = Pipeline(config=Config(model=model))
    name = resolve_model_name(model)
    bare = spacy.load(name) if name else spacy.blank("en")
    pipe.extract("Warm-up: Mr. Kofi Annan spoke in Geneva on 4 February 2022.")
    bare("Warm-up: Mr. Kofi Annan spoke in Geneva on 4 February 2022.")

    failed = 0
    t0 = time.perf_counter()
    for blob, path in zip(blobs, files):
        try:
            pipe.extract(blob, path=str(path))
        except BriefingError:
            failed += 1
    t_pipe = time.perf_counter() - t0

    t0 = time.perf_counter()
    for blob in blobs:
        enc = chardet.detect(blob).get("encoding") or "utf-8"
        bare(blob.decode(enc, errors="replace"))
    t_bare = time.perf_counter() - t0
    return BenchReport(files=len(files), megabytes=size, model=pipe.model_name, pipeline_seconds=t_pipe,
                       baseline_seconds=t_bare, failed=failed)
