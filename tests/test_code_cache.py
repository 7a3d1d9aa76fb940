"""The CLI's stored code for dataclasses' generated methods: same classes, next run compiles
nothing, a bad file is an empty cache, and only the command line installs it."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from prodgap.code_cache import CodeCache


def _define(run_exec) -> type:
    """A frozen dataclass built with ``run_exec`` as the module's ``exec``."""
    saved = dataclasses.__dict__.get("exec")
    dataclasses.exec = run_exec  # type: ignore[attr-defined]
    try:

        @dataclasses.dataclass(frozen=True)
        class Point:
            x: int
            y: int = 0
            tags: tuple[str, ...] = ()

        return Point
    finally:
        if saved is None:
            del dataclasses.exec  # type: ignore[attr-defined]
        else:
            dataclasses.exec = saved  # type: ignore[attr-defined]


def _behaviour(cls: type) -> tuple:
    point = cls(1, tags=("a",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2
    return (
        repr(point),
        point == cls(1, 0, ("a",)),
        point == cls(2),
        hash(point) == hash(cls(1, 0, ("a",))),
        [f.name for f in dataclasses.fields(cls)],
        dataclasses.replace(point, y=5).y,
    )


def test_classes_built_from_the_file_behave_as_compiled_ones(tmp_path: Path) -> None:
    path = tmp_path / "code.marshal"
    first = CodeCache(path)
    fresh = _define(first.exec)
    first.write()
    second = CodeCache(path)
    stored = _define(second.exec)
    assert first.compiled > 0 and second.compiled == 0
    assert _behaviour(stored) == _behaviour(fresh) == _behaviour(_define(exec))


def test_a_run_that_compiles_nothing_new_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "code.marshal"
    first = CodeCache(path)
    _define(first.exec)
    first.write()
    written = path.stat().st_mtime_ns
    second = CodeCache(path)
    _define(second.exec)
    second.write()
    assert path.stat().st_mtime_ns == written


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe9\x00\x00", b"N"])
def test_a_broken_file_is_an_empty_cache(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "code.marshal"
    path.write_bytes(content)
    cache = CodeCache(path)
    assert cache.stored == {}
    assert _behaviour(_define(cache.exec)) == _behaviour(_define(exec))


def test_only_the_command_line_installs_it(tmp_path: Path) -> None:
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(tmp_path)}
    probe = (
        "import dataclasses, sys\n"
        "import prodgap, prodgap.cli\n"
        "print('exec' in vars(dataclasses))\n"
        "sys.argv = ['prodgap', '--version']\n"
        "try:\n"
        "    prodgap.cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('exec' in vars(dataclasses))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    lines = done.stdout.split()
    assert [lines[0], lines[-1]] == ["False", "True"]
    off = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "PRODGAP_CODE_CACHE": "0"},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = off.stdout.split()
    assert [lines[0], lines[-1]] == ["False", "False"]
