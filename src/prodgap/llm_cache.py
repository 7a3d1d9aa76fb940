"""A disk cache of LLM answers, so re-auditing the same resume makes no requests.

One small JSON file per answer under the user cache dir (``PRODGAP_CACHE_DIR`` overrides it),
keyed by model, prompt version and everything about the bullet that is sent: its text, section
and role heading.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """Where cached answers live: ``$PRODGAP_CACHE_DIR``, else the platform's user cache dir."""
    override = os.environ.get("PRODGAP_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "prodgap"


def write_marshalled(path: Path, content: Any) -> bool:
    """Keep ``content`` in ``path`` with marshal, for a later run of the same Python: written to
    a temporary file and renamed into place, so a reader never sees half a file and nothing is
    left behind. False when it could not be written (a cache that cannot be written only costs
    the next run time, so that is not an error)."""
    temp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, suffix=".tmp", delete=False) as f:
            temp = f.name
            marshal.dump(content, f)
        os.replace(temp, path)
    except (OSError, ValueError):
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        return False
    return True


def answer_key(model: str, prompt_version: str, text: str, section: str, entry: str | None) -> str:
    """A stable key for one bullet's answer."""
    # JSON keeps the fields apart, so ("a b", "c") and ("a", "b c") cannot collide.
    material = json.dumps([model, prompt_version, text, section, entry], ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class AnswerCache:
    """Cached answers in ``<directory>/llm/<key[:2]>/<key>.json``."""

    def __init__(self, directory: Path | None = None) -> None:
        self.root = (directory or cache_dir()) / "llm"

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The cached value, or None when absent or unreadable (a corrupt file is a miss)."""
        try:
            value = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store a value; a write that fails only costs a future request, so it is not an error."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Write then rename, so a concurrent reader never sees half a file.
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
            ) as tmp:
                json.dump(value, tmp, ensure_ascii=False)
            os.replace(tmp.name, path)
        except OSError:
            return
