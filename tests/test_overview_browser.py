"""The cohort overview (index.html) in a real browser, as test_browser.py checks a report: it
renders, sorts, filters, fetches nothing, runs no text from a resume, fits a phone and passes
WCAG AA contrast."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from prodgap.cli import app
from test_browser import RENDERED_COLOURS, _luminance, browser  # noqa: F401  (a fixture)

HOSTILE = Path(__file__).parent / "hostile" / "files"
TRAINED = "Trained a gradient-boosted churn model reaching 0.91 AUC on historical data"
SHIPPED = "Served the fraud model behind a REST API at 2k QPS with p99 under 80 ms"
OTHER = "Mentored three junior engineers"
HOSTILE_NAME = "<img src=x onerror=alert(1)>.md"


def _resume(name: str, bullets: list[str]) -> str:
    lines = [
        f"# {name}",
        f"{name.split()[0].lower()}@example.com | +1 555 0100",
        "",
        "## Experience",
    ]
    return "\n".join([*lines, "### Engineer, Example Corp", *(f"- {b}" for b in bullets)]) + "\n"


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cohort of five: all trained, all shipped, mixed, no ML at all, and one that fails."""
    cohort = tmp_path_factory.mktemp("cohort")
    (cohort / "b").mkdir()
    (cohort / "a_trained.md").write_text(_resume("Ana Zqa", [TRAINED, TRAINED]), "utf-8")
    (cohort / "b" / "shipped.md").write_text(_resume("Ben Zqb", [SHIPPED, SHIPPED]), "utf-8")
    (cohort / "c_mixed.md").write_text(_resume("Cy Zqc", [TRAINED, SHIPPED, OTHER]), "utf-8")
    (cohort / HOSTILE_NAME).write_text(_resume("Di Zqd", [OTHER]), "utf-8")
    shutil.copy(HOSTILE / "truncated.pdf", cohort / "e_broken.pdf")
    out = cohort.parent / f"{cohort.name}-reports"
    result = CliRunner().invoke(app, ["audit", str(cohort), "-o", str(out), "--backend", "rules"])
    assert result.exit_code == 1, result.stderr  # e_broken.pdf fails
    return out / "index.html"


@pytest.fixture
def page(browser: Any, overview: Path) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.requests, page.errors, page.dialogs = [], [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.errors.append(msg.text))
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(overview.as_uri())
    yield page
    assert page.errors == [], "console errors"
    assert page.requests == [overview.as_uri()], "network requests besides the file itself"
    assert page.dialogs == [], "a script from a file name ran"
    context.close()


def _files(page: Any) -> list[str]:
    """The File column of the rows shown, top to bottom."""
    return page.evaluate(
        "[...document.querySelectorAll('table.cohort tbody tr')]"
        ".filter(r => !r.hidden).map(r => r.cells[0].textContent.trim())"
    )


def test_renders_every_row_and_the_cohort_chart(page: Any) -> None:
    assert page.get_by_role("heading", name="5 resumes: 4 audited, 1 failed").is_visible()
    files = ["a_trained.md", "b/shipped.md", "c_mixed.md", "e_broken.pdf"]
    assert _files(page) == [HOSTILE_NAME, *files]  # in the order of their paths
    gaps = page.locator(".gaps li").all_inner_texts()
    assert "4 of 4 never say what broke" in gaps
    assert "2 of 4 never cover evaluation" in gaps  # b/shipped.md and the non-ML resume
    assert "1 of 4 never say what was built or run (system)" in gaps  # the non-ML one
    bars = [" ".join(t.split()) for t in page.locator(".share-bars li").all_inner_texts()]
    # 0% (a_trained), 50% (c_mixed), 100% (b/shipped), and one with no ML bullets at all
    assert bars == ["0–19% 1", "20–39% 0", "40–59% 1", "60–79% 0", "80–100% 1", "no ML bullets 1"]
    assert "Failed: corrupt or truncated PDF" in page.locator("tr.failed").inner_text()
    assert page.locator("#filter-status").inner_text() == "Showing 5 of 5 resumes."


def test_every_link_opens_its_report(browser: Any, overview: Path) -> None:  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.goto(overview.as_uri())
    links = page.locator("tbody a")
    assert links.count() == 4  # the failed file has no report
    for index in range(links.count()):
        name = links.nth(index).inner_text()
        links.nth(index).click()  # percent-encoded names (the hostile one) open too
        assert page.title() == f"Production-gap audit: {Path(name).name}"
        page.go_back()
    context.close()


def test_sorting_by_a_number_and_by_text(page: Any) -> None:
    share = page.get_by_role("button", name="Share")
    share.click()
    # a_trained 0%, c_mixed 50%, b/shipped 100%; no share (no ML bullets, failed) goes last.
    assert _files(page)[:3] == ["a_trained.md", "c_mixed.md", "b/shipped.md"]
    assert page.locator("th[aria-sort='ascending']").inner_text() == "Share"
    share.click()
    assert _files(page)[:3] == ["b/shipped.md", "c_mixed.md", "a_trained.md"]
    assert set(_files(page)[3:]) == {"e_broken.pdf", HOSTILE_NAME}
    assert page.locator("th[aria-sort='descending']").inner_text() == "Share"
    by_file = page.get_by_role("button", name="File")
    by_file.click()
    by_file.click()
    assert _files(page) == [
        "e_broken.pdf",
        "c_mixed.md",
        "b/shipped.md",
        "a_trained.md",
        HOSTILE_NAME,
    ]


def test_filtering_by_text_and_by_flags(page: Any) -> None:
    page.get_by_label("Filter").fill("shipped")
    assert _files(page) == ["b/shipped.md"]
    assert page.locator("#filter-status").inner_text() == "Showing 1 of 5 resumes."
    page.get_by_label("Filter").fill("")
    page.get_by_label("Only files with an error or a warning").check()
    assert _files(page) == ["e_broken.pdf"]
    page.get_by_label("Only files with an error or a warning").uncheck()
    assert len(_files(page)) == 5


def test_a_file_name_with_html_shows_as_text(page: Any) -> None:
    assert page.locator("tbody").get_by_text(HOSTILE_NAME).count() == 1
    assert page.locator("main img, main script").count() == 0


def test_without_javascript_every_row_shows_and_the_controls_hide(
    browser: Any,  # noqa: F811
    overview: Path,
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(overview.as_uri())
    assert page.locator("tbody tr:visible").count() == 5
    assert not page.locator(".controls").is_visible()
    context.close()


def test_fits_a_phone_screen(browser: Any, overview: Path) -> None:  # noqa: F811
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(overview.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_rendered_text_passes_wcag_aa_contrast(page: Any) -> None:
    page.get_by_role("button", name="Share").click()  # the sorted heading's arrow too
    failures = []
    for item in page.evaluate(RENDERED_COLOURS):
        high, low = sorted((_luminance(item["fg"]), _luminance(item["bg"])), reverse=True)
        ratio = (high + 0.05) / (low + 0.05)
        large = item["size"] >= 24 or (item["bold"] and item["size"] >= 18.66)
        if ratio < (3.0 if large else 4.5):
            failures.append(f"{item['text']!r}: {ratio:.2f}")
    assert failures == []
