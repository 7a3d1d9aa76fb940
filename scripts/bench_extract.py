"""Time prodgap's extraction against bare PDFium text extraction on the sample PDFs.

    python scripts/bench_extract.py [samples/] [--repeat 20]

Prints, per file and overall, our extract() time against pypdfium2's own get_text_range()
(target: at most 1.5x), then a whole ``python -m prodgap audit`` process against a bare Python
process that only extracts the text (target: at most 2x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

from prodgap.extraction import extract

BARE_PROCESS = (
    "import sys, pypdfium2 as p\n"
    "d = p.PdfDocument(sys.argv[1])\n"
    "print(''.join(pg.get_textpage().get_text_range() for pg in d))"
)


def bare_text(path: Path) -> str:
    """What the engine does on its own: open, and get each page's text in one call."""
    doc = pdfium.PdfDocument(path)
    try:
        return "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def best_of(func, path: Path, repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(path)
        times.append(time.perf_counter() - start)
    return min(times)


def process_seconds(args: list[str], repeat: int) -> float:
    """Median wall time of a fresh Python process."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", nargs="?", default="samples", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    pdfs = sorted(options.samples.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {options.samples}", file=sys.stderr)
        return 1
    print(f"{'file':<28} {'bare ms':>8} {'ours ms':>8} {'ratio':>6}")
    total_bare = total_ours = 0.0
    for path in pdfs:
        bare, ours = (
            best_of(bare_text, path, options.repeat),
            best_of(extract, path, options.repeat),
        )
        total_bare, total_ours = total_bare + bare, total_ours + ours
        print(f"{path.name:<28} {bare * 1e3:>8.2f} {ours * 1e3:>8.2f} {ours / bare:>6.2f}")
    print(
        f"{'overall':<28} {total_bare * 1e3:>8.2f} {total_ours * 1e3:>8.2f} "
        f"{total_ours / total_bare:>6.2f}  (target <= 1.5)"
    )
    two_page = next((p for p in pdfs if len(pdfium.PdfDocument(p)) == 2), pdfs[0])
    runs = max(3, options.repeat // 4)
    bare_proc = process_seconds([sys.executable, "-c", BARE_PROCESS, str(two_page)], runs)
    audit = [sys.executable, "-m", "prodgap", "audit", str(two_page), "--format", "json", "-o", "-"]
    audit_proc = process_seconds(audit, runs)
    print(
        f"process on {two_page.name}: bare {bare_proc * 1e3:.0f} ms, prodgap audit "
        f"{audit_proc * 1e3:.0f} ms, ratio {audit_proc / bare_proc:.2f}  (target <= 2)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
