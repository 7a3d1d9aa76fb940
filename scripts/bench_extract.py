"""Time prodgap's extraction against bare PDFium text extraction on the sample PDFs.

    python scripts/bench_extract.py [samples/] [--repeat 20] [--no-process]

Per file and overall, against pypdfium2's own get_text_range() ("bare"), it prints:

* ``calls``: only the PDFium calls the reader makes (the page text, each line's text-object
  rectangles and where they start, each rectangle's font size, weight, colour and render
  mode), with none of the layout or structure logic: the floor of this design;
* ``inproc``: the reader and the structure stage run in this process
  (``prodgap.extraction._extract_checked``), the work the 2.5x target is about;
* ``preflt``: the preflight (size and sniffing the type; a PDF's password, structure and page
  count are the reader's, so they are in ``inproc``);
* ``full``: the public ``extract()``: preflight, then the reading in a forked, bounded worker,
  so ``full - preflt - inproc`` is what the protection (fork, pickle, pipe) costs.

Then a whole ``python -m prodgap audit`` process against a bare Python process that only
extracts the text (target: at most 4x; scripts/bench_batch.py measures it too), and against the
floor the dependency set puts under it: the bare process that also imports what an audit cannot
do without (pydantic with one model, and typer).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from prodgap.extraction import _extract_checked, _reader_for, extract
from prodgap.preflight import Limits, check_file
from prodgap.readers import pdf as reader

BARE_PROCESS = (
    "import sys, pypdfium2 as p\n"
    "d = p.PdfDocument(sys.argv[1])\n"
    "print(''.join(pg.get_textpage().get_text_range() for pg in d))"
)
FLOOR_PROCESS = (
    "import pydantic, typer\nclass Model(pydantic.BaseModel):\n    text: str\n" + BARE_PROCESS
)
LIMITS = Limits()


def bare_text(path: Path) -> str:
    """What the engine does on its own: open, and get each page's text in one call."""
    doc = pdfium.PdfDocument(path)
    try:
        return "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def engine_calls(path: Path) -> None:
    """The PDFium calls ``prodgap.readers.pdf`` makes on a file, and nothing else."""
    doc = pdfium.PdfDocument(path)
    try:
        for page in doc:
            textpage = page.get_textpage()
            raw, text = textpage.raw, reader._page_text(textpage)
            state = reader._Page(raw, text, page.get_bbox(), [], 1, [], {})
            for match in reader._PDF_LINE.finditer(text):
                start, end = match.span()
                rects = reader._rects(raw, start, end - start)
                starts = reader._run_starts(raw, rects, start, end)
                for rect, first in zip(rects, starts, strict=True):
                    reader._style(state, first, rect)
            textpage.close()
            page.close()
    finally:
        doc.close()


def in_process(path: Path) -> object:
    """The reader and the structure stage, without preflight or the forked worker."""
    return _extract_checked(_reader_for("pdf"), path, "pdf", LIMITS)


def preflight(path: Path) -> object:
    return check_file(path, LIMITS)


def best_of(func: Callable[[Path], object], path: Path, repeat: int) -> float:
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
    parser.add_argument("--no-process", action="store_true", help="skip the whole-process timing")
    options = parser.parse_args()
    pdfs = sorted(options.samples.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {options.samples}", file=sys.stderr)
        return 1
    timed = {
        "bare": bare_text,
        "calls": engine_calls,
        "inproc": in_process,
        "preflt": preflight,
        "full": extract,
    }
    print(
        f"{'file':<26}"
        + "".join(f"{name + ' ms':>11}" for name in timed)
        + f"{'calls/bare':>12}{'inproc/bare':>13}{'full/bare':>11}"
    )
    totals = dict.fromkeys(timed, 0.0)
    for path in pdfs:
        row = {name: best_of(func, path, options.repeat) for name, func in timed.items()}
        for name, seconds in row.items():
            totals[name] += seconds
        print(_row(path.name, row))
    print(_row("overall", totals) + "   (target: inproc/bare <= 2.5)")
    overhead = totals["full"] - totals["preflt"] - totals["inproc"]
    print(
        f"protection (fork + pickle + pipe): {overhead * 1e3 / len(pdfs):.1f} ms per file; "
        f"preflight: {totals['preflt'] * 1e3 / len(pdfs):.1f} ms per file"
    )
    if not options.no_process:
        _compare_processes(pdfs, max(3, options.repeat // 4))
    return 0


def _row(name: str, row: dict[str, float]) -> str:
    cells = "".join(f"{seconds * 1e3:>11.2f}" for seconds in row.values())
    ratios = (
        f"{row['calls'] / row['bare']:>12.2f}{row['inproc'] / row['bare']:>13.2f}"
        f"{row['full'] / row['bare']:>11.2f}"
    )
    return f"{name:<26}{cells}{ratios}"


def _compare_processes(pdfs: list[Path], runs: int) -> None:
    two_page = next((p for p in pdfs if len(pdfium.PdfDocument(p)) == 2), pdfs[0])
    bare_proc = process_seconds([sys.executable, "-c", BARE_PROCESS, str(two_page)], runs)
    audit = [sys.executable, "-m", "prodgap", "audit", str(two_page), "--format", "json", "-o", "-"]
    audit_proc = process_seconds(audit, runs)
    floor_proc = process_seconds([sys.executable, "-c", FLOOR_PROCESS, str(two_page)], runs)
    print(
        f"process on {two_page.name}: bare {bare_proc * 1e3:.0f} ms, prodgap audit "
        f"{audit_proc * 1e3:.0f} ms, ratio {audit_proc / bare_proc:.2f}  (target <= 4)\n"
        f"  floor (bare + import pydantic with one model, typer): "
        f"{floor_proc * 1e3:.0f} ms, ratio {floor_proc / bare_proc:.2f}"
    )


if __name__ == "__main__":
    sys.exit(main())
