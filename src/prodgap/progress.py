"""What the CLI says on stderr while it audits: warnings and errors naming the file, one line of
summary per report, and for a cohort on a terminal a progress bar (rich, which typer brings)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from prodgap.models import CohortRow


def summary_line(
    bullets: int, shipped: int, trained: int, other: int, share: float | None, note: str
) -> str:
    """A report in one line: "9 bullets: 2 shipped, 4 trained, 3 other; production share 33%
    (rules backend)"; ``note`` is what goes in the brackets."""
    share_text = "n/a" if share is None else f"{share:.0%}"
    return (
        f"{bullets} bullets: {shipped} shipped, {trained} trained, {other} other; "
        f"production share {share_text} ({note})"
    )


def warning_line(name: str, warning: str) -> str:
    return f"prodgap: warning: {name}: {warning}"


def error_line(name: str, problem: str) -> str:
    return f"prodgap: error: {name}: {problem}"


class CohortProgress:
    """Plain lines: each file's warnings, then its error or its report's summary."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.failed = 0

    def __enter__(self) -> CohortProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None

    def start(self, to_audit: int, reused: int) -> None:
        """Say how much there is to do (and how much a previous run already did)."""
        if reused:
            self.say(
                f"prodgap: {reused} resume(s) unchanged since the last run; auditing {to_audit}"
            )

    def finished(self, name: str, row: CohortRow, report: str | None = None) -> None:
        """One file is done: its warnings, then its error or its report's summary (and where
        the report went, when it went to a file)."""
        for warning in row.warnings:
            self.say(warning_line(name, warning))
        if row.status == "failed":
            self.failed += 1
            self.say(error_line(name, row.error or "failed"))
        else:
            self.done(row, report or name)

    def done(self, row: CohortRow, where: str) -> None:
        note = f"{row.backend} backend"
        if row.llm_fallbacks:
            note += f", {row.llm_fallbacks} of {row.bullets} bullets fell back to the rules"
        line = summary_line(
            row.bullets, row.shipped, row.trained, row.other, row.production_share, note
        )
        self.say(f"{where}: {line}")

    def say(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class BarProgress(CohortProgress):
    """On a terminal: a bar with files done, failed and the time left; warnings and errors are
    printed above it. It is redrawn as files finish, with no thread of its own (the pool forks,
    and a fork must not copy another thread's locks)."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        super().__init__(stream)
        console = Console(file=stream, highlight=False, markup=False)
        self.bar: Progress = Progress(
            TextColumn("auditing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]} failed"),
            TimeRemainingColumn(),
            console=console,
            auto_refresh=False,
        )
        self.task: TaskID | None = None

    def __enter__(self) -> BarProgress:
        self.bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.bar.refresh()
        self.bar.stop()

    def start(self, to_audit: int, reused: int) -> None:
        super().start(to_audit, reused)
        self.task = self.bar.add_task("auditing", total=to_audit, failed=0)
        self.bar.refresh()

    def finished(self, name: str, row: CohortRow, report: str | None = None) -> None:
        super().finished(name, row, report)
        if self.task is not None:
            self.bar.update(self.task, advance=1, failed=self.failed)
        self.bar.refresh()

    def done(self, row: CohortRow, where: str) -> None:
        return None  # the bar counts it; a line per file would scroll the warnings away

    def say(self, line: str) -> None:
        self.bar.console.print(line, soft_wrap=True)


def progress_for(stream: TextIO) -> CohortProgress:
    """A progress bar on a terminal, plain lines otherwise (a log, a pipe, CI)."""
    return BarProgress(stream) if stream.isatty() else CohortProgress(stream)
