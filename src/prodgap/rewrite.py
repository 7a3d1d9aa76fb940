"""Suggest a rewrite that restructures a bullet around the production arc, from its own words.

The arc is problem → system → what broke → the fix. A rewrite keeps the bullet's words (its main
sentence is the system) and adds one short clause for each part the bullet lacks, in arc order:
the problem before the main sentence, what broke before the fix the bullet already tells, the
rest after it. Each added part is a visible [placeholder] with the question that fills it; a
part the bullet already has is never asked for.

Which story the rewrite asks for depends on the work (its ``frame``):

- shipped: something in real use; it is asked what broke and how it was fixed;
- trained: work at a job that the bullet never shows in real use; it is asked where it ran and
  what changed there (or, in the question, who used its results if it never ran);
- unshipped: a course, personal, hackathon, competition, research, thesis or prototype project;
  it gets the honest frame: who used or tried it, what you learned when it failed, what it would
  take to ship. It is never asked what broke "once it was live".

Placeholders and questions are worded for the kind of work (a model is asked about drift,
firmware about devices, a pipeline about late data). To keep a rewrite near 1.5 times the
bullet, the missing parts are added in order of value until a length budget is spent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from prodgap.faithful import check_faithful
from prodgap.kinds import classify_work, work_setting
from prodgap.models import (
    AuditedBullet,
    Frame,
    Judgement,
    Rewrite,
    Setting,
    SharedQuestion,
    WorkKind,
)
from prodgap.regex_cache import compile_pattern
from prodgap.sentences import sentences as split_into_sentences

Ask = tuple[str, str]
"""A placeholder's text (shown in brackets) and the question that fills it."""

ASKS: dict[tuple[str, WorkKind | None], Ask] = {
    # --- the problem: why it mattered, for whom
    ("problem", None): ("problem, for whom", "What problem did this solve, and for whom?"),
    ("problem", "model"): (
        "who relied on it",
        "Which product, decision or team did this model serve, and why did it matter to them?",
    ),
    ("problem", "data_pipeline"): (
        "who needed the data, why",
        "Who needed this data, and what did they do with it?",
    ),
    ("problem", "service"): (
        "who used it, why",
        "Who used this service, and what did it let them do?",
    ),
    ("problem", "infrastructure"): (
        "who relied on it, why",
        "Which teams or products relied on this, and what did they need from it?",
    ),
    ("problem", "firmware"): (
        "device, for whom",
        "Which device or product was this for, and what did it have to do?",
    ),
    ("problem", "analysis"): (
        "decision it informed",
        "Which decision was this for, and who made it?",
    ),
    ("problem", "app_feature"): (
        "users, and their need",
        "Which users was this for, and what did they need?",
    ),
    ("problem", "research"): (
        "open question",
        "What question did this work answer, and who needed the answer?",
    ),
    # --- trained at a job: did it run for real, and what changed there
    ("use", None): (
        "where it ran, what changed",
        "Did this run for real? If so, where, and what changed there? If not, who used its "
        "results?",
    ),
    ("use", "model"): (
        "where it ran, what changed",
        "Did the model run for real (in a product, a batch job, a decision process)? Where, for "
        "how many users or requests, and what changed there? If not, who used its results?",
    ),
    ("use", "analysis"): (
        "who acted on it, what changed",
        "Who acted on this analysis, what did they decide, and what changed because of it?",
    ),
    ("use", "data_pipeline"): (
        "who used its output",
        "Which team or system used this pipeline's output, how often did it run, and what did "
        "it let them do?",
    ),
    ("use", "service"): (
        "who called it, how often",
        "Did anything call it for real? Who, how many requests, and what did it let them do?",
    ),
    ("use", "infrastructure"): (
        "whose work ran on it",
        "Did real workloads run on it? Whose, how many, and what did it change for them?",
    ),
    ("use", "firmware"): (
        "which devices ran it",
        "Did it run on real devices? Which ones, how many, and for how long?",
    ),
    ("use", "app_feature"): (
        "who used it, how many",
        "Who used it, how many of them, and what did it change for them?",
    ),
    ("use", "research"): (
        "who used the results",
        "Who used these results beyond you, and what did they change because of them?",
    ),
    # --- shipped: what broke in real use, and the fix
    ("broke", None): ("what broke", "What went wrong once it was in use, and how did you notice?"),
    ("broke", "model"): (
        "what drifted or broke",
        "What went wrong once the model was live (drift, latency, bad inputs), and how did you "
        "notice?",
    ),
    ("broke", "data_pipeline"): (
        "late or bad data",
        "When did the pipeline fail (late, missing or wrong data), and how did you find out?",
    ),
    ("broke", "service"): (
        "what broke",
        "What broke or slowed down under real traffic, and how did you notice?",
    ),
    ("broke", "infrastructure"): (
        "which incident",
        "Which incident, outage or cost overrun did you face, and how was it caught?",
    ),
    ("broke", "firmware"): (
        "what failed",
        "What failed on real devices (crashes, timing, power), and how did you find out?",
    ),
    ("broke", "analysis"): (
        "wrong numbers",
        "When were the numbers wrong or late, and who noticed?",
    ),
    ("broke", "app_feature"): (
        "which bug",
        "What broke for users after release (crashes, errors, complaints), and how did you notice?",
    ),
    ("broke", "research"): (
        "what failed",
        "What failed when others used it, and how did you find out?",
    ),
    ("fix", None): (
        "fix, {metric} before → after",
        "What did you change to fix it, and which number moved, from what to what?",
    ),
    ("measure", None): (
        "{metric} before → after",
        "How much did it help: which number moved, from what to what?",
    ),
    # --- unshipped: the honest frame
    ("tried", None): (
        "who used or tried it",
        "Who used or tried it beyond you (classmates, a pilot, a demo day, open-source users), "
        "and what did they do with it?",
    ),
    ("tried", "model"): (
        "who used or tried it",
        "Who used or tried the model beyond you, on what data, and what did they do with it?",
    ),
    ("tried", "firmware"): (
        "who ran it, on what",
        "Who ran it beyond you, and on what hardware or emulator?",
    ),
    ("tried", "app_feature"): (
        "who used it",
        "Who used it beyond your team, and how many of them?",
    ),
    ("tried", "research"): (
        "who used the results",
        "Who used or built on the results, and for what?",
    ),
    ("tried", "analysis"): ("who read it", "Who read this analysis, and what did they do with it?"),
    ("tried", "data_pipeline"): (
        "who used its output",
        "Who used the data it produced, and for what?",
    ),
    ("tried", "service"): ("who called it", "Who called it beyond you, and how often?"),
    ("tried", "infrastructure"): ("whose work ran on it", "Whose work ran on it beyond yours?"),
    ("learned", None): (
        "what you learned",
        "What failed or surprised you along the way, and what did you change because of it?",
    ),
    ("learned", "model"): (
        "what you learned",
        "Where did the model fail (data, edge cases, speed), and what did you learn from it?",
    ),
    ("learned", "firmware"): (
        "what you learned",
        "What failed on the hardware (timing, memory, crashes), and what did you learn from it?",
    ),
    ("to_ship", None): (
        "what it would take to ship",
        "What would it take to ship it for real users: what is missing, and what would you "
        "build next?",
    ),
    ("to_ship", "model"): (
        "what it would take to ship",
        "What would it take to put the model in front of real users (serving, monitoring, the "
        "data it lacks)?",
    ),
    ("to_ship", "firmware"): (
        "what it would take to ship",
        "What would it take to run it in a real product (hardware, testing, certification)?",
    ),
    ("to_ship", "research"): (
        "what it would take to use",
        "What would it take for others to use it (code, data, a product)?",
    ),
}
"""(part, kind) → placeholder and question; (part, None) serves every kind without its own."""

BROKE_AND_FIX: dict[WorkKind | None, str] = {
    None: "when {broke}, {fix}",
    "model": "once live, {broke}, and {fix}",
    "data_pipeline": "when {broke} arrived, {fix}",
    "service": "under real traffic, {broke}, and {fix}",
    "infrastructure": "during {broke}, {fix}",
    "firmware": "in the field, {broke}, and {fix}",
    "app_feature": "when users hit {broke}, {fix}",
}
"""How what broke and the fix join the bullet when it tells neither, by the kind of work."""

PROBLEM_LINKS: dict[WorkKind | None, tuple[str, str]] = {
    None: ("for {ph}, ", ", for {ph}"),
    "analysis": ("to inform {ph}, ", ", to inform {ph}"),
    "research": ("to answer {ph}, ", ", to answer {ph}"),
}
"""How the problem joins the bullet: before a bullet that opens with a verb, else after it."""

METRICS: tuple[tuple[str, str], ...] = (
    (r"latenc|\bp\d\d\b|\d\s?ms\b|response time", "latency"),
    (r"\bcost|\$|spend|budget|gpu.hours|\bbill\b", "cost"),
    (r"throughput|\bqps\b|\brps\b|requests", "throughput"),
    (r"uptime|availability|incident|outage|error", "errors"),
)
"""The metric a fix is measured by: the one the bullet already talks about, first match wins."""
PERCENTILE = compile_pattern(r"\bp(?:50|75|90|95|99|999)\b", re.I)
"""Latency is named by the bullet's own percentile (p95), else as p99."""
TRIGGER_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bcost|\$|spend|budget|\bbill|gpu.hours", "cost"),
    (
        r"latenc|\bp\d\d\b|\d\s?ms\b|response time|wait|run ?time|hours|minutes|faster|slow",
        "latency",
    ),
    (r"throughput|\bqps\b|\brps\b|requests", "throughput"),
    (r"uptime|availability|incident|outage|error|fail|pages|alerts", "errors"),
)
"""What a fix the bullet tells moved (read in the fix first, then the whole bullet): it names
the trigger to ask for."""
TRIGGERS: dict[str, Ask] = {
    "latency": (
        "what was too slow",
        "What was too slow before this change, and how did you notice?",
    ),
    "cost": (
        "what cost too much",
        "What cost too much before this change, and how did you notice?",
    ),
    "throughput": (
        "what could not keep up",
        "What could not keep up before this change, and how did you notice?",
    ),
    "errors": (
        "what kept failing",
        "What kept failing before this change, and how did you notice?",
    ),
}
"""What broke, for a bullet that tells a fix measured by one of these: the trigger it answered."""
KIND_METRICS: dict[WorkKind, str] = {
    "model": "live metric",
    "data_pipeline": "freshness",
    "service": "p99",
    "infrastructure": "uptime",
    "firmware": "failures",
    "app_feature": "crashes",
}
"""Otherwise the metric the kind of work is usually measured by."""

PRIORITIES: dict[Frame, tuple[str, ...]] = {
    "shipped": ("broke", "fix", "measure", "problem"),
    "trained": ("use", "problem"),
    "unshipped": ("tried", "learned", "to_ship", "problem"),
}
"""The parts a frame asks for, most valuable first: a short bullet gets the first ones only."""
PROTOTYPE_PRIORITY = ("tried", "to_ship", "learned", "problem")
"""Work the bullet says never shipped is asked first what shipping it would take."""
TEXT_ORDER = ("problem", "use", "tried", "broke", "learned", "fix", "measure", "to_ship")
"""The arc order the added parts appear in."""

LENGTH_FACTOR = 0.5
"""Added text may be this share of the bullet's length, so a rewrite stays near 1.5x."""
MIN_ADDED = 65
"""A short bullet may still gain this many characters: enough for two short placeholders."""

FLUFF = compile_pattern(
    r"^[\s,;]*(?:and\s+)?(?:presented|documented|mentored|collaborated|partnered|communicated|"
    r"coordinated|organized|shared|attended|participated|hosted|onboarded|gave (?:a )?talks?|"
    r"wrote (?:the )?docs|(?:ran|led) (?:[\w-]+ ){0,3}(?:sessions|workshops|meetings|groups))\b",
    re.I,
)
"""Clauses a long bullet can lose: they say nothing about the model or the system."""
IRREGULAR_VERBS = frozenset(
    """built rebuilt led ran wrote rewrote made drove took set put cut won grew kept sped held
    sent spent found taught brought chose gave split spun stood shut began undertook oversaw
    build lead run write make drive own design develop train deploy ship create""".split()
)
CORE_WORDS = 20
"""Clauses with no fact are dropped from a longer bullet, so the rewrite stays short."""
PLACEHOLDER = compile_pattern(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class _Slot:
    """One part the rewrite adds: its name, placeholder and question."""

    part: str
    kind: WorkKind | None
    """The kind the wording was chosen for (None: the wording every kind shares)."""
    placeholder: str
    question: str

    @property
    def shown(self) -> str:
        return f"[{self.placeholder}]"


def needs_work(judgement: Judgement) -> bool:
    """True for unshipped work, or a shipped system that does not say what broke and the fix."""
    if judgement.label == "trained_model":
        return True
    arc = judgement.arc
    return judgement.label == "shipped_system" and (arc.broke is None or arc.fix is None)


def frame_for(judgement: Judgement, setting: Setting | None) -> Frame:
    """The story to ask for: production, whether it ran, or the honest frame."""
    if judgement.label == "shipped_system":
        return "shipped"
    return "unshipped" if setting is not None else "trained"


def suggest_rewrite(
    text: str,
    judgement: Judgement,
    *,
    kind: WorkKind | None = None,
    setting: Setting | None = None,
) -> Rewrite | None:
    """A rewrite of a bullet that needs work: its own words around the arc, missing parts as
    placeholders. ``kind`` and ``setting`` default to what the bullet's own words say."""
    if not needs_work(judgement):
        return None
    kind = kind or classify_work(text, judgement)
    setting = setting or work_setting(text, judgement)
    frame = frame_for(judgement, setting)
    shortened = _core(text)
    slots = _choose(_missing(judgement, frame, setting), kind, judgement, text, shortened, frame)
    for arranged in (True, False):
        # Unarranged, the bullet keeps every word it had; only needed when arranging failed.
        core = shortened if arranged else _core(text, shorten=False)
        rewrite = _compose(core, slots, judgement, arranged, frame)
        if check_faithful(text, rewrite.text).passed:
            return rewrite
    raise AssertionError(f"no faithful rewrite for {text!r}")  # the original plus placeholders


def shared_questions(bullets: Iterable[AuditedBullet]) -> list[SharedQuestion]:
    """Questions that several bullets' rewrites ask, each once, with the bullets that ask it."""
    asked: dict[str, list[int]] = {}
    for bullet in bullets:
        if bullet.rewrite is not None:
            for question in dict.fromkeys(bullet.rewrite.questions):
                asked.setdefault(question, []).append(bullet.order)
    return [
        SharedQuestion(text=q, bullets=orders) for q, orders in asked.items() if len(orders) > 1
    ]


# --- what to ask ------------------------------------------------------------------------


def _missing(judgement: Judgement, frame: Frame, setting: Setting | None) -> list[str]:
    """The parts this bullet lacks, for its frame, most valuable first."""
    arc = judgement.arc
    lacks = {
        "problem": arc.problem is None,
        "broke": arc.broke is None,
        "fix": arc.fix is None,
        "measure": arc.fix is not None and not re.search(r"\d", arc.fix.text),
        "use": True,
        "tried": True,
        "learned": arc.broke is None,
        "to_ship": True,
    }
    if frame == "shipped" and arc.fix is None:
        lacks["measure"] = False  # the fix placeholder asks for its number
    prototype = frame == "unshipped" and setting == "prototype"
    priority = PROTOTYPE_PRIORITY if prototype else PRIORITIES[frame]
    return [part for part in priority if lacks[part]]


def _choose(
    parts: list[str], kind: WorkKind, judgement: Judgement, text: str, core: str, frame: Frame
) -> list[_Slot]:
    """The parts that keep the rewrite of ``text`` (shortened to ``core``) within its length
    budget, taken in priority order (the first always); what broke and the fix go together
    when both are missing."""
    limit = len(text) + max(LENGTH_FACTOR * len(text), MIN_ADDED)
    metric = _metric(text, judgement, kind)
    chosen: list[_Slot] = []
    for part in parts:
        if part == "fix" and "broke" in parts:
            continue  # asked together with what broke
        adding = [_slot(part, kind, metric)]
        if part == "broke" and "fix" in parts:
            adding.append(_slot("fix", kind, metric))
        elif part == "broke" and (trigger := _trigger(text, judgement)):
            adding = [_Slot(part, kind, *trigger)]  # the fix it tells answered this
        trial = chosen + adding
        if chosen and len(_compose(core, trial, judgement, True, frame).text) > limit:
            break  # a less valuable part never displaces a more valuable one
        chosen = trial
    return chosen


def _slot(part: str, kind: WorkKind, metric: str) -> _Slot:
    worded_for: WorkKind | None = kind if (part, kind) in ASKS else None
    placeholder, question = ASKS[(part, worded_for)]
    return _Slot(
        part, worded_for, placeholder.format(metric=metric), question.format(metric=metric)
    )


def _metric(text: str, judgement: Judgement, kind: WorkKind) -> str:
    """The number a fix should be measured by: the one the bullet talks about, else the kind's."""
    said = " ".join(s.span.text for s in judgement.signals if s.kind == "production_metric")
    for pattern, metric in METRICS:
        if re.search(pattern, said or text, re.I):
            if metric == "latency":
                percentile = PERCENTILE.search(text)
                return percentile.group().lower() if percentile else "p99"
            return metric
    return KIND_METRICS.get(kind, "metric")


def _trigger(text: str, judgement: Judgement) -> Ask | None:
    """What was failing before the fix the bullet tells, named by what that fix moved."""
    fix = judgement.arc.fix
    for where in (fix.text if fix else "", text):
        for pattern, moved in TRIGGER_WORDS:
            if re.search(pattern, where, re.I):
                return TRIGGERS[moved]
    return None


# --- composing --------------------------------------------------------------------------


@dataclass
class _Sentence:
    body: str
    prefix: list[str] = field(default_factory=list)
    """Clauses before the body, in arc order ("for [whom], ", "when [what broke], ")."""
    suffix: str = ""


def _compose(
    core: str, slots: list[_Slot], judgement: Judgement, arranged: bool, frame: Frame
) -> Rewrite:
    """Place each slot in arc order around the sentences of the core. Unarranged, every slot
    goes after the bullet's words, which are then left exactly as they were."""
    sentences = [_Sentence(s.rstrip(" .;,:!")) for s in split_into_sentences(core)]
    main = _sentence_of(sentences, judgement.arc.system) if arranged else len(sentences) - 1
    by_part = {slot.part: slot for slot in slots}
    tail: list[str] = []
    for part in TEXT_ORDER:
        slot = by_part.get(part)
        if slot is None:
            continue
        if part == "problem":
            _place_problem(sentences[main], slot, arranged)
        elif part == "broke" and "fix" in by_part:
            link = BROKE_AND_FIX.get(slot.kind if arranged else None) or BROKE_AND_FIX[None]
            tail.append(link.format(broke=slot.shown, fix=by_part["fix"].shown))
        elif part == "broke":
            _place_broke(sentences, slot, judgement, arranged, tail)
        elif part == "fix" and "broke" in by_part:
            continue
        elif part == "measure" and arranged:
            _sentence_of_span(sentences, judgement.arc.fix).suffix += f" ({slot.shown})"
        elif part == "fix" and arranged and judgement.arc.broke is not None:
            _sentence_of_span(sentences, judgement.arc.broke).suffix += f"; {slot.shown}"
        else:
            tail.append(slot.shown)
    if tail:
        sentences[main].suffix += "; " + _listed(tail)
    text = " ".join(_sentence_text(s) for s in sentences)
    in_text = sorted(slots, key=lambda s: text.find(s.shown))
    return Rewrite(
        text=text,
        placeholders=[s.placeholder for s in in_text],
        questions=list(dict.fromkeys(s.question for s in in_text)),
        frame=frame,
    )


def _place_problem(sentence: _Sentence, slot: _Slot, arranged: bool) -> None:
    """Before a sentence that opens with a verb ("For [whom], built …"), else after it."""
    before, after = PROBLEM_LINKS.get(slot.kind) or PROBLEM_LINKS[None]
    if arranged and _opens_with_verb(sentence.body):
        sentence.prefix.insert(0, before.format(ph=slot.shown))
    else:
        sentence.suffix = after.format(ph=slot.shown) + sentence.suffix


def _place_broke(
    sentences: list[_Sentence],
    slot: _Slot,
    judgement: Judgement,
    arranged: bool,
    tail: list[str],
) -> None:
    """What broke goes before the fix the bullet tells: "When [x], cut …", else ", after [x]"."""
    fix = judgement.arc.fix
    target = _sentence_of_span(sentences, fix) if arranged and fix else None
    if target is not None and _opens_with_verb(target.body):
        target.prefix.append(f"when {slot.shown}, ")
        return
    if target is not None:
        target.suffix += f", after {slot.shown}"
        return
    tail.append(f"after {slot.shown}")


def _sentence_of(sentences: list[_Sentence], span: object) -> int:
    """The index of the sentence holding a span's text (the main sentence), else the first."""
    text = getattr(span, "text", None)
    if text:
        for i, sentence in enumerate(sentences):
            if text in sentence.body:
                return i
    return 0


def _sentence_of_span(sentences: list[_Sentence], span: object) -> _Sentence:
    return sentences[_sentence_of(sentences, span)]


def _sentence_text(sentence: _Sentence) -> str:
    body, prefix = sentence.body, "".join(sentence.prefix)
    if prefix:
        prefix = prefix[:1].upper() + prefix[1:]
        body = body[:1].lower() + body[1:]  # only verb-led sentences take a prefix
    return f"{prefix}{body}{sentence.suffix}."


def _listed(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- the bullet's own words -------------------------------------------------------------


def _core(text: str, *, shorten: bool = True) -> str:
    """The bullet as the system part: no glyph or end stop; a long one loses its fluff clauses."""
    core = re.sub(r"^[\s•·\-*–—▪●◦]+", "", text).strip().rstrip(".;,:!").strip()
    core = core.replace("[", "(").replace("]", ")")  # its own brackets are no placeholders
    while shorten and _words(core) > CORE_WORDS and (shorter := _drop_fluff(core, text)):
        core = shorter
    return core


def _drop_fluff(core: str, text: str) -> str | None:
    """The core without its last fluff clause, if it has one that holds no fact."""
    cuts = [*_clause_starts(core), len(core)]
    for start, end in reversed(list(zip(cuts, cuts[1:], strict=False))):
        shorter = (core[:start] + core[end:]).rstrip(" ,;")
        if FLUFF.match(core[start:end]) and check_faithful(text, shorter).passed:
            return shorter
    return None


_DEPTH_CHANGE = {"(": 1, ")": -1}


def _clause_starts(core: str) -> list[int]:
    """Where clauses start: at ", " "; " " – " outside parentheses."""
    starts, depth = [], 0
    for i, char in enumerate(core):
        depth += _DEPTH_CHANGE.get(char, 0)
        if depth == 0 and (core.startswith((", ", "; "), i) or core.startswith((" – ", " — "), i)):
            starts.append(i)
    return starts


def _opens_with_verb(core: str) -> bool:
    """Whether the bullet starts with a past-tense or base verb that can follow "For …," ."""
    first = core.split(maxsplit=1)[0] if core else ""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", first):
        return False
    return first.endswith("ed") or first.casefold() in IRREGULAR_VERBS


def _words(text: str) -> int:
    """Words outside placeholders."""
    return len(PLACEHOLDER.sub(" ", text).split())
