"""The extract stage's vocabulary (pipeline/data/lexicon.json): documented, well-formed, and what the code uses."""

from __future__ import annotations

import importlib
import re

import pytest

from pipeline import _data
from pipeline._data import DATA_DIR, lexicon, lexicon_set

SECTIONS = _data.read_json("lexicon.json")["sections"]
CASES = {
    "lower": lambda w: w == w.lower(),
    "capitalized": lambda w: w[:1].isupper(),
    "any": lambda w: True,
}


def _constants(section: dict) -> list[tuple[object, str]]:
    return [(importlib.import_module(f"pipeline.{mod}"), name)
            for mod, name in re.findall(r"\b(people(?:_[a-z]+)?|extract|orgs|places)\.(\w+)", section["used_by"])]


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_section_is_documented_and_well_formed(name):
    section = SECTIONS[name]
    for field in ("about", "used_by", "case", "source"):
        assert isinstance(section.get(field), str) and section[field].strip(), (name, field)
    words = section["words"]
    assert words, f"{name}: empty"
    assert len(words) == len(set(words)), f"{name}: duplicate words"
    assert section["case"] in CASES, name
    wrong = [w for w in words if w != w.strip() or not w or not CASES[section["case"]](w)]
    assert not wrong, f"{name}: not {section['case']}: {wrong}"
    assert lexicon(name) == tuple(words)
    assert lexicon_set(name) == frozenset(words)


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_section_is_what_the_code_uses(name):
    """Every section names the constants built from it, and each holds exactly the section's words."""
    section = SECTIONS[name]
    constants = _constants(section)
    assert constants, f"{name}: used_by names no constant"
    for module, const in constants:
        value = getattr(module, const)
        if isinstance(value, frozenset):  # the union of the sections that name it
            parts = [n for n, sec in SECTIONS.items() if (module, const) in _constants(sec)]
            assert value == frozenset().union(*(SECTIONS[n]["words"] for n in parts)), (name, const, parts)
        elif isinstance(value, re.Pattern):
            for w in section["words"]:  # an alternative of the pattern, alone or as "[Hh]urricane"
                forms = (w, f"[{w[0].upper()}{w[0]}]{w[1:]}")
                assert any(re.search(rf"(?<![\w\]]){re.escape(f)}(?![\w'-])", value.pattern) for f in forms), \
                    (name, const, w)
        else:
            assert {" ".join(v) for v in value} == set(section["words"]), (name, const)


def test_every_section_is_listed_in_the_readme():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "`lexicon.json`" in readme
    missing = [name for name in SECTIONS if f"`{name}`" not in readme]
    assert not missing, missing


def test_unknown_section_names_the_file():
    with pytest.raises(KeyError, match="lexicon.json"):
        lexicon("no_such_section")


def test_a_word_added_to_a_section_changes_the_pattern(monkeypatch):
    """Patterns are built from the data: a new place noun makes "X checkpoint" a place cue."""
    candidates = importlib.import_module("pipeline.candidates")
    words = lexicon("place_nouns_after")
    assert not re.match(r"\s+(?:" + candidates._alt("place_nouns_after") + r")\b", " checkpoint")
    monkeypatch.setattr(candidates, "lexicon", lambda s: words + ("checkpoint",) if s == "place_nouns_after" else lexicon(s))
    assert re.match(r"\s+(?:" + candidates._alt("place_nouns_after") + r")\b", " checkpoint")
    monkeypatch.setattr(candidates, "lexicon", lambda s: ("Ba(d",))
    with pytest.raises(ValueError, match="not a plain word"):
        candidates._alt("place_nouns_after")
