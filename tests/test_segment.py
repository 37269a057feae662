"""The segment stage: layouts -> blocks, title, date (cases in tests/data/segment/cases.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED, corpus
from pipeline.config import DEFAULT_TITLE_MODEL
from pipeline.segment import segment

CASES = json.loads((Path(__file__).parent / "data" / "segment" / "cases.json").read_text(encoding="utf-8"))["cases"]

TITLE = (
    "2022 United Nations Office of Counter-Terrorism (UNOCT) Ambassadorial-level "
    "Quarterly Briefing to Member States"
)


def assert_well_formed(text: str, seg) -> None:
    """Every block is exact, trimmed, in order, and its parent comes before it."""
    assert [b.id for b in seg.blocks] == list(range(len(seg.blocks)))
    for b in seg.blocks:
        assert text[b.start : b.end] == b.text, b
        assert b.text and b.text == b.text.strip() and not b.text.startswith("\ufeff"), b
        if b.parent is not None:
            parent = seg.blocks[b.parent]
            assert parent.id < b.id and parent.level < b.level, b
        else:
            assert b.level == 1, b
        if b.continues is not None:
            first = seg.blocks[b.continues]
            assert first.id < b.id and first.type in ("paragraph", "list_item") and b.type == "paragraph", b
            between = text[first.end : b.start]
            assert between.strip() and any(n.type == "noise" and first.end <= n.start and n.end <= b.start for n in seg.blocks), b
        if b.type == "list_item" and b.marker:
            assert not b.text.startswith(b.marker + " "), b
    starts = [b.start for b in seg.blocks if b.parent is None]
    assert starts == sorted(starts)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_case(case):
    text = case["text"]
    seg = segment(text, case.get("title_model", DEFAULT_TITLE_MODEL))  # "off": the title rules alone
    assert_well_formed(text, seg)
    if "title" in case:
        assert seg.title == case["title"]
        titles = [b for b in seg.blocks if b.type == "title"]
        assert len(titles) == (0 if case["title"] is None else 1)
    if "date" in case:
        assert seg.date == case["date"]
    if "noise" in case:
        assert [b.text for b in seg.blocks if b.type == "noise"] == case["noise"]
    exact = case.get("exact_item_text", False)
    if "blocks" in case:
        got = [[b.type, b.marker, b.level, b.parent, b.text] for b in seg.blocks]
        assert len(got) == len(case["blocks"]), [g[:4] + [g[4][:30]] for g in got]
        for g, want in zip(got, case["blocks"]):
            assert g[:4] == want[:4], (g, want)
            assert g[4].startswith(want[4]), (g, want)
    if "continues" in case:
        assert [[b.id, b.continues] for b in seg.blocks if b.continues is not None] == case["continues"]
    if "items" in case:
        items = [b for b in seg.blocks if b.type == "list_item"]
        got = [[b.marker, b.number, b.level, b.text] for b in items]
        assert len(got) == len(case["items"]), got
        for g, want in zip(got, case["items"]):
            assert g[:3] == want[:3], (g, want)
            assert (g[3] == want[3]) if exact else g[3].startswith(want[3]), (g, want)
        if "parents" in case:
            index = {b.id: i for i, b in enumerate(items)}
            for i, parent in case["parents"]:
                got_parent = items[i - 1].parent
                assert (None if got_parent is None else index[got_parent] + 1) == parent, (i, parent)


def _seed_texts():
    raw = SEED.read_text(encoding="utf-8")
    repaired = raw.replace("¡¯", "’").replace("¨C", "–").replace("¨ª", "í").replace("Ãå±±½ûµØ", "缅北禁地")
    return {"repaired": repaired, "raw": raw}


@pytest.mark.parametrize("form", ["repaired", "raw"])
def test_seed_structure(form):
    """The seed's structure, with and without mojibake repair."""
    text = _seed_texts()[form]
    seg = segment(text)
    assert_well_formed(text, seg)
    blocks = seg.blocks
    assert blocks[0].type == "noise" and "\n" not in blocks[0].text
    assert seg.title == TITLE and [b.text for b in blocks if b.type == "title"] == [TITLE]
    assert seg.date == "2022-02-04"
    top = [b for b in blocks if b.type == "list_item" and b.level == 1 and b.marker and b.marker[0].isdigit()]
    assert [(b.marker, b.number) for b in top] == [("1.", 1), ("2.", 2), ("3.", 3)]
    for item, expected in zip(top, (3, 6, 8)):
        children = [b for b in blocks if b.parent == item.id]
        assert [(c.marker, c.number, c.level) for c in children] == [(f"{n})", n, 2) for n in range(1, expected + 1)]
        assert all(item.start <= c.start and c.end <= item.end for c in children)
        assert all(not c.text.endswith((",", ".", " and")) for c in children)
    first = next(b for b in blocks if b.parent == top[0].id)
    assert first.text.startswith("Da'esh") and first.text.endswith("Syrian Arab Republic")
    bullets = [b for b in blocks if b.marker == "•"]
    assert len(bullets) == 10 and all("\n" not in b.text and "•" not in b.text for b in bullets)
    assert bullets[0].text == "Mr. Vladimir Voronkov, Under-Secretary-General for Counter- Terrorism"
    paragraphs = [b.text for b in blocks if b.type == "paragraph"]
    assert paragraphs[0].startswith("During the UNOCT") and paragraphs[0].endswith("participants discussed:")
    assert "Remarks were delivered by:" in paragraphs
    assert blocks[-1].type == "paragraph" and blocks[-1].text.startswith("Over 248 representatives")


def test_offsets_survive_crlf_tabs_and_bom():
    text = "\ufeffTitle Of The Note\r\n\r\n\t1.\tFirst point.\r\n\t2.\tSecond point.\r\n"
    seg = segment(text)
    assert_well_formed(text, seg)
    assert seg.title == "Title Of The Note"
    assert [(b.marker, b.text) for b in seg.blocks if b.type == "list_item"] == [("1.", "First point."), ("2.", "Second point.")]


@pytest.mark.parametrize("text", [
    "", "   \n\n\t", "x", "1.", "(a)", "•", "\n\n\n1)",
    # tokenised news wire: lines that open with a comma
    "BALANCE - Hartford , Conn .\n, $ 11 mln .\nCITY OF HARTFORD , CONNECTICUT\n",
    "Florida man dies .\nTALLAHASSEE , Fla. 1996-12-06\nJohn Mills Jr .\n, 41 , was put to death .\n",
])
def test_degenerate_input(text):
    seg = segment(text)
    assert_well_formed(text, seg)


@pytest.mark.corpus
def test_un_corpus_sample_is_well_formed():
    """A slice of the real UN speeches: no failure, exact spans, numbered paragraphs found."""
    docs = sorted(corpus("un-texts").glob("docs/*.txt"))[::25]
    numbered = 0
    for path in docs:
        text = path.read_text(encoding="utf-8")
        seg = segment(text)
        assert_well_formed(text, seg)
        numbered += any(b.type == "list_item" and b.marker and b.marker.endswith(".") for b in seg.blocks)
    assert numbered >= 3


@pytest.mark.corpus
def test_news_wire_documents_are_well_formed():
    """Every CoNLL-2003 test document (Reuters news, tokenised: lines may open with "," or "$"),
    rebuilt as one sentence a line: no failure, exact spans. The text is read, never copied."""
    raw = (corpus("ner-conll2003") / "conllpp_test.txt").read_text(encoding="utf-8")
    for doc in raw.split("-DOCSTART-")[1:]:
        sentences = [" ".join(line.split()[0] for line in block.splitlines() if line.strip())
                     for block in doc.split("\n\n")]
        text = "\n".join(s for s in sentences if s)
        assert_well_formed(text, segment(text))
