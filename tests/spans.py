"""The offset invariant every document must keep."""


def assert_spans_exact(doc) -> None:
    text = doc.text
    for b in doc.blocks:
        assert text[b.start : b.end] == b.text, ("block", b.id)
    for i, e in enumerate(doc.entities):
        assert text[e.start : e.end] == e.text, ("entity", i, e.text)
        block = doc.blocks[e.block]
        assert block.start <= e.start and e.end <= block.end, ("entity crosses its block", i, e.text)
    for r in doc.repairs:
        assert text[r.start : r.end] == r.replacement, ("repair", r)
    for w in doc.warnings:
        if w.start is not None:
            assert 0 <= w.start <= w.end <= len(text), ("warning", w)
