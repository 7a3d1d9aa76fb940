"""Pydantic models: the contract between pipeline stages and the JSON report.

extract() -> Resume; label -> Judgement; rewrite -> Rewrite; audit() -> AuditReport.
Every field is documented, so ``prodgap schema`` explains itself.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SectionKind = Literal["experience", "projects", "education", "skills", "summary", "other"]
Label = Literal["trained_model", "shipped_system", "other"]
ArcPart = Literal["problem", "system", "broke", "fix"]
SystemPart = Literal["problem_framing", "data", "modeling", "serving", "evaluation", "monitoring"]
SignalKind = Literal["production_metric", "model_metric", "scale", "tool"]
Backend = Literal["rules", "llm"]
HiddenReason = Literal["white_text", "off_page", "tiny_font", "invisible_render", "clipped"]

ARC_PARTS: tuple[ArcPart, ...] = ("problem", "system", "broke", "fix")
SYSTEM_PARTS: tuple[SystemPart, ...] = (
    "problem_framing",
    "data",
    "modeling",
    "serving",
    "evaluation",
    "monitoring",
)
LABELS: tuple[Label, ...] = ("trained_model", "shipped_system", "other")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


# --- extraction -------------------------------------------------------------------------


class Bullet(_Model):
    """One bullet point of the resume, with where it stands."""

    text: str
    """The bullet's text, normalized: glyph removed, wrapped lines joined, spaces folded."""
    section: str
    """The heading of the section the bullet is under, as written (e.g. "Work Experience")."""
    section_kind: SectionKind = "other"
    """The section's normalized kind."""
    entry: str | None = None
    """The heading line(s) of the role or project the bullet belongs to, if any."""
    page: int | None = None
    """1-based page the bullet starts on (PDF only)."""
    order: int = 0
    """0-based position of the bullet in the whole resume, in reading order."""


class Entry(_Model):
    """A role, project or degree: its heading line(s) and its bullets."""

    heading: str
    """The entry's heading line(s) joined with " | ", as written."""
    title: str | None = None
    """Job or project title, where it can be told apart."""
    organization: str | None = None
    """Employer, school or project owner, where it can be told apart."""
    dates: str | None = None
    """The date range as written (e.g. "Jan 2022 – Present"), where found."""
    bullets: list[Bullet] = Field(default_factory=list)
    """The entry's bullets in order."""


class Section(_Model):
    """A section of the resume under one heading."""

    heading: str
    """The heading as written, with letter-spacing undone."""
    kind: SectionKind
    """Normalized kind of the section."""
    entries: list[Entry] = Field(default_factory=list)
    """Roles/projects in order; bullets with no entry heading go in an entry with heading ""."""


class HiddenText(_Model):
    """Text found in the file that a reader cannot see; excluded from the bullets."""

    text: str
    """The hidden line's text."""
    reason: HiddenReason
    """Why it counts as hidden."""
    page: int | None = None
    """1-based page where it was found (PDF only)."""


class Resume(_Model):
    """What extract() reads from a resume file."""

    source: str
    """The input file's name (not its full path)."""
    file_type: Literal["pdf", "docx", "txt", "md"]
    """The kind of document read."""
    pages: int | None = None
    """Page count (PDF only)."""
    engine: str
    """What read it, e.g. "pypdfium2", "pypdf", "python-docx", "text"."""
    sections: list[Section] = Field(default_factory=list)
    """Sections in document order."""
    hidden_text: list[HiddenText] = Field(default_factory=list)
    """Invisible text found and left out of the bullets (a known trick against screeners)."""
    warnings: list[str] = Field(default_factory=list)
    """Things the reader noticed that the user should know."""

    def bullets(self) -> list[Bullet]:
        """All bullets in reading order."""
        return [b for s in self.sections for e in s.entries for b in e.bullets]


# --- labelling --------------------------------------------------------------------------


class Span(_Model):
    """A stretch of a bullet's text: ``text == bullet.text[start:end]``."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    text: str
    """The matched text."""


class Evidence(_Model):
    """A named rule that fired on a bullet, with what it matched."""

    rule: str
    """The rule's name, e.g. "deployed_to_production"."""
    reason: str
    """Why the rule matters, in words shown to the user."""
    points_to: Label
    """The label the rule argues for."""
    weight: float
    """How strongly it argues (negative weights argue against)."""
    span: Span
    """The part of the bullet it matched."""


class Arc(_Model):
    """The four parts of a strong production bullet; each is the span that shows it, or None."""

    problem: Span | None = None
    """Why it mattered and for whom."""
    system: Span | None = None
    """What was built or operated."""
    broke: Span | None = None
    """What failed, degraded, drifted or cost too much in production."""
    fix: Span | None = None
    """What was done about it, and the measured result."""

    def present(self) -> list[ArcPart]:
        """The parts that are present, in arc order."""
        return [p for p in ARC_PARTS if getattr(self, p) is not None]


class Signal(_Model):
    """A concrete fact found in a bullet: a metric, a scale or a tool."""

    kind: SignalKind
    """What sort of fact it is."""
    system_part: SystemPart
    """Which of the six parts of an ML system it speaks to."""
    span: Span
    """Where it is in the bullet."""


class Judgement(_Model):
    """A backend's verdict on one bullet."""

    label: Label
    """trained_model, shipped_system or other."""
    confidence: float
    """0-1: how sure the backend is."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Named rules that fired (rules backend, and the rules' check of the LLM)."""
    arc: Arc = Field(default_factory=Arc)
    """Which parts of the production arc the bullet has."""
    signals: list[Signal] = Field(default_factory=list)
    """Metrics, scale and tools found, grouped by system part."""
    source: Backend = "rules"
    """Which backend produced the label."""
    rationale: str | None = None
    """The LLM's short reason (LLM backend only)."""


# --- rewriting --------------------------------------------------------------------------


class Rewrite(_Model):
    """A suggested rewrite of a bullet around the full production arc."""

    text: str
    """The rewrite; facts not in the original appear only as [placeholders]."""
    placeholders: list[str] = Field(default_factory=list)
    """The placeholders in the text, without brackets, in order."""
    questions: list[str] = Field(default_factory=list)
    """What the candidate must answer to fill the placeholders."""
    source: Backend = "rules"
    """Which backend wrote it."""
    faithfulness: Literal["passed"] = "passed"
    """Every shown rewrite passed check_faithful."""
    dropped: str | None = None
    """If an LLM rewrite was dropped for inventing facts, why; this one replaced it."""


# --- the report -------------------------------------------------------------------------


class AuditedBullet(Bullet):
    """A bullet with its verdict and suggested rewrite."""

    label: Label | None = None
    """trained_model, shipped_system or other."""
    confidence: float | None = None
    """0-1 confidence in the label."""
    label_source: Backend | None = None
    """Which backend produced the label."""
    evidence: list[Evidence] = Field(default_factory=list)
    """The rules that fired, with their spans (always from the rules engine)."""
    arc: Arc | None = None
    """Which parts of the production arc are present."""
    signals: list[Signal] = Field(default_factory=list)
    """Metrics, scale and tools found."""
    rules_label: Label | None = None
    """The rules engine's label, when it disagrees with the LLM's."""
    fallback: str | None = None
    """Why this bullet fell back from the LLM to the rules engine, if it did."""
    rationale: str | None = None
    """The LLM's short reason for its label, if any."""
    needs_work: bool = False
    """True when the bullet is trained_model or a shipped_system missing broke or fix."""
    rewrite: Rewrite | None = None
    """The suggested rewrite, for bullets that need work."""
    injection_suspected: bool = False
    """The bullet contains text that reads like instructions to an AI (treated as data)."""


class Summary(_Model):
    """The verdict at a glance."""

    counts: dict[str, int]
    """Bullets per label."""
    production_share: float | None
    """shipped / (shipped + trained); None when there are neither."""
    arc_coverage: dict[str, float]
    """Share of shipped_system and trained_model bullets that have each arc part."""
    system_coverage: dict[str, int]
    """Bullets that speak to each of the six parts of an ML system."""
    top_changes: list[str]
    """The three most valuable changes, most valuable first."""


class RunInfo(_Model):
    """What produced the report."""

    prodgap_version: str
    """prodgap's version."""
    backend: Backend
    """The backend asked to label (rules, or llm with rules as the check)."""
    model: str | None = None
    """The LLM model, if one was used."""
    prompt_version: str | None = None
    """Version of the prompts used, if the LLM was used."""
    requests: int = 0
    """LLM requests made (cache hits excluded)."""
    cache_hits: int = 0
    """Bullets answered from the disk cache."""
    input_tokens: int = 0
    """Prompt tokens reported by the API."""
    output_tokens: int = 0
    """Completion tokens reported by the API."""
    estimated_cost_usd: float | None = None
    """Estimated cost from the price table; None when the model is not in it."""
    seconds: float
    """Wall time of the audit."""
    input_name: str
    """The input file's name."""
    input_sha256: str
    """SHA-256 of the input file's bytes."""


class AuditReport(_Model):
    """The result of auditing one resume."""

    source: str
    """The input file's name."""
    file_type: Literal["pdf", "docx", "txt", "md"]
    """The kind of document read."""
    sections: list[Section]
    """The resume's outline (sections and entries; bullets are in ``bullets``)."""
    bullets: list[AuditedBullet]
    """Every bullet, in reading order, with its verdict and rewrite."""
    summary: Summary
    """The verdict at a glance."""
    hidden_text: list[HiddenText] = Field(default_factory=list)
    """Invisible text found in the file and left out."""
    warnings: list[str] = Field(default_factory=list)
    """Things the user should know (hidden text, fallbacks, suspected prompt injection)."""
    run: RunInfo
    """What produced the report."""


# --- a cohort ---------------------------------------------------------------------------


class CohortRow(_Model):
    """One resume of a cohort: a row of the overview, summary.csv and summary.jsonl.

    The columns are stable; a row never holds the candidate's name or contact details."""

    file: str
    """The input's path relative to the folder audited (or to the inputs' common folder)."""
    report: str | None = None
    """The report's path relative to the output folder; None when the file failed."""
    status: Literal["ok", "failed"]
    """ok: audited; failed: could not be read or audited (see ``error``)."""
    error: str | None = None
    """Why the file failed, in one line; None when it did not."""
    file_type: Literal["pdf", "docx", "txt", "md"] | None = None
    """The kind of document read (by its contents, not its name)."""
    bullets: int = 0
    """Bullets found."""
    shipped: int = 0
    """Bullets labelled shipped_system."""
    trained: int = 0
    """Bullets labelled trained_model."""
    other: int = 0
    """Bullets labelled other."""
    production_share: float | None = None
    """shipped / (shipped + trained); None when the resume has neither."""
    arc_problem: float | None = None
    """Share of ML bullets (shipped + trained) that say why it mattered; None without any."""
    arc_system: float | None = None
    """Share of ML bullets that say what was built or run."""
    arc_broke: float | None = None
    """Share of ML bullets that say what broke in production."""
    arc_fix: float | None = None
    """Share of ML bullets that say what was done about it, with the result."""
    problem_framing: int = 0
    """Bullets that speak to problem framing (one of the six parts of an ML system)."""
    data: int = 0
    """Bullets that speak to data."""
    modeling: int = 0
    """Bullets that speak to modeling."""
    serving: int = 0
    """Bullets that speak to serving."""
    evaluation: int = 0
    """Bullets that speak to evaluation."""
    monitoring: int = 0
    """Bullets that speak to monitoring."""
    top_change: str | None = None
    """The most valuable change for this resume."""
    warnings: list[str] = Field(default_factory=list)
    """What the user should know about how the file was read (hidden text, read as another
    type, no bullets found, suspected prompt injection, LLM fallbacks)."""
    llm_fallbacks: int = 0
    """Bullets that fell back from the LLM to the rules (rate limit, timeout, bad answer); a
    file with any is audited again on the next run, its other answers coming from the cache."""
    sha256: str | None = None
    """SHA-256 of the input file's bytes; None when it could not be read."""
    backend: Backend | None = None
    """The backend that labelled the bullets."""
    model: str | None = None
    """The LLM model, if one was used."""
    seconds: float | None = None
    """Wall time of this file's audit."""
