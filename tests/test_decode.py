"""The decode stage: the right encoding by the strongest evidence, bad bytes reported, non-text refused."""

from __future__ import annotations

import csv
import importlib
import json
from pathlib import Path

import pytest

from conftest import SEED, corpus
from pipeline.errors import BinaryInputError, EmptyInputError

decode = importlib.import_module("pipeline.decode")

CASES = json.loads((Path(__file__).parent / "data" / "repair" / "decode.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_decode_cases(case):
    data = case["text"].encode(case["write"])
    result = decode.decode(data, encoding=case.get("override"))
    assert result.text == case["text"]
    assert result.method == case["method"]
    if "encoding" in case:
        assert result.encoding == __import__("codecs").lookup(case["encoding"]).name
    assert 0.0 <= result.confidence <= 1.0 and result.warnings == []


def test_seed_is_utf8():
    result = decode.decode(SEED.read_bytes())
    assert (result.encoding, result.method, result.confidence) == ("utf-8", "utf-8", 1.0)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "\ufeff  ".encode("utf-8-sig")])
def test_empty_input_names_the_path(data):
    with pytest.raises(EmptyInputError) as info:
        decode.decode(data, path="briefs/empty.txt")
    assert "briefs/empty.txt" in str(info.value)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    b"\x00" * 600 + b"a" + b"\x00" * 400,
    bytes(range(32)) * 50,
])
def test_binary_input_names_the_path(data):
    with pytest.raises(BinaryInputError) as info:
        decode.decode(data, path="briefs/image.png")
    assert "briefs/image.png" in str(info.value)


def test_bad_bytes_are_replaced_and_reported_with_offsets():
    data = "Señor ".encode("utf-8") + b"\xff\xfe" + " Pérez".encode("utf-8")
    result = decode.decode(data, encoding="utf-8")
    assert result.text == "Señor \ufffd\ufffd Pérez"
    (warning,) = result.warnings
    assert warning.code == "undecodable_bytes" and "byte offset 7" in warning.message
    assert result.text[warning.start : warning.end] == "\ufffd"


def test_latin1_is_never_a_fallback():
    # windows-1252 text: a latin-1 fallback would turn the curly quotes into C1 controls
    data = "The “Global Counter-Terrorism Strategy” – its review – was adopted by the Assembly.".encode("cp1252")
    result = decode.decode(data)
    assert result.encoding != "latin_1" and "“Global" in result.text


def test_unknown_override_is_a_usage_error():
    from pipeline.errors import UsageError

    with pytest.raises(UsageError, match="x.txt.*no-such-codec"):
        decode.decode(b"text", encoding="no-such-codec", path="x.txt")


def test_encodings_corpus_beats_each_detector_alone():
    """Decode accuracy on the shared encodings corpus: at least chardet's and charset-normalizer's."""
    folder = corpus("encodings")
    import chardet
    from charset_normalizer import from_bytes

    def text(data, codec):
        try:
            return data.decode(codec).lstrip("\ufeff") if codec else None
        except (UnicodeDecodeError, LookupError):
            return None

    ours = by_chardet = by_normalizer = 0
    for row in csv.DictReader((folder / "manifest.tsv").open(encoding="utf-8"), delimiter="\t"):
        data = (folder / row["file"]).read_bytes()
        truth = text(data, row["python_codec"])
        if truth is None:
            continue
        try:
            ours += decode.decode(data).text.lstrip("\ufeff") == truth
        except BinaryInputError:
            pass
        by_chardet += text(data, chardet.detect(data)["encoding"]) == truth
        best = from_bytes(data).best()
        by_normalizer += text(data, best.encoding if best else None) == truth
    assert ours > by_chardet and ours > by_normalizer


def test_decode_warning_offsets_move_onto_the_repaired_text():
    import pipeline

    data = "Caf\u00c3\u0192\u00c2\u00a9\r\nDa\u00a1\u00afesh ".encode("utf-8") + b"\xff" + b" end"
    repaired = pipeline.Pipeline(model="none", encoding="utf-8").repair(data)
    assert repaired.text == "Café\nDa’esh \ufffd end"
    (warning,) = [w for w in repaired.warnings if w.code == "undecodable_bytes"]
    assert repaired.text[warning.start : warning.end] == "\ufffd"
