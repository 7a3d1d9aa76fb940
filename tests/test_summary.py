"""The resume-level summary: counts, production share, coverage and the top three changes."""

from __future__ import annotations

from prodgap.label import label_bullet
from prodgap.models import Arc, AuditedBullet, Signal, Span
from prodgap.summary import NO_BULLETS, NO_TECHNICAL, summarize


def _bullet(label: str | None, *, metric: str | None = None, arc: Arc | None = None, n: int = 0):
    text = f"bullet {n} {metric or ''}".strip()
    signals = []
    if metric:
        start = text.index(metric)
        span = Span(start=start, end=start + len(metric), text=metric)
        signals.append(Signal(kind="model_metric", system_part="evaluation", span=span))
    return AuditedBullet(
        text=text, section="Experience", order=n, label=label, arc=arc, signals=signals
    )


def _audited(texts: list[str]) -> list[AuditedBullet]:
    out = []
    for n, text in enumerate(texts):
        j = label_bullet(text)
        out.append(
            AuditedBullet(
                text=text,
                section="Experience",
                order=n,
                label=j.label,
                arc=j.arc,
                signals=j.signals,
                evidence=j.evidence,
            )
        )
    return out


def test_counts_and_production_share() -> None:
    bullets = [_bullet("shipped_system"), _bullet("trained_model"), _bullet("trained_model")]
    bullets += [_bullet("other"), _bullet(None)]
    summary = summarize(bullets)
    assert summary.counts == {"trained_model": 2, "shipped_system": 1, "other": 1}
    assert summary.production_share == round(1 / 3, 3)


def test_no_ml_or_production_bullets_means_no_share() -> None:
    summary = summarize([_bullet("other"), _bullet("other")])
    assert summary.production_share is None
    assert summary.arc_coverage == {"problem": 0.0, "system": 0.0, "broke": 0.0, "fix": 0.0}
    assert summary.top_changes == [NO_TECHNICAL]


def test_empty_resume() -> None:
    summary = summarize([])
    assert summary.counts == {"trained_model": 0, "shipped_system": 0, "other": 0}
    assert summary.top_changes == [NO_BULLETS]


def test_a_resume_with_no_model_gets_no_model_advice() -> None:
    bullets = _audited(
        [
            "Owned the payments API (Go, 4k RPS), including on-call and capacity planning.",
            "Cut p99 latency from 900 ms to 120 ms after a connection-pool leak caused timeouts.",
        ]
    )
    advice = " ".join(summarize(bullets).top_changes)
    assert "model" not in advice
    assert advice  # still told what to add


def test_arc_coverage_counts_only_ml_and_production_bullets() -> None:
    span = Span(start=0, end=6, text="bullet")
    bullets = [
        _bullet("shipped_system", arc=Arc(system=span, broke=span)),
        _bullet("trained_model", arc=Arc(system=span)),
        _bullet("other", arc=Arc(system=span, broke=span, fix=span, problem=span)),
    ]
    assert summarize(bullets).arc_coverage == {
        "problem": 0.0,
        "system": 1.0,
        "broke": 0.5,
        "fix": 0.0,
    }


def test_system_coverage_counts_bullets_not_mentions() -> None:
    bullets = _audited(["Monitored drift with Grafana alerts and PagerDuty paging, 99.9% uptime."])
    coverage = summarize(bullets).system_coverage
    assert coverage["monitoring"] == 1
    assert set(coverage) == {
        "problem_framing",
        "data",
        "modeling",
        "serving",
        "evaluation",
        "monitoring",
    }


def test_top_change_names_the_metric_ml_bullets_stop_at() -> None:
    bullets = [_bullet("trained_model", metric="accuracy", n=i) for i in range(4)]
    bullets += [_bullet("trained_model", n=i) for i in range(4, 6)]
    bullets += [_bullet("shipped_system", n=6)]
    changes = summarize(bullets).top_changes
    assert len(changes) == 3
    assert changes[0].startswith("4 of your 6 ML bullets stop at accuracy:")


def test_varied_metrics_are_named_together() -> None:
    bullets = [_bullet("trained_model", metric=m, n=i) for i, m in enumerate(["AUC", "F1", "BLEU"])]
    assert "offline metrics (AUC, BLEU, F1)" in summarize(bullets).top_changes[0]


def test_one_bullet_reads_in_the_singular() -> None:
    changes = summarize([_bullet("trained_model", metric="F1")]).top_changes
    assert any(c.startswith("Your only ML bullet stops at F1:") for c in changes)


def test_production_bullets_missing_a_failure_are_told_so() -> None:
    bullets = _audited(
        [
            "Built a REST API serving 30k requests per second for the payments platform.",
            "Ran the on-call rotation for the search service.",
            "Launched the mobile app's offline mode to 2M users.",
        ]
    )
    changes = summarize(bullets).top_changes
    assert any(
        c.startswith("All 3 of your production bullets never say what broke") for c in changes
    )
    assert len(changes) <= 3
    assert summarize(bullets).top_changes == changes
