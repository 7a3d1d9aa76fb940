"""Run the heavy reading of a file in a forked worker, bounded in time and memory.

A hostile PDF can make a reader loop, allocate without end or crash inside native code. The
worker is a fork of this process (no re-import, a few milliseconds), capped with RLIMIT_AS; the
parent waits at most ``Limits.max_seconds``, then kills it. Whatever happens in the worker comes
back as the result or as an exception in the caller: a ProdgapError for every way it can fail.
Where there is no fork (Windows), the function runs in-process without bounds.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from prodgap.errors import InputError, LimitExceeded
from prodgap.preflight import Limits

T = TypeVar("T")

_CHUNK = 1 << 16


def run_bounded(fn: Callable[..., T], *args: Any, path: str | Path, limits: Limits) -> T:
    """Return fn(*args), computed within the time and memory limits, or raise a ProdgapError."""
    if not hasattr(os, "fork"):
        return fn(*args)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _worker(write_fd, fn, args, limits.max_memory_bytes)
    os.close(write_fd)
    try:
        payload = _receive(read_fd, limits.max_seconds)
    finally:
        os.close(read_fd)
        status = _reap(pid)
    if payload is None:
        raise LimitExceeded(
            path,
            f"took longer than {limits.max_seconds:g} s to read; it may be malformed or built "
            "to stall readers",
        )
    return _outcome(payload, status, path, limits)


# --- in the worker ----------------------------------------------------------------------


def _worker(write_fd: int, fn: Callable[..., Any], args: tuple[Any, ...], memory: int) -> None:
    """Compute, send the pickled outcome, and exit without ever returning to the caller's stack."""
    try:
        _limit_memory(memory)
        try:
            outcome: tuple[str, Any] = ("ok", fn(*args))
        except BaseException as exc:  # every failure goes back to the parent
            outcome = _failure(exc)
        try:
            payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # e.g. a result that cannot be pickled
            payload = pickle.dumps(_failure(exc), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)


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


def _receive(read_fd: int, seconds: float) -> bytes | None:
    """Everything the worker wrote, or None if it was still working when the time ran out."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([read_fd], [], [], left)[0]:
            return None
        chunk = os.read(read_fd, _CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int) -> int:
    """Kill the worker if it still runs (timeout, or the caller was interrupted); wait for it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return os.waitpid(pid, 0)[1]


def _outcome(payload: bytes, status: int, path: str | Path, limits: Limits) -> Any:
    if not payload:
        raise InputError(path, _crash(status))
    kind, value = pickle.loads(payload)
    if kind == "ok":
        return value
    if kind == "input_error":
        error_type, error_path, problem = value
        raise error_type(error_path, problem)
    if kind == "memory":
        raise LimitExceeded(
            path,
            f"needed more than {limits.max_memory_bytes / 2**20:,.0f} MB of memory to read; "
            "it may be malformed or built to exhaust readers",
        )
    exc, trace = value
    exc.add_note(f"raised in prodgap's reading worker:\n{trace}")
    raise exc


def _crash(status: int) -> str:
    """The user's message when the worker died without answering (native crash, OOM kill)."""
    if os.WIFSIGNALED(status):
        how = signal.Signals(os.WTERMSIG(status)).name
    else:
        how = f"exit status {os.WEXITSTATUS(status)}"
    return f"the reader crashed on this file ({how}); it may be corrupt or built to crash readers"
