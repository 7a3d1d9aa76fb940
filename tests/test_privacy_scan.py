"""scripts/privacy_scan.py: the numbers it prints, and the residual patterns it looks for."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fixtures.privacy.people import ROUTES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def privacy_scan() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "privacy_scan", ROOT / "scripts" / "privacy_scan.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["privacy_scan"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_residual_patterns_find_contact_shapes_and_not_metrics(privacy_scan: ModuleType) -> None:
    assert privacy_scan.residual("write to a.b@example.com or +44 20 7946 0958") == [
        "a.b@example.com",
        "+44 20 7946 0958",
    ]
    # A profile site always leads to a person; any other site only when it is the candidate's
    # (given in their header block, or named after them).
    own = privacy_scan.Own(hosts=frozenset({"ada.example.org"}), name_words=frozenset({"lovelace"}))
    text = "see github.com/someone, ada.example.org, lovelace.dev and www.example.org (Lovelace)"
    assert privacy_scan.residual(text, own) == [
        "github.com/someone",
        "ada.example.org",
        "lovelace.dev",
        "lovelace",
    ]
    assert privacy_scan.residual("see www.example.org for the product") == []
    clean = "NDCG@10 up 7%, mAP@0.5 0.93, 2019 - 2021, 08.2019-09.2021, Socket.IO, Booking.com"
    assert privacy_scan.residual(clean) == []
    assert privacy_scan.residual("后端开发 - 201807 - 201810") == []  # years with their month


def test_a_title_on_the_name_line_is_not_taken_for_the_name(privacy_scan: ModuleType) -> None:
    from prodgap.models import Identity

    own = privacy_scan.Own.of(Identity(header=["Ana Lima Data Scientist", "ana@example.com"]))
    assert own.name_words == frozenset({"lima"})
    staff = privacy_scan.Own.of(Identity(header=["Rui Costa Staff SRE", "rui@example.com"]))
    assert staff.name_words == frozenset({"costa"})


def test_a_heading_above_the_header_is_not_taken_for_the_name(privacy_scan: ModuleType) -> None:
    # "Basic Information" set first made "information" a name word, and three bullets that
    # spoke of information were counted as leaks.
    from prodgap.models import Identity

    own = privacy_scan.Own.of(Identity(header=["Basic Information", "Tel: 5550 0000"]))
    assert own.name_words == frozenset()
    assert privacy_scan.residual("Centralised the information of the clinic", own) == []


def test_scan_prints_per_file_and_total_and_writes_a_review(
    privacy_scan: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    for name in ("contact_line_as_bullet.pdf", "publications_with_author_lists.pdf"):
        ROUTES[name](folder / name)
    review = tmp_path / "review.md"
    monkeypatch.setattr(sys, "argv", ["privacy_scan.py", str(folder), "--review", str(review)])
    # The rules' bullets, unfiltered: the contact line reaches the boundary as a bullet, as it
    # would if extraction erred, and the scan must show the boundary holding it back.
    monkeypatch.setenv("PRODGAP_BULLET_FILTER", "0")

    assert privacy_scan.main() == 0
    out = capsys.readouterr().out.splitlines()
    contact = next(line for line in out if line.startswith("contact_line_as_bullet.pdf"))
    assert contact.split()[1:5] == ["2", "1", "1", "1"]  # bullets, sent, held back, role headings
    # The publications are items (listed, not work), so only the work bullet is a candidate.
    papers = next(line for line in out if line.startswith("publications_with_author_lists"))
    assert papers.split()[1:3] == ["1", "1"]
    assert out[-1].startswith("total (2 files)") and out[-1].endswith(" 0  -")
    text = review.read_text(encoding="utf-8")
    assert "held back bullet: Find me at linkedin.com/in/imogen-farrow-keats-example" in text


def test_hints_point_at_weaker_signs_a_person_should_read(privacy_scan: ModuleType) -> None:
    header = ["Kofi Asante", "kofimensah@example.com", "2640 Chemin du Coteau, 26330"]
    assert privacy_scan.hints("kofimensah on every site", header) == ["kofimensah"]
    assert privacy_scan.hints("stato civile: celibe; 27 ans", header) == ["stato civile", "27 ans"]
    assert privacy_scan.hints("Lived at 2640, postcode 26330", header) == ["2640", "26330"]
    assert privacy_scan.hints("Cut p99 latency from 180 ms to 40 ms in 2021.", header) == []
