"""When the CLI lets the garbage collector run (prodgap.cli, "The garbage collector").

One resume's audit runs without it: walking the few hundred thousand objects that start-up
builds cost about a fifth of the process, to free nothing. Work without a bound (a folder, the
evals) runs with it, so memory stays flat; and only the CLI's own process is touched, never a
caller's that runs the typer app in-process."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prodgap import json_cache
from prodgap.cli import app
from prodgap.decide import MODEL_PATH
from prodgap.json_cache import load_json

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PDF = SAMPLES / "eli_xelatex.pdf"

RUN_MAIN = """\
import gc, json, sys
import prodgap.cohort
from prodgap.cli import main

seen = {}
audit_cohort = prodgap.cohort.audit_cohort

def watched(*args, **kwargs):
    # The pool's workers are forks of this process: they collect if it does here.
    seen["cohort collects"] = gc.isenabled()
    seen["start-up frozen"] = gc.get_freeze_count() > 0
    return audit_cohort(*args, **kwargs)

prodgap.cohort.audit_cohort = watched
sys.argv = ["prodgap", *sys.argv[1:]]
before = sum(s["collections"] for s in gc.get_stats())
try:
    main()
except SystemExit as exc:
    seen["exit"] = exc.code
seen["collections"] = sum(s["collections"] for s in gc.get_stats()) - before
seen["collects after"] = gc.isenabled()
print(json.dumps(seen), file=sys.stderr)
"""


def _run_main(*args: str) -> tuple[dict[str, object], str]:
    """main() with these arguments in a fresh process: what it saw, and its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", RUN_MAIN, *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stderr.strip().splitlines()[-1]), done.stdout


def test_one_resume_is_audited_without_a_single_collection() -> None:
    seen, out = _run_main("audit", str(PDF), "--backend", "rules", "--format", "json", "-o", "-")
    assert json.loads(out)["run"]["input_name"] == PDF.name  # the report was written
    assert seen["collections"] == 0
    assert seen["collects after"] is False
    assert "cohort collects" not in seen


def test_a_folder_is_audited_with_the_collector_on(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    for name in ("eli_xelatex.pdf", "ada_word_lists.docx"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    out = tmp_path / "reports"
    seen, _ = _run_main("audit", str(folder), "-o", str(out), "--backend", "rules", "--jobs", "2")
    assert seen["cohort collects"] is True
    assert seen["start-up frozen"] is True  # the workers never walk what start-up built
    assert (out / "index.html").is_file()


def test_other_commands_collect_garbage_as_their_work_starts() -> None:
    seen, out = _run_main("schema")
    assert "AuditReport" in out
    assert seen["collects after"] is True
    seen, _ = _run_main("audit", str(PDF), "--show-payload")
    assert seen["collects after"] is True


def test_the_typer_app_run_in_process_leaves_the_callers_collector_alone() -> None:
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(
        app, ["audit", str(PDF), "--backend", "rules", "-f", "json", "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_the_labeller_is_built_with_the_collector_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its ~20,000 lists, made at once, would set off collections that walk the whole process.
    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(tmp_path / "cache"))
    collecting: list[bool] = []
    for module in (json_cache.json, json_cache.marshal):  # parsed, then read from the cache
        build = module.loads

        def watched(data: bytes, build: Any = build) -> Any:
            collecting.append(gc.isenabled())
            return build(data)

        monkeypatch.setattr(module, "loads", watched)
    first, second = load_json(MODEL_PATH), load_json(MODEL_PATH)
    assert first == second and len(second["linear"]["weights"]) > 1000
    assert collecting == [False, False]
    assert gc.isenabled()
    gc.disable()
    try:
        load_json(MODEL_PATH)
        assert not gc.isenabled()  # a caller's choice is left as it was
    finally:
        gc.enable()
