"""check_faithful: a rewrite may restate the original's facts in any form, but add none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prodgap.faithful import check_faithful

SAME_FACT = [
    ("Served 1.5k QPS", "Served 1,500 qps"),
    ("Served 1,500 QPS", "Served 1500 QPS"),
    ("Saved $18k a month", "Saved $18,000 a month"),
    ("Saved $18k/month on GPUs", "Saved $18,000 per month on GPUs"),
    ("Saved $2M a year", "Saved $2 million a year"),
    ("3x faster training", "3× faster training"),
    ("3-fold faster training", "3x faster training"),
    ("Doubled throughput", "Doubled throughput (2x)"),
    ("Cut P99 latency to 120ms", "Cut p99 latency to 120 ms"),
    ("Cut 99th percentile latency to 0.2 s", "Cut p99 latency to 200ms"),
    ("Cut latency from 800 to 200ms", "Cut latency from 800ms to 200ms"),
    ("Shipped v2.3 of the ranker on Python 3.11", "Shipped the ranker v2.3 on python 3.11"),
    ("Trained in PyTorch", "Trained in pytorch"),
    ("Used scikit-learn and XGBoost", "Used Scikit-Learn and xgboost"),
    ("Served ResNet-50 on K8s", "Served resnet50 on k8s"),
    ("Fine-tuned GPT-4o on 12k tickets", "Fine-tuned gpt-4o on 12,000 tickets"),
    ("Migrated 5-10 GB jobs to AWS S3", "Migrated 5GB-10GB jobs to AWS S3"),
    ("Grew coverage 40%", "Grew coverage 40 percent"),
    ("Trained three models", "Trained 3 models"),
    ("Ran 24/7 on-call for p50/p99 SLOs", "Ran 24/7 on-call for P50/P99 SLOs"),
    ("Built the fraud API at Stripe", "At Stripe, built the fraud API"),
    ("Held a 1% false-positive rate", "Held a 1% FPR"),
    ("Architected the data platform", "Designed the data platform"),
    ("Built a churn model", "To [solve what], built a churn model. When [what broke], [fix]."),
]

INVENTED = [
    ("Trained a churn model", "Trained a churn model reaching 40% accuracy", "40%"),
    ("Trained a churn model", "Trained a churn model in PyTorch", "PyTorch"),
    ("Trained a churn model", "Trained a churn model in pytorch", "pytorch"),
    ("Trained a churn model", "Trained a churn model on AWS", "AWS"),
    ("Trained a churn model", "Trained a churn model at Google", "Google"),
    ("Trained a churn model", "Trained a churn model on Vertex AI", "Vertex AI"),
    ("Built a pipeline", "Built a pipeline on S3", "S3"),
    ("Built a fraud pipeline", "Built a fraud pipeline on GCP", "GCP"),
    ("Fine-tuned GPT-4o", "Fine-tuned GPT-4", "GPT-4"),
    ("Built an API serving 2M users", "Built an API serving 20M users", "20M"),
    ("Cut latency 3x", "Cut latency 4x", "4x"),
    ("Saved $18k", "Saved $18k, about $200k a year", "$200k"),
    ("Cut p99 latency", "Cut p95 latency", "p95"),
    ("Used Python 3.10", "Used Python 3.1", "3.1"),
    ("Shipped v2.3", "Shipped v2.4", "v2.4"),
    ("Tuned latency to 200 ms", "Tuned latency to 200 s", "200 s"),
    ("Improved F1 from 0.81 to 0.87", "Improved F1 from 0.81 to 0.87 (+6 pts)", "6"),
    ("Built dashboards in Tableau", "Built dashboards in Tableau for the Sales team", "Sales"),
    ("Trained a churn model", "Trained a churn model and reduced churn", "reduced"),
    ("Trained a churn model", "Trained a churn model that improved retention", "improved"),
    ("Trained a churn model", "Trained and deployed a churn model", "deployed"),
    ("Built an API", "Built an API serving millions of users", "millions"),
]


@pytest.mark.parametrize(("original", "rewrite"), SAME_FACT)
def test_the_same_fact_in_another_form_passes(original: str, rewrite: str) -> None:
    assert check_faithful(original, rewrite).problems == []


@pytest.mark.parametrize(("original", "rewrite", "fact"), INVENTED)
def test_an_invented_fact_fails_and_is_named(original: str, rewrite: str, fact: str) -> None:
    verdict = check_faithful(original, rewrite)
    assert not verdict.passed
    assert any(p.startswith("invented") and p.endswith(f": {fact}") for p in verdict.problems)


@pytest.mark.parametrize(
    ("original", "rewrite", "fact"),
    [
        ("Reached 94% accuracy on 2M rows", "Reached 94% accuracy", "2M"),
        ("Cut cost 3x with Spot instances", "Cut cost with Spot instances", "3x"),
        ("Trained on Kubernetes with Ray", "Trained on Kubernetes", "Ray"),
    ],
)
def test_a_dropped_fact_fails_and_is_named(original: str, rewrite: str, fact: str) -> None:
    assert f"dropped {'number' if fact[0].isdigit() else 'name'}: {fact}" in (
        check_faithful(original, rewrite).problems
    )


def test_facts_inside_placeholders_are_not_checked() -> None:
    original = "Trained a churn model"
    rewrite = "Trained a churn model; [served on AWS at 2k QPS, p99 before → after]"
    assert check_faithful(original, rewrite).passed


def test_sentence_initial_verbs_are_not_names_but_unknown_capitals_are() -> None:
    assert check_faithful("Built a model", "Model built. Served nothing new").problems == [
        "invented claim (production): Served"
    ]
    assert not check_faithful("Built a model", "Built a model. Kafka streams fed it").passed


def test_an_unclosed_bracket_hides_nothing() -> None:
    assert not check_faithful("Built a model", "Built a model [on AWS").passed


# --- properties -------------------------------------------------------------------------

WORDS = "built trained a the model pipeline for with on data team search ranking nightly".split()
TOOLS = ["PyTorch", "Kafka", "Airflow", "Redis", "BigQuery", "K8s"]
OTHER_TOOLS = ["TensorFlow", "Spark", "GCP", "Snowflake", "S3", "GPT-4o", "Vertex AI", "Meta"]
SMALL = st.integers(min_value=1, max_value=99)
NUMBER_FORMS = st.one_of(
    SMALL.map(str),
    SMALL.map(lambda n: f"{n}%"),
    SMALL.map(lambda n: f"{n}x"),
    SMALL.map(lambda n: f"${n}k"),
    SMALL.map(lambda n: f"{n}ms"),
    SMALL.map(lambda n: f"p{n}"),
    SMALL.map(lambda n: f"{n}.5M"),
)
BIG = st.integers(min_value=100_001, max_value=999_999)
NEW_NUMBERS = st.one_of(
    BIG.map(str),
    BIG.map(lambda n: f"{n:,}"),
    BIG.map(lambda n: f"${n:,}"),
    BIG.map(lambda n: f"{n} ms"),
    BIG.map(lambda n: f"{n * 10}%"),
)
TOKENS = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(TOOLS), NUMBER_FORMS), min_size=3, max_size=14
)


@given(TOKENS, st.randoms())
def test_reordering_the_originals_tokens_with_placeholders_passes(tokens, rnd) -> None:
    shuffled = tokens[:]
    rnd.shuffle(shuffled)
    for _ in range(rnd.randint(0, 3)):
        shuffled.insert(rnd.randint(0, len(shuffled)), "[what broke after launch, 40% of 2M]")
    assert check_faithful(" ".join(tokens), " ".join(shuffled)).problems == []


@given(TOKENS, st.one_of(NEW_NUMBERS, st.sampled_from(OTHER_TOOLS)), st.randoms())
def test_injecting_a_number_or_a_name_always_fails(tokens, fact, rnd) -> None:
    rewrite = tokens[:]
    rewrite.insert(rnd.randint(0, len(rewrite)), fact)
    assert not check_faithful(" ".join(tokens), " ".join(rewrite)).passed


@given(TOKENS.filter(lambda t: any(any(c.isdigit() for c in w) for w in t)), st.randoms())
def test_dropping_a_number_always_fails(tokens, rnd) -> None:
    numbered = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)]
    gone = tokens[rnd.choice(numbered)]
    rewrite = [t for t in tokens if t != gone]
    assert not check_faithful(" ".join(tokens), " ".join(rewrite)).passed
