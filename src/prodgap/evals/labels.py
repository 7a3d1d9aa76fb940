"""How well a labelling backend agrees with the gold set: labels (accuracy, macro-F1, misses)
and, on the rows annotated with one, the production arc (per-part precision and recall)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prodgap.decide import UNSURE_BELOW, LabellerName
from prodgap.errors import InputError
from prodgap.label import label_bullets
from prodgap.models import ARC_PARTS, LABELS, SECTION_KINDS, Bullet, Judgement

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "data" / "labels_gold.jsonl"
"""The gold set shipped inside the package."""

SPLITS = ("test", "train", "all")

Judge = Callable[[Bullet], Judgement]
"""What the eval measures: a bullet with its context in, a judgement out. A judge may also have
``prefetch(bullets)``, to judge them all at once before being asked one by one."""


class RulesJudge:
    """The offline labeller as a judge. Given the bullets first (``prefetch``), it reads them
    in order, as in a resume, so each is judged with what its role's other bullets say."""

    def __init__(self, labeller: LabellerName | None = None) -> None:
        self.labeller = labeller
        self._judged: dict[int, Judgement] = {}

    def prefetch(self, bullets: list[Bullet]) -> None:
        judgements = label_bullets(bullets, labeller=self.labeller)
        self._judged = {id(b): j for b, j in zip(bullets, judgements, strict=True)}

    def __call__(self, bullet: Bullet) -> Judgement:
        judged = self._judged.get(id(bullet))
        return judged if judged is not None else label_bullets([bullet], labeller=self.labeller)[0]


def rules_judge(bullet: Bullet, labeller: LabellerName | None = None) -> Judgement:
    """The offline labeller judging one bullet alone."""
    return label_bullets([bullet], labeller=labeller)[0]


RELIABILITY_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
"""Confidence bins of the reliability table: [0, 0.5), [0.5, 0.6), ... [0.9, 1.0]."""
CONFIDENT = 0.8
"""The issue's bar: bullets given at least this confidence must be right 90% of the time."""


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
class ArcPartScore:
    """Precision and recall of finding one arc part present, on the arc-annotated rows."""

    precision: float
    recall: float
    support: int
    """Annotated rows where the gold arc has the part."""
    predicted: int
    """Annotated rows where the backend found the part."""


@dataclass(frozen=True)
class ArcMiss:
    """An arc-annotated gold bullet whose arc the backend got wrong."""

    id: str
    text: str
    missed: list[str]
    """Parts in the gold arc the backend did not find."""
    extra: list[str]
    """Parts the backend found that the gold arc does not have."""


@dataclass(frozen=True)
class ReliabilityBin:
    """How often the labels given a confidence in ``[low, high)`` were right."""

    low: float
    high: float
    count: int
    accuracy: float | None
    """None when no bullet fell in the bin."""


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
    arc_total: int = 0
    """Rows of the split annotated with an arc."""
    arc: dict[str, ArcPartScore] | None = None
    """Per arc part; None when no row of the split is annotated."""
    arc_misses: list[ArcMiss] | None = None
    reliability: list[ReliabilityBin] | None = None
    """Confidence bins with their accuracy and counts."""
    unsure: int = 0
    """Bullets the judge marked unsure."""


def evaluate_labels(
    gold_path: str | Path = DEFAULT_GOLD,
    *,
    split: str = "test",
    judge: Judge | None = None,
) -> LabelScores:
    """Judge every gold bullet of ``split``; score the labels, and the arcs where annotated."""
    return evaluate_label_rows(load_gold(Path(gold_path), split), split=split, judge=judge)


def evaluate_label_rows(rows: list[dict], *, split: str, judge: Judge | None = None) -> LabelScores:
    """Score a judge on gold rows (``text``, ``label``, ``hard``, ``arc``, ``id``, and the
    context a row may carry: ``section``, ``section_kind``, ``entry``)."""
    bullets = [row_bullet(row) for row in rows]
    judge = judge or RulesJudge()
    prefetch = getattr(judge, "prefetch", None)
    if prefetch is not None:
        prefetch(bullets)  # an LLM judge batches; the rules read each resume's bullets in order
    judgements = [judge(bullet) for bullet in bullets]
    predicted = [j.label for j in judgements]
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
        **_arc_scores(rows, judgements),
        reliability=reliability(judgements, correct),
        unsure=sum(j.unsure for j in judgements),
    )


def reliability(judgements: list[Judgement], correct: list[bool]) -> list[ReliabilityBin]:
    """Accuracy per confidence bin (the last bin includes 1.0)."""
    bins = []
    edges = RELIABILITY_EDGES
    for low, high in zip(edges, edges[1:], strict=False):
        last = high == edges[-1]
        inside = [
            ok
            for j, ok in zip(judgements, correct, strict=True)
            if low <= j.confidence < high or (last and j.confidence == high)
        ]
        accuracy = sum(inside) / len(inside) if inside else None
        bins.append(ReliabilityBin(low, high, len(inside), accuracy))
    return bins


def confident_accuracy(
    scores: LabelScores, threshold: float = CONFIDENT
) -> tuple[float | None, int]:
    """Accuracy and count of the bullets given at least ``threshold`` confidence."""
    chosen = [b for b in scores.reliability or [] if b.low >= threshold and b.count]
    count = sum(b.count for b in chosen)
    if not count:
        return None, 0
    return sum(b.count * (b.accuracy or 0.0) for b in chosen) / count, count


def row_bullet(row: dict) -> Bullet:
    """A gold row as the bullet a judge sees: its text and whatever context the row has."""
    return Bullet(
        text=row["text"],
        section=row.get("section") or "",
        section_kind=row.get("section_kind") or "other",
        entry=row.get("entry"),
    )


def format_label_scores(scores: LabelScores, *, misses: bool = True) -> str:
    """A plain-text report: headline numbers, per-class table, confusion matrix, and (with
    ``misses``) every bullet labelled wrong: off for a test split that must stay unread."""
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
    lines += _reliability_lines(scores)
    lines += _arc_lines(scores)
    lines += ["", f"misses: {len(scores.misses)}"]
    if not misses:
        return "\n".join(lines)
    for miss in scores.misses:
        flag = " [hard]" if miss.hard else ""
        lines.append(f"  {miss.id}{flag}: gold {miss.gold}, got {miss.predicted}")
        lines.append(f"      {miss.text}")
    for arc_miss in scores.arc_misses or []:
        wrong = [f"missed {p}" for p in arc_miss.missed] + [f"extra {p}" for p in arc_miss.extra]
        lines.append(f"  {arc_miss.id} arc: {', '.join(wrong)}")
        lines.append(f"      {arc_miss.text}")
    return "\n".join(lines)


def _arc_scores(rows: list[dict], judgements: list[Judgement]) -> dict:
    """Per-part precision/recall of arc presence over the rows that carry a gold arc."""
    pairs = [
        (row, set(j.arc.present()))
        for row, j in zip(rows, judgements, strict=True)
        if row["arc"] is not None
    ]
    if not pairs:
        return {}
    per_part: dict[str, ArcPartScore] = {}
    for part in ARC_PARTS:
        gold = [part in row["arc"] for row, _ in pairs]
        found = [part in present for _, present in pairs]
        hits = sum(g and f for g, f in zip(gold, found, strict=True))
        per_part[part] = ArcPartScore(
            precision=hits / sum(found) if any(found) else 0.0,
            recall=hits / sum(gold) if any(gold) else 0.0,
            support=sum(gold),
            predicted=sum(found),
        )
    misses = [
        ArcMiss(
            row["id"],
            row["text"],
            [p for p in ARC_PARTS if p in row["arc"] and p not in present],
            [p for p in ARC_PARTS if p in present and p not in row["arc"]],
        )
        for row, present in pairs
        if present != set(row["arc"])
    ]
    return {"arc_total": len(pairs), "arc": per_part, "arc_misses": misses}


def _reliability_lines(scores: LabelScores) -> list[str]:
    if not scores.reliability:
        return []
    lines = ["", "reliability (confidence -> how often the label was right)"]
    lines.append(f"{'confidence':<16}{'accuracy':>10}{'n':>6}")
    for b in scores.reliability:
        shown = "-" if b.accuracy is None else f"{b.accuracy:.3f}"
        lines.append(f"{f'{b.low:.1f}-{b.high:.1f}':<16}{shown:>10}{b.count:>6}")
    accuracy, count = confident_accuracy(scores)
    shown = "n/a" if accuracy is None else f"{accuracy:.3f}"
    lines.append(f"confidence >= {CONFIDENT}: right {shown} of {count} bullets (target >= 0.90)")
    lines.append(f"unsure (below {UNSURE_BELOW}): {scores.unsure} of {scores.total}")
    return lines


def _arc_lines(scores: LabelScores) -> list[str]:
    if scores.arc is None:
        return ["", "arc: no rows of this split are annotated with an arc"]
    lines = [
        "",
        f"arc presence on {scores.arc_total} annotated bullets",
        f"{'part':<16}{'precision':>10}{'recall':>8}{'gold':>6}{'found':>7}",
    ]
    for part, a in scores.arc.items():
        lines.append(
            f"{part:<16}{a.precision:>10.3f}{a.recall:>8.3f}{a.support:>6}{a.predicted:>7}"
        )
    return lines


def load_gold(path: Path, split: str) -> list[dict]:
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
    arc = row.get("arc")
    if arc is not None and (not isinstance(arc, list) or not set(arc) <= set(ARC_PARTS)):
        raise InputError(path, f"line {number} has an arc that is not a list of arc parts")
    kind = row.get("section_kind")
    if kind is not None and kind not in SECTION_KINDS:
        raise InputError(path, f"line {number} has an unknown section_kind {kind!r}")
    return {
        "id": str(row.get("id", number)),
        "text": row["text"],
        "label": row["label"],
        "hard": bool(row.get("hard", False)),
        "split": row.get("split", "test"),
        "arc": arc,
        "section": row.get("section"),
        "section_kind": kind,
        "entry": row.get("entry"),
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
