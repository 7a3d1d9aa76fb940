"""write_report: atomic, no clobbering without force, nothing left behind on failure."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from prodgap.errors import OutputError
from prodgap.output import write_report


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_the_text_as_utf8(tmp_path: Path) -> None:
    dest = tmp_path / "r.html"
    write_report("naïve café – 履歴書 ✓\n", dest, force=False)
    assert dest.read_bytes() == "naïve café – 履歴書 ✓\n".encode()
    assert _leftovers(tmp_path) == []


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    dest = tmp_path / "r.html"
    dest.write_text("keep me")
    with pytest.raises(OutputError, match="already exists; use --force"):
        write_report("new", dest, force=False)
    assert dest.read_text() == "keep me"
    assert _leftovers(tmp_path) == []


def test_empty_text_without_force_is_the_cli_s_early_existence_check(tmp_path: Path) -> None:
    dest = tmp_path / "r.html"
    dest.write_text("keep me")
    with pytest.raises(OutputError):
        write_report("", dest, force=False)
    assert dest.read_text() == "keep me"


def test_force_overwrites(tmp_path: Path) -> None:
    dest = tmp_path / "r.html"
    dest.write_text("old")
    write_report("new", dest, force=True)
    assert dest.read_text() == "new"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_report("x", tmp_path / "nope" / "r.html", force=True)


def test_a_folder_as_destination_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"):
        write_report("x", tmp_path, force=True)


@pytest.mark.parametrize("force", [False, True])
def test_a_failed_move_leaves_no_partial_or_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    monkeypatch.setattr(os, "link", fail)
    dest = tmp_path / "r.html"
    with pytest.raises(OutputError, match="No space left"):
        write_report("x" * 10_000, dest, force=force)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    dest = tmp_path / "r.html"
    with pytest.raises(OutputError, match="Input/output error"):
        write_report("x", dest, force=False)
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_appears_during_the_write_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "r.html"
    real_link = os.link

    def racing_link(src: str, dst: str) -> None:
        Path(dst).write_text("someone else's")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(OutputError, match="already exists"):
        write_report("mine", dest, force=False)
    assert dest.read_text() == "someone else's"
    assert _leftovers(tmp_path) == []


def test_without_hard_links_the_checked_rename_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", unsupported)
    dest = tmp_path / "r.html"
    write_report("ok", dest, force=False)
    assert dest.read_text() == "ok"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_report_gets_ordinary_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_report("x", tmp_path / "r.html", force=False)
    finally:
        os.umask(old)
    assert (tmp_path / "r.html").stat().st_mode & 0o777 == 0o644


def test_text_that_is_not_valid_unicode_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="not valid Unicode"):
        write_report("rocket \ud83d\ude80", tmp_path / "r.html", force=False)
    assert list(tmp_path.iterdir()) == []
