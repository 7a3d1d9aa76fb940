"""The pool of bounded workers (prodgap.pool): results, crashes, the time and memory limits, and
no process left behind."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from prodgap import guard
from prodgap.errors import InputError, LimitExceeded
from prodgap.pool import Lost, run_pool
from prodgap.preflight import Limits

LIMITS = Limits(max_seconds=0.5, max_memory_bytes=256 * 2**20)


@pytest.fixture(autouse=True)
def _single_threaded() -> None:
    # The pool forks only from a single-threaded process (else it runs the tasks in-process);
    # these tests are about the forked pool, so say so plainly if that is not the case.
    assert guard.thread_count() == 1, "another test left a thread running"


def _children() -> set[int]:
    me, children = os.getpid(), set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == me:
            children.add(int(stat.parent.name))
    return children


def _run(work, tasks, jobs: int = 2) -> dict[int, object]:
    return dict(run_pool(work, tasks, jobs=jobs, limits=LIMITS))


def test_every_task_gets_its_result_from_a_worker() -> None:
    parent = os.getpid()
    results = _run(lambda n: (n * n, os.getpid()), list(range(20)), jobs=3)
    assert {i: r[0] for i, r in results.items()} == {i: i * i for i in range(20)}  # type: ignore[index]
    workers = {r[1] for r in results.values()}  # type: ignore[index]
    assert parent not in workers and 1 <= len(workers) <= 3


def test_one_job_is_one_worker_for_every_task() -> None:
    results = _run(lambda n: os.getpid(), [1, 2, 3], jobs=1)
    assert len(set(results.values())) == 1 and os.getpid() not in results.values()


def test_one_task_runs_in_this_process() -> None:
    assert _run(lambda n: os.getpid(), [1], jobs=2) == {0: os.getpid()}


def _die_on_two(n: int) -> int:
    if n == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    return n


def test_a_worker_that_dies_loses_only_its_task() -> None:
    results = _run(_die_on_two, list(range(6)))
    assert results[2] == Lost("SIGKILL", reading=False)
    assert {i: r for i, r in results.items() if i != 2} == {i: i for i in range(6) if i != 2}
    error = Lost("SIGKILL", reading=False).error("cv.pdf", LIMITS)
    assert str(error) == "cv.pdf: prodgap's worker died while auditing this file (SIGKILL)"


def _read(seconds: float) -> str:
    """Like extract(): the slow part goes through run_bounded, which the pool holds to time."""
    return guard.run_bounded(time.sleep, seconds, path="cv.pdf", limits=LIMITS) or "read"


def test_a_read_over_the_time_limit_is_stopped() -> None:
    started = time.monotonic()
    results = _run(_read, [0.0, 30.0, 0.0, 0.0])
    assert time.monotonic() - started < 10
    lost = results[1]
    assert isinstance(lost, Lost) and lost.timed_out
    error = lost.error("cv.pdf", LIMITS)
    assert isinstance(error, LimitExceeded)
    assert str(error).startswith("cv.pdf: took longer than 0.5 s to read")
    assert [results[i] for i in (0, 2, 3)] == ["read"] * 3


def test_the_time_limit_applies_to_reading_only() -> None:
    # Work after the read (labelling, an LLM request) may take longer than the read limit.
    results = _run(lambda s: (_read(0.0), time.sleep(s), "done")[-1], [0.8, 0.0])
    assert results == {0: "done", 1: "done"}


def _crash_while_reading(n: int) -> str:
    return guard.run_bounded(_die_on_two, n, path="cv.pdf", limits=LIMITS) and "read"


def test_a_crash_while_reading_is_the_files_fault() -> None:
    results = _run(_crash_while_reading, [1, 2, 3])
    lost = results[1]
    assert isinstance(lost, Lost) and lost.reading and not lost.timed_out
    error = lost.error("cv.pdf", LIMITS)
    assert isinstance(error, InputError)
    assert "the reader crashed on this file (SIGKILL)" in str(error)
    assert results[0] == results[2] == "read"


def _allocate(size: int) -> str:
    try:
        return f"{len(guard.run_bounded(bytearray, size, path='cv.pdf', limits=LIMITS))}"
    except LimitExceeded as exc:
        return str(exc)


def test_a_worker_is_bounded_in_memory() -> None:
    results = _run(_allocate, [2 * 2**30, 2**20])
    assert "needed more than 256 MB of memory to read" in str(results[0])
    assert results[1] == str(2**20)


def test_no_worker_is_left_behind() -> None:
    before = _children()
    _run(_read, [0.0, 30.0, 0.0])
    _run(_die_on_two, list(range(4)))
    assert _children() == before


def test_stopping_early_stops_every_worker() -> None:
    # An interrupted run (Ctrl-C) closes the generator with workers still busy.
    before = _children()
    results = run_pool(lambda s: time.sleep(s) or s, [0.0, 5.0, 5.0], jobs=3, limits=LIMITS)
    assert next(results)[1] == 0.0
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 3
    assert _children() == before
