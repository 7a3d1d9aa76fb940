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

label.py and decide.py use them to decide; this module only builds patterns (compiled once
per interpreter and kept on disk: regex_cache.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prodgap.models import ArcPart, Label, SignalKind, SystemPart
from prodgap.regex_cache import compile_pattern

SHIPPED: Label = "shipped_system"
TRAINED: Label = "trained_model"
OTHER: Label = "other"

PRODUCTION_BAR = 2.5
"""Production weight a bullet needs, after hedges, to count as shipped."""
OTHER_PRIOR = 1.0
"""Head start for ``other``: a bullet with no evidence at all is not ML and not production."""
LEAD_FACTOR = 2.0
"""A lead rule that matches the bullet's first verb names the work itself, so it counts double."""

FLAGS = re.IGNORECASE | re.ASCII
"""Every rule pattern's flags. The rules are English keywords; ASCII character classes match
them a quarter faster than Unicode ones, and text reaches the rules with its odd spaces and
ligatures already normalized (readers.lines.clean_text)."""


LEAD_PREFIX = compile_pattern(
    r"^\W*(?:[^:;,.]{1,40}:\s*|[^:;,.]{1,30},[^:;,.]{1,30}:\s*)?"
    r"(?:(?:responsible for|helped(?: to)?|worked on|contributed to|assisted (?:in|with)|"
    r"successfully)\s+)?",
    FLAGS,
)
"""What may come before the lead verb: a "Project:" style label, "Responsible for", "Helped"."""

CLAUSE_BREAK = compile_pattern(r"[,;:.!?()\[\]]|\s[–—-]\s|\bbut\b|\bthen\b|\bwhile\b", FLAGS)
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
    event: bool = False
    """Counts only where something happened, not where it is watched for, studied or ruled out."""
    live_weight: float | None = None
    """The weight instead, where the same sentence names a running system (``RUNNING_SYSTEM``)."""
    system_weight: float | None = None
    """The weight instead, where the bullet names something built or run (``SYSTEM_AT_WORK``)."""
    live: bool = False
    """Counts only where the measure it moves is live: not a model metric or an offline result
    (``OFFLINE_RESULT``), unless the sentence says it is live (``LIVE_CONTEXT``)."""


def _rx(*alternatives: str) -> re.Pattern[str]:
    """Compile alternatives as whole words (edges may be any character), case-insensitive."""
    return compile_pattern(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])", FLAGS)


# Where model work usually stops short of real use: argues for trained_model, against shipped.
_EARLY_STAGE = (
    r"prototyp(?:e|es|ed|ing)",
    r"pilot(?:ed|s)?(?! (?:program|programme)s? (?:for|with) \d)",
    r"proof[- ]of[- ]concept",
    r"POC",
    r"demo(?:s|ed|ing)?",
    r"Streamlit",
    r"Gradio",
    r"notebooks?",
    r"Jupyter",
    r"Colab",
)

# Libraries a model is built with; one list for the label rule and the tool signal.
MODEL_LIBRARIES = (
    r"PyTorch(?: Lightning)?",
    r"TensorFlow",
    r"Keras",
    r"JAX",
    r"scikit-learn|sklearn",
    r"Hugging ?Face",
    r"LangChain|LlamaIndex",
    r"OpenCV",
    r"spaCy",
    r"GPTQ",
)

# How a model is scored away from users; one list for the label rule, the signal and the arc.
MODEL_METRICS = (
    r"(?<!data )accuracy|acc",
    r"(?:macro-|micro-)?F1",
    r"AU-?ROC|AUC|ROC",
    r"precision",
    r"recall(?:@\d+)?",
    r"(?-i:mAP|MAP)(?:@[\d.]+)?",
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
)

_NUM = r"~?\d[\d,.]*\s*(?:[kmb]\b|thousand|million|billion|bn)?\+?"
_PER = (
    r"(?:/|per\s+|an?\s+|each\s+|every\s+)"
    r"(?:s|sec|second|min|minute|h|hr|hour|day|week|month|year)"
)
_PERIODIC = r"(?:daily|weekly|monthly|nightly|hourly|yearly|annually)"
_EVENTS = (
    r"(?:requests?|reqs?|queries|calls|transactions|events|messages|orders|pushes|uploads|pages|"
    r"tickets|predictions|inferences|documents|articles|reads|writes|jobs|records|rows|chats|"
    r"trips|emails|images|payments|searches|sessions|visits|visitors|uses|decisions|loads|"
    r"questions|conversations|claims|invoices|bookings|scans|alerts)"
)
_PEOPLE_SERVED = (
    r"(?:users|customers|merchants|listeners|subscribers|employees|clinicians|visitors|reps|"
    r"drivers|riders|patients|players|advertisers|sellers|buyers|underwriters|DAUs?|"
    r"MAUs?|accounts|tenants|businesses|shoppers|guests|learners|readers|viewers|creators|"
    r"developers|hosts|travell?ers|households|homes|vehicles|partners|brands|restaurants|"
    r"doctors|nurses|teachers|citizens|borrowers|policyholders|applicants|callers|followers)"
)
_PLACES = r"(?:devices|hospitals|stores|schools|sites|regions|countries|markets|branches)"
_TAUGHT = (
    r"(?:new hires|new joiners|staff|people|employees|engineers|analysts|students|interns|"
    r"contractors|annotators|labell?ers|raters|reviewers|moderators|"
    r"colleagues|teammates|the team|teams|managers|clinicians|nurses|volunteers|"
    r"(?!(?:PPO|RL|DQN|SAC|A2C|A3C|AI|LLM|policy|reinforcement[- ]learning) agents)"
    r"(?:[\w-]+\s)?(?:staff|reps|agents|team|teams|engineers|analysts))"
)

_RUNNING_PLATFORM = (
    r"(?:cloud|AWS|GCP|Azure|GPU|compute|serving|hosting|inference|infra\w*|API|LLM|storage|"
    r"EC2|S3|idle \w+|Snowflake|BigQuery|Redshift|Databricks|Spark|EMR|Kafka|Confluent|"
    r"Datadog|Splunk|Kubernetes|EKS|GKE|Lambda|warehouse|cluster|data platform|logging|"
    r"observability|vendor API|OpenAI|database)"
)
"""Infrastructure that bills while it runs: spend on it is the cost of a live system."""
_SPEND = r"(?:cost|costs|spend|spending|bill|bills|usage costs?)"
_COURSE = (
    r"(?:Speciali[sz]ation|courses?|certificates?|certification|Nanodegree|program(?:me)?|"
    r"track|bootcamp|MOOC|class)"
)

# --- failures and remedies: one vocabulary for the label rules and the arc ---------------

_CLAUSE = r"[^,;:.()]*"
_WORD = r"(?:[^\s,;:.()]|\.(?=\S))+\s+"
"""One word and the space after it, inside a clause."""
_LIVE_METRIC = (
    r"(?:latency|p\d{2,3}|response times?|runtime|run time|cold[- ]start(?: time)?|"
    r"page loads?|error rates?|uptime|costs?|spend|bill|throughput)"
)
"""A metric only a running system has."""

FAILURES: tuple[str, ...] = (
    r"(?<!zero )(?<!no )(?<!without )downtime",
    r"outages?",
    r"incidents?(?! (?:response|process|commander|management|review|playbooks?|"
    r"guidelines|tooling|routing))",
    r"crash(?:es|ed|ing)?(?!-free)",
    r"OOM(?:-killed)?(?: crash(?:es)?)?",
    r"memory leaks?",
    r"leak(?:ing|ed|s) \w+(?: \w+)?",
    r"(?:(?:data|concept|calibration|feature|label|score|prediction|model) )?"
    r"drift(?:ed|ing|s)?(?![- ](?:alerts?|monitoring|detection|checks?|reports?))",
    r"degrad(?:ed|ing|ation)",
    r"(?<!linear )(?<!logistic )(?<!ridge )(?<!lasso )(?<!polynomial )(?<!quantile )(?<!log )"
    r"regress(?:ions?|ed)(?![- ](?:analysis|models?|tests?|testing|suites?))",
    r"(?:latency|error|cost|memory|CPU|queue|p\d{2,3}) spikes?",
    r"spik(?:ed|ing)",
    r"bottlenecks?",
    r"\w+-fail(?:ures?|ed)",
    r"failures?(?! modes?)",
    r"failing",
    r"failed (?:[\w-]+ )?(?:releases|deploys?|deployments|jobs|requests|runs|builds|payments|"
    r"logins|"
    r"checks|loads|calls|updates|upgrades|migrations|syncs|uploads|transactions|messages)",
    r"broke(?:n)?(?: \w+)?",
    r"race conditions?",
    r"timeouts?|timed out",
    r"(?:5xx|4xx|[45]\d\d)(?: errors?|s)|5xx|errors (?:rose|spiked|climbed|jumped|doubled)",
    r"intermittent(?:ly)? \w+",
    r"hallucinat(?:ed|ing|ions)(?![- ]rate)",
    r"jailbreaks?",
    r"alert fatigue",
    r"(?:noisy|false) (?:alerts|alarms|pages|positives|negatives)(?![- ]rate)",
    r"lagged(?: \d+ \w+ behind)?",
    r"duplicate (?:charges|orders|messages|events|payments|records|emails|notifications)",
    r"corrupt(?:ed|ing|s)|(?:data|index|file|disk) corruption",
    r"late[- ]arriving(?:[- ]data)?(?: failures)?",
    r"stale \w+",
    r"cost overruns?|over budget",
    r"(?:costs?|spend|bills?|false positives|complaints|tickets|pages|alerts|retries|"
    r"errors|error rates?|latency|p\d{2,3}|runtimes?|run ?times?|build times?|durations?|"
    r"queues?|lag|memory|backlogs?)(?: (?!and\b|but\b)[\w-]+){0,4}? (?:ballooned|doubled|"
    r"tripled|spiked|exploded|spiral+ed|grew|rose|jumped|climbed|increased|crept up)",
    r"(?:costs?|spend|bills?) ran away|runaway (?:costs?|spend|bills?|jobs?|queries|loops?)",
    r"(?:a |the )?(?:sudden |sharp )?spikes? (?:in|of) (?:[\w-]+ ){0,2}?[\w-]+",
    r"zeroed(?: out)?",
    r"(?:false[- ]positives?|false[- ]positive|errors?|latency|traffic|costs?|complaints?|"
    r"tickets?) surge[ds]?|surge[sd]? (?:in|of) (?:[\w-]+ ){0,2}?[\w-]+",
    r"fell over",
    r"decay(?:ed|ing)",
    r"(?:took|knocked|brought) (?:down|out|over) (?:the |our |its )?[\w-]+",
    r"lost (?:orders|messages|events|data|payments|requests|transactions|records|jobs)",
    r"(?:precision|recall|accuracy|conversion|CTR|revenue|quality|coverage|throughput) drops?",
    r"(?:latency|p\d{2,3}|response times?)(?: latency)? (?:past|over|above|exceeded|"
    r"exceeding|hit|reached|climbed to) (?:[$£€]\s?)?\d",
    r"(?:pushed|drove|sent) (?:\w+ ){0,2}?(?:latency|p\d{2,3}|costs?|spend|error rates?) "
    r"(?:past|over|above|up|to) \S+",
    r"(?:when|after|once|as|until) " + _CLAUSE + r"?(?:exceeded|breached|crossed|went past|"
    r"rose above|topped) \S+",
    r"(?:after|when|once) (?:it|they|the \w+|\w+) (?:started|began) \w+(?: \w+)?",
    r"(?<!without )(?<!no )dropp(?:ed|ing) (?:recall|precision|accuracy|conversions?|"
    r"requests|CTR|revenue|messages|events|data)",
    r"(?<!without )(?<!no )data loss",
    r"bad (?:[\w-]+ ){0,2}?(?:push|pushes|deploys?|releases?|loads|data|configs?|"
    r"rollouts?|migrations?|inputs)",
    r"faulty \w+(?: \w+)?",
    r"stuck (?:jobs|queues|messages|workers|pods)",
    r"zero-result searches|returned no results",
    r"silent(?:ly)? (?:[\w-]+ ){0,2}?(?:change|failures?|errors?|drops?)",
    r"flaky \w+",
    r"slow(?:ness|downs?)|slow (?:\w+ )?(?:queries|requests|responses|pages|page loads|"
    r"builds|deploys|jobs|endpoints)",
    r"backlog (?:of|grew|built up|hit|reached)|growing backlog",
    r"paged (?:\w+ ){0,2}?(?:nightly|every|\d+ times|repeatedly)",
    r"vulnerabilit(?:y|ies)|CVEs?|zero-day|Log4Shell|Heartbleed",
    r"complain(?:ed|ts)",
    r"exhausted|exhaustion",
    r"(?:[\w-]+[- ])?bugs?(?![- ](?:bash|bounty|tracker|reports?|triage))",
    r"(?:data|label|target|feature|train(?:ing)?[-/ ]test)[- ]leakage",
    r"(?:[\w/-]+ )?skew(?![- ](?:correction|features?))",
    r"inflat(?:ed|ing)",
    r"missed (?:the |its |an? |their )?(?:SLAs?|SLOs?|deadlines?|window|targets?)",
    r"overr?an (?:its|the|their) (?:[\w-]+ )?window",
    r"kept (?:failing|crashing|timing out|breaking|dropping|falling over|OOMing)",
    r"(?:errors?|latency|costs?|p\d{2,3}|error rates?|timeouts|complaints|retries) "
    r"(?:rising|climbing|creeping)",
    r"(?:creeping|crept) (?:up|past|above|over)",
    r"collaps(?:ed|ing)",
    r"throttl(?:ed|ing) (?:legitimate|real|paying|customer|user)",
    r"(?:message|event|data) loss",
    r"silently (?:[\w-]+ ){0,2}?(?:broke|fail\w*|skipp\w+|dropp\w+|lagg\w+|corrupt\w*|"
    r"stopped)",
    r"went unnoticed",
    r"timing out",
    r"(?:[\w-]*injection|DDoS|scraping|credential[- ]stuffing|bot) attacks?",
    r"(?:relevance|recall|precision|accuracy|conversions?|CTR|revenue|quality|coverage|"
    r"engagement)(?: (?!and\b|but\b)[\w-]+){0,5}? (?:dropped|fell|declined|sank|tanked|"
    r"collapsed|degraded)",
    r"(?:under|over)-(?:quot|bill|charg|count|predict)\w+",
)
"""What breaks, degrades, drifts or costs too much while a system runs. label.py drops a match
that is only watched for, studied, taught or ruled out (``BROKE_GUARD``, ``BROKE_NOT_AN_EVENT``)."""
FAILURE = _rx(*FAILURES)
"""The failures as one pattern: the arc's broke and the label rule ``failure_in_service``."""

REMEDIES: tuple[str, ...] = (
    r"(?<!at )fixed(?! (?:precision|recall|thresholds?|rates?|sizes?|budgets?|prices?|costs?))",
    r"resolved",
    r"patched",
    r"hot-?fix(?:ed|es)?",
    r"roll(?:ed|ing) back",
    r"reverted",
    r"mitigated",
    r"recalibrated",
    r"restored",
    r"rolled out (?:the |a )?(?:patch|fix|hotfix)",
)
"""Verbs that say something broken was put right."""
_REMEDY = r"(?:" + "|".join(REMEDIES) + r")"
REMEDY = _rx(*REMEDIES)
"""The remedies as one pattern: the arc's fix even with no failure named, and the label rule
``remedy_applied``."""

RUNNING_SYSTEM = _rx(
    r"(?:in |into |on )?(?:production|prod)",
    r"live",
    r"on[- ]call|pager\w*|incidents?|outages?|downtime|post[- ]?mortems?|SL[AO]s?",
    r"services?|APIs?|endpoints?|gateway|index|(?<!training )pipelines?|ETL|DAGs?|queues?",
    r"workers?|clusters?|caches?|caching|databases?|servers?|checkout|webhooks?|search",
    r"website|site|apps?|widget|chatbot|assistant|nightly|hourly",
    _PEOPLE_SERVED,
    r"traffic|requests|sessions",
    _LIVE_METRIC,
    r"CTR|conversions?|revenue|bookings",
)
"""Words that place a failure or a remedy in a running system: a service, an index, a pipeline,
production, its users, a metric only live systems have."""

NEGATED_PRODUCTION = _rx(
    r"(?:not|never|n't)\s+(?:\w+\s+){0,3}?(?:deploy\w*|launch\w*|ship\w*|released|live|"
    r"production|adopted|used|rolled out|go(?:ne)? live|made it|promoted|integrated)",
    r"(?:no|without) (?:implementation|deployment|real users|real use|users|production)",
)
"""Says the work did not reach real use: a modifier, and what keeps a result from being a fix."""
HEDGED_PRODUCTION = _rx(
    r"(?:could|would|might|can|will|should)\s+(?:\w+\s+){0,2}?(?:be|have been)\s+"
    r"(?:\w+\s+)?(?:deploy\w*|scaled|used|launched|shipped|productioni[sz]ed|rolled out|"
    r"put into production|taken to production|" + _REMEDY + r")",
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
)
"""Says the work only could or would reach production."""

# --- results and audiences: one vocabulary for the label rules and the arc ---------------

_AMOUNT = (
    r"~?(?:[$£€]\s?)?\d[\d,.]*\s*(?:%|x\b|ms\b|s\b|µs|k\b|M\b|GB|TB|points?|hours?|h\b|"
    r"minutes?|min\b|days?|weeks?|months?|/\w+)?"
)

_AUDIENCE = (
    r"(?:customers|users|clinicians|merchants|reps|agents|analysts|team|teams|engineers|"
    r"underwriters|listeners|patients|hospitals|clients|employees|drivers|riders|sellers|"
    r"buyers|advertisers|doctors|nurses|researchers|scientists|developers|traders|"
    r"lawyers|editors|moderators|COO|CFO|CEO|CTO|executives|leadership|stakeholders|"
    r"board|department|advis[eo]rs|dermatologists|radiologists|managers|planners|"
    r"recruiters|marketers|applicants|shoppers|students|tenants|operators|staff|"
    r"handlers|accountants|auditors|investigators|pharmacists|GPs|surgeries|clinics|"
    r"stores|depots|branches|schools|restaurants|warehouses|retailers?|banks?|insurers?|"
    r"partners|members|households|subscribers|policyholders|borrowers|citizens|teachers|"
    r"parents|dispatchers|technicians|desk|office|physicians|caseworkers|"
    r"(?<!Kafka )(?<!message )brokers|"
    r"travell?ers|guests|players|creators|publishers|suppliers|vendors|carriers|couriers|"
    r"councils|charities|NGOs?|agencies|businesses|SMEs|companies|organi[sz]ations|brands|"
    r"farmers|growers|adjusters|officers|health workers|entrepreneurs|mothers|families|"
    r"villages|communities|ministr(?:y|ies)|governments?|heads)"
)
"""Who a system is for: people, teams and the organisations or places that use it."""
_AUDIENCE_NAMED = (
    r"(?:\d[\d,.]*\s*[kmb]?\+?\s+)?(?![\w-]+ing\b)(?:[\w&'-]+\s+(?!of\b)){0,3}?"
    + _AUDIENCE
    + r"(?!['’])"
)
"""An audience with up to three words naming it: "1,200 merchants", "the NHS trust's bed managers";
not a task ("predicting churn of customers")."""
_BENEFIT = (
    r"(?:enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|let(?:s|ting)?|help(?:s|ed|ing)?|"
    r"free(?:s|d|ing)?|sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|"
    r"empower(?:s|ed|ing)?|equipp(?:ed|ing)|unblock(?:s|ed|ing)?)"
)
"""Verbs that hand a benefit to someone: "enabling store managers to", "saving analysts"."""
_GOES_DOWN = (
    r"(?:(?:error|failure|churn|bounce|abandonment|chargeback|fraud|complaint|defect|return|"
    r"crash|timeout|drop-?off|decline|rejection|escalation|retry|refund|dispute|"
    r"false[- ]\w+)s?(?: rates?)?|errors?|failed [\w-]+|losses|costs?|spend|bills?|waste|"
    r"latency|p\d{2,3}(?: latency)?|response times?|runtime|run time|downtime|"
    r"page loads?|cold[- ]starts?(?: time)?|MTTR|incidents|outages|pages|alerts|tickets|"
    r"delays?|wait(?:ing)? times?|handle time|handling time|queue (?:depth|time)|backlog|"
    r"time[- ]to[- ](?:production|resolution|market|detect|recover|triage|respond|resolve|"
    r"remediate|merge|review|first \w+)|(?:handle|handling|"
    r"processing|build|deploy|load|onboarding|turnaround|resolution|review|lead) time|"
    r"manual (?:review|work|effort|checks)|toil|"
    r"write-?offs?|shrinkage|stockouts?|no-shows|removals|breakdowns|hallucinat\w+(?: [\w-]+)?|"
    r"unanswered[\w-]*(?: rates?)?|escalations?(?: rates?)?|handoffs?|"
    r"ticket (?:volumes?|counts?)|AHT|average handle time|GPUs|nodes|servers|instances)"
)
"""Live measures that should fall: errors, cost, latency, losses, tickets."""
_GOES_UP = (
    r"(?:conversions?(?: rates?)?|CTR|revenue|retention|containment(?: rates?)?|uptime|"
    r"availability|throughput|adoption|engagement|sign-?ups|bookings|sales|NPS|CSAT|"
    r"deflection(?: rates?)?|(?:cache )?hit rates?|approval rates?|acceptance rates?|"
    r"recovery rates?|activation|watch time|GMV|AOV|basket size|take rate|click-?throughs?|"
    r"approvals|picks|completions|renewals)"
)
"""Live measures that should rise: conversion, revenue, retention, uptime."""
_FALLS = (
    r"(?:(?:was |were |has |have |is |are )?(?:down|fell|dropped|declined|decreased|shrank|"
    r"went down|halved|cut|reduced|lowered|went|moved|came down))"
)
_RISES = (
    r"(?:(?:was |were |has |have |is |are )?(?:up|rose|grew|climbed|increased|improved|jumped|"
    r"doubled|tripled|lifted|went|moved))"
)
_MOVE = (
    r"(?: by)?(?: from " + _AMOUNT + r")?(?: to)? (?:under |below |over |above |about |~|"
    r"nearly |almost |just |<\s?|>\s?)?(?:" + _AMOUNT + r"|(?:near[- ])?zero|nil|none)"
)
"""How far a measure moved: "by 18%", "from 2.1% to 0.3%", "to near zero"."""

LIVE_RESULT = _rx(
    r"(?:cut|cutting|reduc(?:ed|ing|es)|lower(?:ed|ing)|improv(?:ed|ing|es)|halv(?:ed|ing)|"
    r"rais(?:ed|ing)|(?<!gradient )(?<!gradient-)boost(?:ed|ing)|sped up|speeding up|"
    r"sav(?:ed|ing|es)|shr[ai]nk(?:ing)?|"
    r"shrunk|lift(?:ed|ing|s)?|increas(?:ed|ing)|decreas(?:ed|ing)|brought (?:down|back)|"
    r"bringing (?:down|back)|restor(?:ed|ing)|recover(?:ed|ing)|sustain(?:ed|ing)|"
    r"absorb(?:ed|ing)|resolved|eliminat(?:ed|ing)|trimm(?:ed|ing)|slash(?:ed|ing)|shaved)"
    r"\s+(?:" + _WORD + r"){0,8}?(?:by\s+|to\s+|from\s+)?(?:over |more than |~|about |"
    r"nearly |almost )?(?:" + _AMOUNT + r"(?:\s*(?:to|→|->)\s*" + _AMOUNT + r")?|"
    r"\w+ to (?:a |an |one |under )?\w+)",
    r"(?:halv(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|eliminat(?:ed|ing)|"
    r"restor(?:ed|ing)|brought back|bringing back|recover(?:ed|ing))\s+"
    r"(?:" + _WORD + r"){0,3}?[^\s,;:.()]+",
    # The arrow is rare: look for it before trying every measure's name.
    r"(?=[^;→]{0,60}(?:→|->))(?:" + _LIVE_METRIC + r"|" + _GOES_DOWN + r"|" + _GOES_UP + r")"
    r"[^;]{0,30}?\d[\d.,]*\s*(?:%|/\w+|\w*)\s*(?:\w+ )?(?:→|->)\s*(?:under |below |<\s?)?"
    r"\d[\d.,]*\s*(?:ms|s|µs|%|[kmb]|min)?",
    _LIVE_METRIC + r"(?: \w+)? (?:was|were) (?:cut|reduced|lowered|halved|brought down)"
    r"(?: by " + _AMOUNT + r")?",
    r"(?:A/B|online) test\w* (?:showed|delivered|drove|found) [+-]?\d[\d.]*%? "
    r"(?:[\w-]+ ){0,2}?(?:CTR|conversions?|revenue|watch time|retention|engagement|"
    r"bookings|sales|sign-?ups|add-to-cart|orders|clicks|purchases|GMV|AOV|CVR)",
    r"(?:catching|blocking|preventing) (?:\d[\d,]*\+? |a |an |the )?(?:[\w-]+ ){0,2}?"
    r"(?:bad \w+|regressions?|outages?|incidents?|failures?|loads|pushes|deploys?|"
    r"releases?)",
    r"(?:[$£€]\s?)?\d[\d.,]*\s?(?:%|x|×|times|[kmb])?\s+(?:fewer|less|lower|more|higher|"
    r"faster|cheaper|shorter|smaller)(?: [^\s,;:.()]+){1,3}",
    # One pass over the measures that should fall: moved by an amount, by a fraction, or gone.
    _GOES_DOWN
    + r"(?: [^\s,;:.()]+){0,4}? (?:"
    + _FALLS
    + _MOVE
    + r"|(?:halved|eliminated)\b|(?:down|fell|dropped|cut) (?:by )?(?:a third|a quarter|half|"
    r"two[- ]thirds|in half))",
    _GOES_UP + r"(?: [^\s,;:.()]+){0,4}? " + _RISES + _MOVE,
    r"(?:brought|bringing|got|getting|pulled|pulling)(?: [^\s,;:.()]+){1,5}? back "
    r"(?:under|below|within|inside|to|down to|above)\b" + _CLAUSE,
    r"(?:held|holding|kept|keeping|maintained|maintaining|sustained|achieved|delivered|"
    r"met|hit)(?: [^\s,;:.()]+){0,4}? \d[\d.]*\s?% (?:uptime|availability|SLAs?|SLOs?|"
    r"success rate|on-time)",
    r"(?:held|holding|kept|keeping|sustained)(?: [^\s,;:.()]+){1,5}? (?:under|below|within|"
    r"inside) (?:its |the |their |a |an )?(?:[$£€]?\d|SLAs?|SLOs?|budget|targets?)",
    r"(?:no|zero) (?:further |more |repeat |new )?(?:[\w-]+ ){0,5}?since\b",
    r"(?:deflect(?:ed|ing|s)?|block(?:ed|ing|s)?|prevent(?:ed|ing|s)?|catch(?:es|ing)|caught|"
    r"avert(?:ed|ing)|auto-?resolv(?:ed|ing|es)) (?:over |more than |~|about |roughly |"
    r"an estimated )?(?:[$£€]\s?)?\d[\d,.]*\s*[kmb]?\+?(?!\s*%)",
    r"now (?:takes?|finish(?:es)? in|runs? in|completes? in|loads? in|settles? in) "
    r"(?:under |about |~|just )?\d[^;,]*",
    r"instead of (?:about |~)?\d[\d.,]*\s*\w*",
    # A measure taken on live use: "MAE on live trips fell from 4.1 to 2.7 min",
    # "NDCG on live click logs +8%", "85% auto-match rate in production".
    r"(?:on|in|across) (?:live|production|prod)(?: [\w-]+){0,2}?,?\s+(?:[+\u2212-]\s?"
    r"\d[\d.]*\s*(?:%|pp|points?|bps)|(?:fell|dropped|rose|improved|went|moved|down|up|from)"
    r"\b[^;,]{0,25}?\d)",
    r"[+\u2212-]\d[\d.]*\s*%(?: [\w-]+){0,3}? in (?:a |the )?live (?:test|A/B test|experiment)",
    r"\d[\d.]*\s?[x×] (?:throughput|faster|speed-?up|capacity|more (?:traffic|requests))",
    r"(?:p\d{2,3}|latency)\s?(?:<|under|below)\s?\d[\d.]*\s?(?:ms|s)\b[^;,.]{0,12}?"
    r"(?:in (?:live|production|prod)|live)",
    r"\d[\d.]*\s*%\s+(?:[\w-]+ ){1,3}?(?:in production|on live traffic)",
    r"[+\u2212-]\d[\d.]*\s*%(?: [\w-]+){0,4}? vs\.? (?:a |the )?(?:live |production )?"
    r"(?:holdout|control)",
    # A live measure moved with no verb: "p99 from 420 ms to 95 ms".
    _LIVE_METRIC + r"(?: [\w-]+){0,2}? (?:down |up )?from " + _AMOUNT + r" to "
    r"(?:under |below |<\s?)?" + _AMOUNT,
    r"SLAs? (?:met|held|hit) (?:on |for |in )?\d[\d.]*\s?%",
    r"(?:NPS|CSAT|CTR|conversion|retention|revenue|GMV|AOV|uptime)\s?[+\u2212]\s?\d[\d.]*",
    r"\+\d[\d.]*\s?% (?:add-to-cart|conversions?|CTR|revenue|retention|GMV|orders|bookings|sales|"
    r"sign-?ups|engagement)",
    r"\d[\d.]*\s?%\s?[↓↑]",
    r"\+\d[\d.]*\s?%(?: [\w/-]+){1,4}? in (?:an? |the )?(?:\d+-week )?(?:A/B|online|live) test",
    r"\+\d[\d.]*\s?% [\w-]+(?:/| per )(?:hour|day|week|shift)",
    r"deflect(?:ed|ing|s) (?:about |~|over )?\d[\d.]*\s?% of",
    r"(?:shipped|deployed|pushed) (?:a |the )?(?:[\w-]+ ){0,2}?(?:fix|patch|hotfix)",
    r"\d[\d.]*\s?% (?:uptime|availability)(?: [\w-]+){0,2} since\b",
    r"brought (?:[^\s,;:.()]+ ){1,4}?from " + _AMOUNT + r" to (?:under |below |<\s?)?" + _AMOUNT,
    r"(?:bringing|brought|getting|got) (?:it|them|this|that) (?:down |back )?to "
    r"(?:under |below |about |~)?(?:[$£€]\s?)?\d[\d,.]*\s*(?:[kmb]\b|%)?",
)
"""A measure of a running system moved for real: "chargebacks down 18%", "30% fewer false
declines", "saving analysts 10 h/week". The arc's fix, and the label rule ``live_result`` where
the measure is not a model metric or offline (``OFFLINE_RESULT``)."""

SYSTEM_AT_WORK = _rx(
    r"services?|APIs?|endpoints?|(?:micro)?services?|pipelines?|ETL|DAGs?|jobs?|batch(?:es)?",
    r"queues?|workers?|clusters?|caches?|databases?|servers?|checkout|webhooks?|website|apps?",
    r"widgets?|(?:chat)?bots?|assistants?|engines?|models?|classifiers?|platforms?|systems?",
    r"scripts?|portals?|in-house|real-time|edge|automat(?:ed|ing|ion|es)|auto-\w+",
    r"(?:re-?)?deploy(?:ed|ing|s)?|launch(?:ed|es)|rolled out|went (?:out|live)|production|live",
)
"""Something built or run. A live measure moved counts fully only where the bullet names one:
"chargebacks down 18%" after a rules engine, not revenue up after reorganising sales territories."""

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
            # Weights or code put on Hugging Face or GitHub are published, not in use.
            r"released(?! (?:[\w-]+ ){0,3}?(?:on|to) "
            r"(?:Hugging ?Face|HF|GitHub|PyPI|arXiv|Kaggle)\b)"
            r"(?! (?:the |our |its |my )?(?:[\w-]+ )?(?:dataset|datasets|weights|code|paper|"
            r"checkpoints?|notebooks?)\b)",
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
            # "better than the production model" compares with it: the candidate's is not live.
            r"(?<!than the )(?<!than our )(?<!than a )(?<!beat the )(?<!over the )(?<!vs\. the )"
            r"(?<!vs the )(?<!against the )(?<!beat production on )"
            r"production[ ](?:traffic|services?|systems?|models?|hosts|servers|clusters?|"
            r"chatbot|endpoints?|environment|databases?|rollout|deployment|launch|calls|apps?|"
            r"pipelines?|workloads?|issues|bugs|errors|data|search|ranking|ranker|relevance|"
            r"ELT|ETL|jobs?|MAPE|accuracy|latency|metrics|incidents?|outages?|inference|"
            r"usage|load|stack|infra(?:structure)?|[\w-]+ models?)",
            r"(?:is|are|went|now|still|stays) live",
            r"live (?:at|in|across|on) (?:\d+|all|every)",
            r"live since",
            r"(?<!than the )(?<!than our )(?<!beat the )(?<!over the )(?<!vs the )"
            r"live (?:\w+ )?(?:traffic|calls|service|model|system|users|site|environment|"
            r"recommendation service|trading engine|chats|chatbot|assistant|app|logs|queries|"
            r"requests|trips|transactions|orders|sessions)",
            r"real(?:-world)? (?:users|traffic|customers|requests)",
            r"online serving|serv(?:ed|es|ing) online",
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
            r"(?:automated|scheduled|continuous|nightly|daily|weekly|monthly) retraining",
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
            r"(?:responsible for|in charge of|owned) (?:the )?(?:day-to-day )?"
            r"(?:operation|operations|running|upkeep) of",
            r"migrat(?:ed|ing|ion)",
            r"scaled",
            r"decommission(?:ed|ing)",
            r"retir(?:ed|ing)",
            r"hardened",
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
            r"roll-?backs?",
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
            r"~?\d[\d,.]*[kmb]?\s*/\s*(?:day|week|month|sec|s|min)",
        ),
    ),
    Rule(
        "real_use",
        SHIPPED,
        3.0,
        "says someone relies on it day to day",
        _rx(
            r"(?:is |are )?used (?:daily |weekly |every day |each morning |every morning )?by",
            # "that front-desk staff check each morning", "reviewed in the Monday business review"
            r"(?:checks?|checked|opens?|opened|reviews?|reviewed|reads?|consults?|consulted|"
            r"uses?|used|watch(?:es|ed)?)(?: it| them)? (?:each|every) (?:morning|day|weekday|"
            r"week|Monday|Tuesday|Wednesday|Thursday|Friday|shift|month|quarter|session)",
            r"(?:opens?|opened|checks?|checked|consults?|consulted) (?:it |them )?(?:daily|weekly|"
            r"every day|each day)",
            r"(?:reviewed|used|discussed|consulted) (?:in|at|during) (?:the |every |each |our |"
            r"their )?(?:daily |weekly |monthly |quarterly |Monday )?(?:[\w-]+ ){0,2}?"
            r"(?:reviews?|meetings?|stand-?ups?)",
            r"replac(?:ed|ing|es) (?:a |the |our |their )?(?:[\w-]+ ){0,3}?manual (?:[\w-]+ )?"
            r"(?:process|work|step|workflow|reconciliation|reporting|checks?|review)",
            r"(?:emailed|sent|delivered|pushed) (?:[\w-]+ ){0,3}?to \d[\d,]* (?:[\w-]+ )?"
            + _AUDIENCE,
            r"(?:on|in) (?:the )?(?:Google Play|Play Store|App Store|Chrome Web Store|"
            r"Microsoft Store|VS Code Marketplace)",
            r"ran (?:for|over) \d+ (?:years|months)",
            r"used (?:on|in|across|throughout) (?:the |our |its |all |every )?(?:[\w-]+ ){0,2}?"
            r"(?:homepage|home page|app|website|site|product|checkout|search|feed|platform|"
            r"storefront|stores|branches|clinics|hospitals)",
            r"(?:for|behind|across) all (?:(?:of )?(?:the |our |its ))?(?:[\w-]+ ){0,2}?"
            r"(?:systems|services|teams|products|apps|models|stores|markets|sites)",
            r"used (?:daily|every day|weekly|each \w+|every \w+|for every \w+|across)",
            r"adopted by",
            r"relied on by",
            r"in daily use",
            r"in (?:daily |active |production )?use (?:since|at|by|across|in \d)",
            r"(?:team|teams|staff|agents|engineers|users|customers|analysts|clinicians)"
            r" (?:uses?|rel(?:y|ies) on|watch(?:es)?)",
            r"now (?:used|live|running|serving|handl\w+|process\w+|power\w*|resolv\w+|"
            r"inspect\w*|run\w*|serv\w+|flag\w*|scor\w+|rout\w+)",
            r"runs? (?:nightly|daily|hourly|weekly|24/7|continuously|in CI|on every \w+)",
            r"(?:ingest|sync|refresh|load|updat|retrain|scor|export)(?:s|es|ed|ing|e)? "
            r"(?:[\w-]+ ){0,6}?every (?:hour|night|day|morning|minute|\d+ minutes)",
            r"(?:on|across|for) all \d[\d,]*\+? (?:[\w-]+ )?(?:repos|repositories|services|stores|"
            r"sites|clusters|branches|hospitals|clinics|markets|teams)",
            r"part of (?:their|our|the|its) (?:daily |weekly )?(?:[\w-]+ )?workflow",
            r"kept (?:\w+[\s-]+){0,4}?(?:running|alive|up|healthy|green|fresh|online)",
            r"(?:nightly|hourly|daily) (?:\w+ ){0,2}?"
            r"(?:exports?|jobs?|loads|batch(?:es)?|runs|builds)",
            r"(?:refresh(?:ed|es)?|retrain(?:ed|s)?|updated) (?:nightly|daily|hourly|weekly)",
            r"(?:on|for|with|in|inspects|scores|process(?:es|ed)|handles|routes|reviews|checks) "
            r"every (?:[\w-]+ ){0,2}?(?:claim|ticket|invoice|application|case|PR|pull request|"
            r"merge request|push|request|transaction|"
            r"order|call|authori[sz]ation|part|prompt change|commit|deploy|release|project|"
            r"page view|load|visit|search|session|query|app open|checkout|login|build|booking)",
            r"(?:app|apps|clients|services|teams|products) (?:calls?|hits?|depends? on)",
            r"(?:customer|user)[- ]facing",
            r"auto-?(?:approv|declin|reject|rout|assign|escalat|refund|flagg?)(?:es|ed|ing|s)",
            r"paying customers",
            r"(?:kept|keep|still|continued to|continue to) us(?:e|es|ed|ing)(?: it| them)?",
            r"continued using",
            r"(?:that|which|whom) (?:\d[\d,]*\+? )?(?:[\w-]+ ){0,2}?"
            + _AUDIENCE
            + r" (?:now |still |all )?(?:use|uses|rely on|relies on)\b",
            r"\d[\d,.]*\s*[kmb]?\+? (?:monthly |weekly |daily )?(?:downloads|installs)",
            r"gets (?:about |around |~)?\d[\d,]* \w+ (?:a|per) (?:day|week|month)",
            # "planners at 4 DCs use it every week", "the risk team relies on them"
            # The lookahead skips, cheaply, the places where no "use it" follows an audience.
            r"(?=[a-z]{2,20}(?: [\w-]+){0,4}? (?:use|uses|rely on|relies on) (?:it|them|this|"
            r"these)\b)"
            + _AUDIENCE
            + r" (?:(?!could|would|might|will|can|should|may)[\w-]+ ){0,3}?"
            r"(?:use|uses|rely on|relies on) (?:it|them|this|these)\b",
            # "the cluster that runs 25 ML models", "hosts all 40 services"
            r"(?:runs|hosts|serves|powers) (?:all |the |our )?\d+\+? (?:[\w-]+ ){0,2}?"
            r"(?:models|services|pipelines|jobs|APIs|apps)",
            r"\d[\d,.]*\s*[kmb]?\+? (?:[\w-]+ ){0,2}?(?:enrolled|onboarded|signed up|registered)",
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
            r"\d[\d,.]*\s*(?:[kmb]\b|million|billion)?\+?%?"
            # "flagged failures ~2 weeks ahead" is a lead time, not a volume.
            r"(?!\s*(?:weeks?|days?|hours?|h|months?|min(?:utes?)?|years?|s|ms)\b)",
            # Scores pushed into the tools people work in: reverse ETL into a CRM.
            r"(?:push|sync|writ|load)(?:es|ing|ed|s|e)?\s+(?:[\w-]+\s+){0,3}?(?:into|to)\s+"
            r"(?:the\s+)?(?:Salesforce|HubSpot|Marketo|Braze|Zendesk|Intercom|CRM|ERP|SAP)\b",
            r"(?:feed(?:s|ing)?|power(?:s|ing)?|back(?:s|ing))\s+(?:the\s+)?(?:\d+\s+)?"
            r"(?:\w+\s+){0,2}?(?:models?|services?|teams|systems|apps|products|CRM|Salesforce|"
            r"campaigns|workflows|queues|decisions)",
            r"(?:produc|suppl(?:i|y))(?:es|ing)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?\d+\s+"
            r"(?:\w+\s+)?(?:models|services|teams|systems|apps|products|dashboards)",
        ),
        live=True,
    ),
    Rule(
        "operations",
        SHIPPED,
        3.0,
        "shows the system was kept alive: on-call, incidents, outages, post-mortems",
        _rx(
            r"on[- ]call(?![- ]?cent(?:re|er))",
            r"pager(?:duty)?",
            r"paging",
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
            r"(?:zero|no) (?:downtime|incidents|outages|sev-?\d)",
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
            r"APM",
            r"(?:distributed )?tracing",
            r"OpenTelemetry|Jaeger|Zipkin|New Relic|Dynatrace|AppDynamics|Honeycomb",
            r"troubleshoot(?:ing|ed|s)?",
        ),
    ),
    Rule(
        "failure_in_service",
        SHIPPED,
        2.0,
        "names something that broke while running (crash, leak, regression, stale index)",
        FAILURE,
        claim=True,
        event=True,
        live_weight=3.0,
    ),
    Rule(
        "remedy_applied",
        SHIPPED,
        1.0,
        "puts something broken right (fixed, rolled back, reverted, patched, restored)",
        REMEDY,
        claim=True,
        event=True,
        live_weight=2.0,
    ),
    Rule(
        "running_cost",
        SHIPPED,
        2.5,
        "measures what it costs to run (cloud bill, GPU spend, cost per request)",
        _rx(
            _RUNNING_PLATFORM + r"\s+" + _SPEND,
            _SPEND + r" (?:on|for|of) (?:the |our |its )?(?:[\w-]+ ){0,2}?" + _RUNNING_PLATFORM,
            r"(?:cost|costs|spend) per (?:request|query|call|prediction)",
            r"in hosting",
            r"hosting costs?",
            r"(?:the|its|our|monthly|annual|AWS|cloud|GCP|Azure) bill",
            r"utili[sz]ation",
        ),
    ),
    Rule(
        "live_result",
        SHIPPED,
        0.0,
        "a live business or operational measure moved for real (fewer declines, hours saved)",
        LIVE_RESULT,
        claim=True,
        live=True,
        system_weight=2.5,
    ),
    Rule(
        "serves_people",
        SHIPPED,
        1.5,
        "names how many people or places a system is for (an app for 35 GP surgeries)",
        _rx(
            r"(?:services?|apps?|pipelines?|APIs?|platforms?|systems?|tools?|jobs?|engines?|"
            r"assistants?|bots?|portals?|models?)\s+(?:[\w-]+\s+){0,2}?"
            r"for (?:over |more than |~|about |all )?\d[\d,.]*\s*[kmb]?\+?\s+(?:[\w&'-]+\s+){0,2}?"
            r"(?:" + _AUDIENCE + "|" + _PLACES + r"|surgeries|clinics|depots)",
        ),
        claim=True,
    ),
    Rule(
        "built_for_people",
        SHIPPED,
        2.5,
        "says who a tool, report or service was built for (the sales team, our members)",
        _rx(
            r"(?:built|developed|created|wrote|designed|implemented|set up|stood up|made|"
            r"automated|delivered)\s+(?:[\w/+.&-]+\s+){0,5}?(?:dashboards?|tools?|"
            r"apps?|application|APIs?|services?|bots?|pipelines?|portals?|trackers?|"
            r"integrations?|workflows?|systems?|platforms?|assistants?)\s+"
            r"(?:[\w/+.&'-]+\s+){0,6}?for\s+(?:the\s+|our\s+|its\s+|their\s+|all\s+)?"
            r"(?:[\w&'-]+\s+){0,2}?(?:" + _AUDIENCE + r"|finance|marketing|sales|ops|"
            r"operations|HR|legal|support|team leads|executive team|exec team)\b",
        ),
        claim=True,
    ),
    Rule(
        "benefit_to_people",
        SHIPPED,
        1.5,
        "says what it changed for the people who use it (enabling managers, so that finance could)",
        _rx(
            r"(?<!to )(?:enabl(?:es|ed|ing)|allow(?:s|ed|ing)|let(?:s|ting)?|help(?:s|ed|ing)|"
            r"free(?:s|d|ing)|spar(?:es|ed|ing)|giv(?:es|ing)|gave|"
            r"unblock(?:s|ed|ing)) (?:the |our |its |their |all |each |every )?" + _AUDIENCE_NAMED,
            r"so (?:that )?(?:the |our |its |their |all )?(?:"
            + _AUDIENCE_NAMED
            + r"|ops|finance) (?:could|can|now|no longer|get|gets|see|sees|no more|stop|stopped)\b",
        ),
        claim=True,
    ),
    # --- not production: modifiers --------------------------------------------------------
    Rule(
        "negated_production",
        SHIPPED,
        -3.0,
        "says the work did not reach real use",
        NEGATED_PRODUCTION,
        modifier=True,
    ),
    Rule(
        "hedged_production",
        SHIPPED,
        -3.0,
        "only says the work could or would reach production",
        HEDGED_PRODUCTION,
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
            r"ready to (?:deploy|ship|launch|go live)",
            r"deployment[- ]ready",
            r"(?:intended|planned|designed|slated) for (?:deployment|production|launch)",
            r"deployment plan",
            r"plan(?:ned|s)? to (?:deploy|launch|ship|release)",
            r"production readiness",
            r"(?:ahead of|before|pending|awaiting) (?:a |the |its |our )?(?:planned |future |"
            r"potential |possible )?(?:[\w-]+ )?(?:launch|release|rollout|deployment|go-live)",
            r"planned (?:[\w-]+ )?(?:launch|release|rollout|deployment)",
        ),
        modifier=True,
    ),
    Rule(
        "lab_setting",
        SHIPPED,
        -1.5,
        "places the work in a demo, prototype, notebook or class, not in real use",
        _rx(
            *_EARLY_STAGE,
            r"hackathon",
            r"capstone",
            r"(?:class|course|coursework|university|school|group|final-year|personal|side|"
            r"weekend|toy|hobby) (?:project|demo)",
            r"for a (?:university |computer vision |machine learning |ML )?(?:course|class)",
            # A course named by its code: "for Operating Systems (CS 162)".
            r"\((?-i:[A-Z]{2,5})\s?\d{2,4}[A-Z]?\)",
            r"tutorial",
            r"toy",
            r"staging",
            # A malware sandbox is where analysts work, not a place short of production.
            r"(?<!malware )(?<!security )sandbox(?! (?:triage|queue|analysis|detonations?|"
            r"verdicts?|reports?|escapes?)\b)",
            r"(?:on )?(?:a )?local (?:GPU|machine|laptop)",
            r"on paper",
            r"design doc",
            r"(?:research )?spike(?!s? (?:in|of)\b)",
            r"offline only",
            r"(?:in|during) (?:[\w-]+ )?training(?! data)",
            r"training (?:loops?|scripts?|runs?|code)",
            r"not adopted",
            r"showcase",
            r"hand(?:ed|ing)? (?:it |them |this |the \w+ )?(?:off|over) to",
            r"training (?:set|split)",
            r"pre-?(?:release|launch)",
            r"replay(?:ed|ing)",
            r"for benchmarking",
            r"on (?:CPU |GPU |internal )?benchmarks?",
            r"in the lab",
            r"one-(?:off|time)",
            r"for (?:possible|potential|eventual|future) (?:integration|deployment|use|rollout)",
        ),
        modifier=True,
    ),
    Rule(
        "idea_adopted",
        SHIPPED,
        -3.0,
        "what was adopted is an idea (a recommendation, a proposal, a policy), not a system",
        _rx(
            r"(?:recommendations?|proposals?|findings|roadmap|approach|polic(?:y|ies)|standards?|"
            r"guidelines|framework|strategy|ideas?|template|process|checklist|rubric) "
            r"(?:was |were |got |has been |have been )?(?:later )?(?:adopted|accepted|approved)"
            r"(?: (?:by|across|for))?",
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
        _rx(r"train(?:ed|ing|s)?\s+(?:for\s+)?(?:\d[\d,+]*\s+)?" + _TAUGHT),
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
            # Building a model is training one; building what serves or watches models is not.
            r"(?:buil[td]|building|develop(?:ed|ing)?|designed|created|implemented)\s+"
            r"(?:an?\s+|the\s+|our\s+)?"
            # Words naming the model, not a phrase about something else ("workflow for every").
            r"(?:(?!(?:for|of|to|in|on|with|behind|that|which|and|from|into|across|every|each)"
            r"\b)[\w/+.-]+\s+){0,4}?(?:"
            # dbt, data, semantic and dimensional models are tables, financial ones are
            # spreadsheets: not learned models.
            r"(?<!dbt )(?<!data )(?<!SQL )(?<!semantic )(?<!dimensional )(?<!financial )"
            r"(?<!Excel )models?|classifiers?|"
            r"regressors?|detectors?|forecasters?|CNNs?|LSTMs?|GNNs?|neural networks?)"
            r"(?! (?:serving|registry|monitoring|platform|store|pipeline|deployment|API|endpoint|"
            r"service|gateway|catalog|hub|infrastructure|infra|training|evaluation)\b)",
        ),
        lead=True,
    ),
    Rule(
        "model_method",
        TRAINED,
        2.0,
        "names a model or learning method",
        _rx(
            r"(?<!role )models?",
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
            *MODEL_METRICS,
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
            r"validated (?:on|against)",
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
            r"explor(?:ed|ing)(?! (?:[\w-]+ ){0,3}?(?:data|dataset|datasets|logs)\b)",
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
            r"evaluat(?:ed|ing)(?! (?:[\w-]+ ){0,2}?vendors?)",
        ),
        lead=True,
    ),
    Rule(
        "ml_tooling",
        TRAINED,
        1.0,
        "names a modelling library or training hardware",
        _rx(
            *MODEL_LIBRARIES,
            r"Weights & Biases|W&B",
            r"NumPy",
            r"MLflow",
            r"Hydra",
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
        "a competition or a hackathon: judges and a leaderboard, not users",
        _rx(
            r"Kaggle",
            r"competitions?",
            r"leaderboard",
            r"hackathons?",
            r"datathons?",
            r"game jam",
            r"Hash Code|ICPC|Zindi|DrivenData",
            r"(?:Hack|Tree)[A-Z]\w*|Hack the \w+",
            r"(?-i:[A-Z][\w-]*) (?:Challenge|Cup)",
            r"demo day",
        ),
        lead=True,
    ),
    Rule(
        "project_setting",
        TRAINED,
        3.0,
        "a course, thesis or personal project: built to learn or to grade, not for real use",
        _rx(
            r"thesis|theses|dissertation",
            r"capstone",
            r"(?:class|course|coursework|university|school|group|final-year|final year|"
            r"semester|term|student|personal|side|weekend|hobby|toy|pet|self-study|"
            r"independent[- ]study|B\.?Tech|B\.?Sc|M\.?Sc|MSc|undergraduate|graduate|"
            r"senior|bootcamp|research) projects?",
            r"for (?:a|my|the|our) (?:[\w-]+ ){0,2}?(?:course|class|module|assignment|"
            r"coursework)",
            r"final (?:project|assignment)",
            r"independent study",
            r"self-study",
            # A course named by its code: "for Operating Systems (CS 162)".
            r"\((?-i:[A-Z]{2,5})\s?\d{2,4}[A-Z]?\)",
            r"(?-i:[A-Z]{2,5}) \d{3,4}(?= final| project| course|\b[;:,.)]|$)",
            r"as a (?:side|personal|weekend|hobby) project",
        ),
        lead=True,
    ),
    Rule(
        "early_stage",
        TRAINED,
        1.0,
        "a prototype, demo or notebook: where built work usually stops",
        _rx(*_EARLY_STAGE),
    ),
    Rule(
        "built_software",
        TRAINED,
        2.0,
        "builds software: built, not shipped, until the bullet shows it in real use",
        _rx(
            r"(?:built|building|co-built|develop(?:ed|ing)?|implement(?:ed|ing)|created|wrote|"
            r"written|coded|programmed|engineered|made|architected|designed|prototyped|"
            r"open-?sourced)\s+"
            r"(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w/+.&-]+\s+){0,4}?"
            r"(?:apps?|applications?|tools?|tooling|websites?|web ?sites?|sites?|APIs?|services?|"
            r"bots?|chatbots?|extensions?|games?|scripts?|librar(?:y|ies)|packages?|plugins?|"
            r"pipelines?|systems?|platforms?|dashboards?|shells?|compilers?|interpreters?|"
            r"databases?|schemas?|features?|CLIs?|backends?|front-?ends?|engines?|simulators?|"
            r"kernels?|operating systems?|frameworks?|modules?|UIs?|interfaces?|workflows?|"
            r"agents?|assistants?|portals?|integrations?|ER diagrams?|prototypes?|"
            r"(?:thread|standard) librar(?:y|ies)|pagers?|parsers?|crawlers?|scrapers?|"
            r"emulators?|servers?|clients?|SDKs?|templates?|harness(?:es)?|suites?|"
            r"trading bots?|recommenders?|summari[sz]ers?|generators?|coach(?:es)?|estimators?|"
            r"extractors?|translators?|copilots?|calculators?|visuali[sz]ations?|analy[sz]ers?|"
            r"demos?|proofs? of concept|POCs?|buddy|MVPs?)\b",
        ),
        lead=True,
    ),
    Rule(
        "technical_design",
        TRAINED,
        2.5,
        "designs a system on paper: engineering that stopped before anything ran",
        _rx(
            r"design docs?",
            r"design documents?",
            r"architecture (?:docs?|documents?|diagrams?|proposals?)",
            r"target-state architecture",
            r"(?:designed|drew up|proposed) (?:the |a |an )?(?:[\w-]+ ){0,3}?architecture",
            r"system design",
        ),
        lead=True,
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
            r"(?:pose|depth|keypoint) (?:estimation|detection)",
            r"pose-estimation",
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
            r"(?:wrote|created|designed|developed|delivered|taught|ran) (?:the |a |an |our )?"
            r"(?:[\w-]+ ){0,3}?(?:course|curriculum|workshops?|class|bootcamp|tutorials?|"
            r"lectures?) (?:on|in|for|about)\b",
            r"(?:led|ran|delivered|designed) (?:a |the |an )?(?:[\w-]+ ){0,3}?(?:programmes?|"
            r"programs?|curricul(?:um|a)|bootcamps?) (?:for|on|in)",
            r"taught",
            r"teach(?:ing|es)?",
            r"tutor(?:ed|ing|s)?",
            r"teaching assistant",
            r"(?-i:TAs?)(?= for\b|$|[,;.)])",
            r"as (?:a |the )?(?-i:TA)\b",
            r"office hours",
            r"graded",
            r"(?:guest )?lectur(?:ed|es|ing|er)",
            # Running a workshop teaches; a paper at a conference workshop does not.
            r"(?:ran|run|led|gave|give|taught|teach|delivered|organi[sz]ed|hosted|facilitated|"
            r"designed)\s+(?:[\w-]+\s+){0,3}?workshops?",
            r"workshops? (?:on|for|about) ",
            r"training materials",
            r"(?:[\w]+-)?(?:training|literacy|upskilling|education|mentoring|mentorship|onboarding|"
            r"learning) "
            r"(?:programmes?|programs?|curricul(?:um|a)|bootcamps?|academy)",
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
            # "Led a team of 4 to ship the feed", "Managed a team of 5 engineers delivering the
            # lakehouse" are about what shipped.
            r"(?:managed|led) (?:a |the )?team(?!(?: of \d+(?: [\w-]+){0,3})? (?:to (?:ship|deploy|"
            r"launch|roll|build|migrate|productioni[sz]e|deliver|rebuild|move|replace)|"
            r"(?:delivering|building|shipping|running|operating|launching|migrating)\b))",
            r"team lead",
            r"\d+ (?:direct )?reports",
            r"scrum master",
            r"(?:sprint|quarterly|annual|headcount) planning",
            r"backlog",
            r"retrospectives",
            r"performance reviews",
            r"line manag\w+",
            r"(?:sprint|team|delivery) velocity",
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
            r"Kaggle (?:Competitions |Notebooks |Datasets |Discussion )?(?:Grandmaster|Master|"
            r"Expert|Contributor)",
            r"judge",
            r"captain",
            r"qualified for",
            r"finalist|semi-?finals?|semifinalist",
            r"won",
            r"winner",
            r"medal",
            r"prize",
            r"honou?rs",
            r"dean's list",
            r"GPA",
            r"scholarship",
            r"fellowship",
            r"promoted(?= to\b)",
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
            # Publishing an app, extension or package puts software in users' hands.
            r"published(?! (?:an? |the |our |my )?(?:[\w-]+ ){0,2}?(?:apps?|extensions?|packages?|"
            r"librar(?:y|ies)|plugins?|modules?|SDKs?|CLIs?|tools?|bots?|sites?|websites?|APIs?|"
            r"images?|containers?|crates?|gems?))",
            r"publications?",
            r"papers?(?! trad(?:e|es|ing)\b)",
            r"co-?authored",
            r"(?:co-?)?authors? of",
            r"journal",
            r"proceedings",
            r"NeurIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|KDD|AISTATS|SIGIR|"
            r"INTERSPEECH",
            r"arXiv",
            r"preprint",
            r"patents?",
            r"reviewer",
            r"(?:invited )?talks?",
            r"keynote",
            r"spoke",
            r"speaker",
            r"poster",
            r"blog (?:posts?|series|articles?)",
            r"gave (?:an? )?(?:invited |lightning |guest )?(?:talk|presentation|lecture|keynote)",
            r"(?:wrote|write|writing|authored|published) (?:an? |the |my )?(?:[\w-]+ ){0,3}?"
            r"(?:blog|articles?|posts?|newsletters?|series|columns?|white ?papers?)",
            r"white ?papers?",
            r"\d[\d,.]*[kK]?\+? reads",
            r"(?:writ(?:e|es|ing)|wrote|written) (?:\w+ ){0,2}?(?:on|for) (?:Medium|Substack|"
            r"(?:a |my |the )?(?:blog|newsletter))",
            r"reading group",
            r"literature review",
        ),
        lead=True,
    ),
    Rule(
        "analysis",
        TRAINED,
        2.0,
        "analyses data: work that stops at findings, not a system in real use",
        _rx(
            r"analy[sz](?:ed|ing|es|is)",
            r"analyses",
            r"exploratory data analysis|EDA",
            r"insights",
            r"findings",
            r"root causes?",
            r"market sizing",
            r"causal inference",
            r"diff-in-diff",
            r"ad-hoc(?: [\w-]+)? (?:requests|analys\w+|queries|questions|reports?)",
            r"SQL queries",
            r"one-off",
            r"one-time",
            r"financial models",
            r"statistical (?:tests?|analysis|models?)",
            r"t-tests?|chi-square|ANOVA|mixed-effects models?",
            r"(?:regression|cohort|funnel|cost-benefit|competitive|price-elasticity|"
            r"elasticity|sensitivity|spend|variance) (?:analys[ie]s|study|studies)",
            r"stud(?:y|ies)(?! (?:group|session)s?\b)",
            r"readouts?",
            r"audit(?:ed|ing)? (?:of |a |an |the )?(?:[\w-]+ ){0,2}?"
            r"(?:models?|logs?|data|prompts?)",
            r"(?:bias|fairness|model) audits?",
            r"validation report",
            r"cleaned (?:and (?:merged|deduplicated|joined) )?(?:[\w-]+ ){0,3}?"
            r"(?:data|records|tables|sources|exports?)",
            r"dedup(?:e|ed|licated)",
        ),
        lead=True,
    ),
    Rule(
        "user_research",
        OTHER,
        2.0,
        "talks to people to learn what they need: research for requirements, not a system",
        _rx(
            r"survey(?:ed|s)? \d[\d,]* (?:[\w-]+ ){0,2}?(?:users|customers|analysts|staff|"
            r"employees|clinicians|model owners|people)",
            r"(?:user|customer|discovery|stakeholder) interviews",
            r"interviews with",
            r"personas",
            r"requirements? gathering|gathered requirements",
            r"design sprint",
        ),
        lead=True,
    ),
    Rule(
        "presentation",
        OTHER,
        2.0,
        "presents to people: a talk or a deck, not a system",
        _rx(
            r"presented",
            r"presentations?",
            r"decks?",
            r"slides",
            r"business reviews?",
            r"QBRs?",
            r"all-hands",
        ),
        lead=True,
    ),
    Rule(
        "report_or_dashboard",
        TRAINED,
        1.5,
        "builds a report or dashboard: shipped only when the bullet says people use it",
        _rx(
            r"(?:weekly|monthly|quarterly|daily|annual|KPI|board|executive|management|financial|"
            r"automated|regular|status|performance|sales|retention|cohort|business|Excel|PDF|"
            r"MIS|one-time|technical|tech) reports?",
            r"reports? (?:on|of|summari[sz]ing)",
            r"reporting",
            r"dashboards?",
            r"KPIs?",
            r"Excel",
            r"Tableau",
            r"Looker",
            r"Power BI",
            r"in Mode",
            r"memos?",
        ),
        lead=True,
    ),
    Rule(
        "metric_definition",
        OTHER,
        2.0,
        "agrees on what to measure: coordination, not a system",
        _rx(
            r"north-star metric",
            r"(?:success|guardrail) metrics",
            r"metric definitions",
            r"defin(?:ed|ing) (?:the )?(?:[\w-]+ ){0,2}?(?:metrics?|KPIs?|KPI tree)",
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
            # Bare "docs" is as often data ("answers from our HR docs") as writing.
            r"(?:wrote|write|writing|authored|created|drafted|published|maintained|updated)"
            r" (?:(?!design\b|architecture\b)[\w-]+ ){0,2}?docs?",
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
        ),
        lead=True,
    ),
    Rule(
        "business",
        OTHER,
        3.0,
        "business, budget or client work",
        _rx(
            # A token, latency or per-tenant budget is a system limit, not money management.
            r"(?<!per-tenant )(?<!per-user )(?<!token )(?<!latency )(?<!error )(?<!cost )"
            r"(?<!compute )(?<!GPU )(?<!memory )(?<!step )budgets?",
            # Data, API and schema contracts are engineering, as are contract tests.
            r"(?<!data )(?<!API )(?<!schema )contracts(?! tests?| testing)",
            r"vendors?(?! (?:APIs?|OCR|SDKs?|tools?|models?|services?|software|systems?|feeds?|"
            r"invoices?|bills|payments|data|master data|records))",
            r"negotiat(?:ed|ing|ion)",
            r"clients",
            r"relationships",
            r"grants?",
            r"roadmap",
            # A trading strategy is a model; the strategy team is an audience.
            r"(?<!trading )(?<!signal )(?<!-signal )(?<!investment )strategy(?! team\b)",
            r"requirements",
            r"compliance",
            r"legal and compliance",
            r"GDPR",
            r"pitch deck",
            r"investors?",
            r"customer support",
            r"satisfaction score",
            r"prioriti[sz](?:ed|ing)",
            r"managed (?:the |a |an |our )?(?:[$£€]?[\d.,]+[kmb]? )?(?:[\w-]+ ){0,3}?budgets?",
            r"due diligence",
            r"market landscape",
            r"(?:enterprise |pre-?)?sales (?:calls|deals|engineers?|team)",
            r"\d+ deals",
            r"RFPs?",
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
            r"mediat(?:ed|ing|or|ion)",
            r"conflicts? (?:resolution|among|between)|resolved conflicts",
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
            # Running a club is community work; building the club's inventory app is not.
            r"(?:president|treasurer|secretary|captain|founder|co-?founder|member|lead|chair)"
            r" (?:of )?(?:the |a )?(?:[\w-]+ ){0,2}?club",
            r"club (?:president|treasurer|secretary|captain|founder|lead|chair|member)",
            r"(?:founded|co-?founded|ran|led|organi[sz]ed|joined) (?:the |a )?(?:[\w-]+ ){0,2}?"
            r"club",
            r"chair(?:ed)?",
            r"treasurer",
        ),
        lead=True,
    ),
    Rule(
        "coordination",
        OTHER,
        2.5,
        "coordinates people or sets a process: organising the work, not building or running it",
        _rx(
            r"coordinat(?:ed|ing)",
            r"facilitat(?:ed|ing)",
            r"liais(?:ed|ing)",
            r"champion(?:ed|ing)",
            r"drove (?:cross-functional )?(?:alignment|adoption)",
            r"led (?:the |a |our )?(?:[\w'-]+ ){0,4}?(?:working group|committee|council|guild|"
            r"strategy|planning)",
            r"(?:defined|introduced|established|drafted|authored|wrote|created|designed|set up)"
            r" (?:the |a |an |our |its |their )?(?:[\w-]+ ){0,4}?(?:process(?:es)?|"
            r"polic(?:y|ies)|templates?|checklists?|playbooks?|guidelines|rituals|ceremonies|"
            r"cadences?|governance|career ladder|rubrics?)\b",
            r"(?:peer-)?reviewed (?:the |our |their )?(?:[\w'-]+ ){0,3}?(?:model cards|"
            r"assessments|designs?|docs|documents|proposals|papers|submissions)",
            r"(?:conducted|ran|led|held) (?:\d+\+? )?(?:[\w-]+ ){0,2}?interviews",
        ),
        lead=True,
    ),
    Rule(
        "skills_list",
        OTHER,
        4.0,
        "a list of skills or tools, not a statement of work",
        compile_pattern(
            r"^(?!.*\b[a-z]\w+ed\b)(?:[\w ]{1,20}:\s*)?"
            r"(?:[\w.+#/&'()-]+(?: (?:&|[A-Z0-9(][\w.+#/&'()-]*)){0,3}\s*[,;|/]\s*){2,}"
            r"[\w.+#/&'()-]+(?: (?:&|[\w.+#/&'()-]+)){0,3}\s*\.?$",
            FLAGS & ~re.IGNORECASE,
        ),
        lead=True,
    ),
    Rule(
        "coursework",
        OTHER,
        4.0,
        "completes a course or earns a certificate: learning, not shipping or training a model",
        _rx(
            r"(?:Coursera|Udacity|Udemy|edX|DataCamp|fast\.ai|deeplearning\.ai|Kaggle Learn|"
            r"LinkedIn Learning|Codecademy)(?:'s)?(?: [\w&+'.-]+){0,6}? " + _COURSE,
            r"(?:completed|finished|took|passed|enrolled in|audited)(?: the| a| an)?"
            r"(?: [\w&+'.-]+){0,6}? " + _COURSE,
            r"Speciali[sz]ation",
            r"Nanodegree",
            r"MOOCs?",
            r"bootcamp",
            r"online courses?",
            r"professional certificate",
        ),
        lead=True,
        modifier=True,
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
            # A semester project or course, not "used by 60 members each semester".
            r"(?<!each )(?<!every )(?<!per )(?<!a )semesters?",
            r"minor in",
            r"major in",
        ),
        lead=True,
    ),
    Rule(
        "code_work",
        TRAINED,
        2.0,
        "works on code (tests, refactoring) without showing it running",
        _rx(
            r"unit (?:and integration )?tests",
            r"integration tests",
            r"test coverage",
            r"coverage",
            r"refactor(?:ed|ing)",
        ),
        lead=True,
    ),
    Rule(
        "code_review",
        OTHER,
        2.0,
        "reviews other people's code: guidance, not a system",
        _rx(
            r"(?:reviewed|reviewing) (?:[\w-]+ ){0,2}?(?:pull requests|PRs|code)",
            r"code reviews?",
            r"coding standards",
        ),
        lead=True,
    ),
)


PROOF_RULES = frozenset(
    {
        "in_production",
        "rollout_control",
        "users_served",
        "traffic_rate",
        "real_use",
        "serving_volume",
        "operations",
        "reliability_target",
        "monitoring",
        "failure_in_service",
        "running_cost",
        "live_result",
        "serves_people",
        "benefit_to_people",
    }
)
"""Shipped rules that show real use (people, traffic, operations, live results), not only a
claim that the work went out: with them, a course project that shows users is shipped."""

STRONG_CLAIMS = frozenset({"deployed", "built_for_people", "deployment_practice", "ownership"})
"""Claims that the work itself went out (deployed, launched, built for a team, maintained), as
against tools or metrics named: after built work ("Built X and deployed it") they decide."""

TOPIC_LEADS = frozenset(
    {
        "teaching_mentoring",
        "trained_people",
        "hiring",
        "publication",
        "presentation",
        "documentation",
        "community",
        "coursework",
        "code_review",
        "user_research",
        "metric_definition",
        "coordination",
    }
)
"""Lead actions whose object is a topic, not the candidate's system: "Mentored engineers
through their first on-call shifts", "Wrote a blog post on pipeline failures"."""

LIVE_PRODUCT = _rx(
    r"(?:for|by) (?:the |our |its |their |all )?(?:[\w&'-]+ ){0,2}?" + _AUDIENCE,
    r"users|members|patients|customers|clients|subscribers|shoppers|visitors|viewers|readers",
    r"(?:our|the|the company's|its|their) (?:[\w-]+ ){0,2}?(?:app|website|site|product|platform|"
    r"storefront|checkout|homepage|portal)",
    r"in-app|on-site",
)
"""Users or a live product named in a bullet: at an employer, evidence that the work is in use
("for our members", "the booking page of our app"); a team worked *with* is not."""

OFFLINE_RULES = frozenset(
    {
        "model_metric",
        "offline_evaluation",
        "experimentation",
        "competition",
        "project_setting",
        "early_stage",
        "technical_design",
    }
)
"""Built-work rules that say the work was measured or kept away from real use: with them, an
audience named is a purpose, not users ("for the subscription team; 0.81 AUC on a holdout")."""


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
            *MODEL_LIBRARIES,
            r"XGBoost|LightGBM|CatBoost",
            r"LoRA",
            r"Optuna",
            r"Prophet",
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
            _RUNNING_PLATFORM + r"\s+" + _SPEND,
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
            *MODEL_METRICS,
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


# --- the arc ----------------------------------------------------------------------------

_SYSTEM_NOUN = (
    r"(?:models?|classifiers?|detectors?|predictors?|recommenders?|rankers?|generators?|"
    r"summari[sz]ers?|(?:neural )?networks?|CNNs?|LSTMs?|GANs?|GNNs?|U-Net|ViT|T5|"
    r"transformers?|agents?|adapters?|\w*BERT\w*|GPT[-\w.]*|LLaMA[-\w.]*|Llama[-\w.]*|"
    r"Mistral[-\w.]*|Whisper|CLIP|ResNet[-\w]*|YOLO\w*|EfficientNet|RAG|"
    r"services?|svc|APIs?|endpoints?|micro-?services|monolith|gateway|servers?|hosts|"
    r"instances|pods|clusters?|fleet|node pools|brokers|replicas|pipelines?|platforms?|"
    r"systems?|apps?|applications?|portal|extension|bots?|chatbots?|tools?|workers?|"
    r"(?<!teaching )(?<!research )assistants?|monitoring|alerting|alerts|(?:canary|shadow)[- ]\w+|"
    r"(?:data|schema|input) validation|"
    r"features?|offline mode|login|dashboards?|jobs?|DAGs?|ETL|data loads|ingestion|"
    r"data lake|lakehouse|warehouse|feature store|index|search|retrieval|registry|"
    r"harness|suite|framework|layer|operator|infrastructure|caching|cache|pooling|"
    r"guardrails|workflow|modules?|data loaders|release train|rotation|engine|database|"
    r"on[- ]call|(?:batch|serverless|distributed|online|real-time|GPU|LLM|model) inference|"
    r"Kubernetes|K8s|Docker|Kafka|Kinesis|Flink|Spark|Airflow|Redis|Postgres(?:QL)?|"
    r"Snowflake|BigQuery|Redshift|Databricks|SageMaker|Triton|vLLM|FastAPI|Flask|Heroku|"
    r"EC2|GKE|EKS|pgvector|FAISS|controllers?|autoencoders?|forecasters?|syncs?|solutions?|"
    r"queues?|CI/CD)"
)
"""What a built or operated thing is called."""
_SYSTEM_VERB = (
    r"(?:built|building|designed|deployed|shipped|launched|developed|created|implemented|"
    r"migrated|rewrote|rewrite|rebuilt|owned|operated|maintained|maintaining|ran|running|"
    r"managed|scaled|productioni[sz]ed|industriali[sz]ed|integrated|rolled out|set up|wrote|"
    r"introduced|automated|streamed|moved|moving|ported|containeri[sz]ed|optimi[sz]ed|tuned|"
    r"terraformed|decommissioned|refactored|prototyped|served|hardened|patched|fixed|"
    r"debugged|monitored|established|enforced|ensured|led|drove|participated in|"
    r"responsible for|cut|reduced|improved|rightsi[sz](?:ed|ing)|redeployed|"
    r"(?:pre-?|re-?)?trained|fine-tuned|distill?ed|quanti[sz]ed|hyperparameter-tuned|"
    r"(?:helped|to) (?:build|deploy|launch|ship|run|maintain|operate|scale)|by \w+ing)"
)
_NOT_A_SYSTEM = (
    r"(?:documentation|docs?|papers?|posts?|architecture|plan|proposal|guidelines|roadmap|"
    r"results|comparison|hiring|financial|strategy|reports?|courses?|workshops?|materials|"
    r"standards|specifications?|requirements|interns|students|hires|staff|performance)"
)
"""Words between a verb and a system noun that say the object is not a system."""
_STARTS_WITH_A_VERB = (
    r"(?:\w+ed|ran|wrote|led|won|taught|gave|spoke|drove|took|built|made|set|held|got|did|"
    r"went|cut|put|kept|brought|found|caught|sold|grew|began|saw|for|in|on|of|with|at|to|by|"
    r"after|when|before|during|while|once|since|following|as)"
)

_NEXT_SYSTEM_NOUN = r"(?:\s+(?:pipelines?|services?|platforms?|stores?|index|APIs?|clusters?))?"
"""A second system noun that finishes the name: "feature pipeline", "model service"."""

_USERS = (
    r"(?:" + _AUDIENCE + r"|people|viewers|visitors|readers|learners|callers|listeners|"
    r"orgs?|(?:call|contact|support) cent(?:er|re)s?|surgeries|depots)"
)
"""Who uses or relies on a thing: the audiences, plus readers, viewers and a whole org."""
_USER_BASE = (
    r"(?:(?:[\w-]+ )?(?:users|DAUs?|MAUs?)|visitors|subscribers|customers|members|readers|"
    r"viewers|listeners|players|learners|shoppers|teams|tenants|clients|merchants)"
)
"""A product's user base, as counted: "5,000 weekly active users", "(40 teams)"."""
_USER_COUNT = (
    r"(?:(?:[\w-]+ )?(?:users|DAUs?|MAUs?)|visitors|subscribers|readers|viewers|listeners|"
    r"players|learners)"
)
"""A user base that a product has, not people one works with: "with 5,000 weekly active users"."""
_HOW_MANY = (
    r"(?:(?:over|more than|~|about|nearly|almost|around|some|up to)\s*)?"
    r"\d[\d,.]*\s*(?:[kmb]\b|million\b|billion\b|thousand\b)?\+?\s+"
)
_USERS_NAMED = (
    r"(?:the |our |its |their |all |every |each )?(?:" + _HOW_MANY + r")?"
    r"(?:(?!(?:to|for|and|or|of|in|on|with|by|at|from|that|which|who|the|a|an)\b)"
    r"[\w&'-]+\s+){0,3}?" + _USERS + r"(?!['’])"
)
"""Who uses a thing, named: "the retention call center", "25 underwriters", "6 teams"."""

_PROBLEM_PURPOSES: tuple[str, ...] = (
    r"(?:so as |in order )?to (?:stop|prevent(?! (?:recurrence|repeats?|it\b|this\b))|"
    r"reduce|cut|improve|enable|help|support|speed up|lower|avoid|protect|replace|"
    r"automate|answer|triage|route|identify|remove|unblock|meet|handle|keep|give|let|"
    r"price|find|understand|restart|estimate|inform|restore|absorb|evaluate|quantify|"
    r"showcase|save|free|serve|power|personali[sz]e|moderate|decide|choose|"
    r"diagnose|resolve|explain|reach|retain|grow|target|anticipate|prioriti[sz]e|guide|"
    r"plan|forecast demand|spot|surface|catch|allow|ensure|shorten|simplify|accelerate|"
    r"minimi[sz]e|eliminate|comply|close|clear|shield|spare|empower|equip)" + _CLAUSE,
    r"so (?:that )?\w" + _CLAUSE,
    r"because" + _CLAUSE,
    _BENEFIT + r" (?!(?:the |my |our )?teams?\b)(?!by\b)(?:the |our |its |their |all |over |"
    r"more than |~|about )?(?:" + _AUDIENCE_NAMED + r"|(?:each|every) [\w-]+)" + _CLAUSE,
    r"(?:reduc\w+|cut(?:ting)?|sav\w+|fre(?:ed|eing)|halv\w+|lower\w*|shorten\w*|"
    r"sped up|speeding up) (?:the |our )?(?:[\w&-]+ ){1,2}?" + _AUDIENCE + r"(?:'s|')",
)
"""The problem as a purpose: why the work mattered ("to stop chargebacks", "saving analysts")."""
_PROBLEM_AUDIENCES: tuple[str, ...] = (
    r"for (?:the |our |its |their |a |an |each |every |all |over |more than |~)?" + _AUDIENCE_NAMED,
    r"for (?:the |our |its |their |all |a |an )?(?:" + _HOW_MANY + r")?"
    r"(?:[\w&'-]+\s+){0,2}?(?:people|viewers|visitors|readers|learners|callers|listeners|"
    r"(?:call|contact|support) cent(?:er|re)s?)",
    r"for (?:a |the )?\d[\d,]*-(?:member|person|user|seat)",
    r"(?:relied (?:up)?on|trusted|depended (?:up)?on)(?: \w+){0,2}? by (?:the |our |its |"
    r"their |all |over |more than |~)?" + _AUDIENCE_NAMED,
    r"(?:used|adopted|relied (?:up)?on|read|watched|accessed|visited|consulted)"
    r"(?: [\w-]+){0,3}? (?:by|across|throughout) " + _USERS_NAMED,
    r"serv(?:es|ed|ing) " + _USERS_NAMED,
    r"(?:support(?:s|ed|ing)|reach(?:es|ed|ing)) " + _HOW_MANY + r"(?:[\w&'-]+\s+){0,2}?" + _USERS,
    r"across (?:all |the |our )?" + _HOW_MANY + r"(?:[\w&'-]+\s+){0,2}?" + _USERS,
    r"(?:ship(?:ped|ping)?|launch(?:ed|ing)?|roll(?:ed|ing)?(?: it)? out|rollout|release[sd]?|"
    r"deploy(?:ed)?|shown|delivered|available)"
    r"(?: [^\s,;:.()]+){0,8}? (?P<to_whom>to (?:(?:all|every|each) (?:"
    + _HOW_MANY
    + r")?|"
    + _HOW_MANY
    + r")(?:[\w&'-]+\s+){0,3}?"
    + _USERS
    + r")",
    r"(?:with|has|had|have|gets|got|draws|drew|attracts|attracted) "
    + _HOW_MANY
    + r"(?:[\w-]+ ){0,2}?"
    + _USER_COUNT,
    r"\(" + _HOW_MANY + r"(?:[\w-]+ )?" + _USER_BASE + r"\)",
    r"(?:that|which|whom) (?:the |our |its |their |all )?(?:[\w&'-]+ ){0,2}?"
    + _USERS
    + r" (?:now |still |all |daily |every day )?(?:use[sd]?|watch(?:es|ed)?|open(?:s|ed)?|"
    r"check(?:s|ed)?|consult(?:s|ed)?|rel(?:y|ies|ied) (?:up)?on|depend(?:s|ed)? on)",
    r"(?=\w+ (?:\w+ )?(?:rel[yi]|depend))"
    + _AUDIENCE
    + r" (?:now |still |all |daily )?(?:rel(?:y|ies|ied) (?:up)?on|depends? on)",
    # "the retention team uses the scores", "planners at 4 DCs use it every week"; the
    # lookahead skips the places where no "use" follows before trying every audience.
    r"(?=[a-z]{2,20}(?: [\w-]+){0,6}? uses? (?:it|them|this|these|the)\b)"
    + _AUDIENCE
    + r"(?: at [\w-]+(?: [\w-]+)?)? (?:now |still |all |daily )?(?:use|uses) "
    r"(?:it|them|this|these|the \w+)\b",
)
"""The problem as an audience: who used or relied on the work ("used by 40 account managers",
"serving 300 stores", "for 30M monthly viewers"), whether or not the bullet says why."""
PROBLEM_PURPOSE = _rx(*_PROBLEM_PURPOSES)
"""A purpose anywhere in a bullet: without one, a problem found is only its audience."""

ARC_RULES: dict[ArcPart, re.Pattern[str]] = {
    "problem": _rx(*_PROBLEM_PURPOSES, *_PROBLEM_AUDIENCES),
    "system": _rx(
        _SYSTEM_VERB
        + r"\s+(?:(?!"
        + _NOT_A_SYSTEM
        + r"\b)"
        + _WORD
        + r"){0,7}?"
        + _SYSTEM_NOUN
        + _NEXT_SYSTEM_NOUN,
        r"(?:(?<=^)|(?<=: )|(?<=; ))\W*(?:(?:the|my|our|its|a|an)\s+)?"
        r"(?:(?!"
        + _STARTS_WITH_A_VERB
        + r"\b)\w[\w'/+.&-]*\s+){0,4}?"
        + _SYSTEM_NOUN
        + r"(?!\s*:)",
        r"(?:shipped|launched|rolled out|released)\s+(?!to\b|it\b)(?:" + _WORD + r"){0,2}?"
        r"[^\s,;:.()]+",
        r"(?:the|my|our) (?:\w[\w'/+.&-]*\s+){0,3}?" + _SYSTEM_NOUN + r"\s+(?:was|were|is|are|"
        r"has been)\s+(?:\w+\s+)?(?:deployed|adopted|used|shipped|launched|rolled out|running|"
        r"live|served|integrated)",
        r"(?:of|in|on|to|from|behind|inside) (?:the|our|its|their|a|an) (?:[\w'/+.&-]+\s+){0,3}?"
        + _SYSTEM_NOUN
        + _NEXT_SYSTEM_NOUN,
        r"(?:(?<=broke )|(?<=crashed )|(?<=took down )|(?<=overloaded )|(?<=slowed ))"
        r"(?:the|our|its|a|an) (?:[\w'/+.&-]+\s+){0,3}?" + _SYSTEM_NOUN + _NEXT_SYSTEM_NOUN,
    ),
    "broke": FAILURE,
    "fix": LIVE_RESULT,
}
"""Patterns for the four parts of a production bullet; the earliest kept match of a part wins."""

BROKE_GUARD = compile_pattern(
    r"(?:\b(?:monitor\w*|alert\w*|alarms?|pag(?:e|es|ed|ing)|roll(?:ed|ing)?[ -]?back|"
    r"rollbacks?|watch\w*|checks?|tests?|guard(?:s|ed|ing)?|detect\w*|track\w*)\s+"
    r"(?:" + _WORD + r"){0,4}?(?:on|for|against|during)\s+(?:" + _WORD + r"){0,3}?"
    r"|\b(?:monitor(?:ed|ing|s)?|track(?:ed|ing|s)?|flag(?:s|ged|ging)?)\s+(?:" + _WORD + r"){0,2}?"
    r"|\b(?:posts?|blogs?|articles?|talks?|workshops?|courses?|papers?|guides?|lectures?|"
    r"tutorials?|sessions?|classes)\s+(?:on|about)\s+(?:" + _WORD + r"){0,6}?"
    r"|\b(?:predict\w*|forecast\w*|anticipat\w*|simulat\w*|stud(?:y|ied|ies|ying)|"
    r"(?:risk|chance|likelihood|probability) of)\s+"
    # "forecast after COVID-era drift": a new clause, so the drift is an event, not a target.
    r"(?:(?!(?:after|when|once|because|until|while|as)\b)" + _WORD + r"){0,3}?"
    r"|\b(?:to (?:stop|prevent|avoid|catch|block|flag|detect|spot)|hear(?:s|d)? about|"
    r"warn(?:s|ed|ing)? "
    r"(?:of|about))\s+(?:" + _WORD + r"){0,2}?"
    r"|\b(?:no|zero|without|free of|never(?: had| saw)? an?|not (?:a|one|a single))\s+"
    r"(?:" + _WORD + r"){0,1}?)$",
    FLAGS,
)
"""Words just before a failure word that make it a thing watched for, not a thing that broke:
"alerts on drift", "rollback on error-rate regression", "monitored it for drift"; or a thing
written or taught about ("a workshop on memory leaks"), studied or predicted ("predicting machine
failure"), or ruled out ("no incidents")."""

BROKE_NOT_AN_EVENT = compile_pattern(
    r"[- ](?:reviews?|guidelines|communications?|meetings?|process|playbooks?|drills?|"
    r"simulations?|training|templates?|tooling|predictions?|predictors?|forecasts?|risk|"
    r"analysis)\b",
    FLAGS,
)
"""Words just after a failure word that make it a topic, not an event: "incident-review meetings",
"outage communication guidelines"."""

BROKE_LEAD_IN = compile_pattern(
    r"(?:^|\s)(?:after|when|once|following|because|since|until|as|while|if|and|then|that|"
    r"which|where|to|by|found|debugged|traced|diagnosed|investigated|identified|noticed|"
    r"spotted|eliminated|handled|caught|prevented|fixing|debugging|resolving|" + _REMEDY + r")\s+$",
    FLAGS,
)
"""Words that end the noun phrase of a failure when its span grows back from the failure word:
"Debugged | a memory leak", "After | a schema change silently broke"."""

BROKE_SUBJECT_STOP = compile_pattern(r"(?:^|\s)(?:the|a|an|its|their|our|my|his|her)\s+$", FLAGS)
"""A determiner starts the noun phrase, unless a preposition comes before it ("depth on the")."""

PREPOSITION_BEFORE = compile_pattern(r"(?:^|\s)(?:of|on|in|at|from|for|with|across)\s+$", FLAGS)

FAILURE_ENDS = compile_pattern(
    r"\s+(?:and|then|so|before)\s+(?:\w+ )?(?:"
    + _REMEDY
    + r"|rolled|added|moved|replaced|migrated|cut|capped|rebuilt|retrained|"
    r"switched|introduced|implemented|shipped|pinned|partitioned)\b|"
    r"\s+to\s+(?:prevent|stop)\b|"
    r"\s+by\s+\w+ing\b|\s+(?:with|using|via)\s+",
    FLAGS,
)
"""Where a failure's clause turns into what was done about it."""

OFFLINE_RESULT = _rx(
    r"offline",
    r"training (?:time|throughput|speed|costs?|runs?|jobs?|steps?)",
    r"(?:GPU )?memory(?! leaks?)",
    r"(?<!input )(?<!schema )(?<!data )(?<!request )validation",
    r"backtests?",
    r"test set",
    r"eval(?:uation)? (?:set|suite)",
    r"benchmarks?",
    r"baseline",
    r"held-out",
    r"holdout (?:data|set)",
    r"cross-validation",
    r"simulation",
    r"zero-shot",
    r"human evals?",
    r"leaderboard",
    *MODEL_METRICS,
    r"(?:test )?coverage",
    r"velocity",
    r"simulat\w+",
    r"replay(?:ed|ing|s)?",
    r"benchmark\w*",
    r"in the lab",
    r"internal (?:eval\w*|benchmark|test(?: set)?)",
    r"test (?:split|data|flights?)",
    r"injected",
    r"retrospective(?:ly)?",
    r"historical",
)
"""A metric moved away from users (a model metric, a test set, code coverage): not a fix."""
LIVE_CONTEXT = _rx(r"in production", r"live", r"online", r"A/B", r"customers", r"users", r"in prod")
"""Words that put a model metric on live traffic, where moving it is a fix after all."""

FIX_RESPONSE = _rx(
    r"(?:" + _REMEDY + r"|capped|rebuilt|rolled out (?:the |a )?change|re-?tuned|right-?sized|"
    r"pinned|unified|grounded|partitioned|chunked|relabel+ed|eliminated|"
    r"rate-limited|throttled|sharded|re-?architected|redesigned|replaced|retrained|triggered|"
    r"backfilled|rewrote|migrated|moved|added|introduced|implemented|built|wrote|set up|"
    r"improved|tuned|restarted|recovered|handled|switched|upgraded|isolated|paused|"
    r"disabled|removed|deduplicated|raised|lowered|reduced|cut|scaled|optimi[sz]ed|enabled|"
    r"enforced|led (?:the |two |three |\d+ )?(?:[\w-]+ ){0,2}?(?:rollback|recovery|"
    r"recoveries|response|fix|migration))"
    r"(?:\s+(?!(?:after|when|following|once|because|so|to|and|by|then)\b)[^\s,;:.()]+){0,4}"
)
"""A change made with no measured result: the arc's fix only when it answers the failure."""
FIX_LINK = _rx(r"after", r"when", r"following", r"once", r"because", r"as soon as", r"until")
"""Words between a change and a later-mentioned failure that make the change its answer."""
