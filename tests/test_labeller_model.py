"""The shipped labeller data file: it matches its training data, rebuilds byte for byte, and is
read by pure Python; the labeller is chosen by one setting."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from prodgap.decide import LABELLERS, MODEL_PATH, features, run_procedure
from prodgap.errors import ConfigError
from prodgap.evals.training import committed_real_lines, fingerprint, row_lines, synthetic_rows
from prodgap.label import label_bullet
from prodgap.settings import configured_labeller

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
MODEL = json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def test_the_shipped_model_was_trained_on_the_committed_data() -> None:
    training = MODEL["training"]
    lines = row_lines(synthetic_rows()) + committed_real_lines(training["real_ids"])
    assert fingerprint(lines) == training["data_sha256"]
    assert sum(training["rows"].values()) == len(lines)


def test_the_shipped_model_never_saw_the_test_split() -> None:
    ids = {row.id for row in synthetic_rows()}
    test_ids = [
        json.loads(line)["id"]
        for line in (MODEL_PATH.parent / "labels_gold.jsonl").read_text("utf-8").splitlines()
        if json.loads(line)["split"] == "test"
    ]
    assert test_ids and not ids & set(test_ids)
    assert all("-" in i for i in MODEL["training"]["real_ids"])  # real rows: train split only


def test_rebuilding_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("sklearn") is None:  # find, not import: it starts threads
        pytest.skip("scikit-learn is a dev extra (training only)")
    if MODEL["training"]["real_ids"]:
        pytest.skip("trained with the real corpus, which is not rebuilt here")
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import train_labeller

    rebuilt = train_labeller.dump(train_labeller.build(synthetic_rows()))
    assert rebuilt == MODEL_PATH.read_text(encoding="utf-8")


def test_the_model_file_is_data_in_a_stable_order() -> None:
    weights = MODEL["linear"]["weights"]
    assert list(weights) == sorted(weights)
    assert MODEL["linear"]["classes"] == ["trained_model", "shipped_system", "other"]
    assert all(len(row) == 3 and any(row) for row in weights.values())
    assert 0.3 <= MODEL["linear"]["temperature"] <= 5
    words = [name.split(":", 1)[1] for name in weights if name.startswith(("w:", "w2:"))]
    assert words and not any(ch.isdigit() for word in words for ch in word)  # numbers are <num>


def _word_features(text: str) -> set[str]:
    from prodgap.label import read_bullet
    from prodgap.models import Bullet

    reading = read_bullet(Bullet(text=text, section="Experience", section_kind="experience"))
    return {name for name in features(reading, run_procedure(reading)) if name.startswith("w")}


def test_forms_of_one_verb_share_a_stem_feature() -> None:
    spanish = _word_features("Desarrollé una API") & _word_features("Desarrollamos la API")
    assert "ws:desar" in spanish and "w:desarrolle" not in spanish
    assert "ws:deplo" in _word_features("Deployed it") & _word_features("Deploying it")


def test_the_opening_word_and_the_heading_as_written_are_features() -> None:
    found = _word_features("Deployed the model")
    assert {"wf:deployed", "wf5:deplo", "wh:experience"} <= found
    assert "wf:model" not in found


def test_words_in_other_scripts_are_features_too() -> None:
    # Latin-letter words alone would leave a Chinese or Russian bullet with no word features.
    assert {"wc:推荐", "wc:系统"} <= _word_features("开发推荐系统")
    assert "wu:разра" in _word_features("Разработал сервис")


def test_inference_is_pure_python() -> None:
    code = (
        "import sys; from prodgap.label import label_bullet;"
        "label_bullet('Deployed the churn model to production.', labeller='linear');"
        "print(sorted(m for m in ('sklearn', 'numpy', 'scipy', 'pickle') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_labeller_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Trained a churn model in a notebook; it was never deployed."
    for name in LABELLERS:
        monkeypatch.setenv("PRODGAP_LABELLER", name)
        assert configured_labeller() == name
        assert label_bullet(text).label == "trained_model"
    monkeypatch.setenv("PRODGAP_LABELLER", "magic")
    with pytest.raises(ConfigError, match="procedure or linear"):
        label_bullet(text)


def _real_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A fake real corpus: one train resume whose annotators' text file carries context."""
    from prodgap.evals.real import bullet_hash, prefix_hash

    bullets = [
        ("Built a booking app with React and Firebase.", "Projects", "projects", "trained_model"),
        ("Built the booking page used by our 3,000 members.", "Experience", "experience",
         "shipped_system"),
        ("Mentored two interns.", "Experience", "experience", "other"),
    ]  # fmt: skip
    gold_dir, files = tmp_path / "real", tmp_path / "files"
    (gold_dir / "gold").mkdir(parents=True)
    files.mkdir()
    entry = {"id": "r01", "format": "pdf", "split": "train"}
    (gold_dir / "manifest.jsonl").write_text(json.dumps(entry) + "\n")
    gold = [
        {"h": bullet_hash(t), "p": prefix_hash(t), "section": s, "label": lb, "arc": []}
        for t, s, _, lb in bullets
    ]
    (gold_dir / "gold" / "r01.json").write_text(json.dumps({"id": "r01", "bullets": gold}))
    local = [
        {"text": t, "section": s, "section_kind": k, "entry": "Example Co"}
        for t, s, k, _ in bullets
    ]
    (files / "r01.gold.local.json").write_text(json.dumps({"bullets": local}))
    (files / "r01.pdf").write_bytes(b"")  # rebuilt; its text is read from the local file
    return gold_dir, files


def test_real_training_rows_carry_context_and_a_committed_fingerprint(tmp_path: Path) -> None:
    from prodgap.evals.training import real_rows

    gold_dir, files = _real_corpus(tmp_path)
    rows = real_rows(files, gold_dir)
    assert [r.id for r in rows] == ["r01-000", "r01-001", "r01-002"]
    assert all(r.real and r.group == "r01" for r in rows)
    assert rows[0].bullet.section_kind == "projects" and rows[1].bullet.entry == "Example Co"
    # Without any resume text, the committed gold gives the same fingerprint lines.
    assert committed_real_lines([r.id for r in rows], gold_dir) == row_lines(rows)


def test_training_with_real_rows_learns_context(tmp_path: Path) -> None:
    if importlib.util.find_spec("sklearn") is None:  # find, not import: it starts threads
        pytest.skip("scikit-learn is a dev extra (training only)")
    gold_dir, files = _real_corpus(tmp_path)
    # In a process of its own: scikit-learn's numeric libraries start threads that would stay
    # in this one, and the worker pools of later tests refuse to fork a threaded process.
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "import train_labeller; from prodgap.evals.training import real_rows, synthetic_rows;"
        "rows = [r for r in synthetic_rows() if r.group in ('holdout_labels', 'holdout_arcs')];"
        "model = train_labeller.build(rows + real_rows(Path(sys.argv[2]), Path(sys.argv[3])));"
        "print(json.dumps(model))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(SCRIPTS), str(files), str(gold_dir)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    model = json.loads(done.stdout)
    assert model["training"]["real_ids"] == ["r01-000", "r01-001", "r01-002"]
    assert model["training"]["rows"]["real train split"] == 3
    assert "context:kind:projects" in model["linear"]["weights"]
