"""The labelling eval: the gold set's shape, the measured floors, and the report."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from prodgap.errors import InputError
from prodgap.evals.labels import (
    DEFAULT_GOLD,
    confident_accuracy,
    evaluate_labels,
    format_label_scores,
    rules_judge,
)
from prodgap.label import label_bullet
from prodgap.models import ARC_PARTS, LABELS, Arc, Bullet, Judgement, Span

ROWS = [json.loads(line) for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()]

# Measured on the test split (never trained or tuned on), default labeller (linear): macro-F1
# 0.971, accuracy 0.978, recall trained 0.972 / shipped 1.000 / other 0.941 (the decision
# procedure: macro-F1 0.956). Floors sit 0.03 under, so regressions fail.
FLOORS = {"macro_f1": 0.94, "accuracy": 0.95}
RECALL_FLOORS = {"trained_model": 0.94, "shipped_system": 0.97, "other": 0.91}
PROCEDURE_MACRO_F1_FLOOR = 0.92
# Arc presence on the annotated test rows (never tuned on), as (precision, recall):
# problem 1.000/1.000 (14 rows, audiences included), system 0.981/0.963, broke 0.923/1.000,
# fix 0.941/1.000.
ARC_FLOORS = {
    "problem": (0.80, 0.80),
    "system": (0.95, 0.91),
    "broke": (0.88, 0.95),
    "fix": (0.90, 0.95),
}


def test_gold_set_shape() -> None:
    assert len(ROWS) >= 250
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    assert len({r["text"] for r in ROWS}) == len(ROWS)
    for row in ROWS:
        assert set(row) - {"arc", "relabelled_from"} == {
            "id",
            "text",
            "label",
            "hard",
            "split",
            "note",
        }
        assert row["label"] in LABELS and isinstance(row["hard"], bool)
    hard = sum(r["hard"] for r in ROWS) / len(ROWS)
    assert 0.15 <= hard <= 0.35


def test_arc_annotations_cover_both_splits_and_every_label() -> None:
    annotated = [r for r in ROWS if "arc" in r]
    assert len(annotated) >= 150
    for row in annotated:
        assert row["arc"] == [p for p in ARC_PARTS if p in row["arc"]]
    for split in ("train", "test"):
        assert {r["label"] for r in annotated if r["split"] == split} == set(LABELS)
        present = {p for r in annotated if r["split"] == split for p in r["arc"]}
        assert present == set(ARC_PARTS)


def test_split_is_a_hash_of_the_id() -> None:
    for row in ROWS:
        bucket = int(hashlib.sha256(row["id"].encode()).hexdigest(), 16) % 100
        assert row["split"] == ("test" if bucket < 30 else "train")
    # The alt- rows were written later, for the train split only (ids kept that hash to it),
    # so the share is measured on the rows written before them.
    first = [r for r in ROWS if not r["id"].startswith("alt-")]
    share = sum(r["split"] == "test" for r in first) / len(first)
    assert 0.25 <= share <= 0.35
    assert all(r["split"] == "train" for r in ROWS if r["id"].startswith("alt-"))
    for split in ("train", "test"):
        assert set(Counter(r["label"] for r in ROWS if r["split"] == split)) == set(LABELS)


def test_the_procedure_holds_its_floor_on_the_test_split() -> None:
    judge = partial(rules_judge, labeller="procedure")
    assert evaluate_labels(split="test", judge=judge).macro_f1 >= PROCEDURE_MACRO_F1_FLOOR


def test_confident_labels_are_mostly_right() -> None:
    """The issue's bar, on the split nothing is trained on: confidence >= 0.8 is right >= 90%."""
    for labeller in ("linear", "procedure"):
        scores = evaluate_labels(split="test", judge=partial(rules_judge, labeller=labeller))
        accuracy, count = confident_accuracy(scores)
        # Enough confident bullets that the bar means something: the procedure's confidence is
        # each step's accuracy on the real training rows, so it gives fewer (51 of the set's
        # test bullets since rounds 28 to 30 joined the training data; 74 before).
        assert accuracy is not None and accuracy >= 0.9 and count >= 45, labeller
        assert scores.reliability and sum(b.count for b in scores.reliability) == scores.total


def test_rules_engine_holds_its_floors_on_the_test_split() -> None:
    scores = evaluate_labels(split="test")
    assert scores.macro_f1 >= FLOORS["macro_f1"]
    assert scores.accuracy >= FLOORS["accuracy"]
    for label, floor in RECALL_FLOORS.items():
        assert scores.per_class[label].recall >= floor, label


def test_arc_detection_holds_its_floors_on_the_test_split() -> None:
    scores = evaluate_labels(split="test")
    assert scores.arc is not None and scores.arc_total >= 45
    for part, (precision, recall) in ARC_FLOORS.items():
        assert scores.arc[part].precision >= precision, part
        assert scores.arc[part].recall >= recall, part


def test_report_lists_the_numbers_and_the_misses() -> None:
    scores = evaluate_labels(split="test")
    report = format_label_scores(scores)
    for heading in ("accuracy:", "macro-F1:", "precision", "recall", "confusion", "misses:"):
        assert heading in report
    assert "arc presence on" in report
    for miss in scores.misses:
        assert miss.id in report and miss.text in report
    for arc_miss in scores.arc_misses or []:
        assert f"{arc_miss.id} arc:" in report


def test_the_misses_are_listed_only_when_asked() -> None:
    """A test split is scored without being read: its bullets show only with -v."""
    scores = evaluate_labels(split="all")
    assert scores.misses and scores.arc_misses
    quiet = format_label_scores(scores, misses=False)
    assert f"misses: {len(scores.misses)}" in quiet
    assert not any(m.text in quiet for m in scores.misses)
    assert not any(m.text in quiet for m in scores.arc_misses or [])


def test_any_judge_can_be_measured(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "text": "x", "label": "other", "hard": False, "split": "test"},
        {"id": "b", "text": "y", "label": "shipped_system", "hard": True, "split": "test"},
        {"id": "c", "text": "z", "label": "trained_model", "hard": False, "split": "train"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    scores = evaluate_labels(
        gold, split="all", judge=lambda _: Judgement(label="other", confidence=1)
    )
    assert scores.total == 3
    assert scores.per_class["other"].recall == 1.0
    assert scores.per_class["shipped_system"].recall == 0.0
    assert [m.id for m in scores.misses] == ["b", "c"]
    assert scores.hard_total == 1 and scores.hard_accuracy == 0.0
    assert scores.confusion["shipped_system"]["other"] == 1
    assert scores.arc is None and "no rows of this split" in format_label_scores(scores)


def test_arc_presence_is_scored_per_part(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "text": "x", "label": "other", "split": "test", "arc": ["broke"]},
        {"id": "b", "text": "y", "label": "other", "split": "test", "arc": []},
        {"id": "c", "text": "z", "label": "other", "split": "test"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    span = Span(start=0, end=1, text="x")
    judgement = Judgement(label="other", confidence=1, arc=Arc(broke=span, fix=span))
    scores = evaluate_labels(gold, judge=lambda _: judgement)
    assert scores.arc_total == 2 and scores.arc is not None
    assert (scores.arc["broke"].precision, scores.arc["broke"].recall) == (0.5, 1.0)
    assert (scores.arc["fix"].precision, scores.arc["fix"].predicted) == (0.0, 2)
    assert scores.arc["problem"].support == 0
    assert [(m.id, m.missed, m.extra) for m in scores.arc_misses or []] == [
        ("a", [], ["fix"]),
        ("b", [], ["broke", "fix"]),
    ]


@pytest.mark.parametrize(
    ("content", "split", "problem"),
    [
        (None, "test", "cannot read"),
        ("not json\n", "test", "not JSON"),
        ('{"text": "x", "label": "maybe"}\n', "test", "unknown label"),
        ('{"text": "x", "label": "other", "split": "train"}\n', "test", "no gold bullets"),
        ('{"text": "x", "label": "other"}\n', "dev", "unknown split"),
        ('{"text": "x", "label": "other", "arc": ["oops"]}\n', "test", "arc"),
        ('{"text": "x", "label": "other", "section_kind": "job"}\n', "test", "section_kind"),
    ],
)
def test_bad_gold_files_are_user_errors(
    tmp_path: Path, content: str | None, split: str, problem: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    if content is not None:
        gold.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        evaluate_labels(gold, split=split)


def test_a_judge_that_can_batch_is_given_every_text_first(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "text": "Served the model at 2k QPS", "label": "shipped_system", "hard": False,
         "split": "test"},
        {"id": "b", "text": "Mentored two interns", "label": "other", "hard": False,
         "split": "test"},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    calls: list[object] = []

    class BatchingJudge:
        def prefetch(self, bullets: list[Bullet]) -> None:
            calls.append([b.text for b in bullets])

        def __call__(self, bullet: Bullet) -> Judgement:
            calls.append(bullet.text)
            return label_bullet(bullet.text)

    scores = evaluate_labels(gold, split="test", judge=BatchingJudge())
    assert calls[0] == [r["text"] for r in rows]
    assert scores.total == 2


def test_a_row_s_context_reaches_the_judge(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    row = {"id": "a", "text": "Built a shell in C", "label": "trained_model", "split": "test",
           "section": "Projects", "section_kind": "projects", "entry": "OS course"}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    seen: list[Bullet] = []

    def judge(bullet: Bullet) -> Judgement:
        seen.append(bullet)
        return Judgement(label="trained_model", confidence=1)

    evaluate_labels(gold, judge=judge)
    assert [(b.section, b.section_kind, b.entry) for b in seen] == [
        ("Projects", "projects", "OS course")
    ]


HELD_OUT = Path(__file__).parents[1] / "eval"


@pytest.mark.parametrize(
    ("name", "procedure", "linear"),
    [
        ("holdout_labels.jsonl", 0.93, 0.97),
        ("holdout_arcs.jsonl", 0.93, 0.97),
        ("holdout_labels3.jsonl", 0.92, 0.97),
        ("holdout_labels4.jsonl", 0.93, 0.97),
        ("holdout_labels5.jsonl", 0.86, 0.93),
        ("holdout_labels6.jsonl", 0.91, 0.97),
        ("holdout_labels7.jsonl", 0.91, 0.93),
        ("holdout_labels8.jsonl", 0.83, 0.93),
    ],
)
def test_independent_label_sets_hold_their_floors(
    name: str, procedure: float, linear: float
) -> None:
    """Pinned 0.03 under today's macro-F1 on the re-labelled sets (eval/RELABEL.md). The linear
    labeller is trained on these sets, so its floor only proves the shipped file still fits
    them (holdout_labels5 less tightly since C 0.1: 0.953; holdout_labels8 and 7 since rounds
    7-16 of the real corpus joined its training rows: 0.975 and 0.966); its out-of-set numbers are
    scripts/compare_labellers.py's (README)."""
    for labeller, floor in (("procedure", procedure), ("linear", linear)):
        judge = partial(rules_judge, labeller=labeller)
        assert evaluate_labels(HELD_OUT / name, split="all", judge=judge).macro_f1 >= floor
