"""The offline labeller: find the evidence in a bullet, decide its label, find its arc and signals.

The rules (rules.py) find every named piece of evidence and cancel what hedges and negations
cancel; their spans are what the report highlights. decide.py turns that evidence and the
bullet's context into a label and a calibrated confidence, by the decision procedure or the
linear model (a setting: ``PRODGAP_LABELLER``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from prodgap import lexicon
from prodgap.decide import (
    UNSURE_BELOW,
    Context,
    LabellerName,
    Reading,
    decide,
    with_entry_context,
)
from prodgap.models import (
    SYSTEM_PARTS,
    Arc,
    Bullet,
    Evidence,
    Judgement,
    SectionKind,
    Signal,
    Span,
)
from prodgap.regex_cache import PATTERNS, compile_pattern
from prodgap.rules import (
    ARC_RULES,
    BROKE_GUARD,
    BROKE_LEAD_IN,
    BROKE_NOT_AN_EVENT,
    BROKE_SUBJECT_STOP,
    CLAUSE_BREAK,
    FAILURE_ENDS,
    FIX_LINK,
    FIX_RESPONSE,
    HEDGED_PRODUCTION,
    LABEL_RULES,
    LEAD_FACTOR,
    LEAD_PREFIX,
    LIVE_CONTEXT,
    NEGATED_PRODUCTION,
    OFFLINE_RESULT,
    PREPOSITION_BEFORE,
    REMEDY,
    RUNNING_SYSTEM,
    SHIPPED,
    SIGNAL_RULES,
    SYSTEM_AT_WORK,
    TOPIC_LEADS,
    Rule,
)
from prodgap.settings import configured_labeller


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    start: int
    end: int
    weight: float


def label_bullet(
    text: str,
    *,
    section: str = "",
    section_kind: SectionKind = "other",
    entry: str | None = None,
    labeller: LabellerName | None = None,
) -> Judgement:
    """Label one bullet, read with its section and role heading, as a person reads it.

    ``labeller`` picks how the evidence is decided (``procedure`` or ``linear``); by default
    ``PRODGAP_LABELLER``, else the default in ``settings``.
    """
    found = _Matches(text)
    reading = _read(text, Context(section, section_kind, entry), found)
    return _judge(reading, found, labeller or configured_labeller())


def _judge(reading: Reading, found: _Matches, labeller: LabellerName) -> Judgement:
    text = reading.text
    decision = decide(reading, labeller)
    return Judgement(
        label=decision.label,
        confidence=decision.confidence,
        unsure=decision.confidence < UNSURE_BELOW,
        alternative_label=decision.alternative,
        context_prior=decision.context_note,
        evidence=reading.evidence,
        arc=_arc(text, found),
        signals=_signals(text, found),
        source="rules",
    )


def label_bullets(
    bullets: Sequence[Bullet], *, labeller: LabellerName | None = None
) -> list[Judgement]:
    """Label many bullets, in order, each with its own context: its section, its role heading
    and what the other bullets of its role say."""
    labeller = labeller or configured_labeller()
    found = [_Matches(b.text) for b in bullets]
    readings = with_entry_context(
        [_read(b.text, _context(b), f) for b, f in zip(bullets, found, strict=True)]
    )
    return [_judge(r, f, labeller) for r, f in zip(readings, found, strict=True)]


def read_bullets(bullets: Sequence[Bullet]) -> list[Reading]:
    """What the labellers read of bullets in order: evidence, lead rule and context (training)."""
    return with_entry_context([_read(b.text, _context(b), _Matches(b.text)) for b in bullets])


def read_bullet(bullet: Bullet) -> Reading:
    """What the labellers read of one bullet alone."""
    return _read(bullet.text, _context(bullet), _Matches(bullet.text))


def _context(bullet: Bullet) -> Context:
    return Context(bullet.section, bullet.section_kind, bullet.entry)


def _read(text: str, context: Context, found: _Matches) -> Reading:
    hits = _surviving_hits(text, found)
    lead = _lead(text, hits)
    named, lead_named = lexicon.read_bullet_words(text)
    return Reading(
        text=text,
        evidence=[_evidence(text, hit, hit is lead) for hit in hits],
        lead_rule=lead.rule.name if lead else None,
        topic_only=lead is not None and _topic_only(text, lead, hits),
        context=context,
        named=frozenset(named),
        lead_named=lead_named,
    )


def _lead(text: str, hits: list[_Hit]) -> _Hit | None:
    """The hit that names the bullet's main action: the first lead rule matched among its
    first words ("Performed exploratory data analysis", "Won 2nd place with ...")."""
    lead_at = LEAD_PREFIX.match(text)
    start = lead_at.end() if lead_at else 0
    window = _LEAD_WINDOW.match(text, start)
    end = window.end() if window else start
    return next((h for h in hits if h.rule.lead and start <= h.start <= end), None)


_LEAD_WINDOW = compile_pattern(r"(?:[^\s,;:.()]+\s+){0,2}")
"""How far into a bullet its main action may start: two words ("Performed exploratory |data
analysis" is an analysis; "Ran SQL |analysis" too)."""


def _topic_only(text: str, lead: _Hit, hits: list[_Hit]) -> bool:
    """Whether a topic lead ("Mentored", "Wrote a blog post") holds all the production words
    in its own sentence: then they are what it is about, not the candidate's system."""
    if lead.rule.name not in TOPIC_LEADS:
        return False
    lo, hi = _sentence(text, lead.start)
    shipped = [h for h in hits if h.rule.points_to == SHIPPED and h.weight > 0]
    return all(lo <= h.start < hi for h in shipped)


class _Matches:
    """Each pattern's matches in one text, found once: the label rules and the arc share some."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Most patterns cannot match a given bullet: their gate words say so, and faster.
        self._possible = PATTERNS.possible(text)
        self._found: dict[int, list[re.Match[str]]] = {}  # by id: hashing a pattern is slow

    def __call__(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        key = id(pattern)
        matches = self._found.get(key)
        if matches is None:  # one lookup on the hot path: each rule asks once per bullet
            possible = self._possible(pattern)
            matches = self._found[key] = list(pattern.finditer(self.text)) if possible else []
        return matches


def _surviving_hits(text: str, found: _Matches) -> list[_Hit]:
    """Every rule's matches, minus what modifiers cancel; then each rule's first match."""
    hits = [
        _Hit(rule, m.start(), m.end(), _weight(text, rule, m))
        for rule in LABEL_RULES
        for m in found(rule.pattern)
        if m.end() > m.start()
        and (not rule.event or _happened(text, m))
        and (not rule.live or _live_result(text, m, whole_sentence=True))
    ]
    modifiers = _outermost([h for h in hits if h.rule.modifier])
    clauses = [_clause(text, h.start) for h in modifiers]
    cues = [h for h in hits if not h.rule.modifier and not _cancelled(h, modifiers, clauses)]
    survivors = modifiers + [c for c in cues if not any(_inside(c, other) for other in cues)]
    first: dict[str, _Hit] = {}
    for hit in sorted(survivors, key=lambda h: (h.start, h.end)):
        first.setdefault(hit.rule.name, hit)
    return sorted(first.values(), key=lambda h: (h.start, h.rule.name))


def _weight(text: str, rule: Rule, m: re.Match[str]) -> float:
    """The rule's weight, or its live or system weight where the text calls for it."""
    if rule.system_weight is not None:
        return rule.system_weight if SYSTEM_AT_WORK.search(text) else rule.weight
    if rule.live_weight is None:
        return rule.weight
    lo, hi = _sentence(text, m.start())
    live = RUNNING_SYSTEM.search(text, lo, hi) is not None
    return rule.live_weight if live else rule.weight


def _happened(text: str, m: re.Match[str]) -> bool:
    """A failure or remedy that happened, not one watched for, studied, taught or ruled out."""
    lo, _ = _clause(text, m.start())
    guard = BROKE_GUARD.search(text, lo, m.start())
    if guard and _PREDICTED.match(guard.group()) and _PAST_EVENT.match(m.group()):
        guard = None  # "the forecast drifted": the thing predicting is what broke
    return not guard and not BROKE_NOT_AN_EVENT.match(text, m.end())


_PREDICTED = compile_pattern(r"(?:predict|forecast|anticipat|simulat)\w*\s", re.IGNORECASE)
_PAST_EVENT = compile_pattern(r"[a-z]+ed\b", re.IGNORECASE)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The stretch of text between the sentence ends around offset ``at``."""
    lo = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            lo = m.end()
        else:
            return lo, m.start()
    return lo, len(text)


def _outermost(modifiers: list[_Hit]) -> list[_Hit]:
    """Overlapping modifiers: the longer one wins ("not a demo" beats "demo")."""
    by_length = sorted(modifiers, key=lambda h: (h.start - h.end, h.start))
    kept: list[_Hit] = []
    for hit in by_length:
        if not any(_overlaps(hit, k) for k in kept):
            kept.append(hit)
    return kept


def _cancelled(cue: _Hit, modifiers: list[_Hit], clauses: list[tuple[int, int]]) -> bool:
    """Whether a modifier argues against this cue: by overlapping it, or a claim in its clause."""
    for modifier, (lo, hi) in zip(modifiers, clauses, strict=True):
        same_label = cue.rule.points_to == modifier.rule.points_to
        if modifier.weight < 0 and same_label:
            if _overlaps(cue, modifier) or (cue.rule.claim and lo <= cue.start < hi):
                return True
        elif modifier.weight > 0 and not same_label and _overlaps(cue, modifier):
            return True
    return False


def _overlaps(a: _Hit, b: _Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: _Hit, b: _Hit) -> bool:
    """``a`` lies within the longer ``b``, which argues for another label: ``b`` explains it."""
    longer = (b.end - b.start) > (a.end - a.start)
    within = b.start <= a.start and a.end <= b.end
    return longer and within and a.rule.points_to != b.rule.points_to


def _clause(text: str, at: int) -> tuple[int, int]:
    """The stretch of text between the clause breaks around offset ``at``."""
    lo, hi = 0, len(text)
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= at:
            lo = m.end()
        elif m.start() > at:
            hi = m.start()
            break
    return lo, hi


def _evidence(text: str, hit: _Hit, is_lead: bool) -> Evidence:
    weight = hit.weight * (LEAD_FACTOR if hit.rule.lead and is_lead else 1.0)
    return Evidence(
        rule=hit.rule.name,
        reason=hit.rule.reason,
        points_to=hit.rule.points_to,
        weight=weight,
        span=_span(text, hit.start, hit.end),
    )


def _arc(text: str, found: _Matches) -> Arc:
    """The earliest kept span for each of the four parts of a production bullet."""
    broke = _broke(text, found(ARC_RULES["broke"]))
    return Arc(
        problem=_first(text, found(ARC_RULES["problem"])),
        system=_first(text, found(ARC_RULES["system"])),
        broke=broke,
        fix=_fix(text, broke, found),
    )


def _first(text: str, matches: Iterable[re.Match[str]]) -> Span | None:
    """The first non-empty match; where it names a part inside it ("to 3M users"), that part."""
    for m in matches:
        if m.end() > m.start():
            start, end = m.span(m.lastgroup) if m.lastgroup else m.span()
            return _span(text, start, end)
    return None


def _broke(text: str, failures: list[re.Match[str]]) -> Span | None:
    """The first failure that happened (not only watched for or studied), as its whole clause."""
    for m in failures:
        if not _happened(text, m):
            continue
        lo, hi = _clause(text, m.start())
        start = m.start() if FIX_LINK.match(m.group()) else _failure_start(text, lo, m.start())
        cut = FAILURE_ENDS.search(text, m.end(), hi)
        return _span(text, start, cut.start() if cut else max(hi, m.end()))
    return None


def _failure_start(text: str, lo: int, at: int) -> int:
    """Grow a failure back over its subject: "a schema change| silently broke"."""
    start = at
    while start > lo and not BROKE_LEAD_IN.search(text, lo, start):
        determiner = BROKE_SUBJECT_STOP.search(text, lo, start)
        if determiner is not None:
            start = determiner.start() + (text[determiner.start()].isspace())
            if not PREPOSITION_BEFORE.search(text, lo, start):
                break
            continue
        word = _LAST_WORD.search(text, lo, start)
        if word is None:
            break
        start = word.start()
    return start


_LAST_WORD = compile_pattern(r"\S+\s*$")


def _fix(text: str, broke: Span | None, matches: _Matches) -> Span | None:
    """A live metric moved or a remedy, as its whole clause; chained changes join."""
    unreal = [m.start() for p in (NEGATED_PRODUCTION, HEDGED_PRODUCTION) for m in matches(p)]
    found = [(m.start(), m.end()) for m in matches(ARC_RULES["fix"]) if _live_result(text, m)]
    if broke is not None or matches(REMEDY):  # otherwise no change can count: skip the search
        found += [
            (m.start(), m.end())
            for m in FIX_RESPONSE.finditer(text)
            if REMEDY.match(m.group()) or (broke is not None and _answers(text, m, broke))
        ]
    if unreal:  # "could cut costs by 40%", "not yet live": a change that did not reach users
        sentences = {_sentence(text, at) for at in unreal}
        found = [(s, e) for s, e in found if _sentence(text, s) not in sentences]
    if broke is not None:  # "fixed a memory leak": the leak is the broke, "fixed" the fix
        found = [(s, broke.start if s < broke.start < e else e) for s, e in found]
    if not found:
        return None
    start, end = max(_chains(text, sorted(found)), key=lambda c: c[1] - c[0])
    _, hi = _clause(text, end - 1)
    stop = FIX_LINK.search(text, end, hi)
    hi = stop.start() if stop else hi
    if broke is not None and end <= broke.start < hi:
        hi = broke.start
    return _span(text, start, max(hi, end))


def _chains(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Changes next to each other ("fixed the pool and restored uptime") as one stretch."""
    chains = [found[0]]
    for start, end in found[1:]:
        last_start, last_end = chains[-1]
        if start <= last_end or _JOINER.fullmatch(text, last_end, start):
            chains[-1] = (last_start, max(end, last_end))
        else:
            chains.append((start, end))
    return chains


_JOINER = compile_pattern(r"\s*(?:,\s*)?(?:and|then|by|while)?\s*", re.IGNORECASE)


def _live_result(text: str, m: re.Match[str], *, whole_sentence: bool = False) -> bool:
    """A moved metric counts unless what follows it in its sentence (for the label: its whole
    sentence, "offline recall@100 improved from 0.31 to 0.38") makes it a model metric or
    offline, and does not say it is live."""
    lo, hi = _sentence(text, m.start())
    segment = text[lo if whole_sentence else m.start() : hi]
    return not OFFLINE_RESULT.search(segment) or bool(LIVE_CONTEXT.search(segment))


_SENTENCE_END = compile_pattern(r";|\.(?!\d)")


def _answers(text: str, change: re.Match[str], broke: Span) -> bool:
    """A change answers the failure if it comes after it, names it, or is linked to it."""
    if change.start() >= broke.start:
        return True
    between = text[change.end() : broke.start]
    return len(between) <= 25 and not CLAUSE_BREAK.search(between) or bool(FIX_LINK.search(between))


def _signals(text: str, found: _Matches) -> list[Signal]:
    """Every metric, scale and tool mention, longest first on overlaps, grouped by system part."""
    candidates = [
        (m.start(), m.end(), rule)
        for rule in SIGNAL_RULES
        for m in found(rule.pattern)
        if m.end() > m.start()
    ]
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    signals: list[Signal] = []
    for start, end, rule in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        signals.append(
            Signal(kind=rule.kind, system_part=rule.system_part, span=_span(text, start, end))
        )
    order = {part: i for i, part in enumerate(SYSTEM_PARTS)}
    return sorted(signals, key=lambda s: (order[s.system_part], s.span.start))


def _span(text: str, start: int, end: int) -> Span:
    """A span trimmed of surrounding spaces, so it highlights only the words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])
