"""suggest_rewrite: the bullet's own words around the full arc, missing parts as placeholders."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prodgap import rewrite as rewrite_module
from prodgap.faithful import check_faithful
from prodgap.models import Arc, Judgement, Span
from prodgap.rewrite import needs_work, suggest_rewrite

DEPLOYMENT = re.compile(r"\b(run|ran|serve|served|deploy|traffic|users|live|launch)", re.I)


def judge(text: str, label: str, **parts: str) -> Judgement:
    """A Judgement with the named arc parts pointing at their text in the bullet."""
    spans = {}
    for part, piece in parts.items():
        start = text.index(piece)
        spans[part] = Span(start=start, end=start + len(piece), text=piece)
    return Judgement(label=label, confidence=0.9, arc=Arc(**spans))


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


def test_a_trained_model_gets_the_whole_arc_and_a_deployment_question() -> None:
    text = "Trained an XGBoost churn model on 3M customer records, reaching 0.91 AUC."
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None
    assert (
        "trained an XGBoost churn model on 3M customer records, reaching 0.91 AUC" in rewrite.text
    )
    assert any(DEPLOYMENT.search(q) for q in rewrite.questions)
    assert "Where did this model run, and for whom?" in " ".join(rewrite.questions)
    assert "What went wrong once the model was live" in " ".join(rewrite.questions)
    assert check_faithful(text, rewrite.text).passed


def test_placeholders_are_listed_in_order_each_with_a_question() -> None:
    text = "Built a Kafka pipeline for order events"
    rewrite = suggest_rewrite(text, judge(text, "shipped_system"))
    assert rewrite is not None
    assert rewrite.placeholders == re.findall(r"\[([^\]]*)\]", rewrite.text)
    assert len(rewrite.questions) == len(set(rewrite.placeholders))
    assert all(q.endswith("?") for q in rewrite.questions)
    assert rewrite.source == "rules" and rewrite.faithfulness == "passed"


def test_it_reads_as_one_resume_sentence() -> None:
    text = "- Operated the on-call rotation for the payments API"
    rewrite = suggest_rewrite(text, judge(text, "shipped_system"))
    assert rewrite is not None
    assert rewrite.text[0].isupper() and rewrite.text.endswith(".")
    assert not re.search(r"[<>{}]|\s[,.;]|\.\.|^-", rewrite.text)
    assert "operated the on-call rotation for the payments API" in rewrite.text


def test_what_the_bullet_already_has_is_not_asked_for() -> None:
    text = "Cut p99 latency from 800ms to 200ms to stop checkout timeouts by adding a Redis cache"
    judgement = judge(
        text,
        "shipped_system",
        problem="to stop checkout timeouts",
        fix="Cut p99 latency from 800ms to 200ms",
    )
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None
    asked = " ".join(rewrite.placeholders)
    assert "whom" not in asked and "fixed" not in asked and "before → after" not in asked
    assert rewrite.placeholders == ["what was failing in production"]


def test_a_bullet_that_says_what_broke_is_asked_only_for_the_fix() -> None:
    text = "Built a Kafka pipeline that dropped 2% of events during peak load"
    judgement = judge(text, "shipped_system", broke="dropped 2% of events during peak load")
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None
    assert "how you fixed it" in rewrite.placeholders
    assert not any("broke" in p or "failing" in p for p in rewrite.placeholders)


def test_phrasing_varies_with_what_is_present() -> None:
    bullets = [
        ("Trained a ranking model in LightGBM", "trained_model", {}),
        ("LightGBM ranking model for search", "trained_model", {}),
        ("Built a ranking service", "shipped_system", {}),
        ("Built a ranking service that timed out", "shipped_system", {"broke": "timed out"}),
        ("Fixed ranking timeouts with a cache", "shipped_system", {"fix": "with a cache"}),
    ]
    texts = []
    for text, label, parts in bullets:
        rewrite = suggest_rewrite(text, judge(text, label, **parts))
        assert rewrite is not None
        texts.append(
            outside(rewrite.text).replace(text, "").replace(text[0].lower() + text[1:], "")
        )
    assert len(set(texts)) == len(texts)


def test_the_result_placeholder_names_the_metric_the_bullet_talks_about() -> None:
    text = "Built a search API serving 5k QPS at 80ms p99"
    rewrite = suggest_rewrite(text, judge(text, "shipped_system"))
    assert rewrite is not None and "p99 latency before → after" in rewrite.placeholders


def test_a_long_bullet_loses_clauses_without_facts_but_keeps_every_fact() -> None:
    text = (
        "Developed image classification models using PyTorch and ResNet-50, achieving 94% "
        "validation accuracy, presented findings to senior leadership, documented the training "
        "pipeline for the wider team, and ran weekly knowledge-sharing sessions"
    )
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None
    assert len(outside(rewrite.text).split()) <= 40
    assert "PyTorch and ResNet-50, achieving 94% validation accuracy" in rewrite.text
    assert "knowledge-sharing" not in rewrite.text
    assert check_faithful(text, rewrite.text).passed


def test_the_bullets_own_brackets_do_not_become_placeholders() -> None:
    text = "Trained a triage model [internal tool] on 40k tickets"
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None
    assert "(internal tool)" in rewrite.text and "internal tool" not in rewrite.placeholders


def test_the_bullets_own_angle_brackets_and_braces_stay_text() -> None:
    text = "Kept p99 <br> under {core} and <fix> for the API"
    rewrite = suggest_rewrite(text, judge(text, "shipped_system"))
    assert (
        rewrite is not None and "kept p99 <br> under {core} and <fix> for the API" in rewrite.text
    )


def test_a_template_that_would_invent_falls_back_to_the_original_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        rewrite_module.TEMPLATES, ("trained_model", False, "", True), "At Google, {core_lc}."
    )
    text = "Trained a churn model on 3M rows"
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None
    assert "Google" not in rewrite.text and rewrite.text.startswith(text)
    assert check_faithful(text, rewrite.text).passed


def test_the_same_bullet_gets_the_same_rewrite() -> None:
    text = "Fine-tuned BERT for ticket routing with 94% accuracy"
    judgement = judge(text, "trained_model", problem="for ticket routing")
    assert suggest_rewrite(text, judgement) == suggest_rewrite(text, judgement)


VERBS = ["Built", "Trained", "Led", "Fine-tuned", "Owned", "Migrated", "Kafka"]
PIECES = st.sampled_from(
    "a the model service for with on search ranking team PyTorch Redis AWS GPT-4o 40% $18k "
    "3x 1.5k p99 200ms v2.3 2M users, which timed out; and dropped events (nightly) [draft]".split()
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
    if label == "trained_model":
        assert any(DEPLOYMENT.search(q) for q in rewrite.questions)


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
    assert rewrite is not None
    assert text.rstrip(".").casefold() in rewrite.text.casefold()
    assert not re.search(r"drifted|broke|once it was live|where it ran", rewrite.text)
    assert "who tried it, and what they did with it" in rewrite.placeholders
    assert "what stopped it from shipping" in rewrite.placeholders
    assert len(rewrite.questions) == len(set(rewrite.placeholders))
    assert any(DEPLOYMENT.search(q) for q in rewrite.questions)
    assert check_faithful(text, rewrite.text).passed


def test_a_model_said_to_be_live_still_gets_the_aftermath_questions() -> None:
    text = "Trained an XGBoost churn model on 3M customer records, reaching 0.91 AUC."
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None and "what stopped it from shipping" not in rewrite.placeholders


def test_an_unshipped_rewrite_that_would_invent_falls_back_to_the_original_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(rewrite_module.UNSHIPPED_TEMPLATES, (False, True), "At Google, {core_lc}.")
    text = "Trained a churn model on 3M rows; not yet deployed"
    rewrite = suggest_rewrite(text, judge(text, "trained_model"))
    assert rewrite is not None and rewrite.text.startswith(text)
    assert "what stopped it from shipping" in rewrite.placeholders


@pytest.mark.parametrize(
    "text",
    [
        "Trained an uplift model (two-model approach) to target retention offers; Qini 0.31.",
        "Built a pricing API to stop chargebacks for 2M merchants.",
        "Trained a sentiment model for the marketing team, pending deployment.",
        "Fine-tuned BERT for ticket routing for the support team with 94% accuracy.",
    ],
)
def test_a_bullet_with_a_problem_is_not_asked_for_one(text: str) -> None:
    from prodgap.label import label_bullet

    judgement = label_bullet(text)
    assert judgement.arc.problem is not None
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None
    assert "solve what problem, for whom" not in rewrite.placeholders
    assert "whom, and why it mattered" not in rewrite.placeholders


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Built a churn dashboard used by the retention call center.", "shipped_system"),
        ("Built a self-serve deployment tool adopted by 12 teams.", "shipped_system"),
        ("Maintained the tariff engine relied on by the energy trading desk.", "shipped_system"),
        ("Shipped a demand forecaster serving 300 stores.", "shipped_system"),
        ("Built a recommendation service for 30M monthly viewers.", "shipped_system"),
        ("Built an underwriting assistant used daily by 25 underwriters.", "shipped_system"),
        ("Cut p99 latency from 800ms to 200ms for the checkout team.", "shipped_system"),
        ("Trained a churn model for the retention team, pending deployment.", "trained_model"),
    ],
)
def test_a_bullet_that_names_only_its_audience_is_asked_only_why_it_mattered(
    text: str, label: str
) -> None:
    from prodgap.label import label_bullet

    judgement = label_bullet(text).model_copy(update={"label": label})
    assert judgement.arc.problem is not None
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None and check_faithful(text, rewrite.text).passed
    assert "why it mattered to them" in rewrite.placeholders
    assert "Why did this matter to them: what did it save, earn or prevent?" in rewrite.questions
    assert not {"whom, and why it mattered", "solve what problem, for whom"} & set(
        rewrite.placeholders
    )


def test_a_purpose_anywhere_in_the_bullet_is_the_why() -> None:
    from prodgap.label import label_bullet

    text = "Built a fraud model used by analysts to triage alerts."
    judgement = label_bullet(text)
    assert judgement.arc.problem is not None and judgement.arc.problem.text == "used by analysts"
    rewrite = suggest_rewrite(text, judgement)
    assert rewrite is not None
    assert "why it mattered to them" not in rewrite.placeholders
