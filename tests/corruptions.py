"""Ways a clean text gets broken: bytes written in one codec and read in another.

Used by tests/test_repair.py (a small matrix) and tests/bench/bench_repair.py (the full one).
Each corruption returns ``(broken_text, expected_repair)``: the expected repair is the clean
text where the writing codec could hold every character, else the clean text with ``?`` where a
character was lost (what an honest repair can give back).
"""

from __future__ import annotations

_UNDEFINED_1252 = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def read_cp1252(data: bytes) -> str:
    """Read bytes as Windows does: windows-1252, undefined bytes as the C1 control of that value."""
    return "".join(chr(b) if b in _UNDEFINED_1252 else bytes([b]).decode("cp1252") for b in data)


def read_latin1(data: bytes) -> str:
    return data.decode("latin-1")


def _written(text: str, codec: str) -> tuple[bytes, str]:
    data = text.encode(codec, errors="replace")
    return data, data.decode(codec)


def _single(codec: str, reader):
    def corrupt(text: str) -> tuple[str, str]:
        data, expected = _written(text, codec)
        return reader(data), expected

    return corrupt


def _utf8_twice(text: str) -> tuple[str, str]:
    once = read_cp1252(text.encode("utf-8"))
    return read_cp1252(once.encode("utf-8")), text


def _half(text: str) -> tuple[str, str]:
    """Every other paragraph written as GBK and read as latin-1; the others left clean."""
    broken, expected = [], []
    for i, para in enumerate(text.split("\n\n")):
        if i % 2 == 0:
            data, exp = _written(para, "gbk")
            broken.append(read_latin1(data))
            expected.append(exp)
        else:
            broken.append(para)
            expected.append(para)
    return "\n\n".join(broken), "\n\n".join(expected)


CORRUPTIONS = {
    "gbk->latin-1": _single("gbk", read_latin1),
    "gbk->cp1252": _single("gbk", read_cp1252),
    "gb18030->cp1252": _single("gb18030", read_cp1252),
    "big5->latin-1": _single("big5", read_latin1),
    "shift_jis->cp1252": _single("cp932", read_cp1252),
    "utf-8->cp1252": _single("utf-8", read_cp1252),
    "utf-8->latin-1": _single("utf-8", read_latin1),
    "utf-8->cp1252 x2": _utf8_twice,
    "half gbk->latin-1": _half,
}
