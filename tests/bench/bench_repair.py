"""Benchmark of the repair stage (and decode): ftfy's cases, a corruption matrix, and speed.

    python tests/bench/bench_repair.py                 # everything
    python tests/bench/bench_repair.py --only ftfy     # one part: ftfy | matrix | real | speed
    python tests/bench/bench_repair.py --only stress   # pathological single lines (not in the default run)
    python tests/bench/bench_repair.py --limit 40      # fewer UN texts (matrix and speed)

1. ftfy's own test cases (shared corpora, ftfy-cases/): cases passed by ``ftfy.fix_text`` and
   by the repair stage (compared with ``fixed-encoding`` when given, else ``fixed`` up to the
   presentation fixes ftfy applies and we leave off on purpose), and negative.json unchanged.
2. Corruption matrix: every clean text (samples/ after repair, and the UN texts not flagged as
   holding mojibake) written in one codec and read in another. "exact" = the repair gives back
   the clean text; where the writing codec lost characters, "exact but lost" = equal except
   that lost characters stay ``?`` (or were restored from a known name). False changes = clean
   texts that got any mojibake or restored repair (normalization of line endings etc. is not one).
3. Real mojibake: the UN texts flagged in the corpus manifest as UTF-8 read as windows-1252,
   counted before and after (the repair stage and ftfy.fix_text), with lost_character warnings.
4. Speed: decode + repair in MB/s over the UN texts, beside ``ftfy.fix_text`` alone on the same
   decoded texts, in the same run.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
CORPORA = ROOT.parent / "shared" / "corpora"

from corruptions import CORRUPTIONS  # noqa: E402

decode = importlib.import_module("pipeline.decode")
repair = importlib.import_module("pipeline.repair")


def ftfy_cases() -> None:
    import ftfy

    folder = CORPORA / "ftfy-cases"
    presentation = ftfy.TextFixerConfig(
        fix_encoding=False, restore_byte_a0=False, replace_lossy_sequences=False,
        decode_inconsistent_utf8=False, fix_c1_controls=False, fix_line_breaks=False, remove_control_chars=False,
    )
    print("## ftfy's cases")
    print(f"{'file':<22}{'cases':>6}{'ftfy.fix_text':>15}{'repair stage':>14}{'both':>6}")
    for name in ("in-the-wild.json", "synthetic.json", "language-names.json", "known-failures.json"):
        cases = json.loads((folder / name).read_text(encoding="utf-8"))
        by_ftfy = ours = both = 0
        for case in cases:
            f_ok = ftfy.fix_text(case["original"]) == case["fixed"]
            out = repair.repair_text(case["original"], normalize=False).text
            o_ok = out == case.get("fixed-encoding", case["fixed"]) or ftfy.fix_text(out, config=presentation) == case["fixed"]
            by_ftfy += f_ok
            ours += o_ok
            both += f_ok and o_ok
        print(f"{name:<22}{len(cases):>6}{by_ftfy:>15}{ours:>14}{both:>6}")
    cases = json.loads((folder / "negative.json").read_text(encoding="utf-8"))
    f_same = sum(ftfy.fix_encoding(c["original"]) == c["original"] for c in cases)
    o_same = sum(repair.repair_text(c["original"], normalize=False).text == c["original"] for c in cases)
    o_ok = sum(repair.repair_text(c["original"], normalize=False).text in (c["original"], c["fixed"]) for c in cases)
    print(f"negative.json: {len(cases)} cases; unchanged by ftfy.fix_encoding {f_same}, by the repair stage {o_same}; "
          f"repair stage unchanged or equal to ftfy's expected output {o_ok}")


def clean_texts(limit: int | None) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, clean text) pairs and the names of UN texts left out because they hold mojibake."""
    texts = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        decoded = decode.decode(path.read_bytes())
        texts.append((f"samples/{path.name}", repair.repair_text(decoded.text).text))
    flagged = []
    un = CORPORA / "un-texts"
    rows = list(csv.DictReader((un / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"))
    for row in rows[:limit] if limit else rows:
        if row["flags"]:
            flagged.append(row["file"])
            continue
        texts.append((row["file"], decode.decode((un / row["file"]).read_bytes()).text))
    return texts, flagged


def _same_or_lost(out: str, clean: str, lossy: str) -> bool:
    return len(out) == len(clean) == len(lossy) and all(o in (c, q) for o, c, q in zip(out, clean, lossy))


def matrix(limit: int | None) -> None:
    texts, flagged = clean_texts(limit)
    print(f"\n## Corruption matrix ({len(texts)} clean texts; {len(flagged)} UN texts left out as they hold mojibake)")
    false_changes = [name for name, text in texts
                     if any(r.kind != "normalization" for r in repair.repair_text(text).repairs)]
    print(f"false changes on clean originals: {len(false_changes)}/{len(texts)} texts"
          + (f" ({', '.join(false_changes[:5])})" if false_changes else ""))
    print(f"{'corruption':<20}{'texts':>6}{'lossless':>9}{'exact':>7}{'lossy':>7}{'exact but lost':>15}{'share':>8}")
    misses: dict[str, list[str]] = defaultdict(list)
    t0 = time.perf_counter()
    for cname, corrupt in CORRUPTIONS.items():
        lossless = exact = lossy = exact_lost = 0
        for name, text in texts:
            broken, expected = corrupt(text)
            clean_ref = repair.repair_text(text).text
            out = repair.repair_text(broken).text
            if expected == text:
                lossless += 1
                if out == clean_ref:
                    exact += 1
                else:
                    misses[cname].append(name)
            else:
                lossy += 1
                lossy_ref = repair.repair_text(expected, restore_names=False).text
                if out == clean_ref or _same_or_lost(out, clean_ref, lossy_ref):
                    exact_lost += 1
                else:
                    misses[cname].append(name)
        share = (exact + exact_lost) / len(texts)
        print(f"{cname:<20}{len(texts):>6}{lossless:>9}{exact:>7}{lossy:>7}{exact_lost:>15}{share:>8.1%}")
    print(f"(matrix took {time.perf_counter() - t0:.0f} s)")
    for cname, names in misses.items():
        print(f"  {cname} missed: {', '.join(names[:8])}{' ...' if len(names) > 8 else ''}")


def real_mojibake() -> None:
    """The UN texts flagged as holding UTF-8/windows-1252 mojibake: what is left after repair."""
    import re

    import ftfy

    cont = "\u0080-\u00bf" + "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
    pair = re.compile(f"[\u00c2-\u00f4][{cont}]")  # a UTF-8 lead byte read as latin-1/cp1252, then a continuation
    un = CORPORA / "un-texts"
    rows = [r for r in csv.DictReader((un / "manifest.tsv").open(encoding="utf-8"), delimiter="\t") if r["flags"].startswith("utf8")]
    before = ours = by_ftfy = warned = 0
    for row in rows:
        text = decode.decode((un / row["file"]).read_bytes()).text
        result = repair.repair_text(text)
        before += len(pair.findall(text))
        ours += len(pair.findall(result.text))
        by_ftfy += len(pair.findall(ftfy.fix_text(text)))
        warned += sum(w.code == "lost_character" for w in result.warnings)
    print(f"\n## Real mojibake: {len(rows)} UN texts flagged as UTF-8 read as windows-1252")
    print(f"mojibake byte pairs: {before} before, {ours} after the repair stage, {by_ftfy} after ftfy.fix_text; "
          f"lost_character warnings: {warned}")


def speed(limit: int | None) -> None:
    import ftfy

    files = sorted((CORPORA / "un-texts" / "docs").glob("*.txt"))[:limit] if limit else sorted((CORPORA / "un-texts" / "docs").glob("*.txt"))
    datas = [f.read_bytes() for f in files]
    megabytes = sum(map(len, datas)) / 1e6
    t0 = time.perf_counter()
    decoded = [decode.decode(d).text for d in datas]
    results = [repair.repair_text(t) for t in decoded]
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in decoded:
        ftfy.fix_text(text)
    base = time.perf_counter() - t0
    kinds: dict[str, int] = defaultdict(int)
    for r in results:
        for rep in r.repairs:
            kinds[rep.kind] += 1
    print(f"\n## Speed on {len(files)} UN texts, {megabytes:.2f} MB")
    print(f"decode + repair: {ours:.2f} s = {megabytes / ours:.2f} MB/s; ftfy.fix_text alone: {base:.2f} s = "
          f"{megabytes / base:.2f} MB/s; ratio {base / ours:.2f}x ftfy's speed")
    print(f"repairs made: {dict(kinds)}; lost_character warnings: {sum(len(r.warnings) for r in results)}")


def stress() -> None:
    """Pathological inputs: the time per input shows the work stays bounded (linear)."""
    import random

    rng = random.Random(1)
    inputs = {
        "200k random latin-1 high characters": "".join(chr(rng.randint(0xA0, 0xFF)) for _ in range(200_000)),
        "one 360k-character line of GBK mojibake": ("缅北禁地，联合国。" * 20_000).encode("gbk").decode("latin-1"),
        "25k GBK apostrophes": "Da\u00a1\u00afesh " * 25_000,
        "252k characters of UTF-8 mojibake": ("café – naïve ’ " * 12_000).encode("utf-8").decode("cp1252", errors="replace"),
        "60k question marks inside words, no space": "a?b" * 60_000,
    }
    print("\n## Stress (one line each)")
    for label, text in inputs.items():
        t0 = time.perf_counter()
        result = repair.repair_text(text)
        print(f"{label}: {time.perf_counter() - t0:.2f} s, {len(result.repairs)} repairs, {len(result.warnings)} warnings")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("ftfy", "matrix", "real", "speed", "stress"))
    parser.add_argument("--limit", type=int, default=None, help="use only the first N UN texts")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"shared corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    if args.only in (None, "ftfy"):
        ftfy_cases()
    if args.only in (None, "matrix"):
        matrix(args.limit)
    if args.only in (None, "real"):
        real_mojibake()
    if args.only in (None, "speed"):
        speed(args.limit)
    if args.only == "stress":
        stress()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
