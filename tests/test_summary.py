"""The resume-level summary: counts, production share, coverage and the top three changes."""

from __future__ import annotations

import pytest

from prodgap.label import label_bullet
from prodgap.models import Arc, AuditedBullet, Findings, Seniority, Signal, Span
from prodgap.summary import BANDS, NO_BULLETS, NO_TECHNICAL, summarize


def _bullet(
    label: str | None,
    *,
    metric: str | None = None,
    arc: Arc | None = None,
    n: int = 0,
    text: str | None = None,
    **fields: object,
) -> AuditedBullet:
    text = text or f"bullet {n} {metric or ''}".strip()
    signals = []
    if metric:
        start = text.index(metric)
        span = Span(start=start, end=start + len(metric), text=metric)
        signals.append(Signal(kind="model_metric", system_part="evaluation", span=span))
    fields.setdefault("section", "Experience")
    return AuditedBullet(text=text, order=n, label=label, arc=arc, signals=signals, **fields)


def _findings(stage: str = "mid", **fields: object) -> Findings:
    years = {"student": 0.0, "early": 1.5, "mid": 5.0, "senior": 12.0}[stage]
    seniority = Seniority(years=years, student=stage == "student", stage=stage)
    return Findings(seniority=seniority, **fields)


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


def test_the_verdict_reads_the_share_against_the_band_for_the_career_stage() -> None:
    bullets = [
        _bullet("trained_model", n=i, text=f"Trained a fraud model number {i} on logs")
        for i in range(3)
    ]
    bullets.append(_bullet("shipped_system", n=3, text="Served the fraud model to 2M users"))
    summary = summarize(bullets, _findings("senior"))
    assert summary.band is not None
    assert (summary.band.stage, summary.band.reading) == ("senior", "below")
    assert (summary.band.low, summary.band.high) == (BANDS["senior"].low, BANDS["senior"].high)
    assert summary.verdict.startswith(
        "Mostly built, not shipped: 1 of 4 technical bullets show work that ran for real (25%), "
        "below the 65%–95% typical for a senior candidate; start with “Trained a fraud model"
    )
    student = summarize(bullets, _findings("student"))
    assert student.band is not None and student.band.reading == "within"
    assert "within the 0%–40% typical for a student or new graduate" in student.verdict


@pytest.mark.parametrize(
    ("share_shipped", "stage", "reading"),
    [(0, "early", "below"), (2, "early", "within"), (4, "early", "above"), (3, "senior", "within")],
)
def test_each_stage_has_its_band(share_shipped: int, stage: str, reading: str) -> None:
    bullets = [_bullet("shipped_system", n=i) for i in range(share_shipped)]
    bullets += [_bullet("trained_model", n=i) for i in range(share_shipped, 4)]
    band = summarize(bullets, _findings(stage)).band
    assert band is not None and (band.stage, band.reading) == (stage, reading)


def test_each_change_points_at_its_bullets_most_valuable_first() -> None:
    bullets = [
        _bullet(
            "shipped_system",
            n=0,
            text="Ran the payments API for 3M users",
            entry="New job",
            section_kind="experience",
        ),
        _bullet(
            "trained_model",
            n=1,
            text="Trained a churn model to 0.91 AUC",
            entry="New job",
            section_kind="experience",
        ),
        _bullet(
            "trained_model",
            n=2,
            text="Trained a fraud model to 0.88 AUC",
            entry="Old job",
            section_kind="experience",
        ),
        _bullet(
            "trained_model",
            n=3,
            text="Trained a ranking model to 0.7 NDCG",
            entry="Old job",
            section_kind="experience",
        ),
    ]
    changes = summarize(bullets, _findings()).changes
    assert [c.name for c in changes][:2] == ["say_where_it_ran", "name_what_broke"]
    where = changes[0]
    assert where.bullets == [1, 2, 3]  # the newest role first, then reading order
    assert (
        "“Trained a churn model to 0.91…” and “Trained a fraud model to 0.88…” (and 1 "
        "more)" in where.text
    )
    assert changes[1].bullets == [0]
    assert summarize(bullets, _findings()).top_changes == [c.text for c in changes]
    assert [c.worth for c in changes] == sorted((c.worth for c in changes), reverse=True)


def test_unshipped_work_is_asked_for_the_honest_frame_not_where_it_ran() -> None:
    bullets = [
        _bullet(
            "trained_model",
            n=0,
            text="Built a UNIX-style OS for a course",
            setting="course",
            kind="firmware",
        ),
        _bullet("trained_model", n=1, text="Trained a chess engine for fun", setting="personal"),
    ]
    changes = summarize(bullets, _findings("student")).changes
    assert changes[0].name == "honest_frame" and changes[0].bullets == [0, 1]
    assert "who used or tried" in changes[0].text
    assert all(c.name != "say_where_it_ran" for c in changes)


def test_a_resume_not_in_english_gets_no_changes_and_says_why() -> None:
    bullets = [_bullet("trained_model", n=0, text="Entrené un modelo de fraude con XGBoost")]
    summary = summarize(bullets, _findings(english=False, language="es"))
    assert summary.changes == [] and summary.band is None
    assert summary.verdict.startswith("This resume is not in English")


def test_a_resume_that_is_not_technical_gets_no_production_advice() -> None:
    bullets = [
        _bullet(
            "trained_model", n=0, text="Exceeded the sales quota by 120% four quarters running"
        ),
        _bullet("shipped_system", n=1, text="Managed 40 enterprise accounts worth $3M a year"),
    ]
    summary = summarize(bullets, _findings(technical=False, technical_share=0.0))
    assert summary.changes == [] and summary.top_changes == [] and summary.band is None
    assert "not software, data or ML work" in summary.verdict


def test_missing_monitoring_points_at_the_strongest_shipped_bullet() -> None:
    span = Span(start=22, end=24, text="9k")
    strong = _bullet(
        "shipped_system",
        n=1,
        text="Ran the search API at 9k QPS",
        kind="service",
        arc=Arc(broke=span, fix=span, problem=span),
    )
    strong.signals.append(Signal(kind="scale", system_part="serving", span=span))
    bullets = [
        _bullet(
            "shipped_system",
            n=0,
            text="Ran the billing job",
            kind="data_pipeline",
            arc=Arc(broke=span, fix=span, problem=span),
        ),
        strong,
    ]
    changes = summarize(bullets, _findings()).changes
    assert [c.name for c in changes] == ["cover_monitoring"]
    assert changes[0].bullets == [1] and "“Ran the search API at 9k…”" in changes[0].text
