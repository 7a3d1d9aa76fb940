"""The extraction eval: scoring, and the bar the sample corpus must clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLES
from prodgap.evals.extraction import evaluate_extraction, format_extraction_scores


def test_scores_count_exact_whitespace_normalized_matches(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("## Experience\n- Built  it.\n- Ran it.\n", encoding="utf-8")
    gold = {
        "source": "a.md",
        "bullets": [
            {"text": "Built it.", "section": "Experience"},
            {"text": "Shipped it.", "section": "Experience"},
        ],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate_extraction(tmp_path)
    (score,) = scores.files
    assert (score.gold, score.found, score.matched) == (2, 2, 1)
    assert score.precision == score.recall == score.f1 == 0.5
    assert score.missed == ["Shipped it."] and score.extra == ["Ran it."]
    table = format_extraction_scores(scores)
    assert "a.md" in table and "overall" in table and "0.500" in table


@pytest.mark.skipif(not list(SAMPLES.glob("*.gold.json")), reason="no sample corpus")
def test_sample_corpus_meets_the_bar() -> None:
    scores = evaluate_extraction(SAMPLES)
    report = format_extraction_scores(scores, verbose=True)
    assert scores.overall.f1 >= 0.97, report
    assert all(f.f1 >= 0.9 for f in scores.files), report


EVAL = Path(__file__).parents[1] / "eval"
# The held-out sets, each pinned a little under what it measures now. They were independent
# when first measured (see the README for those numbers); fixed since, they guard regressions.
HELD_OUT_FLOORS = {
    "holdout": 0.97,
    "holdout2": 0.97,
    "holdout3": 0.97,
    "holdout4": 0.97,
    "holdout5": 0.95,
    "holdout6": 0.97,
    "holdout7": 0.97,
    "holdout8": 0.93,
    "holdout9": 0.97,
    "holdout10": 0.97,
}


@pytest.mark.parametrize(("name", "floor"), HELD_OUT_FLOORS.items())
def test_held_out_extraction_sets_hold_their_floors(name: str, floor: float) -> None:
    scores = evaluate_extraction(EVAL / name)
    report = format_extraction_scores(scores, verbose=True)
    assert scores.files and scores.overall.f1 >= floor, report


def test_section_letter_case_is_styling_not_a_mismatch(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("## Experience\n- Built it.\n", encoding="utf-8")
    gold = {"source": "a.md", "bullets": [{"text": "Built it.", "section": "EXPERIENCE"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (score,) = evaluate_extraction(tmp_path).files
    assert score.section_matched == 1
