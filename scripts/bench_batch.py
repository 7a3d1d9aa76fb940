"""Time and measure prodgap on a cohort against bare text extraction; print the numbers.

    python scripts/bench_batch.py [--repeat 5] [--big 1000] [--skip-memory]

It prints:

* **folder**: ``prodgap audit DIR -o OUT`` (rules, default --jobs) on every PDF and DOCX of
  ``samples/`` and ``eval/holdout*/`` (fictional resumes), against one bare Python process that
  only dumps the same files' text with pypdfium2 and python-docx (target: at most 3x);
* **one resume**: a whole ``prodgap audit FILE --format json -o -`` process against a bare
  process that dumps its text with pypdfium2 (target: at most 4x), and what importing the
  labeller (prodgap.label with its rules, owned by another change) costs of that process;
* **throughput**: resumes per hour on one core (--jobs 1), the number the README's "past one
  machine" paragraph uses;
* **memory**: the peak memory of a run on ``--big`` inputs (the corpus repeated), summed over the
  whole process tree, as RSS (shared pages counted in every process) and PSS (shared pages split
  between the processes that share them) (target: 400 MB).

Times are medians of ``--repeat`` fresh processes, the commands taking turns so that a busy
machine slows each alike; the fastest run and the CPU time (user + system, workers included)
are in brackets, and the load average is printed, because on a shared machine the wall times
move. prodgap's own modules are byte-compiled first, as ``pip install`` does, and the HTML
templates' compile cache is warm after the first run, as it is for a user.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import prodgap

ROOT = Path(__file__).resolve().parents[1]
PROCESS_PEERS = ("pdf", "docx")

BARE_DUMP = """\
import sys
from pathlib import Path
import docx
import pypdfium2 as pdfium

def pdf_text(path):
    doc = pdfium.PdfDocument(path)
    try:
        return "".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()

def docx_text(path):
    document = docx.Document(path)
    cells = (c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\\n".join([*(p.text for p in document.paragraphs), *cells])
"""
"""All the bare process does: each file's text in one call per page (PDF), or its paragraphs
and table cells (DOCX)."""
BARE_FOLDER = (
    BARE_DUMP
    + """
for name in sorted(Path(sys.argv[1]).iterdir()):
    text = pdf_text(name) if name.suffix == ".pdf" else docx_text(name)
    sys.stdout.write(text)
"""
)
BARE_ONE = (
    "import sys, pypdfium2 as p\n"
    "d = p.PdfDocument(sys.argv[1])\n"
    "print(''.join(pg.get_textpage().get_text_range() for pg in d))"
)
FLOOR_ONE = "import typer, prodgap.models\n" + BARE_ONE
"""The bare process plus what no audit can do without: the CLI framework and the report's
pydantic models (which import pydantic)."""
LABELLER_IMPORT = """\
import time
import prodgap.models, prodgap.extraction, prodgap.readers.pdf, prodgap.render
started = time.perf_counter()
import prodgap.label
print(time.perf_counter() - started)
"""


STAGES = (
    BARE_DUMP
    + """
import time
from prodgap.extraction import _extract_checked, _reader_for
from prodgap.label import label_bullets
from prodgap.preflight import Limits, check_file

def best(work):
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)

totals = {}
for path in sorted(Path(sys.argv[1]).iterdir()):
    kind = check_file(path, Limits())
    read = lambda: _extract_checked(_reader_for(kind), path, kind, Limits())
    bullets = read().bullets()
    row = totals.setdefault(kind, [0, 0.0, 0.0, 0.0])
    row[0] += 1
    row[1] += best(read)
    row[2] += best(lambda: pdf_text(path) if kind == "pdf" else docx_text(path))
    row[3] += best(lambda: label_bullets(bullets))
for kind, (files, ours, plain, labelling) in sorted(totals.items()):
    print(kind, files, ours / files, plain / files, labelling / files)
"""
)
"""Per kind of file: files, then seconds a file for reading in-process (the reader and the
structure stage), for the bare dump, and for labelling its bullets."""


def corpus() -> list[Path]:
    """Every fictional PDF and DOCX resume in the repository, each once."""
    folders = [ROOT / "samples", *sorted(p for p in (ROOT / "eval").glob("holdout*") if p.is_dir())]
    files = [p for f in folders for p in sorted(f.iterdir()) if p.suffix in (".pdf", ".docx")]
    return [p for p in files if p.is_file()]


def gather(files: list[Path], folder: Path, copies: int = 1) -> Path:
    """The files in one flat folder (names made unique), repeated ``copies`` times."""
    folder.mkdir(parents=True)
    for copy in range(copies):
        for index, path in enumerate(files):
            target = folder / f"{copy:04d}_{index:03d}_{path.name}"
            try:
                os.link(path, target)  # a thousand inputs need not take a thousand copies
            except OSError:
                shutil.copy(path, target)
    return folder


@dataclass(frozen=True)
class Timing:
    wall: float
    """Median wall time, seconds."""
    best: float
    """The fastest run's wall time."""
    cpu: float
    """Median CPU time (user + system) of the process and every process it waited for."""


Command = tuple[list[str], "Path | None"]
"""The arguments, and a folder to remove before each run (a fresh output folder)."""


def compare(commands: dict[str, Command], repeat: int) -> dict[str, Timing]:
    """Time each command ``repeat`` times, taking turns, so a busy machine slows all alike."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (args, fresh) in commands.items():
            if fresh is not None:
                shutil.rmtree(fresh, ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(
                args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            walls[name].append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if done.returncode not in (0, 1):
                sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-500:]}")
    return {
        name: Timing(
            statistics.median(walls[name]), min(walls[name]), statistics.median(cpus[name])
        )
        for name in commands
    }


def audit_command(target: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "prodgap", "audit", str(target), "--backend", "rules", *options]


def show(label: str, ours: Timing, bare: Timing, target: float) -> None:
    ratio = ours.wall / bare.wall
    verdict = "met" if ratio <= target else "missed"
    print(
        f"{label}: prodgap {ours.wall:.2f} s [best {ours.best:.2f}, cpu {ours.cpu:.2f}], "
        f"bare {bare.wall:.2f} s [best {bare.best:.2f}, cpu {bare.cpu:.2f}]\n"
        f"  ratio {ratio:.2f} (target <= {target:g}: {verdict}); best/best "
        f"{ours.best / bare.best:.2f}; cpu/cpu {ours.cpu / bare.cpu:.2f}"
    )


def bench_folder(folder: Path, work: Path, repeat: int) -> None:
    files = sorted(folder.iterdir())
    kinds = {k: sum(p.suffix == f".{k}" for p in files) for k in PROCESS_PEERS}
    print(f"corpus: {len(files)} distinct resumes ({kinds['pdf']} PDF, {kinds['docx']} DOCX)")
    out = work / "reports"
    times = compare(
        {
            "bare": ([sys.executable, "-c", BARE_FOLDER, str(folder)], None),
            "ours": (audit_command(folder, "-o", str(out)), out),
            "one core": (audit_command(folder, "-o", str(out), "--jobs", "1"), out),
        },
        repeat,
    )
    show(f"folder, --jobs {os.cpu_count()}", times["ours"], times["bare"], 3)
    one_core, cpu_per_file = times["one core"], times["ours"].cpu / len(files)
    print(
        f"  --jobs 1: {one_core.wall:.2f} s, ratio {one_core.wall / times['bare'].wall:.2f}; "
        f"on one core {len(files) / one_core.wall * 3600:,.0f} resumes an hour with start-up, "
        f"{3600 / cpu_per_file:,.0f} from the CPU time per file ({cpu_per_file * 1e3:.0f} ms)"
    )
    done = subprocess.run(
        [sys.executable, "-c", STAGES, str(folder)], capture_output=True, text=True, check=True
    )
    for line in done.stdout.splitlines():
        kind, count, *seconds = line.split()
        reading, plain, labelling = map(float, seconds)
        print(
            f"  a {kind.upper()} ({count} files), in-process: reading {reading * 1e3:.1f} ms "
            f"({reading / plain:.1f}x the bare dump's {plain * 1e3:.1f} ms), labelling "
            f"{labelling * 1e3:.1f} ms (prodgap.label, {labelling / cpu_per_file:.0%} of "
            "prodgap's CPU per file)"
        )
    rerun = compare({"rerun": (audit_command(folder, "-o", str(out)), None)}, repeat)["rerun"]
    print(f"  a second run with nothing changed: {rerun.wall:.2f} s")


def bench_one(files: list[Path], repeat: int, work: Path) -> None:
    pdf = next(p for p in files if p.name == "eli_xelatex.pdf")
    html = work / "report.html"
    times = compare(
        {
            "bare": ([sys.executable, "-c", BARE_ONE, str(pdf)], None),
            "json": (audit_command(pdf, "--format", "json", "-o", "-"), None),
            "html": (audit_command(pdf, "-o", str(html), "--force"), None),
            "floor": ([sys.executable, "-c", FLOOR_ONE, str(pdf)], None),
        },
        repeat,
    )
    bare, ours = times["bare"], times["json"]
    show(f"one resume ({pdf.name}), JSON to stdout", ours, bare, 4)
    print(
        f"  the default HTML report to a file: {times['html'].wall:.2f} s, "
        f"ratio {times['html'].wall / bare.wall:.2f}\n"
        f"  floor (bare + import typer and prodgap's pydantic models): "
        f"{times['floor'].wall:.2f} s, ratio {times['floor'].wall / bare.wall:.2f}"
    )
    labeller = statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", LABELLER_IMPORT], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    )
    without = (ours.wall - labeller) / bare.wall
    print(
        f"  of which importing the labeller (prodgap.label and its rules): {labeller * 1e3:.0f} ms"
        f" = {labeller / bare.wall:.2f}x bare; without it the ratio would be {without:.2f}"
    )


def bench_memory(files: list[Path], work: Path, count: int) -> None:
    copies = -(-count // len(files))
    folder = gather(files, work / "big", copies)
    inputs = sorted(folder.iterdir())[:count]
    for extra in sorted(folder.iterdir())[count:]:
        extra.unlink()
    out = work / "big-reports"
    started = time.perf_counter()
    process = subprocess.Popen(
        audit_command(folder, "-o", str(out)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    peak_rss = peak_pss = 0
    while process.poll() is None:
        rss, pss = tree_memory(process.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    print(
        f"memory, {len(inputs)} inputs in {seconds:.1f} s (exit {process.returncode}): peak "
        f"{peak_rss / 2**20:.0f} MB RSS, {peak_pss / 2**20:.0f} MB PSS, summed over the process "
        f"tree (target <= 400 MB)"
    )


def tree_memory(root: int) -> tuple[int, int]:
    """RSS and PSS (bytes) of a process and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        grown = tree | {pid for pid, parent in parents.items() if parent in tree}
        grew, tree = grown != tree, grown
    rss = pss = 0
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue  # it ended while we looked
        fields = dict(line.split(":", 1) for line in rollup.splitlines()[1:] if ":" in line)
        rss += int(fields.get("Rss", "0 kB").split()[0]) * 1024
        pss += int(fields.get("Pss", "0 kB").split()[0]) * 1024
    return rss, pss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--big", type=int, default=1000, help="inputs for the memory run")
    parser.add_argument("--skip-memory", action="store_true")
    options = parser.parse_args()
    compileall.compile_dir(Path(prodgap.__file__).parent, quiet=1)
    files = corpus()
    print(
        f"prodgap {prodgap.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the start"
    )
    with tempfile.TemporaryDirectory(prefix="prodgap-bench-") as scratch:
        work = Path(scratch)
        bench_folder(gather(files, work / "cohort"), work, options.repeat)
        bench_one(files, options.repeat, work)
        if not options.skip_memory:
            bench_memory(files, work, options.big)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
