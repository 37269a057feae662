"""Decode accuracy per encoding: the decode stage beside chardet alone and charset-normalizer alone.

Runs on the shared encodings corpus (manifest.tsv gives each file's true encoding). A file
counts as decoded right when the text equals the text of its true encoding (so gb2312 read as
gb18030 is right, since the text is the same; a leading byte-order mark is ignored on both
sides). Files whose true encoding has no Python codec (EUC-TW) are listed but not scored.

    python tests/bench/eval_encodings.py            # table per encoding + totals
    python tests/bench/eval_encodings.py --misses   # also list each file a method got wrong
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "encodings"


def _text(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec).lstrip("\ufeff")
    except (UnicodeDecodeError, LookupError):
        return None


def by_stage(data: bytes) -> str | None:
    decode = importlib.import_module("pipeline.decode")
    try:
        return decode.decode(data).text.lstrip("\ufeff")
    except Exception:
        return None


def by_chardet(data: bytes) -> str | None:
    import chardet

    return _text(data, chardet.detect(data).get("encoding"))


def by_charset_normalizer(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return _text(data, best.encoding if best else None)


METHODS = {"decode stage": by_stage, "chardet": by_chardet, "charset-normalizer": by_charset_normalizer}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the files each method got wrong")
    args = parser.parse_args()
    if not (CORPUS / "manifest.tsv").is_file():
        print(f"encodings corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    rows = list(csv.DictReader((CORPUS / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    count: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)
    misses: dict[str, list[str]] = defaultdict(list)
    unscored = []
    for row in rows:
        data = (CORPUS / row["file"]).read_bytes()
        truth = _text(data, row["python_codec"])
        if truth is None:
            unscored.append(row["file"])
            continue
        enc = row["true_encoding"]
        count[enc] += 1
        for name, method in METHODS.items():
            t0 = time.perf_counter()
            got = method(data)
            seconds[name] += time.perf_counter() - t0
            if got == truth:
                right[name][enc] += 1
            else:
                misses[name].append(f"{row['file']} ({enc})")
    names = list(METHODS)
    print(f"{'encoding':<14}{'files':>6}" + "".join(f"{n:>20}" for n in names))
    for enc in sorted(count):
        cells = "".join(f"{right[n][enc]:>20}" for n in names)
        flag = "  <- worse than a detector alone" if any(right[names[0]][enc] < right[n][enc] for n in names[1:]) else ""
        print(f"{enc:<14}{count[enc]:>6}{cells}{flag}")
    total = sum(count.values())
    print(f"{'TOTAL':<14}{total:>6}" + "".join(f"{sum(right[n].values()):>20}" for n in names))
    print(f"{'accuracy':<20}" + "".join(f"{sum(right[n].values()) / total:>20.1%}" for n in names))
    print(f"{'seconds':<20}" + "".join(f"{seconds[n]:>20.2f}" for n in names))
    if unscored:
        print(f"not scored (no Python codec): {', '.join(unscored)}")
    if args.misses:
        for n in names:
            print(f"\n{n} missed {len(misses[n])}:")
            for m in misses[n]:
                print("  ", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
