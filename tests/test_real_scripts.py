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
