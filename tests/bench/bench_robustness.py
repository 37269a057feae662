"""Robustness: the whole pipeline on random documents built from briefing fragments.

    python tests/bench/bench_robustness.py [--docs N] [--seed S] [--model auto|none]

Each document is 1-12 lines of 0-9 fragments drawn from list markers, bullets, punctuation,
header and label lines, honorifics, titles, names of States and bodies, dates, mojibake,
no-break and zero-width spaces and CJK characters, joined by LF, blank lines or CRLF. A run
passes when no document raises anything but EmptyInputError (a document of white space) and
every span the pipeline returns is checked by it already (core.py). Prints the failures, the
first few with their text, and the documents per second.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

FRAGMENTS = ("", " ", "\t", ",", ", ", ".", "(", ")", "(a)", "1.", "1)", "i.", "(iv)", "•", "-", "*", "–", "o", "▪",
             ":", ";", "UNITED NATIONS", "Ministry", "of", "the", "Mr.", "H.E.", "Ambassador", "Republic of Korea",
             "Geneva", "2024", "14 May 2024", "May 14, 2024", "14/05/2024", "As of", "Subject:", "Re:", "|", ">",
             "Home", "Readout", "PRESS RELEASE", "Done at", "Security Council", "(UNOCT)", "Da'esh", "’s", "Ã©",
             "¡¯", "\u00a0", "\u200b", "é", "缅", "#", "—", "...", "?", "!", "A", "I", "II", "St.", "Dr",
             "Secretary-General", "Permanent Representative", "and", "said", "on", "held")


def document(rng: random.Random) -> str:
    lines = [" ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(1, 12))]
    return rng.choice(("\n", "\n\n", "\r\n")).join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default="auto", help="auto (the installed English model) or none (rules only)")
    args = ap.parse_args(argv)

    import pipeline
    from pipeline.errors import EmptyInputError

    pipe = pipeline.Pipeline(model=args.model)
    rng = random.Random(args.seed)
    failures = empty = 0
    t0 = time.perf_counter()
    for _ in range(args.docs):
        text = document(rng)
        try:
            pipe.extract(text)
        except EmptyInputError:
            empty += 1
        except Exception as exc:  # noqa: BLE001 - any other exception is what this script looks for
            failures += 1
            if failures <= 5:
                print(f"FAILED {type(exc).__name__}: {str(exc)[:200]}\n  text: {text!r}")
    seconds = time.perf_counter() - t0
    print(f"{args.docs} random documents (seed {args.seed}, model {pipe.model_name}): {failures} failures,"
          f" {empty} empty; {args.docs / seconds:.0f} documents/s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
