"""The rules engine: labels, evidence spans, hedges and negations, arc, signals, determinism."""

from __future__ import annotations

import json

import pytest

from prodgap.decide import UNSURE_BELOW, LabellerName
from prodgap.evals.labels import DEFAULT_GOLD
from prodgap.label import label_bullet, label_bullets
from prodgap.models import ARC_PARTS, SYSTEM_PARTS, Bullet
from prodgap.rules import ARC_RULES, FAILURE, LABEL_RULES, LIVE_RESULT, REMEDY

GOLD_TEXTS = [
    json.loads(line)["text"] for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()
]
MODELS = ["churn", "fraud", "ranking", "demand-forecasting", "speech"]


def test_every_span_is_the_text_it_points_at() -> None:
    for text in GOLD_TEXTS:
        judgement = label_bullet(text)
        spans = [e.span for e in judgement.evidence] + [s.span for s in judgement.signals]
        spans += [getattr(judgement.arc, part) for part in judgement.arc.present()]
        for span in spans:
            assert span.text == text[span.start : span.end], (text, span)
            assert span.text == span.text.strip() and span.text


def test_same_input_same_judgement() -> None:
    bullets = [Bullet(text=text, section="") for text in GOLD_TEXTS[:60]]
    first = [j.model_dump() for j in label_bullets(bullets)]
    again = [label_bullet(text).model_dump() for text in GOLD_TEXTS[:60]]
    assert first == again


@pytest.mark.parametrize("model", MODELS)
def test_deployment_with_real_use_is_shipped(model: str) -> None:
    text = f"Deployed the {model} model to production, serving 4k requests per second."
    assert label_bullet(text).label == "shipped_system"


@pytest.mark.parametrize("model", MODELS)
def test_training_plus_deployment_is_shipped(model: str) -> None:
    text = f"Trained a {model} model (AUC 0.91) and deployed it behind an API used by 300 analysts."
    assert label_bullet(text).label == "shipped_system"


@pytest.mark.parametrize(
    "hedged",
    [
        "Trained a {m} model (AUC 0.91); it was not yet deployed to production.",
        "Trained a {m} model (AUC 0.91) that could be deployed to production.",
        "Trained a {m} model (AUC 0.91); the production launch was postponed.",
        "Built a production-ready {m} model with 0.91 AUC.",
        "Deployed a {m} model to a Streamlit demo for a class project.",
        "Built a proof of concept {m} model, 0.91 AUC in a notebook.",
    ],
)
@pytest.mark.parametrize("model", MODELS[:3])
def test_hedges_and_negations_keep_model_work_out_of_production(hedged: str, model: str) -> None:
    judgement = label_bullet(hedged.format(m=model))
    assert judgement.label == "trained_model"
    assert any(e.weight < 0 and e.points_to == "shipped_system" for e in judgement.evidence)


def test_ruling_out_a_demo_lifts_the_hedge() -> None:
    text = "Not a demo: the {m} model runs in production and handles 60% of requests."
    assert label_bullet(text.format(m="routing")).label == "shipped_system"


@pytest.mark.parametrize(
    "text",
    [
        "Ran the on-call rotation for the payments API; 99.95% availability over two years.",
        "Cut p99 latency of the checkout service from 800 ms to 120 ms with Redis caching.",
        "Built Airflow ETL pipelines ingesting 2 TB/day into the warehouse, with SLA alerts.",
    ],
)
def test_production_software_without_ml_is_shipped(text: str) -> None:
    assert label_bullet(text).label == "shipped_system"


@pytest.mark.parametrize(
    "text",
    [
        "Trained 25 support staff on the new incident process.",
        "Published a paper on low-latency model serving at a systems workshop.",
        "Taught a course on MLOps and production monitoring to 60 students.",
        "Presented the weekly KPI dashboard to the leadership team.",
        "Hired and onboarded six engineers for the platform team.",
    ],
)
def test_people_papers_and_reporting_are_other(text: str) -> None:
    assert label_bullet(text).label == "other"


def test_mentoring_on_production_work_is_never_asserted_as_shipped() -> None:
    # Every production word is what the mentoring was about (the procedure says other), but
    # real resumes that name Kubernetes and production mostly describe shipped work, and the
    # linear labeller sits at the edge of 0.5: at most unsure, with other as the candidate.
    result = label_bullet(
        "Mentored four interns on deploying models to production with Kubernetes."
    )
    assert result.label == "other" or (result.unsure and result.alternative_label == "other")


def test_evidence_names_the_rules_and_why() -> None:
    names = {rule.name for rule in LABEL_RULES}
    judgement = label_bullet("Fine-tuned BERT on support tickets, reaching 0.88 macro-F1 offline.")
    assert judgement.label == "trained_model"
    assert {"training", "model_metric", "offline_evaluation"} <= {
        e.rule for e in judgement.evidence
    }
    assert all(e.rule in names and e.reason for e in judgement.evidence)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in LABEL_RULES]
    assert len(names) == len(set(names))


def test_confidence_is_a_probability_and_grows_with_evidence() -> None:
    weak = label_bullet("Deployed the service.")
    strong = label_bullet(
        "Deployed the service to production on Kubernetes, serving 20k requests per second "
        "at 99.99% uptime for 3M users."
    )
    for judgement in (weak, strong):
        assert 0.0 <= judgement.confidence <= 1.0
    assert strong.confidence > weak.confidence


def test_all_four_arc_parts_are_found() -> None:
    text = (
        "To stop fraud losses for card customers, operated the real-time scoring service; "
        "after drift degraded recall, added weekly retraining and cut chargebacks by 30%."
    )
    arc = label_bullet(text).arc
    assert arc.present() == list(ARC_PARTS)
    assert "drift" in arc.broke.text
    assert "30%" in arc.fix.text


def test_a_bullet_with_no_failure_has_no_broke() -> None:
    arc = label_bullet("Built a REST API in Go serving 50k requests per second.").arc
    assert arc.system is not None and arc.broke is None


def test_signals_are_grouped_by_system_part() -> None:
    text = (
        "Served a PyTorch ranking model on Triton at p99 30 ms for 2M users; AUC 0.81 offline, "
        "Grafana alerts on drift, trained on 40M rows from Kafka."
    )
    signals = label_bullet(text).signals
    parts = [s.system_part for s in signals]
    assert parts == sorted(parts, key=SYSTEM_PARTS.index)
    found = {(s.kind, s.system_part) for s in signals}
    assert {
        ("production_metric", "serving"),
        ("model_metric", "evaluation"),
        ("scale", "serving"),
        ("scale", "data"),
        ("tool", "modeling"),
        ("tool", "monitoring"),
    } <= found


@pytest.mark.parametrize("text", ["", "   ", "—", "Lorem ipsum dolor sit amet."])
def test_empty_or_meaningless_bullets_are_other(text: str) -> None:
    judgement = label_bullet(text)
    assert judgement.label == "other"
    assert judgement.source == "rules"


@pytest.mark.parametrize(
    "text",
    [
        "Completed the Coursera Deep Learning Specialization.",
        "Finished the fast.ai Practical Deep Learning course, training image classifiers.",
        "Udacity Machine Learning Engineer Nanodegree.",
    ],
)
def test_courses_and_certificates_are_other(text: str) -> None:
    assert label_bullet(text).label == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Reduced Snowflake spend by 28% by clustering large tables.",
        "Cut BigQuery costs by 40% by partitioning the event tables.",
        "Lowered spend on the Databricks cluster by $9k a month.",
    ],
)
def test_cost_of_running_infrastructure_is_shipped(text: str) -> None:
    judgement = label_bullet(text)
    assert judgement.label == "shipped_system"
    assert judgement.arc.fix is not None


@pytest.mark.parametrize(
    "text",
    [
        "Raised F1 from 0.81 to 0.88 on the validation set with a larger encoder.",
        "Improved task success in offline evaluation from 62% to 79%.",
        "Fine-tuned a ranker, lifting NDCG@10 by 4 points over the baseline.",
    ],
)
def test_offline_gains_are_not_a_fix(text: str) -> None:
    arc = label_bullet(text).arc
    assert arc.fix is None and arc.broke is None


def test_a_live_metric_moved_is_a_fix_without_a_broke() -> None:
    arc = label_bullet("Cut p99 latency from 180 ms to 60 ms after moving to GPU batching.").arc
    assert arc.fix is not None and "60 ms" in arc.fix.text
    assert arc.broke is None


@pytest.mark.parametrize(
    ("text", "broke"),
    [
        ("Moved summarisation to a queue when long prompts pushed p99 past 9 s.", "pushed p99"),
        ("Capped batch sizes after the GPU pods were OOM-killed twice a week.", "OOM-killed"),
        ("Added input filters after the assistant started leaking system prompts.", "after"),
    ],
)
def test_a_failure_in_production_is_a_broke_and_the_answer_a_fix(text: str, broke: str) -> None:
    arc = label_bullet(text).arc
    assert arc.broke is not None and broke in arc.broke.text
    assert arc.fix is not None


@pytest.mark.parametrize(
    "text",
    [
        "Set up Grafana alerts on latency and drift for the ranking service.",
        "Monitored the claims model for drift with weekly reports.",
        "Built a canary operator with automatic rollback on error-rate regression.",
    ],
)
def test_watching_for_a_failure_is_not_a_broke(text: str) -> None:
    arc = label_bullet(text).arc
    assert arc.broke is None and arc.system is not None


def test_purpose_and_audience_are_the_problem_but_a_model_task_is_not() -> None:
    assert label_bullet("Built a pricing API to stop chargebacks for 2M merchants.").arc.problem
    assert label_bullet("Built a Streamlit app for the underwriting team.").arc.problem
    assert label_bullet("Trained a model to predict churn, 0.84 AUC.").arc.problem is None


@pytest.mark.parametrize(
    "text",
    [
        "Wrote the onboarding documentation for the data platform.",
        "Mentored four interns on deploying models to production.",
        "Presented model results to stakeholders at the monthly review.",
    ],
)
def test_writing_about_or_teaching_a_system_is_not_a_system(text: str) -> None:
    assert label_bullet(text).arc.system is None


@pytest.mark.parametrize(
    ("text", "broke", "fix"),
    [
        (
            "Found and fixed a data-leakage bug in the production feature pipeline that had been "
            "inflating the live model's scores; rolled out the patch and recalibrated thresholds.",
            "a data-leakage bug in the production feature pipeline that had been inflating the "
            "live model's scores",
            "rolled out the patch and recalibrated thresholds",
        ),
        (
            "Debugged a memory leak that crashed the recommendation service nightly; fixed the "
            "connection pool and restored 99.9% uptime.",
            "a memory leak that crashed the recommendation service nightly",
            "fixed the connection pool and restored 99.9% uptime",
        ),
        (
            "After a schema change silently broke the feature pipeline, added data contracts and "
            "freshness alerts.",
            "a schema change silently broke the feature pipeline",
            "added data contracts and freshness alerts",
        ),
        (
            "Errors rising on the inference gateway after a CUDA upgrade – pinned the driver "
            "version and added a canary stage.",
            "Errors rising on the inference gateway after a CUDA upgrade",
            "pinned the driver version and added a canary stage",
        ),
    ],
)
def test_broke_and_fix_spans_cover_the_whole_clause(text: str, broke: str, fix: str) -> None:
    arc = label_bullet(text).arc
    assert arc.broke is not None and arc.broke.text == broke
    assert arc.fix is not None and arc.fix.text == fix


def test_the_system_a_failure_hit_is_the_system() -> None:
    text = "After a schema change silently broke the feature pipeline, added data contracts."
    arc = label_bullet(text).arc
    assert arc.system is not None and "the feature pipeline" in arc.system.text


@pytest.mark.parametrize(
    "text",
    [
        "Trained an uplift model (two-model approach) to target retention offers.",
        "Trained a LightGBM model to prioritise leads for sales reps (AUC 0.79, offline).",
    ],
)
def test_a_purpose_in_other_words_is_the_problem(text: str) -> None:
    assert label_bullet(text).arc.problem is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rebuilt the claims intake service, enabling adjusters' managers to triage by risk.",
        "Moved the catalogue to Elasticsearch, allowing merchandisers' analysts to edit ranks.",
        "Ported the rota tool to React, which let the nursing staff swap shifts on their phones.",
        "Wrote the billing export, helping the accounts team close the month a day earlier.",
        "Automated the returns check, saving warehouse analysts 6 h/week.",
        "Maintained the tariff engine relied on by the energy trading desk.",
        "Our support team relies on the ticket router I built.",
        "Shipped an eligibility API for 40 GP surgeries across Kent.",
        "Cut the recruiting team's screening time by 30% with a resume parser.",
    ],
)
def test_a_benefit_or_a_named_audience_is_the_problem(text: str) -> None:
    assert label_bullet(text).arc.problem is not None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Built a churn dashboard used by the retention call center.",
            "used by the retention call center",
        ),
        ("Built a self-serve deployment tool adopted by 12 teams.", "adopted by 12 teams"),
        ("Maintained the pricing API relied on by the fraud desk.", "relied on by the fraud desk"),
        ("Shipped a demand forecaster serving 300 stores.", "serving 300 stores"),
        ("Built a recommendation service for 30M monthly viewers.", "for 30M monthly viewers"),
        (
            "Built an underwriting assistant used daily by 25 underwriters.",
            "used daily by 25 underwriters",
        ),
        ("Built the model registry for 40 models used across 6 teams.", "used across 6 teams"),
        ("Launched the mobile app's offline mode to 3M users.", "to 3M users"),
        (
            "Recommendations are shown to ~8 million listeners every week.",
            "to ~8 million listeners",
        ),
        (
            "Built a Chrome extension with 5,000 weekly active users.",
            "with 5,000 weekly active users",
        ),
        ("Owner of the feature store (40 teams); on call for it.", "(40 teams)"),
        (
            "Built the dashboard that on-call engineers watch during incidents.",
            "that on-call engineers watch",
        ),
    ],
)
def test_who_used_or_relied_on_the_work_is_the_problem(text: str, problem: str) -> None:
    found = label_bullet(text).arc.problem
    assert found is not None and found.text == problem
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "Built an internal scoring library used by the model to rank leads.",
        "Wrote a feature store client used by Spark jobs and the ranking model.",
        "Trained the ranker for 3 epochs on 8 GPUs.",
        "Ran the ablations for the paper on sparse attention.",
        "Trained a model used by 3 downstream services.",
        "Managed relationships with 15 enterprise clients.",
        "Taught an undergraduate course on machine learning to 120 students.",
        "Deployed the model to 3 regions on EKS.",
        "Re-indexed the catalogue after stale prices were shown to shoppers.",
    ],
)
def test_a_machine_a_task_or_a_class_is_not_an_audience(text: str) -> None:
    assert label_bullet(text).arc.problem is None


@pytest.mark.parametrize(
    "text",
    [
        "Trained a classifier for predicting churn of customers, 0.84 AUC.",
        "Helped the team migrate the build to Bazel.",
        "Responsible for the team's sprint rituals.",
        "On call for 30 Kafka brokers and the schema registry.",
    ],
)
def test_a_task_or_the_author_s_own_team_is_not_the_problem(text: str) -> None:
    assert label_bullet(text).arc.problem is None


@pytest.mark.parametrize(
    ("text", "shows"),
    [
        ("45% fewer failed payments after adding smart retries to the billing service.", "45%"),
        ("Dispute rate on the checkout API dropped from 1.2% to 0.4% after 3-D Secure.", "0.4%"),
        ("Ad server: chargebacks down 22% quarter on quarter.", "22%"),
        ("Ledger sync: failed writes 3.1% → 0.2% after idempotency keys.", "0.2%"),
        ("Conversion rate rose from 2.1% to 2.9% after the new checkout went live.", "2.9%"),
        ("Brought search p95 back under 300 ms by caching facet counts.", "back under"),
        ("Held 99.95% uptime on the booking API through peak season.", "99.95%"),
        ("Kept the nightly settlement batch under its 1-hour window.", "under its"),
        (
            "Replaced the cron jobs with a queue after two missed payroll runs; no repeats since.",
            "since",
        ),
        ("Built a help-centre bot, deflecting ~1,200 tickets a month.", "1,200"),
        ("Rebuilt the deploy tool; rollbacks now take 90 seconds instead of 20 minutes.", "90"),
    ],
)
def test_a_live_result_in_other_words_is_a_fix(text: str, shows: str) -> None:
    fix = label_bullet(text).arc.fix
    assert fix is not None and shows in fix.text


@pytest.mark.parametrize(
    "text",
    [
        "30% fewer errors on the held-out test set after label cleaning.",
        "Quantised the ranker to INT8; could cut serving costs by 40% once approved.",
        "Not yet live: a routing model that would reduce late deliveries by 15%.",
        "Detector now catches 96% of defects on the assembly line.",
    ],
)
def test_an_offline_hedged_or_detection_rate_result_is_not_a_fix(text: str) -> None:
    assert label_bullet(text).arc.fix is None


def test_input_validation_is_not_an_offline_metric() -> None:
    fix = label_bullet("Error rate fell from 2% to 0.5% after adding input validation.").arc.fix
    assert fix is not None


def test_a_failure_prevented_or_heard_about_is_not_a_broke() -> None:
    for text in (
        "Added canary deploys to the web app in order to stop bad releases reaching users.",
        "Alerting for the feed service, so on-call hears about regressions before users do.",
    ):
        assert label_bullet(text).arc.broke is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Taught a workshop on debugging memory leaks in Python to 40 engineers.",
        "Wrote a blog post on common causes of data pipeline failures.",
        "Organised the team's incident-review meetings and kept the minutes.",
        "Served 2M predictions/day from the pricing API with no incidents in 12 months.",
    ],
)
def test_a_failure_talked_about_or_ruled_out_is_not_a_broke(text: str) -> None:
    assert label_bullet(text).arc.broke is None


def test_label_rules_and_arc_share_one_failure_and_one_remedy_vocabulary() -> None:
    rules = {rule.name: rule for rule in LABEL_RULES}
    assert rules["failure_in_service"].pattern is FAILURE is ARC_RULES["broke"]
    assert rules["remedy_applied"].pattern is REMEDY


@pytest.mark.parametrize(
    "text",
    [
        "Stale embeddings in the search index served outdated results; moved refresh to hourly.",
        "API gateway throttled legitimate traffic during a sale; re-tuned rate limits per tenant.",
        "Restored the search index after disk corruption.",
        "Hotfixed a race condition in the order service.",
        "Model was found to be drifting after a pricing change; retrained and recalibrated.",
    ],
)
def test_a_failure_or_remedy_in_a_running_system_is_shipped(text: str) -> None:
    judgement = label_bullet(text)
    assert judgement.label == "shipped_system"
    assert {"failure_in_service", "remedy_applied"} & {e.rule for e in judgement.evidence}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Built a model predicting machine failure from sensor data, 0.87 AUC.", "trained_model"),
        ("Forecasting equipment failures for 40 plants with LSTMs.", "trained_model"),
        ("Gave a talk on outages in distributed systems at PyCon.", "other"),
        ("Wrote up the failure modes analysis in the paper.", "other"),
    ],
)
def test_a_failure_studied_predicted_or_taught_is_not_production(text: str, label: str) -> None:
    judgement = label_bullet(text)
    assert judgement.label == label or (judgement.unsure and judgement.alternative_label == label)
    assert judgement.label != "shipped_system"
    assert judgement.arc.broke is None
    assert "failure_in_service" not in {e.rule for e in judgement.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "The checkout service could be patched to avoid timeouts.",
        "Built a prototype chatbot that hallucinated refund policies.",
        "Fixed a bug in the training loop that caused NaN losses.",
        "Never had an outage on the recommendations API.",
    ],
)
def test_hedged_or_negated_failures_and_remedies_are_not_production(text: str) -> None:
    judgement = label_bullet(text)
    # Never asserted as shipped: a live API named without a failure may leave it unsure.
    assert judgement.label != "shipped_system" or judgement.unsure
    assert not {"failure_in_service", "remedy_applied"} & {e.rule for e in judgement.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Fraud rules engine: chargebacks down 18% quarter on quarter.",
        "30% fewer false declines after moving the card-fraud model onto real-time features.",
        "Automated the weekly stock reconciliation, saving analysts 10 h/week.",
        "Maintaining the clinic-scheduling app for 35 GP surgeries across Yorkshire.",
        "Containerised the legacy billing batch so that ops no longer run it by hand.",
    ],
)
def test_a_live_result_or_real_audience_is_production_evidence(text: str) -> None:
    assert label_bullet(text).label == "shipped_system"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Built a fraud classifier that cut false positives by 25% on the test set.", "trained"),
        ("Trained an XGBoost model that could cut chargebacks by 15% if deployed.", "trained"),
        ("Built a prototype recommender that increased CTR by 8% in simulation.", "trained"),
        ("Negotiated vendor contracts with three cloud providers, saving $250k.", "other"),
        ("Presented a weekly KPI review to 40 managers, saving analysts 5 h a week.", "other"),
    ],
)
def test_offline_hedged_or_people_work_results_are_not_production(text: str, label: str) -> None:
    assert label_bullet(text).label == {"trained": "trained_model", "other": "other"}[label]


def test_a_business_result_of_people_work_is_never_asserted_as_shipped() -> None:
    # Real resumes mostly pair "increasing revenue by 8%" with shipped work, and the linear
    # labeller trained on them leans that way; by the definition it is other, so at most unsure.
    result = label_bullet("Reorganised the sales territories, increasing revenue by 8%.")
    assert result.label == "other" or (result.unsure and result.alternative_label == "other")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Building a model is model work; building what serves it, or a dbt model, is not.
        (
            "Developed a multi-task CNN for weld defects: 97% recall on a held-out lot.",
            "trained_model",
        ),
        (
            "Built a churn model in scikit-learn; findings presented to the CRM team.",
            "trained_model",
        ),
        ("Built financial models in Excel to evaluate two acquisitions.", "trained_model"),
        # 'production' before what runs there, and live use, are production evidence.
        ("Improved production search relevance: NDCG on live click logs +6%.", "shipped_system"),
        (
            "Integrated a triage model into the hospital PACS; live at 4 sites since 2023.",
            "shipped_system",
        ),
        # Engineering words that look like other work.
        ("Led a team of 3 to ship the new feed to 100% of users; +5% retention.", "shipped_system"),
        ("Wrote the onboarding docs for the data team.", "other"),
    ],
)
def test_general_cases_from_an_independent_set(text: str, label: str) -> None:
    assert label_bullet(text).label == label


def test_data_contracts_are_not_business_work() -> None:
    judgement = label_bullet("Introduced data contracts and contract tests for our dbt pipelines.")
    assert "business" not in {e.rule for e in judgement.evidence}
    assert "business" in {e.rule for e in label_bullet("Negotiated vendor contracts.").evidence}


@pytest.mark.parametrize(
    ("text", "broke", "fix"),
    [
        (
            "Nightly billing job: rewrote the joins when runtime ballooned to 14 h; now finishes "
            "in 90 min.",
            "runtime ballooned",
            "now finishes in 90 min",
        ),
        (
            "Retrained the demand forecast after holiday drift pushed production MAPE to 31%; "
            "MAE on live orders fell from 4.1 to 2.9.",
            "drift",
            "",
        ),
        (
            "When inference spend ran away to $80k/month, moved to a smaller model, bringing it "
            "to $9k.",
            "spend ran away",
            "",
        ),
    ],
)
def test_broke_and_fix_in_everyday_wording(text: str, broke: str, fix: str) -> None:
    arc = label_bullet(text).arc
    assert arc.broke is not None and broke in arc.broke.text
    assert arc.fix is not None and fix in arc.fix.text


@pytest.mark.parametrize(
    "result",
    [
        "MAE on live trips fell from 4.1 to 2.7 min",
        "NDCG on live click logs +8%",
        "85% auto-match rate in production",
        "conversion +6% vs a live holdout group",
        "p99 from 420 ms to 95 ms",
        "bringing it to $9k",
        "hallucinated specs fell from 6% to 1.5% of outputs",
        "7 am data SLA met on 99% of days",
        "+3.2% add-to-cart in live test",
        "4X throughput",
        "GPUs in prod from 8 to 3",
        "p99 < 80ms in live",
        "HR ticket volume dropped 28%",
        "AHT down 12%",
        "failed nightly loads went from ~15/month to 2",
    ],
)
def test_live_results_without_the_usual_verbs(result: str) -> None:
    assert LIVE_RESULT.search(result)


@pytest.mark.parametrize(
    "offline", ["AUC from 0.81 to 0.86 on the test set", "recall 0.91 in a 6-month backtest"]
)
def test_offline_results_are_not_live(offline: str) -> None:
    assert not LIVE_RESULT.search(offline)


def test_a_forecast_named_before_a_new_clause_does_not_hide_its_failure() -> None:
    arc = label_bullet("Rebuilt the sales forecast after data drift broke it in March.").arc
    assert arc.broke is not None
    assert label_bullet("Built a model to forecast pump failures 48 h ahead.").arc.broke is None


def test_building_something_for_models_is_not_building_a_model() -> None:
    text = "Built the evaluation workflow for every model release: 1.2k curated prompts."
    assert "training" not in {e.rule for e in label_bullet(text).evidence}
    assert "training" in {e.rule for e in label_bullet("Built a churn model.").evidence}


@pytest.mark.parametrize(
    "text",
    [
        "The Python version fell over at peak on Black Friday.",
        "Noticed a precision drop in prod after the code remapping.",
        "Deployed a load forecast; the forecast drifted badly in the 2022 heatwave.",
        "Failed nightly loads went from 15 a month to 2.",
    ],
)
def test_failures_in_everyday_wording(text: str) -> None:
    assert label_bullet(text).arc.broke is not None


def test_publishing_weights_is_not_deploying() -> None:
    judgement = label_bullet("Fine-tuned Llama-2-7B on MedQA; weights released on Hugging Face.")
    assert judgement.label == "trained_model"


@pytest.mark.parametrize(
    "text",
    [
        "Shipped an Android app for farmers to check daily crop prices; 1M+ downloads.",
        "Led rollout of a claim-summarisation tool to 600 adjusters at a regional insurer.",
        "Deployed a churn model; the retention team uses the scores for weekly outreach.",
    ],
)
def test_audiences_named_in_everyday_wording_are_the_problem(text: str) -> None:
    assert label_bullet(text).arc.problem is not None


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Retrained the spam classifier after precision decayed in prod.", "broke"),
        ("Added a rate limiter after a scraper took down the pricing endpoint.", "broke"),
        ("Migrated 40 DAGs to Dagster; failure pages 85% ↓ (~15/week → 2).", "fix"),
        ("Lakehouse migration Hive → Iceberg; query costs halved.", "fix"),
        ("Brought the failed-transaction rate from 4.1% to 0.6%.", "fix"),
        ("Rebuilt the returns flow; NPS +12 and tickets down a third.", "fix"),
    ],
)
def test_more_everyday_failures_and_results(text: str, part: str) -> None:
    assert getattr(label_bullet(text).arc, part) is not None


def test_managing_the_team_that_delivers_a_system_is_about_the_system() -> None:
    text = "Managed a team of 5 data engineers delivering the lakehouse, used daily by analysts."
    assert label_bullet(text).label == "shipped_system"
    assert label_bullet("Led a data-literacy programme for 500 employees.").label == "other"


def test_non_ascii_text_around_the_keywords_still_matches() -> None:
    """The rules compile with ASCII classes (faster); words beside accents and non-Latin
    scripts still count."""
    text = "Shipped Zoë's ranking service to production in São Paulo, serving 4k requests/s."
    assert label_bullet(text).label == "shipped_system"
    assert label_bullet("Trained a 推荐 model (AUC 0.91) — naïve Bayes baseline.").label == (
        "trained_model"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Built a Flask web app for the Robotics Club to track parts, used by 60 members "
            "each semester.",
            "shipped_system",
        ),
        (
            "Published a Chrome extension that hides promoted posts; 2,000+ weekly active users.",
            "shipped_system",
        ),
        (
            "Implemented a Unix shell and a thread library in C for Operating Systems (CS 162).",
            "trained_model",
        ),
        (
            "Answered 300+ student questions on Piazza as a TA for Intro to Machine Learning.",
            "other",
        ),
        ("President of the Data Science Club; organised 4 hackathons.", "other"),
    ],
)
def test_student_resume_wordings(text: str, label: str) -> None:
    assert label_bullet(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Trained PPO agents in Unity ML-Agents on 30 levels; 92% completion.", "trained_model"),
        ("Trained 40 support agents on the new triage tool.", "other"),
        (
            "Integrated a malware-family classifier into the sandbox triage queue; time to "
            "triage dropped from 40 to 12 minutes.",
            "shipped_system",
        ),
        (
            "Built a document-routing service for the city; in use since March 2024.",
            "shipped_system",
        ),
        (
            "Backtested a price forecaster on 3 years of data; Sharpe 1.8 on paper trades.",
            "trained_model",
        ),
    ],
)
def test_wordings_from_the_seventh_independent_set(text: str, label: str) -> None:
    assert label_bullet(text).label == label


@pytest.mark.parametrize(
    "result",
    [
        "approvals up 14%",
        "+8% weekly practice minutes in an A/B test",
        "+19% picks/hour",
        "deflected 31% of call-center volume",
        "shipped a scan-filter fix",
    ],
)
def test_more_live_results(result: str) -> None:
    assert LIVE_RESULT.search(result)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ran quarterly AI-literacy training for 600 customer-service staff.", "other"),
        ("Wrote the red-team rubric and trained 25 contractors to apply it.", "other"),
        (
            "Token costs for the summarisation feature tripled after launch; introduced "
            "chunking and a per-tenant budget, bringing spend back under $8k/month.",
            "shipped_system",
        ),
        (
            "Built the document-intake pipeline that processes every incoming insurance claim.",
            "shipped_system",
        ),
        ("Run the internal code-review bot on all 1,100 repos.", "shipped_system"),
    ],
)
def test_wordings_from_the_eighth_independent_set(text: str, label: str) -> None:
    assert label_bullet(text).label == label


def test_a_trading_strategy_is_a_model_not_business_work() -> None:
    text = "Backtested an LLM-generated trading-signal strategy on 2019-2024 data; Sharpe 1.4."
    assert label_bullet(text).label == "trained_model"
    assert label_bullet("Defined the company's AI strategy with the board.").label == "other"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Issue 13's examples of what users saw, paraphrased: real use decides over a paper.
        (
            "Water Mains (City Planning): Built and deployed a machine learning system that "
            "ranks city blocks by risk of a main break; featured in the press and published "
            "at KDD.",
            "shipped_system",
        ),
        (
            "Recommendations: Core service for all recommendation systems at Example Co, used "
            "on the homepage; worked on offline training and online serving.",
            "shipped_system",
        ),
        (
            "Introduced an APM tool for distributed tracing and troubleshooting of the "
            "microservices.",
            "shipped_system",
        ),
        ("Wrote the REST API server of a booking app published on Google Play.", "shipped_system"),
        ("Resolved conflicts among residents as a role model and mediator.", "other"),
        # The definition's own examples: built or analysed, never shown in real use.
        ("Built a UNIX-style OS for a course.", "trained_model"),
        ("Analysed survey data in SPSS.", "trained_model"),
        ("Presented the churn analysis to the board.", "other"),
        ("Analysed churn and presented the findings to the board.", "trained_model"),
        ("Built Tableau dashboards that the sales team checks every morning.", "shipped_system"),
        ("Wrote the design doc for moving our ETL to streaming.", "trained_model"),
        ("Mentored two interns through their first on-call shifts.", "other"),
        ("Won 2nd place at a hackathon with a CatBoost forecasting pipeline.", "trained_model"),
    ],
)
@pytest.mark.parametrize("labeller", ["procedure", "linear"])
def test_the_definition_s_examples(text: str, label: str, labeller: LabellerName) -> None:
    assert label_bullet(text, labeller=labeller).label == label


def test_context_is_read_as_a_person_reads_it() -> None:
    text = "Developed the shared calendar feature of the app."
    course = label_bullet(text, section="Projects", section_kind="projects", entry="Course project")
    job = label_bullet(
        text,
        section="Experience",
        section_kind="experience",
        entry="Software Engineer, Example Inc",
    )
    assert (course.label, job.label) == ("trained_model", "shipped_system")
    assert job.context_prior is not None and "Example Inc" in job.context_prior
    assert label_bullet(text).context_prior is None


def test_a_claim_in_a_course_project_is_not_real_use() -> None:
    text = "Deployed the recommender to AWS with Docker and a REST API."
    at_work = label_bullet(text, labeller="procedure")
    in_class = label_bullet(
        text,
        section="Projects",
        section_kind="projects",
        entry="CS 4780, Example University",
        labeller="procedure",
    )
    assert (at_work.label, in_class.label) == ("shipped_system", "trained_model")
    served = "Deployed the recommender to AWS; 3,000 students use it every week."
    assert (
        label_bullet(
            served, section="Projects", section_kind="projects", labeller="procedure"
        ).label
        == "shipped_system"
    )


@pytest.mark.parametrize("labeller", ["procedure", "linear"])
def test_unsure_judgements_name_the_runner_up(labeller: LabellerName) -> None:
    for text in GOLD_TEXTS[:80]:
        judgement = label_bullet(text, labeller=labeller)
        assert judgement.alternative_label not in (None, judgement.label)
        assert judgement.unsure == (judgement.confidence < UNSURE_BELOW)
        assert 0.0 < judgement.confidence <= 1.0


@pytest.mark.parametrize(
    ("section", "kind", "text"),
    [
        ("Summary", "summary", "Eleven years building and operating ML platforms with on-call."),
        (
            "Talks & Writing",
            "other",
            "Speaker, SREcon 2022: What model serving taught us about SLOs.",
        ),
        ("Awards", "other", "Hackathon winner, 2022"),
        ("Skills", "skills", "Kubernetes, Terraform, Airflow, on-call tooling"),
    ],
)
def test_statements_and_credits_sections_hold_other(section: str, kind: str, text: str) -> None:
    judgement = label_bullet(text, section=section, section_kind=kind)  # type: ignore[arg-type]
    # A credit, or, where real resumes list the work that won it under the same heading
    # ("Awards: built ..."), unsure with the credit as the other candidate.
    assert judgement.label == "other" or (
        judgement.unsure and judgement.alternative_label == "other"
    )
    assert judgement.context_prior is not None and section in judgement.context_prior


PLACED = [
    (
        "Maintenance des serveurs de messagerie de l’entreprise.",
        ("Expérience professionnelle", "experience", "Ingénieur systèmes, Exemple SA"),
        "shipped_system",
    ),
    (
        "Desarrollo de la API de pagos para la tienda en línea.",
        ("Experiencia", "experience", "Desarrollador backend, Ejemplo SL"),
        "shipped_system",
    ),
    (
        "Entwicklung einer Absatzprognose für den Onlineshop.",
        ("Projekte", "projects", "Studienprojekt, Beispiel Hochschule"),
        "trained_model",
    ),
    (
        "Análisis de datos de encuestas con SPSS.",
        ("Investigación", "other", "Becario de investigación, Universidad Ejemplo"),
        "trained_model",
    ),
    (
        "Served customers at the till and handled refunds.",
        ("Experience", "experience", "Cashier — Example Market"),
        "other",
    ),
    (
        "Taught the weekly lab sessions on databases.",
        ("Experience", "experience", "Teaching Assistant, Example University"),
        "other",
    ),
    # Languages the labeller learned no words of but reads through its word lists.
    (
        "Wdrożyłam model rekomendacji na produkcję, obsługujący 2 mln użytkowników dziennie.",
        ("Doświadczenie zawodowe", "experience", "Inżynier ML – Przykład, Kraków"),
        "shipped_system",
    ),
    (
        "Wytrenowałam model klasyfikacji obrazów na zbiorze ImageNet.",
        ("Projekty", "projects", "Projekt na studia"),
        "trained_model",
    ),
]


@pytest.mark.parametrize(("text", "place", "label"), PLACED)
@pytest.mark.parametrize("labeller", ["procedure", "linear"])
def test_the_role_and_place_decide_in_any_language(
    text: str, place: tuple[str, str, str], label: str, labeller: LabellerName
) -> None:
    """Real bullets rarely say "production": work at an employer in a technical role ran for
    real, the same work in a course did not, and a cashier's or a teacher's duties are other."""
    section, kind, entry = place
    judgement = label_bullet(
        text,
        section=section,
        section_kind=kind,
        entry=entry,
        labeller=labeller,  # type: ignore[arg-type]
    )
    assert judgement.label == label


def test_a_library_on_a_registry_with_no_word_of_its_users_is_a_close_call() -> None:
    """Released on a registry is evidence of real use to the procedure's open-source step; the
    annotators of real resumes often wanted a sign of users too, and the linear labeller,
    trained on their gold, weighs the two near even (it read shipped until rounds 34 and 35
    joined its training). Either way the other label is the one the report offers beside it."""
    text = "Rust library for sparse matrices with a small, fast API."
    place = {"section": "Projects", "section_kind": "projects", "entry": "sparsemat | crates"}
    assert label_bullet(text, **place, labeller="procedure").label == "shipped_system"
    linear = label_bullet(text, **place, labeller="linear")
    assert {linear.label, linear.alternative_label} == {"shipped_system", "trained_model"}
    assert linear.confidence < 0.6


def test_the_same_words_change_label_with_the_role() -> None:
    text = "Designed the checkout page of the web shop in React."
    job = label_bullet(
        text, section="Experience", section_kind="experience", entry="Frontend Developer | X Ltd"
    )
    course = label_bullet(
        text, section="Projects", section_kind="projects", entry="Course project, X University"
    )
    assert (job.label, course.label) == ("shipped_system", "trained_model")
    assert job.context_prior is not None and "Frontend Developer" in job.context_prior


def test_a_bullet_is_read_with_what_its_role_says_elsewhere() -> None:
    """A role whose one bullet says the work ran for real tells a reader about the others; a
    bullet of the next role, or the same text alone, is not told."""
    from prodgap.label import read_bullets

    role = "Backend Engineer | Tern Labs"
    bullets = [
        Bullet(
            text="Launched the booking service, used by 40 clinics every day.",
            section="Work",
            section_kind="experience",
            entry=role,
        ),
        Bullet(
            text="Wrote the appointment reminder module.",
            section="Work",
            section_kind="experience",
            entry=role,
        ),
        Bullet(
            text="Wrote the appointment reminder module.",
            section="Work",
            section_kind="experience",
            entry="Intern | Harbour Analytics",
        ),
    ]
    readings = read_bullets(bullets)
    assert [r.context.entry_in_use for r in readings] == [False, True, False]
    assert "entry_in_use" in readings[1].context.cues
    assert "entry_in_use" not in read_bullets(bullets[1:2])[0].context.cues


def test_the_eval_judge_reads_the_bullets_in_order_when_given_them_first() -> None:
    from prodgap.evals.labels import RulesJudge

    bullets = [
        Bullet(
            text="Launched the booking service, used by 40 clinics every day.",
            section="Work",
            section_kind="experience",
            entry="Backend Engineer | Tern Labs",
        ),
        Bullet(
            text="Wrote the appointment reminder module.",
            section="Work",
            section_kind="experience",
            entry="Backend Engineer | Tern Labs",
        ),
    ]
    judge = RulesJudge()
    judge.prefetch(bullets)
    assert [judge(b) for b in bullets] == label_bullets(bullets)
