"""Structure accuracy of the segment stage on briefing layouts with hand-written gold.

    python tests/bench/eval_segment.py [DIR ...]

Each DIR (default: tests/data/segment/eval) holds <name>.txt (UTF-8) and <name>.gold.json:
    {"title": str|null, "date": "YYYY-MM-DD"|null,
     "list_items": [{"marker": "(a)", "level": 1, "text_start": "first characters of the item"}]}

List items are scored as (marker, level, start of text): a predicted item matches a gold one when
the markers and levels are equal and the item's text starts with the gold text_start (whitespace
collapsed; a trailing "," ";" or ":" of the gold start is ignored). Prints precision, recall and F1 over all items, title and date accuracy, and every
miss so it can be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.segment import segment  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "segment" / "eval"


def _norm(s: str) -> str:
    return " ".join(s.split())


def score_document(text: str, gold: dict) -> dict:
    seg = segment(text)
    predicted = [(b.marker, b.level, _norm(b.text)) for b in seg.blocks if b.type == "list_item"]
    # a gold start's trailing separator ("Member States in Africa,") is not held against an item
    # whose span stops before it
    wanted = [(g["marker"], g["level"], _norm(g["text_start"]).rstrip(",;:")) for g in gold.get("list_items", [])]
    unmatched = list(predicted)
    missed = []
    for marker, level, start in wanted:
        hit = next((p for p in unmatched if p[0] == marker and p[1] == level and p[2].startswith(start)), None)
        if hit is None:
            missed.append((marker, level, start))
        else:
            unmatched.remove(hit)
    return {
        "tp": len(wanted) - len(missed),
        "fp": len(unmatched),
        "fn": len(missed),
        "missed": missed,
        "spurious": [(m, lv, t[:25]) for m, lv, t in unmatched],
        "title_ok": _norm(seg.title or "") == _norm(gold.get("title") or ""),
        "date_ok": seg.date == gold.get("date"),
        "title": seg.title,
        "date": seg.date,
    }


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [DEFAULT]
    golds = sorted(p for d in dirs for p in d.glob("*.gold.json"))
    if not golds:
        print("no *.gold.json files found in", ", ".join(map(str, dirs)))
        return 2
    tp = fp = fn = titles = dates = 0
    for gold_path in golds:
        name = gold_path.name[: -len(".gold.json")]
        text = (gold_path.parent / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        r = score_document(text, gold)
        tp, fp, fn = tp + r["tp"], fp + r["fp"], fn + r["fn"]
        titles += r["title_ok"]
        dates += r["date_ok"]
        flags = []
        if not r["title_ok"]:
            flags.append(f"title {r['title']!r} != {gold.get('title')!r}")
        if not r["date_ok"]:
            flags.append(f"date {r['date']} != {gold.get('date')}")
        flags += [f"missed {m}" for m in r["missed"]] + [f"spurious {s}" for s in r["spurious"]]
        print(f"{name:40} items tp={r['tp']:2} fp={r['fp']:2} fn={r['fn']:2}" + ("" if flags else "  ok"))
        for f in flags:
            print("    " + f)
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    n = len(golds)
    print(f"\ndocuments: {n}  list items (marker, level, text start): P={p:.3f} R={rec:.3f} F1={f1:.3f} "
          f"(tp={tp} fp={fp} fn={fn})")
    print(f"title right: {titles}/{n} = {titles / n:.1%}   date right: {dates}/{n} = {dates / n:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
