"""Cheap checks before the heavy pass: what the file really is, and whether it is within limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from prodgap.errors import InputError, LimitExceeded

FileKind = Literal["pdf", "docx", "txt", "md"]


@dataclass(frozen=True)
class Limits:
    """Bounds on what prodgap will read; each is checked before the expensive work."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 30
    max_seconds: float = 30.0


def check_file(path: Path, limits: Limits) -> FileKind:
    """Return the file's real kind, or raise InputError naming the file and the problem."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a resume file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "the file is empty (0 bytes)")
    if size > limits.max_bytes:
        raise LimitExceeded(
            path, f"the file is {size / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit"
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    return _sniff(path, head)


def _sniff(path: Path, head: bytes) -> FileKind:
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in head):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(path, "an old binary Word .doc; save it as .docx or PDF and try again")
    if suffix in {".pdf", ".docx"}:
        raise InputError(path, f"not a valid {suffix[1:].upper()} file (its contents do not match)")
    if suffix in {".md", ".markdown"}:
        return "md"
    if suffix in {".txt", ".text", ""}:
        return "txt"
    raise InputError(path, f"unsupported file type '{suffix}'; use PDF, DOCX, TXT or MD")
