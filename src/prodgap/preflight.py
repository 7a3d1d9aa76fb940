"""Cheap checks before the heavy pass: what the file really is, and whether it is within limits.

Every check reads only what it must: the first bytes, a zip's central directory (never a
decompressed member). A file is read by what its bytes are, not by its name; ``suffix_note``
words the warning when the two differ. A PDF's password, structure and page count are judged by
the PDF reader as it opens the file, inside the bounded worker (``prodgap.readers.pdf``): any
parse of a hostile PDF belongs there, not in the caller's process.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from prodgap.errors import InputError, LimitExceeded

FileKind = Literal["pdf", "docx", "txt", "md"]

_HEAD_BYTES = 1024  # PDF readers accept the %PDF header anywhere in the first 1024 bytes
_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_BIG_MEMBER = 1024 * 1024  # compression ratio is only judged on members larger than this
_CONTROL_SHARE = 0.01  # more C0 control characters than this and "text" is really binary
_TEXT_CONTROLS = set("\t\n\r\f\v\x1b")
_SUFFIX_KINDS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md", ".markdown": "md"}


@dataclass(frozen=True)
class Limits:
    """Bounds on what prodgap will read; each is checked before the expensive work."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 30
    max_seconds: float = 30.0
    max_memory_bytes: int = 1024 * 1024 * 1024
    """Address space the reading worker may add on top of what the process already has."""
    max_zip_entries: int = 2000
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_ratio: float = 100.0


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
            path, f"the file is {_mb(size)}, over the {_mb(limits.max_bytes)} limit"
        )
    with path.open("rb") as fh:
        head = fh.read(_HEAD_BYTES)
    kind = _sniff(path, head)
    if kind == "docx":
        _check_docx(path, limits)
    elif kind != "pdf":
        read_text(path)
    return kind


def suffix_note(path: Path, kind: FileKind) -> str | None:
    """The warning to show when a file's name says one type and its bytes another."""
    suffix = path.suffix.lower()
    named = _SUFFIX_KINDS.get(suffix)
    if named is None or {named, kind} <= {"txt", "md"} or named == kind:
        return None
    return f"{path.name} is really a {kind.upper()} file despite its {suffix} name; read it as one"


def read_text(path: Path) -> str:
    """Decode a text resume (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, "the text claims to be UTF-16 but is not valid UTF-16") from exc
    if b"\x00" in data:
        raise InputError(path, "binary content (NUL bytes), not a text resume")
    text = _decode_8bit(data)
    if text is None:
        raise InputError(
            path, "the text is not UTF-8, UTF-16 or Windows-1252; save it as UTF-8 and try again"
        )
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > _CONTROL_SHARE * len(text):
        raise InputError(path, "binary content (control bytes), not a text resume")
    return text


def _decode_8bit(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


# --- what the bytes are -----------------------------------------------------------------


def _sniff(path: Path, head: bytes) -> FileKind:
    suffix = path.suffix.lower()
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if head.startswith(_OLE):
        raise InputError(path, _ole_problem(path))
    image = next((name for magic, name in _IMAGES.items() if head.startswith(magic)), None)
    if image is not None:
        target = "a PDF" if suffix == ".pdf" else "a resume document"
        raise InputError(
            path,
            f"is a {image} image, not {target}; run OCR on it (or export the resume as PDF or "
            "DOCX) and try again",
        )
    if head.startswith(b"{\\rtf"):
        raise InputError(path, "an RTF file; save it as DOCX or PDF and try again")
    if suffix in {".md", ".markdown"}:
        return "md"
    if suffix in {".txt", ".text", ""}:
        return "txt"
    if suffix in {".pdf", ".docx"}:
        return _text_or_mismatch(path, suffix)
    raise InputError(path, f"unsupported file type '{suffix}'; use PDF, DOCX, TXT or MD")


def _ole_problem(path: Path) -> str:
    """Word 97-2003 files and password-protected Office files are both OLE containers."""
    if _ENCRYPTED_PACKAGE in path.read_bytes():
        return "a password-protected Word file; remove the password (save a copy) and try again"
    return "an old binary Word .doc; save it as .docx or PDF and try again"


def _text_or_mismatch(path: Path, suffix: str) -> FileKind:
    """A '.pdf' or '.docx' that is really plain text is read as text (suffix_note says so)."""
    try:
        read_text(path)
    except InputError:
        raise InputError(
            path, f"not a valid {suffix[1:].upper()} file (its contents do not match its name)"
        ) from None
    return "txt"


# --- DOCX -------------------------------------------------------------------------------


def _check_docx(path: Path, limits: Limits) -> None:
    """Judge the archive from its central directory alone; nothing is decompressed."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    # NotImplementedError: a directory entry that claims a zip version Python cannot read.
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as exc:
        raise InputError(path, "not a valid DOCX: its zip archive is corrupt or truncated") from exc
    if len(members) > limits.max_zip_entries:
        raise LimitExceeded(
            path,
            f"the archive has {len(members)} entries, over the {limits.max_zip_entries} limit "
            "(a Word document has a few dozen)",
        )
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise InputError(path, _not_word(names))
    if any(m.flag_bits & 0x1 for m in members):
        raise InputError(path, "the archive is password-protected; remove the password")
    _check_zip_sizes(path, members, limits)


def _not_word(names: set[str]) -> str:
    if "content.xml" in names and "mimetype" in names:
        return "an OpenDocument file, not a Word document; save it as .docx or PDF"
    return "not a Word document (the archive has no word/document.xml)"


def _check_zip_sizes(path: Path, members: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise LimitExceeded(
            path,
            f"the archive declares {_mb(total)} uncompressed, over the "
            f"{_mb(limits.max_unzipped_bytes)} limit (a zip bomb?)",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _BIG_MEMBER and ratio > limits.max_zip_ratio:
            raise LimitExceeded(
                path,
                f"'{member.filename}' expands {ratio:,.0f}:1, over the "
                f"{limits.max_zip_ratio:.0f}:1 limit (a zip bomb?)",
            )


def _mb(size: int) -> str:
    if size < 2**20:
        return f"{size / 2**10:.0f} KB"
    mb = size / 2**20
    return f"{mb:,.0f} MB" if mb >= 10 else f"{mb:.1f} MB"
