"""Run segment over every file of the shared UN speeches corpus: failures, time per MB, block counts.

A failure is an exception, a block whose span is not exact or not trimmed, or a ``continues``
link that does not point back to an earlier block ending before it. The report also counts the
blocks that continue a paragraph or item cut by page furniture.

    python tests/bench/bench_segment.py [CORPUS_DIR] [--dump OUT_DIR] [--stress]

CORPUS_DIR defaults to the un-texts corpus beside the checkout. With --dump, writes one
<file>.blocks.txt per input (type, marker, level, first characters of each block) for checking
files by hand. With --stress, also times pathological inputs (work per block must stay bounded).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.segment import segment  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpora" / "un-texts" / "docs"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--stress", action="store_true")
    args = ap.parse_args()
    if args.stress:
        stress()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.corpus}")
        return 2
    failures = []
    types: Counter[str] = Counter()
    markers: Counter[str] = Counter()
    n_bytes = 0
    elapsed = 0.0
    titled = dated = continued = 0
    for path in files:
        data = path.read_bytes()
        n_bytes += len(data)
        text = data.decode("utf-8", errors="replace")
        t0 = time.perf_counter()
        try:
            seg = segment(text)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure
            failures.append((path.name, f"{type(exc).__name__}: {exc}"))
            continue
        finally:
            elapsed += time.perf_counter() - t0
        bad = [b.id for b in seg.blocks if text[b.start : b.end] != b.text or b.text != b.text.strip()
               or (b.continues is not None and not (b.continues < b.id and seg.blocks[b.continues].end < b.start))]
        if bad:
            failures.append((path.name, f"span mismatch in blocks {bad[:5]}"))
        types.update(b.type for b in seg.blocks)
        markers.update(_style(b.marker) for b in seg.blocks if b.type == "list_item")
        titled += seg.title is not None
        dated += seg.date is not None
        continued += sum(b.continues is not None for b in seg.blocks)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            lines = [f"title={seg.title!r} date={seg.date}"]
            for b in seg.blocks:
                lines.append(f"{b.id:4} {b.type:9} {b.marker or '':6} L{b.level} p={b.parent} c={b.continues} | "
                             f"{b.text[:70]!r} ... {b.text[-25:]!r}")
            (args.dump / (path.name + ".blocks.txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    mb = n_bytes / 1e6
    print(f"files: {len(files)}  size: {mb:.2f} MB  failures: {len(failures)}")
    print(f"segment time: {elapsed:.2f} s  = {elapsed / mb:.3f} s/MB  ({mb / elapsed:.2f} MB/s)")
    print("blocks by type:", dict(types.most_common()))
    print("list items by marker style:", dict(markers.most_common(12)))
    print(f"documents with a title: {titled}, with a date: {dated}")
    print(f"blocks continuing a block cut by page furniture: {continued}")
    for name, why in failures[:20]:
        print("FAIL", name, why)
    return 1 if failures else 0


STRESS = {
    "40,000 '1)' tokens in one sentence": lambda: "Intro " + " ".join("1) a" for _ in range(40000)),
    "20,000 inline runs '1) a 2) b'": lambda: "Intro " + " ".join("1) a 2) b" for _ in range(20000)),
    "100,000 bullet lines": lambda: "\n".join("- item" for _ in range(100000)),
    "20,000 lines, indentation 0-199": lambda: "\n".join(" " * (i % 200) + "- x" for i in range(20000)),
    "one 2 MB line of words": lambda: "word " * 400000,
    "1 MB of spaces": lambda: " " * 1_000_000 + "x",
}


def stress() -> None:
    for name, make in STRESS.items():
        text = make()
        t0 = time.perf_counter()
        seg = segment(text)
        print(f"stress: {name:36} {time.perf_counter() - t0:6.2f} s  {len(seg.blocks)} blocks")


def _style(marker: str | None) -> str:
    if not marker:
        return "none"
    return "".join("N" if c.isdigit() else ("a" if c.isalpha() else c) for c in marker)


if __name__ == "__main__":
    raise SystemExit(main())
