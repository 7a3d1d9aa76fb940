"""The real-corpus eval: normalised hashes, and scoring files against hashed gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prodgap.errors import InputError
from prodgap.evals.real import (
    bullet_hash,
    evaluate_real_extraction,
    heading_key,
    normalize_bullet,
    prefix_hash,
    real_label_rows,
    rebuilt_corpus,
)

TEXT = "Built a churn model for 3 retail chains using scikit-learn"
SHIPPED_BULLET = {
    "text": "Deployed a fraud scoring API used by 40 analysts",
    "section": "Experience",
    "label": "shipped_system",
    "arc": ["system"],
}


def test_normalize_ignores_styling_but_not_errors():
    styled = "Built a churn model for 3 retail chains using scikit\u2011learn.\u00a0"
    assert normalize_bullet(styled) == normalize_bullet(TEXT)
    assert normalize_bullet("Deﬁned  the KPI") == normalize_bullet("defined the kpi")
    # A lost space and an accent left uncomposed are errors a reader sees.
    assert normalize_bullet("Built a churn model forthe team") != normalize_bullet(
        "Built a churn model for the team"
    )
    assert normalize_bullet("Na\u00a8\u0131ve Bayes") != normalize_bullet("Naïve Bayes")


def test_section_headings_compare_without_styling():
    assert heading_key("EXPERIENCE:") == heading_key("Experience") == heading_key(" experience ")
    assert heading_key("Work Experience") != heading_key("Experience")


def test_hashes_are_short_and_stable():
    assert bullet_hash(TEXT) == bullet_hash(TEXT.upper() + ";")
    assert len(bullet_hash(TEXT)) == 16
    assert prefix_hash(TEXT) == prefix_hash(TEXT.split(" using")[0] + " using pandas")


def _corpus(tmp_path: Path, bullets: list[dict]) -> tuple[Path, Path]:
    gold_dir, files = tmp_path / "real", tmp_path / "files"
    (gold_dir / "gold").mkdir(parents=True)
    files.mkdir()
    entry = {"id": "t01", "format": "md", "split": "test"}
    (gold_dir / "manifest.jsonl").write_text(json.dumps(entry) + "\n")
    gold = [
        {
            "h": bullet_hash(b["text"]),
            "p": prefix_hash(b["text"]),
            "section": b["section"],
            "label": b["label"],
            "arc": b["arc"],
        }
        for b in bullets
    ]
    (gold_dir / "gold" / "t01.json").write_text(json.dumps({"id": "t01", "bullets": gold}))
    return gold_dir, files


def _add_copy_of_t01(gold_dir: Path, entry: dict) -> None:
    """A second manifest entry whose gold is t01's."""
    with (gold_dir / "manifest.jsonl").open("a") as manifest:
        manifest.write(json.dumps(entry) + "\n")
    gold = (gold_dir / "gold" / "t01.json").read_text().replace("t01", entry["id"])
    (gold_dir / "gold" / f"{entry['id']}.json").write_text(gold)


def test_extraction_is_scored_against_hashes(tmp_path: Path):
    gold = [
        {
            "text": "Deployed a fraud scoring API used by 40 analysts",
            "section": "Experience",
            "label": "shipped_system",
            "arc": ["system"],
        },
        {
            "text": "Trained a CNN on CIFAR-10 for a course",
            "section": "Projects",
            "label": "trained_model",
            "arc": ["system"],
        },
    ]
    gold_dir, files = _corpus(tmp_path, gold)
    (files / "t01.md").write_text(
        "# Experience\n\n- Deployed a fraud scoring API used by 40 analysts\n\n"
        "# Projects\n\n- Trained a CNN on CIFAR-10 for a course and wrote it up\n"
    )
    scores = evaluate_real_extraction(files, gold_dir, split="test")
    file = scores.files[0]
    assert (file.gold, file.found, file.matched, file.section_matched) == (2, 2, 1, 1)
    assert file.extra == ["(cut or run on) Trained a CNN on CIFAR-10 for a course and wrote it up"]
    assert len(file.missed) == 1 and "'Projects'" in file.missed[0]

    rows, unknown = real_label_rows(files, gold_dir, split="test")
    assert unknown == 1
    assert [(r["text"], r["label"], r["section"]) for r in rows] == [
        ("Deployed a fraud scoring API used by 40 analysts", "shipped_system", "Experience")
    ]


def test_local_text_file_gives_labels_without_extraction(tmp_path: Path):
    gold = [
        {
            "text": "Trained a CNN on CIFAR-10 for a course",
            "section": "Projects",
            "label": "trained_model",
            "arc": [],
        }
    ]
    gold_dir, files = _corpus(tmp_path, gold)
    local = {"bullets": [{"text": gold[0]["text"], "section": "Projects"}]}
    (files / "t01.gold.local.json").write_text(json.dumps(local))
    (files / "t01.md").write_text("# Projects\n\nNothing prodgap reads as a bullet.\n")
    rows, unknown = real_label_rows(files, gold_dir, split="test")
    assert unknown == 0 and rows[0]["label"] == "trained_model"


def test_resumes_not_rebuilt_are_left_out_not_scored_as_empty(tmp_path: Path):
    bullet = SHIPPED_BULLET
    gold_dir, files = _corpus(tmp_path, [bullet])
    (files / "t01.md").write_text(f"# Experience\n\n- {bullet['text']}\n")
    _add_copy_of_t01(gold_dir, {"id": "t02", "format": "pdf", "split": "test"})

    assert [r.id for r in rebuilt_corpus(files, gold_dir, "test")[0]] == ["t01"]
    assert rebuilt_corpus(files, gold_dir, "test")[1] == 1
    scores = evaluate_real_extraction(files, gold_dir, split="test")
    assert [f.name for f in scores.files] == ["t01"] and scores.overall.f1 == 1.0
    rows, unknown = real_label_rows(files, gold_dir, split="test")
    assert len(rows) == 1 and unknown == 0


def test_no_rebuilt_resume_is_a_user_error(tmp_path: Path):
    gold_dir, files = _corpus(tmp_path, [{"text": TEXT, "section": "", "label": "", "arc": []}])
    with pytest.raises(InputError, match="none of the 1 resumes"):
        evaluate_real_extraction(files, gold_dir, split="test")


def test_scores_can_be_split_by_language(tmp_path: Path):
    """--language en keeps the English resumes, 'other' every other language, a code its own."""
    bullet = SHIPPED_BULLET
    gold_dir, files = _corpus(tmp_path, [bullet])
    manifest = gold_dir / "manifest.jsonl"
    english = json.loads(manifest.read_text()) | {"language": "en"}
    manifest.write_text(json.dumps(english) + "\n")
    _add_copy_of_t01(gold_dir, {"id": "t02", "format": "md", "split": "test", "language": "fr"})
    for name in ("t01", "t02"):
        (files / f"{name}.md").write_text(f"# Experience\n\n- {bullet['text']}\n")

    def ids(language: str | None) -> list[str]:
        return [r.id for r in rebuilt_corpus(files, gold_dir, "test", language)[0]]

    assert ids(None) == ["t01", "t02"]
    assert ids("en") == ["t01"] and ids("other") == ids("fr") == ["t02"]
    scores = evaluate_real_extraction(files, gold_dir, split="test", language="other")
    assert [f.name for f in scores.files] == ["t02"]
    rows, _ = real_label_rows(files, gold_dir, split="test", language="en")
    assert [r["id"] for r in rows] == ["t01-000"]
    with pytest.raises(InputError, match="language 'ja'"):
        rebuilt_corpus(files, gold_dir, "test", "ja")
