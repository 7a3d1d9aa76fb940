"""Every sample resume's bullets, labelled by the rules: every shown rewrite is faithful, fits
its frame and stays near the bullet's length."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from prodgap.faithful import check_faithful
from prodgap.label import label_bullet
from prodgap.rewrite import LENGTH_FACTOR, MIN_ADDED, needs_work, suggest_rewrite

GOLD = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.gold.json"))
USE_OR_TRIAL = re.compile(r"\b(run|ran|used?|tried|call\w*|acted|read)\b", re.I)


def bullets(gold: Path) -> list[str]:
    return [b["text"] for b in json.loads(gold.read_text(encoding="utf-8"))["bullets"]]


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_every_shown_rewrite_passes_the_faithfulness_check(gold: Path) -> None:
    for text in bullets(gold):
        judgement = label_bullet(text)
        rewrite = suggest_rewrite(text, judgement)
        assert (rewrite is not None) == needs_work(judgement), text
        if rewrite is not None:
            assert check_faithful(text, rewrite.text).problems == [], (text, rewrite.text)
            assert rewrite.placeholders and len(rewrite.questions) == len(set(rewrite.placeholders))


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_unshipped_work_is_asked_whether_it_ran_or_who_tried_it(gold: Path) -> None:
    for text in bullets(gold):
        judgement = label_bullet(text)
        if judgement.label != "trained_model":
            continue
        rewrite = suggest_rewrite(text, judgement)
        assert rewrite is not None, text
        assert any(USE_OR_TRIAL.search(q) for q in rewrite.questions), (text, rewrite.questions)
        assert not any("once the model was live" in q for q in rewrite.questions)


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_every_rewrite_stays_within_its_length_budget(gold: Path) -> None:
    slack = 16  # the link words around the placeholders ("; when ", " and ")
    for text in bullets(gold):
        rewrite = suggest_rewrite(text, label_bullet(text))
        if rewrite is not None:
            budget = max(LENGTH_FACTOR * len(text), MIN_ADDED) + slack
            assert len(rewrite.text) - len(text) <= budget, (text, rewrite.text)


def test_the_samples_are_there() -> None:
    assert sum(len(bullets(g)) for g in GOLD) >= 50
