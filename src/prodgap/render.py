"""Render an AuditReport as a self-contained HTML page, as Markdown for pasting, or as JSON."""

from __future__ import annotations

import base64
import contextlib
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from markupsafe import Markup, escape

from prodgap.models import ARC_PARTS, LABELS, SYSTEM_PARTS, AuditedBullet, AuditReport, Item, Span
from prodgap.regex_cache import compile_pattern
from prodgap.summary import BANDS, hidden_text_warning, injection_warning

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, Environment
    from jinja2.bccache import Bucket

Format = Literal["html", "json", "md"]


@cache
def _label_names() -> dict[str, str]:
    """What a reader sees for each label, from the one definition (prompts/label_definition.md).

    Read on first use, not at import: a JSON report needs neither it nor prodgap.prompts.
    """
    from prodgap.prompts import label_meanings

    meanings = label_meanings()
    return {label: meanings[label].name for label in LABELS}


ARC_NAMES = {
    "problem": "Problem: why it mattered, for whom",
    "system": "System: what was built or run",
    "broke": "Broke: what failed in production",
    "fix": "Fix: what was done, and the result",
}
SYSTEM_NAMES = {
    "problem_framing": "Problem framing",
    "data": "Data",
    "modeling": "Modeling",
    "serving": "Serving",
    "evaluation": "Evaluation",
    "monitoring": "Monitoring",
}

# The page's only colours. CONTRAST_PAIRS lists every text/background pair the CSS uses, so a
# test can hold them to WCAG AA (4.5:1 for text, 3:1 for the bar against the page).
PALETTE = {
    "ink": "#1b1e23",
    "muted": "#4f5661",
    "paper": "#ffffff",
    "panel": "#f4f5f7",
    "line": "#767d88",
    "accent": "#0b57b8",
    "shipped-bg": "#dcf1e3",
    "shipped-ink": "#0d5128",
    "trained-bg": "#fde7d2",
    "trained-ink": "#7a3600",
    "other-bg": "#e6e8ec",
    "other-ink": "#343a43",
    "work-bg": "#fff0b8",
    "work-ink": "#5c4200",
    "mark-shipped": "#c7ecd3",
    "mark-trained": "#fcd9b8",
    "mark-other": "#dfe2e8",
    "placeholder-bg": "#ebe4ff",
    "placeholder-ink": "#3b1d8f",
    "warn-bg": "#fff3e0",
    "note-bg": "#e8f0fe",
    "bar-shipped": "#1d7a45",
    "bar-trained": "#b85400",
}
CONTRAST_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("ink", "paper", 4.5),
    ("ink", "panel", 4.5),
    ("muted", "paper", 4.5),
    ("muted", "panel", 4.5),
    ("accent", "paper", 4.5),
    ("accent", "panel", 4.5),
    ("shipped-ink", "shipped-bg", 4.5),
    ("trained-ink", "trained-bg", 4.5),
    ("other-ink", "other-bg", 4.5),
    ("work-ink", "work-bg", 4.5),
    ("ink", "mark-shipped", 4.5),
    ("ink", "mark-trained", 4.5),
    ("ink", "mark-other", 4.5),
    ("placeholder-ink", "placeholder-bg", 4.5),
    ("ink", "warn-bg", 4.5),
    ("accent", "warn-bg", 4.5),
    ("muted", "warn-bg", 4.5),
    ("ink", "note-bg", 4.5),
    ("muted", "note-bg", 4.5),
    ("accent", "note-bg", 4.5),
    ("bar-shipped", "paper", 3.0),
    ("bar-trained", "paper", 3.0),
    ("line", "paper", 3.0),
)

_PLACEHOLDER = compile_pattern(r"\[[^\[\]\n]+\]")
# Characters that make Markdown do something when pasted; backslash-escaping them keeps the text.
_MARKDOWN_ACTIVE = compile_pattern(r"([\\`*_\[\]<>|~])")


def render(report: AuditReport, fmt: Format) -> str:
    """The report as text in the given format: html, json or md."""
    renderers: dict[str, Callable[[AuditReport], str]] = {
        "html": render_html,
        "json": render_json,
        "md": render_markdown,
    }
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; expected html, json or md")
    return renderers[fmt](report)


def render_json(report: AuditReport) -> str:
    """The report as indented JSON, exactly the pydantic model."""
    return report.model_dump_json(indent=2)


def render_html(report: AuditReport) -> str:
    """The report as one self-contained HTML page (inline CSS and JS, nothing fetched)."""
    from prodgap.prompts import label_meanings

    env = _environment()
    script = _script()
    questions = _Questions.of(report)
    return env.get_template("report.html.j2").render(
        report=report,
        warnings=_warnings_not_detailed(report),
        outline=_outline(report),
        palette=PALETTE,
        script=Markup(script),  # our own static file, never resume text
        csp=_content_security_policy(script),
        labels=_label_names(),
        meanings=label_meanings(),
        arc_names=ARC_NAMES,
        system_names=SYSTEM_NAMES,
        notes=_bullet_notes,
        is_folded=is_folded,
        label_note=label_note,
        own_questions=questions.own,
        shared_refs=questions.refs,
        stage_text=_stage_text(report),
        run_facts=_run_facts(report),
    )


def _warnings_not_detailed(report: AuditReport) -> list[str]:
    """The warnings the HTML page lists; invisible text and suspected injections have sections
    of their own there, so their one-line warnings (kept for JSON and Markdown) are left out."""
    injected = sum(b.injection_suspected for b in report.bullets)
    detailed = {hidden_text_warning(len(report.hidden_text)), injection_warning(injected)}
    return [w for w in report.warnings if w not in detailed]


def render_markdown(report: AuditReport) -> str:
    """The report as Markdown for pasting: summary, then sections, roles and bullets."""
    lines = [f"# Production-gap audit: {_md_escape(report.source)}", ""]
    lines += _md_summary(report)
    lines += _md_warnings(report)
    questions = _Questions.of(report)
    for section in _outline(report):
        lines += _md_section(section, questions)
    if not report.bullets:
        lines += ["No bullets were found in this resume.", ""]
    lines += _md_footer(report)
    return "\n".join(lines).rstrip() + "\n"


# --- what a card shows -------------------------------------------------------------------


def is_folded(bullet: AuditedBullet) -> bool:
    """Cards fold to one line unless there is something to do: a bullet that needs no work,
    a line that is not work, or one whose rewrite is withheld (not English, not technical)."""
    return not bullet.needs_work or bullet.rewrite_withheld is not None


def label_note(bullet: AuditedBullet) -> str:
    """How sure the label is, in words. A number only where it means something: the LLM's
    answer, or rules that fired; where no rule fired, the rules' default is no evidence. An
    unsure label (below the calibrated threshold, or the LLM and the rules disagreeing) says so."""
    if bullet.confidence is None:
        return ""
    if bullet.label_source != "llm" and not bullet.evidence:
        return "no evidence either way"
    by = "the LLM" if bullet.label_source == "llm" else "the rules engine"
    unsure = "unsure: " if bullet.unsure else ""
    return f"{unsure}confidence {round(bullet.confidence * 100)}%, by {by}"


@dataclass(frozen=True)
class _Questions:
    """Questions several cards ask are shown once, numbered; a card keeps only its own."""

    numbers: dict[str, int]
    """Each shared question's number in the report's list (1-based)."""

    @classmethod
    def of(cls, report: AuditReport) -> _Questions:
        return cls({q.text: i for i, q in enumerate(report.shared_questions, 1)})

    def own(self, bullet: AuditedBullet) -> list[str]:
        asked = bullet.rewrite.questions if bullet.rewrite else []
        return [q for q in asked if q not in self.numbers]

    def refs(self, bullet: AuditedBullet) -> list[int]:
        asked = bullet.rewrite.questions if bullet.rewrite else []
        return sorted(self.numbers[q] for q in asked if q in self.numbers)


def _stage_text(report: AuditReport) -> str:
    """Who the production share is judged against, in words."""
    band = report.summary.band
    if band is None:
        return ""
    who = BANDS[band.stage].who
    years = report.findings.seniority.years
    if years is None:
        return f"{who} (no role has dates, so judged as mid-career)"
    return f"{who} (about {years:g} years of dated roles)"


# --- the resume's outline ----------------------------------------------------------------

PRIVATE_ITEM_KINDS = frozenset({"contact", "personal"})
"""Listed lines the report leaves out: nothing to act on, and personal."""


@dataclass
class _EntryView:
    """A role or project heading with the bullets placed under it."""

    heading: str
    bullets: list[AuditedBullet]


@dataclass
class _SectionView:
    """A section heading with its entries, in document order, and the lines it lists."""

    heading: str
    kind: str
    entries: list[_EntryView]
    items: list[Item] = field(default_factory=list)
    """Lines that are not bullets (skills, certifications...), shown folded, not audited."""


def _outline(report: AuditReport) -> list[_SectionView]:
    """The resume's sections and roles in document order, each with its bullets in order."""
    groups: dict[tuple[str, str], list[AuditedBullet]] = {}
    for bullet in sorted(report.bullets, key=attrgetter("order")):
        groups.setdefault((bullet.section, bullet.entry or ""), []).append(bullet)
    views: list[_SectionView] = []
    for section in report.sections:
        headings = [e.heading for e in section.entries]
        # Bullets whose entry the outline lacks stay in their section, after the known entries.
        headings += [e for s, e in groups if s == section.heading and e not in headings]
        entries = [_EntryView(h, groups.pop((section.heading, h), [])) for h in headings]
        if not views and section.kind == "other" and not any(e.bullets for e in entries):
            continue  # the header block (name, contact lines) says nothing to audit
        items = [i for i in section.items if i.kind not in PRIVATE_ITEM_KINDS]
        views.append(_SectionView(section.heading, section.kind, entries, items))
    # Bullets whose section the outline lacks still appear: nothing in the report is dropped.
    for heading in dict.fromkeys(s for s, _ in groups):
        keys = [k for k in groups if k[0] == heading]
        kind = groups[keys[0]][0].section_kind
        views.append(
            _SectionView(heading, kind, [_EntryView(e, groups.pop((s, e))) for s, e in keys])
        )
    return views


# --- highlighting: built from escaped segments, never by marking up raw text -------------------


def _locate(text: str, span: Span) -> tuple[int, int] | None:
    """Where a span sits in text: its offsets when they match, else its text's first occurrence."""
    if 0 <= span.start < span.end <= len(text) and text[span.start : span.end] == span.text:
        return span.start, span.end
    found = text.find(span.text) if span.text else -1
    return (found, found + len(span.text)) if found >= 0 else None


def _highlight_evidence(bullet: AuditedBullet) -> Markup:
    """The bullet's text, escaped, with every stretch the evidence points at in a <mark>."""
    text = bullet.text
    marks = [(where, ev) for ev in bullet.evidence if (where := _locate(text, ev.span))]
    cuts = sorted({0, len(text)} | {offset for where, _ in marks for offset in where})
    parts = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [ev for (s, e), ev in marks if s <= start and end <= e]
        if not covering:
            parts.append(escape(text[start:end]))
            continue
        strongest = max(covering, key=lambda ev: abs(ev.weight))
        rules = ", ".join(dict.fromkeys(ev.rule for ev in covering))
        # Each part escaped, as Markup.format would, without its slow pure-Python formatter.
        kind, title, marked = escape(strongest.points_to), escape(rules), escape(text[start:end])
        parts.append(Markup(f'<mark class="ev ev-{kind}" title="{title}">{marked}</mark>'))
    return Markup("").join(parts)


def _highlight_placeholders(text: str) -> Markup:
    """A rewrite, escaped, with each [placeholder] in a <mark>."""
    parts, last = [], 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup(f'<mark class="ph">{escape(match.group())}</mark>'))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


# --- HTML plumbing ---------------------------------------------------------------------------


@cache
def _environment() -> Environment:
    # Imported here: JSON and Markdown reports do without jinja2's ~30 ms of imports.
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("prodgap", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.bytecode_cache = _template_cache(env)
    env.filters["evidence"] = _highlight_evidence
    env.filters["placeholders"] = _highlight_placeholders
    env.filters["percent"] = _percent
    return env


def _template_cache(env: Environment) -> BytecodeCache:
    """Compiled templates kept in the user cache folder (next to the LLM answers): compiling
    them costs a whole report process 0.1 s or more. Jinja renews an entry when its template
    changes; the folder's name changes with prodgap's version and the environment's options,
    which shape the compiled code too. A cache that cannot be read or written costs only time."""
    from jinja2 import FileSystemBytecodeCache

    from prodgap import __version__
    from prodgap.llm_cache import cache_dir

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError, ValueError, EOFError):
                super().load_bytecode(bucket)

        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)

    options = (env.autoescape, env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline)
    shape = hashlib.sha256(repr(options).encode()).hexdigest()[:8]
    return QuietCache(str(cache_dir() / "templates" / f"{__version__}-{shape}"))


def load_templates() -> None:
    """Compile the HTML report's templates now (a pool compiles them once, before it forks)."""
    for name in ("report.html.j2", "bullet.html.j2", "page.css.j2"):
        _environment().get_template(name)
    _script()


@cache
def _script() -> str:
    env = _environment()
    assert env.loader is not None
    return env.loader.get_source(env, "report.js")[0]


def _content_security_policy(script: str) -> str:
    """Only our own script may run and nothing may be fetched, even if escaping ever failed."""
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return (
        "default-src 'none'; style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"
    )


def _percent(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.0%}"


# --- Markdown ----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    """Resume text made inert in Markdown: active characters backslash-escaped, one line."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", " ".join(text.split()))


def _md_summary(report: AuditReport) -> list[str]:
    summary = report.summary
    names = _label_names()
    counts = ", ".join(f"{names[k]}: {summary.counts.get(k, 0)}" for k in names)
    arc = ", ".join(f"{p} {_percent(summary.arc_coverage.get(p))}" for p in ARC_PARTS)
    system = ", ".join(
        f"{SYSTEM_NAMES[p]} {summary.system_coverage.get(p, 0)}" for p in SYSTEM_PARTS
    )
    lines = ["## Verdict", ""]
    lines += [f"> {_md_escape(n.message)}\n" for n in report.findings.notices]
    if summary.verdict:
        lines += [f"**{_md_escape(summary.verdict)}**", ""]
    lines += [
        f"- **Production share:** {_percent(summary.production_share)}"
        " (technical bullets that show work in real use)",
    ]
    if summary.band is not None:
        band = f"{_percent(summary.band.low)}–{_percent(summary.band.high)}"
        lines.append(f"- **Typical for {_md_escape(_stage_text(report))}:** {band}")
    lines += [
        f"- **Bullets by label:** {counts}",
        f"- **Arc coverage:** {arc}",
        f"- **ML system coverage (bullets):** {system}",
        "",
        "### The three most valuable changes",
        "",
    ]
    if summary.changes:
        lines += [
            f"{i}. {_md_escape(c.text)} ({_md_positions(c.bullets[:2])})"
            for i, c in enumerate(summary.changes, 1)
        ]
    else:
        lines += [f"{i}. {_md_escape(text)}" for i, text in enumerate(summary.top_changes, 1)]
    lines.append("")
    if report.shared_questions:
        lines += ["### Questions for several bullets", ""]
        lines += [
            f"{i}. {_md_escape(q.text)} ({_md_positions(q.bullets)})"
            for i, q in enumerate(report.shared_questions, 1)
        ]
        lines.append("")
    return lines


def _md_positions(orders: list[int]) -> str:
    """ "bullet #3" or "bullets #3, #7": positions as the cards number them."""
    return f"bullet{'s' if len(orders) > 1 else ''} " + ", ".join(f"#{o + 1}" for o in orders)


def _md_warnings(report: AuditReport) -> list[str]:
    if not (report.warnings or report.hidden_text):
        return []
    lines = ["## Warnings", ""]
    lines += [f"- {_md_escape(w)}" for w in report.warnings]
    lines += [
        f"- A line a reader cannot see ({h.reason.replace('_', ' ')}): {_md_escape(h.text)}"
        for h in report.hidden_text
    ]
    return [*lines, ""]


def _md_section(section: _SectionView, questions: _Questions) -> list[str]:
    lines = [f"## {_md_escape(section.heading) or 'Untitled section'}", ""]
    audited = any(entry.bullets for entry in section.entries)
    for entry in section.entries if audited else []:
        if entry.heading:
            lines += [f"### {_md_escape(entry.heading)}", ""]
        for bullet in entry.bullets:
            lines += _md_bullet(bullet, questions)
    # As in the HTML report, a section with no bullet is listed whole, not as headings.
    unaudited = [] if audited else [e.heading for e in section.entries if e.heading]
    if section.items or unaudited:
        kinds = ", ".join(dict.fromkeys(i.kind for i in section.items)) or section.kind
        listed = [*unaudited, *(i.text for i in section.items)]
        lines += [
            f"Listed, not audited ({kinds}): " + "; ".join(_md_escape(t) for t in listed),
            "",
        ]
    return lines


def _md_bullet(bullet: AuditedBullet, questions: _Questions) -> list[str]:
    names = _label_names()
    label = names[bullet.label] if bullet.label else "Unlabelled"
    if bullet.unsure and bullet.label and bullet.alternative_label:
        label = f"Unsure: {label} or {names[bullet.alternative_label]}"
    flag = " · needs work" if bullet.needs_work else ""
    note = label_note(bullet)
    note = f" ({note})" if note else ""
    lines = [f"- #{bullet.order + 1} **{label}**{flag}{note}: {_md_escape(bullet.text)}"]
    if bullet.arc is not None and bullet.label != "other":
        present = bullet.arc.present()
        arc = ", ".join(f"{'✓' if p in present else '✗'} {p}" for p in ARC_PARTS)
        lines.append(f"  - Arc: {arc}")
    if bullet.evidence:
        found = ", ".join(f"{ev.rule} (“{_md_escape(ev.span.text)}”)" for ev in bullet.evidence)
        lines.append(f"  - Evidence: {found}")
    lines += [f"  - Note: {_md_escape(note)}" for note in _bullet_notes(bullet)]
    if bullet.rewrite is not None:
        lines.append(f"  - Suggested rewrite: {_md_escape(bullet.rewrite.text)}")
        lines += [f"    - Q: {_md_escape(q)}" for q in questions.own(bullet)]
        if refs := questions.refs(bullet):
            numbers = ", ".join(map(str, refs))
            lines.append(f"    - And shared question{'s' if len(refs) > 1 else ''} {numbers} above")
    return [*lines, ""]


def _md_footer(report: AuditReport) -> list[str]:
    return ["---", "", *(f"- {k}: {_md_escape(v)}" for k, v in _run_facts(report)), ""]


# --- words shared by both formats ---------------------------------------------------------------


def _bullet_notes(bullet: AuditedBullet) -> list[str]:
    """What the reader should know about how this bullet was judged."""
    notes = []
    if bullet.rules_label and bullet.rules_label != bullet.label and bullet.label:
        names = _label_names()
        notes.append(
            f"The LLM and the rules disagree: the LLM says {names[bullet.label]}, "
            f"the rules say {names[bullet.rules_label]}; the LLM's label stands, "
            "with its confidence capped."
        )
    if bullet.fallback:
        notes.append(f"Fell back to the rules engine: {bullet.fallback}.")
    if bullet.context_prior:
        notes.append(bullet.context_prior)
    if bullet.injection_suspected:
        notes.append("This bullet reads like instructions to an AI; it was treated as plain text.")
    if bullet.rewrite is not None and bullet.rewrite.dropped:
        notes.append(f"An LLM rewrite was dropped: {bullet.rewrite.dropped}")
    if bullet.rewrite_withheld:
        notes.append(f"No rewrite suggested: {bullet.rewrite_withheld}.")
    return notes


def _run_facts(report: AuditReport) -> Iterable[tuple[str, str]]:
    """What produced the report, as (name, value) pairs for the footer."""
    run = report.run
    cost = "n/a" if run.estimated_cost_usd is None else f"${run.estimated_cost_usd:.4f}"
    requests = f"{run.requests} (cache hits: {run.cache_hits})"
    if run.batch_id:
        cost += " at the Batch API price (half the table's)"
        requests = (
            f"{run.requests} in Batch API batch {run.batch_id} (cache hits: {run.cache_hits})"
        )
    return [
        ("prodgap version", run.prodgap_version),
        ("Backend", run.backend),
        ("Model", run.model or "none (rules engine only)"),
        ("Prompt version", run.prompt_version or "n/a"),
        ("LLM requests", requests),
        ("Tokens", f"{run.input_tokens:,} in, {run.output_tokens:,} out"),
        ("Estimated cost", cost),
        *([("Sent to the LLM", run.sent.describe())] if run.sent is not None else []),
        ("Time taken", f"{run.seconds:.1f} s"),
        ("Input file", run.input_name),
        ("SHA-256", run.input_sha256),
    ]
