"""Write a report to disk atomically, never clobbering an existing file unless asked."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from prodgap.errors import OutputError

REPORT_SUFFIXES = {"html": ".prodgap.html", "json": ".prodgap.json", "md": ".prodgap.md"}
"""What a report's name ends with, by format: resume.pdf gives resume.prodgap.html."""


def write_report(text: str, dest: Path, *, force: bool) -> None:
    """Write text to dest via a temp file in the same folder; refuse to overwrite without force."""
    dest = Path(dest)
    _check_destination(dest, force)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # e.g. lone UTF-16 surrogates from a PDF engine: refuse cleanly rather than crash.
        raise OutputError(f"cannot write {dest}: the report is not valid Unicode ({exc})") from None
    temp = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.tmp")
    try:
        _write_new(temp, data)
        _move_into_place(temp, dest, force)
    except OSError as exc:
        raise OutputError(f"cannot write {dest}: {exc.strerror or exc}") from exc
    finally:
        # After a successful move the temp name is gone; after a failure nothing is left behind.
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _check_destination(dest: Path, force: bool) -> None:
    if dest.is_dir():
        raise OutputError(f"{dest} is a folder; give a file name to write the report to")
    if not dest.parent.is_dir():
        raise OutputError(f"cannot write {dest}: folder {dest.parent} does not exist")
    if dest.exists() and not force:
        raise OutputError(f"{dest} already exists; use --force to overwrite it")


def _write_new(path: Path, data: bytes) -> None:
    # O_EXCL: never write through a file or link someone else put there; 0o666 lets umask decide.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with open(fd, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _move_into_place(temp: Path, dest: Path, force: bool) -> None:
    if force:
        os.replace(temp, dest)
        return
    # A hard link fails if dest appeared since the check, so a racing writer is never clobbered.
    try:
        os.link(temp, dest)
    except FileExistsError:
        raise OutputError(f"{dest} already exists; use --force to overwrite it") from None
    except OSError:
        # Filesystems without hard links: fall back to the checked rename.
        if dest.exists():
            raise OutputError(f"{dest} already exists; use --force to overwrite it") from None
        os.replace(temp, dest)
