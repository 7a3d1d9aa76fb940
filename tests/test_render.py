"""The report in HTML, Markdown and JSON: content, escaping, self-containment and contrast."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from prodgap.models import (
    AuditedBullet,
    AuditReport,
    Entry,
    Evidence,
    Section,
    Span,
    Summary,
)
from prodgap.prompts import label_meanings
from prodgap.render import (
    CONTRAST_PAIRS,
    PALETTE,
    _highlight_evidence,
    _highlight_placeholders,
    _md_escape,
    render,
)
from report_fixture import IMG, PWN, SCRIPT, build_report, span

TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "prodgap" / "templates"


class _Page(HTMLParser):
    """Collects the tags, attributes, headings and script bodies of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]


@pytest.fixture(scope="module")
def report() -> AuditReport:
    return build_report()


@pytest.fixture(scope="module")
def page_html(report: AuditReport) -> str:
    return render(report, "html")


def _esc(text: str) -> str:
    """Text as Jinja2's autoescape writes it."""
    return str(escape(text))


def _text(markup: str) -> str:
    """What a browser shows for a fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# --- JSON ------------------------------------------------------------------------------------


def test_json_is_the_model_and_round_trips(report: AuditReport) -> None:
    text = render(report, "json")
    assert text == report.model_dump_json(indent=2)
    assert AuditReport.model_validate_json(text) == report


def test_unknown_format_is_refused(report: AuditReport) -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        render(report, "pdf")  # type: ignore[arg-type]


# --- HTML: hostile text ---------------------------------------------------------------------


def test_resume_html_is_shown_as_text_never_as_markup(page_html: str) -> None:
    for hostile in (SCRIPT, IMG, PWN):
        assert hostile not in page_html
        assert _esc(hostile) in page_html
    page = _Page(page_html)
    assert len(page.all("script")) == 1, "only the report's own script"
    assert page.all("img") == []
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)


def test_a_content_security_policy_allows_only_the_report_s_own_script(page_html: str) -> None:
    page = _Page(page_html)
    (meta,) = [m for m in page.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    policy = meta["content"] or ""
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy


def test_the_page_is_self_contained(page_html: str) -> None:
    page = _Page(page_html)
    assert not {"link", "img", "iframe", "object", "embed", "video", "audio"} & {
        t for t, _ in page.tags
    }
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        assert (attrs.get("href") or "#").startswith("#"), (tag, attrs)
    css = (TEMPLATES / "report.css").read_text()
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


# --- HTML: content ----------------------------------------------------------------------------


def test_every_bullet_is_an_article_in_resume_order(report: AuditReport, page_html: str) -> None:
    ids = [a["id"] for a in _Page(page_html).all("article")]
    assert ids == [f"b{b.order}" for b in report.bullets]
    classes = [a["class"] or "" for a in _Page(page_html).all("article")]
    assert sum("needs-work" in c for c in classes) == sum(b.needs_work for b in report.bullets)


def test_sections_and_roles_appear_in_document_order(page_html: str) -> None:
    headings = [
        "Work Experience",
        "Senior ML Engineer",
        "Data Scientist",
        "Projects",
        "resume-parser",
        "Comment widget",
        "Skills",
        "Education",
        "MSc Computer",
    ]
    positions = [page_html.index(f">{h}") for h in headings]
    assert positions == sorted(positions)


def test_headings_are_in_order_with_one_h1(page_html: str) -> None:
    levels = _Page(page_html).headings
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_the_verdict_is_at_the_top(report: AuditReport, page_html: str) -> None:
    verdict = page_html[: page_html.index('id="resume-h"')]
    assert "60%" in verdict and 'class="bar"' in verdict
    for change in report.summary.top_changes:
        assert _esc(change) in verdict
    for part in ("Problem framing", "Data", "Modeling", "Serving", "Evaluation", "Monitoring"):
        assert part in verdict
    assert "Problem framing: <strong>missing</strong>" in verdict


def test_labels_are_written_out_not_just_coloured(page_html: str) -> None:
    badges = re.findall(r'<span class="badge badge-(\w+)">([^<]+)</span>', page_html)
    assert {label for label, _ in badges} >= {"trained_model", "shipped_system", "other", "work"}
    assert all(text.strip() for _, text in badges)


def test_disagreement_fallback_injection_and_dropped_rewrite_are_noted(page_html: str) -> None:
    articles = dict(re.findall(r'<article [^>]*id="(b\d+)">(.*?)</article>', page_html, re.S))
    assert "The LLM and the rules disagree" in articles["b2"]
    assert "An LLM rewrite was dropped" in articles["b2"]
    assert "Fell back to the rules engine" in articles["b3"]
    assert "reads like instructions to an AI" in articles["b5"]
    assert "disagree" not in articles["b0"] and "Fell back" not in articles["b0"]


def test_an_unsure_bullet_shows_both_candidates_with_their_evidence(page_html: str) -> None:
    articles = dict(re.findall(r'<article [^>]*id="(b\d+)">(.*?)</article>', page_html, re.S))
    unsure = articles["b2"]
    assert "Unsure: Shipped system or Other" in unsure
    assert 'class="badge badge-shipped_system"' not in unsure  # no single verdict asserted
    candidates = re.search(r'<ul class="notes unsure">(.*?)</ul>', unsure, re.S)
    assert candidates is not None
    assert "Shipped system: <q>Grafana dashboard</q>" in candidates.group(1)
    assert "Other: no rule found evidence for it" in candidates.group(1)
    assert "Unsure" not in articles["b0"]


def test_the_legend_is_the_one_definition(page_html: str) -> None:
    for label, meaning in label_meanings().items():
        assert _esc(meaning.meaning) in page_html, label
    assert "Trained / built, not shipped" in page_html


def test_hidden_text_and_injection_are_warned_about(report: AuditReport, page_html: str) -> None:
    assert "This file contains 2 lines of text that are in the" in page_html
    assert "sway" not in page_html  # a finding, not an accusation
    for hidden in report.hidden_text:
        assert _esc(hidden.text) in page_html
    assert "Suspected prompt injection" in page_html
    assert 'href="#b5"' in page_html


def test_detailed_warnings_are_not_also_listed_in_one_line(page_html: str) -> None:
    """Invisible text and injections have sections of their own on the page; their one-line
    warnings (for JSON and Markdown readers) are not repeated, the other warnings are."""
    assert "line(s) a reader cannot see" not in page_html
    assert "read like instructions to an AI; they were treated" not in page_html
    assert "2 bullet(s) fell back from the LLM to the rules engine" in page_html


def test_the_footer_says_what_produced_the_report(report: AuditReport, page_html: str) -> None:
    footer = page_html[page_html.index("<footer") :]
    run = report.run
    for fact in (
        run.prodgap_version,
        "llm",
        "gpt-4o-mini",
        "2024-11-01",
        "5,120 in, 1,480 out",
        "$0.0016",
        "7.4 s",
        "jane_doe_resume.pdf",
        run.input_sha256,
    ):
        assert fact in footer, fact


def test_rewrite_placeholders_are_marked_and_questions_listed(
    report: AuditReport, page_html: str
) -> None:
    bullet = report.bullets[1]
    assert bullet.rewrite is not None
    marked = re.search(r'<p class="rewrite-text" id="rw-1"[^>]*>(.*?)</p>', page_html, re.S)
    assert marked is not None
    assert _text(marked.group(1)) == bullet.rewrite.text, "the copy button copies exactly this"
    assert marked.group(1).count('<mark class="ph">') == len(bullet.rewrite.placeholders)
    shared = {q.text for q in report.shared_questions}
    for question in bullet.rewrite.questions:
        assert (f"<li>{_esc(question)}</li>" in page_html) is (question not in shared)


def test_a_question_several_cards_ask_is_shown_once_and_pointed_to(
    report: AuditReport, page_html: str
) -> None:
    (shared,) = report.shared_questions
    assert page_html.count(_esc(shared.text)) == 1
    assert f'<li id="q1">{_esc(shared.text)}' in page_html
    articles = dict(re.findall(r'<article [^>]*id="(b\d+)">(.*?)</article>', page_html, re.S))
    for order in shared.bullets:
        assert 'href="#q1"' in articles[f"b{order}"]
    assert "Who used the model&#39;s output" in articles["b3"]  # its own question stays


def test_the_verdict_sentence_band_notices_and_changes_come_first(
    report: AuditReport, page_html: str
) -> None:
    top = page_html[: page_html.index('id="resume-h"')]
    assert _esc(report.summary.verdict) in top
    assert _esc(report.findings.notices[0].message) in top
    assert "Typical for a mid-career candidate (about 5.5 years of dated roles): 50%–80%" in top
    assert 'class="band-mark" style="left: 50.0%; width: 30.0%"' in top
    change = report.summary.changes[0]
    assert 'href="#b1">#2</a>, <a href="#b3">#4</a>' in top and _esc(change.text) in top


def test_cards_that_need_no_work_fold_to_one_line(report: AuditReport, page_html: str) -> None:
    articles = dict(re.findall(r'<article ([^>]*id="b\d+")>(.*?)</article>', page_html, re.S))
    for bullet in report.bullets:
        attrs, body = next((a, b) for a, b in articles.items() if f'id="b{bullet.order}"' in a)
        folded = not bullet.needs_work
        assert ("folded" in attrs) is folded, bullet.text
        assert body.lstrip().startswith('<details class="fold">') is folded


def test_confidence_is_shown_only_where_it_means_something(report: AuditReport) -> None:
    from prodgap.render import label_note

    llm = report.bullets[0]
    assert label_note(llm) == "confidence 93%, by the LLM"
    silent = llm.model_copy(update={"label_source": "rules", "evidence": []})
    assert label_note(silent) == "no evidence either way"
    fired = llm.model_copy(update={"label_source": "rules"})
    assert label_note(fired) == "confidence 93%, by the rules engine"


def test_a_report_with_no_bullets_renders(report: AuditReport) -> None:
    empty = report.model_copy(
        update={
            "bullets": [],
            "sections": [],
            "hidden_text": [],
            "warnings": [],
            "summary": Summary(
                counts={},
                production_share=None,
                arc_coverage={},
                system_coverage={},
                top_changes=[],
            ),
        }
    )
    page = render(empty, "html")
    assert "No bullets were found" in page and "n/a" in page
    assert 'id="warnings-h"' not in page
    assert "No bullets were found" in render(empty, "md")


def test_bullets_outside_the_outline_are_still_shown(report: AuditReport) -> None:
    stray = AuditedBullet(
        text="Stray bullet", section="Volunteering", entry="Food bank", order=99, label="other"
    )
    odd = report.model_copy(
        update={
            "bullets": [*report.bullets, stray],
            "sections": [Section(heading="Work Experience", kind="experience")],
        }
    )
    page = render(odd, "html")
    assert len(_Page(page).all("article")) == len(report.bullets) + 1
    assert ">Volunteering</h3>" in page and ">Food bank</h4>" in page


# --- highlighting -------------------------------------------------------------------------------


def _with_evidence(text: str, spans: list[Span]) -> AuditedBullet:
    evidence = [
        Evidence(rule=f"r{i}", reason="because", points_to="shipped_system", weight=1.0, span=s)
        for i, s in enumerate(spans)
    ]
    return AuditedBullet(text=text, section="S", evidence=evidence)


def test_highlighting_keeps_the_text_exactly(report: AuditReport) -> None:
    for bullet in report.bullets:
        assert _text(_highlight_evidence(bullet)) == bullet.text


def test_overlapping_spans_are_split_not_nested() -> None:
    text = "Deployed <b>the</b> model to prod"
    bullet = _with_evidence(
        text, [span(text, "Deployed <b>the</b>"), span(text, "<b>the</b> model")]
    )
    marked = str(_highlight_evidence(bullet))
    assert _text(marked) == text
    assert "<b>" not in marked
    assert marked.count("<mark") == 3
    assert 'title="r0, r1">&lt;b&gt;the&lt;/b&gt;</mark>' in marked


def test_spans_with_wrong_offsets_are_found_by_text_or_skipped() -> None:
    text = "cut p99 latency by 40%"
    moved = Span(start=0, end=3, text="p99 latency")
    nowhere = Span(start=50, end=60, text="not in text")
    empty = Span(start=2, end=2, text="")
    marked = str(_highlight_evidence(_with_evidence(text, [moved, nowhere, empty])))
    assert _text(marked) == text
    assert marked.count("<mark") == 1 and ">p99 latency</mark>" in marked


def test_placeholders_are_marked_and_the_rest_escaped() -> None:
    marked = str(_highlight_placeholders("Cut [metric] by <b>[amount]</b> & more"))
    assert marked == (
        'Cut <mark class="ph">[metric]</mark> by &lt;b&gt;'
        '<mark class="ph">[amount]</mark>&lt;/b&gt; &amp; more'
    )


# --- contrast -------------------------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_helper_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("fg", "bg", "minimum"), CONTRAST_PAIRS)
def test_palette_pairs_pass_wcag_aa(fg: str, bg: str, minimum: float) -> None:
    ratio = contrast(PALETTE[fg], PALETTE[bg])
    assert ratio >= minimum, f"{fg} on {bg}: {ratio:.2f} < {minimum}"


def test_the_css_uses_only_palette_colours() -> None:
    css = (TEMPLATES / "report.css").read_text()
    assert set(re.findall(r"var\(--([\w-]+)\)", css)) <= set(PALETTE)
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(", css) == []


# --- Markdown -------------------------------------------------------------------------------------


def test_markdown_has_the_summary_then_every_bullet(report: AuditReport) -> None:
    md = render(report, "md")
    assert md.index("## Verdict") < md.index("## Work Experience") < md.index("## Projects")
    assert "Production share:** 60%" in md
    for bullet in report.bullets:
        assert _md_escape(bullet.text) in md
        if bullet.rewrite:
            assert _md_escape(bullet.rewrite.text) in md
            for question in bullet.rewrite.questions:
                assert f"Q: {_md_escape(question)}" in md or any(
                    question == q.text for q in report.shared_questions
                )
    shared = report.shared_questions[0]
    assert md.count(_md_escape(shared.text)) == 1 and "And shared question 1 above" in md
    assert _md_escape(report.summary.verdict) in md
    assert "Arc: ✗ problem, ✓ system, ✗ broke, ✗ fix" in md
    assert "The LLM and the rules disagree" in md and "Fell back to the rules engine" in md
    unsure = next(line for line in md.splitlines() if "**Unsure: Shipped system or Other**" in line)
    assert "· needs work" in unsure and "unsure: confidence" in unsure
    assert "by the LLM): Built a Grafana dashboard" in unsure


def test_markdown_neutralises_resume_text() -> None:
    assert _md_escape("*bold* [x](http://e) <script> a|b `c` _d_") == (
        r"\*bold\* \[x\](http://e) \<script\> a\|b \`c\` \_d\_"
    )
    assert _md_escape("line one\n# not a heading") == r"line one # not a heading"


def test_markdown_has_no_raw_html_from_the_resume(report: AuditReport) -> None:
    md = render(report, "md")
    for hostile in (SCRIPT, IMG, PWN):
        assert hostile not in md


@pytest.mark.parametrize("heading", ["", "Nia Okafor"])
def test_the_header_block_is_left_out(report: AuditReport, heading: str) -> None:
    """Name and contact lines open the resume, titled or not: nothing there to audit or show."""
    header = Section(
        heading=heading, kind="other", entries=[Entry(heading="nia@example.com | 555-0100")]
    )
    with_header = report.model_copy(update={"sections": [header, *report.sections]})
    for fmt in ("html", "md"):
        assert "nia@example.com" not in render(with_header, fmt)  # type: ignore[arg-type]
    assert "nia@example.com" in render(with_header, "json")


def test_listed_lines_are_shown_folded_as_text_and_never_audited(tmp_path: Path) -> None:
    import prodgap

    path = tmp_path / "cv.md"
    path.write_text(
        "## Experience\n\n- Built the fraud API that 40 analysts use daily\n\n"
        f"## Skills\n\n- Python, SQL {SCRIPT}\n- Kubernetes, Terraform\n"
        "",
        encoding="utf-8",
    )
    report = prodgap.audit(path, backend="rules")
    page = render(report, "html")
    folded = re.search(
        r'<details class="items">\s*<summary>(.*?)</summary>(.*?)</details>', page, re.S
    )
    assert folded is not None and "2 listed lines not audited (skills)" in folded.group(1)
    assert _esc(f"Python, SQL {SCRIPT}") in folded.group(2) and SCRIPT not in page
    assert [b.text for b in report.bullets] == ["Built the fraud API that 40 analysts use daily"]
    assert "Listed, not audited (skills): Python, SQL" in render(report, "md")


def test_a_section_with_no_bullet_is_folded_whole(report: AuditReport) -> None:
    skills_blob = "Python, SQL, Kubernetes, Terraform | Spark, Airflow, dbt | " * 8
    skills = Section(heading="Skills", kind="skills", entries=[Entry(heading=skills_blob)])
    page = render(report.model_copy(update={"sections": [*report.sections, skills]}), "html")
    assert f"<h4>{_esc(skills_blob)}</h4>" not in page
    folded = re.findall(
        r'<details class="items">\s*<summary>(.*?)</summary>(.*?)</details>', page, re.S
    )
    assert any(_esc(skills_blob) in body and "(skills)" in summary for summary, body in folded)
    assert "<h4>MSc Computer Science | TU Somewhere | 2018</h4>" not in page  # no bullets either
    markdown = render(report.model_copy(update={"sections": [*report.sections, skills]}), "md")
    assert "### Python, SQL" not in markdown
    assert "Listed, not audited (skills): Python, SQL, Kubernetes" in markdown


def test_not_in_english_is_said_once_for_a_resume_and_per_bullet_only_when_stray(
    report: AuditReport,
) -> None:
    stray = [b.model_copy(update={"not_english": i == 0}) for i, b in enumerate(report.bullets)]
    english = report.model_copy(update={"bullets": stray})
    assert render(english, "html").count(">Not in English</span>") == 1
    findings = report.findings.model_copy(update={"english": False, "language": "fr"})
    all_french = [b.model_copy(update={"not_english": True}) for b in report.bullets]
    french = report.model_copy(update={"bullets": all_french, "findings": findings})
    assert ">Not in English</span>" not in render(french, "html")
