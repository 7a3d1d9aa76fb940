"""Turn a resume file into a Resume: preflight, the reader for its type, then the structure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from prodgap.errors import InputError, ProdgapError
from prodgap.guard import run_bounded
from prodgap.models import Resume
from prodgap.preflight import FileKind, Limits, check_file, suffix_note
from prodgap.readers.lines import ReadResult
from prodgap.structure import build_resume


def extract(
    path: str | Path, *, limits: Limits | None = None, meanwhile: Callable[[], object] | None = None
) -> Resume:
    """Read a PDF, DOCX, TXT or MD resume into sections, entries and bullets (``meanwhile``: the
    caller's own quick work, done while a worker process reads, when one does)."""
    path = Path(path)
    limits = limits or Limits()
    kind = check_file(path, limits)
    # Load the reader here, not in the worker: a forked worker then inherits it, and a second
    # audit in the same process does not pay the import again.
    _reader_for(kind)
    # The heavy pass runs in a bounded worker: a hostile file cannot hang or exhaust the caller.
    return run_bounded(
        _extract_kind, path, kind, limits, path=path, limits=limits, meanwhile=meanwhile
    )


def _extract_kind(path: Path, kind: FileKind, limits: Limits) -> Resume:
    """What the worker runs; module-level and given only picklable arguments, so that a
    spawned worker (see prodgap.guard) can receive it too."""
    return _extract_checked(_reader_for(kind), path, kind, limits)


def _extract_checked(reader: Reader, path: Path, kind: FileKind, limits: Limits) -> Resume:
    try:
        read = reader(path, kind, limits)
        note = suffix_note(path, kind)
        if note:
            read.warnings.insert(0, note)
        return build_resume(read, source=path.name, file_type=kind)
    except ProdgapError:
        raise
    except Exception as exc:
        # Engines fail in their own ways on hostile files; the user gets one line, not a trace.
        raise InputError(path, f"could not be read ({type(exc).__name__}: {exc})") from exc


Reader = Callable[[Path, FileKind, Limits], ReadResult]


def _reader_for(kind: FileKind) -> Reader:
    """The reading function for a kind of file; engines are imported only when needed."""
    if kind == "pdf":
        from prodgap.readers.pdf import read_pdf

        return lambda path, _kind, limits: read_pdf(path, limits.max_pages)
    if kind == "docx":
        from prodgap.readers.docx import read_docx

        return lambda path, _kind, _limits: read_docx(path)
    from prodgap.readers.text import read_text

    return lambda path, kind, _limits: read_text(path, markdown=kind == "md")
