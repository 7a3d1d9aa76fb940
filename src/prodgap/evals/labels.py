"""How well a labelling backend agrees with the gold labels: accuracy, macro-F1, the misses."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prodgap.errors import InputError
from prodgap.label import label_bullet
from prodgap.models import LABELS, Judgement

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "data" / "labels_gold.jsonl"
"""The gold set shipped inside the package."""

SPLITS = ("test", "train", "all")


@dataclass(frozen=True)
class ClassScore:
    """Precision, recall and F1 of one label."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Miss:
    """A gold bullet the backend labelled differently."""

    id: str
    text: str
    gold: str
    predicted: str
    hard: bool


@dataclass(frozen=True)
class LabelScores:
    """The measured agreement of a backend with one split of the gold set."""

    split: str
    total: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScore]
    confusion: dict[str, dict[str, int]]
    """gold label -> predicted label -> count."""
    hard_total: int
    hard_accuracy: float | None
    misses: list[Miss]


def evaluate_labels(
    gold_path: str | Path = DEFAULT_GOLD,
    *,
    split: str = "test",
    judge: Callable[[str], Judgement] = label_bullet,
) -> LabelScores:
    """Label every gold bullet of ``split`` with ``judge`` and score it against the gold label."""
    rows = _load_gold(Path(gold_path), split)
    predicted = [judge(row["text"]).label for row in rows]
    confusion: dict[str, dict[str, int]] = {g: {p: 0 for p in LABELS} for g in LABELS}
    for row, pred in zip(rows, predicted, strict=True):
        confusion[row["label"]][pred] += 1
    per_class: dict[str, ClassScore] = {lb: _class_score(confusion, lb) for lb in LABELS}
    correct = [row["label"] == pred for row, pred in zip(rows, predicted, strict=True)]
    hard = [ok for row, ok in zip(rows, correct, strict=True) if row["hard"]]
    return LabelScores(
        split=split,
        total=len(rows),
        accuracy=sum(correct) / len(rows),
        macro_f1=sum(c.f1 for c in per_class.values()) / len(per_class),
        per_class=per_class,
        confusion=confusion,
        hard_total=len(hard),
        hard_accuracy=sum(hard) / len(hard) if hard else None,
        misses=[
            Miss(row["id"], row["text"], row["label"], pred, row["hard"])
            for row, pred, ok in zip(rows, predicted, correct, strict=True)
            if not ok
        ],
    )


def format_label_scores(scores: LabelScores) -> str:
    """A plain-text report: headline numbers, per-class table, confusion matrix, misses."""
    hard = f"{scores.hard_accuracy:.3f}" if scores.hard_accuracy is not None else "n/a"
    lines = [
        f"split: {scores.split}   bullets: {scores.total}   hard: {scores.hard_total}",
        f"accuracy: {scores.accuracy:.3f}   macro-F1: {scores.macro_f1:.3f}   "
        f"hard accuracy: {hard}",
        "",
        f"{'label':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>5}",
    ]
    for label, c in scores.per_class.items():
        lines.append(f"{label:<16}{c.precision:>10.3f}{c.recall:>8.3f}{c.f1:>7.3f}{c.support:>5}")
    lines += ["", "confusion (rows: gold, columns: predicted)", _confusion_table(scores)]
    lines += ["", f"misses: {len(scores.misses)}"]
    for miss in scores.misses:
        flag = " [hard]" if miss.hard else ""
        lines.append(f"  {miss.id}{flag}: gold {miss.gold}, got {miss.predicted}")
        lines.append(f"      {miss.text}")
    return "\n".join(lines)


def _load_gold(path: Path, split: str) -> list[dict]:
    """The gold rows of one split; a bad file or split is the user's error."""
    if split not in SPLITS:
        raise InputError(path, f"unknown split {split!r} (use one of {', '.join(SPLITS)})")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot read the gold set: {exc.strerror or exc}") from exc
    rows = [_parse_row(path, n, line) for n, line in enumerate(lines, 1) if line.strip()]
    chosen = [row for row in rows if split == "all" or row["split"] == split]
    if not chosen:
        raise InputError(path, f"no gold bullets in split {split!r}")
    return chosen


def _parse_row(path: Path, number: int, line: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {number} is not JSON: {exc.msg}") from exc
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        raise InputError(path, f"line {number} has no text")
    if row.get("label") not in LABELS:
        raise InputError(path, f"line {number} has an unknown label {row.get('label')!r}")
    return {
        "id": str(row.get("id", number)),
        "text": row["text"],
        "label": row["label"],
        "hard": bool(row.get("hard", False)),
        "split": row.get("split", "test"),
    }


def _class_score(confusion: dict[str, dict[str, int]], label: str) -> ClassScore:
    true_pos = confusion[label][label]
    predicted = sum(row[label] for row in confusion.values())
    support = sum(confusion[label].values())
    precision = true_pos / predicted if predicted else 0.0
    recall = true_pos / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScore(precision, recall, f1, support)


def _confusion_table(scores: LabelScores) -> str:
    header = " " * 16 + "".join(f"{p:>16}" for p in LABELS)
    rows = [
        f"{gold:<16}" + "".join(f"{scores.confusion[gold][p]:>16}" for p in LABELS)
        for gold in LABELS
    ]
    return "\n".join([header, *rows])
