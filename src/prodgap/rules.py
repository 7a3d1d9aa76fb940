"""The rules engine's tables: named patterns with the label they argue for, a weight and a reason.

Three kinds of label rule:

- a *cue* argues for a label wherever it matches; a cue marked ``claim`` only says that
  something went to production ("deployed", "production API") and is cheap to write;
- a *proof* cue is a cue that shows real use (users, traffic, on-call, an SLO); hedges leave it;
- a *modifier* (negation, hedge, "trained 40 staff") cancels the cues it argues against: a hedge
  against production cancels the production cues it overlaps and every claim in its clause, so
  "not yet deployed" and "deployed for a class demo" stop counting; a modifier for a label
  cancels the other labels' cues it overlaps ("trained" in "trained 40 staff").

Where cues for different labels overlap, the longest explains the words: "canary analysis"
is not "analysis".

label.py adds the weights per label and decides; nothing here runs code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prodgap.models import ArcPart, Label, SignalKind, SystemPart

SHIPPED: Label = "shipped_system"
TRAINED: Label = "trained_model"
OTHER: Label = "other"

PRODUCTION_BAR = 2.5
"""Production weight a bullet needs, after hedges, to count as shipped."""
OTHER_PRIOR = 1.0
"""Head start for ``other``: a bullet with no evidence at all is not ML and not production."""
LEAD_FACTOR = 2.0
"""A lead rule that matches the bullet's first verb names the work itself, so it counts double."""

LEAD_PREFIX = re.compile(
    r"^\W*(?:[^:;,.]{1,40}:\s*|[^:;,.]{1,30},[^:;,.]{1,30}:\s*)?"
    r"(?:(?:responsible for|helped(?: to)?|worked on|contributed to|assisted (?:in|with)|"
    r"successfully)\s+)?",
    re.IGNORECASE,
)
"""What may come before the lead verb: a "Project:" style label, "Responsible for", "Helped"."""

CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]]|\s[–—-]\s|\bbut\b|\bthen\b|\bwhile\b", re.IGNORECASE)
"""Where a hedge's reach ends."""


@dataclass(frozen=True)
class Rule:
    """A named pattern that argues for a label."""

    name: str
    points_to: Label
    weight: float
    reason: str
    pattern: re.Pattern[str]
    lead: bool = False
    claim: bool = False
    modifier: bool = False


def _rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives as whole words (edges may be any character), case-insensitive."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


_NUM = r"~?\d[\d,.]*\s*(?:[kmb]\b|thousand|million|billion|bn)?\+?"
_PER = (
    r"(?:/|per\s+|an?\s+|each\s+|every\s+)"
    r"(?:s|sec|second|min|minute|h|hr|hour|day|week|month|year)"
)
_PERIODIC = r"(?:daily|weekly|monthly|nightly|hourly|yearly|annually)"
_EVENTS = (
    r"(?:requests?|reqs?|queries|calls|transactions|events|messages|orders|pushes|uploads|pages|"
    r"tickets|predictions|inferences|documents|articles|reads|writes|jobs|records|rows|chats|"
    r"trips|emails|images|payments|searches|sessions|visits|visitors|uses|decisions|loads)"
)
_PEOPLE_SERVED = (
    r"(?:users|customers|merchants|listeners|subscribers|employees|clinicians|visitors|reps|"
    r"drivers|riders|patients|players|advertisers|sellers|buyers|underwriters|DAUs?|"
    r"MAUs?|accounts|tenants|businesses|shoppers|guests|learners|readers|viewers|creators|"
    r"developers|hosts|travell?ers|households|homes|vehicles|partners|brands|restaurants|"
    r"doctors|nurses|teachers|citizens|borrowers|policyholders|applicants|callers)"
)
_PLACES = r"(?:devices|hospitals|stores|schools|sites|regions|countries|markets|branches)"
_TAUGHT = (
    r"(?:new hires|new joiners|staff|people|employees|engineers|analysts|students|interns|"
    r"colleagues|teammates|the team|teams|managers|clinicians|nurses|volunteers|"
    r"(?:\w+\s)?(?:staff|reps|agents|team|teams|engineers|analysts))"
)

LABEL_RULES: tuple[Rule, ...] = (
    # --- production: claims ---------------------------------------------------------------
    Rule(
        "deployed",
        SHIPPED,
        3.0,
        "says the work went out to real use (deployed, shipped, launched, rolled out)",
        _rx(
            r"(?:re-?)?deploy(?:ed|ing|s)?",
            r"ship(?:ped|ping|s)",
            r"launch(?:ed|ing|es)?",
            r"roll(?:ed|ing|s)?[ -]?out",
            r"roll(?:ed|ing|s)? (?:it|them|this|these|\w+) out",
            r"released",
            r"productioni[sz](?:ed|ing)",
            r"industriali[sz](?:ed|ing)",
            r"went live",
            r"go(?:es)?[ -]live",
            r"put (?:it |them )?into production",
            r"put (?:\w+ ){1,3}?(?:behind|in front of) (?:an? |the )?(?:API|endpoint|service)",
        ),
        lead=True,
        claim=True,
    ),
    Rule(
        "in_production",
        SHIPPED,
        3.0,
        "places the work in production or on live traffic",
        _rx(
            r"in production",
            r"reach(?:es|ed|ing)? production",
            r"(?:to|into|on|for|across) (?:the )?(?:production|prod)",
            r"production[ ](?:traffic|services?|systems?|models?|hosts|servers|clusters?|"
            r"chatbot|endpoints?|environment|databases?|rollout|deployment|launch|calls|apps?|"
            r"pipelines?|workloads?|issues|bugs|errors|data)",
            r"(?:is|are|went|now|still|stays) live",
            r"live (?:\w+ )?(?:traffic|calls|service|model|system|users|site|environment|"
            r"recommendation service|trading engine|chats)",
            r"real(?:-world)? (?:users|traffic|customers|requests)",
        ),
        claim=True,
    ),
    Rule(
        "deployment_practice",
        SHIPPED,
        2.0,
        "talks about how releases reach users (deployments, CI/CD, releases)",
        _rx(
            r"deployments?",
            r"CI/CD",
            r"continuous (?:delivery|deployment|integration)",
            r"releases?",
            r"release train",
            r"time-to-production",
            r"model[- ]registry",
            r"(?:automated|scheduled|continuous) retraining",
            r"auto-?promot\w+",
        ),
        claim=True,
    ),
    Rule(
        "service_interface",
        SHIPPED,
        1.5,
        "names a service or API other systems call",
        _rx(
            r"(?:REST|gRPC|GraphQL|HTTP|public|internal)?\s?APIs?",
            r"endpoints?",
            r"micro-?services?",
            r"services?",
            r"gRPC",
            r"web ?sockets?",
            r"gateway",
            r"workers?",
            r"servers?",
            r"svc",
        ),
        claim=True,
    ),
    Rule(
        "serving_stack",
        SHIPPED,
        1.5,
        "names infrastructure that runs software for real (containers, clusters, cloud serving)",
        _rx(
            r"Kubernetes",
            r"K8s",
            r"GKE|EKS|ECS|EC2|AKS",
            r"Docker",
            r"containeri[sz](?:ed|ing)",
            r"Terraform(?:ed)?",
            r"serverless",
            r"Lambda",
            r"autoscal\w+",
            r"load[- ]balanc\w+",
            r"Triton",
            r"vLLM",
            r"TorchServe",
            r"BentoML",
            r"Ray Serve",
            r"SageMaker",
            r"Vertex AI",
            r"Azure ML",
            r"Seldon",
            r"KServe",
            r"FastAPI",
            r"Flask",
            r"Redis",
            r"PgBouncer",
            r"(?:read )?replicas",
            r"Graviton",
            r"spot instances",
            r"GPU (?:node pools|servers|fleet|cluster)",
            r"inference (?:cluster|platform|service|pods?|servers?)",
            r"edge devices",
            r"Heroku",
            r"Helm(?: charts)?",
            r"\d+-node",
            r"Elasticsearch|OpenSearch|Cassandra|MongoDB|MySQL|DynamoDB|Postgres(?:QL)?",
            r"Ray",
            r"Kubeflow",
            r"batch (?:inference|scoring)",
            r"inference (?:pods?|workers?|jobs?)",
        ),
        claim=True,
    ),
    Rule(
        "data_pipeline",
        SHIPPED,
        1.5,
        "names a data pipeline that feeds other systems",
        _rx(
            r"ETL",
            r"ELT",
            r"CDC",
            r"Airflow",
            r"DAGs?",
            r"dbt",
            r"Kafka",
            r"Kinesis",
            r"Flink",
            r"Debezium",
            r"Spark",
            r"Databricks",
            r"Snowflake",
            r"BigQuery",
            r"Redshift",
            r"lakehouse",
            r"warehouse",
            r"data loads",
            r"ingest(?:ed|ing|ion)",
            r"backfill(?:ed|ing|s)?",
            r"replicat(?:ed|ing)",
            r"stream(?:ed|ing)",
            r"feature (?:store|pipeline)",
            r"schema registry",
            r"(?:batch|streaming|data|events?) pipelines?",
            r"cron(?: ?jobs)?",
            r"CronJobs",
        ),
        claim=True,
    ),
    Rule(
        "ownership",
        SHIPPED,
        1.5,
        "says the work was owned and kept running, not only built",
        _rx(
            r"owned",
            r"maintain(?:ed|ing|s)?",
            r"operat(?:ed|ing)",
            r"migrat(?:ed|ing|ion)",
            r"scaled",
            r"decommission(?:ed|ing)",
            r"retir(?:ed|ing)",
            r"hardened",
            r"patched",
            r"hot-?fix(?:ed|es)?",
            r"upgrad(?:ed|ing)",
            r"rewr(?:ote|iting|ite)",
            r"ported",
            r"end to end",
            r"end-to-end",
        ),
        claim=True,
    ),
    Rule(
        "latency_and_throughput",
        SHIPPED,
        2.0,
        "reports a serving metric (latency, percentile, throughput, cold start)",
        _rx(
            r"p(?:50|90|95|99|999)(?: latency)?",
            r"latenc(?:y|ies)",
            r"response times?",
            r"page loads?",
            r"cold[- ]start(?: time)?",
            r"throughput",
            r"inference time",
            r"\d[\d.]*\s?(?:ms|µs)",
            r"concurrent connections",
            r"lag",
            r"(?<!ONNX )runtime",
        ),
        claim=True,
    ),
    Rule(
        "serving_metric_moved",
        SHIPPED,
        1.5,
        "moves a running system's metric (latency, runtime, error rate) from one value to another",
        _rx(
            r"(?:cut|cutting|reduc\w+|lower\w*|improv\w+|halv\w+|dropp\w+|optimi[sz]\w+)\s+"
            r"(?:\w+\s+){0,3}?(?:latency|p\d\d\d?|response times?|runtime|cold[- ]start|"
            r"page loads?|error rates?|throughput)",
            r"(?:latency|p\d\d\d?|response times?|runtime|error rates?)\s+(?:was |were )?"
            r"(?:cut|reduced|lowered|improved|halved|dropped)",
            r"(?:latency|p\d\d\d?)[^.;]{0,20}?\d[\d.]*\s?(?:ms|s)\s*(?:→|->|to)\s*\d",
        ),
        claim=True,
    ),
    Rule(
        "rollout_control",
        SHIPPED,
        3.0,
        "describes releasing safely to users (canary, shadow traffic, rollback, full rollout)",
        _rx(
            r"canary(?: rollouts?| analysis| releases?)?",
            r"blue[- ]green",
            r"shadow(?:[- ](?:mode|deployment|traffic))?",
            r"feature flags?",
            r"roll(?:ed|ing)?[ -]?back",
            r"rollbacks?",
            r"champion/challenger",
            r"(?:to|for) 100% of (?:\w+ )?(?:traffic|users|applications|requests|customers)",
            r"to all (?:users|customers|traffic)",
            r"online experiments?",
            r"A/B test(?:s|ing)? (?:infrastructure|platform)",
        ),
    ),
    # --- production: proof of real use --------------------------------------------------
    Rule(
        "users_served",
        SHIPPED,
        3.0,
        "counts the people or places that use it",
        _rx(
            _NUM + r"\s+(?:\w+\s+){0,2}?" + _PEOPLE_SERVED,
            r"\d[\d,]*-(?:member|user)",
            r"(?:monthly|daily|weekly) active users",
        ),
    ),
    Rule(
        "traffic_rate",
        SHIPPED,
        3.0,
        "gives a rate of real traffic (per second, per day, QPS)",
        _rx(
            _NUM + r"\s*(?:\w+[\s-]){0,2}?" + _EVENTS + r"\s*" + _PER,
            _NUM + r"\s*(?:\w+[\s-]){0,2}?" + _EVENTS + r"\s+" + _PERIODIC,
            _NUM + r"\s*" + _PERIODIC + r"\s+(?:\w+\s){0,1}?" + _EVENTS,
            _NUM + r"\s*(?:QPS|RPS|TPS)",
            r"QPS|RPS|TPS",
            _NUM + r"\s*(?:TB|GB|PB)\s*" + _PER,
            r"~?\d[\d,.]*\s*/\s*(?:day|week|month|sec|s|min)",
        ),
    ),
    Rule(
        "real_use",
        SHIPPED,
        3.0,
        "says someone relies on it day to day",
        _rx(
            r"(?:is |are )?used (?:daily |weekly |every day |each morning |every morning )?by",
            r"used (?:daily|every day|weekly|each \w+|every \w+|for every \w+|across)",
            r"adopted by",
            r"relied on by",
            r"in daily use",
            r"(?:team|teams|staff|agents|engineers|users|customers|analysts|clinicians)"
            r" (?:uses?|rel(?:y|ies) on|watch(?:es)?)",
            r"now (?:used|live|running|serving|handl\w+|process\w+|power\w*|resolv\w+|"
            r"inspect\w*|run\w*|serv\w+|flag\w*|scor\w+|rout\w+)",
            r"runs? (?:nightly|daily|hourly|weekly|24/7|continuously|in CI|on every \w+)",
            r"kept (?:\w+[\s-]+){0,4}?(?:running|alive|up|healthy|green|fresh|online)",
            r"(?:nightly|hourly|daily) (?:\w+ ){0,2}?"
            r"(?:exports?|jobs?|loads|batch(?:es)?|runs|builds)",
            r"(?:refresh(?:ed|es)?|retrain(?:ed|s)?|updated) (?:nightly|daily|hourly|weekly)",
            r"(?:on|for|with|in|inspects|scores) every (?:[\w-]+ ){0,2}?(?:request|transaction|"
            r"order|call|authori[sz]ation|part|prompt change|commit|deploy|release|project|"
            r"page view|load|visit|search|session|query|app open|checkout|login|build|booking)",
            r"(?:app|apps|clients|services|teams|products) (?:calls?|hits?|depends? on)",
            r"(?:customer|user)[- ]facing",
            r"paying customers",
            r"gets (?:about |around |~)?\d[\d,]* \w+ (?:a|per) (?:day|week|month)",
        ),
    ),
    Rule(
        "serving_volume",
        SHIPPED,
        2.5,
        "says how much real work the system does (serving, handling, scoring a count)",
        _rx(
            r"(?:serv(?:ing|es|ed)|handl(?:ing|es|ed)|process(?:ing|es|ed)|scor(?:ing|es|ed)|"
            r"flag(?:s|ging|ged)|tag(?:s|ging|ged)|rout(?:ing|es|ed)|resolv(?:es|ing)|"
            r"inspect(?:s|ing))\s+(?:[\w-]+\s+){0,3}?(?:for\s+|to\s+)?"
            r"(?:over\s+|more than\s+|~|about\s+)?"
            r"\d[\d,.]*\s*(?:[kmb]\b|million|billion)?\+?%?",
            r"(?:feed(?:s|ing)?|power(?:s|ing)?|back(?:s|ing))\s+(?:the\s+)?(?:\d+\s+)?"
            r"(?:\w+\s+){0,2}?(?:models?|services?|teams|systems|apps|products|CRM|Salesforce)",
        ),
    ),
    Rule(
        "operations",
        SHIPPED,
        3.0,
        "shows the system was kept alive: on-call, incidents, outages, post-mortems",
        _rx(
            r"on[- ]call",
            r"pager(?:duty)?",
            r"paging",
            r"incidents?",
            r"outages?",
            r"post[- ]?mortems?",
            r"sev[- ]?\d",
            r"MTTR",
            r"runbooks?",
            r"incident commander",
        ),
    ),
    Rule(
        "reliability_target",
        SHIPPED,
        3.0,
        "states an availability target or record (SLO, SLA, uptime, downtime)",
        _rx(
            r"SL[AO]s?",
            r"uptime",
            r"availability",
            r"error budgets?",
            r"crash-free",
            r"(?:zero|no) downtime",
            r"downtime",
            r"no missed",
            r"without (?:data loss|dropped requests|errors|downtime)",
        ),
    ),
    Rule(
        "monitoring",
        SHIPPED,
        2.0,
        "watches a running system (monitoring, alerts, drift checks)",
        _rx(
            r"monitor(?:ed|ing|s)?",
            r"alert(?:s|ing)?",
            r"alarms?",
            r"drift",
            r"PSI",
            r"Prometheus",
            r"Grafana",
            r"Datadog",
            r"Evidently",
            r"Sentry",
            r"CloudWatch",
            r"observability",
        ),
    ),
    Rule(
        "failure_in_service",
        SHIPPED,
        2.0,
        "names something that broke while running (crash, leak, regression, bottleneck)",
        _rx(
            r"crash(?:es|ed|ing)?",
            r"OOM(?:-killed)?",
            r"memory leaks?",
            r"leak(?:ing|ed)",
            r"race conditions?",
            r"bottlenecks?",
            r"regressions?",
            r"degrad(?:ed|ing|ation)",
            r"timeouts?",
            r"duplicate (?:charges|orders|messages|events)",
            r"data loss",
            r"jailbreak",
            r"alert fatigue",
            r"stuck jobs",
            r"dropped (?:recall|precision|accuracy|conversions?|CTR|revenue)",
            r"silent(?:ly)? (?:\w+[- ]){0,2}?(?:change|failures?|errors?)",
            r"broke(?:n)?",
            r"corrupt(?:ed|ion)",
            r"late[- ]arriving",
            r"(?:traffic )?spikes?",
            r"scraping",
            r"failed releases",
            r"failures?(?! modes?)",
            r"[45]\d\d(?:s| errors?)",
            r"5xx",
            r"intermittent",
            r"exhausted",
        ),
    ),
    Rule(
        "running_cost",
        SHIPPED,
        2.5,
        "measures what it costs to run (cloud bill, GPU spend, cost per request)",
        _rx(
            r"(?:cloud|AWS|GCP|Azure|GPU|compute|serving|hosting|inference|infra\w*|API|LLM|"
            r"storage|EC2|idle \w+)\s+(?:cost|costs|spend|bill)",
            r"(?:cost|costs|spend) per (?:request|query|call|prediction)",
            r"in hosting",
            r"hosting costs?",
            r"(?:the|its|our|monthly|annual|AWS|cloud|GCP|Azure) bill",
            r"utili[sz]ation",
        ),
    ),
    # --- not production: modifiers --------------------------------------------------------
    Rule(
        "negated_production",
        SHIPPED,
        -3.0,
        "says the work did not reach real use",
        _rx(
            r"(?:not|never|n't)\s+(?:\w+\s+){0,3}?(?:deploy\w*|launch\w*|ship\w*|released|live|"
            r"production|adopted|used|rolled out|go(?:ne)? live|made it)",
            r"(?:no|without) (?:implementation|deployment|real users|real use|users|production)",
        ),
        modifier=True,
    ),
    Rule(
        "hedged_production",
        SHIPPED,
        -3.0,
        "only says the work could or would reach production",
        _rx(
            r"(?:could|would|might|can|will|should)\s+(?:\w+\s+){0,2}?(?:be|have been)\s+"
            r"(?:\w+\s+)?(?:deploy\w*|scaled|used|launched|shipped|productioni[sz]ed|rolled out|"
            r"put into production|taken to production)",
            r"(?:production[- ]|)(?:deployment|launch|rollout|release|go-live)\s+"
            r"(?:is |was |has been |remains )?(?:planned|pending|postponed|scheduled|delayed|"
            r"blocked|on hold|cancel+ed)",
            r"(?:pending|awaiting) (?:\w+ )?(?:approval|review|sign-off)",
            r"(?:project|it|work|initiative|effort) (?:was|got) (?:cancel+ed|descoped|shelved|"
            r"scrapped|deprioriti[sz]ed|postponed)",
            r"cancel+ed before (?:launch|release|deployment|going live)",
            r"(?:was |were )?descoped",
            r"once (?:the )?\w+ (?:\w+ )?(?:is|are) (?:signed|approved|ready)",
            r"if (?:\w+ ){0,2}?"
            r"(?:adopted|deployed|approved|launched|used|shipped|productioni[sz]ed)",
            r"(?:could|would|might) (?:\w+ )?(?:replace|save|reduce|cut|serve|power|enable|"
            r"handle|support)",
        ),
        modifier=True,
    ),
    Rule(
        "readiness_claim",
        SHIPPED,
        -2.0,
        "claims production quality without any sign of real use",
        _rx(
            r"production[- ](?:ready|grade|style|quality|scale|like)",
            r"ready for (?:deployment|production|launch|use)",
            r"deployment[- ]ready",
            r"(?:intended|planned|designed|slated) for (?:deployment|production|launch)",
            r"deployment plan",
            r"plan(?:ned|s)? to (?:deploy|launch|ship|release)",
            r"production readiness",
        ),
        modifier=True,
    ),
    Rule(
        "lab_setting",
        SHIPPED,
        -1.5,
        "places the work in a demo, prototype, notebook or class, not in real use",
        _rx(
            r"prototyp(?:e|es|ed|ing)",
            r"proof[- ]of[- ]concept",
            r"POC",
            r"demo(?:s|ed|ing)?",
            r"Streamlit",
            r"Gradio",
            r"hackathon",
            r"notebooks?",
            r"Jupyter",
            r"Colab",
            r"capstone",
            r"(?:class|course|coursework|university|school|group|final-year|personal|side|"
            r"weekend|toy|hobby) (?:project|demo)",
            r"for a (?:university |computer vision |machine learning |ML )?(?:course|class)",
            r"tutorial",
            r"toy",
            r"staging",
            r"sandbox",
            r"(?:on )?(?:a )?local (?:GPU|machine|laptop)",
            r"on paper",
            r"design doc",
            r"(?:research )?spike",
            r"offline only",
            r"not adopted",
            r"showcase",
        ),
        modifier=True,
    ),
    Rule(
        "beyond_the_lab",
        SHIPPED,
        2.0,
        "says the work left the demo or notebook stage",
        _rx(
            r"not (?:just |only )?(?:a|an) (?:demo|prototype|proof[- ]of[- ]concept|POC|toy)",
            r"(?:out of|beyond|from) (?:a |the |its |their )?(?:notebooks?|prototypes?|demo|POC|"
            r"proof[- ]of[- ]concept)(?: stage)?",
        ),
        modifier=True,
    ),
    Rule(
        "trained_people",
        OTHER,
        4.0,
        "trains people, not models",
        _rx(r"train(?:ed|ing|s)?\s+(?:\d[\d,+]*\s+)?" + _TAUGHT),
        lead=True,
        modifier=True,
    ),
    # --- model work ----------------------------------------------------------------------
    Rule(
        "training",
        TRAINED,
        3.0,
        "trains, fine-tunes or distils a model",
        _rx(
            r"(?:re-?)?train(?:ed|ing|s)?",
            r"fine[- ]?tun(?:ed|ing|e|es)",
            r"pre-?train(?:ed|ing)?",
            r"distill?(?:ed|ing|ation)",
            r"quanti[sz](?:ed|ing|ation)",
            r"hyper-?parameter-tuned",
        ),
        lead=True,
    ),
    Rule(
        "model_method",
        TRAINED,
        2.0,
        "names a model or learning method",
        _rx(
            r"models?",
            r"model(?:l)?ing",
            r"classifiers?",
            r"detectors?",
            r"predictors?",
            r"neural networks?",
            r"deep learning",
            r"machine learning",
            r"CNNs?|RNNs?|LSTMs?|GRUs?|GANs?|U-Net|ViT|T5",
            r"transformers?",
            r"\w*BERT\w*",
            r"GPT[-\w.]*",
            r"LLaMA[-\w.]*",
            r"Llama[-\w.]*",
            r"Mistral[-\w.]*",
            r"Whisper",
            r"CLIP",
            r"ResNet[-\w]*",
            r"YOLO\w*",
            r"EfficientNet",
            r"XGBoost|LightGBM|CatBoost",
            r"gradient[- ]boost\w*",
            r"random forests?",
            r"(?:logistic|linear) regression",
            r"SVMs?",
            r"decision trees",
            r"k-means",
            r"clustering",
            r"embeddings?",
            r"collaborative filtering",
            r"recommend(?:er|ation) (?:system|engine|model)",
            r"reinforcement learning",
            r"RL agents?",
            r"PPO|DQN|SAC|policy gradients?|(?:multi-armed |contextual )?bandits?",
            r"diffusion",
            r"LoRA",
            r"adapters",
            r"Prophet|S?ARIMA",
            r"Bayesian",
            r"NLP",
            r"computer vision",
            r"sentiment",
            r"RAG",
            r"LLMs?",
            r"agentic",
            r"prompt engineering",
            r"chain-of-thought",
            r"few-shot|zero-shot",
            r"contrastive",
            r"hybrid retrieval",
            r"backpropagation",
            r"agents?",
            r"BG/NBD",
            r"(?:AI|Q&A|LLM|virtual|coding|writing) assistants?",
            r"chatbots?",
            r"summari[sz]er",
        ),
    ),
    Rule(
        "model_metric",
        TRAINED,
        2.5,
        "reports a model metric (accuracy, F1, AUC, loss), measured offline",
        _rx(
            r"accuracy|acc",
            r"(?:macro-|micro-)?F1",
            r"AU-?ROC|AUC|ROC",
            r"precision",
            r"recall(?:@\d+)?",
            r"mAP",
            r"IoU",
            r"Dice(?: score)?",
            r"BLEU|ROUGE(?:-\w+)?",
            r"perplexity",
            r"WER|DER|CER",
            r"MAPE|MAE|RMSE|MSE",
            r"NDCG(?:@\d+)?|MRR(?:@\d+)?",
            r"top-\d(?: accuracy)?",
            r"pass@\d+",
            r"exact match",
            r"loss",
            r"(?-i:GLUE|SuperGLUE|MMLU|HumanEval|ImageNet)",
            r"state of the art|state-of-the-art|SOTA",
            r"benchmarks?",
            r"success rate",
        ),
    ),
    Rule(
        "offline_evaluation",
        TRAINED,
        2.0,
        "measures the model away from users (holdout, backtest, test set)",
        _rx(
            r"offline",
            r"hold-?out(?! test)",
            r"validation (?:set|loss|accuracy|AUC|data|split|score)",
            r"(?:in|on) validation",
            r"validated on",
            r"backtest(?:s|ed|ing)?",
            r"held-out",
            r"test set",
            r"eval(?:uation)? (?:set|suite)",
            r"cross-validation",
            r"simulat(?:ed|ion|ions|or)",
            r"dev set",
            r"logged data",
            r"historical (?:data|logs)",
            r"human evals?",
            r"baseline",
            r"in backtests",
        ),
    ),
    Rule(
        "experimentation",
        TRAINED,
        1.5,
        "experiments with models (explored, ablations, sweeps, compared, reproduced)",
        _rx(
            r"experiment(?:ed|s|ing)?",
            r"explor(?:ed|ing)",
            r"investigat(?:ed|ing)",
            r"ablations?",
            r"hyper-?parameters?",
            r"sweeps?",
            r"Optuna",
            r"compar(?:ed|ing)",
            r"benchmark(?:ed|ing)",
            r"reproduc(?:ed|ing)",
            r"red-?team(?:ed|ing)?",
            r"research",
            r"proposed",
            r"scaling laws",
            r"tested",
        ),
        lead=True,
    ),
    Rule(
        "ml_tooling",
        TRAINED,
        1.0,
        "names a modelling library or training hardware",
        _rx(
            r"PyTorch(?: Lightning)?",
            r"TensorFlow",
            r"Keras",
            r"JAX",
            r"scikit-learn|sklearn",
            r"Hugging ?Face",
            r"Weights & Biases|W&B",
            r"LangChain|LlamaIndex",
            r"OpenCV",
            r"NumPy",
            r"spaCy",
            r"MLflow",
            r"Hydra",
            r"GPTQ",
            r"ONNX(?: Runtime)?",
            r"TPU(?: v\d)?s?",
            r"A100s?|H100s?",
            r"MuJoCo",
            r"lifetimes package",
        ),
    ),
    Rule(
        "training_data",
        TRAINED,
        1.5,
        "prepares data for a model (labelling, augmentation, features)",
        _rx(
            r"label(?:l)?ed",
            r"annotat(?:ed|ing|ion)",
            r"augment(?:ed|ing|ation)",
            r"synthetic data",
            r"feature engineering",
            r"(?:graph |new )?features",
            r"data ?loaders?",
            r"datasets?",
            r"training data",
            r"hard-negative mining",
            r"\d[\d.]*[BMK]? (?:tokens|image-text pairs|preference pairs)",
        ),
    ),
    Rule(
        "competition",
        TRAINED,
        3.0,
        "a modelling competition: a leaderboard, not users",
        _rx(r"Kaggle", r"competitions?", r"leaderboard", r"hackathons?"),
    ),
    Rule(
        "early_stage",
        TRAINED,
        1.0,
        "a prototype, demo or notebook: where model work usually stops",
        _rx(
            r"prototyp(?:e|es|ed|ing)",
            r"proof[- ]of[- ]concept",
            r"POC",
            r"demo(?:s|ed|ing)?",
            r"Streamlit",
            r"Gradio",
            r"notebooks?",
            r"Jupyter",
            r"Colab",
            r"hackathons?",
        ),
    ),
    Rule(
        "prediction_task",
        TRAINED,
        1.5,
        "frames a prediction task",
        _rx(
            r"predict(?:ed|ing|s|ion)?",
            r"forecast(?:ed|ing|s)?",
            r"classif(?:y|ied|ication|ying)",
            r"segmentation",
            r"object detection",
            r"speech recognition",
            r"diarization",
            r"propensity",
            r"anomaly detection",
            r"predictive",
        ),
    ),
    # --- other work ----------------------------------------------------------------------
    Rule(
        "teaching_mentoring",
        OTHER,
        4.0,
        "teaches or mentors people",
        _rx(
            r"mentor(?:ed|ing|s)?",
            r"coach(?:ed|ing)?",
            r"taught",
            r"teach(?:ing|es)?",
            r"tutor(?:ed|ing|s)?",
            r"teaching assistant",
            r"office hours",
            r"graded",
            r"lectur(?:ed|es|ing)",
            r"workshops?",
            r"training materials",
            r"onboarding",
        ),
        lead=True,
    ),
    Rule(
        "people_leadership",
        OTHER,
        3.0,
        "manages or leads people rather than systems",
        _rx(
            r"managed (?:a |the )?team",
            r"led (?:a |the )?team",
            r"team lead",
            r"\d+ (?:direct )?reports",
            r"scrum master",
            r"(?:sprint|quarterly|annual|capacity|headcount) planning",
            r"backlog",
            r"retrospectives",
            r"performance reviews",
            r"line manag\w+",
            r"velocity",
            r"stand-?ups",
            r"working group",
        ),
        lead=True,
    ),
    Rule(
        "hiring",
        OTHER,
        4.0,
        "hires or interviews people",
        _rx(
            r"hired",
            r"hiring",
            r"interview(?:ed|s|ing)?(?: loop)?",
            r"recruit(?:ed|ing|ment)",
            r"candidates",
        ),
        lead=True,
    ),
    Rule(
        "recognition",
        OTHER,
        4.0,
        "an award, honour, grade or credential",
        _rx(
            r"awards?",
            r"awarded",
            r"won",
            r"winner",
            r"medal",
            r"prize",
            r"honou?rs",
            r"dean's list",
            r"GPA",
            r"scholarship",
            r"fellowship",
            r"promoted",
            r"certified",
            r"certification",
            r"olympiad",
            r"\d(?:st|nd|rd|th) place",
        ),
        lead=True,
    ),
    Rule(
        "publication",
        OTHER,
        4.0,
        "publishes or speaks: a paper or a talk is not a shipped system",
        _rx(
            r"published",
            r"publications?",
            r"papers?",
            r"co-?authored",
            r"journal",
            r"proceedings",
            r"NeurIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|KDD|AISTATS|SIGIR|"
            r"INTERSPEECH",
            r"arXiv",
            r"preprint",
            r"patents?",
            r"thesis|theses|dissertation",
            r"reviewer",
            r"(?:invited )?talks?",
            r"keynote",
            r"spoke",
            r"speaker",
            r"poster",
            r"blog posts?",
            r"reading group",
            r"literature review",
        ),
        lead=True,
    ),
    Rule(
        "analysis",
        OTHER,
        2.0,
        "analyses data to answer a question once, for people",
        _rx(
            r"analy[sz](?:ed|ing|es|is)",
            r"analyses",
            r"exploratory data analysis|EDA",
            r"insights",
            r"findings",
            r"root causes?",
            r"survey(?:ed|s)?",
            r"market sizing",
            r"causal inference",
            r"diff-in-diff",
            r"ad-hoc (?:requests|analys\w+|queries|questions|reports?)",
            r"SQL queries",
            r"one-off",
            r"personas",
            r"financial models",
        ),
        lead=True,
    ),
    Rule(
        "reporting",
        OTHER,
        2.0,
        "reports to people: dashboards, decks, KPIs, presentations",
        _rx(
            r"presented",
            r"presentations?",
            r"(?:weekly|monthly|quarterly|daily|annual|KPI|board|executive|management|financial|"
            r"automated|regular|status|performance|sales|retention|cohort|business|Excel|PDF) "
            r"reports?",
            r"reporting",
            r"dashboards?",
            r"decks?",
            r"slides",
            r"KPIs?",
            r"business reviews?",
            r"QBRs?",
            r"Excel",
            r"Tableau",
            r"Looker",
            r"Power BI",
            r"in Mode",
            r"north-star metric",
            r"(?:success|guardrail) metrics",
            r"metric definitions",
        ),
        lead=True,
    ),
    Rule(
        "audience",
        OTHER,
        1.5,
        "addresses executives or stakeholders, not users",
        _rx(
            r"steering committee",
            r"stakeholders",
            r"leadership",
            r"executive team",
            r"C-suite",
            r"(?:the )?(?:CFO|COO|CEO|CTO|board)",
        ),
    ),
    Rule(
        "documentation",
        OTHER,
        3.0,
        "writes documents rather than running systems",
        _rx(
            r"documentation",
            r"docs?",
            r"drafted",
            r"authored",
            r"documented",
            r"RFCs?",
            r"wiki(?: pages)?",
            r"guidelines",
            r"standards",
            r"specifications",
            r"model cards",
            r"OKRs?",
            r"proposals?",
            r"data dictionary",
            r"write-?ups?",
            r"wrote up",
        ),
        lead=True,
    ),
    Rule(
        "business",
        OTHER,
        3.0,
        "business, budget or client work",
        _rx(
            r"budgets?",
            r"contracts",
            r"vendors?",
            r"negotiat(?:ed|ing|ion)",
            r"clients",
            r"relationships",
            r"grants?",
            r"roadmap",
            r"strategy",
            r"requirements",
            r"compliance",
            r"legal and compliance",
            r"GDPR",
            r"pitch deck",
            r"investors?",
            r"customer support",
            r"satisfaction score",
            r"prioriti[sz](?:ed|ing)",
        ),
        lead=True,
    ),
    Rule(
        "community",
        OTHER,
        3.0,
        "organises or represents: events, meetups, volunteering",
        _rx(
            r"organi[sz]ed",
            r"hosted",
            r"meetups?",
            r"volunteer(?:ed|ing)?",
            r"represented",
            r"recruiting fairs?",
            r"participants",
            r"attendees",
            r"practitioners",
            r"(?:vice[- ])?president",
            r"society",
            r"club",
            r"chair(?:ed)?",
            r"treasurer",
        ),
        lead=True,
    ),
    Rule(
        "education",
        OTHER,
        4.0,
        "a degree, a course list or a grade",
        _rx(
            r"coursework",
            r"relevant (?:modules|courses)",
            r"graduated",
            r"degree",
            r"bachelor\w*",
            r"master's",
            r"B\.?Sc|M\.?Sc|Ph\.?D",
            r"semesters?",
            r"minor in",
            r"major in",
        ),
        lead=True,
    ),
    Rule(
        "code_hygiene",
        OTHER,
        2.0,
        "improves the code base without showing it running",
        _rx(
            r"unit (?:and integration )?tests",
            r"integration tests",
            r"test coverage",
            r"coverage",
            r"pull requests",
            r"code reviews?",
            r"coding standards",
            r"refactor(?:ed|ing)",
        ),
        lead=True,
    ),
)


@dataclass(frozen=True)
class SignalRule:
    """A named pattern for a concrete fact, and the system part it speaks to."""

    name: str
    kind: SignalKind
    system_part: SystemPart
    pattern: re.Pattern[str]


_MONEY = r"[$£€]\s?\d[\d,.]*\s*(?:[kmb]\b|million|billion|bn)?"

SIGNAL_RULES: tuple[SignalRule, ...] = (
    SignalRule(
        "business_outcome",
        "production_metric",
        "problem_framing",
        _rx(
            r"conversions?",
            r"CTR",
            r"revenue",
            r"ARR",
            r"retention",
            r"watch time",
            r"engagement",
            r"NPS",
            r"north-star metric",
            r"(?:success|guardrail) metrics",
            _MONEY + r"(?:\s*(?:/|a|per)\s*(?:month|year|yr))?",
        ),
    ),
    SignalRule(
        "data_volume",
        "scale",
        "data",
        _rx(
            _NUM + r"\s*(?:TB|GB|PB)(?:\s*" + _PER + r")?",
            _NUM + r"\s+(?:\w+\s+){0,2}?(?:rows|records|tokens|images|documents|articles|"
            r"listings|pairs|samples|examples|tables|sources|clauses|transactions|tweets|events)",
        ),
    ),
    SignalRule(
        "data_tool",
        "tool",
        "data",
        _rx(
            r"Airflow",
            r"Spark",
            r"dbt",
            r"Kafka",
            r"Kinesis",
            r"Flink",
            r"Snowflake",
            r"BigQuery",
            r"Redshift",
            r"Databricks",
            r"Debezium",
            r"Great Expectations",
            r"DVC",
            r"Feast",
            r"feature store",
            r"Hadoop",
            r"Postgres(?:QL)?",
            r"pandas",
            r"pgvector",
            r"Pinecone",
            r"FAISS",
        ),
    ),
    SignalRule(
        "model_tool",
        "tool",
        "modeling",
        _rx(
            r"PyTorch(?: Lightning)?",
            r"TensorFlow",
            r"Keras",
            r"JAX",
            r"scikit-learn|sklearn",
            r"XGBoost|LightGBM|CatBoost",
            r"Hugging ?Face",
            r"LoRA",
            r"Optuna",
            r"Prophet",
            r"OpenCV",
            r"LangChain|LlamaIndex",
            r"spaCy",
            r"GPTQ",
        ),
    ),
    SignalRule(
        "serving_latency",
        "production_metric",
        "serving",
        _rx(
            r"p(?:50|90|95|99|999)(?: latency)?",
            r"latenc(?:y|ies)",
            r"response times?",
            r"cold[- ]start(?: time)?",
            r"page loads?",
            r"inference time",
            r"\d[\d.]*\s?(?:ms|µs)",
        ),
    ),
    SignalRule(
        "serving_throughput",
        "production_metric",
        "serving",
        _rx(
            _NUM + r"\s*(?:QPS|RPS|TPS)",
            r"QPS|RPS|TPS",
            r"throughput",
            r"concurrent connections",
        ),
    ),
    SignalRule(
        "running_cost",
        "production_metric",
        "serving",
        _rx(
            r"(?:cloud|AWS|GCP|GPU|compute|serving|hosting|inference|API|LLM|idle \w+)\s+"
            r"(?:cost|costs|spend|bill)",
            r"cost per request",
            r"utili[sz]ation",
        ),
    ),
    SignalRule(
        "traffic_scale",
        "scale",
        "serving",
        _rx(
            _NUM + r"\s*(?:\w+[\s-]){0,2}?" + _EVENTS + r"\s*(?:" + _PER + r"|" + _PERIODIC + ")",
            _NUM + r"\s*" + _PERIODIC + r"\s+(?:\w+\s){0,1}?" + _EVENTS,
            _NUM + r"\s+(?:\w+\s+){0,2}?" + _PEOPLE_SERVED,
            _NUM + r"\s+(?:\w+\s+){0,2}?" + _PLACES,
        ),
    ),
    SignalRule(
        "serving_tool",
        "tool",
        "serving",
        _rx(
            r"Docker",
            r"Kubernetes|K8s",
            r"GKE|EKS|ECS|EC2",
            r"FastAPI|Flask",
            r"gRPC|GraphQL",
            r"Triton",
            r"vLLM",
            r"TorchServe|BentoML|Ray Serve|Ray",
            r"SageMaker|Vertex AI|Azure ML",
            r"Seldon|KServe|Kubeflow",
            r"ONNX(?: Runtime)?",
            r"Redis",
            r"Terraform",
            r"Streamlit",
        ),
    ),
    SignalRule(
        "model_metric",
        "model_metric",
        "evaluation",
        _rx(
            r"accuracy|acc",
            r"(?:macro-|micro-)?F1",
            r"AU-?ROC|AUC",
            r"precision",
            r"recall(?:@\d+)?",
            r"mAP",
            r"IoU",
            r"Dice(?: score)?",
            r"BLEU|ROUGE(?:-\w+)?",
            r"perplexity",
            r"WER|DER",
            r"MAPE|MAE|RMSE",
            r"NDCG(?:@\d+)?|MRR(?:@\d+)?",
            r"top-\d(?: accuracy)?",
            r"pass@\d+",
            r"exact match",
            r"loss",
            r"false[- ]positive rate",
            r"hallucination rate",
        ),
    ),
    SignalRule(
        "evaluation_practice",
        "tool",
        "evaluation",
        _rx(
            r"A/B tests?",
            r"holdout(?: test)?",
            r"canary(?: analysis)?",
            r"shadow(?:[- ]mode)?",
            r"champion/challenger",
            r"MLflow",
            r"Weights & Biases|W&B",
            r"RAGAS",
            r"eval(?:uation)? (?:harness|suite|set|framework)",
            r"golden questions",
            r"human evals?",
            r"backtests?",
        ),
    ),
    SignalRule(
        "reliability",
        "production_metric",
        "monitoring",
        _rx(
            r"\d[\d.]*%\s*(?:uptime|availability|SLA|SLO)",
            r"uptime",
            r"availability",
            r"SL[AO]s?",
            r"error budgets?",
            r"crash-free(?: rate)?",
            r"error rate",
            r"MTTR",
            r"downtime",
        ),
    ),
    SignalRule(
        "incidents",
        "production_metric",
        "monitoring",
        _rx(r"incidents?", r"outages?", r"on[- ]call", r"post[- ]?mortems?", r"sev[- ]?\d"),
    ),
    SignalRule(
        "monitoring_tool",
        "tool",
        "monitoring",
        _rx(
            r"Prometheus",
            r"Grafana",
            r"Datadog",
            r"PagerDuty",
            r"Evidently",
            r"Sentry",
            r"CloudWatch",
            r"drift(?: alerts| monitoring)?",
            r"PSI",
            r"alerts?",
            r"alerting",
        ),
    ),
)


_CLAUSE = r"[^,;:.()]*"
_AMOUNT = (
    r"(?:[$£€]\s?)?\d[\d,.]*\s*(?:%|x\b|ms\b|s\b|µs|k\b|M\b|GB|TB|points?|hours?|h\b|"
    r"minutes?|min\b|days?|months?|/\w+)?"
)

ARC_RULES: dict[ArcPart, tuple[re.Pattern[str], ...]] = {
    "problem": (
        _rx(
            r"(?:so as |in order )?to (?:reduce|cut|improve|prevent|enable|help|support|speed up|"
            r"detect|catch|lower|avoid|protect|replace|automate|answer|triage|route|flag|predict|"
            r"identify|stop|remove|unblock|meet|handle|keep|give|let|price|find|understand|"
            r"restart|estimate|inform|compare|restore|absorb|evaluate)" + _CLAUSE,
            r"so (?:that )?\w" + _CLAUSE,
            r"because" + _CLAUSE,
            r"for (?:the |our |its )?(?:\d[\d,.]*\s*[kmb]?\+?\s+)?(?:\w+\s+){0,2}?"
            r"(?:customers|users|clinicians|merchants|reps|agents|analysts|team|teams|engineers|"
            r"underwriters|listeners|patients|hospitals|stores|clients|employees)",
            r"(?:customer|user)[- ]facing",
        ),
    ),
    "system": (
        _rx(
            r"(?:built|designed|deployed|shipped|launched|developed|created|implemented|migrated|"
            r"rewrote|owned|operated|maintained|ran|scaled|productioni[sz]ed|industriali[sz]ed|"
            r"integrated|rolled out|set up|wrote|introduced|automated|streamed|trained|moved)"
            r"[^,;:.()]{0,80}?(?:services?|APIs?|pipelines?|platforms?|systems?|endpoints?|"
            r"models?|apps?|applications?|features?|tools?|clusters?|layers?|gateways?|engines?|"
            r"bots?|chatbots?|assistants?|search|index|stores?|operators?|jobs?|DAGs?|"
            r"dashboards?|registry|classifiers?|detectors?|infrastructure|workers?|caching|"
            r"monitoring|harness|modes?)",
            r"(?:\w+[ -])?(?:service|API|pipeline|platform|endpoint|rotation|pods|cluster|svc)",
        ),
    ),
    "broke": (
        _rx(
            r"(?<!zero )(?<!no )(?<!without )downtime",
            r"outages?",
            r"incidents?",
            r"crash(?:es|ed|ing)?",
            r"OOM(?:-killed)?(?: crash)?",
            r"memory leaks?",
            r"leak(?:ing|ed) \w+(?: \w+)?",
            r"(?:\w+ )?drift(?:ed|ing)?(?! alerts| monitoring)",
            r"degrad(?:ed|ing|ation)",
            r"regressions?",
            r"(?:latency |traffic )?spikes?",
            r"bottlenecks?",
            r"failures?(?! modes?)",
            r"failing",
            r"broke(?:n)?(?: \w+)?",
            r"race conditions?",
            r"timeouts?",
            r"errors",
            r"error rate",
            r"hallucinat\w+(?: rate)?",
            r"jailbreak",
            r"alert fatigue",
            r"lagged \d+ \w+ behind",
            r"duplicate \w+",
            r"corrupt\w*",
            r"late-arriving-data failures|late-arriving data",
            r"stale \w+",
            r"cost overruns?",
            r"dropped (?:recall|precision|accuracy|conversions?|requests)",
            r"bad (?:model push|upstream loads|deploys?)",
            r"stuck jobs",
            r"zero-result searches",
            r"scraping incident",
            r"silent \w+(?:-\w+)? change",
            r"flaky \w+",
            r"slow(?:ness|down)",
        ),
    ),
    "fix": (
        _rx(
            r"(?:cut|cutting|reduc\w+|lower\w*|improv\w+|halv\w+|eliminat\w+|fix\w*|resolv\w+|"
            r"restor\w+|added|adding|introduced|implemented|rolled back|capped|patched|hotfixed|"
            r"mitigat\w+|prevent\w*|rais\w+|boost\w*|sped up|speeding up|saving|saved|shrinking|"
            r"shrank|lifted|lifting|increas\w+|recover\w*|rebuilt|rewrote|moved|catching|caught|"
            r"sustaining|absorbing|blocking)"
            r"[^;.]*?" + _AMOUNT + r"(?:\s*(?:to|→|->)\s*" + _AMOUNT + ")?",
        ),
    ),
}
"""Patterns for the four parts of a production bullet; the earliest match of a part wins."""

FIX_NEEDS_BROKE = _rx(
    r"(?:fixed|resolved|patched|hotfixed|rolled back|reverted|mitigated|capped|rebuilt|"
    r"rate-limited|throttled|sharded|re-?architected|redesigned|replaced|retrained|"
    r"(?:added|introduced|implemented|built|wrote) (?:\w+ ){0,3}?(?:alerts?|alarms?|checks?|"
    r"validation|filters?|guardrails?|retries|caching|tests?|rate limits?|pooling|"
    r"backfill logic|registry|runbooks?))"
    r"[^,;:.()]*?(?=\s+(?:after|when|because|following|once|caused|so)\b|[,;:.()]|$)"
)
"""A fix with no measured result: it is the arc's fix only when the bullet says what broke."""
