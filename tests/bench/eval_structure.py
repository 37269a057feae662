"""Document structure on the annotated briefings: list items, title and date.

    python tests/bench/eval_structure.py [--set dev|heldout|all] [--model NAME] [--title-model POLICY] [--errors] [DIR ...]

For each document of the set (tests/data/<set>/, or each DIR given, e.g. the segment stage's own
layouts in tests/data/segment/eval; conventions in tests/data/dev/README.md) it runs
``pipeline.Pipeline().extract(bytes)`` and compares, per set:

- list items: precision, recall and F1 over (marker, level, text start). A predicted
  ``list_item`` block matches a gold item when its marker (as written) and level are equal and
  its text, whitespace runs collapsed, starts with the gold ``text_start`` (its trailing
  punctuation ignored, so "airports," matches an item that ends before the comma); each side is matched
  at most once, in document order;
- title: share of documents whose title equals the gold title (whitespace runs collapsed; a
  null gold title wants a null title);
- date: share of documents whose date equals the gold ISO date.

``--errors`` lists what differs per document; it is refused for the held-out set, which stands
for briefings the team has not seen.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gold_sets import add_set_arguments, chosen_sets, load_set  # noqa: E402


def ws(s: str | None) -> str | None:
    return None if s is None else re.sub(r"\s+", " ", s).strip()


def match_items(gold: list[dict], pred: list[tuple[str, int, str]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in document order: same marker, same level, text prefix."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        # a short item's text_start may end with the separator before the next marker
        start = ws(g["text_start"]).rstrip(" ,;:.")
        for pi, (marker, level, text) in enumerate(pred):
            if pi not in used and marker == g["marker"] and level == g["level"] and text.startswith(start):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def evaluate(pipe, set_name: str, show_errors: bool) -> dict:
    docs = load_set(set_name)
    tp = fp = fn = 0
    titles = dates = failures = 0
    for stem, data, gold in docs:
        errors: list[str] = []
        try:
            doc = pipe.extract(data, path=f"{stem}.txt")
        except Exception as exc:  # a failing document scores as finding nothing
            failures += 1
            fn += len(gold["list_items"])
            if show_errors:
                print(f"{stem}:\n  FAILED: {type(exc).__name__}: {exc}")
            continue
        pred = [((b.marker or "").strip(), b.level, ws(b.text) or "") for b in doc.blocks if b.type == "list_item"]
        pairs = match_items(gold["list_items"], pred)
        tp += len(pairs)
        fn += len(gold["list_items"]) - len(pairs)
        fp += len(pred) - len(pairs)
        title_ok = ws(doc.title) == ws(gold["title"])
        date_ok = doc.date == gold["date"]
        titles += title_ok
        dates += date_ok
        if show_errors:
            mg = {g for g, _ in pairs}
            mp = {p for _, p in pairs}
            errors += [f"  item missed: {g['marker']} level {g['level']} {g['text_start']!r}"
                       for i, g in enumerate(gold["list_items"]) if i not in mg]
            errors += [f"  item extra:  {m} level {lv} {t[:25]!r}" for i, (m, lv, t) in enumerate(pred) if i not in mp]
            if not title_ok:
                errors.append(f"  title {ws(doc.title)!r}, gold {ws(gold['title'])!r}")
            if not date_ok:
                errors.append(f"  date {doc.date}, gold {gold['date']}")
            if errors:
                print(f"{stem}:\n" + "\n".join(errors))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"set": set_name, "docs": len(docs), "gold": tp + fn, "pred": tp + fp, "tp": tp, "p": p, "r": r, "f": f,
            "title": titles / len(docs), "date": dates / len(docs), "titles": titles, "dates": dates, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_set_arguments(ap, "list what differs per document (dev only)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the installed English model)")
    ap.add_argument("--title-model", default=None,
                    help="Config.title_model (default: the package's, the title ranker over the rules; off: the rules alone)")
    args = ap.parse_args(argv)
    sets = chosen_sets(ap, args)

    import pipeline
    from pipeline.config import AUTO_MODEL, Config

    config = Config(model=args.model or AUTO_MODEL) if args.title_model is None else \
        Config(model=args.model or AUTO_MODEL, title_model=args.title_model)
    pipe = pipeline.Pipeline(config=config)
    print(f"pipeline {pipeline.__version__} (model {pipe.model_name}, title model {config.title_model})")
    t0 = time.perf_counter()
    rows = [evaluate(pipe, s, args.errors) for s in sets]
    print(f"\n{'set':<9}{'docs':>5} | {'items gold':>10}{'pred':>6}{'match':>7} | {'P':>6}{'R':>7}{'F1':>7} | {'title':>6}{'date':>7}")
    print("-" * 78)
    for r in rows:
        print(f"{r['set']:<9}{r['docs']:>5} | {r['gold']:>10}{r['pred']:>6}{r['tp']:>7} | {r['p']:>6.3f}{r['r']:>7.3f}{r['f']:>7.3f}"
              f" | {r['title']:>6.0%}{r['date']:>7.0%}" + (f"   ({r['failures']} documents failed)" if r["failures"] else ""))
    for r in rows:
        print(f"{r['set']}: title right in {r['titles']} of {r['docs']} documents, date right in {r['dates']}")
    print(f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
