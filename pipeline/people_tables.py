"""People rules, tables: the lines of a text as people are read from them, and the rows of tables
of participants written with aligned columns.

Part of the extract stage, below :mod:`pipeline.people` and its rule parts
(:mod:`pipeline.people_roles`, :mod:`pipeline.people_titles`), which use ``logical_lines`` (a text
split at the line breaks that start a new item, not at hard wraps; a table's lines are rows), and
imported by :mod:`pipeline.extract` (``table_row``: the row of a column-aligned table holding an
offset, with the lines that continue its last cell and its delegation cell). It imports no other
module of the package but the data reader and the dot leader's pattern of :mod:`pipeline.people_tokens`.
"""

from __future__ import annotations

import re

from ._data import lexicon_set
from .people_tokens import DOT_LEADER

# Head nouns that close a staff post ("Chief Executive" over "Officer, Y": the post wrapped in its cell)
_POST_HEAD_NOUNS = lexicon_set("post_head_nouns")

# A line break that starts a new item (or a "Name: ..." speaker table row) ends a logical line;
# any other line break is a hard wrap inside a sentence and reads as a space.
_ITEM_BREAK = re.compile(r"\n(?=[ \t]*(?:[•\-\*–—▪◦·]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,5}[.)])\s)|\n(?=[ \t]*\n)|(?<=[:;])\n"
                         r"|\n(?=[ \t]+>[ \t])"  # an indented "   > Mr. X, Title" item (an e-mail's quote stands at the margin)
                         r"|\n(?=[ \t]*[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}:\s)")  # a "Vice-Chair: Ms. X" row

_SPACED_CELLS = re.compile(r"\S[ ]{3,}\S")
_INITIAL_AT_LINE_START = re.compile(r"[ \t]*[A-Z]\.[ \t]+[A-Z][a-z]")
# A row of a list of people written "Name - Role": two to five capitalized words, a spaced dash, the role
# a signatory's row "Body — Name, Role": the body, a spaced dash, a name (forms of address first) and a comma
_BODY_DASH_NAME_ROW = re.compile(r"[ \t]*[^\W\d_][^\n]{1,80}?[ ][–—][ ](?:[A-Z][a-z]{0,3}\.[ ])*[A-Z][\w'’-]+(?:[ ][A-Z][\w'’.-]+){1,4},[ ]\S")
# a signatory body named alone on its line: up to six words, the first and the last capitalized, no full stop
_BODY_ALONE_ROW = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ ][\w'’()-]+){0,4}[ ][A-Z][\w'’)-]*[ \t]*")
_DASHED_ROW = re.compile(r"[ \t]*((?:[^\W\d_][\w'’.-]*[ ]){2,5})[-–—][ ]\S")


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) pairs: ``text`` split at line breaks that start a new item, not at hard wraps."""
    out, pos = [], 0
    for m in _ITEM_BREAK.finditer(text):
        if _INITIAL_AT_LINE_START.match(text, m.end()) and re.search(r"[A-Z][a-z]+(?: [A-Z]\.)*[ \t]*$", text[pos:m.start()]):
            continue  # "Ambassador Samuel\nR. Insanally", "Tareq M. A.\nM. Albanai": an initial wrapped to the next line
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    # in a table (cells separated by tabs) every line is a row
    rows = []
    for start, line in out:
        parts = [p for p in line.split("\n") if p.strip()]
        if _under_a_cell(line):
            at = 0
            for n, part in enumerate(line.split("\n")):  # "09.00 – 09.30   Opening session" / "   X, Title": one line each
                if n > 1 and (rows[-1][1].rstrip().endswith(",") or re.match(r"[ \t]*(?:and|of|for)\s", part)
                              or re.search(r"\s(?:and|of|for|of\s+the)[ \t]*$", rows[-1][1])
                              or rows[-1][1].rstrip()[-1:].isalpha() and part.strip() and part.split()[0].rstrip(",") in _POST_HEAD_NOUNS
                              and re.match(r"[ \t]*\S+(?:,|[ \t]*$)", part)):
                    # "X, Principal Secretary," / "   State Department for ..., Kenya", "X, Minister of Health of" /
                    # "   Namibia": a row wrapped in its cell (also "X, Chief Executive" / "   Officer, Y": a post's head
                    # noun closing the row above)
                    rows[-1] = (rows[-1][0], line[rows[-1][0] - start:at + len(part)])
                else:
                    rows.append((start + at, part))
                at += len(part) + 1
            continue
        if len(parts) > 1 and (all(_dashed_row(p) for p in parts) or _signatories_rows(parts)):
            at = 0  # "  Morten Høglund - Chair of ..." / "  Ásdís Ólafsdóttir - Spokesperson": a list of names, each
            for part in line.split("\n"):  # with its role after a spaced dash, a line each
                if part.strip():
                    rows.append((start + at, part))
                at += len(part) + 1
            continue
        cells = sum(1 for p in parts if "\t" in p or _SPACED_CELLS.search(p) or _LEADER.search(p))  # (a leader of dots parts cells)
        if not cells or cells * 2 < len(parts):
            # a few wide gaps in a wrapped paragraph ("programme   for") are lost dashes, not cells
            rows.append((start, line))
            continue
        at, open_at = 0, None
        for part in line.split("\n"):
            if open_at is not None:  # "Chair:    X (Sub-National Cluster Coordinator," / "UNHCR)": one row
                rows[-1] = (open_at, line[open_at - start:at + len(part)])
            elif rows and "\t" in rows[-1][1] and _WRAPPED_TAB_CELL.match(part) \
                    and (re.search(r"(?:,|\s(?:and|of|for|the))[ ]*$", rows[-1][1])
                         or re.match(r"\s*(?:and|of|for|the)\s", part)):
                # "<TAB>X<TAB>Minister for Equipment, the" / "<TAB><TAB><TAB><TAB>Environment and Urban Development":
                # the last cell wrapped onto a line of its own, its tabs read as the wrap's indent
                lead = len(part) - len(part.lstrip())
                rows[-1] = (rows[-1][0], rows[-1][1] + "\n" + " " * lead + part[lead:])
            else:
                rows.append((start + at, part))
            depth = rows[-1][1].count("(") - rows[-1][1].count(")")
            open_at = rows[-1][0] if depth > 0 and rows[-1][1].count("\n") < 2 else None
            at += len(part) + 1
    return rows


def _signatories_rows(parts: list[str]) -> bool:
    """Whether ``parts`` are a list of signatories, a line each: "Body — Name, Role" rows (at least two), and at
    most a line or two naming a body alone ("aditus foundation — Neil Falzon, Director" / "Malta Emigrants'
    Commission")."""
    rows = sum(1 for p in parts if _BODY_DASH_NAME_ROW.match(p))
    alone = sum(1 for p in parts if not _BODY_DASH_NAME_ROW.match(p) and _BODY_ALONE_ROW.fullmatch(p))
    return rows >= 2 and rows + alone == len(parts) and alone <= rows // 2


# A line holding only the end of a table's last cell: empty cells (two tabs or more), then text with no tab
_WRAPPED_TAB_CELL = re.compile(r"[ ]*\t[ ]*\t[\t ]*[^\t\s][^\t]*$")


def _dashed_row(line: str) -> bool:
    """Whether ``line`` is a row "Name - Role": capitalized words of a name, a spaced dash, the role."""
    m = _DASHED_ROW.match(line)
    return m is not None and all(w[:1].isupper() for w in m.group(1).split())


def _under_a_cell(line: str) -> bool:
    """Whether the lines after the first of ``line`` are indented to the column where the first line's last
    cell starts ("09.00 – 09.30   Opening session" over "                X, Executive Secretary, ECLAC"):
    the cells of one column, a line each, not a paragraph wrapped."""
    parts = line.split("\n")
    if len(parts) < 2:
        return False
    cells = list(re.finditer(r"(?<=\S[ ]{3})[ ]*(?=\S)", parts[0]))
    if not cells:
        return False
    col = cells[-1].end()
    if any(p.count("(") > p.count(")") for p in parts[:-1]):
        return False  # "Chair:    X (Coordinator," / "          UNHCR)": a bracket wrapped in the cell
    return col >= 4 and all(len(p) - len(p.lstrip(" ")) == col and not p.startswith("\t") for p in parts[1:] if p.strip())


def side_by_side(text: str) -> tuple[str, ...] | None:
    """Two signatures (or three or four) written side by side, each over the same lines, each column starting
    where a cell of the first line does::

        Phil Lynch                                     Madeleine Sinclair
        Executive Director                             Co-Director

    Returns the text once a column, each with the other columns blanked out (so that offsets stay those of
    ``text``), or ``None`` when the lines are not columns of that kind."""
    lines = text.split("\n")
    if "\t" in text or len([ln for ln in lines if ln.strip()]) < 2:
        return None
    first = next(ln for ln in lines if ln.strip())
    gaps = list(re.finditer(r"(?<=\S)[ ]{3,}(?=\S)", first))
    if not 1 <= len(gaps) <= 3:
        return None
    cols = [0] + [g.end() for g in gaps]
    parts: list[list[str]] = [[] for _ in cols]
    both = 0
    signed = re.fullmatch(r"[ ]*(?:\((?:[Ss]igned|SIGNED)\)[ ]*)+", first) is not None  # under "(signed)   (signed)"
    # marks the columns are signatures, also where a long cell leaves one space before the next ("Permanent
    # Representative Permanent Representative")
    for ln in lines:
        for col in cols[1:]:
            if len(ln.rstrip()) > col and (ln[col - 1] != " " or ln[col] == " " or ln[col - 2] != " " and not signed):
                return None  # a line that runs over a column's start, or starts its cell elsewhere
        ends = [*cols[1:], len(ln)]
        if sum(bool(ln[a:b].strip()) for a, b in zip(cols, ends)) >= 2:
            both += 1
        for x, (a, b) in enumerate(zip(cols, ends)):
            parts[x].append(" " * len(ln[:a]) + ln[a:b] + " " * len(ln[b:]))
    return tuple("\n".join(p) for p in parts) if both >= 2 else None


# -- tables of participants written with aligned columns ----------------------------------
_CELL = re.compile(r"[^\s](?:[^\S\t\n]{1,2}[^\s]|[^\s])*")
_LEADER = re.compile(DOT_LEADER)
# A row's number opening a table's first cell, before the delegation ("1  Poland", "12. Chile")
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?[ \t]+(?=\S)")


def _cells(line: str) -> list[tuple[int, int, int]]:
    """(column, start, end) of each cell of a line: runs of words apart by at most two spaces; a leader of
    dots between two cells ("Saudi Arabia ........ H.E. Mr. X, Deputy Minister") parts them like spaces."""
    line = _LEADER.sub(lambda m: " " * len(m.group()), line)
    return [(len(line[:m.start()].expandtabs(8)), m.start(), m.end()) for m in _CELL.finditer(line)]


def table_row(text: str, pos: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """The row of a table of participants holding absolute ``pos``, when the table is written with
    aligned columns::

        Democratic Republic of the Congo   Mr. Jean-Pierre Kalala Mutombo   Rapporteur, Commission électorale
                                                                            nationale indépendante (CENI)
                                           Ms. Boitumelo Seretse            Secretary

    Returns (start, end) of the row together with the lines below that continue its last cell, and
    the span of its delegation cell: its own first cell, or, when that cell is empty, the first cell
    of the nearest row above that has one (a delegation of several people). ``None`` when the line
    is no table row."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    row = _cells(text[ls:le])
    if len(row) < 2 or not any(ls + a <= pos < ls + b for _, a, b in row):
        return None
    last_col = row[-1][0]
    end = le
    while end < len(text):
        ns = end + 1
        ne = text.find("\n", ns)
        ne = len(text) if ne < 0 else ne
        cont = _cells(text[ns:ne])
        if len(cont) != 1 or cont[0][0] < 8 or abs(cont[0][0] - last_col) > 1:
            break
        end = ne
    delegation = None
    if row[0][0] < 8:  # a table indented a few columns ("    Bangladesh    Mr. X    Secretary") starts its first cell there
        delegation = (ls + row[0][1], ls + row[0][2])
        number = _ROW_NUMBER.match(text, *delegation)
        if number is not None and number.end() < delegation[1]:
            delegation = (number.end(), delegation[1])  # a numbered table ("  2  Poland      Ms. X, Counsellor"): the
            # delegation after the row's number
        if len(row) >= 3 and text[ls + row[0][2] - 1] == ":":
            delegation = (ls + row[1][1], ls + row[1][2])  # "Members:   Algeria ...... Mr. X": a label before the delegation
    else:
        # an empty first cell: the delegation of the rows above, written in the same columns
        first_col = row[0][0]
        at = ls
        while at > 0:
            ps = text.rfind("\n", 0, at - 1) + 1
            above = _cells(text[ps:at - 1])
            if not above:
                break
            if above[0][0] < 8 and len(above) >= 3 and text[ps + above[0][2] - 1] == ":" and above[1][0] == first_col:
                delegation = (ls + row[0][1], ls + row[0][2])  # "China ...... Mr. Y" under "Members:   Algeria ...... Mr. X"
                break
            if above[0][0] < 8 and len(above) >= 2:
                if above[1][0] == first_col:
                    delegation = (ps + above[0][1], ps + above[0][2])
                break
            if above[0][0] < 8:
                break
            at = ps
    return ls, end, delegation
