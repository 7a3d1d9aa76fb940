"""The CLI: options, outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from prodgap import __version__
from prodgap.cli import app

RESUME_MD = """\
# Nia Okafor
nia@example.com | 555-0100

## Experience
### ML Engineer, Example Corp (2021 - Present)
- Trained a gradient-boosted churn model reaching 0.91 AUC on historical data
- Served the fraud model behind a REST API at 2k QPS with p99 under 80 ms
- Mentored three junior engineers
"""


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "nia.md"
    path.write_text(RESUME_MD, encoding="utf-8")
    return path


runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"prodgap {__version__}"


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prodgap", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert __version__ in done.stdout


def test_json_to_stdout_carries_the_stable_fields(resume: Path) -> None:
    result = runner.invoke(app, ["audit", str(resume), "--format", "json", "-o", "-"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    texts = [b["text"] for b in report["bullets"]]
    assert texts[0].startswith("Trained a gradient-boosted churn model")
    assert {b["section"] for b in report["bullets"]} == {"Experience"}
    assert all(
        b["label"] in {"trained_model", "shipped_system", "other"} for b in report["bullets"]
    )
    assert report["run"]["backend"] == "rules"


def test_default_report_lands_next_to_the_input(resume: Path) -> None:
    result = runner.invoke(app, ["audit", str(resume)])
    assert result.exit_code == 0, result.output
    html = resume.with_name("nia.prodgap.html").read_text(encoding="utf-8")
    assert "<html" in html and "Trained a gradient-boosted churn model" in html


def test_existing_report_is_not_overwritten_without_force(resume: Path) -> None:
    dest = resume.with_name("nia.prodgap.md")
    dest.write_text("keep me", encoding="utf-8")
    refused = runner.invoke(app, ["audit", str(resume), "--format", "md"])
    assert refused.exit_code == 1
    assert dest.read_text(encoding="utf-8") == "keep me"
    assert "nia.prodgap.md" in refused.stderr and "--force" in refused.stderr
    forced = runner.invoke(app, ["audit", str(resume), "--format", "md", "--force"])
    assert forced.exit_code == 0, forced.output
    assert "Mentored three junior engineers" in dest.read_text(encoding="utf-8")


def test_llm_backend_without_configuration_is_a_one_line_error(resume: Path) -> None:
    result = runner.invoke(app, ["audit", str(resume), "--backend", "llm", "-o", "-"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "OPENAI_API_KEY" in result.stderr


def test_missing_file_names_the_file_and_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(tmp_path / "ghost.pdf")])
    assert result.exit_code == 1
    assert result.stderr.strip() == "prodgap: error: ghost.pdf: no such file"


def test_several_files_report_each_and_fail_if_any_failed(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    out.mkdir()
    result = runner.invoke(app, ["audit", str(resume), str(tmp_path / "ghost.pdf"), "-o", str(out)])
    assert result.exit_code == 1
    assert (out / "nia.prodgap.html").exists()
    assert "ghost.pdf: no such file" in result.stderr


def test_schema_is_the_report_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "AuditReport"
    assert "bullets" in schema["properties"]
    # Each field is described by its docstring, read from the source only for the schema.
    assert schema["properties"]["bullets"]["description"] == (
        "Every bullet, in reading order, with its verdict and rewrite."
    )
    evidence = schema["$defs"]["Evidence"]["properties"]
    assert evidence["span"]["description"] == "The part of the bullet it matched."
    described = [
        prop
        for definition in [schema, *schema["$defs"].values()]
        for prop in definition.get("properties", {}).values()
    ]
    assert sum("description" in prop for prop in described) > 0.9 * len(described)


def test_the_input_is_never_overwritten_even_with_force(resume: Path) -> None:
    result = runner.invoke(
        app, ["audit", str(resume), "--format", "md", "-o", str(resume), "--force"]
    )
    assert result.exit_code == 1
    assert "input file" in result.stderr
    assert resume.read_text(encoding="utf-8") == RESUME_MD


def test_an_output_folder_is_created_for_several_files(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "reports"
    second = tmp_path / "ana.md"
    second.write_text(RESUME_MD, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(resume), str(second), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    reports = {"nia.prodgap.html", "ana.prodgap.html"}
    overview = {"index.html", "summary.csv", "summary.jsonl", ".prodgap-manifest.jsonl"}
    assert {p.name for p in out.iterdir()} == reports | overview


def test_a_trailing_slash_makes_the_output_a_folder(resume: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = runner.invoke(app, ["audit", str(resume), "-o", f"{out}/"])
    assert result.exit_code == 0, result.stderr
    assert (out / "nia.prodgap.html").exists()


def test_several_files_never_write_into_a_file_named_by_o(resume: Path, tmp_path: Path) -> None:
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(resume), str(resume), "-o", str(taken)])
    assert result.exit_code == 2
    assert "this is a file" in result.stderr
    assert taken.read_text(encoding="utf-8") == "mine"


def test_help_shows_no_type_names_and_two_examples() -> None:
    result = runner.invoke(app, ["audit", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "<" not in result.output.replace("<name>", ""), result.output
    assert "--force " in result.output and "-o, --output PATH" in result.output
    examples = result.output.split("Examples:", 1)[1]
    assert examples.count("prodgap audit ") == 2


@pytest.mark.parametrize(("name", "first"), [("out.json", "{"), ("out.md", "# "), ("o.html", "<")])
def test_the_output_suffix_sets_the_format(resume: Path, tmp_path: Path, name: str, first: str):
    dest = tmp_path / name
    result = runner.invoke(app, ["audit", str(resume), "-o", str(dest)])
    assert result.exit_code == 0, result.output
    assert dest.read_text(encoding="utf-8").lstrip().startswith(first)


def test_a_format_that_contradicts_the_suffix_is_refused(resume: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out.json"
    result = runner.invoke(app, ["audit", str(resume), "-o", str(dest), "--format", "md"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"prodgap: error: {dest}: a .json file cannot hold a --format md report"
    ]
    assert not dest.exists()


@pytest.mark.parametrize(
    ("report", "expected"), [("cv.html", ["templates", "read"]), ("cv.json", ["read"])]
)
def test_an_html_report_loads_its_templates_while_the_file_is_read(
    resume: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, report: str, expected: list
) -> None:
    # Importing jinja2 and loading the templates cost a one-resume HTML run ~8 ms when done
    # after the audit; done while a worker reads the file, on the second core.
    from prodgap import pipeline, render

    order: list[str] = []
    monkeypatch.setattr(render, "load_templates", lambda: order.append("templates"))
    real_extract = pipeline.extract

    def extract(path: Path, **options: object) -> object:
        meanwhile = options.get("meanwhile")
        assert callable(meanwhile)
        meanwhile()
        order.append("read")
        return real_extract(path, limits=options.get("limits"))  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", extract)
    result = runner.invoke(app, ["audit", str(resume), "-o", str(tmp_path / report)])
    assert result.exit_code == 0, result.output
    assert order == expected
