"""The bullet filter: the lines the layout rules keep that do not read like bullets on real
resumes go to their section's items; a line led by a verb of doing always stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prodgap import bullet_filter
from prodgap.extraction import extract
from prodgap.models import Bullet

RESUME = """\
# Nadia Ke

## Experience

### Data Engineer, Example Logistics (2021 - 2024)
- Built the nightly ETL that loads 40M shipment events into the warehouse
- Cut the dashboard refresh from 2 hours to 15 minutes

## Projects
- deployed the new scheduler
- Snake Game (Java)
"""


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "nadia.md"
    path.write_text(RESUME, encoding="utf-8")
    return path


def test_a_project_name_alone_is_an_item_and_work_stays_a_bullet(resume: Path) -> None:
    found = extract(resume)
    assert [b.text for b in found.bullets()] == [
        "Built the nightly ETL that loads 40M shipment events into the warehouse",
        "Cut the dashboard refresh from 2 hours to 15 minutes",
        "deployed the new scheduler",
    ]
    projects = found.sections[-1]
    assert [(i.kind, i.text) for i in projects.items] == [("other", "Snake Game (Java)")]


def test_a_line_led_by_a_verb_of_doing_stays_whatever_the_model_says(resume: Path) -> None:
    # The model alone would move it (a lower-case opening, no entry, the first of its list):
    # the verb keeps it.
    line = Bullet(text="deployed the new scheduler", section="Projects", section_kind="projects")
    model = bullet_filter._model()
    assert model is not None
    assert bullet_filter.odds(bullet_filter.features(line, 0, 2), model) < model["threshold"]
    assert "deployed the new scheduler" in [b.text for b in extract(resume).bullets()]


def test_it_can_be_turned_off(resume: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRODGAP_BULLET_FILTER", "0")
    assert "Snake Game (Java)" in [b.text for b in extract(resume).bullets()]


def test_the_shipped_model_holds_no_rare_word_and_a_threshold_from_training() -> None:
    content = json.loads(bullet_filter.FILTER_PATH.read_text(encoding="utf-8"))
    assert content["training"]["min_resumes"] >= 5  # no word of fewer resumes is stored
    assert 0.0 < content["threshold"] < 1.0
    assert content["training"]["resumes"] >= 1000  # trained on the real train split
