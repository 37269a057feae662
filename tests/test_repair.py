"""The repair stage: mojibake repaired span by span, correct text untouched, every change on record.

Cases are data: tests/data/repair/positive.json (original -> fixed, optionally the exact
repairs), negative.json (must not change), clean.json (clean texts for the corruption matrix).
ftfy's own cases run from the shared corpora when present.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from conftest import SEED, corpus
from corruptions import CORRUPTIONS

repair = importlib.import_module("pipeline.repair")  # the module; pipeline.repair is the function

DATA = Path(__file__).parent / "data" / "repair"
POSITIVE = json.loads((DATA / "positive.json").read_text(encoding="utf-8"))
NEGATIVE = json.loads((DATA / "negative.json").read_text(encoding="utf-8"))
CLEAN = json.loads((DATA / "clean.json").read_text(encoding="utf-8"))


def assert_on_record(source: str, result) -> None:
    """Every repair's offsets hold, and replaying the repairs on the source gives the text."""
    rebuilt, pos = [], 0
    for r in result.repairs:
        assert result.text[r.start : r.end] == r.replacement, r
        assert source[r.source_start : r.source_end] == r.original, r
        assert r.kind in ("mojibake", "restored", "normalization") and r.detail, r
        rebuilt.append(source[pos : r.source_start] + r.replacement)
        pos = r.source_end
    assert "".join(rebuilt) + source[pos:] == result.text
    for w in result.warnings:
        assert w.start is None or 0 <= w.start <= w.end <= len(result.text)


@pytest.mark.parametrize("case", POSITIVE, ids=[c["label"] for c in POSITIVE])
def test_positive(case):
    result = repair.repair_text(case["original"])
    assert result.text == case["fixed"]
    assert result.repairs
    assert_on_record(case["original"], result)
    if "repairs" in case:
        assert [[r.original, r.replacement, r.kind, r.detail] for r in result.repairs] == case["repairs"]


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["label"] for c in NEGATIVE])
def test_negative_unchanged(case):
    result = repair.repair_text(case["original"])
    assert result.text == case["original"]
    assert result.repairs == [] and result.warnings == []


def test_seed_repairs():
    text = SEED.read_bytes().decode("utf-8")
    result = repair.repair_text(text)
    assert_on_record(text, result)
    pairs = [(r.original, r.replacement, r.kind) for r in result.repairs]
    assert pairs.count(("¡¯", "’", "mojibake")) == text.count("¡¯")
    assert ("Ãå±±½ûµØ", "缅北禁地", "mojibake") in pairs
    assert ("¨C", "–", "mojibake") in pairs and ("¨ª", "í", "mojibake") in pairs
    assert {r.detail for r in result.repairs if r.kind == "mojibake"} == {"gbk read as latin-1"}
    lost = [w for w in result.warnings if w.code == "lost_character"]
    assert len(lost) == 1 and result.text[lost[0].start : lost[0].start + 12] == "Ángel Morati"
    restored = [r for r in result.repairs if r.kind == "restored"]
    assert [(r.original, r.replacement) for r in restored] == [("?", "Á")]
    assert (restored[0].start, restored[0].end) == (lost[0].start, lost[0].end)


def test_lost_character_without_evidence_is_only_warned():
    result = repair.repair_text("Mr. Miguel ?ngel Ayuso spoke.")
    assert result.text == "Mr. Miguel ?ngel Ayuso spoke."
    assert [w.code for w in result.warnings] == ["lost_character"]
    assert (result.warnings[0].start, result.warnings[0].end) == (11, 12)


def test_restoration_can_be_switched_off():
    result = repair.repair_text("Mr. Miguel ?ngel Moratinos", restore_names=False)
    assert result.text == "Mr. Miguel ?ngel Moratinos" and len(result.warnings) == 1


def test_normalize_option_keeps_layout_characters():
    result = repair.repair_text("a\u00a0b\r\nc", normalize=False)
    assert result.text == "a\u00a0b\r\nc" and result.repairs == []


def test_long_line_is_cut_into_bounded_segments():
    line = ("Caf\u00c3\u00a9 and the Da\u00a1\u00afesh report. " * 2000).strip()
    result = repair.repair_text(line)
    assert result.text == ("Café and the Da’esh report. " * 2000).strip()
    assert_on_record(line, result)


def _same_or_lost(out: str, clean: str, lossy: str) -> bool:
    return len(out) == len(clean) == len(lossy) and all(o in (c, q) for o, c, q in zip(out, clean, lossy))


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
@pytest.mark.parametrize("case", CLEAN, ids=[c["label"] for c in CLEAN])
def test_corruption_matrix(case, name):
    clean = case["text"]
    broken, lossy = CORRUPTIONS[name](clean)
    result = repair.repair_text(broken)
    assert_on_record(broken, result)
    assert _same_or_lost(result.text, clean, lossy)


@pytest.mark.parametrize("case", CLEAN, ids=[c["label"] for c in CLEAN])
def test_clean_text_gets_no_repair(case):
    assert repair.repair_text(case["text"]).repairs == []


# -- ftfy's own cases (shared corpora) ---------------------------------------------------------
def _ftfy_cases(name):
    return json.loads((corpus("ftfy-cases") / name).read_text(encoding="utf-8"))


def _matches_ftfy(out: str, case: dict) -> bool:
    """Equal to ftfy's expected output, up to the presentation fixes we leave off on purpose."""
    import ftfy

    if out == case.get("fixed-encoding", case["fixed"]):
        return True
    presentation = ftfy.TextFixerConfig(
        fix_encoding=False, restore_byte_a0=False, replace_lossy_sequences=False,
        decode_inconsistent_utf8=False, fix_c1_controls=False, fix_line_breaks=False, remove_control_chars=False,
    )
    return ftfy.fix_text(out, config=presentation) == case["fixed"]


@pytest.mark.parametrize("name", ["in-the-wild.json", "synthetic.json", "language-names.json", "known-failures.json"])
def test_ftfy_cases_that_ftfy_passes(name):
    import ftfy

    failed = []
    for case in _ftfy_cases(name):
        if ftfy.fix_text(case["original"]) != case["fixed"]:
            continue  # a known failure of ftfy itself
        result = repair.repair_text(case["original"], normalize=False)
        assert_on_record(case["original"], result)
        if not _matches_ftfy(result.text, case):
            failed.append(case["label"])
    assert failed == []


def test_ftfy_negative_cases_unchanged():
    # "fixed" differs from "original" only where ftfy's own C1-control fix applies
    changed = [c["label"] for c in _ftfy_cases("negative.json")
               if repair.repair_text(c["original"], normalize=False).text not in (c["original"], c["fixed"])]
    assert changed == []


def test_utf8_lead_byte_left_alone_is_a_lost_character():
    text = "the worldâs people and Côte dâIvoire"
    result = repair.repair_text(text)
    assert result.text == text and result.repairs == []
    assert [(w.code, text[w.start : w.end]) for w in result.warnings] == [("lost_character", "â")] * 2


def test_correct_text_in_many_languages_is_left_alone():
    """The encodings corpus, decoded with its true encodings: real text in ~30 languages.

    The only change allowed is ftfy's C1-control fix (TIS-620 pages that hold windows-874
    quotation marks and bullets as C1 controls).
    """
    import csv

    folder = corpus("encodings")
    C1_FIXES = ("fix c1 controls", "windows-1252 read as latin-1")
    changed = []
    for row in csv.DictReader((folder / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"):
        if not row["python_codec"]:
            continue
        text = (folder / row["file"]).read_bytes().decode(row["python_codec"])
        result = repair.repair_text(text, normalize=False)
        if any(r.kind != "normalization" and r.detail not in C1_FIXES for r in result.repairs):
            changed.append(row["file"])
    assert changed == []
