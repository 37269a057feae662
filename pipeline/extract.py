"""extract: text + blocks -> entities, people, countries, organizations, locations.

spaCy enters the project here and only here.
(First version: the statistical model's entities per block; rules and gazetteers land with the
extraction issue.)
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

from .config import AUTO_MODEL, DEFAULT_MODEL_CANDIDATES, MODEL_INSTALL_HINT, NO_MODEL
from .errors import ModelError
from .models import Block, Entity, Extracted, Warning

_LABELS = {"PERSON": "PERSON", "GPE": "COUNTRY", "ORG": "ORG", "LOC": "LOCATION", "DATE": "DATE"}


def resolve_model_name(model: str) -> str | None:
    """The installed spaCy pipeline to load for ``model``; ``None`` means rules-only."""
    if model == NO_MODEL:
        return None
    if model != AUTO_MODEL:
        return model
    for name in DEFAULT_MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


class Extractor:
    """Holds the loaded spaCy pipeline (loaded once, lazily) and the gazetteers."""

    def __init__(self, model: str = AUTO_MODEL) -> None:
        self.requested = model
        self._nlp = None
        self._model_name: str | None = None
        self._loaded = False
        self._load_warnings: list[Warning] = []

    def _load(self) -> None:
        if self._loaded:
            return
        import spacy

        name = resolve_model_name(self.requested)
        if name is None:
            self._nlp = spacy.blank("en")
            if self.requested == AUTO_MODEL:
                self._load_warnings.append(
                    Warning(code="no_model", message=f"no English spaCy model installed; ran rules-only ({MODEL_INSTALL_HINT})")
                )
        else:
            try:
                self._nlp = spacy.load(name, exclude=["lemmatizer", "textcat"])
            except OSError as exc:
                raise ModelError(f"spaCy pipeline {name!r} is not installed or cannot load ({MODEL_INSTALL_HINT})") from exc
            meta = self._nlp.meta
            self._model_name = f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"
        self._loaded = True

    @property
    def model_name(self) -> str | None:
        self._load()
        return self._model_name

    def extract(self, text: str, blocks: Sequence[Block]) -> Extracted:
        self._load()
        entities: list[Entity] = []
        targets = [b for b in blocks if b.type != "noise"]
        for block, doc in zip(targets, self._nlp.pipe(b.text for b in targets)):
            for ent in doc.ents:
                label = _LABELS.get(ent.label_)
                if label is None:
                    continue
                start = block.start + ent.start_char
                end = block.start + ent.end_char
                entities.append(Entity(label=label, text=text[start:end], start=start, end=end, block=block.id, source="model"))
        return Extracted(entities=entities, warnings=list(self._load_warnings))
