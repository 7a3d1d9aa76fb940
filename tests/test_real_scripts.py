"""The small scripts around the real corpus: Markdown resumes from the local gold, and the
tally of a blind old-against-new judgement. Both are fed fictional data here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _bullet(text: str, section: str, entry: str, kind: str = "experience") -> dict:
    return {"text": text, "section": section, "section_kind": kind, "entry": entry}


def test_markdown_resume_keeps_headings_entries_and_order(tmp_path: Path) -> None:
    gold = {
        "bullets": [
            _bullet("Ran the night shift rota.", "", "Shift lead | Example Diner"),
            _bullet("Built the order tracker.", "Work", "Developer | Example Co"),
            _bullet("Fixed its nightly outage.", "Work", "Developer | Example Co"),
            _bullet("Wrote a thesis.", "Education", "", "education"),
        ]
    }
    (tmp_path / "x01.gold.local.json").write_text(json.dumps(gold), "utf-8")
    _load("real_gold").write_markdown(tmp_path, tmp_path / "md")
    text = (tmp_path / "md" / "x01.md").read_text("utf-8")
    assert text.split("\n## ")[1:] == [
        "Experience\n\n\n### Shift lead | Example Diner\n\n- Ran the night shift rota.\n",
        "Work\n\n\n### Developer | Example Co\n\n"
        "- Built the order tracker.\n- Fixed its nightly outage.\n",
        "Education\n\n- Wrote a thesis.\n",
    ]


def test_tally_reads_the_key_not_the_letter() -> None:
    key = [{"id": "p1", "a": "new"}, {"id": "p2", "a": "old"}, {"id": "p3", "a": "old"}]
    judgement = [
        {"id": "p1", "preferred": "a"},
        {"id": "p2", "preferred": "a"},
        {"id": "p3", "preferred": "tie"},
    ]
    assert _load("judge_tally").tally(key, judgement) == {"new": 1, "old": 1, "tie": 1}


def test_recover_finds_gold_texts_by_hash_across_wraps(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = [
        "EXPERIENCE",
        "Developer, Example Clinic Co",
        "-Deployed the booking API used by 300 clinics; imple-",
        "mented its retry queue",
        "- Wrote the on-call runbook",
    ]
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "x01.pdf"))
    real_gold = _load("real_gold")
    texts = [
        "Deployed the booking API used by 300 clinics; implemented its retry queue",
        "Wrote the on-call runbook",
        "Trained a model that is nowhere in the file",
    ]
    gold = [
        {"h": real_gold.bullet_hash(t), "p": real_gold.prefix_hash(t), "w": len(t.split())}
        for t in texts
    ]
    found, _entries = real_gold._recovered_texts(tmp_path / "x01.pdf", gold)
    assert sorted(found.values()) == texts[:2]


def test_recover_spells_a_run_of_words_as_an_annotator_types_it() -> None:
    spellings = list(_load("real_gold")._spellings(["•Built", "the", "real-", "time", "imple-"]))
    assert spellings == [
        "Built the real- time imple-",
        "Built the realtime imple-",
        "Built the real-time imple-",
    ]


def test_missing_repositories_come_test_split_first_in_a_stable_order(tmp_path: Path) -> None:
    entries = [
        {"id": f"t{n:02d}", "repo": f"someone/r{n}", "split": "train"} for n in range(1, 9)
    ] + [{"id": "t09", "repo": "someone/r9", "split": "test"}]
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries), "utf-8")
    (tmp_path / "mirror" / "someone+r3" / "repo").mkdir(parents=True)
    real_corpus = _load("real_corpus")
    order = real_corpus.missing(tmp_path / "mirror", manifest)
    assert order[0] == "someone/r9" and "someone/r3" not in order and len(order) == 8
    manifest.write_text("".join(json.dumps(e) + "\n" for e in reversed(entries)), "utf-8")
    assert real_corpus.missing(tmp_path / "mirror", manifest) == order


def test_reader_agreement_pairs_each_label_with_its_gold_bullet(tmp_path: Path) -> None:
    gold = {
        "bullets": [
            {**_bullet("Ran the order tracker for 40 shops.", "Work", "Dev | Example Co"),
             "label": "shipped_system"},
            {**_bullet("Trained a churn model in a notebook.", "Projects", "", "projects"),
             "label": "trained_model"},
            {**_bullet("Mentored two interns.", "Work", "Dev | Example Co"), "label": "other"},
        ]
    }  # fmt: skip
    (tmp_path / "x01.gold.local.json").write_text(json.dumps(gold), "utf-8")
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"id": "x01", "split": "train"}) + "\n", "utf-8")
    module = _load("reader_agreement")
    assert module.sample(tmp_path, tmp_path / "out", 720, 1, None, manifest) == 3
    items = json.loads((tmp_path / "out" / "a" / "x01.json").read_text("utf-8"))
    assert [item["i"] for item in items] == [0, 1, 2]
    assert "label" not in items[0]  # the reader never sees the gold label
    labels = [{"i": 1, "text": items[1]["text"], "label": "shipped_system"}]
    (tmp_path / "out" / "a" / "x01.labels.json").write_text(json.dumps(labels), "utf-8")
    assert module.reader_pairs(tmp_path, tmp_path / "out") == [
        ("x01", "Trained a churn model in a notebook.", "trained_model", "shipped_system")
    ]


def test_name_check_finds_a_whole_name_in_any_case_and_spacing() -> None:
    names = {"Ana Example": "x01.pdf", "Solo": "x02.pdf"}
    texts = {"a.md": "an example taken from ANA  EXAMPLE's resume", "b.md": "Anatomy, Solo"}
    assert _load("name_check").hits(names, texts) == [("x01.pdf", "Ana Example", "a.md")]
