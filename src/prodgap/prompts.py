"""Jinja2 prompts from the top-level ``prompts/`` folder (in the wheel: ``prodgap/prompts``).

``PROMPT_VERSION`` comes from ``prompts/VERSION``; bump it whenever a prompt changes, since it is
part of the LLM cache key and of the report.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from prodgap.regex_cache import compile_pattern

if TYPE_CHECKING:
    import jinja2


def _prompt_root() -> Traversable:
    """``prodgap/prompts`` inside an installed wheel, else ``<repo>/prompts`` in a checkout."""
    packaged = files("prodgap") / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "prompts"


PROMPT_VERSION: str = (_prompt_root() / "VERSION").read_text(encoding="utf-8").strip()


@functools.cache
def _environment() -> jinja2.Environment:
    # jinja2 is imported here, not at module level, to keep `import prodgap` cheap.
    import jinja2

    def read(name: str) -> str | None:
        try:
            return (_prompt_root() / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None  # jinja2 turns this into TemplateNotFound

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(read),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text prompts, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def load_prompt(name: str) -> jinja2.Template:
    """The prompt template ``prompts/<name>.j2``, rendering with ``StrictUndefined``."""
    filename = name if name.endswith(".j2") else f"{name}.j2"
    return _environment().get_template(filename)


LABEL_DEFINITION_FILE = "label_definition.md"
"""The one definition of the labels: the LLM prompt includes it, the report's legend and the
README are made from it."""


@dataclass(frozen=True)
class LabelMeaning:
    """One label as the definition states it."""

    name: str
    """The name a reader sees (e.g. "Trained / built, not shipped")."""
    meaning: str
    """What it means, as one paragraph."""


_LABEL_ITEM = compile_pattern(r"^- `(\w+)` \(\*\*(.+?)\*\*\): (.+?)(?=^- |^\S|\Z)", re.M | re.S)


@functools.cache
def label_meanings() -> dict[str, LabelMeaning]:
    """Each label's name and meaning, from ``prompts/label_definition.md``."""
    text = (_prompt_root() / LABEL_DEFINITION_FILE).read_text(encoding="utf-8")
    return {
        label: LabelMeaning(name, " ".join(meaning.split()))
        for label, name, meaning in _LABEL_ITEM.findall(text)
    }
