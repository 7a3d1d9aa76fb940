"""The HTML report in a real browser (headless Chromium driven by Playwright).

Checks what only a browser can: the page renders, the filter and copy controls work, nothing is
fetched, no console errors, hostile resume text never runs, it fits a phone, it prints every
bullet, and the colours actually rendered pass WCAG AA.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from prodgap.render import render
from report_fixture import build_report

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
expect = sync_api.expect

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_REPORT = ROOT / "samples" / "report.html"


def _screenshot_script() -> Any:
    """scripts/make_report_screenshot.py, which owns the offline Chromium flags."""
    spec = importlib.util.spec_from_file_location(
        "make_report_screenshot", ROOT / "scripts" / "make_report_screenshot.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Offline and quiet, as the screenshot script runs it (Playwright adds headless itself).
CHROMIUM_ARGS = list(_screenshot_script().OFFLINE_FLAGS)

VISIBLE_BULLETS = (
    "[...document.querySelectorAll('article.bullet')].filter(a => a.checkVisibility())"
)

# Every element with its own text: its colour, the first opaque background behind it, and size.
RENDERED_COLOURS = """() => {
  const rgba = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const backdrop = (el) => {
    for (; el; el = el.parentElement) {
      const c = rgba(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    out.push({fg: rgba(style.color).slice(0, 3), bg: backdrop(el), size: parseFloat(style.fontSize),
              bold: Number(style.fontWeight) >= 700, text: el.textContent.trim().slice(0, 40)});
  }
  return out;
}"""


def _chromium() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome")
    return next((path for name in names if (path := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, chromium_sandbox=False
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "fixture.prodgap.html"
    path.write_text(render(build_report(), "html"), encoding="utf-8")
    return path


@dataclass
class Opened:
    """A page showing a report, with everything it tried to do."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def visible_bullets(self) -> int:
        return self.page.evaluate(f"{VISIBLE_BULLETS}.length")

    def all_bullets(self) -> int:
        return self.page.locator("article.bullet").count()

    def needing_work(self) -> int:
        return self.page.locator("article.bullet.needs-work").count()


OpenReport = Callable[..., Opened]


@pytest.fixture
def open_report(browser: Any) -> Iterator[OpenReport]:
    """Opens a report in a fresh browser context that records what the page tries to do."""
    contexts: list[Any] = []

    def open_(path: Path, width: int = 1100) -> Opened:
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = context.new_page()
        opened = Opened(page, path.as_uri())
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("console", lambda msg: msg.type == "error" and opened.errors.append(msg.text))
        page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(opened.url)
        return opened

    yield open_
    for context in contexts:
        context.close()


def _assert_clean(opened: Opened) -> None:
    assert opened.errors == [], "console errors"
    assert opened.requests == [opened.url], "network requests besides the file itself"
    assert opened.page.evaluate("performance.getEntriesByType('resource').length") == 0
    assert opened.dialogs == [], "a script from the resume ran"


REPORTS = [
    pytest.param("fixture", id="fixture"),
    pytest.param(
        "sample",
        id="samples-report",
        marks=pytest.mark.skipif(not SAMPLE_REPORT.exists(), reason="no samples/report.html yet"),
    ),
]


@pytest.fixture(params=REPORTS)
def report_path(request: pytest.FixtureRequest, fixture_report: Path) -> Path:
    return fixture_report if request.param == "fixture" else SAMPLE_REPORT


def test_renders_the_verdict_and_every_bullet(open_report: OpenReport, report_path: Path) -> None:
    opened = open_report(report_path)
    page = opened.page
    assert page.get_by_role("heading", name="The verdict at a glance").is_visible()
    assert page.locator(".verdict .big").first.inner_text().strip()
    assert opened.all_bullets() > 0
    assert opened.visible_bullets() == opened.all_bullets()
    if report_path.name.startswith("fixture"):
        assert opened.all_bullets() == len(build_report().bullets)
    _assert_clean(opened)


def test_the_filter_shows_only_bullets_that_need_work(
    open_report: OpenReport, report_path: Path
) -> None:
    opened = open_report(report_path)
    page, total, work = opened.page, opened.all_bullets(), opened.needing_work()
    toggle = page.get_by_label("Show only bullets that need work")
    toggle.check()
    assert opened.visible_bullets() == work
    assert page.locator("#filter-status").inner_text() == f"Showing {work} of {total} bullets."
    toggle.uncheck()
    assert opened.visible_bullets() == total
    _assert_clean(opened)


def test_copy_rewrite_puts_the_rewrite_on_the_clipboard(
    open_report: OpenReport, fixture_report: Path
) -> None:
    opened = open_report(fixture_report)
    rewrite = build_report().bullets[1].rewrite
    assert rewrite is not None
    button = opened.page.locator("#b1 button.copy")
    button.click()
    expect(button).to_have_text("Copied")
    assert opened.page.evaluate("navigator.clipboard.readText()") == rewrite.text
    _assert_clean(opened)


def test_copy_falls_back_without_the_clipboard_api(browser: Any, fixture_report: Path) -> None:
    context = browser.new_context()
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page = context.new_page()
    page.goto(fixture_report.as_uri())
    button = page.locator("#b1 button.copy")
    button.click()
    expect(button).to_have_text("Copied")
    context.close()


def test_resume_html_shows_as_text_and_never_runs(
    open_report: OpenReport, fixture_report: Path
) -> None:
    opened = open_report(fixture_report)
    page = opened.page
    assert page.title() == "Production-gap audit: jane_doe_resume.pdf"
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "<script>alert(1)</script>" in page.locator("#b6 .text").inner_text()
    assert "<img src=x onerror=alert(1)>" in page.locator("#b6 .text").inner_text()
    assert "window.pwned=1</script>" in page.locator("#b7").inner_text()
    assert page.locator("main img, main script").count() == 0
    _assert_clean(opened)


def test_fits_a_phone_screen(open_report: OpenReport, report_path: Path) -> None:
    opened = open_report(report_path, width=375)
    assert opened.page.evaluate("document.documentElement.scrollWidth") <= 375
    _assert_clean(opened)


def test_print_shows_every_bullet_and_hides_the_controls(
    open_report: OpenReport, report_path: Path
) -> None:
    opened = open_report(report_path)
    page = opened.page
    page.get_by_label("Show only bullets that need work").check()
    page.emulate_media(media="print")
    assert opened.visible_bullets() == opened.all_bullets()
    assert not page.locator(".controls").is_visible()
    assert page.locator("button.copy:visible").count() == 0
    _assert_clean(opened)


def _luminance(rgb: list[float]) -> float:
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_rendered_text_passes_wcag_aa_contrast(open_report: OpenReport, report_path: Path) -> None:
    opened = open_report(report_path)
    failures = []
    for item in opened.page.evaluate(RENDERED_COLOURS):
        high, low = sorted((_luminance(item["fg"]), _luminance(item["bg"])), reverse=True)
        ratio = (high + 0.05) / (low + 0.05)
        large = item["size"] >= 24 or (item["bold"] and item["size"] >= 18.66)
        if ratio < (3.0 if large else 4.5):
            failures.append(f"{item['text']!r}: {ratio:.2f}")
    assert failures == []


HOSTILE = Path(__file__).resolve().parent / "hostile" / "files"
# The hostile corpus files whose text reaches the report: HTML, injection, hidden and RTL/CJK text.
HOSTILE_REPORTS = [
    "html_script.md",
    "html_script.pdf",
    "injection.txt",
    "white_text.pdf",
    "international.pdf",
    "international.txt",
]


@pytest.mark.parametrize("name", HOSTILE_REPORTS)
def test_hostile_resumes_render_as_inert_text(
    open_report: OpenReport, tmp_path: Path, name: str
) -> None:
    if not (HOSTILE / name).exists():
        pytest.skip(f"hostile corpus file {name} not generated (tests/hostile/make_hostile.py)")
    from prodgap import audit

    report = audit(HOSTILE / name, backend="rules", use_cache=False)
    path = tmp_path / f"{name}.prodgap.html"
    path.write_text(render(report, "html"), encoding="utf-8")
    opened = open_report(path)
    shown = opened.page.locator("article.bullet .text").all_text_contents()
    assert shown == [b.text for b in report.bullets], "every bullet shown exactly, as text"
    assert opened.page.title() == f"Production-gap audit: {report.source}"
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    if report.hidden_text:
        assert f"This file contains {len(report.hidden_text)} line" in (
            opened.page.locator(".warnings").inner_text()
        )
    _assert_clean(opened)


def test_a_two_page_resume_s_report_prints_in_a_few_pages(
    open_report: OpenReport, tmp_path: Path
) -> None:
    """Cards that need no work print as one line and the evidence stays folded: the report of
    the longest sample (2 pages) printed 24 pages before the print stylesheet."""
    from pypdf import PdfReader

    from prodgap import audit

    report = audit(ROOT / "samples" / "hana_multipage.pdf", backend="rules", use_cache=False)
    path = tmp_path / "hana.prodgap.html"
    path.write_text(render(report, "html"), encoding="utf-8")
    opened = open_report(path)
    pdf = tmp_path / "hana.pdf"
    pdf.write_bytes(opened.page.pdf(format="Letter"))
    assert len(PdfReader(pdf).pages) <= 7
    _assert_clean(opened)
