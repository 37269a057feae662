"""Shared fixtures. The installed English model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "unoct_briefing_2022.txt"
CORPORA = ROOT.parent / "shared" / "corpora"


def corpus(name: str) -> Path:
    """A folder of the shared corpora beside the checkout, or skip the test with the reason."""
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"shared corpus {name!r} not found beside the checkout ({path})")
    return path


@pytest.fixture(scope="session")
def pipe():
    import pipeline

    return pipeline.Pipeline()


@pytest.fixture(scope="session")
def rules_pipe():
    import pipeline

    return pipeline.Pipeline(model="none")


@pytest.fixture(scope="session")
def seed_doc(pipe):
    return pipe.extract_file(SEED)
