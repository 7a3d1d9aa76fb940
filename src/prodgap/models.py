"""Pydantic models: the contract between pipeline stages and the JSON report.

extract() -> Resume; label -> Judgement; rewrite -> Rewrite; audit() -> AuditReport.
Every field is documented, so ``prodgap schema`` explains itself.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SectionKind = Literal["experience", "projects", "education", "skills", "summary", "other"]
WORK_KINDS: tuple[SectionKind, ...] = ("experience", "projects")
"""The kinds of section that hold roles and projects: the work a resume's bullets state."""
Label = Literal["trained_model", "shipped_system", "other"]
ArcPart = Literal["problem", "system", "broke", "fix"]
SystemPart = Literal["problem_framing", "data", "modeling", "serving", "evaluation", "monitoring"]
SignalKind = Literal["production_metric", "model_metric", "scale", "tool"]
Backend = Literal["rules", "llm"]
ItemKind = Literal[
    "role",
    "summary",
    "contact",
    "personal",
    "education",
    "skills",
    "languages",
    "certification",
    "award",
    "publication",
    "talk",
    "course",
    "link",
    "interest",
    "reference",
    "other",
]
HiddenReason = Literal["white_text", "off_page", "tiny_font", "invisible_render", "clipped"]
WorkKind = Literal[
    "model",
    "data_pipeline",
    "service",
    "infrastructure",
    "firmware",
    "analysis",
    "app_feature",
    "research",
    "other",
]
Setting = Literal[
    "course", "personal", "hackathon", "competition", "research", "thesis", "prototype"
]
Frame = Literal["shipped", "trained", "unshipped"]
CareerStage = Literal["student", "early", "mid", "senior"]
NoticeKind = Literal["no_bullets", "not_english", "garbled", "not_technical", "few_bullets"]

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
SECTION_KINDS: tuple[SectionKind, ...] = (
    "experience",
    "projects",
    "education",
    "skills",
    "summary",
    "other",
)


class _Model(BaseModel):
    # The fields' docstrings document the JSON the report is; pydantic would read them from this
    # file's source at every import (about 20 ms of every run), so ``report_schema`` reads them
    # only when the schema is asked for.
    model_config = ConfigDict(extra="forbid")


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


class Item(_Model):
    """A line that is not a bullet: listed, not a statement of work (a skills row, a
    certification, a publication, an education detail...). Kept, never labelled or sent."""

    text: str
    """The line's text, normalized like a bullet's."""
    kind: ItemKind
    """What sort of line it is."""
    entry: str | None = None
    """The heading of the entry it was under, if any."""


class Section(_Model):
    """A section of the resume under one heading."""

    heading: str
    """The heading as written, with letter-spacing undone."""
    kind: SectionKind
    """Normalized kind of the section."""
    entries: list[Entry] = Field(default_factory=list)
    """Roles/projects in order; bullets with no entry heading go in an entry with heading ""."""
    items: list[Item] = Field(default_factory=list)
    """Lines of the section that are not bullets (skills, certifications, publications...)."""


class HiddenText(_Model):
    """Text found in the file that a reader cannot see; excluded from the bullets."""

    text: str
    """The hidden line's text."""
    reason: HiddenReason
    """Why it counts as hidden."""
    page: int | None = None
    """1-based page where it was found (PDF only)."""


class Identity(_Model):
    """What the document says about whose it is: kept only so that the privacy boundary
    (``prodgap.privacy``) can mask it before anything is sent to an LLM, never sent itself."""

    header: list[str] = Field(default_factory=list)
    """The page header and footer lines of a DOCX, the lines above each column's first section
    heading (name, title, contact block), and the lines under a contact heading, as read."""
    authors: list[str] = Field(default_factory=list)
    """The author names in the file's metadata (PDF /Author; DOCX author and last modified by)."""
    largest: str = ""
    """The header line set in the largest type, where most resumes put the name; "" when the
    file gives no sizes."""


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
    identity: Identity = Field(default_factory=Identity)
    """Who the resume belongs to, as the document tells it: for masking, never sent to an LLM."""

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
    unsure: bool = False
    """The confidence is below the threshold where labels are mostly right: treat the label
    and ``alternative_label`` as the two candidates."""
    alternative_label: Label | None = None
    """The runner-up label: what the bullet is if it is not ``label``."""
    context_prior: str | None = None
    """How the bullet's section or role heading moved the label, when it did."""


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
    frame: Frame | None = None
    """The story it asks for: what broke and the fix (shipped), whether and where it ran (trained
    at a job), or who tried it and what you learned (unshipped: a course, personal, hackathon,
    research, thesis or prototype). None for an LLM rewrite."""
    faithfulness: Literal["passed"] = "passed"
    """Every shown rewrite passed check_faithful."""
    dropped: str | None = None
    """If an LLM rewrite was dropped (it invented facts, or kept a privacy mask), why; this
    one replaced it."""


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
    unsure: bool = False
    """The label is not asserted: ``label`` and ``alternative_label`` are the two candidates
    (confidence below the threshold where labels are mostly right, or the LLM and the rules
    disagree)."""
    alternative_label: Label | None = None
    """The other candidate label, when unsure."""
    context_prior: str | None = None
    """How the bullet's section or role heading moved the label, when it did."""
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
    # --- what the advice is fitted to
    kind: WorkKind | None = None
    """What the bullet is about (a model, a data pipeline, a service, firmware, ...), from its
    words: its questions are chosen for this kind of work."""
    setting: Setting | None = None
    """Where the work was done when not plainly at a job (a course, a personal project, a
    hackathon, research, a thesis, a prototype), from the bullet and its headings."""
    not_english: bool = False
    """The bullet is not in English: it is labelled and flagged, but gets no English rewrite."""
    rewrite_withheld: str | None = None
    """Why a bullet that needs work got no rewrite (not in English, not technical work)."""


class Band(_Model):
    """The production share that is typical for a resume's career stage (a judgement call, see
    the README), and where this resume falls."""

    stage: CareerStage
    """student (or new graduate), early (under 3 years), mid (3 to 8) or senior (8 or more)."""
    low: float
    """The low end of the typical production share."""
    high: float
    """The high end of the typical production share."""
    reading: Literal["below", "within", "above"]
    """Where this resume's production share falls against the band."""


class Change(_Model):
    """One of the most valuable changes, pointing at the bullets to fix first."""

    name: str
    """Which kind of change, e.g. "say_where_it_ran", "name_what_broke"."""
    text: str
    """The change in words, quoting the bullets it points at."""
    bullets: list[int] = Field(default_factory=list)
    """The ``order`` of the bullets to fix first, most valuable first."""
    worth: float = 0.0
    """The value of making it, which the changes are ranked by."""


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
    """The three most valuable changes, most valuable first (``changes[].text``)."""
    verdict: str = ""
    """One sentence: what the resume shows, against what is typical, and where to start."""
    band: Band | None = None
    """The typical production share for the resume's career stage; None without one to judge."""
    changes: list[Change] = Field(default_factory=list)
    """The three most valuable changes with the bullets each points at."""


class Notice(_Model):
    """Something about the resume as a whole that the reader should know before the advice."""

    kind: NoticeKind
    """no_bullets, not_english, garbled, not_technical or few_bullets."""
    message: str
    """The notice in plain words, shown at the top of the report."""


class Seniority(_Model):
    """How far into a career the resume is, estimated from its dated entries."""

    years: float | None = None
    """Years of work, from the merged date ranges of the roles (internships and assistantships
    left out); None when no role has dates."""
    student: bool = False
    """A student or new graduate: a degree still running or finished within a year, with under
    a year of work."""
    stage: CareerStage = "mid"
    """student, early (under 3 years), mid (3 to 8) or senior (8 or more)."""


class Findings(_Model):
    """What kind of resume this is: checked before any advice is given."""

    language: str | None = "en"
    """ISO 639-1 code of the language most bullets are written in, by a stop-word count (en, es,
    fr, de, pt, it, nl); None when it cannot tell (another language or script, or garbled text)."""
    english: bool = True
    """The resume is in English; if not, rules rewrites are left out (the LLM or the candidate
    writes them)."""
    garbled: bool = False
    """Much of the text looks garbled (replacement or private-use characters, letter-spaced or
    glued words): the file's text layer is probably broken."""
    technical_share: float = 1.0
    """Share of bullets about software, data or ML work (by their kind)."""
    technical: bool = True
    """Mostly software, data or ML work; if not, no production advice is given."""
    few_bullets: bool = False
    """Far fewer bullets than the pages suggest: prodgap may have missed some."""
    seniority: Seniority = Field(default_factory=Seniority)
    """The career stage the production share is judged against."""
    notices: list[Notice] = Field(default_factory=list)
    """The findings in plain words, most important first, for the top of the report."""


class SharedQuestion(_Model):
    """A question that several rewrites ask: the report asks it once."""

    text: str
    """The question."""
    bullets: list[int] = Field(default_factory=list)
    """The ``order`` of the bullets whose rewrite asks it."""


MASK_NAMES = {
    "name": ("name", "names"),
    "email": ("email", "emails"),
    "phone": ("phone", "phones"),
    "address": ("address", "addresses"),
    "profile": ("profile", "profiles"),
    "link": ("link", "links"),
    "personal": ("personal detail", "personal details"),
}


def _count(number: int, words: tuple[str, str]) -> str:
    return f"{number} {words[0] if number == 1 else words[1]}"


class PrivacySummary(_Model):
    """What was sent to the LLM, in counts (never the text itself)."""

    bullets_sent: int = 0
    """Bullets whose (masked) text was sent in a request of this run."""
    role_headings_sent: int = 0
    """Distinct role headings sent with them."""
    bullets_held_back: int = 0
    """Bullets not sent at all: a contact line or personal details with no work in them."""
    headings_held_back: int = 0
    """Distinct section or role headings replaced by "": a header block, a page header or
    footer, or a heading holding personal details."""
    masked: dict[str, int] = Field(default_factory=dict)
    """Spans replaced by a neutral token in what was sent, by kind (name, email, phone, ...)."""

    def describe(self) -> str:
        """E.g. "24 bullets and 5 role headings; masked 2 names, 1 phone; held back 1 bullet"."""
        parts = [
            f"{_count(self.bullets_sent, ('bullet', 'bullets'))} and "
            f"{_count(self.role_headings_sent, ('role heading', 'role headings'))}"
        ]
        masked = [_count(n, MASK_NAMES.get(k, (k, k))) for k, n in self.masked.items() if n]
        if masked:
            parts.append("masked " + ", ".join(masked))
        held = [
            _count(n, words)
            for n, words in (
                (self.bullets_held_back, ("bullet", "bullets")),
                (self.headings_held_back, ("heading", "headings")),
            )
            if n
        ]
        if held:
            parts.append("held back " + " and ".join(held))
        return "; ".join(parts)


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
    sent: PrivacySummary | None = None
    """What went to the LLM, in counts; None when no LLM was used."""
    batch_id: str | None = None
    """The OpenAI Batch API batch that answered (``--llm-batch``), priced at the batch price."""
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
    findings: Findings = Field(default_factory=Findings)
    """What kind of resume this is (language, garbled text, technical or not, seniority)."""
    shared_questions: list[SharedQuestion] = Field(default_factory=list)
    """Questions asked by several rewrites, asked once here; each card shows only its own."""
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
    """Bullets that fell back from the LLM to the rules (rate limit, timeout, bad answer, or
    waiting for a --llm-batch batch); a file with any is audited again on the next run, its
    other answers coming from the cache."""
    sha256: str | None = None
    """SHA-256 of the input file's bytes; None when it could not be read."""
    backend: Backend | None = None
    """The backend that labelled the bullets."""
    model: str | None = None
    """The LLM model, if one was used."""
    seconds: float | None = None
    """Wall time of this file's audit."""


def report_schema() -> dict[str, Any]:
    """The JSON Schema of ``AuditReport``, each field described by its docstring here."""
    schema = AuditReport.model_json_schema()
    docs = _field_docstrings()
    definitions = [("AuditReport", schema), *schema.get("$defs", {}).items()]
    for name, definition in definitions:
        model = globals().get(name)
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            continue
        for field, prop in definition.get("properties", {}).items():
            found = (docs.get((cls.__name__, field)) for cls in model.__mro__)
            doc = next((d for d in found if d), None)
            if doc and "description" not in prop:
                prop["description"] = doc
    return schema


def _field_docstrings() -> dict[tuple[str, str], str]:
    """(class, field) -> the string literal written just under the field, in this file."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    docs: dict[tuple[str, str], str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for field, after in zip(node.body, node.body[1:], strict=False):
            if not (isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)):
                continue
            if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
                if isinstance(after.value.value, str):
                    docs[(node.name, field.target.id)] = inspect.cleandoc(after.value.value)
    return docs
