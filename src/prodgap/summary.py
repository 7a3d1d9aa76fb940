"""The verdict: one sentence, the production share against what is typical for the resume's
career stage, coverage, and the three changes worth most, each pointing at the bullets to fix.

The bands of typical production share (``BANDS``) are judgement, not measurement: the README
gives the reasoning for each, and they are to be checked against the real-resume corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from prodgap.models import (
    ARC_PARTS,
    LABELS,
    SYSTEM_PARTS,
    Arc,
    AuditedBullet,
    Band,
    CareerStage,
    Change,
    Findings,
    Summary,
)


@dataclass(frozen=True)
class _Band:
    low: float
    high: float
    who: str


BANDS: dict[CareerStage, _Band] = {
    "student": _Band(0.0, 0.40, "a student or new graduate"),
    "early": _Band(0.30, 0.65, "an early-career candidate"),
    "mid": _Band(0.50, 0.80, "a mid-career candidate"),
    "senior": _Band(0.65, 0.95, "a senior candidate"),
}
"""Typical share of technical bullets that show work in real use, by career stage. Judgement:
see the README for the reasoning behind each number; to be checked on the real corpus."""


@dataclass(frozen=True)
class _Change:
    """A change the candidate can make to some bullets, and what making it is worth."""

    name: str
    worth: float
    """Value per bullet it improves, times the bullet's weight; a change is worth this over the
    first COUNTED bullets it points at, and changes rank by that."""
    applies: Callable[[AuditedBullet], bool]
    advice: str
    """Template: {quotes} names the bullets to start with."""


def _frame(bullet: AuditedBullet) -> str | None:
    if bullet.label == "shipped_system":
        return "shipped"
    if bullet.label == "trained_model":
        return "unshipped" if bullet.setting is not None else "trained"
    return None


def _lacks(part: str) -> Callable[[AuditedBullet], bool]:
    return lambda b: getattr(b.arc or Arc(), part) is None


def _unmeasured(bullet: AuditedBullet) -> bool:
    fix = (bullet.arc or Arc()).fix
    return fix is not None and not any(c.isdigit() for c in fix.text)


CHANGES: tuple[_Change, ...] = (
    _Change(
        "say_where_it_ran",
        3.0,
        lambda b: _frame(b) == "trained",
        "Say whether {quotes} ran for real: where, for whom, and what changed there (or, if "
        "not, who used the results)",
    ),
    _Change(
        "name_what_broke",
        2.0,
        lambda b: _frame(b) == "shipped" and _lacks("broke")(b),
        "Name one thing that broke in {quotes} once it was in use, how you noticed, and how you "
        "fixed it",
    ),
    _Change(
        "honest_frame",
        2.0,
        lambda b: _frame(b) == "unshipped",
        "Say who used or tried {quotes}, what failed and what you learned, and what shipping "
        "would take",
    ),
    _Change(
        "say_the_fix",
        1.5,
        lambda b: _frame(b) == "shipped" and not _lacks("broke")(b) and _lacks("fix")(b),
        "Say how you fixed what broke in {quotes}, with the number before and after",
    ),
    _Change(
        "measure_the_fix",
        1.25,
        lambda b: _frame(b) == "shipped" and _unmeasured(b),
        "Give the before → after number for the change in {quotes}",
    ),
    _Change(
        "open_with_problem",
        0.5,
        lambda b: _frame(b) is not None and _lacks("problem")(b),
        "Open {quotes} with the problem each solved, and for whom",
    ),
)
"""The changes, most valuable per bullet first."""

COVERAGE: dict[str, tuple[float, frozenset[str], str]] = {
    "monitoring": (
        1.5,
        frozenset({"model", "service", "data_pipeline", "infrastructure", "app_feature"}),
        "Say how you knew {quotes} was healthy in use (alerts, dashboards, drift checks, "
        "on-call): no bullet covers monitoring",
    ),
    "evaluation": (
        1.25,
        frozenset({"model"}),
        "Say how you knew the model in {quotes} worked (a holdout, an A/B test, a shadow run): "
        "no bullet covers evaluation",
    ),
}
"""A part of the system no bullet covers: worth, the kinds of shipped bullet that should show
it, and the advice, pointed at the strongest such bullet. Offered only to technical resumes."""

RECENCY_DECAY = 0.85
"""Each older role's bullets are worth this much of the role above: readers start at the top."""
SECTION_WEIGHT = {"experience": 1.0, "projects": 0.8}
"""Bullets outside work experience weigh less; other sections weigh OTHER_SECTION_WEIGHT."""
OTHER_SECTION_WEIGHT = 0.7
COUNTED = 3
"""A change is worth what fixing its first bullets is worth: the ones it points at."""
QUOTE_WORDS = 6
SHOWN_BULLETS = 2
"""A change quotes this many bullets and counts the rest."""

NO_BULLETS = (
    "prodgap found no bullet points: put each achievement on its own line starting with "
    "-, * or • under the role it belongs to"
)
NO_TECHNICAL = (
    "None of your bullets describes something you built, trained or ran: add that work, with "
    "what broke and how you fixed it"
)


def summarize(bullets: list[AuditedBullet], findings: Findings | None = None) -> Summary:
    """Counts, production share against the career-stage band, coverage, the verdict and the
    three most valuable changes."""
    findings = findings or Findings()
    counts = Counter(b.label for b in bullets if b.label is not None)
    shipped, trained = counts["shipped_system"], counts["trained_model"]
    share = round(shipped / (shipped + trained), 3) if shipped + trained else None
    coverage = _system_coverage(bullets)
    band = _band(share, findings)
    changes = _changes(bullets, coverage, findings)
    return Summary(
        counts={label: counts[label] for label in LABELS},
        production_share=share,
        arc_coverage=_arc_coverage(_technical(bullets)),
        system_coverage=coverage,
        top_changes=[c.text for c in changes] or _fallback_changes(bullets, findings),
        verdict=_verdict(bullets, share, band, changes, findings),
        band=band,
        changes=changes,
    )


def _technical(bullets: list[AuditedBullet]) -> list[AuditedBullet]:
    return [b for b in bullets if b.label in ("trained_model", "shipped_system")]


def _arc_coverage(technical: list[AuditedBullet]) -> dict[str, float]:
    """Share of built and shipped bullets that have each arc part (0 when there are none)."""
    present = Counter(part for b in technical for part in (b.arc or Arc()).present())
    total = len(technical)
    return {part: round(present[part] / total, 3) if total else 0.0 for part in ARC_PARTS}


def _system_coverage(bullets: list[AuditedBullet]) -> dict[str, int]:
    """How many bullets speak to each of the six parts of an ML system."""
    touched = Counter(part for b in bullets for part in {s.system_part for s in b.signals})
    return {part: touched[part] for part in SYSTEM_PARTS}


def _band(share: float | None, findings: Findings) -> Band | None:
    """The typical band for the career stage, and where the share falls; None when there is no
    share or the resume is not one the band is about."""
    if share is None or not findings.english or not findings.technical:
        return None
    stage = findings.seniority.stage
    band = BANDS[stage]
    reading: Literal["below", "within", "above"] = "within"
    if share < band.low:
        reading = "below"
    elif share > band.high:
        reading = "above"
    return Band(stage=stage, low=band.low, high=band.high, reading=reading)


# --- the changes ------------------------------------------------------------------------


def _changes(
    bullets: list[AuditedBullet], coverage: dict[str, int], findings: Findings
) -> list[Change]:
    """The three changes worth most, each pointing at its most valuable bullets; ties keep the
    tables' order."""
    if not bullets or not findings.english or not findings.technical:
        return []
    weights = _weights(bullets)
    found = _bullet_changes(bullets, weights) + _coverage_changes(bullets, coverage, weights)
    ranked = sorted(enumerate(found), key=lambda pair: (-pair[1].worth, pair[0]))
    return [change for _, change in ranked[:3]]


def _bullet_changes(bullets: list[AuditedBullet], weights: dict[int, float]) -> list[Change]:
    changes = []
    for rule in CHANGES:
        needing = sorted(
            (b for b in bullets if rule.applies(b) and not b.rewrite_withheld),
            key=lambda b: (-weights[b.order], b.order),
        )
        if needing:
            worth = rule.worth * sum(weights[b.order] for b in needing[:COUNTED])
            changes.append(
                Change(
                    name=rule.name,
                    text=_phrase(rule.advice, needing),
                    bullets=[b.order for b in needing],
                    worth=round(worth, 3),
                )
            )
    return changes


def _coverage_changes(
    bullets: list[AuditedBullet], coverage: dict[str, int], weights: dict[int, float]
) -> list[Change]:
    changes = []
    for part, (worth, kinds, advice) in COVERAGE.items():
        target = _strongest(bullets, kinds, weights)
        if coverage[part] == 0 and target is not None:
            text = _phrase(advice, [target])
            changes.append(
                Change(name=f"cover_{part}", text=text, bullets=[target.order], worth=worth)
            )
    return changes


def _weights(bullets: list[AuditedBullet]) -> dict[int, float]:
    """What fixing each bullet is worth: recent roles first, work before projects."""
    entries: dict[tuple[str, str], int] = {}
    weights = {}
    for bullet in sorted(bullets, key=lambda b: b.order):
        kind = bullet.section_kind
        rank = entries.setdefault((bullet.section, bullet.entry or ""), len(entries))
        base = SECTION_WEIGHT.get(kind, OTHER_SECTION_WEIGHT)
        weights[bullet.order] = base * RECENCY_DECAY ** min(rank, 6)
    return weights


def _strongest(
    bullets: list[AuditedBullet], kinds: frozenset[str], weights: dict[int, float]
) -> AuditedBullet | None:
    """The shipped bullet of these kinds with the most facts in it, recent roles first."""
    candidates = [b for b in bullets if b.label == "shipped_system" and b.kind in kinds]
    if not candidates:
        return None
    return max(candidates, key=lambda b: (len(b.signals) * weights[b.order], -b.order))


def _phrase(advice: str, needing: list[AuditedBullet]) -> str:
    """The advice with its first bullets quoted and the rest counted."""
    quotes = " and ".join(quote(b) for b in needing[:SHOWN_BULLETS])
    rest = len(needing) - SHOWN_BULLETS
    if rest > 0:
        quotes += f" (and {rest} more)"
    return advice.format(quotes=quotes)


def quote(bullet: AuditedBullet) -> str:
    """A short quote that finds the bullet: its first words."""
    words = bullet.text.split()
    short = " ".join(words[:QUOTE_WORDS]).rstrip(".,;:")
    return f"“{short}{'…' if len(words) > QUOTE_WORDS else ''}”"


def _fallback_changes(bullets: list[AuditedBullet], findings: Findings) -> list[str]:
    """What to say when no change applies."""
    if not bullets:
        return [NO_BULLETS]
    if findings.english and findings.technical and not _technical(bullets):
        return [NO_TECHNICAL]
    return []


# --- the verdict ------------------------------------------------------------------------


def _verdict(
    bullets: list[AuditedBullet],
    share: float | None,
    band: Band | None,
    changes: list[Change],
    findings: Findings,
) -> str:
    """One sentence a person can read: what the resume shows, against what is typical, and
    where to start."""
    if not bullets:
        return "prodgap found no bullet points in this resume, so there is nothing to judge yet."
    if not findings.english:
        return (
            "This resume is not in English, so prodgap's verdict would be a guess: the labels "
            "below are a rough guide, and the rewriting is left to you or to the LLM."
        )
    if not findings.technical:
        return (
            "This resume is mostly not software, data or ML work, so prodgap's production "
            "advice does not fit it."
        )
    technical = _technical(bullets)
    if share is None or band is None:
        return (
            "No bullet describes something you built, trained or ran, so there is no "
            "production share to judge: add that work, with what broke and how you fixed it."
        )
    shipped = sum(b.label == "shipped_system" for b in technical)
    lead = "Mostly shipped" if share >= 0.5 else "Mostly built, not shipped"
    sentence = (
        f"{lead}: {shipped} of {len(technical)} technical bullets show work that ran for real "
        f"({share:.0%}), {band.reading} the {band.low:.0%}–{band.high:.0%} typical for "
        f"{BANDS[band.stage].who}"
    )
    if findings.seniority.years is None:
        sentence += ", judged as mid-career since no role has dates"
    if changes:
        first = next(b for b in bullets if b.order == changes[0].bullets[0])
        sentence += f"; start with {quote(first)}"
    return sentence + "."


# --- one-line warnings shared with the renderers ----------------------------------------


def hidden_text_warning(count: int) -> str:
    """The report's note about text a reader cannot see (the HTML report details it instead)."""
    return (
        f"this file contains {count} line(s) a reader cannot see; they were left out of the audit"
    )


def injection_warning(count: int) -> str:
    """The report's warning about bullets that read like prompts (detailed in the HTML too)."""
    return f"{count} bullet(s) read like instructions to an AI; they were treated as plain text"
