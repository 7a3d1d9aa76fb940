"""PDF extraction: each test builds one small PDF that shows one thing real resumes do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from fixtures.extract import pdfs
from prodgap.errors import InputError
from prodgap.extraction import extract
from prodgap.models import Resume
from prodgap.readers import pdf as pdf_reader
from prodgap.readers.columns import order_page
from prodgap.readers.lines import Line, ReadResult
from prodgap.structure import build_resume


def texts(path: Path) -> list[str]:
    return [b.text for b in extract(path).bullets()]


def items(resume: Resume) -> list[tuple[str, str, str]]:
    """(section, kind, text) of the lines kept as items, not bullets."""
    return [(s.heading, i.kind, i.text) for s in resume.sections for i in s.items]


def test_glyphs_wraps_and_hyphens(tmp_path: Path) -> None:
    resume = extract(pdfs.glyph_bullets(tmp_path / "glyphs.pdf"))
    assert resume.engine == "pypdfium2"
    assert [b.text for b in resume.bullets()] == [
        "Deployed a fraud model serving 20k requests per second, moving its deployment to a "
        "canary process with automatic rollback.",
        "Ran the feature store for the fraud, ads and search teams and kept its real-time joins "
        "fresh; volunteered for the incident review group and then joined the on-call rotation.",
        "Trained a ranking model on 2B events.",
        "Cut p99 latency from 180 ms to 40 ms.",
        "Taught at the Facultad de Educación.",
    ]
    section = resume.sections[0]
    assert (section.heading, section.kind) == ("Work Experience", "experience")
    entry = section.entries[0]
    assert (entry.title, entry.organization, entry.dates) == (
        "Machine Learning Engineer",
        "Acme Corp",
        "Jan 2021 - Present",
    )
    assert {b.page for b in resume.bullets()} == {1}


def test_sidebar_first_in_reading_order_stays_out_of_experience(tmp_path: Path) -> None:
    resume = extract(pdfs.two_columns(tmp_path / "columns.pdf"))
    by_section: dict[str, list[str]] = {}
    for bullet in resume.bullets():
        by_section.setdefault(bullet.section, []).append(bullet.text)
    # The skills are kept as the section's items: listed, not statements of work.
    assert items(resume) == [
        ("Skills", "skills", text)
        for text in ("Python and SQL", "PyTorch", "Kubernetes", "Airflow", "Grafana")
    ]
    assert "Skills" not in by_section
    assert by_section["Experience"] == [
        "Owned the demand forecasting service used by 300 stores, retrained nightly.",
        "Rebuilt the training pipeline in Airflow, cutting runtime from 6 h to 40 min.",
        "Added drift alerts in Grafana after a holiday spike broke the forecasts.",
    ]


def test_lost_glyphs_found_by_drawn_shape_and_by_layout(tmp_path: Path) -> None:
    assert texts(pdfs.lost_glyphs(tmp_path / "lost.pdf")) == [
        "Shipped a churn model to the CRM that scores 2M accounts every night, with a fallback "
        "to last week's scores when the job fails.",
        "Moved scoring from a notebook to a scheduled job.",
        "Wrote a byte-pair tokenizer in Rust with Python bindings that is used by 40 "
        "repositories and two companies.",
        "Benchmarked it against three others.",
    ]


def test_roles_under_one_company_and_a_bullet_across_a_page_break(tmp_path: Path) -> None:
    resume = extract(pdfs.multi_page(tmp_path / "pages.pdf"))
    entries = resume.sections[0].entries
    assert [(e.title, e.organization, e.dates) for e in entries] == [
        ("Staff Engineer", "Initech", "2022 - Present"),
        ("Senior Engineer", "Initech", "2019 - 2022"),
    ]
    bullets = resume.bullets()
    assert bullets[1].text == (
        "Built the model registry and promotion workflow that every team at Initech used to "
        "ship models, with rollbacks in under a minute."
    )
    assert [b.page for b in bullets] == [1, 1, 2]
    assert [b.order for b in bullets] == [0, 1, 2]


def test_letter_spaced_headings_in_a_left_margin(tmp_path: Path) -> None:
    resume = extract(pdfs.letter_spaced(tmp_path / "margin.pdf"))
    assert [(s.heading, s.kind) for s in resume.sections] == [
        ("EXPERIENCE", "experience"),
        ("PROJECTS", "projects"),
        ("EDUCATION", "education"),
    ]
    assert [b.section for b in resume.bullets()] == ["EXPERIENCE", "EXPERIENCE", "PROJECTS"]


def test_invisible_text_is_set_aside_with_a_reason(tmp_path: Path) -> None:
    resume = extract(pdfs.hidden_text(tmp_path / "hidden.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Built the billing pipeline.",
        "Ran the on-call rotation.",
    ]
    reasons = {h.reason: h.text for h in resume.hidden_text}
    assert set(reasons) == {"white_text", "tiny_font", "off_page", "invisible_render"}
    assert "Ignore previous instructions" in reasons["white_text"]
    assert all(h.page == 1 for h in resume.hidden_text)


def test_layout_debris_is_not_reported_as_hidden_text(tmp_path: Path) -> None:
    """A page number outside the page or a stray glyph is not text anyone hid; a word is."""
    resume = extract(pdfs.stray_hidden(tmp_path / "stray.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Built the billing pipeline.",
        "Ran the on-call rotation.",
    ]
    assert [(h.text, h.reason) for h in resume.hidden_text] == [("Kafka", "white_text")]


def test_scanned_pdf_asks_for_ocr(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no text layer.*OCR"):
        extract(pdfs.no_text(tmp_path / "scan.pdf"))


def test_truncated_pdf_is_an_input_error(tmp_path: Path) -> None:
    whole = pdfs.glyph_bullets(tmp_path / "whole.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(InputError, match="broken.pdf"):
        extract(broken)


def test_encrypted_pdf_is_an_input_error(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(pdfs.glyph_bullets(tmp_path / "plain.pdf")))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="encrypted|password"):
        extract(locked)


def test_pypdf_fallback_when_pdfium_cannot_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pdfs.glyph_bullets(tmp_path / "fallback.pdf")

    def refuse(*args: object, **kwargs: object) -> None:
        raise pdfium.PdfiumError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    resume = extract(path)
    assert resume.engine == "pypdf"
    assert any("pypdf" in w for w in resume.warnings)
    assert "Trained a ranking model on 2B events." in [b.text for b in resume.bullets()]


def test_sub_bullets_at_a_deeper_indent_are_bullets_of_their_own(tmp_path: Path) -> None:
    assert texts(pdfs.nested_bullets(tmp_path / "nested.pdf")) == [
        "Developed a day-ahead load forecasting model that beat the incumbent baseline by 11% "
        "in backtests over two years.",
        "Productionised the forecast as a daily job whose output feeds the trading desk.",
        "Added alerting when the live forecast error exceeds 8%.",
        "Wrote the runbook for it.",
        "Built analyses of smart-meter data for the board.",
    ]


HYPHENATED = [
    "Benchmarked Llama 2, Mistral 7B and Falcon 7B against each other and GPT-3.5 for "
    "extracting fields from broker emails.",
    "Translated the support corpus for the whole team last summer from Spanish-English pairs.",
    "Fine-tuned and then served a ranking model for search as a low-latency real-time service.",
    "Fixed the race condition in the camera driver's frame stamping that caused {} tracking "
    "failures.",
    "Led the team that owned data collection and the labelling tools for the sensing platform, "
    "and the customer-facing rollout of the new search model fine-tuned on clicks.",
]


@pytest.mark.parametrize(
    ("producer", "split_word"),
    [
        # Word processors break lines only at hyphens that are there: "in-termittent" stays.
        ("LibreOffice 7.4", "in-termittent"),
        # TeX hyphenates: a split that is not a known compound is joined.
        ("xdvipdfmx (20211117)", "intermittent"),
        ("pdfTeX-1.40.25", "intermittent"),
    ],
)
def test_line_end_hyphen_kept_or_joined_by_the_more_plausible_word(
    tmp_path: Path, producer: str, split_word: str
) -> None:
    path = pdfs.line_end_hyphens(tmp_path / "hyphens.pdf", producer=producer)
    expected = [text.replace("{}", split_word) for text in HYPHENATED]
    assert texts(path) == expected


@pytest.mark.parametrize(
    "marks", [("1.", "2.", "3)"), ("(i)", "(ii)", "(iii)"), ("(a)", "(b)", "(c)")]
)
def test_numbered_lines_under_a_role_are_bullets(
    tmp_path: Path, marks: tuple[str, str, str]
) -> None:
    resume = extract(pdfs.numbered_items(tmp_path / "numbered.pdf", marks))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "Experience",
            "Moved the billing jobs to Kubernetes, cutting the nightly run from 5 h to 50 min.",
        ),
        ("Experience", "Ran the on-call rotation for payments."),
        ("Experience", "Wrote the incident review template."),
    ]


def test_three_columns_on_shared_baselines_are_read_one_after_another(tmp_path: Path) -> None:
    resume = extract(pdfs.three_columns(tmp_path / "three.pdf"))
    assert items(resume) == [
        ("Skills", "skills", text)
        for text in ("Python and SQL", "PyTorch", "Kubernetes", "Airflow")
    ]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Owned the demand forecasting service used by 300 stores."),
        ("Experience", "Rebuilt the training pipeline, cutting runtime from 6 h to 40 min."),
        ("Experience", "Added drift alerts after a holiday spike broke the forecasts."),
        ("Projects", "Wrote a byte-pair tokenizer in Rust used by 40 repositories."),
        ("Projects", "Built a bus departures app with 150 daily users."),
    ]


def test_wrapped_lines_flush_with_the_glyph_in_a_list_narrower_than_the_page(
    tmp_path: Path,
) -> None:
    resume = extract(pdfs.flush_wraps(tmp_path / "flush.pdf"))
    experience = resume.sections[-1]
    assert [e.heading for e in experience.entries] == [
        "Machine Learning Engineer | Solberg Logistics 2021 - Present",
        # Past the list's edge, a plain line after a finished sentence is not a wrap.
        "Data Scientist at Vinterverk",
    ]
    assert [b.text for b in resume.bullets()] == [
        "Productionized the parcel-volume forecaster as a nightly batch job on Vertex AI that "
        "plans staff for 42 sorting hubs, with a fallback to last week's plan.",
        "Introduced freshness and row-count checks for every forecasting job, ending a run of "
        "silent Monday failures",
        "Cut forecast error from 14.2% to 9.8% by retraining on three years of data.",
        "Trained a defect classifier on 120k weld images and deployed it to edge GPUs on two "
        "assembly lines, where it inspects 9,000 welds per shift.",
    ]


# (lines as drawn, the bullet read back) from a word processor that hyphenates: "correc-" /
# "tions" shows it does, so fragments that are no word are joined; words keep their hyphen.
WORD_PROCESSOR_SPLITS = [
    (
        ["Productionized the parcel forecaster: a nightly batch job that sched-", "ules staff."],
        "Productionized the parcel forecaster: a nightly batch job that schedules staff.",
    ),
    (
        ["Cut forecast error by 30% by retraining a temporal fusion trans-", "former on data."],
        "Cut forecast error by 30% by retraining a temporal fusion transformer on data.",
    ),
    (
        ["Built a labelling workflow for hub managers that feeds 3,000 correc-", "tions back."],
        "Built a labelling workflow for hub managers that feeds 3,000 corrections back.",
    ),
    (
        # A prefix before a word the document uses on its own keeps its hyphen.
        ["Ran A/B tests of inspection thresholds with engineers, cutting re-", "inspection."],
        "Ran A/B tests of inspection thresholds with engineers, cutting re-inspection.",
    ),
    (
        ["Moved all of the forecasting team's nightly and hourly batch-", "oriented jobs."],
        "Moved all of the forecasting team's nightly and hourly batch-oriented jobs.",
    ),
    (
        ["Served the forecaster from an autoscaled pool of four shared GPU-", "accelerated nodes."],
        "Served the forecaster from an autoscaled pool of four shared GPU-accelerated nodes.",
    ),
]
# A document with no sign of hyphenation: a line-end hyphen stays unless the document's own
# words show the joined one ("scheduled" beside "sched-" / "ules").
NO_SPLITS = [
    (
        ["Evaluated the forecaster against a naive seasonal baseline and a few-", "shot prompt."],
        "Evaluated the forecaster against a naive seasonal baseline and a few-shot prompt.",
    ),
    (
        ["Productionized the parcel forecaster: a nightly batch job that sched-", "ules staff."],
        "Productionized the parcel forecaster: a nightly batch job that schedules staff.",
    ),
    (["Moved the hubs to scheduled retraining."], "Moved the hubs to scheduled retraining."),
    (
        ["Fine-tuned a multilingual cross-encoder for the legal search engine's re-", "ranking."],
        "Fine-tuned a multilingual cross-encoder for the legal search engine's re-ranking.",
    ),
]


@pytest.mark.parametrize("cases", [WORD_PROCESSOR_SPLITS, NO_SPLITS])
def test_line_end_hyphens_from_a_word_processor(
    tmp_path: Path, cases: list[tuple[list[str], str]]
) -> None:
    path = pdfs.wrap_hyphens(tmp_path / "hyphens.pdf", [lines for lines, _ in cases])
    assert texts(path) == [text for _, text in cases]


@pytest.mark.parametrize(
    "make", [pdfs.three_columns, pdfs.glyph_bullets, pdfs.hidden_text, pdfs.glyph_per_object]
)
def test_run_starts_match_a_scan_of_every_prefix(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    """The search for where each rectangle starts (first probe guessed from its left edge)
    finds the same characters as counting rectangles over every prefix of the line."""
    from prodgap.readers.pdf import _PDF_LINE, _page_text, _rects, _run_starts

    doc = pdfium.PdfDocument(make(tmp_path / "doc.pdf"))
    try:
        textpage = doc[0].get_textpage()
        raw = textpage.raw
        text = _page_text(textpage)
        for match in _PDF_LINE.finditer(text):
            start, end = match.span()
            rects = _rects(raw, start, end - start)
            counts = [pdfium.raw.FPDFText_CountRects(raw, start, n) for n in range(end - start + 1)]
            # Rectangle k starts at the last character of the shortest prefix counting k + 1.
            expected = [start + counts.index(k + 1) - 1 for k in range(1, len(rects))]
            want = [start] + expected if rects else []
            assert _run_starts(raw, rects, start, end) == want  # the search
            assert _run_starts(raw, rects, start, end, text[start:end]) == want  # glyph by glyph
    finally:
        doc.close()


def test_white_text_on_a_coloured_tab_is_visible_but_not_on_white(tmp_path: Path) -> None:
    resume = extract(pdfs.white_on_colour(tmp_path / "tabs.pdf"))
    headings = ["EXPERIENCE", "PROJECTS", "VOLUNTEERING"]
    assert [s.heading for s in resume.sections if s.entries] == headings
    assert [b.section for b in resume.bullets()] == headings
    assert [h.text for h in resume.hidden_text] == ["• Keyword stuffing on a near-white box."]


def test_dates_and_section_names_in_a_left_margin_belong_to_the_text_beside_them(
    tmp_path: Path,
) -> None:
    resume = extract(pdfs.margin_dates(tmp_path / "margin.pdf"))
    assert [b.section for b in resume.bullets()] == ["EXPERIENCE"] * 4 + ["PROJECTS"] * 2
    experience = next(s for s in resume.sections if s.heading == "EXPERIENCE")
    assert [e.dates for e in experience.entries] == ["2021 – Present", "2018 – 2021"]


def test_glyphs_drawn_one_by_one_keep_their_punctuation(tmp_path: Path) -> None:
    resume = extract(pdfs.glyph_per_object(tmp_path / "skia.pdf"))
    bullets = [b.text for b in resume.bullets()]
    assert bullets == [
        "Shipped the regulator's API, serving 4M requests a day.",
        "Trained a model.",
    ]
    assert resume.sections[0].entries[0].heading == "Senior Engineer, Acme Corp"


def test_icons_beside_contact_details_are_not_bullets(tmp_path: Path) -> None:
    resume = extract(pdfs.icons_beside_contacts(tmp_path / "icons.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Mentored at a weekend coding club and taught thirty students the first steps of "
        "data analysis with Python and SQL (2019–2023).",
        "Ran the club's yearly hackathon.",
    ]


def test_a_table_layout_with_headings_and_dates_in_the_left_cell(tmp_path: Path) -> None:
    resume = extract(pdfs.table_layout(tmp_path / "table.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "Work Experience",
            "Trained a transaction-fraud model with graph features that raised recall at a "
            "fixed false-positive rate from 62% to 79% on the next quarter's data.",
        ),
        (
            "Work Experience",
            "Shipped it behind the payments API, scoring four million transactions a day "
            "within a 20 ms budget, with a fallback to rules when the model times out.",
        ),
        (
            "Work Experience",
            "Supervised two M.Sc. theses: \u201cChurn under price changes\u201d and "
            "\u201cOutage forecasting\u201d.",
        ),
        ("Work Experience", "Taught an internal SQL course attended by 120 colleagues."),
    ]
    headings = [s.heading for s in resume.sections if s.heading]
    assert headings[:3] == ["Work Experience", "Education", "Skills"]
    # A bold row label that is a section name ("Languages") does not make bold role lines
    # of the same look into headings.
    assert "Data Scientist, Meridian Telecom" not in headings


def test_timeline_dots_and_contact_icons_are_not_bullets(tmp_path: Path) -> None:
    resume = extract(pdfs.timeline_and_contact_icons(tmp_path / "designer.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("EXPERIENCE", "Built the referral classifier service."),
        ("EXPERIENCE", "Ran it."),
        ("EXPERIENCE", "Trained a toxicity model on 2.5M comments."),
        ("OPEN SOURCE & SIDE PROJECTS", "Maintain a calibration-plot library."),
        ("OPEN SOURCE & SIDE PROJECTS", "Wrote a drift checker."),
    ]


def test_a_scan_with_an_ocr_layer_is_read_from_that_layer(tmp_path: Path) -> None:
    """The error for a scan without text suggests OCR; what OCR makes must then be read, not
    set aside as invisible text."""
    resume = extract(pdfs.ocr_scan(tmp_path / "scan.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Shipped a fraud model serving 2M requests a day.",
        "Trained a churn model, AUC 0.87.",
    ]
    assert resume.hidden_text == []
    assert any("OCR text layer" in w for w in resume.warnings)


def test_a_wrap_that_opens_with_a_dash_continues_its_bullet(tmp_path: Path) -> None:
    assert texts(pdfs.dash_led_wrap(tmp_path / "dash.pdf")) == [
        "Increased inference throughput three times by exporting the models to ONNX and "
        "\u2014 without adding any new hardware \u2014 batching the requests.",
        "Wrote the model-launch checklist.",
    ]


def test_tex_bold_faces_are_bold() -> None:
    from prodgap.readers.pdf import _bold_name

    assert (
        _bold_name(b"QXCQZE+CMBX12") and _bold_name(b"CMSSBX10") and _bold_name(b"LMRoman12-Bold")
    )
    assert not _bold_name(b"QTWOLN+CMR10") and not _bold_name(b"CMCSC10")


def test_numbered_achievements_are_bullets_but_numbered_publications_are_not(
    tmp_path: Path,
) -> None:
    assert texts(pdfs.numbered_achievements_and_publications(tmp_path / "n.pdf")) == [
        "Cut serving cost 58% with quantization and continuous batching.",
        "Shipped the first on-device speech model, now on 3M devices.",
    ]


def test_a_year_that_wraps_alone_and_a_row_of_capital_cells(tmp_path: Path) -> None:
    resume = extract(pdfs.plain_ats(tmp_path / "ats.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "EXPERIENCE",
            "Designed blue/green deployment for the model servers; zero downtime across 40+ "
            "releases in 2023",
        ),
        ("EXPERIENCE", "Wrote the rollback runbook."),
    ]
    assert items(resume) == [("LANGUAGES", "languages", "Norwegian (native), English (fluent)")]


def test_a_range_of_dates_under_a_full_point_heads_the_next_role(tmp_path: Path) -> None:
    resume = extract(pdfs.next_roles_dates_under_a_point(tmp_path / "dates.pdf"))
    entries = [e for s in resume.sections for e in s.entries]
    assert entries[0].bullets[-1].text.endswith("every quarter; closed")
    assert entries[1].heading.startswith("June 2014 - March 2018")


def test_a_paragraphs_last_line_before_the_sidebar_stays_in_its_sentence(tmp_path: Path) -> None:
    resume = extract(pdfs.paragraph_then_sidebar(tmp_path / "sidebar.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Researched and implemented object tracking for the lab's video feeds using OpenCV, "
        "then tuned the tracker's speed with Intel IPP and OpenMP so that it kept up with four "
        "cameras at once."
    ]


@pytest.mark.parametrize("bold", [False, True])
def test_roles_written_as_paragraphs_give_a_bullet_per_sentence(tmp_path: Path, bold: bool) -> None:
    resume = extract(pdfs.role_paragraphs(tmp_path / "paragraphs.pdf", bold=bold))
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        (
            "Sales Analyst - Harbor Foods Nov 2021 - Jul 2023",
            "Built the weekly sales dashboard in Power BI that 40 store managers use, e.g. to "
            "plan staff.",
        ),
        (
            "Sales Analyst - Harbor Foods Nov 2021 - Jul 2023",
            "Automated the stock report in Python, saving four hours a week.",
        ),
        (
            "Sales Analyst - Harbor Foods Nov 2021 - Jul 2023",
            "Worked with the U.S. team on pricing experiments.",
        ),
        (
            "Data Intern - Northside Partnership Sep 2020 - Dec 2021",
            "Cleaned survey data for the annual member report and presented the findings to "
            "the board.",
        ),
    ]
    # The summary paragraph and the skills line are not statements of work under a role.
    assert {b.section for b in resume.bullets()} == {"Work Experience"}


def test_margin_headings_and_headings_set_apart_by_space(tmp_path: Path) -> None:
    resume = extract(pdfs.margin_headings(tmp_path / "margin.pdf"))
    assert [(b.section, b.section_kind, b.text) for b in resume.bullets()] == [
        (
            "EXPERIENCE",
            "experience",
            "Managed the checkout services that 2M customers use every month.",
        ),
        ("EXPERIENCE", "experience", "Cut the error rate of the payment API by 23%."),
        ("Projetos", "projects", "Built a bus departures app used by 150 riders a day."),
    ]
    assert resume.sections[-2].entries[0].heading.startswith("Software Engineer")


def test_a_text_layer_of_symbols_is_refused_like_a_scan(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unreadable.*run OCR"):
        extract(pdfs.unmapped_font(tmp_path / "symbols.pdf"))


def test_glyph_names_of_a_type3_font_are_read_where_pdfium_reads_no_letters(
    tmp_path: Path,
) -> None:
    resume = extract(pdfs.type3_glyph_names(tmp_path / "scribus.pdf"))
    assert resume.engine == "pypdf"
    assert any("read no letters" in warning for warning in resume.warnings)
    assert [b.text for b in resume.bullets()] == [
        "Built the billing service that three hundred stores use every night.",
        "Moved the nightly reports to Airflow and cut their failures by half.",
        "Wrote the runbook that the support team follows during outages.",
        "Rebuilt the warehouse loader so that late files no longer stop it.",
    ]


def test_columns_under_a_contact_row_that_spans_the_page(tmp_path: Path) -> None:
    resume = extract(pdfs.two_columns_under_a_contact_row(tmp_path / "altacv.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Trained a churn model on 2M rows of usage data."),
        ("Experience", "Wrote the weekly report the sales team reads."),
        ("Projects", "Built a bus departures app used by 150 riders a day."),
        ("Projects", "Deployed it on a small VPS with nightly backups."),
    ]


def test_dates_in_a_left_margin_stay_out_of_the_text(tmp_path: Path) -> None:
    resume = extract(pdfs.dates_beside_items(tmp_path / "dates.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Elaboration de nouveaux systèmes de tri pour la détection des défauts internes des "
        "fruits, vendus à 40 coopératives.",
        "Développement d'un modèle numérique standardisé pour l'interprétation des données "
        "géochimiques du laboratoire.",
    ]


def test_in_a_bold_body_a_regular_label_does_not_cut_a_bullet(tmp_path: Path) -> None:
    resume = extract(pdfs.bold_body_with_regular_labels(tmp_path / "bold.pdf"))
    assert resume.bullets()[-1].text == (
        "CONSULTING: Supplemented the A/B test results of the team with segment breakdowns and "
        "linear models for product managers."
    )


def test_a_role_heading_under_a_finished_bullet_is_not_its_wrap(tmp_path: Path) -> None:
    resume = extract(pdfs.heading_after_a_full_bullet(tmp_path / "next.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Delivered thirteen talks at national and international conferences on trade and the "
        "welfare effects of tariffs on farmers across the region.",
        "Designed a consumer preference survey for 400 shoppers.",
    ]


@pytest.mark.parametrize("place", [True, False])
def test_an_employer_row_set_apart_by_size_and_a_right_edge_part_is_not_a_wrap(
    tmp_path: Path, place: bool
) -> None:
    fixture = pdfs.org_row_under_a_bullet_flush_with_its_glyph(tmp_path / "org.pdf", place)
    resume = extract(fixture)
    assert resume.bullets()[-1].text == (
        "Integrated the compression framework into the transformers library, cutting memory by 70%"
    )


def test_a_subtitle_above_a_project_list_heads_the_entry(tmp_path: Path) -> None:
    resume = extract(pdfs.subtitled_projects(tmp_path / "subtitles.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Parses harbour tide tables from 12 national agencies into one schema.",
        "Ran the shipment data platform for the planning team.",
        "Moved the nightly loads from cron scripts to Airflow with retries.",
    ]
    assert (
        resume.sections[0]
        .entries[0]
        .heading.endswith("Tide table library with a small query syntax")
    )


def test_a_bulleted_role_row_with_dates_at_the_edge_does_not_wrap_on(tmp_path: Path) -> None:
    resume = extract(pdfs.bulleted_role_rows(tmp_path / "roles.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Own the billing service from design to release, with a canary stage that rolls back on "
        "its own when the error rate climbs.",
        "Keep the RPM packages current.",
        "Wrote the user guides for the scheduling app.",
    ]


def test_a_paragraph_does_not_run_on_into_lines_of_another_size(tmp_path: Path) -> None:
    resume = extract(pdfs.dated_role_lines(tmp_path / "roles.pdf", dated=False))
    assert (
        "Conception et développement des outils de planification des tournées de livraison pour "
        "les trois entrepôts, avec leurs tests et leur intégration continue."
    ) in [b.text for b in resume.bullets()]


def test_a_line_led_by_its_dates_and_a_dash_heads_a_role(tmp_path: Path) -> None:
    resume = extract(pdfs.dated_role_lines(tmp_path / "roles.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Conception et développement des outils de planification des tournées de livraison pour "
        "les trois entrepôts, avec leurs tests et leur intégration continue.",
        "Portage du moteur de rendu vers Vulkan.",
        "Écriture des outils de build.",
    ]
    assert resume.sections[0].entries[1].heading.startswith("Septembre 2016 à février 2021")


def test_a_heading_of_names_over_lines_above_a_list_is_no_bullet(tmp_path: Path) -> None:
    resume = extract(pdfs.programme_above_its_list(tmp_path / "programme.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Updated the prices of 200 articles in the ERP system every month.",
        "Answered about 120 customer inquiries a month, invoicing through the CRM.",
        "Checked the incoming goods against their orders.",
    ]
    assert resume.sections[0].entries[0].heading.endswith("Practical training at Weser Beverages")


def test_a_personal_details_block_in_the_left_cell_keeps_the_table(tmp_path: Path) -> None:
    resume = extract(pdfs.personal_details_in_the_left_cell(tmp_path / "table.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Professional Experience", "Updated the prices of 200 articles in the ERP system."),
        ("Professional Experience", "Checked incoming goods."),
        ("Professional Experience", "Ran two extrusion lines in three shifts."),
        ("Professional Experience", "Trained four new operators."),
    ]


def test_a_wrap_that_opens_with_a_symbol_goes_on_with_its_bullet(tmp_path: Path) -> None:
    resume = extract(pdfs.wrap_before_a_symbol(tmp_path / "plus.pdf"))
    assert resume.bullets()[0].text == (
        "Won the college's innovation award for the enrolment forecast; 20 winners out of "
        "10,000 + employees in 2019."
    )
    assert len(resume.bullets()) == 3


def test_a_sentence_that_ends_with_its_years_in_brackets_is_a_bullet(tmp_path: Path) -> None:
    resume = extract(pdfs.dated_sentence_in_a_paragraph(tmp_path / "dated.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Built the nightly loads of the shipment warehouse in Airflow, with retries.",
        "Mentored an apprentice through her training for two years (2019-2021).",
        "Wrote the runbook the on-call team still uses.",
    ]


def test_each_line_of_a_hanging_list_of_projects_is_a_bullet(tmp_path: Path) -> None:
    resume = extract(pdfs.hanging_project_list(tmp_path / "projects.pdf"))
    assert [b.text for b in resume.bullets() if b.section == "Projects"] == [
        "Tidewater Tide table library that reads the harbour tables of twelve national agencies.",
        "Gullwing Flight log parser for glider loggers with a small web viewer.",
        "Homelab Homelab Services and Backups managed by Ansible.",
        "Kestrel Kotlin Client for the Open Trails API, with offline maps.",
    ]


def test_a_place_in_small_type_beside_a_role_makes_it_a_role_line() -> None:
    """A role line that reads like a sentence with its school in small type just after it (a
    cell of its own, so a segment of its own), then the role's sentences."""

    def row(text: str, x0: float, top: float, size: float = 10.0) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 4.6 * len(text), top=top, bottom=top + size, page=1,
                    size=size)  # fmt: skip

    segments = [
        row("Projects", 60, 50, size=13),
        row("Lead of a student project with a team of seven", 130, 72),
        row("Polytech Lyon", 130 + 4.6 * 47 + 5, 72.5, size=8),
        row("Founded a small brewery on campus and ran its tasting panel.", 130, 85),
        row("Scaled the recipe from 20 to 200 litres a batch.", 130, 98),
    ]
    lines = order_page(segments, 612)
    assert lines[1].text == "Lead of a student project with a team of seven\tPolytech Lyon"
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Founded a small brewery on campus and ran its tasting panel.",
        "Scaled the recipe from 20 to 200 litres a batch.",
    ]


def _word_runs(words: list[tuple[str, float, float]], size: float = 10.0):
    from prodgap.readers.pdf import _Run

    return [_Run(text, left, 700.0, right, 708.0, size, False) for text, left, right in words]


def test_a_space_left_out_between_two_word_objects_is_put_back() -> None:
    """XeTeX draws each word as a text object and may leave the space out; PDFium does not
    always put it back. A space's width between two words is a space."""
    from prodgap.readers.pdf import _joined

    runs = _word_runs(
        [("Scheduled ", 60.0, 101.0), ("for", 104.0, 116.0), ("the ", 118.5, 131.5)]
        + [("billing", 134.0, 160.0), ("(Airflow,", 162.3, 198.0), ("dbt).", 200.4, 218.0)]
    )
    assert _joined(runs) == "Scheduled for the billing (Airflow, dbt)."


def test_glyphs_and_stops_drawn_apart_are_not_split_into_words() -> None:
    """Where every glyph is a run of its own (Chromium), a wide glyph box gap inside a word is
    not a space; a full stop is never a word of its own; nor is a ligature's glyph."""
    from prodgap.readers.pdf import _joined

    glyphs = _word_runs([("1", 60.0, 63.0), ("8", 65.8, 70.0), ("k", 70.5, 75.0)])
    assert _joined(glyphs) == "18k"
    stop = _word_runs([("Effect Sizes", 60.0, 110.0), (". Invited", 112.6, 150.0)])
    assert _joined(stop) == "Effect Sizes. Invited"
    ligature = _word_runs([("fi", 60.0, 66.0), ("nancial", 68.4, 100.0)])
    assert _joined(ligature) == "financial"


def test_chinese_spread_by_justification_gets_no_space_between_its_characters() -> None:
    """Justified Chinese or Japanese widens the gaps between characters to fill the line; a
    gap there is no word space ("支持展览内容", not "支持展览 内容"). Latin words beside them
    still get theirs."""
    from prodgap.readers.pdf import _joined

    spread = _word_runs([("负责筹备，支持展览", 60.0, 150.0), ("内容与空间", 153.0, 203.0)])
    assert _joined(spread) == "负责筹备，支持展览内容与空间"
    mixed = _word_runs([("使用", 60.0, 80.0), ("React", 83.0, 110.0), ("开发", 113.0, 133.0)])
    assert _joined(mixed) == "使用 React 开发"


def test_a_run_drawn_after_a_line_but_left_of_it_is_a_segment_of_its_own() -> None:
    """Design tools draw a sidebar's heading after the main column's line on its baseline:
    joined, the line would cross the gutter and hide the two columns."""
    from prodgap.readers.pdf import _segments

    runs = _word_runs(
        [("Ran a home cluster of four boards", 200.0, 380.0), ("STRENGTHS", 43.0, 98.0)]
    )
    assert [(s.text, s.x0) for s in _segments(runs, 792.0, 1)] == [
        ("Ran a home cluster of four boards", 200.0),
        ("STRENGTHS", 43.0),
    ]


def test_dash_led_lines_broken_by_hand_under_a_typed_rule(tmp_path: Path) -> None:
    resume = extract(pdfs.tight_dash_lines(tmp_path / "design.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "Experience",
            "Forecast the weekly container volumes for the port's planning team & compared "
            "three seasonal baselines",
        ),
        (
            "Experience",
            "Built a small dashboard in Streamlit to help the berth schedulers non-technical "
            "staff read the forecasts",
        ),
        ("Experience", "Cleaned ten years of crane logs."),
    ]


def test_role_titles_in_the_look_of_skills_box_labels_are_not_sections(tmp_path: Path) -> None:
    resume = extract(pdfs.labels_in_a_skills_box(tmp_path / "labels.pdf"))
    headings = [s.heading for s in resume.sections]
    assert "Data Science Intern" not in headings and "Junior ML Engineer" not in headings
    assert [(b.section, b.entry) for b in resume.bullets()] == [
        ("PROFESSIONAL EXPERIENCE", "Data Science Intern | Tern Labs"),
        ("PROFESSIONAL EXPERIENCE", "Junior ML Engineer | Harbour Analytics"),
    ]


def test_a_heading_wrapped_in_a_narrow_column_is_one_heading(tmp_path: Path) -> None:
    resume = extract(pdfs.wrapped_headings(tmp_path / "narrow.pdf"))
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("EXPERIÊNCIA PROFISSIONAL", "experience"),
        ("COMPÉTENCES TECHNIQUES", "skills"),
    ]
    assert [b.text for b in resume.bullets()] == ["Automatizei o relatório semanal de cargas."]


def test_accents_drawn_after_their_letters_go_back_on_them(tmp_path: Path) -> None:
    """Some TeX fonts draw "é" as "e" and the accent over it a word later in the stream;
    read in stream order that is "Developpe des ´ ´ outils". The accent's box says where it
    goes, and the spaces around the displaced accent are not the text's."""
    resume = extract(pdfs.accents_drawn_late(tmp_path / "accents.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Développé des outils de contrôle qualité utilisés par l'équipe.",
        "Réécrit le système de déploiement à chaud.",
    ]


def test_accents_drawn_before_their_letters_go_on_them(tmp_path: Path) -> None:
    """A TeX font without "è" draws "`" and then "e" under it: read in stream order that is
    "ing`ere"; the accent's box says it belongs to the next letter."""
    resume = extract(pdfs.accents_drawn_first(tmp_path / "accents.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Conçu le système qui ingère les fichiers à la volée.",
        "Livré après la recette.",
    ]


@pytest.mark.parametrize("label", ["Highlights", "Roles and Responsibilities"])
def test_a_highlights_sub_heading_under_each_role_is_not_a_section(
    tmp_path: Path, label: str
) -> None:
    """ "Highlights", set like a heading under every role, heads that role's list: the points
    stay under their role in the work section, and the paragraph still gives its sentence."""
    resume = extract(pdfs.highlights_under_each_role(tmp_path / "json-resume.pdf", label))
    assert [s.heading for s in resume.sections if s.heading] == ["Work", "Education"]
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        (
            "Tern Logistics 2021-03-01 — Present",
            "Built the parcel tracking service for the courier app.",
        ),
        ("Tern Logistics 2021-03-01 — Present", "Added live delivery windows"),
        ("Tern Logistics 2021-03-01 — Present", "Fixed the duplicate scan bug"),
        ("Harbour Analytics 2018-01-01 — 2021-02-28", "Maintained the berth planning dashboards."),
        ("Harbour Analytics 2018-01-01 — 2021-02-28", "Moved the reports to Airflow"),
    ]


def test_glyphs_that_pdfium_gives_a_line_each_join_into_their_word() -> None:
    """Chromium's letter-spaced chips come out of PDFium one glyph a line; on one baseline and
    closer than a space they are one word ("JavaScript"), a space's gap apart two."""
    from prodgap.readers.columns import order_page

    def glyph(text: str, x0: float, width: float = 4.0) -> Line:
        return Line(text=text, x0=x0, x1=x0 + width, top=100, bottom=108, page=1, size=10.0)

    word = [glyph(ch, 60 + 5 * i) for i, ch in enumerate("Java")]
    after_space = [glyph(ch, 60 + 5 * 4 + 3 + 5 * i) for i, ch in enumerate("Vue")]
    lines = order_page([*word, *after_space], 612)
    assert [line.text for line in lines] == ["Java Vue"]


def test_a_wide_gap_in_one_row_of_words_is_no_column() -> None:
    """Right-to-left text comes out of PDFium a word at a time; a justified line's widest gap
    can pass for a gutter, and once the row that runs across it is set aside, one side holds
    nothing. That is no pair of columns: the row is read as any other (this once stopped the
    whole file's reading)."""
    words = [("tea", 432.4, 448.3), ("road", 405.0, 426.9), ("lamp", 379.7, 402.1),
             ("at", 366.0, 376.4), ("sun", 342.5, 362.4), ("garden", 247.6, 280.0),
             ("ink", 221.9, 241.7)]  # fmt: skip
    row = [Line(text=t, x0=a, x1=b, top=233, bottom=243, page=1, size=10.0) for t, a, b in words]
    read = " ".join(line.text for line in order_page(row, 595)).split()
    assert read == ["ink", "garden", "sun", "at", "lamp", "road", "tea"]


def test_a_right_to_left_row_reads_from_its_right_edge() -> None:
    """Persian set a word at a time: the row reads from the right, and a run of English words
    inside it ("React Native") keeps its own left-to-right order."""
    words = [("ساختم", 470, 500), ("را", 455, 466), ("React", 405, 432), ("Native", 436, 451),
             ("با", 390, 400), ("اپلیکیشن", 340, 386)]  # fmt: skip
    row = [Line(text=t, x0=a, x1=b, top=100, bottom=110, page=1, size=10.0) for t, a, b in words]
    assert [line.text for line in order_page(row, 595)] == ["ساختم را React Native با اپلیکیشن"]


def _resume_of(lines: list[Line]) -> Resume:
    """The resume a PDF reader's lines make."""
    return build_resume(ReadResult(lines=lines, engine="test"), source="x.pdf", file_type="pdf")


def _set_line(
    text: str,
    top: float,
    size: float = 9.0,
    bold: bool = False,
    x0: float = 80,
    x1: float = 0,
    page: int = 1,
) -> Line:
    """A line as a reader gives it, on page one unless told, 4.6 points a character wide unless
    told."""
    right = x1 or x0 + 4.6 * len(text)
    return Line(text=text, x0=x0, x1=right, top=top, bottom=top + size, page=page, size=size,
                bold=bold)  # fmt: skip


def _segment(text: str, x0: float, top: float, size: float = 9.0, bold: bool = False) -> Line:
    """A segment of page one as PDFium gives it, half its size a character wide."""
    return Line(text=text, x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top + size,
                page=1, size=size, bold=bold)  # fmt: skip


def test_a_wrap_broken_early_or_set_in_bold_goes_on_with_its_bullet() -> None:
    """Word keeps a line break the writer typed, and a run's bold over it: a bullet that stops
    on a comma or a word no sentence ends on goes on under its text, so does a line in lower
    case, and the bold end of a sentence under a full line; a bold role below a finished
    bullet does not."""
    row = _set_line
    lines = [
        row("EXPERIENCE", 50, size=12, bold=True),
        row("Platform Engineer, Tern Labs", 70, bold=True),
        row("• Designed the deploy pipeline of the booking service using Helm, Argo CD,", 84),
        row("Terraform and Vault.", 96, x0=87),
        row("• Wrote the incident runbook that the on-call team follows, alerting with", 108),
        row("Grafana and PagerDuty.", 120, x0=87, bold=True),
        row("• Moved the nightly exports of the billing data to a managed queue with", 132),
        row("retries and dead letters.", 144, x0=87, bold=True),
        row(
            "• Cut the build time of the payments service in half by caching layers in GitHub",
            156,
            x1=521,
        ),
        row("Actions.", 168, x0=87, bold=True),
        row("Data Engineer, Harbour Analytics", 186, bold=True),
        row("• Kept the berth planning dashboards fresh for the harbour masters.", 200),
    ]
    for line in lines:
        line.right = 520
    resume = _resume_of(lines)
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        ("Platform Engineer, Tern Labs", "Designed the deploy pipeline of the booking service "
         "using Helm, Argo CD, Terraform and Vault."),
        ("Platform Engineer, Tern Labs", "Wrote the incident runbook that the on-call team "
         "follows, alerting with Grafana and PagerDuty."),
        ("Platform Engineer, Tern Labs", "Moved the nightly exports of the billing data to a "
         "managed queue with retries and dead letters."),
        ("Platform Engineer, Tern Labs", "Cut the build time of the payments service in half by "
         "caching layers in GitHub Actions."),
        ("Data Engineer, Harbour Analytics",
         "Kept the berth planning dashboards fresh for the harbour masters."),
    ]  # fmt: skip


def test_wraps_spaced_like_items_a_range_cut_at_its_dash_and_a_finished_bullet() -> None:
    """Some lists space a bullet's wrap as widely as the next item: a full line whose sentence
    goes on in lower case continues across the gap, and a range of numbers cut at its dash
    ("(6-" / "12 months") joins without a space; a bold role after a finished bullet, and a
    link below a short one, stay apart."""
    row = _set_line
    lines = [
        row("EXPERIENCE", 40, size=12, bold=True),
        row("IT Technician, Tern Labs", 64, size=10, bold=True),
        row("• Deployed the phone system of the head office for 200 employees, cutting", 84,
            size=10, x1=521),
        row("the wait for a free line by half.", 104, size=10, x0=90),
        row("• Cut the onboarding time of new hires by half, from a year (6-", 124, size=10,
            x1=521),
        row("12 months) to a quarter.", 135, size=10, x0=90),
        row("• Streamed the office's weekly town hall.", 164, size=10),
        row("https://example.com/town-hall-archive-of-every-recording", 184, size=10, x0=90),
        row("Data Engineer, Harbour Analytics", 210, size=10, bold=True),
        row("• Kept the berth planning dashboards fresh for the harbour masters.", 230, size=10),
    ]  # fmt: skip
    for line in lines:
        line.right = 520
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Deployed the phone system of the head office for 200 employees, cutting the wait for a "
        "free line by half.",
        "Cut the onboarding time of new hires by half, from a year (6-12 months) to a quarter.",
        "Streamed the office's weekly town hall.",
        "Kept the berth planning dashboards fresh for the harbour masters.",
    ]


def test_a_justified_line_is_one_phrase_and_a_row_of_chips_stays_cells() -> None:
    """Justified text spreads a line's words as far apart as a row's cells; the small words
    of a sentence among its parts show it is one phrase."""

    def spread(words: list[str], top: float) -> list[Line]:
        parts, x = [], 60.0
        for word in words:
            parts.append(_segment(word, x, top))
            x = parts[-1].x1 + 12.3
        return parts

    wide = "Kept the berth planning dashboards fresh for the harbour masters."
    prose = [_segment(wide, 60, 28 + 12 * n) for n in range(6)]
    sentence = spread(["Redesigned", "and", "rebuilt", "a new", "version", "of the app"], 100)
    chips = spread(["Flutter", "CI/CD", "Kotlin", "iOS", "Android"], 112)
    lines = order_page([*prose, *sentence, *chips], 612)
    assert [line.text for line in lines][6:] == [
        "Redesigned and rebuilt a new version of the app",
        "Flutter\tCI/CD\tKotlin\tiOS\tAndroid",
    ]


def test_two_sections_side_by_side_in_the_middle_of_a_page_are_read_one_after_the_other() -> None:
    """A band of two sections headed on one row ("Languages" beside "Sample projects", a name
    we do not know set in the same look), full-width text above and below: each side is read
    whole, and the heading after the band closes it; a row of a skills table's labels
    ("Languages:" beside "Tools:") is no such band."""

    def band(
        headings: tuple[str, str], size: float, left: list[str], right: list[str]
    ) -> list[Line]:
        """Two paragraphs of full width, then two headings side by side and their lists."""
        wide = "Kept the berth planning dashboards of the harbour fresh for the masters."
        rows = [_segment(wide, 56, 40), _segment(wide, 56, 52)]
        rows += [
            _segment(h, x, 80, size=size, bold=True)
            for h, x in zip(headings, (56, 290), strict=True)
        ]
        rows += [_segment(text, 70, 100 + 12 * n) for n, text in enumerate(left)]
        return rows + [_segment(text, 304, 100 + 12 * n) for n, text in enumerate(right)]

    segments = band(
        ("Languages", "Sample projects"),
        14,
        ["Spanish (native)", "English (fluent)"],
        ["Forecasting demand with RNNs.", "Recommending products with ALS.",
         "Classifying scans with CNNs."],
    )  # fmt: skip
    segments += [
        _segment("Awards", 56, 150, size=14, bold=True),
        _segment("Second place in a logic contest held by the academy in 2018.", 56, 170),
    ]
    texts = [line.text for line in order_page(segments, 612)]
    assert texts[2:] == [
        "Languages",
        "Spanish (native)",
        "English (fluent)",
        "Sample projects",
        "Forecasting demand with RNNs.",
        "Recommending products with ALS.",
        "Classifying scans with CNNs.",
        "Awards",
        "Second place in a logic contest held by the academy in 2018.",
    ]
    labels = band(
        ("Languages:", "Tools:"), 11, ["Python, SQL", "Go, Rust"], ["Airflow, dbt", "Grafana"]
    )
    assert [line.text for line in order_page(labels, 612)][2:4] == [
        "Languages:\tTools:",
        "Python, SQL\tAirflow, dbt",
    ]


def test_a_section_name_wrapped_over_three_lines_of_a_left_margin_is_one_label() -> None:
    """ "Work &" / "Research" / "Experience" stacked in a margin's bold type, beside a role:
    one section's name. Read as three labels, they were too close together for a margin and
    the page became a sidebar of headings beside a column of text that lost them all."""
    segments = [
        _segment("WORK &", 40, 60, bold=True),
        _segment("RESEARCH", 40, 72, bold=True),
        _segment("EXPERIENCE", 40, 84, bold=True),
        _segment("Data Engineer, Example Freight Co   2021 - 2023", 160, 60),
        _segment("Harbour City", 160, 72),
        _segment("Team lead: Dana Example", 160, 84),
        _segment("Moved the nightly loads to an incremental pipeline that the", 160, 100),
        _segment("dispatch team reads every morning.", 160, 112),
        _segment("Research Assistant, Example University   2019 - 2021", 160, 136),
        _segment("Built the lab's annotation tool, used by twelve students.", 160, 150),
        _segment("SKILLS", 40, 180, bold=True),
        _segment("Python, SQL, Airflow", 160, 180),
    ]
    texts = [line.text for line in order_page(segments, 612)]
    assert texts[0] == "WORK & RESEARCH EXPERIENCE"
    assert texts.index("SKILLS") == len(texts) - 2  # after all the work, not beside its names


def test_a_range_of_dates_wrapped_in_the_margin_is_one_line_and_spares_the_text() -> None:
    """ "2018-07-01 to" / "2020-07-01" in a narrow margin: one range, read where it starts; its
    end, read as a row of its own, cut the paragraph beside it in two."""
    segments = [
        _segment("Experience", 126, 80, size=12, bold=True),
        _segment("2018-07-01 to", 126, 100, size=7, bold=True),
        _segment("Working with large enterprise customers in the Toronto area to", 227, 99),
        _segment("2020-07-01", 131, 109, size=7, bold=True),
        _segment("help them architect hybrid cloud platforms with load balancers.", 227, 112),
        _segment("2014-06-01 to", 126, 140, size=7, bold=True),
        _segment("Sold network services to Canadian providers and trained their", 227, 139),
        _segment("2018-07-01", 131, 149, size=7, bold=True),
        _segment("engineers on carrier grade firewalls and application delivery.", 227, 152),
    ]
    texts = [line.text for line in order_page(segments, 612)]
    assert texts[1:4] == [
        "2018-07-01 to 2020-07-01",
        "Working with large enterprise customers in the Toronto area to",
        "help them architect hybrid cloud platforms with load balancers.",
    ]
    assert texts[4] == "2014-06-01 to 2018-07-01"


def test_a_duration_under_a_roles_dates_joins_them_not_the_text() -> None:
    """ "05.2021 – now" / "6 months" beside a role: how long the role lasted, part of its dates,
    however short the text beside it ("Churn prediction.")."""
    segments = [
        _segment("Experience", 215, 20, size=12, bold=True),
        _segment("05.2021 – now", 215, 50),
        _segment("Data Scientist at Example Games, Warsaw", 310, 50),
        _segment("6 months", 215, 62),
        _segment("Churn prediction.", 310, 62),
        _segment(
            "Built the churn model that the marketing team runs before each campaign.", 215, 74
        ),
        _segment("08.2020 – 04.2021", 215, 90),
        _segment("Machine Learning Engineer at Example Start", 310, 90),
        _segment("8 months", 215, 102),
        _segment("Built the news recommender that the app's readers see first.", 310, 102),
    ]
    texts = [line.text for line in order_page(segments, 612)]
    assert texts[1:4] == [
        "05.2021 – now 6 months",
        "Data Scientist at Example Games, Warsaw",
        "Churn prediction.",
    ]
    assert texts[5:8] == [
        "08.2020 – 04.2021 8 months",
        "Machine Learning Engineer at Example Start",
        "Built the news recommender that the app's readers see first.",
    ]


def test_section_names_in_a_left_margin_beside_a_wrap_ending_on_one() -> None:
    """Headings and dates in a left margin beside the text they head; a wrap in the text that
    ends on a section's name ("... and user" / "experience.") is no heading of the text's own."""

    segments = [
        _segment("Professional Skills", 40, 60),
        _segment("Summary", 40, 72),
        _segment("Python, SQL and Terraform for the ticket tooling", 200, 60),
        _segment("Grafana dashboards and on-call runbooks", 200, 72),
        _segment("Work Experience", 40, 100),
        _segment("2021 – Present", 40, 112),
        _segment("Support Engineer at Tern Labs", 200, 100),
        _segment(
            "Moved the help desk to a ticket queue for faster answers and a better user", 200, 114
        ),
        _segment("experience.", 200, 126),
        _segment("Rebuilt the status page that customers check during outages.", 200, 140),
        _segment("Education", 40, 170),
        _segment("2017 – 2021", 40, 182),
        _segment("BSc Computer Science, Harbour University", 200, 170),
        _segment("Graduated with a thesis on log search in small teams.", 200, 184),
    ]
    texts = [line.text for line in order_page(segments, 612)]
    assert texts[0] == "Professional Skills Summary"  # one label, wrapped over two lines
    assert texts[3:6] == ["Work Experience", "Support Engineer at Tern Labs", "2021 – Present"]
    assert texts.index("Education") == 9


def test_a_heading_of_five_words_joined_by_by_is_a_section_in_the_headings_look() -> None:
    """ "Relevant Experience by Skill Set", set like "Core Competencies", heads the work below;
    "by" joins its names as "&" does. A project's title of five words ("PLUGIN FOR SPEECH
    RECOGNITION IN UNITY") stays its entry."""
    row = _set_line
    lines = [
        row("Core Competencies", 40, size=15, bold=True),
        row("• Drilling and completion operations", 62),
        row("Relevant Experience by Skill Set", 90, size=15, bold=True),
        row("Field Engineer at Tern Drilling", 112, bold=True),
        row("• Installed completion equipment on site for workover projects.", 126),
        row("Projects", 160, size=15, bold=True),
        row("PLUGIN FOR SPEECH RECOGNITION IN UNITY", 182, bold=True),
        row("• Wrote an Android plugin that turns speech into text for games.", 196),
    ]
    resume = _resume_of(lines)
    assert [(b.section, b.entry) for b in resume.bullets()] == [
        ("Relevant Experience by Skill Set", "Field Engineer at Tern Drilling"),
        ("Projects", "PLUGIN FOR SPEECH RECOGNITION IN UNITY"),
    ]


def test_a_tools_label_in_the_body_look_under_a_role_does_not_open_a_skills_section() -> None:
    """LinkedIn-like exports label a role's tools ("Technologies:") in the body's look, with
    space around it, where the section names are large and bold: the role's statements below
    stay the role's, and the skills section set like the other headings is one."""
    row = _set_line
    lines = [
        row("Experience", 40, size=14, bold=True),
        row("Senior Engineer | Tern Lending | Mar 2022 - Jul 2022", 62, size=10),
        row("Technologies:", 88, size=10),
        row("- NodeJS, TypeScript, Go, AWS", 102, size=10),
        row("Responsibilities:", 128, size=10),
        row("- Designed the loan pricing service used by every branch.", 142, size=10),
        row("Skills", 172, size=14, bold=True),
        row("Python, SQL, Terraform", 194, size=10),
    ]
    resume = _resume_of(lines)
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Designed the loan pricing service used by every branch."),
    ]
    assert [s.heading for s in resume.sections if s.heading] == ["Experience", "Skills"]


def test_a_wrap_after_a_preposition_in_another_language_goes_on_with_its_bullet() -> None:
    """German sets nouns in capitals, so a wrap after "über" opens in upper case like a new
    line would; the word before the break ("über", "mit", "con") is what no sentence ends on,
    and so is a compound broken at its hyphen ("Presse-" / "Einführungen")."""
    row = _set_line
    lines = [
        row("BERUFSERFAHRUNG", 50, size=12, bold=True),
        row("IT-Administrator, Beispiel GmbH", 70, bold=True),
        row("• Wartung von 60 Arbeitsplätzen und der Telefonanlage über", 84, x1=400),
        row("Fernwartung und vor Ort.", 96, x0=87),
        row("• Einrichtung der Datensicherung für alle Standorte mit", 108, x1=380),
        row("Veeam und einem zweiten Rechenzentrum.", 120, x0=87),
        row("• Schulung von 40 Mitarbeitenden im neuen Ticketsystem.", 132),
        row("Administrador de sistemas, Ejemplo SA", 150, bold=True),
        row("• Automaticé los despliegues de 12 servicios con", 164, x1=330),
        row("Ansible y GitLab CI.", 176, x0=87),
        row("• Planung der Kundendemos für Presse-", 188, x1=300),
        row("Einführungen mit dem Vertrieb.", 200, x0=87),
    ]
    for line in lines:
        line.right = 520
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Wartung von 60 Arbeitsplätzen und der Telefonanlage über Fernwartung und vor Ort.",
        "Einrichtung der Datensicherung für alle Standorte mit Veeam und einem zweiten "
        "Rechenzentrum.",
        "Schulung von 40 Mitarbeitenden im neuen Ticketsystem.",
        "Automaticé los despliegues de 12 servicios con Ansible y GitLab CI.",
        "Planung der Kundendemos für Presse-Einführungen mit dem Vertrieb.",
    ]


def test_project_titles_in_the_smaller_heading_look_are_entries_of_projects() -> None:
    """Two heading looks: sections in a large one, a list's heading ("LANGUAGES") in a
    smaller bold one that the projects' titles share. Under "PROJECTS" a title in the smaller
    look names a project, not a section; "SOFT SKILLS" in it still heads a section."""
    row = _set_line
    lines = [
        row("PROJECTS", 50, size=16),
        row("ROUTE PLANNER FOR BIKE COURIERS", 72, size=12, bold=True),
        row("A web app that plans courier routes around closed streets.", 88, x0=80),
        row("HARBOUR TIDE WIDGET", 108, size=12, bold=True),
        row("A phone widget that shows the next high tide for 40 harbours.", 124, x0=80),
        row("SOFT SKILLS", 144, size=12, bold=True),
        row("Patience, Curiosity", 160, x0=80),
        row("EDUCATION", 184, size=16),
        row("BSc Computing, Example University, 2021", 204, x0=80),
        row("LANGUAGES", 224, size=12, bold=True),
        row("English, Welsh", 240, x0=80),
    ]
    resume = _resume_of(lines)
    assert [(b.section, b.entry, b.text) for b in resume.bullets()] == [
        ("PROJECTS", "ROUTE PLANNER FOR BIKE COURIERS",
         "A web app that plans courier routes around closed streets."),
        ("PROJECTS", "HARBOUR TIDE WIDGET",
         "A phone widget that shows the next high tide for 40 harbours."),
    ]  # fmt: skip
    assert "SOFT SKILLS" in [section.heading for section in resume.sections]


def test_hash_marks_and_marks_typed_twice_open_bullets_in_a_pdf() -> None:
    """Some exports mark points with "#" (no Markdown heading in a PDF), or with a mark typed
    twice ("• • Wrote ..."): the marks open bullets and leave the text."""
    row = _set_line
    lines = [
        row("Experience", 50, size=12, bold=True),
        row("QA Engineer, Example Telecom", 70, bold=True),
        row("# Automated the regression suite of the billing portal.", 84),
        row("# Ran the release checks for 12 monthly releases.", 96),
        row("# Wrote the test plan for the new payments API.", 108),
        row("• • Triaged the defects customers reported each week.", 120),
    ]
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Automated the regression suite of the billing portal.",
        "Ran the release checks for 12 monthly releases.",
        "Wrote the test plan for the new payments API.",
        "Triaged the defects customers reported each week.",
    ]


def test_an_icon_before_a_heading_we_do_not_know_heads_a_section_in_the_named_ones_look() -> None:
    """pagedown CVs put an icon before every heading; "SELECTED WRITING" is no name we
    know, but it is set like "EXPERIENCE", so it heads a section instead of opening a bullet
    under the last role."""
    row = _set_line
    lines = [
        row("\uf0f2 EXPERIENCE", 50, size=13, bold=True),
        row("Data Analyst, Tern Labs", 70),
        row("• Built the weekly churn report for the sales team.", 82),
        row("\uf201 SELECTED WRITING", 110, size=13, bold=True),
        row("Parsing a terabyte with AWK", 130),
        row("• Showed how to split a log file across cores.", 142),
        row("\uf02d SKILLS", 170, size=13, bold=True),
        row("Python, R, SQL", 190),
    ]
    resume = _resume_of(lines)
    assert [s.heading for s in resume.sections if s.heading] == [
        "EXPERIENCE",
        "SELECTED WRITING",
        "SKILLS",
    ]
    assert [b.section for b in resume.bullets()][:1] == ["EXPERIENCE"]


def test_an_icon_with_no_unicode_map_before_a_heading_still_heads_a_section() -> None:
    """An icon font without a Unicode map comes out of PDFium as U+FFFD, before the contact
    rows and before each heading alike: "\ufffd EXPERIENCE" heads a section, it opens no bullet
    under the skills above it."""

    def row(text: str, top: float, size: float = 10.0, x0: float = 40) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 4.6 * len(text), top=top, bottom=top + size,
                    page=1, size=size)  # fmt: skip

    lines = [
        row("Nora Quill", 20, size=17),
        row("\ufffd nora.quill@example.com\t\ufffd +1 555 0100", 40, size=9),
        row("\ufffd SKILLS", 70, size=14),
        row("Python, SQL, dbt", 90),
        row("\ufffd EXPERIENCE", 120, size=14),
        row("Analytics Engineer | Fennel Foods", 140),
        row("\u2022 Rebuilt the nightly stock pipeline in dbt for the buying team.", 152, x0=60),
        row("\u2022 Added freshness alerts to the sales dashboards.", 164, x0=60),
    ]
    resume = _resume_of(lines)
    assert [s.heading for s in resume.sections if s.heading] == ["SKILLS", "EXPERIENCE"]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("EXPERIENCE", "Rebuilt the nightly stock pipeline in dbt for the buying team."),
        ("EXPERIENCE", "Added freshness alerts to the sales dashboards."),
    ]


def test_a_point_after_a_private_use_bullet_that_names_experience_stays_a_point() -> None:
    """Word's Symbol bullet reaches the text as U+F0B7, a private-use character, as an icon's
    glyph does; a point that starts with "Experiência" and ends like a statement is a point
    under its role, not a section named after it."""

    def row(text: str, top: float, x0: float = 70, size: float = 11.0) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 4.6 * len(text), top=top, bottom=top + size,
                    page=1, size=size, bold=True)  # fmt: skip

    lines = [
        row("Experiências e Atividades", 40, x0=56, size=14.0),
        row("- Agência Exemplo – 01/2015 a 01/2020", 60, x0=56),
        row("Programador Web", 76),
        row("\uf0b7 Desenvolvimento de sites institucionais para clientes;", 92),
        row("\uf0b7 Experiência avançada em atendimento ao cliente;", 108),
        row("\uf0b7 Suporte em hospedagem de sites dos clientes.", 124),
    ]
    resume = _resume_of(lines)
    assert [b.section for b in resume.bullets()] == ["Experiências e Atividades"] * 3
    assert resume.bullets()[1].text == "Experiência avançada em atendimento ao cliente;"


def test_a_timeline_dot_beside_an_employer_marks_no_paragraph_below_it() -> None:
    """A timeline's dot sits on a line of its own beside the employer's row; the role's
    paragraph under that row opened no bullet of the dot's, so each sentence is a point."""

    def row(text: str, top: float, x0: float = 40, size: float = 9.0, bold: bool = False) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 4.4 * len(text), top=top, bottom=top + size,
                    page=1, size=size, bold=bold)  # fmt: skip

    lines = [
        row("Professional Experience", 80, x0=31, size=14.0, bold=True),
        row("Software Engineer - Scheduling", 106, size=10.0, bold=True),
        row("\u25cb", 116, x0=30, size=5.0),
        row("Example Health\tMay 2024 - Present", 119, size=10.0),
        row("Built the referral automation on the canvas platform with the operations team.", 133),
        row("Moved the usage metrics into a nightly pipeline for billing.", 144),
    ]
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Built the referral automation on the canvas platform with the operations team.",
        "Moved the usage metrics into a nightly pipeline for billing.",
    ]


def test_roles_and_responsibilities_once_under_a_project_labels_its_points() -> None:
    """A "Roles and Responsibilities:" line set like the headings, once, under a project: it names
    a part of the project, never a section of its own."""

    def row(text: str, top: float, bold: bool = False, x0: float = 40) -> Line:
        return Line(text=text, x0=x0, x1=x0 + 4.4 * len(text), top=top, bottom=top + 11,
                    page=1, size=11.0, bold=bold)  # fmt: skip

    lines = [
        row("Projects", 40, bold=True),
        row("Project: Example Shop storefront", 60),
        row("Environment: Jenkins, Docker, AWS", 74),
        row("Roles and Responsibilities:", 92, bold=True),
        row("\u2022 Built the release pipeline for the storefront in Jenkins.", 108, x0=52),
        row("\u2022 Moved the checkout service to Docker on AWS.", 122, x0=52),
        row("Education", 150, bold=True),
        row("B.Tech, Example Institute of Technology, 2019", 168),
    ]
    resume = _resume_of(lines)
    assert [s.heading for s in resume.sections if s.heading] == ["Projects", "Education"]
    assert [b.section for b in resume.bullets()] == ["Projects", "Projects"]


def test_a_soft_hyphen_inside_a_pdf_line_is_the_hyphen_the_page_draws() -> None:
    """A Europass export sets every hyphen as U+00AD; in a PDF line it is drawn, so it reads
    as "-". At a line's end it marks hyphenation, and a doubled hyphen stays one."""
    from prodgap.readers.pdf import _pdf_text

    drawn = "Web\u00addeveloper at 4470\u00ad605 Porto"
    assert _pdf_text(drawn) == "Web-developer at 4470-605 Porto"
    assert _pdf_text("the largest\u00ad") == "the largest"
    assert _pdf_text("Hands-\u00ad\u2010on") == "Hands-on"


def test_a_role_title_beside_a_date_column_heads_its_entry(tmp_path: Path) -> None:
    """With no glyphs, an indented line starts a bullet; but a line set beside a range of
    dates in the margin, and its wrap, are the role's heading."""
    resume = extract(pdfs.date_column_roles(tmp_path / "dates.pdf"))
    assert [(b.entry, b.text) for b in resume.bullets()][1:] == [
        (
            "Mar 2017 - Mar 2018 | Ayudante de cátedra en la Facultad de Ciencias, "
            "Universidad de Ejemplo",
            "Ayudante de la materia Sistemas Operativos (10 horas semanales).",
        ),
        (
            "Jul 2016 - Mar 2017 | Ayudante de cátedra en la Facultad de Ciencias, "
            "Universidad de Ejemplo",
            "Ayudante de la materia Robótica Móvil (10 horas semanales).",
        ),
    ]


def test_a_europass_form_reads_each_label_beside_its_value(tmp_path: Path) -> None:
    """Europass sets its labels flush right against the values, the section names among
    them: the labels column is the text's margin, not a sidebar read after it, and a page
    holding one section keeps it."""
    resume = extract(pdfs.europass_form(tmp_path / "europass.pdf"))
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("Work experience", "experience"),
        ("Education and training", "education"),
        ("Personal skills", "skills"),
    ]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Work experience", "Built the booking service used by the city's libraries."),
        (
            "Work experience",
            "Ran its nightly backups on our own servers, and moved them to a second site "
            "after a disk failure lost a day of bookings.",
        ),
    ]


def test_statements_one_a_line_are_not_joined_into_a_paragraph(tmp_path: Path) -> None:
    """Lines that stop short of the prose's right edge end their statement; the one that runs
    to it wraps."""
    resume = extract(pdfs.unmarked_line_items(tmp_path / "lines.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Built the Terraform infrastructure and frontend delivery for the assistant",
        "Forty prototypes for the legal, research and marketing teams: contract comparators, "
        "document summarizers and retrieval chatbots built on the shared platform",
        "Five use cases promoted to production with feedback loops",
        "Token governance layer for data privacy and access management",
    ]


def test_a_roles_dates_beside_its_first_bullet_go_to_the_role(tmp_path: Path) -> None:
    resume = extract(pdfs.dates_on_the_first_bullet(tmp_path / "dates.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Built the retrieval service that answers support questions for 1,200 agents, cutting "
        "escalations by a fifth.",
        "Designed a freight cost model for the distribution network that covers 44 depots, "
        "improving load planning by 18%.",
    ]
    entries = resume.sections[-1].entries
    assert [e.dates for e in entries] == ["June 2024 - present", "Apr 2021 - May 2024"]


def test_a_column_of_field_names_and_dates_labels_the_text_beside_it(tmp_path: Path) -> None:
    resume = extract(pdfs.labelled_form_column(tmp_path / "lebenslauf.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "Berufserfahrung",
            "Tätigkeiten: Betrieb der Kubernetes-Plattform für zwanzig Entwicklerteams und ihre "
            "Deployment-Pipelines in den drei Rechenzentren von Beispielstadt",
        ),
        ("Berufserfahrung", "Aufbau der Deployment-Pipelines für alle Produkte mit Jenkins."),
    ]
    experience = next(s for s in resume.sections if s.heading == "Berufserfahrung")
    assert [e.dates for e in experience.entries] == ["02/2022 – heute", "09/2019 – 01/2022"]


@pytest.mark.parametrize("footer", [False, True])
def test_two_columns_under_a_summary_across_the_page(tmp_path: Path, footer: bool) -> None:
    resume = extract(pdfs.columns_under_a_summary(tmp_path / "summary.pdf", footer=footer))
    assert [b.text for b in resume.bullets()] == [
        "Owned the demand forecasting service used by 300 stores, retrained nightly.",
        "Rebuilt the training pipeline in Airflow, cutting runtime from 6 h to 40 min.",
        "Added drift alerts in Grafana after a holiday spike broke the forecasts.",
        "Moved scoring to a batch job on spot instances, halving the monthly bill.",
    ]
    assert [s.heading for s in resume.sections][-3:] == ["Experience", "Education", "Skills"]


def test_an_end_date_in_a_narrow_margin_beside_a_bullet_stays_out_of_it(tmp_path: Path) -> None:
    resume = extract(pdfs.end_dates_beside_first_bullets(tmp_path / "margin.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Lead a team of three data scientists on ranking for store search.",
        "Moved the ranking service to a canary rollout with automatic rollback.",
        "Designed shipping boxes that cut transport cost by 3% across all warehouses.",
    ]


def test_a_tools_label_alone_on_its_line_heads_no_section(tmp_path: Path) -> None:
    resume = extract(pdfs.tools_label_between_projects(tmp_path / "tools.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Projects", "Built the ingestion service for GPS pings from 400 delivery vans."),
        ("Projects", "Moved invoicing from cron scripts to a queue with retries and alerts."),
    ]


def test_a_roles_title_set_like_the_headings_stays_in_the_role(tmp_path: Path) -> None:
    resume = extract(pdfs.role_title_in_the_headings_look(tmp_path / "title.pdf"))
    assert {b.section for b in resume.bullets()} == {"Experience"}
    assert [s.heading for s in resume.sections if s.heading] == ["Summary", "Experience", "Skills"]


def test_letters_drawn_as_shapes_too_are_not_bullets(tmp_path: Path) -> None:
    resume = extract(pdfs.text_with_outlined_glyphs(tmp_path / "outlined.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Automated cluster installation on two infrastructure providers with Terraform, "
        "Ansible for day-two work and Jenkins for the pipelines.",
        "Designed readiness and liveness tests for the platform's forty services.",
    ]


def test_a_marked_section_name_set_bold_and_larger_is_a_heading(tmp_path: Path) -> None:
    resume = extract(pdfs.outline_with_marked_headings(tmp_path / "outline.pdf"))
    assert [s.heading for s in resume.sections if s.heading] == ["TECHNICAL SKILLS", "PROJECTS"]
    assert {b.section for b in resume.bullets()} == {"PROJECTS"}


def test_a_row_of_a_grid_of_bulleted_statements_gives_a_bullet_a_cell() -> None:
    """Web and design builders set achievements as a grid, two bulleted cells a row; a reader
    of the page's text gets one line a row. A grid of courses stays one list."""

    def row(text: str, top: float, size: float = 9.0, bold: bool = False) -> Line:
        return _set_line(text, top, size, bold, x0=40, x1=560)

    lines = [
        row("ACHIEVEMENTS", 50, size=13, bold=True),
        row("• Built a booking app for dentists\t• Grew the app to 20K weekly users", 70),
        row("• Cut the nightly batch from 3 h to 20 min\t• Led the move of billing to Stripe", 82),
        row("COURSES", 110, size=13, bold=True),
        row("• Machine Learning\t• Operating Systems", 130),
    ]
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Built a booking app for dentists",
        "Grew the app to 20K weekly users",
        "Cut the nightly batch from 3 h to 20 min",
        "Led the move of billing to Stripe",
    ]
    assert items(resume) == [("COURSES", "course", "Machine Learning • Operating Systems")]


def test_the_header_line_in_the_largest_type_is_kept_for_the_privacy_boundary() -> None:
    # The page draws the contact row first and the name, in large type, below it.
    resume = _resume_of(
        [
            _set_line("+46 70 555 01 88 | ingrid@example.com", 90),
            _set_line("Ingrid Falkenrud", 40, size=24.0),
            _set_line("Linux Systems Administrator", 70, size=14.0),
            _set_line("Experience", 120, size=12.0, bold=True),
            _set_line("• Ran the Ceph clusters behind 40 customer sites.", 140),
        ]
    )
    assert resume.identity.largest == "Ingrid Falkenrud"
    assert resume.identity.header[:2] == [
        "+46 70 555 01 88 | ingrid@example.com",
        "Ingrid Falkenrud",
    ]


def test_a_wrap_back_under_a_drawn_marker_goes_on_with_its_point() -> None:
    # Markers drawn as shapes (no glyph in the text): the points start at 192, and their
    # wraps come back to 177, under the marker, left of the text.
    lines = [
        _set_line("EXPERIENCE", 30, size=12.0, x0=168),
        _set_line("Site Reliability Engineer", 53, size=9.7, bold=True, x0=168),
        _set_line("Example Freight, remote — July 2019 - current", 69, size=7.0, x0=168),
        _set_line("Kubernetes on a managed cloud, with a dozen services.", 82, x0=168),
        _set_line("Moved the CI/CD of 12 services to the cloud build system", 101, x0=192),
        _set_line("from three other providers.", 110, x0=177),
        _set_line("Reduced memory load by 15% and CPU use in production by", 125, x0=192),
        _set_line("removing duplicate dependencies.", 134, x0=177),
        _set_line("Rebuilt the logging cluster.", 149, x0=192),
    ]
    assert [b.text for b in _resume_of(lines).bullets()][-3:] == [
        "Moved the CI/CD of 12 services to the cloud build system from three other providers.",
        "Reduced memory load by 15% and CPU use in production by removing duplicate dependencies.",
        "Rebuilt the logging cluster.",
    ]


def test_a_main_column_headed_in_german_is_read_apart_from_its_sidebar(tmp_path: Path) -> None:
    """The sidebar holds known section names; the main column's "Berufstätigkeit" must be
    known too, or the sidebar reads as the page's headings and the work falls under them."""
    resume = extract(pdfs.sidebar_beside_a_german_work_section(tmp_path / "sidebar.pdf"))
    work = [b for b in resume.bullets() if b.section == "Berufstätigkeit"]
    assert [b.section_kind for b in work] == ["experience"] * 5
    assert work[0].text == "Planung kosteneffektiver Routen für 40 Fahrzeuge"
    assert {b.section for b in resume.bullets()} == {"Berufstätigkeit"}


def test_a_point_cut_on_a_preposition_wraps_under_its_dash(tmp_path: Path) -> None:
    assert texts(pdfs.wraps_under_the_dash(tmp_path / "dash.pdf")) == [
        "Forecasting tram ridership in Lisbon with gradient boosting",
        "Built a ranker of the next product for each shopper",
    ]


def test_a_range_end_in_the_margin_joins_its_range_not_the_text(tmp_path: Path) -> None:
    resume = extract(pdfs.range_end_beside_the_first_line(tmp_path / "moderncv.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Writing payment services in Go that screen card transfers for fraud.",
        "Moved the nightly load of shipments to Airflow and added alerts for late runs.",
    ]
    assert [e.dates for s in resume.sections for e in s.entries if e.dates] == [
        "Aug 2018 \u2013 Present",
        "Dec 2016 \u2013 Jul 2018",
    ]


def test_a_point_opened_by_a_larger_label_keeps_its_wraps(tmp_path: Path) -> None:
    assert texts(pdfs.larger_label_opening_a_point(tmp_path / "label.pdf")) == [
        "Date Extractor: Developed a date extraction agent for clinic letters, reaching 87% "
        "accuracy on held-out letters.",
        "Test Writer: Built an agent that drafts QA cases from the product specifications, "
        "reviewed by the QA leads each sprint.",
    ]


def test_one_line_duties_without_glyphs_are_each_a_bullet(tmp_path: Path) -> None:
    assert texts(pdfs.one_line_items_without_glyphs(tmp_path / "items.pdf")) == [
        "Ansible AWX rollout and automation.",
        "Helm chart development for release engineering.",
        "GitLab Advanced Security Suite (SAST, DAST, SCA).",
        "Cloudflare DNS and Web Application Firewall management.",
        "Argo CD maintenance and application deployment.",
    ]


def test_a_field_label_beside_a_margin_of_headings_is_no_heading_of_the_texts_own() -> None:
    """A table layout (Google Docs) with the section names in a left margin, a rule drawn as a
    character over each, and no colon after them: a section's name with its colon in the text
    ("Languages:" under the margin's "Skills") is a field's label, and the margin still heads
    the text."""

    segments = [
        _segment("Rosa Delgado", 40, 40, size=16, bold=True),
        _segment("ㅡ", 40, 86, size=12),
        _segment("Work Experience", 40, 100, bold=True),
        _segment("Tern Labs / Support Engineer", 200, 100),
        _segment("1. Moved the help desk to a ticket queue used by 40 agents", 210, 114),
        _segment("2. Rebuilt the status page that customers check in outages", 210, 128),
        _segment("3. Wrote the runbooks for the on-call rota", 210, 142),
        _segment("ㅡ", 40, 156, size=12),
        _segment("Education", 40, 170, bold=True),
        _segment("Harbour University / BSc Computer Science", 200, 170),
        _segment("2017 - 2021", 200, 184),
        _segment("ㅡ", 40, 206, size=12),
        _segment("Skills", 40, 220, bold=True),
        _segment("Languages:", 200, 220, bold=True),
        _segment("English, Spanish", 210, 234),
    ]
    texts = [line.text for line in order_page(segments, 612) if line.text != "ㅡ"]
    assert texts[1:] == [
        "Work Experience",
        "Tern Labs / Support Engineer",
        "1. Moved the help desk to a ticket queue used by 40 agents",
        "2. Rebuilt the status page that customers check in outages",
        "3. Wrote the runbooks for the on-call rota",
        "Education",
        "Harbour University / BSc Computer Science",
        "2017 - 2021",
        "Skills",
        "Languages:",
        "English, Spanish",
    ]


def test_a_point_broken_after_using_goes_on_under_its_text(tmp_path: Path) -> None:
    assert texts(pdfs.wrap_cut_on_using(tmp_path / "using.pdf")) == [
        "Designed test cases for the parsing and scoring APIs using Postman, checking every "
        "response.",
        "Kept the data flow modular and documented for the two teams that extend it every week.",
    ]


def test_a_section_name_followed_by_the_length_of_service_heads_its_section(
    tmp_path: Path,
) -> None:
    resume = extract(pdfs.job_site_headings(tmp_path / "job_site.pdf"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "Work experience — 2 years 3 months",
            "Moved the order service to Kafka for the four depots that use it.",
        ),
        (
            "Work experience — 2 years 3 months",
            "Cut the nightly invoice run from two hours to twenty minutes.",
        ),
        (
            "Work experience — 2 years 3 months",
            "Keep the stock spreadsheet the drivers read each morning.",
        ),
    ]
    assert resume.bullets()[0].section_kind == "experience"


def test_a_roles_list_of_skills_acquired_is_kept_as_skills_not_work(tmp_path: Path) -> None:
    resume = extract(pdfs.skills_acquired(tmp_path / "acquired.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Ran the night restock for a store of 40 aisles.",
        "Trained six new cashiers on the till system.",
    ]
    assert ("Work Experience", "skills", "Increased leadership capacity") in items(resume)


def test_a_hyphen_pdfium_gives_as_a_control_code_at_a_line_end_joins_its_wrap() -> None:
    """PDFium gives some hyphens at a line's end as U+0002 (Typst's hyphenation; a typed
    "cross-" where Chrome broke the line): the reader writes them as hyphens again, so the
    wrap joins the split word and keeps the typed compound."""
    row = _set_line
    lines = [
        row("EXPÉRIENCES", 50, size=12, bold=True),
        row("Statisticienne, Institut Exemple", 70, bold=True),
        row("• Administration de pipelines de données, de la collecte de la don\x02", 84),
        row("née au rapport final, pour dix équipes de recherche.", 96, x0=87),
        row("• Reduced log analysis time by 80% and enabled cross\x02", 108),
        row("account visibility for the operations team.", 120, x0=87),
    ]
    pdf_reader._restore_line_end_hyphens(lines)
    assert [b.text for b in _resume_of(lines).bullets()] == [
        "Administration de pipelines de données, de la collecte de la donnée au rapport final, "
        "pour dix équipes de recherche.",
        "Reduced log analysis time by 80% and enabled cross-account visibility for the "
        "operations team.",
    ]


def test_wraps_spaced_like_items_join_at_the_lists_edge_or_an_open_bracket(
    tmp_path: Path,
) -> None:
    resume = extract(pdfs.widely_spaced_wraps(tmp_path / "spaced.pdf"))
    assert [b.text for b in resume.bullets()] == [
        "Rewrote the warehouse loader in Go for the modern ingestion service the analysts query",
        "Built the stock planner for the depots (Weighted Product method) that two regions use",
        "Wrote the runbook the support team follows.",
    ]


def test_an_employer_named_in_small_capitals_is_no_margin_heading() -> None:
    """ "EDUCATION NATIONALE  France" (a ministry) in small plain type under a role: the line
    names the employer. Split as a section name set in a margin, it filed the role's points
    under Education, and none was a bullet."""
    row = _set_line
    lines = [
        row("Expérience professionnelle", 50, size=16, bold=True),
        row("Enseignement de physique chimie\t2021 - 2023", 72, size=10),
        row("EDUCATION NATIONALE\tFrance", 85, size=8),
        row("• Création de supports pédagogiques sous de strictes contraintes de temps.", 97),
        row("• Encadrement de projets de programmation embarquée avec les élèves.", 109),
        row("Diplômes et Formations", 130, size=16, bold=True),
        row("Licence de physique chimie\t2016 - 2019", 150, size=10),
    ]
    resume = _resume_of(lines)
    work = resume.sections[0]
    assert work.heading == "Expérience professionnelle"
    assert [b.text[:20] for b in work.entries[0].bullets] == [
        "Création de supports",
        "Encadrement de proje",
    ]
    assert "EDUCATION NATIONALE" in (work.entries[0].heading or "")


def test_numbered_section_names_head_their_sections() -> None:
    """LaTeX's article class numbers its sections ("1 Education", "2 Experience"): the number
    hid the name, no section was found, and the role's points went under the title."""
    row = _set_line
    lines = [
        row("Dana Example’s", 40, size=17, bold=True),
        row("Curriculum Vitae", 62, size=17, bold=True),
        row("1 Education", 90, size=12, bold=True),
        row("• PhD, Computer Science, Example University 2022–present", 108, size=10.9),
        row("2 Experience", 130, size=12, bold=True),
        row("• Research Assistant, Example Lab, Example University 2022–present", 148, size=10.9),
        row(
            "Developed a verification tool for neural networks, ranked 4th in a competition.",
            164,
            size=10,
            x0=95,
        ),  # fmt: skip
        row("3 Awards and Honors", 186, size=12, bold=True),
        row("• Graduate Travel Award, Example University 2025", 204, size=10.9),
    ]
    resume = _resume_of(lines)
    assert [(s.heading, s.kind) for s in resume.sections if s.heading][-3:] == [
        ("1 Education", "education"),
        ("2 Experience", "experience"),
        ("3 Awards and Honors", "other"),
    ]
    assert [b.text[:28] for b in resume.bullets()] == ["Developed a verification too"]


def test_a_date_columns_next_date_does_not_end_the_paragraph_beside_it() -> None:
    """A left column of dates is read after the text beside it: the next role's end date
    ("Feb 2021") comes right after a paragraph whose last line filled the column. A date with
    its month, or a range of dates, alone on its line never finishes a sentence; a year alone
    may ("... in production since" / "2019.")."""
    from prodgap.structure import _Doc, _goes_on_paragraph

    doc = _Doc(file_type="pdf", body_size=10, heading_styles=set(), layout_bullets=False, base_x={})
    last = Line(text="manage collaboration projects with external (clinical) partners", x0=285,
                x1=563, top=104, bottom=114, page=1, size=10, right=583)  # fmt: skip

    def goes_on(text: str) -> bool:
        line = Line(text=text, x0=215, x1=255, top=135, bottom=143, page=1, size=10, right=583)
        return _goes_on_paragraph(doc, last, line, {})

    assert not goes_on("Feb 2021")
    assert not goes_on("07.2024–10.2024")
    assert not goes_on("2017 - current")
    assert goes_on("2019.")
    assert goes_on("Example Health and two university hospitals.")


def test_a_margin_section_name_wrapped_over_two_lines_is_one_name() -> None:
    """A narrow margin wraps "Work Experience" after "Work", each part on the baseline of the
    first role's lines beside it: the two parts make the section's name. A smaller line under
    a name is its subtitle, not the rest of it."""

    def row(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False) -> Line:
        return _set_line(text, top, size=size, bold=bold, x0=x0)

    lines = [
        row("Nora Quill", 72, 80, size=14, bold=True),
        row("Work\tExample Labs, New York\t08/2024 - current", 72, 180),
        row("Experience\tResearch Scientist", 72, 193),
        row("\u25cf Built the wrist-signal decoder the wearable's firmware ships.", 150, 210),
        row("\u25cf Cut the decoder's latency from 40 ms to 12 ms on device.", 150, 223),
    ]
    resume = _resume_of(lines)
    assert [b.section for b in resume.bullets()] == ["Work Experience", "Work Experience"]

    subtitled = [
        row("Expériences", 214, 218, size=18, bold=True),
        row("Professionnelles", 228, 238, size=14, bold=True),
        row("Ingénieure chimiste, Exemple SA\t2017 - 2021", 245, 257),
        row("\u25cf Mis en service le contrôle en ligne de trois usines.", 290, 270),
    ]
    assert [b.section for b in _resume_of(subtitled).bullets()] == ["Expériences"]


def test_a_section_name_that_hangs_left_of_its_text_is_a_heading() -> None:
    """A LaTeX layout that sets its section names in the body's font and size, closer under
    the last line than a paragraph break, but hanging a few points left of every other line:
    that outdent sets the name apart as a heading, so the roles under it are work."""
    row = _set_line
    lines = [
        row("Formation", 60, size=10, x0=65.5),
        row("Université de Lyon\tLyon, France", 76, size=10, x0=72.4),
        row("Licence d'informatique\t2018 - 2021", 88, size=10, x0=72.4),
        row("Expériences", 105, size=10, x0=65.5),
        row("Tern Labs\tParis, France", 121, size=10, x0=72.4),
        row("Développeur backend\tmars 2020 - juin 2020", 133, size=10, x0=72.4),
        row("• Écriture des tests du service de paiement utilisé par 300 magasins", 149,
            size=10, x0=86.6),
    ]  # fmt: skip
    resume = _resume_of(lines)
    assert [(b.section, b.section_kind) for b in resume.bullets()] == [
        ("Expériences", "experience")
    ]


def test_numbered_work_items_count_where_no_line_names_a_section() -> None:
    """A resume whose section names are drawn as pictures has no named section in its text:
    a role's numbered items are still its bullets, as they are under a named one."""
    row = _set_line
    lines = [
        row("Tern Labs", 50, size=10, bold=True),
        row("Backend Engineer\t2015.03-2016.03", 70, size=10),
        row("1. Built the push service that sends live orders to 10k couriers.", 90, size=10),
        row("2. Moved the service calls onto a message queue with retries.", 104, size=10),
    ]
    assert [b.text for b in _resume_of(lines).bullets()] == [
        "Built the push service that sends live orders to 10k couriers.",
        "Moved the service calls onto a message queue with retries.",
    ]


def test_the_rest_of_a_word_broken_at_the_line_end_starts_no_point() -> None:
    """A role told in a paragraph, in a PDF whose lists lost their glyphs: the paragraph's last
    line that holds only the rest of a word the line above broke ("... display the cap-" /
    "tured data.") ends its sentence, even where the next line (a date set to the right) seems
    to hang under it, as under a point whose glyph was lost."""
    row = _set_line
    lines = [
        row("EXPERIENCE", 40, size=12, bold=True),
        row("Embedded Engineer, Tern Labs", 60, size=10, bold=True, x0=36),
        row("Wrote the firmware of the door sensors that 300 shops run. Devel-", 76, size=10,
            x0=36),
        row("oped an app to talk to the sensors over BLE and display the cap-", 88, size=10,
            x0=36),
        row("tured data.", 100, size=10, x0=36),
        row("MARCH 2020", 122, size=10, x0=215),
        row("Firmware Intern, Harbour Labs", 134, size=10, bold=True, x0=36),
    ]  # fmt: skip
    assert [b.text for b in _resume_of(lines).bullets()] == [
        "Wrote the firmware of the door sensors that 300 shops run.",
        "Developed an app to talk to the sensors over BLE and display the captured data.",
    ]


def test_a_roles_sentences_set_smaller_than_the_body_are_its_points() -> None:
    """A layout that sets each role's sentences a size under the summary and skills: a finished
    sentence, or a paragraph's long line, is a point however small its type; a short small line
    that is no sentence (a form's field, "Location: Lyon") still belongs to the role's heading."""
    row = _set_line
    lines = [
        row("SUMMARY", 40, size=12, bold=True),
        row("Backend engineer who moved two retailers onto event-driven order systems and", 58,
            size=10),
        row("kept them running through three peak seasons without a missed order.", 70, size=10),
        row("EXPERIENCE", 90, size=12, bold=True),
        row("Backend Engineer, Tern Labs\t2019 - 2023", 108, size=10, bold=True),
        row("Location: Lyon", 121, size=8.5),
        row("Built the order service that 300 shops use to sell online.", 133, size=8.5),
        row("Moved the nightly stock import onto a queue with retries.", 145, size=8.5),
        row("Ran the move of the payments ledger from the old database cluster onto", 157,
            size=8.5),
        row("the managed service.", 168, size=8.5),
        row("SKILLS", 185, size=12, bold=True),
        row("Python, Go, PostgreSQL, Kafka, Kubernetes, Terraform, Grafana", 203, size=10),
        row("English, French, German, Spanish", 215, size=10),
    ]  # fmt: skip
    resume = _resume_of(lines)
    assert [b.text for b in resume.bullets()] == [
        "Built the order service that 300 shops use to sell online.",
        "Moved the nightly stock import onto a queue with retries.",
        "Ran the move of the payments ledger from the old database cluster onto the managed "
        "service.",
    ]
    assert "Location: Lyon" in resume.bullets()[0].entry


@pytest.mark.parametrize(
    "name",
    ["Positions of Responsibility", "Actividades extracurriculares", "Attività", "Aktivitäten"],
)
def test_sections_of_responsibilities_and_activities_hold_work(name: str) -> None:
    """Posts held and activities, named in English or in other languages, are work as
    volunteering is: the sentences under their entries are points, not their headings."""
    row = _set_line
    lines = [
        row(name, 40, size=12, bold=True),
        row("Treasurer, Example Robotics Club\t2020 - 2022", 58, size=10, bold=True),
        row("Ran the club's budget and the parts orders for forty members.", 72, size=10),
        row("Moved the club's accounts from paper into a shared ledger.", 84, size=10),
    ]
    assert [b.text for b in _resume_of(lines).bullets()] == [
        "Ran the club's budget and the parts orders for forty members.",
        "Moved the club's accounts from paper into a shared ledger.",
    ]


def test_roles_that_run_on_under_a_languages_list_are_work_again() -> None:
    """Page one ends with the languages; page two tells each role at length under no heading
    of its own, each role's line in bold with its dates: those roles are work again, their
    sentences and points bullets, not the languages list's items."""
    row = partial(_set_line, size=10.0, x0=48)
    lines = [
        row("PROFESSIONAL EXPERIENCE", 600, page=1, size=11, bold=True),
        row("Jan 2020 - June 2022\tTern Labs, Hamburg", 620, page=1),
        row("LANGUAGES", 700, page=1, size=11, bold=True),
        row("French\tNative", 718, page=1),
        row("German\tIntermediate (B1)", 734, page=1),
        row("TERN LABS - Web engineer (Hamburg, from Jan 2020 - June 2022)", 80, page=2, size=12,
            bold=True),
        row("Built the ship logbook web app that 40 crews fill in at sea.", 100, page=2),
        row("\u2022 Moved the logbook's sync onto a queue that survives lost connections.", 114,
            page=2),
    ]  # fmt: skip
    resume = _resume_of(lines)
    assert [(b.text, b.section_kind) for b in resume.bullets()] == [
        ("Built the ship logbook web app that 40 crews fill in at sea.", "experience"),
        ("Moved the logbook's sync onto a queue that survives lost connections.", "experience"),
    ]
    languages = next(s for s in resume.sections if s.heading == "LANGUAGES")
    assert "French" in languages.entries[0].heading  # the list keeps its own lines


def test_roles_named_as_sections_after_a_summary_are_work() -> None:
    """A Markdown resume whose every role is a heading of the summary's size, its dates and its
    employer in one line ("## September 2022 - Now (Example Labs, Berlin)"): each names a work
    section of its own, not a line of the summary, and its points are bullets."""
    row = _set_line
    lines = [
        row("Summary", 60, size=14.4, bold=True, x0=34),
        row("Backend engineer for ten years, most of them on distributed storage.", 80, x0=34),
        row("September 2022 - Now (Example Labs, Berlin)", 110, size=14.4, bold=True, x0=34),
        row("\u2022 Built the DNS registration service for the cluster's ingress.", 130, x0=57),
        row("\u2022 Moved the signing keys onto hardware tokens.", 142, x0=57),
        row("October 2017 - July 2022 (Tern Travel, Amsterdam)", 170, size=14.4, bold=True,
            x0=34),
        row("\u2022 Cut the metrics store's disk use by half with a new file format.", 190, x0=57),
    ]  # fmt: skip
    resume = _resume_of(lines)
    assert [(b.section, b.section_kind) for b in resume.bullets()] == [
        ("September 2022 - Now (Example Labs, Berlin)", "experience"),
        ("September 2022 - Now (Example Labs, Berlin)", "experience"),
        ("October 2017 - July 2022 (Tern Travel, Amsterdam)", "experience"),
    ]


def test_a_space_drawn_between_zero_width_spaces_parts_the_words(tmp_path: Path) -> None:
    """An exporter that draws the space between two words as a text object of its own, with a
    zero-width space on each side of it: the space still parts the words ("PROFESSIONAL
    EXPERIENCE", not "PROFESSIONALEXPERIENCE")."""
    read = pdf_reader.read_pdf(pdfs.space_between_zero_width_spaces(tmp_path / "zw.pdf"))
    assert [line.text for line in read.lines][:1] == ["PROFESSIONAL EXPERIENCE"]


def test_a_group_named_right_under_experience_heads_its_roles() -> None:
    """A line in the section names' look right under "Experience", a line's space between,
    that names no section ("Financial Services"): the group its roles belong to, not a
    section of its own. The second line of a wrapped name, close under the first, still wraps."""
    row = _set_line
    lines = [
        row("Summary", 40, size=12, bold=True),
        row("Data engineer for eight years in banking and insurance.", 56, size=10),
        row("Experience", 80, size=12, bold=True),
        row("Financial Services", 100, size=12, bold=True),
        row("Data Engineer, Example Bank, 2019 - 2023", 120, size=10),
        row("\u2022 Built the nightly ledger load used by the finance team.", 134, size=10),
        row("Analyst, Example Insurance, 2016 - 2019", 150, size=10),
        row("\u2022 Kept the claims dashboard running for 200 agents.", 164, size=10),
        row("Education", 190, size=12, bold=True),
        row("BSc Mathematics, 2016", 206, size=10),
    ]
    resume = _resume_of(lines)
    assert [s.heading for s in resume.sections] == ["Summary", "Experience", "Education"]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Built the nightly ledger load used by the finance team."),
        ("Experience", "Kept the claims dashboard running for 200 agents."),
    ]
    # Section names set small in a left margin, the work's name wrapped over two lines.
    wrapped = [
        row("ISTRUZIONE", 100, x0=117.4, x1=170.9),
        row("2010 - 2015", 120, x0=71.7, x1=164.5),
        row("Laurea in Informatica, Universita di Esempio", 120, size=11, x0=190.7, x1=500),
        row("\u25aa Esperienza di studio all'estero", 140, x0=184.8, x1=305.2),
        row("ESPERIENZA", 180, x0=117.4, x1=170.9),
        row("PROFESSIONALE", 190.4, x0=98.6, x1=169.8),
        row("28/05/2018 - 13/09/2019", 212.6, x0=71.7, x1=164.5),
        row("Sistemista presso Esempio SpA", 211.8, size=11, x0=190.7, x1=400),
        row("\u25aa Configurazione dei server di posta per 300 utenti", 226.8, x0=190.2, x1=480),
    ]
    assert [s.heading for s in _resume_of(wrapped).sections] == [
        "ISTRUZIONE",
        "ESPERIENZA PROFESSIONALE",
    ]
