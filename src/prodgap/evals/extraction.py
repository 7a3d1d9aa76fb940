"""The extraction eval: bullets found vs the gold list beside each sample, as P/R/F1."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from prodgap.errors import ProdgapError
from prodgap.extraction import extract

GOLD_SUFFIX = ".gold.json"


@dataclass(frozen=True)
class FileScore:
    """Bullet-level scores for one sample (or all of them, for the overall line)."""

    name: str
    gold: int
    found: int
    matched: int
    section_matched: int = 0
    """Matched bullets that also carry the gold section heading."""
    error: str | None = None
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class ExtractionScores:
    """Per-file scores and the micro-averaged overall score."""

    files: list[FileScore]
    overall: FileScore

    @classmethod
    def of(cls, files: list[FileScore]) -> ExtractionScores:
        """The files' scores with their sum as the overall line."""
        overall = FileScore(
            name="overall",
            gold=sum(f.gold for f in files),
            found=sum(f.found for f in files),
            matched=sum(f.matched for f in files),
            section_matched=sum(f.section_matched for f in files),
        )
        return cls(files=files, overall=overall)


def normalize(text: str) -> str:
    """Whitespace-normalized text: what "matches exactly" compares."""
    return " ".join(text.split())


def _heading(text: str) -> str:
    """A section heading as compared: its letter case is styling (small capitals show
    "Experience" as EXPERIENCE), so it does not count."""
    return normalize(text).casefold()


def evaluate_extraction(samples_dir: str | Path) -> ExtractionScores:
    """Extract every sample that has a ``<name>.gold.json`` and score its bullets."""
    files = [_score(gold) for gold in sorted(Path(samples_dir).glob(f"*{GOLD_SUFFIX}"))]
    return ExtractionScores.of(files)


def _score(gold_path: Path) -> FileScore:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = gold_path.with_name(gold.get("source") or gold_path.name[: -len(GOLD_SUFFIX)])
    expected = [(normalize(b["text"]), _heading(b.get("section", ""))) for b in gold["bullets"]]
    try:
        bullets = extract(source).bullets()
    except ProdgapError as exc:
        return FileScore(source.name, len(expected), 0, 0, error=str(exc))
    found = [(normalize(b.text), _heading(b.section)) for b in bullets]
    texts_gold, texts_found = Counter(t for t, _ in expected), Counter(t for t, _ in found)
    matched = sum((texts_gold & texts_found).values())
    return FileScore(
        name=source.name,
        gold=len(expected),
        found=len(found),
        matched=matched,
        section_matched=sum((Counter(expected) & Counter(found)).values()),
        missed=sorted((texts_gold - texts_found).elements()),
        extra=sorted((texts_found - texts_gold).elements()),
    )


def format_extraction_scores(scores: ExtractionScores, *, verbose: bool = False) -> str:
    """A table of precision, recall and F1 per file and overall; verbose lists the misses."""
    rows = [f"{'file':<32} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'sect':>6}"]
    for score in [*scores.files, scores.overall]:
        section = score.section_matched / score.matched if score.matched else 0.0
        rows.append(
            f"{score.name:<32} {score.gold:>5} {score.found:>5} {score.precision:>6.3f} "
            f"{score.recall:>6.3f} {score.f1:>6.3f} {section:>6.3f}"
        )
        if score.error:
            rows.append(f"  error: {score.error}")
        if verbose:
            rows += [f"  missed: {t}" for t in score.missed] + [
                f"  extra:  {t}" for t in score.extra
            ]
    return "\n".join(rows)
