"""Compare the two labellers by leave-one-set-out over the synthetic sets; print the table.

For each synthetic set, the linear labeller is trained on the other sets (as
scripts/train_labeller.py trains it, same features and settings) and measured on the set left
out; the decision procedure, which is not trained, is measured on the same rows. The built-in
set is measured on its test split, which nothing is trained on. The procedure was written with
every synthetic set in view, so its column is not out-of-sample in the same way: real resumes
decide between them (``scripts/cv_labeller.py --real DIR``, cross-validated by resume).

Usage:
    python scripts/compare_labellers.py            # the table
    python scripts/compare_labellers.py --sweep    # mean macro-F1 of the linear one per C
"""

from __future__ import annotations

import argparse
import json

import train_labeller as training

from prodgap.decide import MODEL_PATH, softmax
from prodgap.evals.labels import DEFAULT_GOLD, RELIABILITY_EDGES, load_gold
from prodgap.evals.training import TrainingRow, _row, synthetic_rows
from prodgap.models import LABELS


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    total = 0.0
    for label in LABELS:
        hits = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        precision = hits / max(sum(p == label for p in predicted), 1)
        recall = hits / max(sum(g == label for g in gold), 1)
        total += 2 * precision * recall / (precision + recall) if hits else 0.0
    return total / len(LABELS)


def held_out_sets() -> tuple[list[TrainingRow], dict[str, list[TrainingRow]]]:
    """The training rows, and per set the rows it is measured on when left out."""
    rows = synthetic_rows()
    measured: dict[str, list[TrainingRow]] = {}
    for row in rows:
        measured.setdefault(row.group, []).append(row)
    gold = DEFAULT_GOLD.stem
    measured[gold] = [_row(gold, r) for r in load_gold(DEFAULT_GOLD, "test")]
    return rows, measured


Confidences = dict[str, list[tuple[float, bool]]]
"""Per labeller: (confidence, right) for every held-out bullet."""


def leave_one_set_out(c: float) -> tuple[dict[str, tuple[float, float, int]], Confidences]:
    """Per set: (procedure macro-F1, linear macro-F1, rows measured); and the confidences."""
    training.C = c
    temperature = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["linear"]["temperature"]
    rows, measured = held_out_sets()
    found, _ = training.featurize(rows)
    table = {}
    confidences: Confidences = {"procedure": [], "linear": []}
    for name, held in measured.items():
        train = [i for i, row in enumerate(rows) if row.group != name]
        sub_rows = [rows[i] for i in train]
        sub_found = [found[i] for i in train]
        names = training.vocabulary(sub_rows, sub_found)
        model = training.fit(sub_rows, sub_found, names)
        held_found, decisions = training.featurize(held)
        logits = model.decision_function(training._matrix(held_found, names))
        probabilities = [softmax([float(z) / temperature for z in row]) for row in logits]
        linear = [LABELS[max(range(3), key=p.__getitem__)] for p in probabilities]
        gold = [row.label for row in held]
        procedure = [d.label for d in decisions]
        table[name] = (macro_f1(gold, procedure), macro_f1(gold, linear), len(held))
        for g, d, lb, pr in zip(gold, decisions, linear, probabilities, strict=True):
            confidences["procedure"].append((d.confidence, d.label == g))
            confidences["linear"].append((max(pr), lb == g))
    return table, confidences


def print_reliability(confidences: Confidences) -> None:
    """The held-out reliability table of each labeller: confidence bins -> accuracy, count."""
    edges = RELIABILITY_EDGES
    print("\nreliability on the held-out sets (confidence -> accuracy, count)")
    print(f"{'confidence':<12}" + "".join(f"{name:>20}" for name in confidences))
    for low, high in zip(edges, edges[1:], strict=False):
        cells = []
        for pairs in confidences.values():
            inside = [ok for conf, ok in pairs if low <= conf < high or (high == 1.0 == conf)]
            shown = f"{sum(inside) / len(inside):.3f}" if inside else "-"
            cells.append(f"{shown:>12}{len(inside):>8}")
        print(f"{f'{low:.1f}-{high:.1f}':<12}" + "".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    if args.sweep:
        for c in (0.1, 0.25, 0.5, 1.0, 2.0, 4.0):
            table, _ = leave_one_set_out(c)
            mean = sum(v[1] for v in table.values()) / len(table)
            print(f"C={c:<5} mean leave-one-set-out macro-F1 of the linear labeller: {mean:.3f}")
        return
    table, confidences = leave_one_set_out(training.C)
    print("leave-one-set-out macro-F1 (each set measured by a linear model trained without it)")
    print(f"{'set':<34}{'rows':>6}{'procedure':>11}{'linear':>9}")
    for name, (procedure, linear, n) in sorted(table.items()):
        shown = f"{name} (test split)" if name == DEFAULT_GOLD.stem else name
        print(f"{shown:<34}{n:>6}{procedure:>11.3f}{linear:>9.3f}")
    mean_p = sum(v[0] for v in table.values()) / len(table)
    mean_l = sum(v[1] for v in table.values()) / len(table)
    print(f"{'mean':<34}{'':>6}{mean_p:>11.3f}{mean_l:>9.3f}")
    print_reliability(confidences)


if __name__ == "__main__":
    main()
