"""From a bullet's evidence and context to a label with a confidence that means something.

The rules (rules.py, found by label.py) say what is in the bullet; one of two labellers decides:

- ``procedure``: a decision procedure that reads the evidence in order of precedence. Evidence
  of real use decides first, over whatever comes with it, unless it is only the topic of a talk,
  a lesson or a document; a course or personal project asks for more than a claim; then the
  duties of the bullet or its role (teaching, coordinating, serving customers; a non-technical
  or teaching role) are other work; technical work at an employer, or on open source others
  use, ran for real; then the main action decides between built work (trained_model) and other
  work. Its confidence is the accuracy its deciding step had on training bullets like it.
- ``linear``: a multinomial logistic regression over the same evidence, the procedure's verdict,
  the bullet's place and its words, trained by ``scripts/train_labeller.py`` and shipped as
  ``data/labeller.json``; its scores are temperature-scaled so that confidence is calibrated.

Both read the bullet's context (section, section kind, role heading) and its words in any of
seven languages through ``lexicon``: what the role is (technical, teaching, other), where the
work was done (an employer, a university, a course project, open source, a thesis), and what
the bullet's first words do (build, operate, analyse, teach...). Real bullets rarely say
"production": the same "Developed the booking page" is shipped work under a developer's job
and a course project under "Projects".
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import struct
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from prodgap import lexicon
from prodgap.json_cache import load_json
from prodgap.models import Evidence, Label, SectionKind
from prodgap.regex_cache import compile_pattern
from prodgap.rules import (
    LIVE_PRODUCT,
    OFFLINE_RULES,
    OTHER,
    OTHER_PRIOR,
    PRODUCTION_BAR,
    PROOF_RULES,
    SHIPPED,
    STRONG_CLAIMS,
    TRAINED,
)

LabellerName = Literal["procedure", "linear"]
LABELLERS: tuple[LabellerName, ...] = ("procedure", "linear")

MODEL_PATH = Path(__file__).resolve().parent / "data" / "labeller.json"
"""The trained parameters of both labellers: the linear model's weights and temperature, and
the procedure's accuracy per deciding step (its confidence)."""

UNSURE_BELOW = 0.5
"""Below this confidence a bullet is *unsure*: the report shows the two candidate labels with
their evidence instead of asserting one. Set from the reliability table of the linear labeller
cross-validated by resume on the real train split (``scripts/cv_labeller.py``, README,
"Confidence"): below 0.5 its labels were right about half the time, from 0.5 on about 80%,
and from 0.8 on more than 90% (its temperature is set for that)."""

DEFAULT_STEP_CONFIDENCE = 0.6
"""The procedure's confidence for a step the training data never reached."""

# --- context -----------------------------------------------------------------------------

_PROJECT_LIKE = frozenset(
    {"academic", "thesis", "hackathon", "project", "mentorship", "kind:projects"}
)
_SECTION_ONLY = frozenset({"credits", "activities"})
"""Places read in the section heading alone: a role heading that names an award or a club
("Winner of the X Challenge", "Face Recognition Door Lock") is still work."""


@dataclass(frozen=True)
class Context:
    """Where a bullet sits: its section heading, the section's kind and its role heading."""

    section: str = ""
    section_kind: SectionKind = "other"
    entry: str | None = None
    entry_in_use: bool = False
    """Another bullet of the same role or project says the work ran for real ("... used by
    30 clinics"), as a reader takes into account for the bullets around it."""

    @property
    def cues(self) -> frozenset[str]:
        """Named cues found in the section and role headings (``kind:...`` is the kind)."""
        cues = _cues(self.section, self.section_kind, self.entry)
        return cues | {"entry_in_use"} if self.entry_in_use else cues

    @property
    def project_like(self) -> bool:
        """A project, course, university, thesis, mentorship or hackathon, and not a job or open
        source."""
        cues = self.cues
        return bool(cues & _PROJECT_LIKE) and not cues & {"employer", "open_source"}


@functools.lru_cache(maxsize=256)
def _cues(section: str, section_kind: SectionKind, entry: str | None) -> frozenset[str]:
    """The cues of one place in a resume (a resume has few places, each with many bullets)."""
    if not section.strip() and not entry and section_kind == "other":
        return frozenset({"unplaced"})  # a bullet read alone, as the synthetic sets are
    found = lexicon.places(section) | (lexicon.places(entry or "") - _SECTION_ONLY)
    found.add(f"kind:{section_kind}")
    if entry and "software" in lexicon.read_bullet_words(entry)[0]:
        found.add("tech_object")  # "Coffee Sales Dashboard in SQL" is technical work
    if section_kind == "experience" and entry and _a_job(found):
        found.add("employer")
    return frozenset(found)


_ROLES = frozenset({"tech_role", "other_role", "freelance", "company"})


def _a_job(found: set[str]) -> bool:
    """An entry of the experience section that is a job: nothing in it says project, course,
    university or hackathon; or it names a role at a company or university ("Linux
    Administrator, X University", "Engineer | Project Falcon"), and is no hackathon or thesis
    ("Bachelor Thesis, X GmbH" is academic work at a company)."""
    if not found & _PROJECT_LIKE:
        return True
    if {"academic", "intern"} <= found:  # an internship at a university is a student's
        return False
    return bool(found & _ROLES) and not found & {"hackathon", "thesis"}


# --- the decision -------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """A labeller's verdict before it becomes a Judgement."""

    label: Label
    confidence: float
    alternative: Label
    """The runner-up label: what the bullet is if it is not ``label``."""
    step: str
    """The procedure's deciding step (also a feature of the linear model)."""
    context_note: str | None = None
    """How the context moved the label, in words for the report; None when it did not."""


@dataclass(frozen=True)
class Reading:
    """What the labellers read: the evidence found, which of it is the lead, and the context."""

    text: str
    evidence: list[Evidence]
    lead_rule: str | None
    """The rule that matched the bullet's first verb, if a lead rule did."""
    topic_only: bool
    """All evidence of real use sits inside the object of a topic lead ("taught ... on-call")."""
    context: Context
    named: frozenset[str] = frozenset()
    """What the bullet's words name in any language (``lexicon``): actions and objects."""
    lead_named: str | None = None
    """The action (or ``object_...``) the bullet's first words name, in any language."""


def with_entry_context(readings: list[Reading]) -> list[Reading]:
    """The readings, each told whether another bullet of its role or project shows real use.

    An entry's bullets are the consecutive ones under the same section and role heading (a
    resume's, or a list of resumes' in order); a bullet shows real use when the procedure
    decides it on that evidence alone.
    """
    told: list[Reading] = []
    for key, group in itertools.groupby(readings, key=_entry_key):
        entry = list(group)
        shows_use = [key is not None and _shows_real_use(r) for r in entry]
        for reading, own in zip(entry, shows_use, strict=True):
            if sum(shows_use) - own:
                context = dataclasses.replace(reading.context, entry_in_use=True)
                reading = dataclasses.replace(reading, context=context)
            told.append(reading)
    return told


def _entry_key(reading: Reading) -> tuple[str, str, str] | None:
    context = reading.context
    return (context.section, context.section_kind, context.entry) if context.entry else None


def _shows_real_use(reading: Reading) -> bool:
    if not any(e.points_to == SHIPPED and e.weight > 0 for e in reading.evidence):
        return False  # no rule argues for real use: the procedure cannot find it (and is slow)
    return _procedure_step(reading)[1] == "real_use"


def decide(reading: Reading, labeller: LabellerName) -> Decision:
    """The label of one bullet by the chosen labeller."""
    procedure = run_procedure(reading)
    if labeller == "procedure":
        return procedure
    return linear_decision(reading, procedure, _model()["linear"])


def scores(evidence: list[Evidence]) -> dict[Label, float]:
    """The weight of the evidence for each label (``other`` starts with its prior)."""
    total: dict[Label, float] = {SHIPPED: 0.0, TRAINED: 0.0, OTHER: OTHER_PRIOR}
    for item in evidence:
        total[item.points_to] += item.weight
    return total


def run_procedure(reading: Reading) -> Decision:
    """Real use first, then hedges and context, then the main action."""
    label, step, note = _procedure_step(reading)
    weights = scores(reading.evidence)
    runner_up = max(
        (lb for lb in (SHIPPED, TRAINED, OTHER) if lb != label), key=lambda lb: weights[lb]
    )
    margin = "strong" if _margin(weights, label) >= 2.0 else "weak"
    key = f"{step}:{margin}"
    confidence = step_confidence(key, reading.context, _step_confidence())
    return Decision(label, confidence, runner_up, key, note)


def step_confidence(step: str, context: Context, table: dict[str, float]) -> float:
    """How often a step was right on training bullets like this one: placed in a resume
    (``step@placed``, measured on bullets with a section or role heading) or read alone."""
    if "unplaced" not in context.cues and f"{step}@placed" in table:
        return table[f"{step}@placed"]
    return table.get(step, DEFAULT_STEP_CONFIDENCE)


def _margin(weights: dict[Label, float], label: Label) -> float:
    others = [w for lb, w in weights.items() if lb != label]
    if label == SHIPPED:
        return weights[SHIPPED] - PRODUCTION_BAR + 2.0
    return weights[label] - max(others)


def _procedure_step(reading: Reading) -> tuple[Label, str, str | None]:
    weights = scores(reading.evidence)
    live = [e for e in reading.evidence if e.points_to == SHIPPED and e.weight > 0]
    proof = any(e.rule in PROOF_RULES for e in live)
    context = reading.context
    if context.cues & STATEMENT_SECTIONS:
        return OTHER, "statement_section", _STATEMENT_NOTE.format(where=_where(context))
    if "credits" in context.cues and not _names_built_work(reading):
        return OTHER, "credits_section", _STATEMENT_NOTE.format(where=_where(context))
    lead = next((e for e in reading.evidence if e.rule == reading.lead_rule), None)
    if weights[SHIPPED] >= PRODUCTION_BAR and not reading.topic_only:
        if proof:
            return SHIPPED, "real_use", None
        if context.project_like:
            return TRAINED, "project_claim", _PROJECT_NOTE.format(where=_where(context))
        strong = any(e.rule in STRONG_CLAIMS for e in live)
        if lead is None or lead.points_to == SHIPPED or (lead.points_to == TRAINED and strong):
            return SHIPPED, "claim", None
    if _named_real_use(reading):
        return SHIPPED, "named_use", None
    duties = _duties(reading, lead, weights)
    if duties is not None:
        return duties
    if "employer" in context.cues and _in_use_at_work(reading, lead, proof):
        return SHIPPED, "employer_use", _EMPLOYER_NOTE.format(where=_where(context))
    placed = _placed_work(reading, lead)
    if placed is not None:
        return placed
    return _main_action(reading, weights)


def _named_real_use(reading: Reading) -> bool:
    """Put into use, in words the English rules do not read ("Wdrożyłam ... na produkcję dla
    2 mln użytkowników"): the bullet opens with deploying, in any language, and names its users
    or a running system; no hedge, and not in a course or personal project."""
    return (
        reading.lead_named == "deploy"
        and bool(reading.named & {"people", "live"})
        and not reading.context.project_like
        and not any(e.weight < 0 for e in reading.evidence)
    )


BUILT_WORK = frozenset({"build", "analyse", "train", "describe", "object_software", "object_model"})
"""Actions (lexicon) of building or analysing: with no evidence of real use, built work."""
OTHER_WORK = frozenset(
    {"teach", "coordinate", "document", "serve_customers", "credit", "statement", "career"}
)
"""Actions (lexicon) that are not building or running anything."""
TECH_WORK = frozenset({"build", "operate", "deploy", "manage", "improve", "object_software"})
"""Actions (lexicon) of building or running software, and bullets that open with it."""


def _duties(
    reading: Reading, lead: Evidence | None, weights: dict[Label, float]
) -> tuple[Label, str, str | None] | None:
    """Other work, where the bullet's words or its role say so and no built work comes with
    it: teaching, coordinating, serving customers; any duty of a non-technical or teaching
    role."""
    cues = reading.context.cues
    acts = reading.lead_named
    rule_lead = lead.points_to if lead is not None else None
    if acts in OTHER_WORK and rule_lead in (None, OTHER) and not _built(reading, weights):
        return OTHER, "other_work", None  # "Won 2nd place with a CatBoost pipeline" is work
    if "other_role" in cues and not _technical(reading):
        return OTHER, "other_role", _ROLE_NOTE.format(where=_where(reading.context))
    if "teaching" in cues and "tech_role" not in cues and _action(reading) not in TECH_WORK:
        return OTHER, "teaching_role", _ROLE_NOTE.format(where=_where(reading.context))
    return None


def _built(reading: Reading, weights: dict[Label, float]) -> bool:
    """Whether built work comes with the bullet: enough evidence of it, any evidence of real
    use, or building, running or training software or a model named in any language."""
    return weights[TRAINED] >= WORK_BAR or weights[SHIPPED] > 0 or _names_built_work(reading)


def _names_built_work(reading: Reading) -> bool:
    """Building, running or training software or a model, named in any language: under
    "Awards", "Trained a 7B model on 4 GPUs for the contest" is still the work."""
    named = reading.named
    return bool(named & {"build", "operate", "train"} and named & {"software", "model"})


def _placed_work(reading: Reading, lead: Evidence | None) -> tuple[Label, str, str | None] | None:
    """Technical work at an employer, or on open source that others use or on a project's own
    website, ran for real, unless a hedge, an offline result or a model keeps it back."""
    cues = reading.context.cues
    acts = _action(reading)
    offline = any(e.weight < 0 or e.rule in OFFLINE_RULES for e in reading.evidence)
    other_lead = lead is not None and lead.points_to == OTHER
    if offline or other_lead or acts not in TECH_WORK:
        return None
    analysis = "model" in reading.named and acts not in ("operate", "manage")
    if "employer" in cues and _technical(reading) and "research" not in cues and not analysis:
        return SHIPPED, "employer_work", _EMPLOYER_NOTE.format(where=_where(reading.context))
    if cues & {"open_source", "website"} and "mentorship" not in cues:
        return SHIPPED, "open_source_work", _EMPLOYER_NOTE.format(where=_where(reading.context))
    return None


def _technical(reading: Reading) -> bool:
    """A technical role or heading, or software named in a role that is not a non-technical
    one."""
    cues = reading.context.cues
    if cues & {"tech_role", "tech_object"}:
        return True
    return "software" in reading.named and "other_role" not in cues


def _action(reading: Reading) -> str | None:
    """The lead action; a bullet that names software and leads with a general verb ("Used
    Go to move the billing jobs to Kubernetes") is about the software."""
    acts = reading.lead_named
    if acts in (None, "perform", "use", "contribute") and "software" in reading.named:
        return "object_software"
    return acts


def _in_use_at_work(reading: Reading, lead: Evidence | None, proof: bool) -> bool:
    """Work at an employer that shows real use below the bar: some proof (monitoring, users),
    or users and a live product named, with nothing that keeps it offline or hedged."""
    if lead is not None and lead.points_to == OTHER:
        return False
    if any(e.weight < 0 or e.rule in OFFLINE_RULES for e in reading.evidence):
        return False
    built = any(e.points_to in (SHIPPED, TRAINED) and e.weight > 0 for e in reading.evidence)
    return proof or (built and LIVE_PRODUCT.search(reading.text) is not None)


def _main_action(reading: Reading, weights: dict[Label, float]) -> tuple[Label, str, str | None]:
    """Built work or other work: the lead verb decides, else the weight of the evidence."""
    lead = next((e for e in reading.evidence if e.rule == reading.lead_rule), None)
    if lead is not None and lead.rule in WORK_MAY_FOLLOW and weights[TRAINED] >= WORK_BAR:
        return TRAINED, "work_with_credit", None  # an award or a paper that comes with the work
    if lead is not None and lead.points_to == OTHER:
        return OTHER, "other_action", None
    if lead is not None and lead.points_to == TRAINED:
        return TRAINED, "built_action", None
    if lead is None and reading.lead_named in BUILT_WORK and weights[OTHER] <= OTHER_PRIOR:
        return TRAINED, "named_work", None  # "Développement d'un modèle", "Examined the ..."
    if weights[TRAINED] > weights[OTHER]:
        return TRAINED, "more_built", None
    context = reading.context
    if not reading.evidence and context.project_like:
        return TRAINED, "project_context", _PROJECT_NOTE.format(where=_where(context))
    return OTHER, "more_other", None


WORK_MAY_FOLLOW = frozenset({"recognition", "publication"})
"""Other actions that often come with the work itself: "Won 2nd place with a CatBoost
pipeline", "Published X; the proposed method improves nDCG by 7 pts"."""
WORK_BAR = 2.5
"""Weight of built-work evidence that makes such a bullet about the work (a training run, a
model metric, an analysis and a project), not about the credit."""

CONTEXT_STEPS = frozenset(
    {
        "project_claim",
        "employer_use",
        "project_context",
        "statement_section",
        "credits_section",
        "employer_work",
        "open_source_work",
        "other_role",
        "teaching_role",
    }
)
"""The procedure's steps that only the bullet's context can take."""

STATEMENT_SECTIONS = frozenset({"kind:summary", "kind:skills"})
"""Sections whose lines state skills or a profile, never work: a summary, skills. Awards,
publications and talks sections (``credits``) hold credits, and sometimes the work that won
them ("Awards: trained a 7B model on 4 GPUs for the contest"): the procedure calls them other, the
linear model weighs them."""
FIXED_STEPS = frozenset({"statement_section"})
"""Steps the linear model never overrides."""

_STATEMENT_NOTE = (
    "Read under {where}: a summary, skills, awards, publications or talks section holds "
    "statements and credits, not work that was built or run."
)
_PROJECT_NOTE = (
    "Read under {where}: a project, course or hackathon counts as built, not shipped, unless "
    "the bullet shows real use."
)
_EMPLOYER_NOTE = (
    "Read under {where}: technical work at an employer, or on open source, that names what "
    "it built or ran counts as shipped."
)
_ROLE_NOTE = (
    "Read under {where}: a teaching or non-technical role holds duties, not systems built or run."
)


def _where(context: Context) -> str:
    parts = [f'"{part}"' for part in (context.section, context.entry) if part]
    return ", ".join(parts) or "its section"


# --- the linear model ----------------------------------------------------------------------

_TOKEN = compile_pattern(r"[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*%?|[$£€%]")


def words(text: str) -> list[str]:
    """The bullet's words for the linear model: lower case, numbers and money as classes."""
    tokens = []
    for token in _TOKEN.findall(lexicon.fold(text)):
        if token[0].isdigit():
            token = "<pct>" if token.endswith("%") else "<num>"
        elif token in "$£€":
            token = "<money>"
        elif token == "%":
            token = "<pct>"
        tokens.append(token)
    return tokens


CROSSED_PLACES = frozenset(
    {
        "employer",
        "research",
        "teaching",
        "tech_role",
        "other_role",
        "open_source",
        "website",
        "intern",
        "volunteer",
        "activities",
        "kind:experience",
        "kind:projects",
        "kind:education",
        "kind:other",
        "entry_in_use",
    }
)
"""Places whose meaning depends on the action: building at an employer is shipped work, in a
course it is not; the linear model gets each such place joined with the bullet's lead action."""
STEP_PLACES = frozenset({"employer", "project_like", "open_source", "research", "entry_in_use"})
"""Places joined with the procedure's step and verdict too: a step's accuracy differs by place."""
CROSSED_NAMES = frozenset(
    {
        "software",
        "model",
        "people",
        "live",
        "serve_customers",
        "teach",
        "credit",
        "hedge",
        "analyse",
        "operate",
        "deploy",
        "build",
        "coordinate",
    }
)
"""What the bullet's words name (``lexicon``) that the linear model gets joined with each
crossed place: software named at an employer, a lesson in a course."""


def features(reading: Reading, procedure: Decision) -> dict[str, float]:
    """Named features of one bullet: rules, the procedure's verdict, context cues, words."""
    found: dict[str, float] = {f"rule:{e.rule}": 1.0 for e in reading.evidence}
    if reading.lead_rule:
        found[f"lead:{reading.lead_rule}"] = 1.0
    if reading.topic_only:
        found["topic_only"] = 1.0
    if any(e.weight < 0 for e in reading.evidence):
        found["hedged"] = 1.0
    for label, weight in scores(reading.evidence).items():
        found[f"score:{label}"] = math.tanh(weight / 4.0)
    found[f"procedure:{procedure.label}"] = 1.0
    found[f"step:{procedure.step.split(':')[0]}"] = 1.0
    cues = reading.context.cues
    for cue in cues:
        found[f"context:{cue}"] = 1.0
    named = reading.named
    for name in named:
        found[f"cue:{name}"] = 1.0
    lead_name = reading.lead_named or "none"
    found[f"lead_cue:{lead_name}"] = 1.0
    places = cues & CROSSED_PLACES
    if reading.context.project_like:
        places |= {"project_like"}
    step = procedure.step.split(":")[0]
    for place in places:
        found[f"x:{place}|{lead_name}"] = 1.0
        for name in named & CROSSED_NAMES:
            found[f"x:{place}|{name}"] = 1.0
        if place in STEP_PLACES:
            found[f"x:{place}|step:{step}"] = 1.0
            found[f"x:{place}|procedure:{procedure.label}"] = 1.0
    tokens = words(reading.text)
    for token in tokens:
        found[f"w:{token}"] = 1.0
        if len(token) > STEM:
            found[f"ws:{token[:STEM]}"] = 1.0
    for first, second in zip(tokens, tokens[1:], strict=False):
        found[f"w2:{first} {second}"] = 1.0
    if tokens:  # the word a bullet opens on is most often its action ("Deployed", "Studied")
        found[f"wf:{tokens[0]}"] = 1.0
        found[f"wf5:{tokens[0][:STEM]}"] = 1.0
    for word in words(reading.context.section):  # the heading as written, not only its kind
        found[f"wh:{word}"] = 1.0
    if not reading.text.isascii():
        found.update(dict.fromkeys(other_script_words(reading.text), 1.0))
    return found


STEM = 5
"""Letters of a word's start kept as a feature of its own, so that the forms of one verb share a
weight: "desarrollé", "desarrollamos" and "desarrollo" all give "desar", "deployed" and
"deploying" give "deplo". Chosen by cross-validation by resume (4, 5 and 6 tried); the gain is
mostly in languages other than English, whose verbs have many endings and few rows each."""

_CJK_RUN = compile_pattern(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
_NON_LATIN_WORD = compile_pattern(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]+")


def other_script_words(text: str) -> Iterator[str]:
    """Features for the words ``words`` cannot see (it reads Latin letters only): pairs of
    characters in Chinese, Japanese and Korean, which write words without spaces, and the starts
    of words in Greek, Cyrillic, Hebrew and Arabic letters."""
    lowered = text.lower()
    for run in _CJK_RUN.findall(lowered):
        for first, second in zip(run, run[1:], strict=False):
            yield f"wc:{first}{second}"
    for word in _NON_LATIN_WORD.findall(lowered):
        yield f"wu:{word[:STEM]}"


def linear_decision(reading: Reading, procedure: Decision, model: dict[str, Any]) -> Decision:
    """The linear model's label (``model`` is the ``linear`` part of a labeller file)."""
    step = procedure.step.split(":")[0]
    if step in FIXED_STEPS or (step in CONTEXT_STEPS and f"step:{step}" not in model["weights"]):
        # A summary or skills section never holds work; and a model trained without rows in
        # some context cannot weigh it: the procedure's step decides.
        return procedure
    classes: list[Label] = model["classes"]
    logits = linear_logits(features(reading, procedure), model)
    probabilities = softmax([z / model["temperature"] for z in logits])
    ranked = sorted(range(len(classes)), key=lambda i: -probabilities[i])
    return Decision(
        classes[ranked[0]],
        round(probabilities[ranked[0]], 3),
        classes[ranked[1]],
        procedure.step,
        procedure.context_note,
    )


def linear_logits(found: dict[str, float], model: dict[str, Any]) -> list[float]:
    """The model's score for each class (before temperature): a dot product over named features."""
    t, s, o = model["intercept"]
    weights = model["weights"]
    for name, value in found.items():
        row = weights.get(name)
        if row is not None:
            t, s, o = t + row[0] * value, s + row[1] * value, o + row[2] * value
    return [t, s, o]


def softmax(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


@functools.cache
def _model() -> dict[str, Any]:
    model: dict[str, Any] = load_json(MODEL_PATH, _runtime_part, prepared_as="runtime-1")
    linear = dict(model["linear"])
    linear["weights"] = PackedWeights(linear.pop("names"), linear.pop("values"))
    return {**model, "linear": linear}


def _runtime_part(model: dict[str, Any]) -> dict[str, Any]:
    """What a run uses of the labeller file, in a form that is quick to read back: the training
    record (29,000 bullet ids) left out, and the 41,000 weight rows packed as one string of names
    and one block of numbers (unmarshalling them as lists took 11 ms of every CLI run, 3 now)."""
    linear = dict(model["linear"])
    weights: dict[str, list[float]] = linear.pop("weights")
    linear["names"] = "\n".join(weights)
    linear["values"] = struct.pack(f"={3 * len(weights)}d", *itertools.chain(*weights.values()))
    return {"linear": linear, "procedure": model["procedure"]}


class PackedWeights(Mapping[str, Sequence[float]]):
    """The linear model's weight rows by feature name, read from their packed form."""

    def __init__(self, names: str, values: bytes) -> None:
        keys = names.split("\n") if names else []
        self._row = dict(zip(keys, range(0, 3 * len(keys), 3), strict=True))
        self._values = memoryview(values).cast("d")

    def __getitem__(self, name: str) -> Sequence[float]:
        start = self._row[name]
        return self._values[start : start + 3]

    def get(self, name: str, default: Any = None) -> Any:  # the hot path: one dict lookup
        start = self._row.get(name)
        return default if start is None else self._values[start : start + 3]

    def __contains__(self, name: object) -> bool:
        return name in self._row

    def __iter__(self) -> Iterator[str]:
        return iter(self._row)

    def __len__(self) -> int:
        return len(self._row)


@functools.cache
def _step_confidence() -> dict[str, float]:
    if not MODEL_PATH.exists():  # only while scripts/train_labeller.py builds the first one
        return {}
    confidence: dict[str, float] = _model()["procedure"]["confidence"]
    return confidence
