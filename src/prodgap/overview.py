"""The cohort's overview: index.html (one row per resume, sortable and filterable, with a chart
of the cohort), and the same rows as summary.csv and summary.jsonl.

The rows (models.CohortRow) hold counts, shares, the top change and warnings: never a name or a
contact line, so nothing personal beyond the file names reaches the overview.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from prodgap import __version__
from prodgap.models import ARC_PARTS, SYSTEM_PARTS, CohortRow
from prodgap.output import write_report
from prodgap.render import PALETTE, SYSTEM_NAMES, _content_security_policy, _environment

COLUMNS = tuple(CohortRow.model_fields)
"""summary.csv's header and summary.jsonl's keys, in order: the stable, documented columns."""

ARC_GAPS = {
    "problem": "never say why the work mattered (problem)",
    "system": "never say what was built or run (system)",
    "broke": "never say what broke",
    "fix": "never say how it was fixed, with the result (fix)",
}
SHARE_BINS = 5
"""The production-share chart's bars: 0–19%, 20–39%, … 80–100%."""


def write_overview(folder: Path, rows: Sequence[CohortRow]) -> None:
    """Write index.html, summary.csv and summary.jsonl into the output folder (each atomically;
    they are prodgap's own, so a new run replaces them)."""
    write_report(render_overview(rows), folder / "index.html", force=True)
    write_report(summary_csv(rows), folder / "summary.csv", force=True)
    write_report(summary_jsonl(rows), folder / "summary.jsonl", force=True)


def summary_csv(rows: Sequence[CohortRow]) -> str:
    """One line per resume; empty cells for none, warnings joined by " | "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_cell(getattr(row, column)) for column in COLUMNS)
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(value)
    return str(value)


def summary_jsonl(rows: Sequence[CohortRow]) -> str:
    """One JSON object per line, one line per resume."""
    return "".join(row.model_dump_json() + "\n" for row in rows)


# --- index.html ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bar:
    label: str
    count: int
    width: float
    """Percent of the longest bar."""


@dataclass(frozen=True)
class _Gap:
    text: str
    missing: int
    """Audited resumes that never show it."""


def render_overview(rows: Sequence[CohortRow]) -> str:
    """The overview page: self-contained (inline CSS and JS, nothing fetched), like a report."""
    env = _environment()
    script = _script()
    audited = [r for r in rows if r.status == "ok"]
    return env.get_template("overview.html.j2").render(
        rows=rows,
        audited=audited,
        failed=len(rows) - len(audited),
        warned=sum(bool(r.warnings) for r in audited),
        share_bars=_share_bars(audited),
        gaps=_gaps(audited),
        link=_link,
        palette=PALETTE,
        missing_parts=_missing_parts,
        arc_parts=ARC_PARTS,
        system_parts=SYSTEM_PARTS,
        facts=_facts(audited),
        script=Markup(script),  # our own static file, never resume text
        csp=_content_security_policy(script),
    )


def _share_bars(rows: Sequence[CohortRow]) -> list[_Bar]:
    """How many resumes fall in each band of production share, and how many have no ML bullets."""
    step = 100 // SHARE_BINS
    counts = [0] * SHARE_BINS
    for row in rows:
        if row.production_share is not None:
            counts[min(int(row.production_share * SHARE_BINS), SHARE_BINS - 1)] += 1
    labels = [f"{i * step}–{i * step + step - 1}%" for i in range(SHARE_BINS)]
    labels[-1] = f"{(SHARE_BINS - 1) * step}–100%"
    pairs = [*zip(labels, counts, strict=True)]
    pairs.append(("no ML bullets", sum(r.production_share is None for r in rows)))
    longest = max([count for _, count in pairs] + [1])
    return [_Bar(label, count, round(100 * count / longest, 1)) for label, count in pairs]


def _gaps(rows: Sequence[CohortRow]) -> list[_Gap]:
    """For each arc part and each of the six parts, how many resumes never show it."""
    arc = [
        _Gap(text, sum(not getattr(r, f"arc_{part}") for r in rows))
        for part, text in ARC_GAPS.items()
    ]
    system = [
        _Gap(f"never cover {SYSTEM_NAMES[part].lower()}", sum(not getattr(r, part) for r in rows))
        for part in SYSTEM_PARTS
    ]
    return arc + system


def _missing_parts(row: CohortRow) -> list[str]:
    """The six parts of an ML system that none of the resume's bullets speak to."""
    return [SYSTEM_NAMES[part].lower() for part in SYSTEM_PARTS if not getattr(row, part)]


def _facts(rows: Sequence[CohortRow]) -> list[tuple[str, str]]:
    backends = sorted({r.backend for r in rows if r.backend})
    models = sorted({r.model for r in rows if r.model})
    return [
        ("prodgap version", __version__),
        ("Backend", ", ".join(backends) or "n/a"),
        ("Model", ", ".join(models) or "none (rules engine only)"),
    ]


def _link(report: str) -> str:
    """A report's relative URL from index.html (the report path has forward slashes)."""
    return quote(report)


@cache
def _script() -> str:
    env = _environment()
    assert env.loader is not None
    return env.loader.get_source(env, "overview.js")[0]
