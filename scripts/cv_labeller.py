"""Cross-validate both labellers on the real train split, by resume; print the error analysis.

Each fold holds out some real train resumes; the linear labeller is trained as
scripts/train_labeller.py trains it (same features, vocabulary rule and settings) on every
synthetic set plus the real train resumes of the other folds, and labels the held-out ones; the
procedure labels them too, with its step confidences taken from the same training rows. The
linear model's temperature is fitted on the pooled held-out scores. Printed: per-fold and pooled
macro-F1 and per-class recall, the pooled confusion matrix and reliability table, and (with
``--misses``) every held-out bullet each labeller got wrong: the error analysis set. The real
test split is never read.

Usage:
    python scripts/cv_labeller.py --real DIR                 # five folds by resume
    python scripts/cv_labeller.py --real DIR --folds 0       # leave one resume out
    python scripts/cv_labeller.py --real DIR --misses linear # and the linear labeller's misses
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import train_labeller as training

from prodgap.decide import (
    Decision,
    Reading,
    linear_decision,
    linear_logits,
    step_confidence,
)
from prodgap.evals.labels import RELIABILITY_EDGES
from prodgap.evals.training import TrainingRow, real_rows, synthetic_rows
from prodgap.label import read_bullets
from prodgap.models import LABELS


@dataclass
class Prediction:
    """One held-out real bullet as each labeller labelled it."""

    row: TrainingRow
    fold: int
    procedure: Decision
    linear: Decision | None = None


def fold_of(rows: list[TrainingRow], folds: int) -> dict[str, int]:
    """Each real resume's fold: hashed into ``folds`` folds, or one each when ``folds`` is 0."""
    resumes = sorted({row.group for row in rows})
    if folds == 0:
        return {resume: n for n, resume in enumerate(resumes)}
    return {resume: training.resume_fold(resume, folds) for resume in resumes}


def cross_validate(real: list[TrainingRow], folds: int, c: float) -> list[Prediction]:
    """Every real train bullet, labelled by both labellers trained without its resume's fold."""
    training.C = c
    synthetic = synthetic_rows()
    rows = synthetic + real
    found, decisions = training.featurize(rows)
    readings = read_bullets([row.bullet for row in real])
    folds_by_resume = fold_of(real, folds)
    predictions: list[Prediction] = []
    logits: list[list[float]] = []
    models: dict[int, dict] = {}
    offset = len(synthetic)
    for fold in sorted(set(folds_by_resume.values())):
        keep = [i for i, row in enumerate(rows) if folds_by_resume.get(row.group) != fold]
        held = [i for i, row in enumerate(real) if folds_by_resume[row.group] == fold]
        kept_rows = [rows[i] for i in keep]
        steps = training.step_confidence(kept_rows, [decisions[i] for i in keep])
        models[fold] = training.linear_part(kept_rows, [found[i] for i in keep], 1.0)
        for i in held:
            procedure = _with_confidence(decisions[offset + i], readings[i], steps)
            predictions.append(Prediction(real[i], fold, procedure))
            logits.append(linear_logits(found[offset + i], models[fold]))
    temperature = training.fit_temperature(logits, [p.row.label for p in predictions])
    index = {row.id: n for n, row in enumerate(real)}
    for prediction in predictions:
        model = {**models[prediction.fold], "temperature": temperature}
        reading: Reading = readings[index[prediction.row.id]]
        prediction.linear = linear_decision(reading, prediction.procedure, model)
    print(f"linear temperature fitted on the held-out scores: {temperature}")
    return predictions


def _with_confidence(decision: Decision, reading: Reading, steps: dict[str, float]) -> Decision:
    confidence = step_confidence(decision.step, reading.context, steps)
    return Decision(
        decision.label, confidence, decision.alternative, decision.step, decision.context_note
    )


def scores(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, tuple[float, float]]]:
    """Macro-F1 and per-class (precision, recall) of (gold, predicted) pairs."""
    per_class = {}
    for label in LABELS:
        hits = sum(g == p == label for g, p in pairs)
        predicted = sum(p == label for _, p in pairs)
        support = sum(g == label for g, _ in pairs)
        per_class[label] = (
            hits / predicted if predicted else 0.0,
            hits / support if support else 0.0,
        )
    f1s = [2 * p * r / (p + r) if p + r else 0.0 for p, r in per_class.values()]
    return sum(f1s) / len(f1s), per_class


def _decision(prediction: Prediction, labeller: str) -> Decision:
    decision = prediction.procedure if labeller == "procedure" else prediction.linear
    assert decision is not None
    return decision


def print_report(predictions: list[Prediction], labellers: tuple[str, ...]) -> None:
    short = {"trained_model": "trained", "shipped_system": "shipped", "other": "other"}
    print(f"\nper fold (held-out real train resumes): macro-F1, recall {'/'.join(short.values())}")
    for fold in sorted({p.fold for p in predictions}):
        inside = [p for p in predictions if p.fold == fold]
        cells = []
        for labeller in labellers:
            f1, per_class = scores([(p.row.label, _decision(p, labeller).label) for p in inside])
            recalls = "/".join(f"{per_class[lb][1]:.2f}" for lb in LABELS)
            cells.append(f"{labeller} {f1:.3f} ({recalls})")
        resumes = len({p.row.group for p in inside})
        print(
            f"  fold {fold:>2} ({resumes:>2} resumes, {len(inside):>3} bullets): "
            + "; ".join(cells)
        )
    for labeller in labellers:
        decided = [(p, _decision(p, labeller)) for p in predictions]
        pairs = [(p.row.label, d.label) for p, d in decided]
        f1, per_class = scores(pairs)
        accuracy = sum(g == q for g, q in pairs) / len(pairs)
        print(f"\n== {labeller}, pooled over {len(pairs)} held-out real train bullets")
        print(f"accuracy {accuracy:.3f}   macro-F1 {f1:.3f}")
        for label, (precision, recall) in per_class.items():
            print(f"  {label:<16} precision {precision:.3f}  recall {recall:.3f}")
        print("confusion (rows: gold, columns: predicted)")
        print(" " * 18 + "".join(f"{short[lb]:>10}" for lb in LABELS))
        for gold in LABELS:
            counts = [sum(g == gold and q == lb for g, q in pairs) for lb in LABELS]
            print(f"  {gold:<16}" + "".join(f"{n:>10}" for n in counts))
        print_reliability([(d.confidence, d.label == p.row.label) for p, d in decided])
        print_by_language(decided)


def print_by_language(decided: list[tuple[Prediction, Decision]]) -> None:
    """Accuracy of English resumes' bullets and of the rest (the manifest's language)."""
    manifest = Path("eval/real/manifest.jsonl").read_text("utf-8").splitlines()
    language = {e["id"]: e.get("language", "?") for e in map(json.loads, filter(None, manifest))}
    for name, inside in (("English", True), ("not English", False)):
        right = [
            d.label == p.row.label
            for p, d in decided
            if (language.get(p.row.group) == "en") == inside
        ]
        if right:
            print(f"  {name} resumes: accuracy {sum(right) / len(right):.3f} of {len(right)}")


def print_reliability(pairs: list[tuple[float, bool]]) -> None:
    """Accuracy per confidence bin, and of the bullets at or above each threshold."""
    print("reliability (confidence -> right, bullets)")
    edges = RELIABILITY_EDGES
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [ok for conf, ok in pairs if low <= conf < high or (high == 1.0 == conf)]
        shown = f"{sum(inside) / len(inside):.3f}" if inside else "-"
        print(f"  {low:.1f}-{high:.1f}  {shown:>6}  {len(inside):>4}")
    for threshold in (0.5, 0.6, 0.7, 0.8):
        above = [ok for conf, ok in pairs if conf >= threshold]
        below = [ok for conf, ok in pairs if conf < threshold]
        right = f"{sum(above) / len(above):.3f}" if above else "-"
        under = f"{sum(below) / len(below):.3f}" if below else "-"
        print(
            f"  confidence >= {threshold}: right {right} of {len(above)}; "
            f"below it right {under} of {len(below)}"
        )


def print_misses(predictions: list[Prediction], labeller: str) -> None:
    misses = [(p, _decision(p, labeller)) for p in predictions]
    misses = [(p, d) for p, d in misses if d.label != p.row.label]
    print(f"\nmisses of {labeller}: {len(misses)}")
    for p, d in sorted(misses, key=lambda m: (m[0].row.label, m[1].label, m[0].row.id)):
        bullet = p.row.bullet
        print(
            f"  {p.row.id} gold {p.row.label}, got {d.label} ({d.confidence:.2f}, {d.step})"
            f" | {bullet.section_kind} | {bullet.section} | {bullet.entry}"
        )
        print(f"      {bullet.text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, required=True, help="the rebuilt real corpus")
    parser.add_argument("--folds", type=int, default=5, help="folds by resume; 0: one per resume")
    parser.add_argument("--c", type=float, default=training.C, help="the linear model's C")
    parser.add_argument("--real-weight", type=float, default=training.REAL_WEIGHT)
    parser.add_argument("--misses", choices=("procedure", "linear"), action="append", default=[])
    args = parser.parse_args()
    training.REAL_WEIGHT = args.real_weight
    real = real_rows(args.real)
    predictions = cross_validate(real, args.folds, args.c)
    print_report(predictions, ("procedure", "linear"))
    for labeller in args.misses:
        print_misses(predictions, labeller)
    return 0


if __name__ == "__main__":
    sys.exit(main())
