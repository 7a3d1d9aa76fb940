"""The verdict at a glance: counts, production share, arc and six-part coverage, top changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from prodgap.models import ARC_PARTS, LABELS, SYSTEM_PARTS, Arc, AuditedBullet, Summary


@dataclass(frozen=True)
class _Change:
    """A change the candidate can make: who it applies to, how much it is worth, how to say it."""

    name: str
    worth: float
    """Value per bullet it would improve; changes are ranked by worth x bullets."""
    pool: Callable[[list[AuditedBullet]], list[AuditedBullet]]
    """The bullets the change is counted against."""
    applies: Callable[[AuditedBullet], bool]
    """Which of those need it."""
    noun: str
    verbs: tuple[str, str]
    """The advice's verb, singular and plural."""
    advice: str
    """Template: {who} names the bullets, {verb} agrees with it, {metric} is the common metric."""


def _trained(bullets: list[AuditedBullet]) -> list[AuditedBullet]:
    return [b for b in bullets if b.label == "trained_model"]


def _shipped(bullets: list[AuditedBullet]) -> list[AuditedBullet]:
    return [b for b in bullets if b.label == "shipped_system"]


def _technical(bullets: list[AuditedBullet]) -> list[AuditedBullet]:
    return [b for b in bullets if b.label in ("trained_model", "shipped_system")]


def _has_kind(bullet: AuditedBullet, kind: str) -> bool:
    return any(s.kind == kind for s in bullet.signals)


def _lacks(part: str) -> Callable[[AuditedBullet], bool]:
    return lambda b: getattr(b.arc or Arc(), part) is None


CHANGES: tuple[_Change, ...] = (
    _Change(
        "ml_stops_at_metrics",
        3.0,
        _trained,
        lambda b: _has_kind(b, "model_metric"),
        "ML bullet",
        ("stops", "stop"),
        "{who} {verb} at {metric}: say where the model ran, for whom, and what changed there",
    ),
    _Change(
        "ml_never_ran",
        2.5,
        _trained,
        lambda b: not _has_kind(b, "model_metric"),
        "ML bullet",
        ("stops", "stop"),
        "{who} {verb} at training: name where the model ran and who used it",
    ),
    _Change(
        "shipped_never_broke",
        2.0,
        _shipped,
        _lacks("broke"),
        "production bullet",
        ("says", "say"),
        "{who} never {verb} what broke: name one failure in production (latency, drift, an "
        "outage, cost) and how you caught it",
    ),
    _Change(
        "shipped_no_result",
        1.5,
        _shipped,
        _lacks("fix"),
        "production bullet",
        ("gives", "give"),
        "{who} {verb} no measured result: add the before-and-after number",
    ),
    _Change(
        "no_problem",
        0.75,
        _technical,
        _lacks("problem"),
        "ML and production bullet",
        ("says", "say"),
        "{who} never {verb} why it mattered or for whom: open with the problem",
    ),
)
"""The changes, most valuable per bullet first."""

MISSING_PART = {
    "monitoring": (6.0, "say how you knew it was healthy (alerts, drift checks, on-call)"),
    "evaluation": (4.5, "say how you knew the model worked (eval set, A/B test, holdout)"),
    "serving": (4.5, "say how it was served (latency, throughput, batch or real time)"),
    "data": (3.0, "say where the data came from and how much of it"),
    "problem_framing": (3.0, "say which business number it moved"),
    "modeling": (2.0, "name the model or method and why you chose it"),
}
"""Worth and advice when no bullet covers a system part: one added bullet fixes it, so the
worth is flat, not per bullet."""

ML_ONLY_PARTS = frozenset({"evaluation", "modeling"})
"""Parts whose advice is about a model: not offered to a resume that never mentions one."""

NO_BULLETS = (
    "prodgap found no bullet points: put each achievement on its own line starting with "
    "-, * or • under the role it belongs to"
)
NO_TECHNICAL = (
    "None of your bullets describes a model you trained or a system you built or ran: add the "
    "production work you did, with what broke and how you fixed it"
)


def summarize(bullets: list[AuditedBullet]) -> Summary:
    """Summarize labelled bullets: counts, production share, coverage and the top three changes."""
    counts = Counter(b.label for b in bullets if b.label is not None)
    shipped, trained = counts["shipped_system"], counts["trained_model"]
    coverage = _system_coverage(bullets)
    return Summary(
        counts={label: counts[label] for label in LABELS},
        production_share=round(shipped / (shipped + trained), 3) if shipped + trained else None,
        arc_coverage=_arc_coverage(_technical(bullets)),
        system_coverage=coverage,
        top_changes=_top_changes(bullets, coverage),
    )


def _arc_coverage(technical: list[AuditedBullet]) -> dict[str, float]:
    """Share of ML and production bullets that have each arc part (0 when there are none)."""
    present = Counter(part for b in technical for part in (b.arc or Arc()).present())
    total = len(technical)
    return {part: round(present[part] / total, 3) if total else 0.0 for part in ARC_PARTS}


def _system_coverage(bullets: list[AuditedBullet]) -> dict[str, int]:
    """How many bullets speak to each of the six parts of an ML system."""
    touched = Counter(part for b in bullets for part in {s.system_part for s in b.signals})
    return {part: touched[part] for part in SYSTEM_PARTS}


def _top_changes(bullets: list[AuditedBullet], coverage: dict[str, int]) -> list[str]:
    """The three changes worth most, phrased from the counts; ties keep the table's order."""
    ranked: list[tuple[float, int, str]] = []
    for order, change in enumerate(CHANGES):
        pool = change.pool(bullets)
        needing = [b for b in pool if change.applies(b)]
        if needing:
            text = _phrase(change, needing, len(pool))
            ranked.append((change.worth * len(needing), order, text))
    if not bullets:
        return [NO_BULLETS]
    if not _technical(bullets):
        return [NO_TECHNICAL]
    about_models = _mentions_models(bullets)
    for order, (part, (worth, advice)) in enumerate(MISSING_PART.items(), len(CHANGES)):
        if coverage[part] == 0 and (about_models or part not in ML_ONLY_PARTS):
            text = f"None of your bullets covers {part.replace('_', ' ')}: {advice}"
            ranked.append((worth, order, text))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return [text for _, _, text in ranked[:3]]


def _mentions_models(bullets: list[AuditedBullet]) -> bool:
    """Whether any bullet is about a model: a trained one, or a modeling or evaluation signal."""
    return any(
        b.label == "trained_model" or any(s.system_part in ML_ONLY_PARTS for s in b.signals)
        for b in bullets
    )


def _phrase(change: _Change, needing: list[AuditedBullet], total: int) -> str:
    """Fill a change's advice with who it applies to, e.g. "4 of your 6 ML bullets"."""
    noun, count = change.noun, len(needing)
    if total == 1:
        who = f"Your only {noun}"
    elif count == total:
        who = f"All {total} of your {noun}s"
    else:
        who = f"{count} of your {total} {noun}s"
    singular, plural = change.verbs
    verb = singular if total == 1 or count == 1 else plural
    text = change.advice.format(who=who, verb=verb, metric=_common_metric(needing))
    return text[0].upper() + text[1:]


def _common_metric(bullets: list[AuditedBullet]) -> str:
    """The model metric most of these bullets stop at, else "offline metrics (the top few)"."""
    spelled: dict[str, str] = {}
    per_bullet: Counter[str] = Counter()
    for b in bullets:
        names = {s.span.text.lower() for s in b.signals if s.kind == "model_metric"}
        for s in b.signals:
            spelled.setdefault(s.span.text.lower(), s.span.text)
        per_bullet.update(sorted(names))
    ranked = sorted(per_bullet.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] * 2 >= len(bullets):
        return spelled[ranked[0][0]]
    return "offline metrics (" + ", ".join(spelled[name] for name, _ in ranked[:3]) + ")"


def hidden_text_warning(count: int) -> str:
    """The report's warning about invisible text (the HTML report details it instead)."""
    return f"this resume contains {count} invisible line(s), left out of the audit"


def injection_warning(count: int) -> str:
    """The report's warning about bullets that read like prompts (detailed in the HTML too)."""
    return f"{count} bullet(s) read like instructions to an AI; they were treated as plain text"
