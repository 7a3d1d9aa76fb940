"""The record an output folder keeps of what it holds, so a second run audits only what changed.

``.prodgap-manifest.jsonl`` in the output folder has one line per report: the report's path,
the input it came from, the key it was made under (the input's SHA-256, prodgap's version, the
backend and the model), whether it is done, and its summary row. A report is reused while its
key is unchanged and the file is still there.

A report is claimed (``pending``) before it is written and recorded ``done`` after, so a report
left by an interrupted run is known to be prodgap's own and may be replaced on the next run
without --force, while a file someone else put there never is. Every save writes a temp file and
renames it over the manifest: a killed run leaves the old manifest or the new one, never half
of one. (No fsync: a power cut may lose the latest entries; those files are then audited again.)
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from prodgap.errors import OutputError
from prodgap.models import CohortRow

MANIFEST_NAME = ".prodgap-manifest.jsonl"
_FORMAT = {"prodgap_manifest": 1}

Status = Literal["pending", "done", "failed"]


@dataclass(frozen=True)
class RunKey:
    """What a report depends on besides prodgap's code: change any and the file is redone."""

    sha256: str
    prodgap_version: str
    backend: str
    model: str | None


@dataclass
class Manifest:
    """The manifest of one output folder; ``save()`` writes it."""

    folder: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By report path (relative to the folder, with forward slashes)."""
    _lines: dict[str, str] = field(default_factory=dict, repr=False)
    """Each entry as JSON, kept so that a save after every file only joins strings."""

    @property
    def path(self) -> Path:
        return self.folder / MANIFEST_NAME

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The folder's manifest; an empty one when there is none yet."""
        manifest = cls(folder)
        try:
            text = manifest.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return manifest
        except OSError as exc:
            raise OutputError(f"cannot read {manifest.path}: {exc.strerror or exc}") from None
        lines = text.splitlines()
        try:
            if not lines or json.loads(lines[0]) != _FORMAT:
                raise ValueError("no prodgap header")
            for line in lines[1:]:
                entry = json.loads(line)
                manifest.entries[entry["report"]] = entry
                manifest._lines[entry["report"]] = line
        except (ValueError, KeyError, TypeError):
            raise OutputError(
                f"{manifest.path} is not a manifest this prodgap can read; "
                "use --force to audit everything again"
            ) from None
        return manifest

    @property
    def exists(self) -> bool:
        """Whether a run has used this folder before (its overview files are prodgap's)."""
        return self.path.exists()

    def owns(self, report: str) -> bool:
        """Whether prodgap wrote (or began to write) this report."""
        return report in self.entries

    def reusable(self, report: str, source: str, key: RunKey) -> CohortRow | None:
        """The row of a finished report of the same input made under the same key and still
        on disk, else None. A report where the LLM fell back to the rules for some bullets is
        not finished: the next run asks again (the answers it had are in the LLM cache)."""
        entry = self.entries.get(report)
        if entry is None or entry["status"] != "done" or entry["input"] != source:
            return None
        if entry["key"] != key.__dict__ or not (self.folder / report).is_file():
            return None
        row = CohortRow.model_validate(entry["row"])
        return row if row.llm_fallbacks == 0 else None

    def claim(self, report: str, source: str, key: RunKey) -> None:
        """Mark a report as about to be written (call save() before writing it)."""
        self._put(report, source, key, "pending", None)

    def record(self, report: str, source: str, key: RunKey, row: CohortRow) -> None:
        """Mark a report as written (done) or its input as failed, with its summary row."""
        self._put(report, source, key, "done" if row.status == "ok" else "failed", row)

    def _put(
        self, report: str, source: str, key: RunKey, status: Status, row: CohortRow | None
    ) -> None:
        entry = {
            "report": report,
            "input": source,
            "key": key.__dict__,
            "status": status,
            "row": None if row is None else row.model_dump(mode="json"),
        }
        self.entries[report] = entry
        self._lines[report] = json.dumps(entry, ensure_ascii=False)

    def save(self) -> None:
        """Replace the manifest on disk in one rename."""
        text = "\n".join([json.dumps(_FORMAT), *self._lines.values()]) + "\n"
        temp = self.path.with_name(f"{MANIFEST_NAME}.{secrets.token_hex(6)}.tmp")
        try:
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, self.path)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
