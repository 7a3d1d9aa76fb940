"""Cross-validation by resume (scripts/cv_labeller.py): whole resumes are held out, every real
train bullet is labelled once by a model that never saw its resume, the test split is never
read; and, where the real corpus is rebuilt, the labellers hold their cross-validated floors."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

if importlib.util.find_spec("sklearn") is None:  # found, not imported: see below
    pytest.skip("scikit-learn is a dev extra (training only)", allow_module_level=True)

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
        (files / f"{rid}.pdf").write_bytes(b"")  # rebuilt; its text is read from the local file
    return gold_dir, files


_DRIVER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import cv_labeller, train_labeller
from pathlib import Path
from prodgap.evals.training import real_rows, synthetic_rows

files, gold_dir = Path(sys.argv[2]), Path(sys.argv[3])
real = real_rows(files, gold_dir)  # the train split only
small = [r for r in synthetic_rows() if r.group in ("holdout_labels", "holdout_arcs")]
cv_labeller.synthetic_rows = lambda: small
trained_on = []
linear_part = train_labeller.linear_part

def recording(rows, found, temperature):
    trained_on.append(sorted({row.group for row in rows if row.real}))
    return linear_part(rows, found, temperature)

train_labeller.linear_part = recording
predictions = cv_labeller.cross_validate(real, folds=0, c=1.0)
print(json.dumps({
    "real": [r.id for r in real],
    "folds": cv_labeller.fold_of(real, 0),
    "trained_on": trained_on,
    "predictions": [
        {"id": p.row.id, "group": p.row.group, "fold": p.fold,
         "confidence": p.linear.confidence}
        for p in predictions
    ],
}))
"""


def test_each_real_bullet_is_labelled_by_a_model_that_never_saw_its_resume(
    tmp_path: Path,
) -> None:
    """Run in its own process: scikit-learn's thread pools would make this one multi-threaded,
    and the extraction tests that follow rely on a forked worker."""
    gold_dir, files = _corpus(tmp_path)
    run = [sys.executable, "-c", _DRIVER, str(SCRIPTS), str(files), str(gold_dir)]
    done = subprocess.run(run, capture_output=True, text=True, check=True)
    out = json.loads(done.stdout.strip().splitlines()[-1])

    predicted = out["predictions"]
    assert sorted(p["id"] for p in predicted) == sorted(out["real"])
    assert not any(p["group"] == "t01" for p in predicted)  # the test split is never read
    assert len(out["trained_on"]) == len(RESUMES)  # one fold per resume
    for prediction in predicted:
        held_out = {g for g, fold in out["folds"].items() if fold == prediction["fold"]}
        assert prediction["group"] in held_out
        assert not set(out["trained_on"][prediction["fold"]]) & held_out
        assert 0 < prediction["confidence"] <= 1


def test_resumes_fall_in_the_same_fold_whoever_else_is_in_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import train_labeller

    folds = [train_labeller.resume_fold(rid) for rid in ("a01", "a02", "b17")]
    assert folds == [train_labeller.resume_fold(rid) for rid in ("a01", "a02", "b17")]
    assert all(0 <= f < train_labeller.REAL_FOLDS for f in folds)


REAL = os.environ.get("PRODGAP_REAL_CORPUS")

# Cross-validated by resume on the real train split, 1,483 resumes since round 29 joined it
# (5 folds, scripts/cv_labeller.py --real DIR, C 0.1): linear macro-F1 0.763, recall shipped
# 0.787 / trained 0.763, labels given 0.8 or more right 0.941 of the time; procedure 0.635.
# Floors sit a little under. The procedure read 0.659 on the 273 resumes of the first six test
# splits and has come down as rounds joined with more text not in English (rounds 28 and 29:
# 0.636, then 0.635, the code unchanged), which it reads only through the lexicon; the linear
# labeller went up from 0.724 over the same rounds.
FLOORS = {"linear": 0.75, "procedure": 0.62}
LINEAR_RECALL_FLOORS = {"shipped_system": 0.70, "trained_model": 0.75}
ENOUGH_OF_THE_SPLIT = 0.65
"""The share of the train split the floors hold from. Measured: on two-thirds of it (1,410 of
2,109 resumes, rounds 1-42) the linear labeller reads 0.764 cross-validated, as on all of it;
on a fifth, 0.729. And a labeller trained on the rebuilt two-thirds of rounds 1-39 read rounds
40-42, which neither saw, as the one trained on all of rounds 1-39 does (0.750 and 0.748)."""


_FLOORS_DRIVER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import cv_labeller
from pathlib import Path
from prodgap.evals.training import real_rows

rows = real_rows(Path(sys.argv[2]))
predictions = cv_labeller.cross_validate(rows, folds=5, c=cv_labeller.training.C)
result = {}
for labeller in ("linear", "procedure"):
    pairs = [(p.row.label, cv_labeller._decision(p, labeller).label) for p in predictions]
    macro_f1, per_class = cv_labeller.scores(pairs)
    result[labeller] = {"macro_f1": macro_f1, "recall": {k: v[1] for k, v in per_class.items()}}
confident = [p.linear.label == p.row.label for p in predictions if p.linear.confidence >= 0.8]
result["confident"] = sum(confident) / len(confident)
print(json.dumps(result))
"""


def _train_share_rebuilt(folder: Path) -> float:
    """How much of the manifest's train split is rebuilt in ``folder``."""
    from prodgap.errors import InputError
    from prodgap.evals.real import rebuilt_corpus

    try:
        present, absent = rebuilt_corpus(folder, split="train")
    except InputError:
        return 0.0  # none of it
    return len(present) / (len(present) + absent)


@pytest.mark.skipif(not REAL, reason="set PRODGAP_REAL_CORPUS to a rebuilt real corpus")
def test_the_labellers_hold_their_cross_validated_floors() -> None:
    # A machine that could fetch only a small part of the train split trains on less and
    # reads lower (0.729 on a fifth, at round 42), which says nothing of a change to the
    # labeller.
    share = _train_share_rebuilt(Path(str(REAL)))
    if share < ENOUGH_OF_THE_SPLIT:
        pytest.skip(f"only {share:.0%} of the train split is rebuilt; the floors need two-thirds")
    run = [sys.executable, "-c", _FLOORS_DRIVER, str(SCRIPTS), str(REAL)]
    done = subprocess.run(run, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for labeller, floor in FLOORS.items():
        assert result[labeller]["macro_f1"] >= floor, labeller
    for label, recall_floor in LINEAR_RECALL_FLOORS.items():
        assert result["linear"]["recall"][label] >= recall_floor, label
    assert result["confident"] >= 0.89
