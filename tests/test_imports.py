"""What a command loads: every import is time a user waits for (scripts/bench_batch.py)."""

from __future__ import annotations

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
