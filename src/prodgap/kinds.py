"""What a bullet is about, and where the work was done: the two facts advice is fitted to.

``classify_work`` reads the kind of system a bullet describes (a model, a data pipeline, a
service, infrastructure, firmware, an analysis, an app feature, research) from its words and
signals, so that questions fit the work: firmware is asked about devices, not drift.
``work_setting`` reads whether the work was done outside a job (a course, a personal project, a
hackathon, research, a thesis, a prototype), so that unshipped work gets the honest frame (who
tried it, what it would take to ship, what you learned) instead of a production claim to fill.

Both are tables of words, read in order; neither changes the label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from prodgap.models import Judgement, Setting, WorkKind
from prodgap.regex_cache import PATTERNS, compile_pattern

_WORD = r"(?<![\w-])(?:{})(?![\w-])"


def _rx(*terms: str, case: bool = False) -> re.Pattern[str]:
    flags = 0 if case else re.IGNORECASE
    return compile_pattern(_WORD.format("|".join(terms)), flags)


KIND_TERMS: tuple[tuple[WorkKind, re.Pattern[str], float], ...] = (
    (
        "firmware",
        _rx(
            r"firmware",
            r"embedded",
            r"micro-?controllers?",
            r"bare[- ]metal",
            r"Arduino",
            r"Raspberry Pi",
            r"STM32",
            r"ESP32",
            r"Verilog",
            r"VHDL",
            r"SystemVerilog",
            r"bootloaders?",
            r"device drivers?",
            r"drivers? for",
            r"kernels?(?! (?:trick|method))",
            r"operating systems?",
            r"UNIX-style",
            r"compilers?",
            r"interpreters?",
            r"sensors?",
            r"actuators?",
            r"robots?",
            r"robotics?",
            r"drones?",
            r"Bluetooth Low Energy",
            r"CAN bus",
            r"PCB(?: layout)?s?",
            r"signal processing",
            r"DSP",
            r"Jetson",
            r"edge devices?",
            r"on-device",
            r"IoT",
            r"wearables?",
        ),
        1.5,
    ),
    (
        "firmware",
        _rx(
            r"OS",
            r"MCUs?",
            r"RTOS",
            r"FPGAs?",
            r"BLE",
            r"I2C",
            r"SPI",
            r"UART",
            r"PLCs?",
            r"ECUs?",
            r"ROS2?",
            case=True,
        ),
        1.5,
    ),
    (
        "model",
        _rx(
            r"ML",
            r"AI",
            r"machine[- ]learning",
            r"deep[- ]learning",
            r"neural(?: net\w*)?",
            r"classifiers?",
            r"classification",
            r"regressors?",
            r"XGBoost",
            r"LightGBM",
            r"CatBoost",
            r"random forests?",
            r"gradient[- ]boost\w*",
            r"transformers?",
            r"BERT",
            r"GPT[\w.-]*",
            r"LLMs?",
            r"language models?",
            r"fine-?tun\w*",
            r"embeddings?",
            r"CNNs?",
            r"RNNs?",
            r"LSTMs?",
            r"computer vision",
            r"NLP",
            r"recommend\w*",
            r"rank(?:ing|er)",
            r"predict\w*",
            r"forecast(?:ing)? models?",
            r"PyTorch",
            r"TensorFlow",
            r"Keras",
            r"scikit-learn",
            r"sklearn",
            r"Hugging ?Face",
            r"LoRA",
            r"RAG",
            r"retrieval",
            r"diffusion",
            r"reinforcement learning",
            r"detection model",
            r"object detection",
            r"segmentation model",
            r"trained",
            r"training",
            r"retrain\w*",
            r"pre-?train\w*",
            r"inference",
            r"k-means",
            r"clustering",
            r"anomaly detection",
        ),
        1.0,
    ),
    (
        "model",
        compile_pattern(
            r"(?<!role )(?<!business )(?<!operating )(?<!on-call )(?<!data )"
            r"(?<!3D )(?<!delivery )(?<!staffing )(?<!support )(?<!pricing )"
            r"\bmodel(?:s|ing|ling)?\b(?! (?:for (?:the )?team|employee))",
            re.IGNORECASE,
        ),
        1.0,
    ),
    (
        "data_pipeline",
        _rx(
            r"(?:data|feature|ingestion|event|streaming|ETL|ELT|training|ML|log) pipelines?",
            r"ETL",
            r"ELT",
            r"data warehouses?",
            r"warehouse tables",
            r"data lakes?",
            r"lakehouse",
            r"Airflow",
            r"Dagster",
            r"Prefect",
            r"dbt",
            r"Spark",
            r"PySpark",
            r"Kafka",
            r"Kinesis",
            r"Flink",
            r"Beam",
            r"Snowflake",
            r"BigQuery",
            r"Redshift",
            r"Databricks",
            r"Hadoop",
            r"Hive",
            r"ingest\w*",
            r"CDC",
            r"Debezium",
            r"feature stores?",
            r"streaming",
            r"batch jobs?",
            r"backfill\w*",
            r"schemas?",
            r"data quality",
            r"data contracts?",
            r"data models?",
            r"DAGs?",
            r"Iceberg",
            r"Delta Lake",
            r"data platform",
            r"events? a day",
            r"scrap(?:er|ers|ing)",
        ),
        1.0,
    ),
    (
        "data_pipeline",
        compile_pattern(
            r"(?<!sales )(?<!talent )(?<!hiring )(?<!recruiting )(?<!deal )(?<!CI/CD )(?<!CI )"
            r"(?<!deployment )(?<!release )\bpipelines?\b(?! (?:of|worth) (?:deals|\$|leads))",
            re.IGNORECASE,
        ),
        0.5,
    ),
    (
        "service",
        _rx(
            r"APIs?",
            r"REST(?:ful)?",
            r"gRPC",
            r"GraphQL",
            r"micro-?services?",
            r"web services?",
            r"back-?ends?",
            r"endpoints?",
            r"FastAPI",
            r"Flask",
            r"Django",
            r"Spring(?: Boot)?",
            r"Node(?:\.js)?",
            r"Express",
            r"webhooks?",
            r"message queues?",
            r"RabbitMQ",
            r"Celery",
            r"requests? (?:a|per) (?:second|minute|day)",
            r"QPS",
            r"RPS",
            r"latency",
            r"caching",
            r"caches?",
            r"search (?:service|engine)",
            r"Elasticsearch",
        ),
        1.0,
    ),
    (
        "service",
        compile_pattern(
            r"(?<!customer )(?<!client )(?<!military )(?<!community )(?<!food )(?<!field )"
            r"\bservices?\b(?! (?:to|for) (?:clients|customers|members|the community))",
            re.IGNORECASE,
        ),
        0.5,
    ),
    (
        "infrastructure",
        _rx(
            r"infrastructure",
            r"infra",
            r"Kubernetes",
            r"K8s",
            r"Terraform",
            r"Ansible",
            r"Helm",
            r"Docker",
            r"containers?",
            r"clusters?",
            r"CI/CD",
            r"CI",
            r"cloud",
            r"AWS",
            r"GCP",
            r"Azure",
            r"EC2",
            r"S3",
            r"Lambda",
            r"serverless",
            r"on-?call",
            r"SRE",
            r"incidents?",
            r"outages?",
            r"observability",
            r"monitoring",
            r"Prometheus",
            r"Grafana",
            r"Datadog",
            r"PagerDuty",
            r"alert(?:s|ing)",
            r"load balanc\w*",
            r"networks?",
            r"networking",
            r"Linux",
            r"provision\w*",
            r"autoscal\w*",
            r"capacity planning",
            r"migrat\w*",
            r"platform",
            r"Slurm",
            r"VMs?",
            r"virtual machines?",
            r"uptime",
            r"SLOs?",
            r"SLAs?",
            r"disaster recovery",
            r"backups?",
            r"runbooks?",
            r"deploy(?:ment)? pipelines?",
            r"release process",
            r"GPUs?",
            r"servers?",
            r"DevOps",
            r"MLOps",
            r"registry",
        ),
        1.0,
    ),
    (
        "analysis",
        _rx(
            r"analy[sz]\w*",
            r"dashboards?",
            r"reports?",
            r"reporting",
            r"Tableau",
            r"Power ?BI",
            r"Looker",
            r"Excel",
            r"SQL",
            r"statistic\w*",
            r"A/B tests?",
            r"surveys?",
            r"SPSS",
            r"Stata",
            r"insights?",
            r"KPIs?",
            r"visuali[sz]\w*",
            r"cohorts?",
            r"attribution",
            r"causal",
            r"hypothes[ie]s",
            r"queries",
            r"metrics? definitions?",
            r"spreadsheets?",
            r"findings",
            r"forecasts?",
        ),
        1.0,
    ),
    ("analysis", _rx(r"R", r"EDA", case=True), 1.0),
    (
        "app_feature",
        _rx(
            r"apps?",
            r"web applications?",
            r"mobile applications?",
            r"mobile",
            r"iOS",
            r"Android",
            r"React(?: Native)?",
            r"Vue",
            r"Angular",
            r"Flutter",
            r"Swift",
            r"Kotlin",
            r"front-?ends?",
            r"UI",
            r"UX",
            r"user interfaces?",
            r"web ?sites?",
            r"web pages?",
            r"checkout",
            r"product features?",
            r"user-facing",
            r"browser",
            r"extensions?",
            r"plugins?",
            r"games?",
            r"Unity",
            r"Unreal",
            r"e-?commerce",
            r"WordPress",
            r"Shopify",
            r"landing pages?",
            r"onboarding flow",
            r"screens?",
            r"chatbot",
            r"bots?",
            r"widgets?",
            r"JavaScript",
            r"TypeScript",
            r"HTML",
            r"CSS",
            r"SDKs?",
            r"librar(?:y|ies)",
            r"packages?",
            r"CLI",
            r"command-line tools?",
            r"tools?",
        ),
        1.0,
    ),
    (
        "research",
        _rx(
            r"research\w*",
            r"papers?",
            r"publications?",
            r"published",
            r"thesis",
            r"dissertation",
            r"stud(?:y|ies|ied)",
            r"experiments?",
            r"ablations?",
            r"novel",
            r"state[- ]of[- ]the[- ]art",
            r"SOTA",
            r"benchmark\w*",
            r"simulat\w*",
            r"theor\w*",
            r"proofs?",
            r"literature",
            r"investigat\w*",
            r"explor\w*",
        ),
        1.0,
    ),
)
"""Words that say what a bullet is about, with their weight; a kind scores its distinct words."""

KIND_ORDER: tuple[WorkKind, ...] = (
    "firmware",
    "model",
    "data_pipeline",
    "infrastructure",
    "service",
    "app_feature",
    "analysis",
    "research",
)
"""Ties go to the more specific kind: firmware questions fit firmware better than generic ones."""

KIND_CAP = 4.0
"""No kind scores more than this, so one long list of tools cannot outvote the main action."""

HEAD_WEIGHT = 3.0
"""Words in the bullet's main clause (its action and object) count this many times: "Built the
feature store that serves the ranking model" is about a feature store, not a model."""
HEAD_END = compile_pattern(
    r"[,;:(–—]|\s(?:which|that|when|after|while|so|using|with|by|to|for|from|and|via|on|"
    r"in|at)\s",
    re.IGNORECASE,
)
"""Where the main clause ends: the first comma, bracket, or word that starts what follows."""
LEADING_CLAUSE = compile_pattern(r"^(?:when|after|as|following|once|while|since)\b[^,]*,\s*", re.I)
TITLE_LEAD = compile_pattern(r"^[^:.;]{2,40}:\s+")
"""A "Recommendations: built ..." title, left out of the main clause."""

MODEL_SIGNAL = 1.0
"""Extra weight for a model metric (accuracy, F1, AUC): the work is a model."""

SETTING_TERMS: tuple[tuple[Setting, re.Pattern[str]], ...] = (
    (
        "hackathon",
        _rx(
            r"hackathons?",
            r"datathons?",
            r"game jam",
            r"hack ?(?:week|day)",
            r"hack-?a-?thon",
            r"Devpost",
        ),
    ),
    (
        "competition",
        _rx(r"Kaggle", r"competitions?", r"challenge (?:entry|submission)", r"leaderboard"),
    ),
    (
        "thesis",
        _rx(
            r"thesis",
            r"dissertation",
            r"master'?s project",
            r"final[- ]year project",
            r"senior project",
            r"honou?rs project",
            r"capstone",
        ),
    ),
    (
        "course",
        _rx(
            r"course(?:work)?",
            r"class project",
            r"for (?:a|my|the) class",
            r"semester",
            r"assignments?",
            r"term project",
            r"final project",
            r"academic project",
            r"school project",
            r"university project",
            r"module project",
            r"(?:CS|CSE|COMP|EECS|ECE|INFO|STAT|MATH|6\.)\s?-?\d{3,4}",
            r"bootcamp",
            r"MOOC",
            r"Coursera",
            r"Udacity",
            r"nanodegree",
        ),
    ),
    (
        "prototype",
        compile_pattern(
            r"\b(?:prototyp\w*|proof[- ]of[- ]concept|PoC|POC|demo(?:ed|s)?|MVP|"
            r"not (?:yet )?(?:been )?(?:deployed|shipped|launched|released|in production|live)|"
            r"never (?:deployed|shipped|launched|released|used|went live)|"
            r"planned (?:launch|deployment|rollout)|"
            r"(?:launch|deployment|rollout|release|go-live) (?:is |was |has been )?(?:planned|"
            r"pending|postponed|scheduled|delayed|on hold|cancel+ed|shelved)|"
            r"pending (?:deployment|launch)|shelved|handed (?:over|off) to|hand-?off to|"
            r"for (?:possible|potential|future) (?:integration|deployment|use|adoption)|"
            r"production-ready|ready to deploy|ready for (?:deployment|production))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "research",
        _rx(
            r"research (?:project|assistant|intern(?:ship)?|lab|group|scientist intern)",
            r"graduate research(?:er)?",
            r"undergraduate research(?:er)?",
            r"PhD",
            r"Ph\.D\.?",
            r"postdoc\w*",
            r"REU",
            r"laborator(?:y|ies)",
            r"lab",
            r"research",
        ),
    ),
    (
        "personal",
        _rx(
            r"personal(?: project)?",
            r"side[- ]projects?",
            r"hobby",
            r"for fun",
            r"weekend project",
            r"self-directed",
            r"independent project",
        ),
    ),
)
"""Words that say the work was done outside a job, most specific first."""

STUDENT_PLACES = _rx(
    r"university",
    r"college",
    r"school",
    r"institute of technology",
    r"universit\w+",
    r"polytechnic",
    r"academy",
)
"""A role heading at a school is research or coursework unless it names a job."""
JOB_AT_SCHOOL = _rx(
    r"engineer",
    r"developer",
    r"administrator",
    r"analyst",
    r"manager",
    r"technician",
    r"intern(?:ship)?",
)

NOT_SHIPPED_RULES = frozenset({"negated_production", "hedged_production", "lab_setting"})
"""Rules engine evidence that a bullet's work stayed a prototype; read as the prototype setting."""


def classify_work(text: str, judgement: Judgement | None = None) -> WorkKind:
    """What the bullet is about: the kind whose words (and signals) weigh most, or "other"."""
    scores = dict.fromkeys(KIND_ORDER, 0.0)
    head_start, head_end = _main_clause(text)
    could_match = PATTERNS.possible(text)
    for kind, pattern, weight in KIND_TERMS:
        if not could_match(pattern):
            continue  # none of its words is in the text: it adds nothing
        words: dict[str, float] = {}
        for m in pattern.finditer(text):
            in_head = head_start <= m.start() < head_end
            word = m.group().casefold()
            words[word] = max(words.get(word, 0.0), HEAD_WEIGHT if in_head else 1.0)
        scores[kind] += weight * sum(words.values())
    if judgement is not None and any(s.kind == "model_metric" for s in judgement.signals):
        scores["model"] += MODEL_SIGNAL
    best = max(KIND_ORDER, key=lambda k: (min(scores[k], KIND_CAP), -KIND_ORDER.index(k)))
    return best if scores[best] > 0 else "other"


def _main_clause(text: str) -> tuple[int, int]:
    """Where the bullet's main clause lies: after a title or a leading "When ..., ", up to the
    first break."""
    start = 0
    for lead in (TITLE_LEAD, LEADING_CLAUSE):
        if m := lead.match(text, start):
            start = m.end()
    end = HEAD_END.search(text, start + 1)
    return start, end.start() if end else len(text)


def work_setting(
    text: str,
    judgement: Judgement | None = None,
    *,
    entry: str | None = None,
    section: str | None = None,
    section_kind: str | None = None,
) -> Setting | None:
    """Where work outside a job was done, from the bullet, then its role and section headings."""
    found = _setting_in(text)
    if found is None and judgement is not None:
        if any(e.rule in NOT_SHIPPED_RULES for e in judgement.evidence):
            found = "prototype"
    if found is None and entry:
        found = _heading_setting(entry)
        if found is None and STUDENT_PLACES.search(entry) and not JOB_AT_SCHOOL.search(entry):
            found = "course" if section_kind in ("projects", "education") else "research"
    if found is None and section:
        found = _heading_setting(section)
    if found is None and section_kind == "education":
        found = "course"
    if found is None and section_kind == "projects":
        found = "personal"
    return found


@lru_cache(maxsize=256)
def _heading_setting(heading: str) -> Setting | None:
    """The setting a role or section heading names, remembered: every bullet under it asks."""
    return _setting_in(heading, headings=True)


def _setting_in(text: str, *, headings: bool = False) -> Setting | None:
    """The first setting whose words the text uses; a heading cannot say "prototype"."""
    could_match = PATTERNS.possible(text)
    for setting, pattern in SETTING_TERMS:
        if headings and setting == "prototype":
            continue
        if could_match(pattern) and pattern.search(text):
            return setting
    return None
