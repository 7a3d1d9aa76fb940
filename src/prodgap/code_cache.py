"""The compiled code of dataclasses' generated methods, kept on disk for the command line.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and,
for a frozen class, ``__setattr__`` and ``__delattr__`` as Python source and compiles it with
``exec``: about half a millisecond a class on the development machine, and a ``prodgap audit``
process defines some eighty (prodgap's own, pydantic's and typer's), about 25 ms of a 0.26 s
run, paid again by every run. The source of a generated method depends only on the class's
fields and options, so the same text comes back every run; ``install`` gives the
``dataclasses`` module an ``exec`` that compiles a text once, keeps the code object in one file
under the user cache dir (``PRODGAP_CACHE_DIR`` overrides it), named after the exact
interpreter that wrote it, and hands later runs the stored code object for the same text.

Running the stored code object is running the same text: ``exec(compile(text))`` is what
``exec(text)`` does, so classes come out identical. Only strings go through the file; anything
else is passed to ``exec`` untouched, and any error reading the file means an empty cache. It
relies on ``dataclasses`` looking ``exec`` up as a global of its module (true of CPython 3.11
to 3.13), so it is on for CPython only, and ``PRODGAP_CODE_CACHE=0`` turns it off. The file
holds prodgap's and its libraries' generated methods, never resume text, and lives beside the
interpreter's own byte-code caches in trust: whoever can write the user's cache dir can run code
as the user anyway.

Only the command line installs it (``prodgap.cli.main``): a library caller's process keeps the
standard ``dataclasses``.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from prodgap.llm_cache import cache_dir, write_marshalled

MAX_ENTRIES = 4000
"""Past this many stored texts (libraries upgraded many times), the file keeps only one run's."""


def cache_file() -> Path:
    """Where this interpreter's compiled methods are kept: one file per exact Python."""
    tag = sys.implementation.cache_tag or "python"
    return cache_dir() / "code" / f"{tag}-{sys.hexversion:08x}.marshal"


class CodeCache:
    """Compiles a source text once; the code objects come from, and go back to, one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stored = _read(path)
        self.used: dict[str, CodeType] = {}
        self.compiled = 0
        """Texts compiled in this run because the file lacked them."""

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002
        """``exec``, with a text's code object from the file when it has it."""
        if type(source) is not str:
            return builtins.exec(source, globals, locals)
        code = self.stored.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            self.compiled += 1
        self.used[source] = code
        return builtins.exec(code, globals, locals)

    def write(self) -> None:
        """Write the file back if this run compiled a text it lacked; never fail the run."""
        if not self.compiled:
            return
        kept = {**self.stored, **self.used}
        if len(kept) > MAX_ENTRIES:
            kept = dict(self.used)
        write_marshalled(self.path, kept)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if type(k) is str and type(v) is CodeType}


_installed: CodeCache | None = None


def install() -> CodeCache | None:
    """Give ``dataclasses`` the caching ``exec`` for the rest of this process (once)."""
    global _installed
    if _installed is not None:
        return _installed
    if os.environ.get("PRODGAP_CODE_CACHE") == "0" or sys.implementation.name != "cpython":
        return None
    cache = CodeCache(cache_file())
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    atexit.register(cache.write)
    _installed = cache
    return cache
