"""Run one function over many files in a pool of bounded worker processes.

Each worker is a fork of this process, so it starts in milliseconds with everything already
imported, and it is bounded for its whole life the way prodgap.guard bounds a one-shot reader:
its address space is capped, and while it reads a file the pool holds it to the time limit,
killing it (and starting another) when the limit passes. A worker that dies takes only its
current file with it; the run goes on. Tasks and results travel over pipes as length-prefixed
pickles, and only this process holds the far end of each pipe, so a worker whose parent is
killed finishes its file and exits instead of waiting forever.

Where forking is unavailable or unsafe (Windows; a caller with other threads running, whose
locks a fork would copy) or pointless (one task), the tasks run one after another in this
process, each read still bounded by run_bounded. One job with several tasks is one worker: run
in this process, every read would be a fork of its own, and each such fork throws away what
the read warmed up (patterns compiled on first use, caches), about twice a read's own time.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from prodgap import guard
from prodgap.errors import InputError, ProdgapError
from prodgap.preflight import Limits

T = TypeVar("T")
R = TypeVar("R")

_HEADER = struct.Struct("!I")
STOP_SECONDS = 2.0
"""How long stopped workers get to clean up (remove a half-written temp file) before a kill."""


@dataclass(frozen=True)
class Lost:
    """A task whose worker ended without answering."""

    how: str
    """How the worker ended, e.g. "SIGKILL" or "exit status 1"."""
    reading: bool
    """Whether it was reading the file (a hostile file) or past that (a bug, or the OOM killer)."""
    timed_out: bool = False
    """Whether the pool killed it for running over the time limit."""

    def error(self, path: str | Path, limits: Limits) -> ProdgapError:
        """The error to report for the task's file."""
        if self.timed_out:
            return guard.too_slow(path, limits)
        if self.reading:
            return InputError(path, guard.crashed(self.how))
        return InputError(path, f"prodgap's worker died while auditing this file ({self.how})")


def default_jobs() -> int:
    """One worker per CPU this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def run_pool(
    work: Callable[[T], R], tasks: Sequence[T], *, jobs: int, limits: Limits
) -> Generator[tuple[int, R | Lost], None, None]:
    """Yield (index, work(task)) for every task as each finishes, or (index, Lost) for a task
    whose worker died or ran over the time limit. ``work`` must not raise."""
    if jobs < 1 or len(tasks) <= 1 or not hasattr(os, "fork") or guard.thread_count() > 1:
        for index, task in enumerate(tasks):
            yield index, work(task)
        return
    pool = _Pool(work, limits)
    try:
        yield from pool.run(tasks, min(jobs, len(tasks)))
    finally:
        pool.stop()


@dataclass(eq=False)
class _Worker:
    pid: int
    tasks: int
    """Write end of the pipe that carries tasks to the worker."""
    results: int
    """Read end of the pipe that carries its messages back."""
    received: bytearray = field(default_factory=bytearray)
    task: int | None = None
    """Index of the task it is working on, if any."""
    deadline: float | None = None
    """When its current read must have ended (monotonic clock), while it reads."""


@dataclass
class _Pool(Generic[T, R]):
    work: Callable[[T], R]
    limits: Limits
    workers: list[_Worker] = field(default_factory=list)

    def run(self, tasks: Sequence[T], size: int) -> Iterator[tuple[int, R | Lost]]:
        waiting = deque(range(len(tasks)))
        while waiting or any(w.task is not None for w in self.workers):
            while waiting and len(self.workers) < min(size, len(waiting) + self._busy()):
                self.workers.append(self._start())
            for worker in list(self.workers):
                if worker.task is None and waiting:
                    self._assign(worker, waiting, tasks)
            yield from self._collect()

    def _assign(self, worker: _Worker, waiting: deque[int], tasks: Sequence[T]) -> None:
        index = waiting.popleft()
        try:
            _send(worker.tasks, tasks[index])
        except BrokenPipeError:  # it died while idle (the OOM killer?): another will do it
            waiting.appendleft(index)
            self._retire(worker)
            return
        worker.task = index

    def _busy(self) -> int:
        return sum(w.task is not None for w in self.workers)

    def _collect(self) -> Iterator[tuple[int, R | Lost]]:
        """Wait for the next messages (or the nearest deadline); yield what finished."""
        deadlines = [w.deadline for w in self.workers if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        by_fd = {w.results: w for w in self.workers}
        ready, _, _ = select.select(list(by_fd), [], [], timeout)
        for fd in ready:
            worker = by_fd[fd]
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                yield from self._ended(worker, guard.describe_exit(self._retire(worker)))
                continue
            worker.received += chunk
            yield from self._messages(worker)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.deadline is not None and worker.deadline <= now:
                os.kill(worker.pid, signal.SIGKILL)
                self._retire(worker)
                yield from self._ended(worker, "SIGKILL", timed_out=True)

    def _messages(self, worker: _Worker) -> Iterator[tuple[int, R | Lost]]:
        while len(worker.received) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(worker.received)
            if len(worker.received) < _HEADER.size + size:
                return
            message = pickle.loads(worker.received[_HEADER.size : _HEADER.size + size])
            del worker.received[: _HEADER.size + size]
            kind, value = message
            if kind == "reading":
                worker.deadline = None if value is None else time.monotonic() + value
            elif kind == "done":
                index, worker.task, worker.deadline = worker.task, None, None
                assert index is not None
                yield index, value

    def _ended(
        self, worker: _Worker, how: str, *, timed_out: bool = False
    ) -> Iterator[tuple[int, R | Lost]]:
        if worker.task is not None:
            yield worker.task, Lost(how, reading=worker.deadline is not None, timed_out=timed_out)

    def _retire(self, worker: _Worker) -> int:
        """Forget a worker that has ended or been killed; its wait status."""
        self.workers.remove(worker)
        os.close(worker.tasks)
        os.close(worker.results)
        return os.waitpid(worker.pid, 0)[1]

    def _start(self) -> _Worker:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: it never returns from here
            try:
                # Only the parent may hold the far ends: a pipe's EOF must mean what it says.
                for other in self.workers:
                    os.close(other.tasks)
                    os.close(other.results)
                os.close(task_write)
                os.close(result_read)
                _serve(task_read, result_write, self.work, self.limits.max_memory_bytes)
            finally:
                os._exit(0)
        os.close(task_read)
        os.close(result_write)
        return _Worker(pid, task_write, result_read)

    def stop(self) -> None:
        """End every worker: idle ones see their task pipe close; busy ones (an interrupted
        run) are asked to stop, then killed if they have not within STOP_SECONDS."""
        for worker in self.workers:
            os.close(worker.tasks)
            if worker.task is not None:
                os.kill(worker.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for worker in self.workers:
            while os.waitpid(worker.pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(worker.pid, signal.SIGKILL)
                    os.waitpid(worker.pid, 0)
                    break
                time.sleep(0.01)
            os.close(worker.results)
        self.workers.clear()


# --- in the worker ----------------------------------------------------------------------


def _serve(tasks: int, results: int, work: Callable[[Any], Any], memory: int) -> None:
    """The worker's loop: read a task, send what work() returns, until the task pipe closes."""
    # Ctrl-C reaches the whole process group; the parent decides, and stops us with SIGTERM,
    # which unwinds like an exception so that no half-written temp file stays behind.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_now)
    guard.become_pool_worker(lambda seconds: _send(results, ("reading", seconds)), memory)
    try:
        while (task := _receive(tasks)) is not None:
            _send(results, ("done", work(task)))
    except (BrokenPipeError, SystemExit):
        pass  # the parent is gone, or stopped us


def _exit_now(signum: int, frame: object) -> None:
    sys.exit(128 + signum)


def _send(fd: int, message: object) -> None:
    data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive(fd: int) -> Any:
    """The next message on a blocking pipe, or None at its end."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    body = _read_exactly(fd, _HEADER.unpack(header)[0])
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)
