"""The library facade, its errors, and the architecture rules the layout promises."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from conftest import ROOT, SAMPLES
from spans import assert_spans_exact

PACKAGE = ROOT / "pipeline"
STAGES = ("decode", "repair", "segment", "extract", "emit")


def test_all_is_sorted_and_complete():
    assert pipeline.__all__ == sorted(pipeline.__all__)
    for name in pipeline.__all__:
        assert hasattr(pipeline, name), name
    public = {n for n in dir(pipeline) if not n.startswith("_")} - set(pipeline.__all__)
    # submodules are importable but not part of the promise
    assert all((PACKAGE / f"{n}.py").exists() or (PACKAGE / n).is_dir() for n in public), public


def _package_imports(module: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline."):
            names.add(node.module.split(".")[1])
    return names


def _third_party_imports(module: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("stage", STAGES)
def test_stages_do_not_import_each_other(stage):
    others = set(STAGES) - {stage} | {"core", "batch", "cli", "distributed", "bench"}
    imported = _package_imports(PACKAGE / f"{stage}.py")
    assert not imported & others, f"{stage} imports {imported & others}"


# A stage's parts named otherwise than <stage>_<part>.py
OTHER_PARTS = {"extract": ("candidates", "orgs", "people", "people_names", "people_roles", "people_tables", "people_titles",
                           "people_tokens", "places")}


def _stage_parts(stage: str) -> list[str]:
    """A stage's own modules besides its entry module: ``<stage>_<part>.py`` (segment_titles.py) and
    those listed in ``OTHER_PARTS`` (orgs.py)."""
    return sorted({p.stem for p in PACKAGE.glob(f"{stage}_*.py")} | set(OTHER_PARTS.get(stage, ())))


def test_segment_is_split_into_its_parts():
    assert {"segment_dates", "segment_lines", "segment_titles"} <= set(_stage_parts("segment"))


def test_extract_is_split_into_its_parts():
    """The stage keeps loading, the stage, the merge policy and the document view; the organization
    and place rules and the value they pass around are parts of it, and the stage uses each."""
    for part in ("candidates", "orgs", "people", "places"):
        assert (PACKAGE / f"{part}.py").exists(), part
        assert part in _package_imports(PACKAGE / "extract.py"), f"extract does not use {part}"


def test_people_rules_are_split_into_their_parts():
    """``PeopleRules`` stays the entry in people.py; names, roles after a name, titles before it, table
    rows and the shared tokens and word lists are parts of the extract stage that people.py uses."""
    for part in ("people_names", "people_roles", "people_tables", "people_titles", "people_tokens"):
        assert part in _stage_parts("extract"), part
        assert part in _package_imports(PACKAGE / "people.py"), f"people does not use {part}"


@pytest.mark.parametrize("stage", STAGES)
def test_stage_parts_stay_inside_their_stage(stage):
    """A part imports no other stage (nor its parts) and never its own stage's entry module: data
    flows one way (segment -> segment_titles -> segment_lines -> segment_dates), with no cycle."""
    others = {m for s in STAGES if s != stage for m in (s, *_stage_parts(s))} | {"core", "batch", "cli", "distributed", "bench"}
    parts = _stage_parts(stage)
    graph = {m: _package_imports(PACKAGE / f"{m}.py") & set(parts) for m in parts}
    for module in (stage, *parts):
        imported = _package_imports(PACKAGE / f"{module}.py")
        assert not imported & others, f"{module} imports {imported & others}"
        if module != stage:
            assert stage not in imported, f"{module} imports {stage}, the module it belongs to"
    done: set[str] = set()
    while len(done) < len(parts):  # peel off parts whose imports are all peeled: a cycle never peels
        ready = {m for m in parts if m not in done and graph[m] <= done}
        assert ready, f"import cycle among {sorted(set(parts) - done)}"
        done |= ready


@pytest.mark.parametrize(
    "library, home",
    [("chardet", {"detect", "bench"}), ("charset_normalizer", {"detect"}), ("ftfy", {"repair"}), ("spacy", {"extract", "bench"}),
     ("dask", {"distributed"}), ("typer", {"cli"}), ("rich", {"cli"})],
)
def test_each_library_enters_through_one_module(library, home):
    users = {p.stem for p in PACKAGE.glob("*.py") if library in _third_party_imports(p)}
    assert users <= home, f"{library} imported outside {home}: {users - home}"


def test_import_is_light():
    code = "import sys, pipeline; print(sorted(m for m in ('spacy', 'dask', 'typer', 'rich') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_one_shot_functions_and_reusable_pipeline(rules_pipe):
    text = "Remarks by Mr. Kofi Annan\n\nNew York, 4 February 2022\n"
    doc = rules_pipe.extract(text)
    assert isinstance(doc, pipeline.Document)
    assert doc.text == text and doc.source.path is None
    assert rules_pipe.extract(text.encode("utf-8")).source.sha256 == doc.source.sha256
    assert_spans_exact(doc)
    fixed, repairs = pipeline.repair("Da\u00a1\u00afesh")
    assert fixed == "Da’esh" and repairs[0].original == "\u00a1\u00af"


def test_extract_many_keeps_order(rules_pipe):
    paths = sorted(SAMPLES.glob("*.txt"))
    docs = list(rules_pipe.extract_many(paths))
    assert [d.source.path for d in docs] == [str(p) for p in paths]
    for d in docs:
        assert_spans_exact(d)


@pytest.mark.parametrize(
    "data, error",
    [(b"", pipeline.EmptyInputError), (b"  \n\t ", pipeline.EmptyInputError), ("", pipeline.EmptyInputError),
     (bytes(range(256)) * 8, pipeline.BinaryInputError)],
)
def test_bad_input_raises_input_errors(rules_pipe, data, error):
    with pytest.raises(error) as info:
        rules_pipe.extract(data, path="x/y.txt")
    assert isinstance(info.value, pipeline.InputError) and isinstance(info.value, pipeline.BriefingError)
    assert "x/y.txt" in str(info.value)


def test_file_errors(rules_pipe, tmp_path):
    with pytest.raises(pipeline.MissingFileError, match="nope.txt"):
        rules_pipe.extract_file(tmp_path / "nope.txt")
    with pytest.raises(pipeline.NotAFileError, match="directory"):
        rules_pipe.extract_file(tmp_path)


def test_unknown_model_says_what_to_install():
    with pytest.raises(pipeline.ModelError, match="pip install"):
        pipeline.Pipeline(model="xx_no_such_model").extract("Some text.")


@pytest.mark.model
def test_samples_all_extract_with_exact_spans(pipe):
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) >= 4
    for path in paths:
        doc = pipe.extract_file(path)
        assert_spans_exact(doc)
        assert doc.title, path
        assert doc.producer.model and doc.producer.model.startswith("en_core_web_sm")
