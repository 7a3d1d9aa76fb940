"""Cross-validation by resume (scripts/cv_labeller.py): whole resumes are held out, every real
train bullet is labelled once by a model that never saw its resume, the test split is never
read; and, where the real corpus is rebuilt, the labellers hold their cross-validated floors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="scikit-learn is a dev extra (training only)")

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

RESUMES = {
    "r01": [
        ("Built a booking app with React and Firebase.", "projects", "trained_model"),
        ("Mentored two interns.", "experience", "other"),
        ("Built the booking page used by our 3,000 members.", "experience", "shipped_system"),
    ],
    "r02": [
        ("Maintained the billing servers of the web shop.", "experience", "shipped_system"),
        ("Trained a churn model in a notebook.", "projects", "trained_model"),
    ],
    "r03": [
        ("Organised the team's weekly reading group.", "experience", "other"),
        ("Analysed survey data in SPSS for a course.", "projects", "trained_model"),
    ],
}


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Three train resumes with the annotators' text files, and a test resume whose text file
    is not JSON: reading it would fail."""
    from prodgap.evals.real import bullet_hash, prefix_hash

    gold_dir, files = tmp_path / "real", tmp_path / "files"
    (gold_dir / "gold").mkdir(parents=True)
    files.mkdir()
    manifest = [{"id": rid, "format": "pdf", "split": "train"} for rid in RESUMES]
    manifest.append({"id": "t01", "format": "pdf", "split": "test"})
    (gold_dir / "manifest.jsonl").write_text("\n".join(json.dumps(m) for m in manifest) + "\n")
    for rid, bullets in {**RESUMES, "t01": RESUMES["r01"]}.items():
        gold = [
            {"h": bullet_hash(t), "p": prefix_hash(t), "section": k, "label": lb, "arc": []}
            for t, k, lb in bullets
        ]
        (gold_dir / "gold" / f"{rid}.json").write_text(json.dumps({"id": rid, "bullets": gold}))
        local = [
            {"text": t, "section": k.title(), "section_kind": k, "entry": "Example Co"}
            for t, k, _ in bullets
        ]
        text = json.dumps({"bullets": local}) if rid != "t01" else "not json"
        (files / f"{rid}.gold.local.json").write_text(text)
    return gold_dir, files


def test_each_real_bullet_is_labelled_by_a_model_that_never_saw_its_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import cv_labeller
    import train_labeller

    from prodgap.evals.training import real_rows, synthetic_rows

    gold_dir, files = _corpus(tmp_path)
    real = real_rows(files, gold_dir)  # train split only: the broken test file is not read
    small = [r for r in synthetic_rows() if r.group in ("holdout_labels", "holdout_arcs")]
    monkeypatch.setattr(cv_labeller, "synthetic_rows", lambda: small)
    trained_on: list[set[str]] = []
    linear_part = train_labeller.linear_part

    def recording(rows, found, temperature):  # type: ignore[no-untyped-def]
        trained_on.append({row.group for row in rows if row.real})
        return linear_part(rows, found, temperature)

    monkeypatch.setattr(train_labeller, "linear_part", recording)
    predictions = cv_labeller.cross_validate(real, folds=0, c=1.0)

    assert sorted(p.row.id for p in predictions) == sorted(r.id for r in real)
    assert not any(p.row.group == "t01" for p in predictions)
    assert len(trained_on) == len(RESUMES)  # one fold per resume
    folds = cv_labeller.fold_of(real, 0)
    for prediction in predictions:
        held_out = {g for g, fold in folds.items() if fold == prediction.fold}
        assert prediction.row.group in held_out
        assert not trained_on[prediction.fold] & held_out
        assert prediction.linear is not None and 0 < prediction.linear.confidence <= 1


def test_resumes_fall_in_the_same_fold_whoever_else_is_in_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import train_labeller

    folds = [train_labeller.resume_fold(rid) for rid in ("a01", "a02", "b17")]
    assert folds == [train_labeller.resume_fold(rid) for rid in ("a01", "a02", "b17")]
    assert all(0 <= f < train_labeller.REAL_FOLDS for f in folds)


REAL = os.environ.get("PRODGAP_REAL_CORPUS")

# Cross-validated by resume on the real train split (5 folds, scripts/cv_labeller.py --real
# DIR): linear macro-F1 0.819, recall shipped 0.803 / trained 0.842, labels given 0.8 or more
# right 0.920 of the time; procedure 0.794. Floors sit a little under.
FLOORS = {"linear": 0.79, "procedure": 0.77}
LINEAR_RECALL_FLOORS = {"shipped_system": 0.77, "trained_model": 0.81}


@pytest.mark.skipif(not REAL, reason="set PRODGAP_REAL_CORPUS to a rebuilt real corpus")
def test_the_labellers_hold_their_cross_validated_floors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import cv_labeller

    from prodgap.evals.training import real_rows

    predictions = cv_labeller.cross_validate(real_rows(Path(str(REAL))), folds=5, c=1.0)
    for labeller, floor in FLOORS.items():
        pairs = [(p.row.label, cv_labeller._decision(p, labeller).label) for p in predictions]
        macro_f1, per_class = cv_labeller.scores(pairs)
        assert macro_f1 >= floor, labeller
        if labeller == "linear":
            for label, recall_floor in LINEAR_RECALL_FLOORS.items():
                assert per_class[label][1] >= recall_floor, label
    confident = [
        p.linear.label == p.row.label
        for p in predictions
        if p.linear is not None and p.linear.confidence >= 0.8
    ]
    assert confident and sum(confident) / len(confident) >= 0.89
