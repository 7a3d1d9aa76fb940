"""How the linear labeller's confidence holds on rounds it has not seen: the train split in six
folds by gathering round (each held-out round is as new to its model as a fresh test split is),
and for each temperature how often labels given 0.8 or more are right, pooled and per round.

This is the study behind ``CONFIDENT_RIGHT`` in ``train_labeller.py``: the issue's bar is that
labels given 0.8 or more are right 90% of the time on resumes never seen, and a fresh split is
a round, not a sample of resumes. Train split only; the test split is never read.

Usage:
    python scripts/calibration_by_round.py --real DIR
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

import cv_labeller as cv

from prodgap.decide import UNSURE_BELOW, softmax
from prodgap.evals.training import real_rows
from prodgap.models import LABELS

MANIFEST = Path(__file__).resolve().parent.parent / "eval" / "real" / "manifest.jsonl"
FOLDS = 6
MIN_CONFIDENT = 50
"""Rounds with fewer confident labels than this are too small to read a rate from."""
TEMPERATURES = (1.25, 1.35, 1.45, 1.55, 1.65, 1.75, 1.85, 2.0, 2.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, required=True, help="the rebuilt real corpus")
    args = parser.parse_args()
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    round_of = {e["id"]: e.get("round") or 1 for e in map(json.loads, lines)}
    cv.fold_of = lambda rows, folds: {row.group: round_of[row.group] % FOLDS for row in rows}
    held: dict[str, list] = {}

    def keep_logits(logits: list[list[float]], labels: list[str], bar: object = None) -> float:
        held["logits"], held["labels"] = logits, labels
        return 1.0

    cv.training.fit_temperature = keep_logits
    predictions = cv.cross_validate(real_rows(args.real), FOLDS, cv.training.C)
    rounds = [round_of[p.row.group] for p in predictions]
    print("temperature  NLL     right at >= 0.8  share >= 0.8  unsure  rounds under 0.90  lowest")
    for t in TEMPERATURES:
        print(_line(t, held["logits"], held["labels"], rounds))
    return 0


def _line(t: float, logits: list[list[float]], labels: list[str], rounds: list[int]) -> str:
    per_round: defaultdict[int, list[bool]] = defaultdict(list)
    loss = unsure = 0.0
    for z, label, rnd in zip(logits, labels, rounds, strict=True):
        p = softmax([v / t for v in z])
        top = max(range(len(p)), key=p.__getitem__)
        loss -= math.log(max(p[LABELS.index(label)], 1e-12))
        unsure += p[top] < UNSURE_BELOW
        if p[top] >= cv.training.CONFIDENT:
            per_round[rnd].append(LABELS[top] == label)
    confident = [ok for oks in per_round.values() for ok in oks]
    rates = sorted(sum(o) / len(o) for o in per_round.values() if len(o) >= MIN_CONFIDENT)
    under = sum(rate < 0.90 for rate in rates)
    return (
        f"{t:11.2f}  {loss / len(labels):.4f}  {sum(confident) / len(confident):15.3f}  "
        f"{len(confident) / len(labels):12.3f}  {unsure / len(labels):6.3f}  "
        f"{under:>3} of {len(rates):<3}        {rates[0]:.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
