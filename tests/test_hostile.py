"""The hostile corpus (tests/hostile/make_hostile.py): every file gives a report or one clear error.

Also the guard that bounds the heavy reading in time and memory (prodgap.guard.run_bounded).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import prodgap
from prodgap import guard
from prodgap.errors import InputError, LimitExceeded, ProdgapError
from prodgap.guard import run_bounded
from prodgap.models import Resume
from prodgap.preflight import Limits

HOSTILE = Path(__file__).parent / "hostile" / "files"
CASES = sorted(p.name for p in HOSTILE.iterdir())

# What each file must do: the start of its error message, or None for a report.
EXPECTED: dict[str, str | None] = {
    "aes_encrypted.pdf": "the PDF is password-protected",
    "aes_owner_password_only.pdf": None,
    "binary.txt": "binary content (NUL bytes)",
    "corrupt_xref.pdf": None,
    "cp1252.txt": None,
    # PDFium parses the nesting to a depth limit and reads the page; the resume is fine.
    "deep_nesting.pdf": None,
    "docx_named.pdf": None,
    "encrypted.pdf": "the PDF is password-protected",
    "encrypted_word.docx": "a password-protected Word file",
    "forty_pages.pdf": "the PDF has 40 pages, over the 30-page limit",
    "garbage.pdf": "corrupt or truncated PDF",
    "hidden_text.docx": None,
    "html_script.md": None,
    "html_script.pdf": None,
    "huge_content_stream.pdf": None,
    "injection.docx": None,
    "injection.pdf": None,
    "injection.txt": None,
    "international.docx": None,
    "international.pdf": None,
    "international.txt": None,
    "invisible_render.pdf": None,
    "jpeg_named.pdf": "is a JPEG image, not a PDF; run OCR",
    "legacy_word.doc": "an old binary Word .doc",
    "not_word.docx": "not a Word document",
    "off_page_text.pdf": None,
    "owner_password_only.pdf": None,
    "pdf_named.docx": None,
    "png_named.pdf": "is a PNG image, not a PDF; run OCR",
    "reference_loop.pdf": "corrupt or truncated PDF",
    "scanned.pdf": "has no text layer",
    "text_named.docx": None,
    "tiny_text.pdf": None,
    "truncated.pdf": "corrupt or truncated PDF",
    "undecodable.txt": "the text is not UTF-8, UTF-16 or Windows-1252",
    "utf16.txt": None,
    "utf8_bom.md": None,
    "white_text.pdf": None,
    "zero_bytes.pdf": "the file is empty",
    "zip_bomb.docx": "'word/media/image1.bin' expands 1,028:1, over the 100:1 limit",
    "zip_declared_huge.docx": "the archive declares 3,338 MB uncompressed",
    "zip_many_entries.docx": "the archive has 2103 entries, over the 2000 limit",
}

STUFFING = "Kubernetes TensorFlow PyTorch MLOps Staff Principal FAANG Stanford PhD top 1%"


def test_corpus_and_expectations_agree() -> None:
    assert set(CASES) == set(EXPECTED)


def test_corpus_is_small() -> None:
    assert sum((HOSTILE / name).stat().st_size for name in CASES) < 2 * 1024 * 1024


# --- the guard --------------------------------------------------------------------------


def _resume(warnings: int) -> Resume:
    return Resume(source="cv.pdf", file_type="pdf", engine="test", warnings=["w"] * warnings)


def _raise_input_error() -> None:
    raise LimitExceeded("cv.pdf", "the PDF has 99 pages")


def _raise_value_error() -> None:
    raise ValueError("a reader bug")


def _allocate(size: int) -> bytearray:
    return bytearray(size)


def _kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does


@pytest.fixture(params=["single-threaded", "multi-threaded"])
def caller(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test from a single-threaded caller (the worker is forked) and from one with a
    second thread alive, like a web service (the worker is spawned, and fork must not happen)."""
    if request.param == "single-threaded":
        yield request.param
        return
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()

    def no_fork() -> int:
        raise AssertionError("forked a multi-threaded process")

    monkeypatch.setattr(os, "fork", no_fork)
    try:
        yield request.param
    finally:
        stop.set()
        thread.join()


def test_guard_returns_the_result(caller: str) -> None:
    resume = run_bounded(_resume, 3, path="cv.pdf", limits=Limits())
    assert resume == _resume(3)


def test_guard_times_out(caller: str) -> None:
    with pytest.raises(LimitExceeded, match=r"^cv\.pdf: took longer than 0\.5 s to read; "):
        run_bounded(time.sleep, 30, path="cv.pdf", limits=Limits(max_seconds=0.5))


def test_guard_bounds_memory(caller: str) -> None:
    limits = Limits(max_memory_bytes=256 * 2**20)
    with pytest.raises(LimitExceeded, match=r"needed more than 256 MB of memory to read"):
        run_bounded(_allocate, 2 * 2**30, path="cv.pdf", limits=limits)
    assert len(run_bounded(_allocate, 2**20, path="cv.pdf", limits=limits)) == 2**20


def test_guard_passes_input_errors_through(caller: str) -> None:
    with pytest.raises(LimitExceeded, match=r"^cv\.pdf: the PDF has 99 pages$") as caught:
        run_bounded(_raise_input_error, path="cv.pdf", limits=Limits())
    assert caught.value.problem == "the PDF has 99 pages"


def test_guard_keeps_other_exceptions_and_their_traceback(caller: str) -> None:
    with pytest.raises(ValueError, match="a reader bug") as caught:
        run_bounded(_raise_value_error, path="cv.pdf", limits=Limits())
    assert "_raise_value_error" in caught.value.__notes__[0]


def test_guard_reports_a_crashed_worker(caller: str) -> None:
    with pytest.raises(InputError, match=r"the reader crashed on this file \(SIGKILL\)"):
        run_bounded(_kill_self, path="cv.pdf", limits=Limits())


def test_guard_leaves_no_child_behind(caller: str) -> None:
    before = _children()
    with pytest.raises(LimitExceeded):
        run_bounded(time.sleep, 30, path="cv.pdf", limits=Limits(max_seconds=0.2))
    run_bounded(_resume, 1, path="cv.pdf", limits=Limits())
    assert _children() == before  # none left running, and none left as a zombie


def test_the_caller_does_its_own_work_while_a_forked_worker_reads() -> None:
    # The CLI loads the labeller meanwhile (prodgap.pipeline._warm_up): on a second core.
    seen: list[tuple[int, set[int]]] = []
    before = _children()
    result = run_bounded(
        _sleep_then_resume,
        0.5,
        path="cv.pdf",
        limits=Limits(),
        meanwhile=lambda: seen.append((os.getpid(), _children() - before)),
    )
    assert result == _resume(1)
    [(pid, running)] = seen  # once, in this process, with the worker still at work
    assert pid == os.getpid() and len(running) == 1


def _sleep_then_resume(seconds: float) -> Resume:
    time.sleep(seconds)
    return _resume(1)


def _children() -> set[int]:
    """This process's child processes, zombies included (Linux /proc)."""
    me, children = os.getpid(), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (comm) state ppid ...": the command may hold spaces, so split after ")".
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == me:
            children.add(int(stat.parent.name))
    return children


def test_a_spawned_worker_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "_SPAWNED_MAIN", "import sys; sys.exit(3)")
    monkeypatch.setattr(guard, "thread_count", lambda: 2)
    with pytest.raises(InputError, match=r"^cv\.pdf: the reading worker could not start \(exit"):
        run_bounded(_resume, 1, path="cv.pdf", limits=Limits())


def test_a_multi_threaded_caller_reads_the_same_resume(caller: str) -> None:
    sample = Path(__file__).parents[1] / "samples" / "fay_two_column.pdf"
    assert prodgap.extract(sample) == _single_threaded_extract(sample)


def _single_threaded_extract(path: Path) -> Resume:
    from prodgap.extraction import _extract_kind

    return _extract_kind(path, "pdf", Limits())


# --- end to end: extract(), audit() and the CLI -----------------------------------------


@pytest.fixture(scope="module")
def extract():
    return prodgap.extract


@pytest.fixture(scope="module")
def audit():
    return prodgap.audit


def _check_outcome(run, name: str) -> None:
    try:
        outcome = run(HOSTILE / name)
    except ProdgapError as exc:
        assert EXPECTED[name] is not None, str(exc)
        assert isinstance(exc, InputError)
        assert str(exc).startswith(f"{name}: {EXPECTED[name]}")
        return
    assert EXPECTED[name] is None, f"expected an error, got {type(outcome).__name__}"
    bullets = outcome.bullets() if isinstance(outcome, Resume) else outcome.bullets
    assert bullets, "no bullets"
    outcome.model_dump_json()  # what the CLI writes: lone surrogates and the like fail here


@pytest.mark.parametrize("name", CASES)
def test_every_file_extracts_or_gives_a_clear_error(extract, name: str) -> None:
    _check_outcome(extract, name)


@pytest.mark.parametrize("name", CASES)
def test_every_file_audits_or_gives_a_clear_error(audit, name: str) -> None:
    _check_outcome(lambda path: audit(path, backend="rules"), name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("white_text.pdf", "white_text"),
        ("off_page_text.pdf", "off_page"),
        ("tiny_text.pdf", "tiny_font"),
        ("invisible_render.pdf", "invisible_render"),
        ("hidden_text.docx", None),
    ],
)
def test_hidden_text_is_left_out_and_recorded(extract, name: str, reason: str | None) -> None:
    resume = extract(HOSTILE / name)
    assert not any("Kubernetes TensorFlow" in b.text for b in resume.bullets())
    assert len(resume.bullets()) == 3
    assert any(STUFFING in h.text for h in resume.hidden_text)
    if reason is not None:
        assert {h.reason for h in resume.hidden_text} == {reason}


def test_guard_stops_a_slow_pdf(extract) -> None:
    # PDFium needs about a second for the million paths on the development machine (more
    # where it is slower); a 0.2 s limit stops it instead of waiting, with room to spare.
    path = HOSTILE / "huge_content_stream.pdf"
    with pytest.raises(LimitExceeded, match="took longer than 0.2 s to read"):
        run_bounded(extract, path, path=path, limits=Limits(max_seconds=0.2))


def test_hidden_text_is_a_warning_on_the_report(audit) -> None:
    report = audit(HOSTILE / "white_text.pdf", backend="rules")
    assert any("1 line(s) a reader cannot see" in w for w in report.warnings)


@pytest.mark.parametrize("name", ["injection.pdf", "injection.docx", "injection.txt"])
def test_prompt_injection_is_data_and_flagged(audit, name: str) -> None:
    report = audit(HOSTILE / name, backend="rules")
    flagged = [b.text for b in report.bullets if b.injection_suspected]
    assert len(flagged) == 1 and flagged[0].startswith("Ignore all previous instructions")
    assert sum(not b.injection_suspected for b in report.bullets) >= 3
    assert any("read like instructions to an AI" in w for w in report.warnings)


@pytest.mark.parametrize("name", ["international.pdf", "international.docx", "international.txt"])
def test_international_text_survives(extract, name: str) -> None:
    text = " ".join(b.text for b in extract(HOSTILE / name).bullets())
    text.encode("utf-8")  # no lone surrogates
    for phrase in ["naïve Bayes", "façade déjà-vu", "推荐系统", "東京", "50万", "🚀", "✅", "📈"]:
        assert phrase in text, phrase
    # PDFium puts each right-to-left word in logical order but keeps the words in visual order.
    for word in ["محرك", "البحث", "זיהוי", "ישויות"]:
        assert word in text, word
    if name != "international.pdf":
        assert "محرك البحث" in text and "זיהוי ישויות" in text


@pytest.mark.parametrize("name", ["utf16.txt", "utf8_bom.md", "cp1252.txt"])
def test_text_encodings_end_to_end(extract, name: str) -> None:
    bullets = extract(HOSTILE / name).bullets()
    text = " ".join(b.text for b in bullets)
    assert not {"\ufeff", "\ufffd", "\x00"} & set(text)
    assert bullets[0].text.startswith(("Deployed a fraud-scoring", "Improved naïve"))


@pytest.mark.parametrize("name", ["pdf_named.docx", "docx_named.pdf", "text_named.docx"])
def test_mislabeled_files_are_read_by_content_with_a_warning(extract, name: str) -> None:
    resume = extract(HOSTILE / name)
    assert any(name in w and "despite its" in w for w in resume.warnings)


def _cli(name: str, out_dir: Path, fmt: str = "json") -> subprocess.CompletedProcess[str]:
    out = out_dir / f"{name}.{fmt}"
    command = [sys.executable, "-m", "prodgap", "audit", str(HOSTILE / name), "-o", str(out)]
    env = {k: v for k, v in os.environ.items() if k != "PRODGAP_DEBUG"}
    return subprocess.run(
        [*command, "--format", fmt, "--backend", "rules"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def test_cli_on_every_file(audit, tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(CASES, pool.map(lambda n: _cli(n, tmp_path), CASES), strict=True))
    for name, done in results.items():
        out = tmp_path / f"{name}.json"
        assert "Traceback" not in done.stderr, name
        if EXPECTED[name] is None:
            assert done.returncode == 0, (name, done.stderr)
            assert json.loads(out.read_text(encoding="utf-8"))["bullets"], name
        else:
            assert done.returncode == 1, (name, done.stderr)
            assert done.stderr.count("\n") == 1 and name in done.stderr, (name, done.stderr)
            assert EXPECTED[name] in done.stderr, (name, done.stderr)
            assert not out.exists(), name


@pytest.mark.parametrize("name", ["html_script.pdf", "html_script.md"])
def test_html_in_a_bullet_never_runs_in_the_report(audit, name: str, tmp_path: Path) -> None:
    done = _cli(name, tmp_path, fmt="html")
    assert done.returncode == 0, done.stderr
    html = (tmp_path / f"{name}.html").read_text(encoding="utf-8")
    assert "<script>alert(" not in html and "<img src=x" not in html
    # Escaped, and shown (evidence highlights may split the words that follow).
    assert "&lt;script&gt;" in html and "&lt;img src=x" in html


def test_the_labeller_is_warmed_up_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the warm-up loads stays loaded: a second audit in the process has nothing to warm.
    from prodgap import pipeline

    labelled: list[int] = []
    monkeypatch.setattr(pipeline, "label_bullets", lambda bullets: labelled.append(len(bullets)))
    pipeline._warm_up.cache_clear()
    pipeline._warm_up()
    pipeline._warm_up()
    pipeline._warm_up.cache_clear()  # the next test's process warms up for real
    assert labelled == [1]
