"""suggest_rewrite: the bullet's own words restructured around the arc, missing parts as
placeholders worded for the kind of work, the honest frame for unshipped work, and a length
budget."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prodgap import rewrite as rewrite_module
from prodgap.faithful import check_faithful
from prodgap.models import Arc, AuditedBullet, Judgement, Rewrite, Span
from prodgap.rewrite import needs_work, shared_questions, suggest_rewrite

DEPLOYMENT = re.compile(r"\b(run|ran|serve|served|deploy|traffic|users|live|launch)", re.I)
USE_OR_TRIAL = re.compile(r"\b(run|ran|used?|tried|call\w*|acted|read)\b", re.I)
LIVE_CLAIM = re.compile(r"drifted|broke|once it was live|\blive\b|production", re.I)


def judge(text: str, label: str, **parts: str) -> Judgement:
    """A Judgement with the named arc parts pointing at their text in the bullet."""
    spans = {}
    for part, piece in parts.items():
        start = text.index(piece)
        spans[part] = Span(start=start, end=start + len(piece), text=piece)
    return Judgement(label=label, confidence=0.9, arc=Arc(**spans))


def rewrite_of(text: str, label: str, **kwargs: object) -> Rewrite:
    parts = {k: v for k, v in kwargs.items() if k in ("problem", "system", "broke", "fix")}
    options = {k: v for k, v in kwargs.items() if k not in parts}
    rewrite = suggest_rewrite(text, judge(text, label, **parts), **options)  # type: ignore[arg-type]
    assert rewrite is not None
    assert check_faithful(text, rewrite.text).passed, rewrite.text
    return rewrite


def outside(text: str) -> str:
    return re.sub(r"\[[^\]]*\]", " ", text)


@pytest.mark.parametrize(
    ("label", "parts", "expected"),
    [
        ("trained_model", {}, True),
        ("trained_model", {"broke": "drifted", "fix": "retrained"}, True),
        ("shipped_system", {}, True),
        ("shipped_system", {"broke": "drifted"}, True),
        ("shipped_system", {"fix": "retrained"}, True),
        ("shipped_system", {"broke": "drifted", "fix": "retrained"}, False),
        ("other", {}, False),
    ],
)
def test_needs_work(label: str, parts: dict[str, str], expected: bool) -> None:
    judgement = judge("Model drifted so we retrained it weekly", label, **parts)
    assert needs_work(judgement) is expected


def test_no_rewrite_for_a_bullet_that_needs_none() -> None:
    text = "Led a reading group on causal inference"
    assert suggest_rewrite(text, judge(text, "other")) is None
    text = "Scoring API timed out under load, so I added a queue and p99 fell to 90 ms"
    complete = judge(text, "shipped_system", broke="timed out under load", fix="added a queue")
    assert suggest_rewrite(text, complete) is None


def test_work_at_a_job_not_shown_running_is_asked_whether_and_where_it_ran() -> None:
    text = "Trained an XGBoost churn model on 3M customer records, reaching 0.91 AUC."
    rewrite = rewrite_of(text, "trained_model")
    assert rewrite.frame == "trained"
    assert (
        "trained an XGBoost churn model on 3M customer records, reaching 0.91 AUC" in rewrite.text
    )
    assert "where it ran, what changed" in rewrite.placeholders
    assert any(q.startswith("Did the model run for real") for q in rewrite.questions)
    assert any("If not, who used its results?" in q for q in rewrite.questions)
    assert not re.search(r"drifted|broke|once it was live", rewrite.text)


def test_placeholders_are_listed_in_order_each_with_a_question() -> None:
    text = "Built a Kafka pipeline for order events"
    rewrite = rewrite_of(text, "shipped_system")
    assert rewrite.placeholders == re.findall(r"\[([^\]]*)\]", rewrite.text)
    assert len(rewrite.questions) == len(set(rewrite.placeholders))
    assert all(q.endswith("?") for q in rewrite.questions)
    assert rewrite.source == "rules" and rewrite.faithfulness == "passed"


def test_it_reads_as_one_resume_sentence() -> None:
    text = "- Operated the on-call rotation for the payments API"
    rewrite = rewrite_of(text, "shipped_system")
    assert rewrite.text[0].isupper() and rewrite.text.endswith(".")
    assert not re.search(r"[<>{}]|\s[,.;]|\.\.|^-", rewrite.text)
    assert "Operated the on-call rotation for the payments API" in rewrite.text


def test_what_the_bullet_has_is_kept_and_the_missing_part_goes_in_arc_order() -> None:
    text = "Cut p99 latency from 800ms to 200ms to stop checkout timeouts by adding a Redis cache"
    rewrite = rewrite_of(
        text,
        "shipped_system",
        problem="to stop checkout timeouts",
        fix="Cut p99 latency from 800ms to 200ms",
    )
    assert rewrite.placeholders == ["what was too slow"]  # the trigger its fix answered
    assert rewrite.text == (
        "When [what was too slow], cut p99 latency from 800ms to 200ms to stop checkout "
        "timeouts by adding a Redis cache."
    )


def test_a_bullet_that_says_what_broke_is_asked_only_for_the_fix() -> None:
    text = "Built a Kafka pipeline that dropped 2% of events during peak load"
    rewrite = rewrite_of(text, "shipped_system", broke="dropped 2% of events during peak load")
    assert [p for p in rewrite.placeholders if p.startswith("fix")] == [
        "fix, freshness before → after"
    ]
    assert not any("broke" in p or "late or bad" in p for p in rewrite.placeholders)
    assert rewrite.text.index("dropped 2%") < rewrite.text.index("[fix")


def test_the_wording_fits_the_kind_of_work() -> None:
    cases = {
        "Wrote the firmware for a battery-powered soil sensor": "in the field, [what failed], "
        "and [fix, failures before → after]",
        "Built the nightly ETL that loads orders into the warehouse": "when [late or bad data] "
        "arrived, [fix, freshness before → after]",
        "Built the pricing API behind the checkout page": "under real traffic, [what broke], and "
        "[fix, p99 before → after]",
        "Deployed a fraud model that scores card payments": "once live, [what drifted or "
        "broke], and [fix, live metric before → after]",
        "Ran the Kubernetes clusters for the payments team": "during [which incident], [fix, "
        "uptime before → after]",
    }
    for text, clause in cases.items():
        rewrite = rewrite_of(text, "shipped_system")
        assert rewrite.text == f"{text}; {clause}.", rewrite.text
    firmware = rewrite_of("Wrote the firmware for a battery-powered soil sensor", "shipped_system")
    assert not any("model" in q for q in firmware.questions)
    assert any("devices" in q for q in firmware.questions)


def test_a_course_project_gets_the_honest_frame() -> None:
    text = "Built a UNIX-style OS for a course"
    rewrite = rewrite_of(text, "trained_model")
    assert rewrite.frame == "unshipped"
    assert rewrite.text.startswith("Built a UNIX-style OS for a course; [who ran it, on what]")
    assert not LIVE_CLAIM.search(re.sub(r"\[[^\]]*\]", "", rewrite.text))
    assert not any(LIVE_CLAIM.search(p) for p in rewrite.placeholders)
    assert any("hardware" in q for q in rewrite.questions)


@pytest.mark.parametrize("setting", ["course", "personal", "hackathon", "research", "thesis"])
def test_unshipped_work_is_asked_who_tried_it_and_what_was_learned(setting: str) -> None:
    text = "Built a recipe recommender in PyTorch with a React front end for 40 recipes"
    rewrite = rewrite_of(text, "trained_model", setting=setting)
    assert rewrite.frame == "unshipped"
    assert rewrite.placeholders[:2] == [
        "who used or tried it",
        "what you learned",
    ]
    assert not any(LIVE_CLAIM.search(p) for p in rewrite.placeholders)


def test_the_main_sentence_carries_the_arc_not_the_last_one() -> None:
    text = "Built a parser for scanned invoices. Accepted at a workshop."
    rewrite = rewrite_of(text, "shipped_system", system="Built a parser for scanned invoices")
    assert rewrite.text.endswith(". Accepted at a workshop.")
    assert rewrite.text.index("[") < rewrite.text.index("Accepted")


def test_a_short_bullet_stays_near_its_length_and_asks_the_most_valuable_first() -> None:
    text = "Trained a churn model."
    rewrite = rewrite_of(text, "trained_model")
    assert "where it ran, what changed" in rewrite.placeholders
    assert len(rewrite.text) <= len(text) + rewrite_module.MIN_ADDED + 12
    long = (
        "Trained a gradient-boosted churn model on 18 months of billing history and support "
        "tickets, with SHAP explanations for every score and weekly retraining in Airflow."
    )
    assert len(rewrite_of(long, "trained_model").text) <= 1.5 * len(long) + 12


def test_phrasing_varies_with_what_is_present() -> None:
    bullets = [
        ("Trained a ranking model in LightGBM", "trained_model", {}),
        ("Trained a ranking model for a course project", "trained_model", {}),
        ("Built a ranking service", "shipped_system", {}),
        ("Built a ranking service that timed out", "shipped_system", {"broke": "timed out"}),
        ("Fixed ranking timeouts with a cache", "shipped_system", {"fix": "with a cache"}),
    ]
    texts = []
    for text, label, parts in bullets:
        rewrite = rewrite_of(text, label, **parts)
        texts.append(rewrite.text.replace(text, "").replace(text[0].lower() + text[1:], ""))
    assert len(set(texts)) == len(texts)


def test_the_fix_placeholder_names_the_metric_the_bullet_talks_about() -> None:
    text = "Built a search API serving 5k QPS at 80ms p99"
    rewrite = rewrite_of(text, "shipped_system")
    assert "fix, p99 before → after" in rewrite.placeholders
    text = "Kept the search API at p95 under 80 ms while traffic doubled"
    assert "fix, p95 before → after" in rewrite_of(text, "shipped_system").placeholders


def test_a_fix_without_a_number_is_asked_for_one() -> None:
    text = "Added a Redis cache in front of the pricing API"
    rewrite = rewrite_of(text, "shipped_system", fix="Added a Redis cache")
    assert rewrite.text == (
        "When [what broke], added a Redis cache in front of the pricing API ([p99 before → after])."
    )


def test_a_long_bullet_loses_clauses_without_facts_but_keeps_every_fact() -> None:
    text = (
        "Developed image classification models using PyTorch and ResNet-50, achieving 94% "
        "validation accuracy, presented findings to senior leadership, documented the training "
        "pipeline for the wider team, and ran weekly knowledge-sharing sessions"
    )
    rewrite = rewrite_of(text, "trained_model")
    assert len(outside(rewrite.text).split()) <= 40
    assert "PyTorch and ResNet-50, achieving 94% validation accuracy" in rewrite.text
    assert "knowledge-sharing" not in rewrite.text


def test_the_bullets_own_brackets_do_not_become_placeholders() -> None:
    text = "Trained a triage model [internal tool] on 40k tickets"
    rewrite = rewrite_of(text, "trained_model")
    assert "(internal tool)" in rewrite.text and "internal tool" not in rewrite.placeholders


def test_the_bullets_own_angle_brackets_and_braces_stay_text() -> None:
    text = "Kept p99 <br> under {core} and <fix> for the API"
    rewrite = rewrite_of(text, "shipped_system")
    assert "Kept p99 <br> under {core} and <fix> for the API" in rewrite.text


def test_a_template_that_would_invent_falls_back_to_the_original_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(rewrite_module.PROBLEM_LINKS, None, ("at Google, for {ph}, ", ", for {ph}"))
    text = (
        "Trained a churn model on three years of billing history, support tickets and product "
        "usage events with gradient boosting, calibrated with isotonic regression and checked "
        "against a holdout of the most recent quarter every week"
    )
    rewrite = rewrite_of(text, "shipped_system")
    assert "Google" not in rewrite.text and rewrite.text.startswith(text)
    assert "who relied on it" in rewrite.placeholders


def test_the_same_bullet_gets_the_same_rewrite() -> None:
    text = "Fine-tuned BERT for ticket routing with 94% accuracy"
    judgement = judge(text, "trained_model", problem="for ticket routing")
    assert suggest_rewrite(text, judgement) == suggest_rewrite(text, judgement)


def test_questions_asked_by_several_bullets_are_shared_once() -> None:
    texts = ["Trained a churn model", "Trained a fraud model", "Wrote the firmware for a sensor"]
    bullets = []
    for order, text in enumerate(texts):
        rewrite = suggest_rewrite(text, judge(text, "trained_model"))
        bullets.append(AuditedBullet(text=text, section="Work", order=order, rewrite=rewrite))
    shared = shared_questions(bullets)
    model_questions = set(bullets[0].rewrite.questions)  # type: ignore[union-attr]
    assert {q.text for q in shared} == model_questions
    assert all(q.bullets == [0, 1] for q in shared)


VERBS = ["Built", "Trained", "Led", "Fine-tuned", "Owned", "Migrated", "Kafka"]
PIECES = st.sampled_from(
    "a the model service for with on search ranking team PyTorch Redis AWS GPT-4o 40% $18k "
    "3x 1.5k p99 200ms v2.3 2M users, which timed out; and dropped events (nightly) [draft] "
    "course firmware prototype. Then".split()
)


@given(
    st.sampled_from(VERBS),
    st.lists(PIECES, min_size=1, max_size=30),
    st.sampled_from(["trained_model", "shipped_system"]),
    st.sets(st.sampled_from(["problem", "broke", "fix"])),
)
def test_every_rewrite_of_a_generated_bullet_is_faithful(verb, pieces, label, parts) -> None:
    text = " ".join([verb, *pieces])
    words = text.split()
    judgement = judge(text, label, **{p: words[i % len(words)] for i, p in enumerate(parts)})
    rewrite = suggest_rewrite(text, judgement)
    if rewrite is None:
        assert label == "shipped_system" and {"broke", "fix"} <= parts
        return
    assert check_faithful(text, rewrite.text).passed
    assert rewrite.placeholders and len(rewrite.questions) == len(set(rewrite.placeholders))
    if label == "trained_model":
        assert any(USE_OR_TRIAL.search(q) for q in rewrite.questions)
        assert not any("once the model was live" in q for q in rewrite.questions)


NEVER_SHIPPED = [
    "Trained a churn model (AUC 0.91); it was not yet deployed to production.",
    "Prototype churn classifier (XGBoost), 0.87 AUC on holdout; not yet deployed.",
    "Built a proof of concept fraud model, 0.91 AUC in a notebook.",
    "Built a demand-forecasting model for store managers; a planned launch was cancelled.",
    "Fine-tuned a small LLM to summarise call transcripts; launch planned for Q3.",
    "Trained a readmission model (AUROC 0.79); handed over to the informatics team for "
    "possible integration.",
]


@pytest.mark.parametrize("text", NEVER_SHIPPED)
def test_a_model_that_never_shipped_is_not_asked_what_broke_once_live(text: str) -> None:
    from prodgap.label import label_bullet

    judgement = label_bullet(text)
    assert judgement.label == "trained_model"
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None and rewrite.frame == "unshipped"
    assert text.rstrip(".").casefold() in rewrite.text.casefold()
    assert not re.search(r"drifted|broke|once it was live|where it ran", rewrite.text)
    assert rewrite.placeholders[:2] == ["who used or tried it", "what it would take to ship"]
    assert len(rewrite.questions) == len(set(rewrite.placeholders))
    assert check_faithful(text, rewrite.text).passed


@pytest.mark.parametrize(
    "text",
    [
        "Trained an uplift model (two-model approach) to target retention offers; Qini 0.31.",
        "Built a pricing API to stop chargebacks for 2M merchants.",
        "Trained a sentiment model for the marketing team, pending deployment.",
        "Fine-tuned BERT for ticket routing for the support team with 94% accuracy.",
        "Cut p99 latency from 800ms to 200ms for the checkout team.",
    ],
)
def test_a_bullet_with_a_problem_is_not_asked_for_one(text: str) -> None:
    from prodgap.label import label_bullet

    judgement = label_bullet(text)
    assert judgement.arc.problem is not None
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None
    problems = {
        placeholder
        for (part, _), (placeholder, _q) in rewrite_module.ASKS.items()
        if part == "problem"
    }
    assert not problems & set(rewrite.placeholders)


def test_an_abbreviation_does_not_end_the_main_sentence() -> None:
    text = "Ran experiments in Prof. Spanos's lab on reinforcement learning for building control."
    rewrite = rewrite_of(text, "trained_model")
    assert "Prof. Spanos" in rewrite.text or "prof. Spanos" in rewrite.text
