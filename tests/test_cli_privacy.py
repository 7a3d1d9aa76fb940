"""What the user sees of the privacy boundary: --show-payload, the report footer, and the
terminal line when the LLM failed and the rules answered."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from openai._base_client import AsyncAPIClient
from typer.testing import CliRunner

from prodgap import llm
from prodgap.cli import app
from prodgap.models import PrivacySummary
from prodgap.render import render
from report_fixture import build_report

RESUME_MD = """\
# Oriane Castellanos
Applied Scientist | oriane.castellanos@example.com | +44 20 7946 0958

## Experience
### Applied Scientist, Verbatim Labs (2021 - Present)
- Trained a BERT ranker on 2M query pairs, reaching 0.44 NDCG on the test set
- Served the ranker behind a REST API at 2k QPS with p99 under 80 ms
- Co-wrote the evaluation guide with Oriane Castellanos's team, adopted by 4 teams

## Elsewhere
- Find me at github.com/ocastellanos-example or call +44 20 7946 0958
"""
# (Under a "Links" heading that line would be an item, never a bullet; here it is a bullet that
# only the boundary can hold back.)
PRIVATE = ("Oriane", "Castellanos", "oriane.castellanos@example.com", "7946", "ocastellanos")

runner = CliRunner()


@pytest.fixture
def resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The layout rules' bullets, unfiltered: the contact line under "Elsewhere" reaches the
    # privacy boundary as a bullet, as it would if extraction erred, and the boundary alone must
    # hold it back (the bullet filter would set it apart before).
    monkeypatch.setenv("PRODGAP_BULLET_FILTER", "0")
    path = tmp_path / "oriane.md"
    path.write_text(RESUME_MD, encoding="utf-8")
    return path


def test_show_payload_prints_what_would_be_sent_and_sends_nothing(
    resume: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")  # configured, still not sent

    def no_client() -> None:
        raise AssertionError("--show-payload must not make an LLM client")

    monkeypatch.setattr(llm, "_make_client", no_client)
    result = runner.invoke(app, ["audit", str(resume), "--show-payload"])

    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [item["text"] for item in items] == [
        "Trained a BERT ranker on 2M query pairs, reaching 0.44 NDCG on the test set",
        "Served the ranker behind a REST API at 2k QPS with p99 under 80 ms",
        "Co-wrote the evaluation guide with [name]'s team, adopted by 4 teams",
    ]
    for private in PRIVATE:
        assert private not in result.stdout
    assert "would send 3 bullets and 1 role heading; masked 1 name; held back 1 bullet" in (
        result.stderr
    )
    # No report written (the test's cache folder, PRODGAP_CACHE_DIR, sits beside it).
    assert [p for p in resume.parent.iterdir() if p.name != "cache"] == [resume]


def test_show_payload_needs_no_key_and_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["audit", str(bad), "--show-payload"])
    assert result.exit_code == 1
    assert result.stderr.startswith("prodgap: error: empty.pdf:")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_terminal_line_says_when_the_llm_failed_and_the_rules_answered(
    resume: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{_closed_port()}/v1")
    monkeypatch.setattr(AsyncAPIClient, "_calculate_retry_timeout", lambda *_a, **_k: 0.0)
    result = runner.invoke(app, ["audit", str(resume), "--no-cache"])

    assert result.exit_code == 0, result.output
    line = result.stderr.strip().splitlines()[-1]
    assert line.endswith(
        "(llm backend, 4 of 4 bullets fell back to the rules: could not connect to the LLM API"
        " (and 1 other reason))"
    ), line


def test_terminal_line_says_rules_backend_plainly(resume: Path) -> None:
    result = runner.invoke(app, ["audit", str(resume)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().endswith("(rules backend)")


def test_footer_says_what_was_sent_in_counts() -> None:
    sent = PrivacySummary(
        bullets_sent=24, role_headings_sent=5, masked={"name": 2, "phone": 1}, bullets_held_back=1
    )
    report = build_report()
    report = report.model_copy(update={"run": report.run.model_copy(update={"sent": sent})})
    words = "24 bullets and 5 role headings; masked 2 names, 1 phone; held back 1 bullet"

    assert f"Sent to the LLM: {words}" in render(report, "md")
    assert f"<dt>Sent to the LLM</dt><dd>{words}</dd>" in render(report, "html")
    assert json.loads(render(report, "json"))["run"]["sent"]["masked"] == {"name": 2, "phone": 1}
    assert "Sent to the LLM" not in render(build_report(), "md")
