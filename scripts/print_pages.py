"""Print a resume's HTML report to PDF with headless Chromium and count the pages.

    python scripts/print_pages.py samples/hana_multipage.pdf samples/eli_xelatex.pdf

Audits each resume with the rules engine, renders the HTML report, prints it with Chromium's
--print-to-pdf (the print stylesheet decides what is shown) and prints "<file>: <pages> pages
(<resume pages> resume pages)". Needs Chromium; nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


def _offline_args() -> list[str]:
    """The offline Chromium flags the screenshot script owns."""
    path = ROOT / "scripts" / "make_report_screenshot.py"
    spec = importlib.util.spec_from_file_location("make_report_screenshot", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.OFFLINE_ARGS)


def printed_pages(resume: Path, chromium: str) -> tuple[int, int | None]:
    """Pages of the printed report, and of the resume (PDF only)."""
    from prodgap import audit
    from prodgap.render import render

    report = audit(resume, backend="rules", use_cache=False)
    with tempfile.TemporaryDirectory(prefix="prodgap-print-") as folder:
        html, pdf = Path(folder) / "report.html", Path(folder) / "report.pdf"
        html.write_text(render(report, "html"), encoding="utf-8")
        command = [
            chromium,
            *_offline_args(),
            f"--user-data-dir={Path(folder) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=True)
        pages = len(PdfReader(pdf).pages)
    resume_pages = len(PdfReader(resume).pages) if resume.suffix.lower() == ".pdf" else None
    return pages, resume_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resumes", nargs="+", type=Path)
    parser.add_argument("--chromium", help="path to the Chromium binary")
    args = parser.parse_args(argv)
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: apt-get install chromium, or pass --chromium", file=sys.stderr)
        return 1
    for resume in args.resumes:
        pages, resume_pages = printed_pages(resume, chromium)
        of = (
            f" ({resume_pages} resume page{'s' if resume_pages != 1 else ''})"
            if resume_pages
            else ""
        )
        print(f"{resume.name}: {pages} pages{of}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
