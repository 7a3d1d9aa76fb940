"""Preflight: the real type from the bytes, and every limit, before any heavy work."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from prodgap.errors import InputError, LimitExceeded
from prodgap.extraction import extract
from prodgap.preflight import Limits, check_file, read_text, suffix_note

HOSTILE = Path(__file__).parent / "hostile" / "files"
LIMITS = Limits()


def _problem(path: Path, limits: Limits = LIMITS) -> InputError:
    with pytest.raises(InputError) as caught:
        check_file(path, limits)
    assert str(caught.value).startswith(f"{path.name}: ")
    return caught.value


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- existence and size -----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in str(_problem(tmp_path / "nope.pdf"))


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in str(_problem(tmp_path))


def test_empty_file() -> None:
    assert "empty (0 bytes)" in str(_problem(HOSTILE / "zero_bytes.pdf"))


def test_size_limit() -> None:
    error = _problem(HOSTILE / "forty_pages.pdf", Limits(max_bytes=20 * 1024))
    assert isinstance(error, LimitExceeded)
    assert "the file is 37 KB, over the 20 KB limit" in str(error)


# --- PDF: judged by the PDF reader in the bounded worker, so through extract() -----------


def _pdf_problem(path: Path, limits: Limits = LIMITS) -> InputError:
    with pytest.raises(InputError) as caught:
        extract(path, limits=limits)
    assert str(caught.value).startswith(f"{path.name}: ")
    return caught.value


@pytest.mark.parametrize("name", ["encrypted.pdf", "aes_encrypted.pdf"])
def test_password_protected_pdf(name: str) -> None:
    error = _pdf_problem(HOSTILE / name)
    assert "password-protected" in str(error)
    assert not isinstance(error, LimitExceeded)


@pytest.mark.parametrize("name", ["owner_password_only.pdf", "aes_owner_password_only.pdf"])
def test_pdf_with_empty_user_password_opens(name: str) -> None:
    # The usual "no copying" protection: anyone can open it, so prodgap reads it too.
    assert check_file(HOSTILE / name, LIMITS) == "pdf"
    assert extract(HOSTILE / name, limits=LIMITS).bullets()


@pytest.mark.parametrize("name", ["truncated.pdf", "garbage.pdf", "reference_loop.pdf"])
def test_broken_pdf_structure(name: str) -> None:
    assert "corrupt or truncated PDF" in str(_pdf_problem(HOSTILE / name))


def test_page_limit() -> None:
    error = _pdf_problem(HOSTILE / "forty_pages.pdf")
    assert isinstance(error, LimitExceeded)
    assert "40 pages, over the 30-page limit" in str(error)
    assert extract(HOSTILE / "forty_pages.pdf", limits=Limits(max_pages=40)).bullets()


def test_pdf_header_after_leading_junk(tmp_path: Path) -> None:
    data = b"\r\n junk from a mail gateway\r\n" + (HOSTILE / "white_text.pdf").read_bytes()
    assert check_file(_write(tmp_path, "resume.pdf", data), LIMITS) == "pdf"


def test_repaired_pdf_logs_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    # PDFium repairs a bad cross-reference table silently; nothing may print next to our line.
    assert extract(HOSTILE / "corrupt_xref.pdf", limits=LIMITS).bullets()
    assert capfd.readouterr().err == ""


def test_pypdf_is_loaded_only_for_a_pdf_pdfium_cannot_open() -> None:
    # pypdf costs a tenth of a second to import; a PDF that PDFium opens never pays it. (The
    # reader runs here in-process, as it does inside the bounded worker.)
    code = (
        "import sys; from pathlib import Path; from prodgap.readers.pdf import read_pdf\n"
        "from prodgap.errors import InputError\n"
        "read_pdf(Path(sys.argv[1]))\n"
        "print('pypdf' in sys.modules)\n"
        "try: read_pdf(Path(sys.argv[2]))\n"
        "except InputError as exc: print(exc.problem.startswith('corrupt'))\n"
        "print('pypdf' in sys.modules)\n"
    )
    files = [str(HOSTILE / "white_text.pdf"), str(HOSTILE / "truncated.pdf")]
    done = subprocess.run(
        [sys.executable, "-c", code, *files], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["False", "True", "True"]


def test_a_pdf_is_not_opened_by_the_preflight(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the preflight parsed a PDF outside the bounded worker")

    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    assert check_file(HOSTILE / "huge_content_stream.pdf", LIMITS) == "pdf"


# --- DOCX and zip -----------------------------------------------------------------------


def test_zip_bomb_ratio() -> None:
    error = _problem(HOSTILE / "zip_bomb.docx")
    assert isinstance(error, LimitExceeded)
    assert "expands 1,028:1, over the 100:1 limit" in str(error)


def test_zip_declared_size() -> None:
    error = _problem(HOSTILE / "zip_declared_huge.docx")
    assert isinstance(error, LimitExceeded)
    assert "declares 3,338 MB uncompressed, over the 200 MB limit" in str(error)


def test_zip_entry_count() -> None:
    error = _problem(HOSTILE / "zip_many_entries.docx")
    assert isinstance(error, LimitExceeded)
    assert "2103 entries, over the 2000 limit" in str(error)
    assert check_file(HOSTILE / "zip_many_entries.docx", Limits(max_zip_entries=3000)) == "docx"


def test_zip_members_are_never_decompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("preflight opened a zip member")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
    for name in ["zip_bomb.docx", "zip_declared_huge.docx", "zip_many_entries.docx"]:
        with pytest.raises(LimitExceeded):
            check_file(HOSTILE / name, LIMITS)
    assert check_file(HOSTILE / "hidden_text.docx", LIMITS) == "docx"


def test_zip_without_word_document() -> None:
    assert "not a Word document" in str(_problem(HOSTILE / "not_word.docx"))


def test_opendocument(tmp_path: Path) -> None:
    data = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    assert "an OpenDocument file" in str(_problem(_write(tmp_path, "cv.docx", data)))


def test_corrupt_zip(tmp_path: Path) -> None:
    data = (HOSTILE / "hidden_text.docx").read_bytes()[:300]
    assert "zip archive is corrupt or truncated" in str(_problem(_write(tmp_path, "cv.docx", data)))


def test_zip_entry_with_an_unknown_version(tmp_path: Path) -> None:
    # Found by tests/test_fuzz.py: zipfile raises NotImplementedError on such an entry.
    data = bytearray((HOSTILE / "hidden_text.docx").read_bytes())
    struct.pack_into("<B", data, data.index(b"PK\x01\x02") + 6, 64)  # "needs zip 6.4"
    assert "zip archive is corrupt" in str(_problem(_write(tmp_path, "cv.docx", bytes(data))))


def test_encrypted_zip_member(tmp_path: Path) -> None:
    data = bytearray((HOSTILE / "hidden_text.docx").read_bytes())
    at = data.index(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, at + 8)[0]
    struct.pack_into("<H", data, at + 8, flags | 0x1)  # the "encrypted" bit
    assert "password-protected" in str(_problem(_write(tmp_path, "cv.docx", bytes(data))))


def _zip(members: dict[str, bytes]) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# --- other formats and mislabeled files -------------------------------------------------


def test_legacy_doc() -> None:
    assert "an old binary Word .doc" in str(_problem(HOSTILE / "legacy_word.doc"))


def test_password_protected_word() -> None:
    assert "password-protected Word file" in str(_problem(HOSTILE / "encrypted_word.docx"))


@pytest.mark.parametrize(("name", "image"), [("png_named.pdf", "PNG"), ("jpeg_named.pdf", "JPEG")])
def test_image_named_pdf(name: str, image: str) -> None:
    problem = str(_problem(HOSTILE / name))
    assert f"is a {image} image, not a PDF; run OCR" in problem


def test_image_with_its_own_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.png", (HOSTILE / "png_named.pdf").read_bytes())
    assert "is a PNG image, not a resume document" in str(_problem(path))


def test_rtf(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.rtf", b"{\\rtf1\\ansi Jordan}")
    assert "an RTF file" in str(_problem(path))


def test_unsupported_extension(tmp_path: Path) -> None:
    assert "unsupported file type '.odp'" in str(_problem(_write(tmp_path, "cv.odp", b"hello")))


@pytest.mark.parametrize(
    ("name", "kind"),
    [("pdf_named.docx", "pdf"), ("docx_named.pdf", "docx"), ("text_named.docx", "txt")],
)
def test_mislabeled_file_is_read_by_content(name: str, kind: str) -> None:
    path = HOSTILE / name
    assert check_file(path, LIMITS) == kind
    note = suffix_note(path, kind)  # type: ignore[arg-type]
    assert note is not None and name in note and f"really a {kind.upper()} file" in note


def test_binary_named_docx(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.docx", bytes(range(256)))
    assert "not a valid DOCX file" in str(_problem(path))


@pytest.mark.parametrize(
    ("name", "kind"), [("a.pdf", "pdf"), ("a.md", "md"), ("a.txt", "md"), ("a", "txt")]
)
def test_no_note_when_name_and_content_agree(name: str, kind: str) -> None:
    assert suffix_note(Path(name), kind) is None  # type: ignore[arg-type]


# --- text -------------------------------------------------------------------------------

INTERNATIONAL = (HOSTILE / "international.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with a BOM, little-endian
        lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    ],
)
def test_text_encodings(tmp_path: Path, encode) -> None:
    path = _write(tmp_path, "cv.txt", encode(INTERNATIONAL))
    assert check_file(path, LIMITS) == "txt"
    assert read_text(path) == INTERNATIONAL


def test_cp1252_text() -> None:
    text = read_text(HOSTILE / "cp1252.txt")
    assert "café’s “smart menu” model – 15%" in text


def test_undecodable_text() -> None:
    assert "not UTF-8, UTF-16 or Windows-1252" in str(_problem(HOSTILE / "undecodable.txt"))


def test_nul_bytes() -> None:
    assert "binary content (NUL bytes)" in str(_problem(HOSTILE / "binary.txt"))


def test_control_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.md", b"Jordan\n" + bytes(range(1, 32)) * 10)
    assert "binary content (control bytes)" in str(_problem(path))
