"""The labelled rows the linear labeller is trained on, and the fingerprint that proves it.

Training data: every synthetic set (the built-in gold set's train split, and each
``eval/holdout_*.jsonl`` file whole), plus, with a rebuilt real corpus, the real train split.
Never trained or tuned on: the built-in set's test split and the real test split.

The fingerprint is a SHA-256 over one line per row (group, id, hash of the normalised text,
label), sorted. It needs no resume text: a real row's line is made from its committed gold hash,
so a test can check the shipped model's fingerprint against the committed files alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from prodgap.evals.labels import DEFAULT_GOLD, SPLITS, load_gold, row_bullet
from prodgap.evals.real import DEFAULT_GOLD_DIR, bullet_hash, load_corpus, real_label_rows
from prodgap.models import Bullet, Label

REPO = Path(__file__).resolve().parents[3]
HOLDOUT_SETS = tuple(sorted((REPO / "eval").glob("holdout_*.jsonl")))
"""The synthetic sets written for the project besides the built-in one (a checkout only)."""


@dataclass(frozen=True)
class TrainingRow:
    """One labelled bullet and where it comes from."""

    group: str
    """The set (synthetic) or resume (real) it belongs to: folds never split a group."""
    id: str
    bullet: Bullet
    label: Label
    text_hash: str
    """``bullet_hash`` of its text: the committed stand-in for real text."""
    real: bool = False
    """From the real-resume corpus (else from a synthetic set)."""


def synthetic_rows() -> list[TrainingRow]:
    """The synthetic training rows: the built-in set's train split and every holdout set."""
    sets = [(DEFAULT_GOLD, "train")] + [(path, "all") for path in HOLDOUT_SETS]
    rows = []
    for path, split in sets:
        assert split in SPLITS
        group = path.stem
        for row in load_gold(path, split):
            rows.append(_row(group, row))
    return rows


REAL_GOLD = REPO / DEFAULT_GOLD_DIR
"""The committed real-corpus gold of a checkout."""


def real_rows(files_dir: Path, gold_dir: Path = REAL_GOLD) -> list[TrainingRow]:
    """The real corpus's train split, from resumes rebuilt into ``files_dir``."""
    rows, _unknown = real_label_rows(files_dir, gold_dir, split="train")
    return [_row(row["id"].rsplit("-", 1)[0], row, real=True) for row in rows]


def _row(group: str, row: dict, *, real: bool = False) -> TrainingRow:
    return TrainingRow(
        group=group,
        id=row["id"],
        bullet=row_bullet(row),
        label=row["label"],
        text_hash=bullet_hash(row["text"]),
        real=real,
    )


def fingerprint(lines: list[str]) -> str:
    """SHA-256 of the sorted fingerprint lines."""
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()


def row_lines(rows: list[TrainingRow]) -> list[str]:
    """One fingerprint line per training row."""
    return [f"{r.group}\t{r.id}\t{r.text_hash}\t{r.label}" for r in rows]


def committed_real_lines(ids: list[str], gold_dir: Path = REAL_GOLD) -> list[str]:
    """The fingerprint lines of the real training rows with these ids, from the committed gold
    alone (no resume text needed)."""
    wanted = set(ids)
    if not wanted:
        return []
    lines = []
    for resume in load_corpus(gold_dir, "train"):
        for n, gold in enumerate(resume.gold):
            row_id = f"{resume.id}-{n:03d}"
            if row_id in wanted:
                lines.append(f"{resume.id}\t{row_id}\t{gold['h']}\t{gold['label']}")
    return lines


def describe(rows: list[TrainingRow]) -> dict[str, int]:
    """Rows per synthetic set, and the real rows together."""
    counts: dict[str, int] = {}
    for row in rows:
        key = "real train split" if row.real else row.group
        counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items()))
