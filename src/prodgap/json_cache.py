"""The package's large JSON data files, kept parsed on disk so that a run does not parse them.

The linear labeller's file (``data/labeller.json``) holds about 20,000 named features; parsing it
with ``json`` costs 23 to 30 ms per process on the development machine, and every CLI run labels.
``marshal`` reads the same content in about 7 ms (13 ms with reading and checking the file).
``load_json`` keeps the parsed content in one file per data file under the user cache dir
(``PRODGAP_CACHE_DIR`` overrides it), with a fingerprint of the JSON it came from (its length
and CRC-32) and the full version string of the interpreter that wrote it: a file whose JSON
changed, or that another Python wrote, is never used, and any error reading or writing falls back
to parsing the JSON. The cached files hold only the package's own data, never resume text.
``PRODGAP_DATA_CACHE=0`` turns it off.

A caller may ``prepare`` the content before it is kept (only the part a run uses, in a form that
is quick to read): the kept file then holds the prepared content, under the preparation's name.
"""

from __future__ import annotations

import gc
import json
import marshal
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zlib import crc32

from prodgap.llm_cache import cache_dir, write_marshalled

_FORMAT = 1


def load_json(
    path: Path, prepare: Callable[[Any], Any] | None = None, prepared_as: str = ""
) -> Any:
    """The parsed content of the JSON file at ``path``, from the cache when it matches.

    With ``prepare``, its result on the parsed content is returned and kept instead;
    ``prepared_as`` names that form (change the name when ``prepare`` changes what it makes).
    """
    with _no_collection():
        return _load(path, prepare or _as_parsed, prepared_as)


def _as_parsed(content: Any) -> Any:
    return content


def _load(path: Path, prepare: Callable[[Any], Any], prepared_as: str) -> Any:
    raw = path.read_bytes()
    if os.environ.get("PRODGAP_DATA_CACHE") == "0":
        return prepare(json.loads(raw))
    key = f"{len(raw)}:{crc32(raw):08x}"  # tells a changed file; hashlib costs 3 ms to import
    cached = cache_file(path, prepared_as)
    content = _read(cached, key)
    if content is not None:
        return content
    content = prepare(json.loads(raw))
    _write(cached, key, content)
    return content


def cache_file(path: Path, prepared_as: str = "") -> Path:
    """Where the parsed content of the data file ``path`` is kept, for this exact Python."""
    tag = sys.implementation.cache_tag or "python"
    name = f"{path.stem}-{prepared_as}" if prepared_as else path.stem
    return cache_dir() / "data" / f"{name}-{tag}-{sys.hexversion:08x}.marshal"


def _read(cached: Path, key: str) -> Any:
    """The kept content, or None when there is none, it does not hold up, or it is stale."""
    try:
        stored = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(stored, dict) or stored.get("format") != _FORMAT:
        return None
    if stored.get("python") != sys.version or stored.get("key") != key:
        return None
    return stored.get("content")


@contextmanager
def _no_collection() -> Iterator[None]:
    """The garbage collector held off while the content is built: the labeller's ~20,000 lists,
    made at once, set off full collections that walk every object of the process and find
    nothing to free (37 ms in a CLI process on the development machine, more than the load)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _write(cached: Path, key: str, content: Any) -> None:
    """Keep the content for the next run; a cache that cannot be written only costs time."""
    stored = {"format": _FORMAT, "python": sys.version, "key": key, "content": content}
    write_marshalled(cached, stored)
