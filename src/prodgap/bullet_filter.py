"""The last look at each bullet the structure found: does it read like one on real resumes?

The layout rules find bullets by their marks and places; on real resumes about one line in
seven they keep is not a statement of work to a careful reader (a project's name on a line of
its own, a tools row, a label over nested points, an award in an achievements list). A small
logistic model, trained on what the rules kept from the real train split and whether the
annotators counted it (``scripts/train_bullet_filter.py``), reads what the rules cannot weigh
together: the line's length and ending, its case, digits and links, its place in its entry and
section, the words of its section heading and its own words (only words found in at least five
resumes, so no one's phrase is stored). A bullet it gives less than ``threshold`` goes to
its section's items as ``other``, in its place among them (``items.separate_items`` asks):
kept and shown folded, never labelled, counted or sent.

``PRODGAP_BULLET_FILTER=0`` turns it off (the training script reads the rules' bullets so).
"""

from __future__ import annotations

import functools
import math
import os
import re
from pathlib import Path
from typing import Any

from prodgap import lexicon
from prodgap.items import CJK_OR_HANGUL, opens_with_a_deed
from prodgap.json_cache import load_json
from prodgap.models import Bullet
from prodgap.regex_cache import compile_pattern

FILTER_PATH = Path(__file__).resolve().parent / "data" / "bullet_filter.json"

_TOKEN = compile_pattern(r"[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*%?")
_LINK = compile_pattern(r"https?://|www\.|\.com\b|github", re.I)
_LONG_WORD = compile_pattern(r"[A-Za-z]{4,}")
LENGTHS = (3, 6, 10, 20, 40)
"""Upper bounds of the word-count bands a bullet's length falls in."""
ENDINGS = ".:);,!?"


def words(text: str) -> list[str]:
    """Lower case, accents folded, numbers as one class."""
    return ["<num>" if t[0].isdigit() else t for t in _TOKEN.findall(lexicon.fold(text))]


def features(bullet: Bullet, index: int, count: int) -> dict[str, float]:
    """What the model reads of one bullet, the ``index``-th of the ``count`` in its entry."""
    text = bullet.text
    found: dict[str, float] = {f"kind:{bullet.section_kind}": 1.0}
    if bullet.entry:
        found["has_entry"] = 1.0
    size = len(text.split())
    band = next((bound for bound in LENGTHS if size < bound), 0)
    found[f"len:{band}"] = 1.0
    last = text.rstrip()[-1:]
    found[f"end:{last if last and last in ENDINGS else 'w'}"] = 1.0
    if text[:1].islower():
        found["start_lower"] = 1.0
    if any(map(str.isdigit, text)):
        found["digit"] = 1.0
    if _LINK.search(text):
        found["link"] = 1.0
    if not text.isascii() and CJK_OR_HANGUL.search(text):
        found["cjk"] = 1.0
    long_words = _LONG_WORD.findall(text)
    if long_words:
        found["titlecase"] = sum(w[0].isupper() for w in long_words) / len(long_words)
    found["commas"] = min(text.count(","), 6) / 6
    if index == 0:
        found["first"] = 1.0
    if index == count - 1:
        found["last"] = 1.0
    found["entry_size"] = min(count, 10) / 10
    tokens = words(text)
    found.update(dict.fromkeys((f"w:{t}" for t in tokens), 1.0))
    if tokens:
        found[f"wf:{tokens[0]}"] = 1.0
    found.update(dict.fromkeys((f"wh:{t}" for t in words(bullet.section)), 1.0))
    return found


def odds(found: dict[str, float], model: dict[str, Any]) -> float:
    """The model's probability that a line with these features is a bullet."""
    weights: dict[str, float] = model["weights"]
    score = model["intercept"] + sum(weights.get(name, 0.0) * v for name, v in found.items())
    return 1.0 / (1.0 + math.exp(-score))


def doubted(bullets: list[Bullet]) -> set[int]:
    """The positions of the bullets of one entry (those the layout rules and the item rules
    kept) that the model doubts: its section's items take them as ``other``."""
    model = _model()
    if model is None or os.environ.get("PRODGAP_BULLET_FILTER") == "0":
        return set()
    count = len(bullets)
    # A line led by a verb of doing is a statement whatever its place (93% to 96% of those the
    # rules find are bullets to the annotators): the model is not asked.
    return {
        index
        for index, bullet in enumerate(bullets)
        if not opens_with_a_deed(bullet.text)
        and odds(features(bullet, index, count), model) < model["threshold"]
    }


@functools.cache
def _model() -> dict[str, Any] | None:
    if not FILTER_PATH.exists():  # only while scripts/train_bullet_filter.py builds the first
        return None
    model: dict[str, Any] = load_json(FILTER_PATH)
    return model
