"""Settings read from the environment, kept apart from llm.py so checking them loads nothing."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from prodgap.errors import ConfigError

if TYPE_CHECKING:
    from prodgap.decide import LabellerName

DEFAULT_MODEL = "gpt-4.1-mini"
DEFAULT_LABELLER: LabellerName = "linear"
"""How the offline labeller decides, unless ``PRODGAP_LABELLER`` says otherwise: ``linear``,
ahead of the procedure when cross-validated by resume on the real train split (macro-F1 0.824
against 0.794, one resume left out at a time; README, "How the labeller decides")."""


def llm_configured() -> bool:
    """True when an API key or an OpenAI-compatible base URL is set."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"))


def require_configured() -> None:
    """Raise a one-line ConfigError unless the LLM backend is configured."""
    if not llm_configured():
        raise ConfigError(
            "--backend llm needs OPENAI_API_KEY or OPENAI_BASE_URL (an OpenAI-compatible server)"
        )


def resolve_model(model: str | None = None) -> str:
    """The model to use: the argument, else ``PRODGAP_MODEL``, else the default."""
    return model or os.environ.get("PRODGAP_MODEL") or DEFAULT_MODEL


def configured_labeller() -> LabellerName:
    """The offline labeller to use: ``PRODGAP_LABELLER`` (procedure or linear), else the default."""
    value = os.environ.get("PRODGAP_LABELLER") or DEFAULT_LABELLER
    if value not in ("procedure", "linear"):
        raise ConfigError(f"PRODGAP_LABELLER must be procedure or linear, not {value!r}")
    return value  # type: ignore[return-value]
