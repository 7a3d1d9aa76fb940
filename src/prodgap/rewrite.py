"""Suggest a rewrite around the full production arc, built only from the bullet's own words.

The rewrite tells the arc in order (the problem, the system built, what broke in production, the
fix with its result). The bullet's own text is the system part; every missing part becomes a
visible [placeholder] with the question the candidate must answer to fill it.
"""

from __future__ import annotations

import re

from prodgap.faithful import check_faithful
from prodgap.models import Judgement, Label, Rewrite
from prodgap.rules import PROBLEM_PURPOSE

PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "solve": (
        "solve what problem, for whom",
        "What problem did this model solve, and for whom?",
    ),
    "users": (
        "whom, and why it mattered",
        "Who relied on this system, and why did it matter to them?",
    ),
    "why": (
        "why it mattered to them",
        "Why did this matter to them: what did it save, earn or prevent?",
    ),
    "where": (
        "where it ran, for whom, at what traffic",
        "Where did this model run, and for whom? How much traffic or how many users did it serve?",
    ),
    "broke": (
        "what broke after launch",
        "What went wrong after launch, and how did you notice?",
    ),
    "drifted": (
        "what drifted or broke once it was live",
        "What went wrong once the model was live (drift, latency, cost), and how did you notice?",
    ),
    "trigger": (
        "what was failing in production",
        "What was failing or slow in production before this change, and how did you notice?",
    ),
    "fix": (
        "how you fixed it",
        "What did you change to fix it?",
    ),
    "tried": (
        "who tried it, and what they did with it",
        "Who tried it beyond your team (users, a pilot, a shadow run), and what did they do with "
        "its output?",
    ),
    "blocked": (
        "what stopped it from shipping",
        "What stopped it from being deployed, and what would it take to launch it?",
    ),
}
"""Each placeholder's text (shown in brackets) and the question that fills it."""

RESULTS: tuple[tuple[str, str], ...] = (
    (r"latenc|\bp\d\d\b|\d\s?ms\b|response time", "p99 latency before → after"),
    (r"\bcost|\$|spend|budget|gpu.hours", "cost before → after"),
    (r"throughput|\bqps\b|\brps\b|requests", "throughput before → after"),
    (r"uptime|availability|incident|outage|error", "error rate before → after"),
)
"""The result placeholder names the metric the bullet already talks about, first match wins."""

DEFAULT_RESULT = {
    "trained_model": "live metric before → after",
    "shipped_system": "metric before → after",
}
RESULT_QUESTION = "Which number moved because of the fix, from what to what?"

TEMPLATES: dict[tuple[Label, bool, str, bool], str] = {
    # (label, has a problem, what it says of the aftermath, opens with a verb) -> template.
    # A trained model is not known to have run anywhere, so all of its aftermath is asked for.
    ("trained_model", False, "", True): (
        "To <solve>, {core_lc}; <where>. When <drifted>, <fix> (<result>)."
    ),
    ("trained_model", False, "", False): (
        "{core}, to <solve>; <where>. When <drifted>, <fix> (<result>)."
    ),
    ("trained_model", True, "", True): "{core}; <where>. When <drifted>, <fix> (<result>).",
    ("trained_model", True, "", False): "{core}; <where>. When <drifted>, <fix> (<result>).",
    ("shipped_system", False, "", True): "For <users>, {core_lc}. When <broke>, <fix> (<result>).",
    ("shipped_system", False, "", False): "{core}, for <users>. When <broke>, <fix> (<result>).",
    ("shipped_system", True, "", True): "{core}. When <broke>, <fix> (<result>).",
    ("shipped_system", True, "", False): "{core}. When <broke>, <fix> (<result>).",
    ("shipped_system", False, "broke", True): "For <users>, {core_lc}; <fix> (<result>).",
    ("shipped_system", False, "broke", False): "{core}; for <users>, <fix> (<result>).",
    ("shipped_system", True, "broke", True): "{core}; <fix> (<result>).",
    ("shipped_system", True, "broke", False): "{core}; <fix> (<result>).",
    ("shipped_system", False, "fix", True): "For <users>, when <trigger>, {core_lc}{result}.",
    ("shipped_system", False, "fix", False): "{core}, for <users>, after <trigger>{result}.",
    ("shipped_system", True, "fix", True): "When <trigger>, {core_lc}{result}.",
    ("shipped_system", True, "fix", False): "{core}, after <trigger>{result}.",
}
"""The arc in order (problem, system, what broke, the fix with its result), around the bullet's
own words ({core}); <name> is a placeholder, {result} asks for the result if no number shows it."""

AUDIENCE_TEMPLATES: dict[tuple[Label, str, bool], str] = {
    # (label, what it says of the aftermath, opens with a verb) -> template, for a bullet whose
    # problem is only its audience ("used by 40 account managers"): it names whom, so the
    # rewrite asks only why it mattered to them.
    ("trained_model", "", True): "{core}; <why>; <where>. When <drifted>, <fix> (<result>).",
    ("trained_model", "", False): "{core}; <why>; <where>. When <drifted>, <fix> (<result>).",
    ("shipped_system", "", True): "{core}; <why>. When <broke>, <fix> (<result>).",
    ("shipped_system", "", False): "{core}; <why>. When <broke>, <fix> (<result>).",
    ("shipped_system", "broke", True): "{core}; <why>; <fix> (<result>).",
    ("shipped_system", "broke", False): "{core}; <why>; <fix> (<result>).",
    ("shipped_system", "fix", True): "When <trigger>, {core_lc}{result}; <why>.",
    ("shipped_system", "fix", False): "{core}, after <trigger>{result}; <why>.",
}
"""The arc for a bullet that says whom the work was for but not why it mattered."""

UNSHIPPED_TEMPLATES: dict[tuple[bool, bool], str] = {
    # (has a problem, opens with a verb) -> template, for a model the bullet says never shipped.
    (False, True): "To <solve>, {core_lc}; <tried>, and <blocked>.",
    (False, False): "{core}, to <solve>; <tried>, and <blocked>.",
    (True, True): "{core}; <tried>, and <blocked>.",
    (True, False): "{core}; <tried>, and <blocked>.",
}
"""A model the bullet says was not deployed is not asked what broke once live: the rewrite asks
what would show it is more than a prototype, and what kept it from shipping."""
UNSHIPPED_AUDIENCE_TEMPLATE = "{core}; <why>; <tried>, and <blocked>."
"""The same, for a model whose bullet names whom it was for but not why it mattered."""

NOT_SHIPPED = re.compile(
    r"\b(?:not (?:yet )?(?:been )?(?:deployed|shipped|launched|released|in production|live)|"
    r"never (?:deployed|shipped|launched|released|used|went live)|prototyp\w*|"
    r"proof[- ]of[- ]concept|POC|planned (?:launch|deployment|rollout)|"
    r"(?:launch|deployment|rollout|release|go-live) (?:is |was |has been )?(?:planned|pending|"
    r"postponed|scheduled|delayed|on hold|cancel+ed|shelved)|pending (?:deployment|launch)|"
    r"shelved|handed (?:over|off) to|hand-?off to|for (?:possible|potential|future) "
    r"(?:integration|deployment|use|adoption)|production-ready|ready to deploy|"
    r"ready for (?:deployment|production))\b",
    re.IGNORECASE,
)
"""Words by which a bullet says the model never reached real use."""
NOT_SHIPPED_RULES = frozenset({"negated_production", "hedged_production", "lab_setting"})
"""Rules engine evidence that says the same."""

FALLBACKS: dict[Label, str] = {
    "trained_model": "{core}; <where>. When <drifted>, <fix> (<result>).",
    "shipped_system": "{core}. When <broke>, <fix> (<result>).",
}
UNSHIPPED_FALLBACK = "{core}; <tried>, and <blocked>."
"""Used when a composed rewrite fails the faithfulness check: the original verbatim, then these."""

FLUFF = re.compile(
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
"""Clauses with no fact are dropped from a longer bullet, so the rewrite stays near 40 words."""
PLACEHOLDER = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"<(\w+)>|\{(?P<core>core|core_lc)\}")


def needs_work(judgement: Judgement) -> bool:
    """True for a trained model, or a shipped system that does not say what broke and the fix."""
    if judgement.label == "trained_model":
        return True
    arc = judgement.arc
    return judgement.label == "shipped_system" and (arc.broke is None or arc.fix is None)


def suggest_rewrite(text: str, judgement: Judgement) -> Rewrite | None:
    """A four-part rewrite of a bullet that needs work, from its own words plus placeholders."""
    if not needs_work(judgement):
        return None
    core = _core(text)
    rewrite = _fill(_shape(text, judgement, core), core, judgement)
    if check_faithful(text, rewrite.text).passed:
        return rewrite
    verbatim = _core(text, shorten=False)
    fallback = UNSHIPPED_FALLBACK if _never_shipped(text, judgement) else None
    rewrite = _fill(fallback or FALLBACKS[judgement.label], verbatim, judgement)
    if not check_faithful(text, rewrite.text).passed:  # the original plus placeholders always is
        raise AssertionError(f"no faithful rewrite for {text!r}")
    return rewrite


# --- composing --------------------------------------------------------------------------


def _shape(text: str, judgement: Judgement, core: str) -> str:
    """The template for what the bullet has: problem, a leading verb, what broke or the fix."""
    label, arc = judgement.label, judgement.arc
    assert label != "other"
    audience_only = _audience_only(text, judgement)
    if _never_shipped(text, judgement):
        if audience_only:
            return UNSHIPPED_AUDIENCE_TEMPLATE
        return UNSHIPPED_TEMPLATES[(arc.problem is not None, _opens_with_verb(core))]
    aftermath = ""
    if label == "shipped_system":
        aftermath = "broke" if arc.broke is not None else "fix" if arc.fix is not None else ""
    if audience_only:
        template = AUDIENCE_TEMPLATES[(label, aftermath, _opens_with_verb(core))]
    else:
        template = TEMPLATES[(label, arc.problem is not None, aftermath, _opens_with_verb(core))]
    measured = aftermath == "fix" and bool(re.search(r"\d", text))
    return template.replace("{result}", "" if measured else " (<result>)")


def _audience_only(text: str, judgement: Judgement) -> bool:
    """The problem names whom the work was for ("used by 9 teams"), but no purpose says why."""
    return judgement.arc.problem is not None and PROBLEM_PURPOSE.search(text) is None


def _never_shipped(text: str, judgement: Judgement) -> bool:
    """A trained model the bullet says stayed a prototype, unlaunched or undeployed."""
    if judgement.label != "trained_model":
        return False
    said = any(e.rule in NOT_SHIPPED_RULES for e in judgement.evidence)
    return said or bool(NOT_SHIPPED.search(text))


def _fill(shape: str, core: str, judgement: Judgement) -> Rewrite:
    """Put the core and the placeholders into a shape, collecting each placeholder's question."""
    result = _result_placeholder(core, judgement)
    placeholders, questions = [], []

    def slot(m: re.Match[str]) -> str:
        if m["core"]:  # the bullet goes in last, so its own text is never read as a slot
            return _lower_first(core) if m["core"] == "core_lc" else core
        shown, question = (result, RESULT_QUESTION) if m[1] == "result" else PLACEHOLDERS[m[1]]
        placeholders.append(shown)
        questions.append(question)
        return f"[{shown}]"

    body = SLOT.sub(slot, shape)
    return Rewrite(text=body, placeholders=placeholders, questions=list(dict.fromkeys(questions)))


def _result_placeholder(text: str, judgement: Judgement) -> str:
    """Name the metric the bullet already measures, so the candidate knows what to report."""
    metrics = " ".join(s.span.text for s in judgement.signals if s.kind == "production_metric")
    for pattern, placeholder in RESULTS:
        if re.search(pattern, metrics or text, re.I):
            return placeholder
    return DEFAULT_RESULT.get(judgement.label, DEFAULT_RESULT["shipped_system"])


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


def _clause_starts(core: str) -> list[int]:
    """Where clauses start: at ", " "; " " – " outside parentheses."""
    starts, depth = [], 0
    for i, char in enumerate(core):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and (core.startswith((", ", "; "), i) or core.startswith((" – ", " — "), i)):
            starts.append(i)
    return starts


def _opens_with_verb(core: str) -> bool:
    """Whether the bullet starts with a past-tense or base verb that can follow "To …," ."""
    first = core.split(maxsplit=1)[0] if core else ""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", first):
        return False
    return first.endswith("ed") or first.casefold() in IRREGULAR_VERBS


def _lower_first(core: str) -> str:
    return core[:1].lower() + core[1:] if _opens_with_verb(core) else core


def _words(text: str) -> int:
    """Words outside placeholders."""
    return len(PLACEHOLDER.sub(" ", text).split())
