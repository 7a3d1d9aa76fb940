"""Fuzzing: mutated, truncated and random documents give a result or a ProdgapError, nothing else.

The default run is a few hundred examples; ``PRODGAP_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py``
runs that many per test instead.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prodgap
from prodgap.errors import ProdgapError
from prodgap.models import Resume

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "hostile" / "files"
# Seeds: every sample, plus readable hostile files, so the fuzzers run before samples/ exists.
SEEDS = sorted(
    [*(ROOT / "samples").glob("*.pdf"), *(ROOT / "samples").glob("*.docx")]
    + [HOSTILE / n for n in ("white_text.pdf", "international.pdf", "hidden_text.docx")]
)
PDF_SEEDS = [p for p in SEEDS if p.suffix == ".pdf"]
DOCX_SEEDS = [p for p in SEEDS if p.suffix == ".docx"]

EXAMPLES = int(os.environ.get("PRODGAP_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    deadline=timedelta(seconds=10),  # a hang or a pathological slowdown fails the example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not EXAMPLES,  # the default CI run is the same every time
    database=None,
)


def _examples(default: int) -> settings:
    return settings(FUZZ, max_examples=EXAMPLES or default)


@pytest.fixture(scope="module")
def extract() -> Callable[..., Any]:
    return prodgap.extract


@pytest.fixture(scope="module")
def audit() -> Callable[..., Any]:
    return prodgap.audit


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _only_allowed_outcomes(run: Callable[[Path], Any], path: Path, data: bytes) -> None:
    """A result that serializes, or a ProdgapError naming the file and a problem."""
    path.write_bytes(data)
    try:
        result = run(path)
    except ProdgapError as exc:
        name, _, problem = str(exc).partition(": ")
        assert name == path.name and problem.strip(), repr(exc)
        return
    result.model_dump_json()
    assert isinstance(result.bullets() if isinstance(result, Resume) else result.bullets, list)


# --- strategies -------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A seed file and the edits made to it; its repr stays short when hypothesis reports it."""

    seed: Path
    edits: tuple[tuple[str, int, bytes], ...] = ()
    cut: int | None = None

    @property
    def suffix(self) -> str:
        return self.seed.suffix

    def data(self) -> bytes:
        data = bytearray(self.seed.read_bytes())
        for action, at, chunk in self.edits:
            at %= max(len(data), 1)
            if action == "flip":
                data[at : at + 1] = bytes([data[at] ^ chunk[0]]) if data else b""
            elif action == "overwrite":
                data[at : at + len(chunk)] = chunk
            elif action == "insert":
                data[at:at] = chunk
            else:
                del data[at : at + len(chunk)]
        return bytes(data[: self.cut])

    def __repr__(self) -> str:
        return f"Case({self.seed.name!r}, edits={self.edits!r}, cut={self.cut!r})"


_EDIT = st.tuples(
    st.sampled_from(["flip", "overwrite", "insert", "delete"]),
    st.integers(0, 2**24),
    st.binary(min_size=1, max_size=16),
)


def mutated(seeds: list[Path]) -> st.SearchStrategy[Case]:
    """A seed file with a few bytes flipped, overwritten, inserted or deleted."""
    return st.builds(
        Case, st.sampled_from(seeds), st.lists(_EDIT, min_size=1, max_size=8).map(tuple)
    )


@st.composite
def truncated(draw: st.DrawFn, seeds: list[Path]) -> Case:
    seed = draw(st.sampled_from(seeds))
    return Case(seed, cut=draw(st.integers(1, seed.stat().st_size - 1)))


@st.composite
def docx_with_mutated_xml(draw: st.DrawFn) -> bytes:
    """A DOCX whose document.xml is damaged but which is still a valid zip: python-docx's turn."""
    seed = draw(st.sampled_from(DOCX_SEEDS))
    with zipfile.ZipFile(seed) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = bytearray(members["word/document.xml"])
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(xml) - 1))
        xml[at : at + draw(st.integers(0, 8))] = draw(
            st.sampled_from([b"<", b">", b"&", b"</w:p>", b"<w:p>", b'"', b"\xff", b"", b"\x00"])
        )
    members["word/document.xml"] = bytes(xml)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


_LINE = st.one_of(
    st.text(max_size=120),
    st.builds(
        lambda m, t: f"{m} {t}", st.sampled_from(["-", "*", "•", "1.", "##", "#"]), st.text()
    ),
    st.sampled_from(["EXPERIENCE", "## Projects", "Education", "", "---", "Skills:"]),
)
random_text = st.lists(_LINE, max_size=40).map("\n".join)


# --- extract() --------------------------------------------------------------------------


@pytest.mark.skipif(not PDF_SEEDS, reason="no PDF seeds")
@_examples(80)
@given(case=mutated(PDF_SEEDS))
def test_mutated_pdfs(extract, workdir: Path, case: Case) -> None:
    _only_allowed_outcomes(extract, workdir / f"mutated{case.suffix}", case.data())


@pytest.mark.skipif(not DOCX_SEEDS, reason="no DOCX seeds")
@_examples(40)
@given(case=mutated(DOCX_SEEDS))
def test_mutated_docx_bytes(extract, workdir: Path, case: Case) -> None:
    _only_allowed_outcomes(extract, workdir / f"mutated{case.suffix}", case.data())


@pytest.mark.skipif(not DOCX_SEEDS, reason="no DOCX seeds")
@_examples(40)
@given(data=docx_with_mutated_xml())
def test_docx_with_damaged_xml(extract, workdir: Path, data: bytes) -> None:
    _only_allowed_outcomes(extract, workdir / "damaged.docx", data)


@_examples(60)
@given(case=truncated(SEEDS))
def test_truncated_files(extract, workdir: Path, case: Case) -> None:
    _only_allowed_outcomes(extract, workdir / f"truncated{case.suffix}", case.data())


@_examples(60)
@given(text=random_text, suffix=st.sampled_from([".txt", ".md"]))
def test_random_text_documents(extract, workdir: Path, text: str, suffix: str) -> None:
    _only_allowed_outcomes(extract, workdir / f"random{suffix}", text.encode("utf-8"))


@_examples(30)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".pdf", ".docx"]))
def test_random_bytes(extract, workdir: Path, data: bytes, suffix: str) -> None:
    _only_allowed_outcomes(extract, workdir / f"random{suffix}", data)


# --- audit() ----------------------------------------------------------------------------


@_examples(40)
@given(case=st.one_of(mutated(SEEDS), truncated(SEEDS)))
def test_audit_on_damaged_files(audit, workdir: Path, case: Case) -> None:
    run = lambda path: audit(path, backend="rules")  # noqa: E731
    _only_allowed_outcomes(run, workdir / f"audit{case.suffix}", case.data())


@_examples(40)
@given(text=random_text)
def test_audit_on_random_text(audit, workdir: Path, text: str) -> None:
    run = lambda path: audit(path, backend="rules")  # noqa: E731
    _only_allowed_outcomes(run, workdir / "audit.md", text.encode("utf-8"))
