"""The ``briefing`` command, run in process in an isolated folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED
from pipeline.cli import app

runner = CliRunner()

GOOD = (
    "Statement by the President of the Security Council\n\n"
    "New York, 14 October 2022\n\n"
    "Mr. Kofi Annan, Secretary-General of the United Nations, opened the meeting.\n"
)


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A batch input folder with good files, bad files and a nested folder."""
    src = tmp_path / "in"
    (src / "nested").mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "nested" / "b.txt").write_bytes(GOOD.replace("Kofi Annan", "Ban Ki-moon").encode("utf-16"))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "notes.md").write_text("not matched by the default glob", encoding="utf-8")
    return src


@pytest.mark.parametrize("command", ["extract", "batch", "repair", "schema", "bench"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_python_dash_m_is_the_same_program():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    for command in ("extract", "batch", "repair", "schema", "bench"):
        assert command in proc.stdout


def test_extract_one_file_is_a_json_object(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(path), "--model", "none")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == "1"
    assert doc["source"]["path"] == str(path)
    assert doc["producer"]["model"] is None


def test_extract_several_files_is_json_lines(tmp_path):
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(GOOD, encoding="utf-8")
    result = run("extract", *map(str, paths), "--model", "none")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(p) for p in paths]


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "directory"),
        (lambda p: (p / "empty.txt", (p / "empty.txt").write_bytes(b""))[0], "empty"),
        (lambda p: (p / "bin.dat", (p / "bin.dat").write_bytes(bytes(range(256)) * 8))[0], "binary"),
    ],
    ids=["missing", "directory", "empty", "binary"],
)
def test_bad_input_is_one_line_naming_the_path(tmp_path, make, expected):
    path = make(tmp_path)
    result = run("extract", str(path), "--model", "none")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and expected in lines[0].lower()
    assert result.stdout == ""


def test_extract_keeps_going_past_a_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(tmp_path / "missing.txt"), str(good), "--model", "none")
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["source"]["path"] == str(good)


def test_batch_records_failures_and_does_the_rest(folder, tmp_path):
    out = tmp_path / "out"
    result = run("batch", str(folder), "-o", str(out), "--model", "none")
    assert result.exit_code == 1
    assert (out / "a.txt.json").is_file()
    assert (out / "nested" / "b.txt.json").is_file()
    assert not (out / "notes.md.json").exists()
    doc = json.loads((out / "nested" / "b.txt.json").read_text(encoding="utf-8"))
    assert doc["source"]["path"] == "nested/b.txt"
    assert doc["source"]["encoding"].startswith("utf-16")
    errors = [json.loads(line) for line in (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["path"] for e in errors) == ["binary.txt", "empty.txt"]
    assert {e["error"] for e in errors} == {"BinaryInputError", "EmptyInputError"}
    assert all(e["path"] in e["message"] for e in errors)
    assert not list(out.rglob("*.tmp")), "no half-written output may stay behind"
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert (summary["files"], summary["done"], summary["failed"]) == (4, 2, 2)


def test_batch_all_good_exits_zero_and_clears_old_errors(folder, tmp_path):
    out = tmp_path / "out"
    run("batch", str(folder), "-o", str(out), "--model", "none")
    for bad in ("empty.txt", "binary.txt"):
        (folder / bad).unlink()
    result = run("batch", str(folder), "-o", str(out), "--model", "none")
    assert result.exit_code == 0
    assert not (out / "_errors.jsonl").exists()


def test_batch_resume_skips_unchanged_files(folder, tmp_path):
    out = tmp_path / "out"
    run("batch", str(folder), "-o", str(out), "--model", "none")
    (folder / "a.txt").write_text(GOOD + "\nA later paragraph.\n", encoding="utf-8")
    result = run("batch", str(folder), "-o", str(out), "--model", "none", "--resume")
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["skipped"] == 1  # nested/b.txt unchanged; a.txt changed, so redone
    assert summary["done"] == 1
    assert "A later paragraph." in (out / "a.txt.json").read_text(encoding="utf-8")
    assert result.exit_code == 1  # the two bad files are still bad


def test_batch_reports_files_to_process_then_each_result(folder, tmp_path):
    """What a progress display needs: the count after --resume, then one call per processed file."""
    from pipeline.config import Config
    from pipeline.batch import run_batch

    out, calls = tmp_path / "out", []
    config = Config(model="none")
    run_batch(folder, out, config=config)
    (folder / "a.txt").write_text(GOOD + "\nA later paragraph.\n", encoding="utf-8")
    run_batch(folder, out, config=config, resume=True,
              on_start=lambda n: calls.append(("start", n)), on_result=lambda r: calls.append(("result", r.rel)))
    # a.txt changed and the two bad files are retried; nested/b.txt is skipped
    assert calls[0] == ("start", 3)
    assert sorted(rel for _, rel in calls[1:]) == ["a.txt", "binary.txt", "empty.txt"]


def test_batch_jsonl_and_glob(folder, tmp_path):
    out = tmp_path / "out"
    jsonl = tmp_path / "all.jsonl"
    result = run("batch", str(folder), "-o", str(out), "--model", "none", "--glob", "*.txt", "--jsonl", str(jsonl))
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == ["a.txt"]
    assert not (out / "nested").exists()
    assert result.exit_code == 1


def test_batch_workers_give_identical_output(folder, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run("batch", str(folder), "-o", str(one), "--model", "none")
    run("batch", str(folder), "-o", str(two), "--model", "none", "--workers", "2")
    for name in ("a.txt.json", "nested/b.txt.json", "_errors.jsonl"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_batch_on_dask_gives_identical_output(folder, tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    one, dask_out = tmp_path / "one", tmp_path / "dask"
    run("batch", str(folder), "-o", str(one), "--model", "none")
    result = run("batch", str(folder), "-o", str(dask_out), "--model", "none", "--engine", "dask", "--workers", "1")
    assert result.exit_code == 1
    for name in ("a.txt.json", "nested/b.txt.json", "_errors.jsonl"):
        assert (one / name).read_bytes() == (dask_out / name).read_bytes()


def test_batch_missing_input_folder(tmp_path):
    result = run("batch", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert str(tmp_path / "nope") in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run("batch", str(tmp_path), "-o", str(tmp_path / "o"), "--engine", "spark").exit_code == 2
    assert run("extract").exit_code == 2
    assert run("extract", "--no-such-option", "x").exit_code == 2


def test_schema_is_json_schema_of_document():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Document"
    assert {"schema_version", "source", "text", "blocks", "entities", "people"} <= set(schema["properties"])


def test_repair_prints_text_and_explains():
    result = run("repair", str(SEED))
    assert result.exit_code == 0
    assert "Da’esh" in result.stdout and "¡¯" not in result.stdout
    explained = run("repair", str(SEED), "--explain")
    assert "'¡¯' -> '’'" in explained.stdout
    assert "lost_character" in explained.stdout


def test_bench_reports_both_pipelines_on_the_same_files(tmp_path):
    from pipeline.bench import run_bench

    (tmp_path / "a.txt").write_text(GOOD * 20, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    report = run_bench(tmp_path, model="none")
    assert report.files == 2 and report.failed == 0
    assert report.megabytes == pytest.approx(len(GOOD.encode()) * 21 / 1e6)
    assert report.ratio == pytest.approx(report.pipeline_seconds / report.baseline_seconds)
    assert "bare spaCy" in report.render()


def test_unknown_encoding_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    for command in (["extract", str(path)], ["repair", str(path)], ["batch", str(tmp_path), "-o", str(tmp_path / "o")]):
        result = run(*command, "--encoding", "no-such-codec")
        assert result.exit_code == 2, command
        assert "no-such-codec" in result.stderr


def test_forced_encoding_is_recorded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Señor Presidente, Côte d’Ivoire\n".encode("cp1252"))
    doc = json.loads(run("extract", str(path), "--model", "none", "--encoding", "cp1252").stdout)
    assert doc["source"]["encoding_method"] == "override"
    assert doc["text"].startswith("Señor Presidente, Côte d’Ivoire")


def test_batch_output_inside_the_input_folder_is_not_read_back(folder):
    out = folder / "out"
    run("batch", str(folder), "-o", str(out), "--model", "none", "--glob", "**/*")
    result = run("batch", str(folder), "-o", str(out), "--model", "none", "--glob", "**/*")
    summary = json.loads((out / "_summary.json").read_text(encoding="utf-8"))
    assert summary["files"] == 5  # a.txt, nested/b.txt, empty.txt, binary.txt, notes.md: not out/*
    assert result.exit_code == 1


def test_batch_jsonl_holds_every_document_also_when_resuming(folder, tmp_path):
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    run("batch", str(folder), "-o", str(out), "--model", "none", "--jsonl", str(jsonl))
    first = jsonl.read_text(encoding="utf-8")
    run("batch", str(folder), "-o", str(out), "--model", "none", "--jsonl", str(jsonl), "--resume")
    assert jsonl.read_text(encoding="utf-8") == first
    assert [json.loads(line)["source"]["path"] for line in first.splitlines()] == ["a.txt", "nested/b.txt"]
    assert not list(tmp_path.glob(".all.jsonl.*"))


def test_title_model_option(tmp_path):
    """--title-model off gives the title rules' choice; an unknown policy is a usage error."""
    from pipeline import Pipeline
    from pipeline.segment import segment

    pipe = Pipeline(model="none")
    for source in sorted((Path(__file__).parent / "data" / "dev").glob("*.txt")):
        repaired = pipe.repair(source.read_bytes(), path=source.name).text
        if segment(repaired).title != segment(repaired, title_model="off").title:
            break  # a page where the ranker overrules the rules
    else:
        pytest.fail("no development document where the ranker overrules the rules")
    path = tmp_path / "a.txt"
    path.write_bytes(source.read_bytes())
    titles = set()
    for policy in ("off", "without_rules"):
        result = run("extract", str(path), "--model", "none", "--title-model", policy)
        assert result.exit_code == 0
        titles.add(json.loads(result.stdout)["title"])
        assert json.loads(result.stdout)["title"] == segment(repaired, title_model=policy).title
    assert len(titles) == 2
    result = run("extract", str(path), "--title-model", "always")
    assert result.exit_code == 2 and "always" in result.stderr
