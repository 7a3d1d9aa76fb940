"""What a command loads: every import is time a user waits for (scripts/bench_batch.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "eli_xelatex.pdf"
HEAVY = ("jinja2", "pypdf", "docx", "openai", "rich", "multiprocessing")

RUN_CLI = """\
import sys
from prodgap.cli import main
sys.argv = ["prodgap", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)
"""


def _loaded(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", RUN_CLI.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stderr.strip().splitlines()[-1]


def test_a_json_report_of_a_pdf_loads_only_what_it_needs() -> None:
    # No HTML templates, no pypdf (PDFium opens the file), no DOCX reader, no LLM SDK, no bar.
    assert (
        _loaded("audit", str(SAMPLE), "--backend", "rules", "--format", "json", "-o", "-") == "[]"
    )


def test_an_html_report_loads_the_templates_and_nothing_else() -> None:
    loaded = _loaded("audit", str(SAMPLE), "--backend", "rules", "-o", "-")
    assert loaded == "['jinja2']"


def _html_report(tmp_path: Path, cache: Path) -> str:
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "prodgap", "audit", str(SAMPLE), "--backend", "rules"]
    done = subprocess.run(
        [*command, "-o", "-"], capture_output=True, text=True, check=True, env=env
    )
    # The footer's "Time taken" is the one part that differs from run to run.
    return re.sub(r"<dt>Time taken</dt><dd>[^<]*</dd>", "", done.stdout)


def test_compiled_templates_are_kept_and_a_bad_cache_costs_only_time(tmp_path: Path) -> None:
    # Compiling the report's templates costs a process 0.1 s or more; it is done once.
    cache = tmp_path / "cache"
    first = _html_report(tmp_path, cache)
    compiled = sorted((cache / "templates").glob("*/__jinja2_*.cache"))
    assert len(compiled) >= 3  # the report, the bullet card, the stylesheet
    written = {path: path.stat().st_mtime_ns for path in compiled}
    assert _html_report(tmp_path, cache) == first
    assert {path: path.stat().st_mtime_ns for path in compiled} == written, "compiled again"
    for path in compiled:
        path.write_bytes(b"not a compiled template")
    assert _html_report(tmp_path, cache) == first
    assert all(path.read_bytes() != b"not a compiled template" for path in compiled)
    blocked = tmp_path / "a_file"
    blocked.write_text("the cache folder cannot be made here", encoding="utf-8")
    assert _html_report(tmp_path, blocked) == first
