"""The command line: each command parses options, calls the library, reports errors in one line."""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from prodgap import __version__
from prodgap.errors import InputError, OutputError, ProdgapError
from prodgap.output import REPORT_SUFFIXES

if TYPE_CHECKING:
    from prodgap.cohort import Job, Outcome
    from prodgap.decide import LabellerName
    from prodgap.evals.labels import Judge
    from prodgap.models import AuditReport
    from prodgap.pipeline import BackendChoice
    from prodgap.preflight import Limits

# Plain help (rich_markup_mode=None): typer's rich panels print a type after every option
# ("--force <bool>"); plain help shows flags bare and values by their metavar.
app = typer.Typer(
    help="Audit a resume for the production gap: trained a model, or shipped a system?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(
    help="Measure prodgap: extraction and labelling accuracy.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(eval_app, name="eval")
batch_app = typer.Typer(
    help="Finish an `audit --llm-batch`: where its batch is, and collecting its answers.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(batch_app, name="batch")


class Format(StrEnum):
    html = "html"
    json = "json"
    md = "md"


class BackendOption(StrEnum):
    auto = "auto"
    rules = "rules"
    llm = "llm"


class LabellerOption(StrEnum):
    procedure = "procedure"
    linear = "linear"


EXTENSIONS = {Format(fmt): suffix for fmt, suffix in REPORT_SUFFIXES.items()}
SUFFIX_FORMATS = {".html": Format.html, ".htm": Format.html, ".json": Format.json, ".md": Format.md}
"""A report file named with one of these suffixes is written in that format."""
AUDIT_EXAMPLES = """Examples:

\b
  prodgap audit resume.pdf                 # writes resume.prodgap.html next to it
  prodgap audit cvs/ -o reports/           # a report each, and an overview, in reports/
"""


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"prodgap: error: {message}", err=True)
    raise typer.Exit(code)


def _report(exc: ProdgapError) -> None:
    """One line on stderr; with PRODGAP_DEBUG=1, the exception with its traceback instead."""
    if os.environ.get("PRODGAP_DEBUG"):
        raise exc
    typer.echo(f"prodgap: error: {exc}", err=True)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and an exit code."""
    try:
        yield
    except ProdgapError as exc:
        _report(exc)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"prodgap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """prodgap: audit a resume for the production gap."""
    if ctx.invoked_subcommand != "audit":  # audit decides once it knows its inputs
        _start_up_done()


@app.command(epilog=AUDIT_EXAMPLES)
def audit(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="RESUME", show_default=False, hidden=True),
    ],
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="Report format: html (default), json or md; implied by -o's suffix.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Where to write: a file, a folder (several inputs), or - for stdout.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing report.")] = False,
    backend: Annotated[
        BackendOption,
        typer.Option(
            metavar="BACKEND", help="auto (the LLM when configured, else rules), rules or llm."
        ),
    ] = BackendOption.auto,
    model: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="LLM model (default: $PRODGAP_MODEL or a small one)."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Skip the LLM answer cache.")
    ] = False,
    max_pages: Annotated[int, typer.Option(metavar="N", help="Refuse PDFs with more pages.")] = 30,
    max_seconds: Annotated[
        float,
        typer.Option(metavar="SECONDS", help="Refuse a file that takes longer than this to read."),
    ] = 30.0,
    show_payload: Annotated[
        bool,
        typer.Option(
            "--show-payload",
            help="Print exactly what an LLM would be sent (JSON) and stop: nothing is sent, "
            "no report is written, no key is needed.",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Files audited at once (default: one per CPU)."
        ),
    ] = None,
    llm_batch: Annotated[
        bool,
        typer.Option(
            "--llm-batch",
            help="With -o FOLDER: send the LLM requests as one OpenAI Batch API job (half the "
            "price, answers within 24 hours); reports are rules-only until `prodgap batch "
            "collect FOLDER`.",
        ),
    ] = False,
) -> None:
    """Audit resumes (PDF, DOCX, TXT or MD files, or folders of them) and write a report next
    to each (RESUME.prodgap.html by default).

    A folder (searched recursively) or several files with -o FOLDER also get an overview there:
    index.html, summary.csv and summary.jsonl; a second run audits only what changed. The exit
    code is 1 when any file could not be audited, 0 otherwise.
    """
    from prodgap.preflight import Limits

    fmt = _report_format(fmt, output)
    limits = Limits(max_pages=max_pages, max_seconds=max_seconds)
    if show_payload:
        _start_up_done()
        with _user_errors():
            for path in files:
                _show_payload(path, limits)
        return
    cohort = len(files) > 1 or files[0].is_dir() or _names_a_folder(output)
    if cohort:
        _start_up_done()
    if llm_batch:
        _check_llm_batch(output, cohort, backend, no_cache)
    if cohort:
        _audit_cohort(
            files, output, fmt, force, backend, model, not no_cache, limits, jobs, llm_batch
        )
        return
    dest = _destination(files[0], output, fmt)
    with _user_errors():
        _audit_one(files[0], dest, fmt, force, backend.value, model, not no_cache, limits)


def _check_llm_batch(
    output: str | None, cohort: bool, backend: BackendOption, no_cache: bool
) -> None:
    """--llm-batch keeps its batch in the -o folder and its answers in the cache, for the LLM."""
    if output in (None, "-") or not cohort:
        _fail("--llm-batch needs -o FOLDER, where the batch is kept until it is collected", 2)
    if backend is BackendOption.rules:
        _fail("--llm-batch sends the bullets to an LLM; it cannot go with --backend rules", 2)
    if no_cache:
        _fail("--llm-batch delivers its answers through the answer cache; drop --no-cache", 2)


def _report_format(fmt: Format | None, output: str | None) -> Format:
    """The format asked for, or the one -o's suffix names; a contradiction is refused, so
    "-o out.json" never silently holds HTML."""
    implied = SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output not in (None, "-") else None
    if fmt is not None and implied is not None and fmt is not implied:
        _fail(f"{output}: a .{implied.value} file cannot hold a --format {fmt.value} report", 2)
    return fmt or implied or Format.html


def _names_a_folder(output: str | None) -> bool:
    """-o names a folder when it is one, or is written with a trailing slash ("reports/")."""
    if output in (None, "-"):
        return False
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def _audit_cohort(
    files: list[Path],
    output: str | None,
    fmt: Format,
    force: bool,
    backend: BackendOption,
    model: str | None,
    use_cache: bool,
    limits: Limits,
    jobs: int | None,
    llm_batch: bool = False,
) -> None:
    """Several resumes: a report each (in a pool of workers), and with -o FOLDER the overview;
    with --llm-batch, their LLM requests sent as one batch."""
    from prodgap.cohort import Settings, audit_cohort, cohort_folder, find_resumes, plan_reports
    from prodgap.pool import default_jobs
    from prodgap.progress import progress_for

    folder = _cohort_folder(output, fmt)
    settings = Settings(fmt.value, backend.value, model, use_cache, limits)
    with _user_errors(), _sigterm_interrupts():
        found = find_resumes(files, skip=folder)
        if not found:
            raise InputError(files[0], "no resumes here (PDF, DOCX, TXT or MD files)")
        planned = plan_reports(
            found, root=cohort_folder(files), fmt=fmt.value, output=folder, to_stdout=output == "-"
        )
        with progress_for(sys.stderr) as progress:
            write_out = _in_input_order() if output == "-" else None

            def on_result(index: int, job: Job, outcome: Outcome) -> None:
                report = None if job.dest is None else str(job.dest)
                progress.finished(job.name, outcome.row, report)
                if write_out is not None:
                    write_out(index, outcome.text)

            workers, batch_line = jobs or default_jobs(), None
            if llm_batch:
                from prodgap.batch import submit_batch

                assert folder is not None  # checked by _check_llm_batch
                submitted = submit_batch(
                    planned,
                    settings,
                    output=folder,
                    force=force,
                    workers=workers,
                    on_start=progress.start,
                    on_result=on_result,
                )
                rows, batch_line = submitted.rows, submitted.describe(folder)
            else:
                rows = audit_cohort(
                    planned,
                    settings,
                    output=folder,
                    force=force,
                    workers=workers,
                    on_start=progress.start,
                    on_result=on_result,
                )
        if folder is not None:
            typer.echo(
                f"prodgap: overview of {len(rows)} resume(s): {folder / 'index.html'}", err=True
            )
        if batch_line:
            typer.echo(batch_line, err=True)
    if any(row.status == "failed" for row in rows):
        raise typer.Exit(1)


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """A batch is often stopped with SIGTERM (timeout, a scheduler): stop as for Ctrl-C, with
    the workers stopped and the manifest up to date."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cohort_folder(output: str | None, fmt: Format) -> Path | None:
    """The -o folder for several resumes, created if need be; None for stdout or next to each
    input. A name that looks like one report's file is refused rather than made a folder."""
    if output is None:
        return None
    if output == "-":
        if fmt is Format.html:
            _fail(
                "-o - writes one HTML report; for several resumes use -o FOLDER, or "
                "--format json (one JSON report a line)",
                2,
            )
        return None
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        _fail(f"{output}: -o must be a folder for several files, and this is a file", 2)
    if not folder.exists() and not _names_a_folder(output) and folder.suffix.lower() in REPORT_LIKE:
        _fail(
            f"{output}: several resumes need a folder for their reports (e.g. -o reports/), "
            "not one file",
            2,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"{output}: cannot create this folder ({exc.strerror or exc})", 2)
    return folder


REPORT_LIKE = {".html", ".htm", ".json", ".jsonl", ".md", ".csv", ".txt"}
"""Suffixes that make -o name a file, not a folder."""


def _in_input_order() -> Callable[[int, str | None], None]:
    """Write each report to stdout in the order of the inputs, whatever order they finish in."""
    waiting: dict[int, str | None] = {}
    next_index = 0

    def write(index: int, text: str | None) -> None:
        nonlocal next_index
        waiting[index] = text
        while next_index in waiting:
            ready = waiting.pop(next_index)
            next_index += 1
            if ready:  # a failed file has no report; its error went to stderr
                sys.stdout.write(ready if ready.endswith("\n") else ready + "\n")
                sys.stdout.flush()

    return write


def _destination(path: Path, output: str | None, fmt: Format) -> Path | None:
    """None means stdout."""
    if output == "-":
        return None
    if output is None:
        return path.with_name(path.name.removesuffix(path.suffix) + EXTENSIONS[fmt])
    return Path(output)


def _audit_one(
    path: Path,
    dest: Path | None,
    fmt: Format,
    force: bool,
    backend: BackendChoice,
    model: str | None,
    use_cache: bool,
    limits: Limits,
) -> None:
    from prodgap.output import write_report
    from prodgap.pipeline import audit as run_audit
    from prodgap.progress import warning_line
    from prodgap.render import render

    if dest is not None and dest.exists() and dest.resolve() == path.resolve():
        raise OutputError(f"{dest}: that is the input file; refusing to write the report over it")
    if dest is not None and dest.exists() and not force:
        # Checked before the work too, so a long LLM run is not wasted on a refusal.
        write_report("", dest, force=False)
    report = run_audit(
        path,
        backend=backend,
        model=model,
        use_cache=use_cache,
        limits=limits,
        prepare=_html_templates if fmt.value == "html" else None,
    )
    for warning in report.warnings:
        typer.echo(warning_line(str(path), warning), err=True)
    text = render(report, fmt.value)
    if dest is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    write_report(text, dest, force=force)
    typer.echo(f"{dest}: {_one_line_summary(report)}", err=True)


def _html_templates() -> None:
    from prodgap.render import load_templates

    load_templates()


def _show_payload(path: Path, limits: Limits) -> None:
    """The privacy boundary's items for one file on stdout, and what they hold on stderr."""
    from prodgap.extraction import extract
    from prodgap.privacy import build_payload

    resume = extract(path, limits=limits)
    payload = build_payload(resume.bullets(), resume.identity)
    sys.stdout.write(payload.to_json() + "\n")
    typer.echo(f"{path.name}: would send {payload.summary().describe()}", err=True)


def _one_line_summary(report: AuditReport) -> str:
    from prodgap.progress import summary_line

    counts = report.summary.counts
    return summary_line(
        len(report.bullets),
        counts.get("shipped_system", 0),
        counts.get("trained_model", 0),
        counts.get("other", 0),
        report.summary.production_share,
        _backend_note(report),
    )


def _backend_note(report: AuditReport) -> str:
    """ "llm backend", or how many bullets the rules answered instead, and the main reason."""
    note = f"{report.run.backend} backend"
    reasons = Counter(b.fallback for b in report.bullets if b.fallback)
    if not reasons:
        return note
    (reason, _), others = reasons.most_common(1)[0], len(reasons) - 1
    fell_back = sum(reasons.values())
    more = f" (and {others} other reason{'s' if others > 1 else ''})" if others else ""
    return (
        f"{note}, {fell_back} of {len(report.bullets)} bullets fell back to the rules: "
        f"{reason}{more}"
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report."""
    import json

    from prodgap.models import report_schema

    typer.echo(json.dumps(report_schema(), indent=2))


@batch_app.command("status")
def batch_status(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", show_default=False, hidden=True)],
) -> None:
    """Say in one line where the batch of FOLDER (the -o folder of `audit --llm-batch`) is:
    validating, in_progress, finalizing, completed, failed, expired or cancelled, and how many
    of its requests are done."""
    from prodgap.batch import batch_status as describe

    with _user_errors():
        typer.echo(describe(folder))


@batch_app.command("collect")
def batch_collect(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", show_default=False, hidden=True)],
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Files audited at once (default: one per CPU)."
        ),
    ] = None,
) -> None:
    """Fetch the answers of the batch of FOLDER (the -o folder of `audit --llm-batch`) and
    rewrite its waiting reports and the overview with them. Exit code 75 when the batch has not
    finished yet (run it again later); running it again once collected changes nothing."""
    from prodgap.batch import collect_batch
    from prodgap.pool import default_jobs
    from prodgap.progress import progress_for

    with _user_errors(), _sigterm_interrupts(), progress_for(sys.stderr) as progress:

        def on_result(index: int, job: Job, outcome: Outcome) -> None:
            progress.finished(job.name, outcome.row, str(job.dest))

        collected = collect_batch(
            folder,
            workers=jobs or default_jobs(),
            on_start=progress.start,
            on_result=on_result,
        )
    typer.echo(f"prodgap: {collected.line}", err=True)
    if not collected.finished:
        raise typer.Exit(75)
    if collected.rows:
        overview = folder / "index.html"
        typer.echo(f"prodgap: overview of {len(collected.rows)} resume(s): {overview}", err=True)
    if any(row.status == "failed" for row in collected.rows):
        raise typer.Exit(1)


LanguageOption = Annotated[
    str | None,
    typer.Option(
        metavar="LANG",
        help="With --real: only resumes in this language (en, fr, ja...), or 'other' for all "
        "but English.",
    ),
]
"""The real-corpus evals' cohort by language (``prodgap.evals.real.in_language``)."""


@eval_app.command("extract")
def eval_extract(
    samples: Annotated[Path, typer.Argument(metavar="FOLDER", hidden=True)] = Path("samples"),
    real: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR", help="Score the real-resume corpus rebuilt into this folder instead."
        ),
    ] = None,
    split: Annotated[
        str, typer.Option(metavar="SPLIT", help="With --real: test, train or all.")
    ] = "test",
    language: LanguageOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List the misses.")] = False,
) -> None:
    """Precision, recall and F1 of extracted bullets against the gold files (FOLDER holds
    resumes with <name>.gold.json beside them; default: samples)."""
    from prodgap.evals.extraction import evaluate_extraction, format_extraction_scores

    with _user_errors():
        if real is not None:
            from prodgap.evals.real import evaluate_real_extraction

            scores = evaluate_real_extraction(real, split=split, language=language)
        else:
            scores = evaluate_extraction(samples)
        typer.echo(format_extraction_scores(scores, verbose=verbose))
        if real is not None:
            _say_not_rebuilt(real, split, language)


@eval_app.command("labels")
def eval_labels(
    gold: Annotated[Path | None, typer.Argument(metavar="GOLD", hidden=True)] = None,
    split: Annotated[str, typer.Option(metavar="SPLIT", help="test, train or all.")] = "test",
    backend: Annotated[
        BackendOption, typer.Option(metavar="BACKEND", help="rules, or llm to measure a model.")
    ] = BackendOption.rules,
    model: Annotated[str | None, typer.Option(metavar="NAME", help="LLM model to measure.")] = None,
    real: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR", help="Score the real-resume corpus rebuilt into this folder instead."
        ),
    ] = None,
    labeller: Annotated[
        LabellerOption | None,
        typer.Option(help="With the rules backend: procedure or linear (default: the setting)."),
    ] = None,
    language: LanguageOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List the misses.")] = False,
) -> None:
    """Accuracy, macro-F1, per-class precision/recall, reliability and (with -v) misses on the
    gold set (GOLD is a gold JSONL; default: the built-in set)."""
    from prodgap.evals.labels import (
        DEFAULT_GOLD,
        evaluate_label_rows,
        evaluate_labels,
        format_label_scores,
    )

    with _user_errors():
        judge = _judge_for(backend, model, labeller.value if labeller else None)
        if real is not None:
            from prodgap.evals.real import real_label_rows

            rows, unknown = real_label_rows(real, split=split, language=language)
            scores = evaluate_label_rows(rows, split=split, judge=judge)
            _say_not_rebuilt(real, split, language)
            if unknown:
                typer.echo(f"({unknown} gold bullets left out: their text is not known here)")
        else:
            scores = evaluate_labels(gold or DEFAULT_GOLD, split=split, judge=judge)
        typer.echo(format_label_scores(scores, misses=verbose))


def _say_not_rebuilt(files_dir: Path, split: str, language: str | None = None) -> None:
    """Scores over part of the corpus say so: which part is a number's meaning."""
    from prodgap.evals.real import rebuilt_corpus

    present, absent = rebuilt_corpus(files_dir, split=split, language=language)
    if absent:
        typer.echo(
            f"({len(present)} of the split's {len(present) + absent} resumes are rebuilt here; "
            f"the other {absent} are left out)"
        )


def _judge_for(backend: BackendOption, model: str | None, labeller: LabellerName | None) -> Judge:
    if backend is BackendOption.rules:
        from prodgap.evals.labels import RulesJudge

        return RulesJudge(labeller)
    from prodgap.llm import make_judge
    from prodgap.pipeline import use_llm

    use_llm("llm")
    return make_judge(model=model)


# The garbage collector. Starting the CLI builds a few hundred thousand objects that live as
# long as the process (typer, pydantic and the report's models, the pipeline's modules and
# patterns); CPython's cyclic collector walks them over and over as they are made, and once more
# at exit, to find next to nothing: about a fifth of a one-resume `prodgap audit`. So main()
# starts with it off, and one resume's audit leaves it off until the process ends: the audit
# leaves about 30 KB in reference cycles (100 KB with the LLM backend; measured on the samples,
# the holdout sets and tests/hostile). Every other command, whose work has no such bound (a
# folder, the evals), turns it back on as its work starts, after gc.freeze() has set aside what
# start-up built, so that neither this process nor the workers it forks walk those objects again.
_collector_paused = False
"""Whether main() turned the collector off (in-process callers of ``app`` keep theirs as is)."""


def _pause_collector() -> None:
    global _collector_paused
    gc.disable()
    _collector_paused = True


def _start_up_done() -> None:
    """Collect garbage from here on, leaving what start-up built (it lives as long as the
    process) out of every later collection."""
    if _collector_paused:
        gc.freeze()
        gc.enable()


def main() -> None:
    """Entry point of the ``prodgap`` console script."""
    _pause_collector()
    # prodgap uses no pydantic plugin, and looking for one reads the entry points of every
    # installed distribution as the first model is built: a few milliseconds of every run.
    # Only this process (and its workers) skip it; a user's own setting is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from prodgap.code_cache import install

    install()  # dataclasses' generated methods compiled once, not at every run
    try:
        app()
    except Exception as exc:  # a bug, not bad input: still one line, unless debugging
        if os.environ.get("PRODGAP_DEBUG"):
            raise
        typer.echo(
            f"prodgap: internal error: {type(exc).__name__}: {exc} "
            "(set PRODGAP_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(70)
    finally:
        # The process ends here: its objects need no last walk through the collector on the way
        # out (the interpreter's final collection skips frozen objects).
        gc.freeze()
