"""Audit a cohort: many resumes into one report each, a summary and an overview.

``find_resumes`` lists the files, ``plan_reports`` decides where each report goes (mirroring
the input folders, never two reports on one path), and ``audit_cohort`` audits them in a pool of
bounded workers (prodgap.pool). With an output folder, a manifest there (prodgap.manifest) lets
a second run audit only what changed, and the overview (prodgap.overview) is written at the end.
Reports go to disk as they are made; only one small row per resume stays in memory.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from prodgap import __version__
from prodgap.errors import InputError, OutputError, ProdgapError
from prodgap.manifest import Manifest, RunKey
from prodgap.models import ARC_PARTS, SYSTEM_PARTS, AuditReport, CohortRow
from prodgap.output import REPORT_SUFFIXES, write_report
from prodgap.pipeline import BackendChoice, audit, use_llm
from prodgap.pool import Lost, run_pool
from prodgap.preflight import Limits
from prodgap.render import Format, render
from prodgap.settings import resolve_model

if TYPE_CHECKING:
    from prodgap.batch import BatchPlan
    from prodgap.privacy import PayloadItem

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")
OVERVIEW_FILES = ("index.html", "summary.csv", "summary.jsonl")


@dataclass(frozen=True)
class Settings:
    """How every file of a run is audited and written."""

    fmt: Format = "html"
    backend: BackendChoice = "auto"
    model: str | None = None
    use_cache: bool = True
    limits: Limits = Limits()
    batch: BatchPlan | None = None
    """With --llm-batch: the LLM answers from the cache only, the rest left for a batch."""


@dataclass(frozen=True)
class Job:
    """One input, and where its report goes."""

    path: Path
    name: str
    """The input's path relative to the cohort's folder, as shown and stored."""
    report: str | None
    """The report's path relative to the output folder (or the cohort's folder); None: stdout."""
    dest: Path | None
    """Where the report is written; None: stdout."""
    replace: bool = False
    """Whether an existing file at dest may be replaced (prodgap's own, or --force)."""


@dataclass(frozen=True)
class Outcome:
    """What auditing one file gives back to the run: its row, and its report if it goes to
    stdout (everything else went to disk in the worker)."""

    row: CohortRow
    text: str | None = None
    waiting: list[tuple[PayloadItem, str]] = field(default_factory=list)
    """With a batch plan: the request items (and cache keys) the cache could not answer."""


OnResult = Callable[[int, Job, Outcome], None]
"""Called as each file finishes (in the order they finish) with its index among the jobs."""


# --- which files, and where their reports go --------------------------------------------


def find_resumes(arguments: Sequence[Path], *, skip: Path | None = None) -> list[Path]:
    """The files to audit: files as given, folders searched recursively for resumes (in the
    order of their paths). Hidden files and folders, prodgap's own reports and the ``skip``
    folder (the output) are left out; the same file given twice is audited once."""
    found: dict[str, Path] = {}
    for argument in arguments:
        paths = _resumes_under(argument, skip) if argument.is_dir() else [argument]
        for path in paths:
            found.setdefault(os.path.abspath(path), path)
    return list(found.values())


def _resumes_under(folder: Path, skip: Path | None) -> list[Path]:
    skipped = os.path.abspath(skip) if skip is not None else None
    files = []
    for top, folders, names in os.walk(folder):
        folders[:] = [
            f
            for f in folders
            if not f.startswith(".") and os.path.abspath(os.path.join(top, f)) != skipped
        ]
        files += [Path(top, name) for name in names if _is_resume_name(name)]
    return sorted(files, key=lambda path: path.relative_to(folder).parts)


def _is_resume_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(RESUME_SUFFIXES) and not name.startswith(".") and ".prodgap." not in lower


def cohort_folder(arguments: Sequence[Path]) -> Path:
    """The folder input names are relative to: a lone folder argument itself, else the
    deepest folder that holds every argument."""
    places = [os.path.abspath(a if a.is_dir() else a.parent) for a in arguments]
    try:
        return Path(os.path.commonpath(places))
    except ValueError:  # different drives (Windows): names stay absolute
        return Path()


def plan_reports(
    files: Sequence[Path], *, root: Path, fmt: Format, output: Path | None, to_stdout: bool
) -> list[Job]:
    """Where each file's report goes: under ``output`` mirroring the input folders, next to the
    input when there is no output folder, or stdout. Two inputs with one stem (kent.pdf and
    kent.docx) keep their type in the report's name, so no report is ever lost."""
    names = [_relative_name(f, root) for f in files]
    reports = _report_names(names, REPORT_SUFFIXES[fmt])
    jobs = []
    for path, name, report in zip(files, names, reports, strict=True):
        if to_stdout:
            jobs.append(Job(path, name, None, None))
        elif output is not None:
            jobs.append(Job(path, name, report, output / report))
        else:
            jobs.append(Job(path, name, report, path.with_name(Path(report).name)))
    return jobs


def _relative_name(path: Path, root: Path) -> str:
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute, root)).as_posix() if root.parts else absolute
    except ValueError:
        return Path(absolute).as_posix()


def _report_names(names: list[str], suffix: str) -> list[str]:
    """Each input's report path: its own folder, its stem (its full name where another input
    in that folder shares the stem), the suffix; distinct even on a case-blind file system."""
    stems = [(str(Path(n).parent), Path(n).stem.casefold()) for n in names]
    shared = {s for s in stems if stems.count(s) > 1}
    taken: set[str] = set()
    reports = []
    for name, stem in zip(names, stems, strict=True):
        base = Path(name).name if stem in shared else Path(name).stem
        report, n = (Path(name).parent / f"{base}{suffix}").as_posix(), 1
        while report.casefold() in taken:
            n += 1
            report = (Path(name).parent / f"{base}-{n}{suffix}").as_posix()
        taken.add(report.casefold())
        reports.append(report)
    return reports


# --- running ----------------------------------------------------------------------------


def audit_cohort(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    output: Path | None,
    force: bool = False,
    workers: int = 1,
    on_start: Callable[[int, int], None] | None = None,
    on_result: OnResult | None = None,
) -> list[CohortRow]:
    """Audit every job and return one row per job, in order. With an ``output`` folder, reuse
    the reports its manifest says are current (unless ``force``) and write the overview.
    ``on_start(to_audit, reused)`` is called once the run knows both."""
    settings = _resolve_backend(settings)  # a configuration error stops the run before any work
    manifest = _manifest(output, force)
    keys = [RunKey(_sha256(j.path), __version__, settings.backend, settings.model) for j in jobs]
    rows, runnable, refused = _triage(jobs, keys, manifest, force)
    notify = on_result or _ignore
    if on_start is not None:
        on_start(len(runnable) + len(refused), len(rows))
    for index, outcome in refused:  # never recorded: the file in the way is not prodgap's
        rows[index] = outcome.row
        notify(index, jobs[index], outcome)
    for index, outcome in _run(runnable, settings, workers):
        job = jobs[index]
        rows[index] = outcome.row
        if manifest is not None and job.report is not None:
            manifest.record(job.report, job.name, keys[index], outcome.row)
            manifest.save()
        notify(index, job, outcome)
    ordered = [rows[index] for index in range(len(jobs))]
    if output is not None:
        from prodgap.overview import write_overview

        write_overview(output, ordered)
    return ordered


def _triage(
    jobs: Sequence[Job], keys: Sequence[RunKey], manifest: Manifest | None, force: bool
) -> tuple[dict[int, CohortRow], list[tuple[int, Job]], list[tuple[int, Outcome]]]:
    """Split the jobs: reports to reuse (their rows), jobs to run (claimed in the manifest
    before any report is written), and jobs refused because a file is in their report's way."""
    reused: dict[int, CohortRow] = {}
    runnable: list[tuple[int, Job]] = []
    refused: list[tuple[int, Outcome]] = []
    for index, (job, key) in enumerate(zip(jobs, keys, strict=True)):
        row = None if force else _reusable(manifest, job, key)
        if row is not None:
            reused[index] = row
            continue
        ready = _ready(job, manifest, force)
        if isinstance(ready, Outcome):
            refused.append((index, ready))
            continue
        runnable.append((index, ready))
        if manifest is not None and job.report is not None:
            manifest.claim(job.report, job.name, key)
    if manifest is not None:
        manifest.save()
    return reused, runnable, refused


def _run(
    runnable: list[tuple[int, Job]], settings: Settings, workers: int
) -> Iterator[tuple[int, Outcome]]:
    """Each runnable job's outcome as it finishes, from the pool."""
    tasks = [job for _, job in runnable]
    _load_before_forking(tasks, settings)
    audit_one = partial(_audit_job, settings)
    with closing(run_pool(audit_one, tasks, jobs=workers, limits=settings.limits)) as results:
        for k, result in results:
            index, job = runnable[k]
            if isinstance(result, Lost):
                result = Outcome(failed_row(job, result.error(job.path, settings.limits)))
            yield index, result


def _ignore(index: int, job: Job, outcome: Outcome) -> None:
    return None


def _resolve_backend(settings: Settings) -> Settings:
    """Settings with the backend decided once for the whole run ("rules" or "llm")."""
    llm = use_llm(settings.backend)
    model = resolve_model(settings.model) if llm else None
    return replace(settings, backend="llm" if llm else "rules", model=model)


def _manifest(output: Path | None, force: bool) -> Manifest | None:
    """The output folder's manifest (a fresh one with --force if the old cannot be read), after
    checking that the overview files are prodgap's to write."""
    if output is None:
        return None
    try:
        manifest = Manifest.load(output)
    except OutputError:
        if not force:
            raise
        manifest = Manifest(output)
    if not manifest.exists and not force:
        for name in OVERVIEW_FILES:
            if (output / name).exists():
                raise OutputError(f"{output / name} already exists; use --force to overwrite it")
    return manifest


def _reusable(manifest: Manifest | None, job: Job, key: RunKey) -> CohortRow | None:
    if manifest is None or job.report is None:
        return None
    return manifest.reusable(job.report, job.name, key)


def _ready(job: Job, manifest: Manifest | None, force: bool) -> Job | Outcome:
    """The job, allowed to replace its report if that is prodgap's own (or with --force); or
    the failed outcome when something else is in the report's place."""
    owned = force or bool(manifest and job.report and manifest.owns(job.report))
    if job.dest is None or not job.dest.exists():
        return replace(job, replace=owned)
    if job.dest.resolve() == job.path.resolve():
        problem = f"{job.dest}: that is the input file; refusing to write the report over it"
        return Outcome(failed_row(job, problem))
    if not owned:
        return Outcome(failed_row(job, f"{job.dest} already exists; use --force to overwrite it"))
    return replace(job, replace=True)


def _load_before_forking(jobs: Sequence[Job], settings: Settings) -> None:
    """Load here what every worker would otherwise load for itself on its first file (the
    DOCX reader, the LLM SDK, the compiled report templates): the workers share one copy."""
    suffixes = {job.path.suffix.lower() for job in jobs}
    if ".docx" in suffixes:
        import prodgap.readers.docx  # noqa: F401
    if ".pdf" in suffixes:
        import prodgap.readers.pdf  # noqa: F401
    if settings.backend == "llm":
        import prodgap.llm  # noqa: F401
    if settings.fmt == "html" and any(job.dest is not None for job in jobs):
        from prodgap.render import load_templates

        load_templates()


def _sha256(path: Path) -> str:
    """The file's SHA-256, or "" when it cannot be read here (the audit will say why)."""
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return ""


# --- in the worker ----------------------------------------------------------------------


def _audit_job(settings: Settings, job: Job) -> Outcome:
    """Audit one file and write its report; every failure becomes the file's row."""
    deferred = settings.batch.deferred(job.report) if settings.batch else None
    try:
        report = audit(
            job.path,
            backend=settings.backend,
            model=settings.model,
            use_cache=settings.use_cache,
            limits=settings.limits,
            deferred=deferred,
        )
        if job.dest is None:  # stdout: JSON goes one report a line (JSON Lines)
            text = (
                report.model_dump_json() if settings.fmt == "json" else render(report, settings.fmt)
            )
            return Outcome(report_row(job, report), text)
        job.dest.parent.mkdir(parents=True, exist_ok=True)  # the input's folder, mirrored
        write_report(render(report, settings.fmt), job.dest, force=job.replace)
    except ProdgapError as exc:
        return Outcome(failed_row(job, exc))
    except OSError as exc:  # the mirrored folder could not be made
        return Outcome(failed_row(job, f"cannot write {job.dest}: {exc.strerror or exc}"))
    except Exception as exc:  # a bug in prodgap: this file fails, the others go on
        problem = f"internal error: {type(exc).__name__}: {exc} (please report it)"
        return Outcome(failed_row(job, problem))
    return Outcome(report_row(job, report), waiting=deferred.waiting if deferred else [])


def report_row(job: Job, report: AuditReport) -> CohortRow:
    """The overview's row for an audited file."""
    summary = report.summary
    ml = summary.production_share is not None  # None: no shipped or trained bullet at all
    counts = summary.counts
    return CohortRow.model_validate(
        {
            "file": job.name,
            "report": job.report,
            "status": "ok",
            "file_type": report.file_type,
            "bullets": len(report.bullets),
            "shipped": counts.get("shipped_system", 0),
            "trained": counts.get("trained_model", 0),
            "other": counts.get("other", 0),
            "production_share": summary.production_share,
            **{f"arc_{p}": summary.arc_coverage.get(p) if ml else None for p in ARC_PARTS},
            **{p: summary.system_coverage.get(p, 0) for p in SYSTEM_PARTS},
            "top_change": summary.top_changes[0] if summary.top_changes else None,
            "warnings": report.warnings,
            "llm_fallbacks": sum(b.fallback is not None for b in report.bullets),
            "sha256": report.run.input_sha256,
            "backend": report.run.backend,
            "model": report.run.model,
            "seconds": report.run.seconds,
        }
    )


def failed_row(job: Job, error: ProdgapError | str) -> CohortRow:
    """The overview's row for a file that could not be audited."""
    problem = error.problem if isinstance(error, InputError) else str(error)
    return CohortRow(file=job.name, status="failed", error=problem)
