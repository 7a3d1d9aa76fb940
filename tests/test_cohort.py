"""Cohorts: a folder (or many files) into one report each, an overview, a summary, and a second
run that audits only what changed."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

from typer.testing import CliRunner

from fixtures.extract.pdfs import Page
from prodgap.cli import app
from prodgap.cohort import cohort_folder, find_resumes, plan_reports
from prodgap.manifest import MANIFEST_NAME
from prodgap.overview import COLUMNS
from prodgap.summary import hidden_text_warning

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HOSTILE = Path(__file__).parent / "hostile" / "files"
runner = CliRunner()

BULLETS = [
    "Trained a gradient-boosted churn model reaching 0.91 AUC on historical data",
    "Served the fraud model behind a REST API at 2k QPS with p99 under 80 ms",
    "Cut p99 latency from 900 ms to 120 ms after an outage by adding a Redis cache",
    "Mentored three junior engineers",
]


def person(n: int) -> dict[str, str]:
    """A fictional candidate: name, contact lines that must never reach the overview."""
    first = ["Nia", "Tomas", "Aiko", "Ravi", "Lena", "Omar", "Greta", "Kofi"][n % 8]
    last = ["Okafor", "Lindqvist", "Tanaka", "Menon", "Brandt", "Haddad"][n % 6]
    return {
        "name": f"{first} Zq{last}{n}",
        "email": f"{first.lower()}.{n}@example.com",
        "phone": f"+1 555 01{n:02d} {n:04d}",
    }


def resume_text(n: int, bullets: list[str] | None = None) -> str:
    who = person(n)
    lines = [
        f"# {who['name']}",
        f"{who['email']} | {who['phone']} | https://example.com/{who['name'].split()[1].lower()}",
        "",
        "## Experience",
        f"### ML Engineer, Example Corp {n} (2021 - Present)",
        *(f"- {b}" for b in (bullets or BULLETS)),
    ]
    return "\n".join(lines) + "\n"


def write_cohort(folder: Path, names: list[str]) -> list[Path]:
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(resume_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def audit(*args: str | Path) -> object:
    return runner.invoke(app, ["audit", *map(str, args), "--backend", "rules"])


def rows(out: Path) -> list[dict[str, object]]:
    text = (out / "summary.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def mtimes(out: Path) -> dict[str, int]:
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.prodgap.*")}


# --- which files, and where their reports go ---------------------------------------------


def test_a_folder_is_searched_recursively_for_resumes_only(tmp_path: Path) -> None:
    cohort = tmp_path / "cohort"
    write_cohort(cohort, ["b.md", "a/cv.txt", "a/deep/cv.md", ".hidden/x.md", "a/.draft.md"])
    (cohort / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (cohort / "old.prodgap.md").write_text("# a report, not a resume", encoding="utf-8")
    write_cohort(cohort / "reports", ["inside_the_output.md"])
    found = find_resumes([cohort], skip=cohort / "reports")
    names = [p.relative_to(cohort).as_posix() for p in found]
    assert names == ["a/cv.txt", "a/deep/cv.md", "b.md"]


def test_the_same_file_twice_is_audited_once(tmp_path: Path) -> None:
    (path,) = write_cohort(tmp_path, ["a.md"])
    assert find_resumes([path, tmp_path / "." / "a.md", tmp_path]) == [path]


def test_reports_mirror_the_folders_and_never_share_a_name(tmp_path: Path) -> None:
    files = write_cohort(
        tmp_path / "in",
        ["alice/resume.pdf", "bob/resume.pdf", "kent.pdf", "kent.docx", "Kent.md", "solo.md"],
    )
    root = cohort_folder([tmp_path / "in"])
    jobs = plan_reports(files, root=root, fmt="html", output=tmp_path / "out", to_stdout=False)
    reports = [j.report for j in jobs]
    assert reports == [
        "alice/resume.prodgap.html",
        "bob/resume.prodgap.html",
        "kent.pdf.prodgap.html",
        "kent.docx.prodgap.html",
        "Kent.md.prodgap.html",
        "solo.prodgap.html",
    ]
    assert [j.name for j in jobs][:2] == ["alice/resume.pdf", "bob/resume.pdf"]
    assert jobs[0].dest == tmp_path / "out" / "alice" / "resume.prodgap.html"


def test_without_an_output_folder_reports_go_next_to_their_inputs(tmp_path: Path) -> None:
    files = write_cohort(tmp_path, ["a/kent.pdf", "a/kent.md", "b/kent.md"])
    jobs = plan_reports(files, root=cohort_folder(files), fmt="md", output=None, to_stdout=False)
    assert [j.dest for j in jobs] == [
        tmp_path / "a" / "kent.pdf.prodgap.md",
        tmp_path / "a" / "kent.md.prodgap.md",
        tmp_path / "b" / "kent.prodgap.md",
    ]


# --- the CLI ----------------------------------------------------------------------------


def test_a_folder_gives_reports_an_overview_and_a_summary(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["alice/resume.md", "bob/resume.md", "kent.md", "kent.txt"])
    result = audit(cohort, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(mtimes(out)) == [
        "alice/resume.prodgap.html",
        "bob/resume.prodgap.html",
        "kent.md.prodgap.html",
        "kent.txt.prodgap.html",
    ]
    summary = rows(out)
    assert [r["file"] for r in summary] == [
        "alice/resume.md",
        "bob/resume.md",
        "kent.md",
        "kent.txt",
    ]
    assert all(r["status"] == "ok" and r["bullets"] == 4 for r in summary)
    assert summary[0]["shipped"] + summary[0]["trained"] + summary[0]["other"] == 4
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="alice/resume.prodgap.html"' in html and "4 resumes: 4 audited" in html
    assert f"{out / 'index.html'}" in result.stderr


def test_a_file_that_fails_is_a_row_and_the_exit_code_is_1(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md", "b.md"])
    shutil.copy(HOSTILE / "truncated.pdf", cohort / "broken.pdf")
    result = audit(cohort, "-o", out)
    assert result.exit_code == 1
    assert "prodgap: error: broken.pdf: corrupt or truncated PDF" in result.stderr
    by_file = {r["file"]: r for r in rows(out)}
    assert by_file["broken.pdf"]["status"] == "failed"
    assert by_file["broken.pdf"]["report"] is None
    assert (
        by_file["broken.pdf"]["error"] == "corrupt or truncated PDF (its structure cannot be read)"
    )
    assert by_file["a.md"]["status"] == by_file["b.md"]["status"] == "ok"
    assert "Failed:</strong> corrupt or truncated PDF" in (out / "index.html").read_text("utf-8")


def test_summary_csv_has_the_documented_columns(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md", "b.md"])
    shutil.copy(HOSTILE / "text_named.docx", cohort / "c.docx")
    assert audit(cohort, "-o", out).exit_code == 0
    with (out / "summary.csv").open(encoding="utf-8", newline="") as file:
        table = list(csv.DictReader(file))
    assert tuple(table[0]) == COLUMNS
    assert [r["file"] for r in table] == ["a.md", "b.md", "c.docx"]
    assert "really a TXT file" in table[2]["warnings"]
    assert table[0]["production_share"] == str(rows(out)[0]["production_share"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", readme, flags=re.M))
    assert set(COLUMNS) <= documented, "every summary column is documented in the README"


def test_no_name_or_contact_detail_reaches_the_overview(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, [f"cv{n}.md" for n in range(6)])
    assert audit(cohort, "-o", out).exit_code == 0
    overview = "".join(
        (out / name).read_text(encoding="utf-8")
        for name in ("index.html", "summary.csv", "summary.jsonl")
    )
    for n in range(6):
        who = person(n)
        for detail in (who["name"], *who["name"].split(), who["email"], who["phone"]):
            assert detail not in overview, detail
    assert "example.com" not in overview


def test_warnings_go_to_stderr_with_the_file_name(tmp_path: Path) -> None:
    named = tmp_path / "cv.docx"
    shutil.copy(HOSTILE / "text_named.docx", named)
    single = runner.invoke(app, ["audit", str(named), "--format", "json", "-o", "-"])
    assert single.exit_code == 0
    assert f"prodgap: warning: {named}: cv.docx is really a TXT file" in single.stderr
    shutil.copy(HOSTILE / "white_text.pdf", tmp_path / "white.pdf")
    many = audit(tmp_path, "-o", tmp_path / "out")
    assert "prodgap: warning: cv.docx: cv.docx is really a TXT file" in many.stderr
    assert f"prodgap: warning: white.pdf: {hidden_text_warning(1)}" in many.stderr


def test_a_resume_with_no_bullets_says_so(tmp_path: Path) -> None:
    path = tmp_path / "prose.md"
    path.write_text("# Ada Zqx\n\nI like building things that people use.\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(path), "-o", "-", "--format", "md"])
    assert f"prodgap: warning: {path}: no bullet points found" in result.stderr


def test_one_file_name_for_several_inputs_is_refused(tmp_path: Path) -> None:
    files = write_cohort(tmp_path, ["a.md", "b.md"])
    result = audit(*files, "-o", tmp_path / "one.html")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "one.html: several resumes need a folder" in result.stderr
    assert not (tmp_path / "one.html").exists()


def test_json_lines_on_stdout_for_several_inputs(tmp_path: Path) -> None:
    files = write_cohort(tmp_path, [f"cv{n}.md" for n in range(5)])
    shutil.copy(HOSTILE / "binary.txt", tmp_path / "zz_binary.txt")
    result = audit(tmp_path, "--format", "json", "-o", "-")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [f.name for f in files]
    assert "prodgap: error: zz_binary.txt: binary content" in result.stderr
    html = audit(*files, "-o", "-")
    assert html.exit_code == 2 and "--format json" in html.stderr and html.stdout == ""


def test_an_existing_file_is_never_replaced_without_force(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md", "b.md"])
    out.mkdir()
    (out / "a.prodgap.html").write_text("mine", encoding="utf-8")
    for _ in range(2):  # a refusal does not make the file prodgap's on the next run
        result = audit(cohort, "-o", out)
        assert result.exit_code == 1
        assert "a.prodgap.html already exists; use --force" in result.stderr
        assert (out / "a.prodgap.html").read_text(encoding="utf-8") == "mine"
    assert (out / "b.prodgap.html").exists()
    forced = audit(cohort, "-o", out, "--force")
    assert forced.exit_code == 0
    assert (out / "a.prodgap.html").read_text(encoding="utf-8") != "mine"


def test_someone_elses_index_html_stops_the_run_before_any_work(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "site"
    write_cohort(cohort, ["a.md", "b.md"])
    out.mkdir()
    (out / "index.html").write_text("my home page", encoding="utf-8")
    result = audit(cohort, "-o", out)
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        == f"prodgap: error: {out / 'index.html'} already exists; use --force to overwrite it"
    )
    assert {p.name for p in out.iterdir()} == {"index.html"}


# --- a second run -------------------------------------------------------------------------


def test_a_second_run_audits_only_what_changed(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    files = write_cohort(cohort, ["a.md", "b.md", "c/d.md"])
    assert audit(cohort, "-o", out).exit_code == 0
    first = mtimes(out)
    files[1].write_text(resume_text(1, BULLETS[:2]), encoding="utf-8")  # b.md changes
    write_cohort(cohort / "e", ["new.md"])
    again = audit(cohort, "-o", out)
    assert again.exit_code == 0, again.stderr
    assert "2 resume(s) unchanged since the last run; auditing 2" in again.stderr
    second = mtimes(out)
    assert second["a.prodgap.html"] == first["a.prodgap.html"]
    assert second["c/d.prodgap.html"] == first["c/d.prodgap.html"]
    assert second["b.prodgap.html"] != first["b.prodgap.html"]
    assert "e/new.prodgap.html" in second
    assert {r["file"]: r["bullets"] for r in rows(out)} == {
        "a.md": 4,
        "b.md": 2,
        "c/d.md": 4,
        "e/new.md": 4,
    }
    forced = audit(cohort, "-o", out, "--force")
    assert "unchanged since the last run" not in forced.stderr
    assert all(mtimes(out)[k] != v for k, v in second.items())


def test_a_deleted_report_is_made_again(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md", "b.md"])
    assert audit(cohort, "-o", out).exit_code == 0
    (out / "a.prodgap.html").unlink()
    again = audit(cohort, "-o", out)
    assert "1 resume(s) unchanged since the last run; auditing 1" in again.stderr
    assert (out / "a.prodgap.html").exists()


def test_a_changed_backend_or_format_is_audited_again(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md"])
    assert audit(cohort, "-o", out).exit_code == 0
    as_json = audit(cohort, "-o", out, "--format", "json")
    assert "unchanged" not in as_json.stderr and (out / "a.prodgap.json").exists()
    manifest = (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    assert json.loads(manifest[0]) == {"prodgap_manifest": 1}
    entries = [json.loads(line) for line in manifest[1:]]
    assert {e["report"] for e in entries} == {"a.prodgap.html", "a.prodgap.json"}
    assert all(e["key"]["backend"] == "rules" and e["key"]["model"] is None for e in entries)
    assert all(e["status"] == "done" for e in entries)


# --- killed halfway ------------------------------------------------------------------------


def _manifest_entries(out: Path) -> list[dict[str, object]]:
    try:
        lines = (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines[1:]]


def test_a_killed_run_leaves_no_half_written_file_and_resumes(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    long_resume = BULLETS * 12  # enough work per file that the kill lands mid-run
    files = 80  # and enough files that a busy machine still kills it mid-run
    for n in range(files):
        (cohort / f"cv{n:02d}.md").parent.mkdir(parents=True, exist_ok=True)
        (cohort / f"cv{n:02d}.md").write_text(resume_text(n, long_resume), encoding="utf-8")
    command = [sys.executable, "-m", "prodgap", "audit", str(cohort), "-o", str(out)]
    run = subprocess.Popen(
        [*command, "--backend", "rules", "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while sum(e["status"] == "done" for e in _manifest_entries(out)) < 5:
        assert run.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    # Its workers finish the file they hold, find the parent gone, and exit.
    _wait_for_session_to_end(run.pid)
    done = {e["report"] for e in _manifest_entries(out) if e["status"] == "done"}
    assert 5 <= len(done) < files
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")], "a half-written file"
    before = mtimes(out)
    again = subprocess.run(
        [*command, "--backend", "rules"], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert f"{len(done)} resume(s) unchanged since the last run; auditing {files - len(done)}" in (
        again.stderr
    )
    after = mtimes(out)
    assert len(after) == files
    assert {r for r in done if after[r] == before[r]} == done, "a finished report was redone"
    redone = {r for r in after if r not in done}
    assert all(r not in before or after[r] != before[r] for r in redone)
    assert [r["status"] for r in rows(out)] == ["ok"] * files


def _wait_for_session_to_end(session: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rpartition(")")[2].split()
            except OSError:
                continue
            # After the name: state, ppid, pgrp, session (proc(5)).
            if int(fields[3]) == session and fields[0] != "Z":
                alive.append(stat.parent.name)
        if not alive:
            return
        time.sleep(0.05)
    raise AssertionError(f"processes of the killed run still alive: {alive}")


def test_sigterm_stops_the_run_cleanly(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    cohort.mkdir()
    for n in range(80):  # enough that a busy machine still stops it mid-run
        (cohort / f"cv{n:02d}.md").write_text(resume_text(n, BULLETS * 12), encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "prodgap", "audit", str(cohort), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while sum(e["status"] == "done" for e in _manifest_entries(out)) < 3:
        assert run.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130
    assert stderr.splitlines()[-1] == "prodgap: error: interrupted"
    _wait_for_session_to_end(run.pid, seconds=15)  # the workers were stopped, not orphaned
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    entries = _manifest_entries(out)
    done = {e["report"] for e in entries if e["status"] == "done"}
    assert done and done <= set(mtimes(out))


# --- with an LLM ----------------------------------------------------------------------------


class _RefusingAPI(BaseHTTPRequestHandler):
    """A loopback stand-in for an OpenAI-compatible server that answers every request with
    HTTP 400, so every bullet falls back to the rules (no answer format is assumed)."""

    requests: ClassVar[list[str]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).requests.append(self.path)
        body = json.dumps({"error": {"message": "no", "type": "invalid_request_error"}}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


def test_an_llm_cohort_asks_from_the_workers_and_keys_reports_by_model(tmp_path: Path) -> None:
    cohort, out = tmp_path / "cohort", tmp_path / "reports"
    write_cohort(cohort, ["a.md", "b.md", "c.md"])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingAPI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PRODGAP_"))},
        "OPENAI_BASE_URL": f"http://127.0.0.1:{server.server_port}/v1",
        "OPENAI_API_KEY": "sk-test-not-a-real-key",
        "PRODGAP_CACHE_DIR": str(tmp_path / "cache"),
    }

    def run(*options: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "prodgap", "audit", str(cohort), "-o", str(out)]
        return subprocess.run(
            [*command, "--jobs", "2", *options], capture_output=True, text=True, env=env
        )

    try:
        first = run("--model", "model-a")
        assert first.returncode == 0, first.stderr
        asked = len(_RefusingAPI.requests)
        assert asked >= 3  # each file's bullets were sent, from the workers
        summary = rows(out)
        assert {(r["backend"], r["model"]) for r in summary} == {("llm", "model-a")}
        assert all(any("fell back" in w for w in r["warnings"]) for r in summary)
        assert [r["llm_fallbacks"] for r in summary] == [4, 4, 4]
        assert "prodgap: warning: a.md: 4 bullet(s) fell back" in first.stderr
        keys = [e["key"] for e in _manifest_entries(out)]
        assert {(k["backend"], k["model"]) for k in keys} == {("llm", "model-a")}
        # Bullets the LLM did not answer are asked again on the next run (a rate limit passes).
        again = run("--model", "model-a")
        assert "unchanged" not in again.stderr and len(_RefusingAPI.requests) >= 2 * asked
        other = run("--model", "model-b")
        assert "unchanged" not in other.stderr
        assert {r["model"] for r in rows(out)} == {"model-b"}
        rules = run("--backend", "rules")
        assert "unchanged" not in rules.stderr
        assert {(r["backend"], r["model"]) for r in rows(out)} == {("rules", None)}
    finally:
        server.shutdown()
        server.server_close()


def test_too_few_bullets_for_the_pages_is_a_warning_on_stderr(tmp_path: Path) -> None:
    page = Page(tmp_path / "thin.pdf")  # two pages, three bullets: a layout was missed
    page.heading("Experience")
    for text in ("Built the fraud model.", "Ran the scoring API.", "Cut p99 latency by 40%."):
        page.bullet(text)
    page.new_page()
    page.line(60, "Bullets set as a table that the reader could not follow.")
    path = page.save()
    result = runner.invoke(app, ["audit", str(path), "-o", "-", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert f"prodgap: warning: {path}: prodgap found only" in result.stderr
