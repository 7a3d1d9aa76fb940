"""Run the heavy reading of a file in a worker process, bounded in time and memory.

A hostile PDF can make a reader loop, allocate without end or crash inside native code. The
worker is capped with RLIMIT_AS; the parent waits at most ``Limits.max_seconds``, then kills it.
Whatever happens in the worker comes back as the result or as an exception in the caller: a
ProdgapError for every way it can fail.

The worker is a fork of this process (no re-import, a few milliseconds) when this process has
one thread, as the CLI does. A multi-threaded caller (a web service, a notebook kernel) gets a
freshly spawned interpreter instead, slower to start but safe: a fork copies locks that other
threads may hold, so the child can deadlock (Python 3.12+ warns about exactly this).
Where there is no fork (Windows), the function runs in-process without bounds.

A worker of prodgap.pool is bounded for its whole life instead: its memory is capped once, and
the pool holds each read to the time limit. There, run_bounded reads in-process and tells the
pool when a read starts and ends (``become_pool_worker``), saving a fork per file.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from prodgap.errors import InputError, LimitExceeded
from prodgap.preflight import Limits

T = TypeVar("T")

_CHUNK = 1 << 16
SPAWN_START_SECONDS = 60.0
"""How long a spawned worker may take to start (import prodgap) before the limit applies."""

_pool_reading: Callable[[float | None], None] | None = None
"""Set in a pool worker: tells the pool a read started (its time limit) or ended (None)."""


def run_bounded(
    fn: Callable[..., T],
    *args: Any,
    path: str | Path,
    limits: Limits,
    meanwhile: Callable[[], object] | None = None,
) -> T:
    """Return fn(*args), computed within the time and memory limits, or raise a ProdgapError.

    To reach a spawned worker, fn and args travel by pickle: fn must be a module-level function.
    ``meanwhile`` is work of the caller's own that this process may do while a forked worker
    computes (on a second core); it must be quick and must not raise.
    """
    if _pool_reading is not None:
        return _run_in_pool_worker(fn, args, path, limits, _pool_reading)
    if not hasattr(os, "fork"):
        return fn(*args)
    if thread_count() > 1:
        return _run_spawned(fn, args, path, limits)
    return _run_forked(fn, args, path, limits, meanwhile)


def become_pool_worker(reading: Callable[[float | None], None], memory: int) -> None:
    """Make this process a bounded worker of prodgap.pool: cap its memory now, and from here on
    let run_bounded read in-process, calling ``reading(max_seconds)`` as a read starts (the
    pool kills the worker if it runs over) and ``reading(None)`` as it ends."""
    global _pool_reading
    _limit_memory(memory)
    _pool_reading = reading


def _run_in_pool_worker(
    fn: Callable[..., T],
    args: tuple[Any, ...],
    path: str | Path,
    limits: Limits,
    reading: Callable[[float | None], None],
) -> T:
    reading(limits.max_seconds)
    try:
        return fn(*args)
    except MemoryError:
        raise _too_big(path, limits) from None
    finally:
        reading(None)


def thread_count() -> int:
    """Threads in this process, native ones included where the OS tells (Linux)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _run_forked(
    fn: Callable[..., T],
    args: tuple[Any, ...],
    path: str | Path,
    limits: Limits,
    meanwhile: Callable[[], object] | None = None,
) -> T:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _worker(write_fd, fn, args, limits.max_memory_bytes)
    os.close(write_fd)
    try:
        if meanwhile is not None:
            meanwhile()
        payload = _receive(read_fd, limits.max_seconds)
    finally:
        os.close(read_fd)
        status = _reap(pid)
    if payload is None:
        raise too_slow(path, limits)
    return _outcome(payload, crashed(describe_exit(status)), path, limits)


def _run_spawned(
    fn: Callable[..., T], args: tuple[Any, ...], path: str | Path, limits: Limits
) -> T:
    """Run fn in a fresh interpreter: (sys.path, fn, args, memory cap) go in on its stdin, its
    stdout says when it has started (imported fn), then carries the outcome."""
    # -I: nothing from the working directory or PYTHON* variables runs before sys.path is set.
    worker = subprocess.Popen(
        [sys.executable, "-I", "-c", _SPAWNED_MAIN], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    stdin, stdout = worker.stdin, worker.stdout
    assert stdin is not None and stdout is not None
    try:
        try:
            pickle.dump(sys.path, stdin)
            pickle.dump((fn, args, limits.max_memory_bytes), stdin, pickle.HIGHEST_PROTOCOL)
            stdin.close()
        except BrokenPipeError:
            pass  # it died at start; its exit status says why
        # The clock starts once the worker has imported what it runs, as it does for a fork.
        started = _receive(stdout.fileno(), SPAWN_START_SECONDS, _STARTED) == _STARTED
        payload = _receive(stdout.fileno(), limits.max_seconds) if started else b""
    finally:
        worker.kill()
        status = worker.wait()
        stdout.close()
    if payload is None:
        raise too_slow(path, limits)
    how = _how_it_ended(-status if status < 0 else None, status)
    if not started:
        raise InputError(path, f"the reading worker could not start ({how})")
    return _outcome(payload, crashed(how), path, limits)


_STARTED = b"started\n"
_SPAWNED_MAIN = (
    "import pickle, sys\n"
    "sys.path[:] = pickle.load(sys.stdin.buffer)\n"
    "from prodgap.guard import _serve\n"
    "_serve()\n"
)


def too_slow(path: str | Path, limits: Limits) -> LimitExceeded:
    """The error for a file whose reading ran over the time limit."""
    return LimitExceeded(
        path,
        f"took longer than {limits.max_seconds:g} s to read; it may be malformed or built "
        "to stall readers",
    )


def _too_big(path: str | Path, limits: Limits) -> LimitExceeded:
    return LimitExceeded(
        path,
        f"needed more than {limits.max_memory_bytes / 2**20:,.0f} MB of memory to read; "
        "it may be malformed or built to exhaust readers",
    )


# --- in the worker ----------------------------------------------------------------------


def _worker(write_fd: int, fn: Callable[..., Any], args: tuple[Any, ...], memory: int) -> None:
    """Compute, send the pickled outcome, and exit without ever returning to the caller's stack."""
    try:
        payload = _compute(fn, args, memory)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)


def _serve() -> None:
    """The spawned worker's main: read the call from stdin, say it started, send the outcome."""
    fn, args, memory = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    out.write(_STARTED)
    out.flush()
    out.write(_compute(fn, args, memory))
    out.flush()


def _compute(fn: Callable[..., Any], args: tuple[Any, ...], memory: int) -> bytes:
    """fn(*args) within the memory cap, as the pickled outcome the parent unpacks."""
    _limit_memory(memory)
    try:
        outcome: tuple[str, Any] = ("ok", fn(*args))
    except BaseException as exc:  # every failure goes back to the parent
        outcome = _failure(exc)
    try:
        return pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except BaseException as exc:  # e.g. a result that cannot be pickled
        return pickle.dumps(_failure(exc), pickle.HIGHEST_PROTOCOL)


def _limit_memory(extra: int) -> None:
    """Cap the address space at what the fork inherited plus ``extra`` (Linux; elsewhere none)."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError):
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = current + extra if hard == resource.RLIM_INFINITY else min(current + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _failure(exc: BaseException) -> tuple[str, Any]:
    """An exception in a form that survives pickling (InputError's __init__ takes two args)."""
    if isinstance(exc, InputError):
        return "input_error", (type(exc), exc.path, exc.problem)
    if isinstance(exc, MemoryError):
        return "memory", None
    trace = "".join(traceback.format_exception(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # an exception type that will not round-trip
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    return "raise", (exc, trace)


# --- in the parent ----------------------------------------------------------------------


def _receive(read_fd: int, seconds: float, until: bytes | None = None) -> bytes | None:
    """Everything the worker wrote (or only up to ``until``: a marker of known length), or
    None if it was still working when the time ran out."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    while until is None or size < len(until):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([read_fd], [], [], left)[0]:
            return None
        chunk = os.read(read_fd, _CHUNK if until is None else len(until) - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _reap(pid: int) -> int:
    """Kill the worker if it still runs (timeout, or the caller was interrupted); wait for it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return os.waitpid(pid, 0)[1]


def _outcome(payload: bytes, crash: str, path: str | Path, limits: Limits) -> Any:
    """The worker's result, or its failure raised here; ``crash`` says why it gave nothing."""
    if not payload:
        raise InputError(path, crash)
    kind, value = pickle.loads(payload)
    if kind == "ok":
        return value
    if kind == "input_error":
        error_type, error_path, problem = value
        raise error_type(error_path, problem)
    if kind == "memory":
        raise _too_big(path, limits)
    exc, trace = value
    exc.add_note(f"raised in prodgap's reading worker:\n{trace}")
    raise exc


def describe_exit(status: int) -> str:
    """How a forked worker ended, from its wait status."""
    if os.WIFSIGNALED(status):
        return _how_it_ended(os.WTERMSIG(status), 0)
    return _how_it_ended(None, os.WEXITSTATUS(status))


def _how_it_ended(signal_number: int | None, exit_code: int) -> str:
    return signal.Signals(signal_number).name if signal_number else f"exit status {exit_code}"


def crashed(how: str) -> str:
    """The user's message when the worker died without answering (native crash, OOM kill)."""
    return f"the reader crashed on this file ({how}); it may be corrupt or built to crash readers"
