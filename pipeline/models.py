"""The output contract (schema_version "1") and the values that flow between stages.

Everything a user reads comes from the pydantic models here; ``briefing schema`` prints
their JSON Schema. Offsets are half-open Python ``str`` indices (code points) into
``Document.text``, the repaired text, so ``doc.text[x.start:x.end] == x.text`` for every
block and entity, and ``== x.replacement`` for every repair.

The contract may only grow: new optional fields, never a renamed or re-purposed one.

This module holds data only; no stage logic lives here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

BlockType = Literal["noise", "title", "heading", "paragraph", "list_item"]
EntityLabel = Literal["PERSON", "COUNTRY", "ORG", "LOCATION", "DATE"]
EntitySource = Literal["model", "rule", "gazetteer"]
OrgKind = Literal["un_entity", "armed_group", "government", "intergovernmental", "other"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Where the document came from and how its bytes were read."""

    path: str | None = Field(None, description="Path as given (relative in batch output); null for in-memory input.")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    size_bytes: int
    encoding: str = Field(description="Python codec name used to decode the bytes.")
    encoding_confidence: float = Field(ge=0.0, le=1.0)
    encoding_method: str | None = Field(
        None,
        description='How the encoding was decided: "bom", "utf-8", "utf-16-heuristic", "detector", "override", "str".',
    )


class Producer(_Frozen):
    version: str = Field(description="briefing-pipeline version.")
    model: str | None = Field(description='spaCy pipeline that ran, e.g. "en_core_web_sm-3.8.0"; null in rules-only mode.')


class Repair(_Frozen):
    """One change made to the decoded text.

    ``start``/``end`` index the repaired ``Document.text``; ``source_start``/``source_end``
    index the decoded input (before any repair), so any output span maps back to the file.
    """

    start: int
    end: int
    source_start: int
    source_end: int
    original: str
    replacement: str
    kind: str = Field(description='"mojibake" | "restored" | "normalization" | ...')
    detail: str = Field("", description='What was decided, e.g. "gbk read as latin-1".')


class Warning(_Frozen):  # noqa: A001 - the contract calls it Warning; exported as DocumentWarning
    code: str = Field(description='"lost_character" | "undecodable_bytes" | "no_model" | ...')
    message: str
    start: int | None = None
    end: int | None = None


DocumentWarning = Warning


class Block(_Frozen):
    id: int
    type: BlockType
    start: int
    end: int
    text: str
    marker: str | None = Field(None, description='List marker as written ("1.", "1)", "(a)", "•"); null if none.')
    number: int | None = Field(None, description='Ordinal of a numbered item: "(c)" -> 3, "iv." -> 4.')
    level: int = Field(1, description="1 for top level.")
    parent: int | None = Field(None, description="id of the enclosing block.")
    continues: int | None = Field(
        None,
        description="id of the block this one continues: a paragraph or list item that page furniture "
        "(a page number, a job number, a running header) cut in two; the furniture between the halves "
        "is a noise block, so neither half's text contains it.",
    )


class Entity(_Frozen):
    label: EntityLabel
    text: str
    start: int
    end: int
    block: int = Field(description="id of the block the entity lies in.")
    canonical: str | None = Field(None, description="Canonical name (gazetteer entry, full person name, ISO date).")
    code: str | None = Field(None, description="ISO 3166-1 alpha-3 for COUNTRY, else null.")
    source: EntitySource


class Person(_Frozen):
    name: str
    honorific: str | None = None
    title: str | None = None
    country: str | None = Field(None, description="ISO alpha-3 of the country represented.")
    organization: str | None = None
    mentions: list[int] = Field(default_factory=list, description="Indices into Document.entities.")


class Country(_Frozen):
    name: str
    code: str
    mentions: list[int] = Field(default_factory=list)


class Organization(_Frozen):
    name: str
    acronym: str | None = None
    kind: OrgKind = "other"
    mentions: list[int] = Field(default_factory=list)


class Location(_Frozen):
    name: str
    mentions: list[int] = Field(default_factory=list)


class Document(_Frozen):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    producer: Producer
    text: str
    repairs: list[Repair] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    title: str | None = None
    date: str | None = Field(None, description="Meeting/event date, YYYY-MM-DD.")
    blocks: list[Block] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    countries: list[Country] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)


# ---------------------------------------------------------------------------
# Values passed between stages. Each stage is a function from one of these to the next;
# only the orchestrator (``pipeline.core``) knows the order.
# ---------------------------------------------------------------------------


class Decoded(_Frozen):
    """decode: bytes -> text."""

    text: str
    encoding: str
    confidence: float
    method: str
    warnings: list[Warning] = Field(default_factory=list)


class Repaired(_Frozen):
    """repair: text -> repaired text, with every change on record."""

    text: str
    repairs: list[Repair] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


class Segmented(_Frozen):
    """segment: repaired text -> blocks, title, date."""

    blocks: list[Block]
    title: str | None = None
    date: str | None = None


class Extracted(_Frozen):
    """extract: text + blocks -> entities and the document-level views."""

    entities: list[Entity] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    countries: list[Country] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
