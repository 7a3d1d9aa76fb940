"""Train the bullet filter on the real train split, cross-validate it by resume, write
src/prodgap/data/bullet_filter.json.

Rows: every bullet the layout rules find (``PRODGAP_BULLET_FILTER=0``) in the rebuilt train
resumes, and whether the annotators counted it (its hash is in the resume's committed gold).
The model is a logistic regression (scikit-learn, at training time only) over
``prodgap.bullet_filter.features``; a word is kept only when it occurs in at least
MIN_RESUMES resumes, so no one's phrase is stored. The threshold is the one that gives the
best extraction F1 over the train split out of fold (each resume filtered by a model trained
without it); the printed table is that measurement, the number to quote (the filter's effect
on the train split itself is measured on what it was fitted to). The test split is never read.

Usage:
    python scripts/train_bullet_filter.py --real DIR [--partial]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from train_labeller import resume_fold

from prodgap.bullet_filter import FILTER_PATH, features, odds
from prodgap.errors import ProdgapError
from prodgap.evals.real import bullet_hash, rebuilt_corpus, resume_path
from prodgap.extraction import extract
from prodgap.items import opens_with_a_deed

GOLD_DIR = Path(__file__).resolve().parent.parent / "eval" / "real"
C = 0.3
"""Inverse L2 strength; 0.1 and 1.0 did no better out of fold (rounds 1-35)."""
MIN_RESUMES = 5
FOLDS = 5
THRESHOLDS = [round(0.05 * n, 2) for n in range(2, 13)]  # 0.10 .. 0.60
DECIMALS = 4
WORD_PREFIXES = ("w:", "wf:", "wh:")

Row = tuple[str, dict[str, float], int, bool]
"""(resume id, features, 1 when the gold holds the bullet, led by a verb of doing). A bullet
led by a verb of doing is always kept (``bullet_filter.doubted``): the model is fitted on the
rest."""


def training_rows(files_dir: Path, partial: bool) -> tuple[list[Row], dict[str, int]]:
    """Each train resume's rule-found bullets, and each resume's count of gold bullets."""
    present, absent = rebuilt_corpus(files_dir, GOLD_DIR, "train")
    if absent and not partial:
        sys.exit(f"{absent} train resumes are not rebuilt in {files_dir}; pass --partial")
    os.environ["PRODGAP_BULLET_FILTER"] = "0"  # the rules' bullets, before any filter
    rows: list[Row] = []
    gold_sizes: dict[str, int] = {}
    for resume in present:
        gold = Counter(b["h"] for b in resume.gold)
        gold_sizes[resume.id] = len(resume.gold)
        try:
            found = extract(resume_path(files_dir, resume))
        except ProdgapError:
            continue
        for entry in (e for s in found.sections for e in s.entries):
            for index, bullet in enumerate(entry.bullets):
                key = bullet_hash(bullet.text)
                hit = gold[key] > 0
                gold[key] -= hit
                found_features = features(bullet, index, len(entry.bullets))
                rows.append((resume.id, found_features, int(hit), opens_with_a_deed(bullet.text)))
    return rows, gold_sizes


def vocabulary(rows: list[Row]) -> list[str]:
    """The feature names kept: every layout feature, and words of at least MIN_RESUMES resumes."""
    resumes: dict[str, set[str]] = defaultdict(set)
    for resume_id, found, _, _ in rows:
        for name in found:
            resumes[name].add(resume_id)
    return sorted(
        name
        for name, seen in resumes.items()
        if not name.startswith(WORD_PREFIXES) or len(seen) >= MIN_RESUMES
    )


def fit(rows: list[Row]) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [row for row in rows if not row[3]]  # the guarded ones are kept whatever the odds
    names = set(vocabulary(rows))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(
        [{k: v for k, v in f.items() if k in names} for _, f, _, _ in rows]
    )
    model = LogisticRegression(C=C, max_iter=10000, tol=1e-6)
    model.fit(matrix, [hit for _, _, hit, _ in rows])
    weights = {
        name: round(float(w), DECIMALS)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if round(float(w), DECIMALS)
    }
    return round(float(model.intercept_[0]), DECIMALS), weights


def out_of_fold(rows: list[Row]) -> list[float]:
    """Each row's odds from a model trained without its resume's fold (the labeller's folds:
    a hash of the resume's id, so a resume keeps its fold as the corpus grows)."""
    fold_of = {resume_id: resume_fold(resume_id, FOLDS) for resume_id, _, _, _ in rows}
    result = [0.0] * len(rows)
    for fold in range(FOLDS):
        train = [row for row in rows if fold_of[row[0]] != fold]
        intercept, weights = fit(train)
        model = {"intercept": intercept, "weights": weights}
        for n, (resume_id, found, _, guarded) in enumerate(rows):
            if fold_of[resume_id] == fold:
                result[n] = 1.0 if guarded else odds(found, model)
    return result


def f1_at(rows: list[Row], scores: list[float], gold: int, threshold: float) -> tuple[float, ...]:
    kept = [row[2] for row, score in zip(rows, scores, strict=True) if score >= threshold]
    matched = sum(kept)
    precision, recall = matched / max(len(kept), 1), matched / gold
    return precision, recall, 2 * matched / (gold + len(kept)), len(rows) - len(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, required=True, help="the rebuilt real corpus")
    parser.add_argument("--partial", action="store_true", help="train on the rebuilt part")
    args = parser.parse_args()
    rows, gold_sizes = training_rows(args.real, args.partial)
    gold = sum(gold_sizes.values())
    scores = out_of_fold(rows)
    print(f"{len(gold_sizes)} train resumes, {gold} gold bullets, {len(rows)} found by the rules")
    print("threshold  precision  recall     F1   moved to items (out of fold, by resume)")
    base = f1_at(rows, [1.0] * len(rows), gold, 0.5)
    print(f"{'none':>9}  {base[0]:9.4f}  {base[1]:6.4f}  {base[2]:.4f}  0")
    table = {threshold: f1_at(rows, scores, gold, threshold) for threshold in THRESHOLDS}
    for threshold, (p, r, f, moved) in table.items():
        print(f"{threshold:9.2f}  {p:9.4f}  {r:6.4f}  {f:.4f}  {moved}")
    best = max(THRESHOLDS, key=lambda t: table[t][2])
    intercept, weights = fit(rows)
    content = {
        "format": 1,
        "threshold": best,
        "intercept": intercept,
        "weights": weights,
        "training": {
            "resumes": len(gold_sizes),
            "rows": len(rows),
            "C": C,
            "min_resumes": MIN_RESUMES,
            "out_of_fold_f1": {"none": round(base[2], 4), str(best): round(table[best][2], 4)},
        },
    }
    FILTER_PATH.write_text(json.dumps(content, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"threshold {best}; wrote {FILTER_PATH} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
