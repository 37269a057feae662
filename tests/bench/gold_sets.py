"""Annotated document sets for the evaluation scripts: ``<name>.txt`` beside ``<name>.gold.json``.

A set is named (``dev``, ``heldout``: folders under tests/data/) or given as a folder path.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
NAMED = ("dev", "heldout")


def set_folder(name: str) -> Path:
    return DATA / name if name in NAMED else Path(name)


def load_set(name: str) -> list[tuple[str, bytes, dict]]:
    """(stem, text bytes, gold) for every document of the set, sorted by name."""
    folder = set_folder(name)
    docs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        docs.append((stem, (folder / f"{stem}.txt").read_bytes(), json.loads(gold_path.read_text(encoding="utf-8"))))
    if not docs:
        raise SystemExit(f"no gold files in {folder}")
    return docs


def is_heldout(name: str) -> bool:
    return set_folder(name).resolve() == (DATA / "heldout").resolve()


def add_set_arguments(ap: argparse.ArgumentParser, errors_help: str) -> None:
    """``--set``, ``--errors`` and ``DIR ...``: which annotated documents an eval script scores."""
    ap.add_argument("--set", dest="sets", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--errors", action="store_true", help=errors_help)
    ap.add_argument("dirs", nargs="*", metavar="DIR", help="folders of <name>.txt + <name>.gold.json to score instead of --set")


def chosen_sets(ap: argparse.ArgumentParser, args: argparse.Namespace) -> list[str]:
    """The sets or folders to score; refuses ``--errors`` on the held-out set (it stands for
    unseen briefings, so only its totals are printed)."""
    sets = args.dirs or (["dev", "heldout"] if args.sets == "all" else [args.sets])
    if args.errors and any(is_heldout(s) for s in sets):
        ap.error("--errors is for the dev set only: the held-out set stands for unseen briefings")
    return sets
