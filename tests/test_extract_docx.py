"""DOCX extraction: list styles, typed glyphs, tables, text boxes, job-site exports."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fixtures.extract import docs
from prodgap.errors import InputError
from prodgap.extraction import extract


def test_list_styles_and_heading_styles(tmp_path: Path) -> None:
    resume = extract(docs.list_styles(tmp_path / "styles.docx"))
    assert resume.engine == "python-docx"
    experience = next(s for s in resume.sections if s.kind == "experience")
    assert experience.heading == "Professional Experience"
    assert experience.entries[0].heading == "ML Engineer, Acme"
    assert [b.text for b in resume.bullets()] == [
        "Deployed the fraud model to production.",
        "Trained a ranking model on 2B events.",
    ]
    assert all(b.page is None for b in resume.bullets())


def test_typed_glyphs_including_private_use(tmp_path: Path) -> None:
    resume = extract(docs.typed_glyphs(tmp_path / "glyphs.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Built the ingestion service.",
        "Ran on-call.",
        "Cut costs by 30%.",
        "Wrote the runbook.",
    ]
    entry = resume.sections[0].entries[0]
    assert (entry.title, entry.organization, entry.dates) == (
        "Data Engineer",
        "Globex",
        "2019 - 2022",
    )


def test_tables_nested_tables_and_text_boxes_read_once_in_order(tmp_path: Path) -> None:
    resume = extract(docs.tables_and_text_box(tmp_path / "tables.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Shipped the search ranking service."),
        ("Experience", "Kept its p99 under 50 ms."),
        ("Projects", "Built a tokenizer in Rust."),
        ("Projects", "Benchmarked it on 1 GB of text."),
    ]


def test_job_site_export_joins_a_sentence_split_over_paragraphs(tmp_path: Path) -> None:
    resume = extract(docs.job_site_export(tmp_path / "export.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Moved the model from a notebook to a scheduled job writing scores to Salesforce; when "
        "scores went stale after a token expired, added freshness alerts.",
        "Presented results to the sales team.",
    ]
    assert [s.kind for s in resume.sections] == ["experience", "other"]


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"\x00\x01\x02 not a word file \xff\xfe" * 20)
    with pytest.raises(InputError, match="fake.docx"):
        extract(fake)


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="archive.docx"):
        extract(path)


def test_headings_set_apart_by_size_or_small_capitals(tmp_path: Path) -> None:
    resume = extract(docs.headings_by_look(tmp_path / "looks.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Where I've worked", "Shipped the retrieval service behind search."),
        ("Things I've built", "Wrote a pytest plugin that flags target leakage."),
    ]


def test_word_roles_written_as_paragraphs(tmp_path: Path) -> None:
    resume = extract(docs.role_paragraphs(tmp_path / "paragraphs.docx"))
    assert [(b.section_kind, b.text) for b in resume.bullets()] == [
        ("experience", "Desenvolvi a API de pagamentos usada por 3 mil lojas."),
        ("experience", "Mantive o pipeline de dados noturno em Airflow."),
    ]


def test_chinese_paragraphs_give_a_bullet_per_sentence(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("项目经历", level=1)
    document.add_paragraph("项目名称：图书推荐系统")
    document.add_paragraph(
        "负责后端接口设计与数据库表结构设计，完成了推荐算法的实现。系统上线后服务全校两千名学生。"
    )
    path = tmp_path / "zh.docx"
    document.save(path)
    resume = extract(path)
    assert [(b.section_kind, b.text) for b in resume.bullets()] == [
        ("projects", "负责后端接口设计与数据库表结构设计，完成了推荐算法的实现。"),
        ("projects", "系统上线后服务全校两千名学生。"),
    ]


def test_dates_in_the_section_names_heading_style_head_a_role_not_a_section(
    tmp_path: Path,
) -> None:
    # Each role's dates were a section of their own, and its bullets were filed under them.
    import docx

    document = docx.Document()
    document.add_heading("Experience", level=1)
    for dates, role, work in [
        ("Jul 2015 – Nov 2016", "Data Engineer, Example Corp", "Ran the nightly billing jobs."),
        ("Sep 2013 – Jul 2015", "Analyst, Sample Bank", "Built the weekly risk report."),
    ]:
        document.add_heading(dates, level=1)
        document.add_paragraph(role)
        document.add_paragraph(work, style="List Bullet")
    path = tmp_path / "dated.docx"
    document.save(path)
    resume = extract(path)
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Ran the nightly billing jobs."),
        ("Experience", "Built the weekly risk report."),
    ]
    assert [s.heading for s in resume.sections] == ["Experience"]


def test_a_chinese_title_set_apart_from_its_dates_heads_its_entry(tmp_path: Path) -> None:
    """Chinese puts no spaces between words, so a long title counts as a sentence by its
    characters; the gap before its dates says it is a heading."""
    import docx

    document = docx.Document()
    document.add_heading("项目经历", level=1)
    document.add_paragraph("基于主题建模的新闻评论情感态度变化分析系统\t2024年3月 – 2024年6月")
    document.add_paragraph("使用网络爬虫从新闻网站收集并处理了两万八千条用户评论数据。")
    path = tmp_path / "zh_title.docx"
    document.save(path)
    assert [(b.entry, b.text) for b in extract(path).bullets()] == [
        ("基于主题建模的新闻评论情感态度变化分析系统 2024年3月 – 2024年6月",
         "使用网络爬虫从新闻网站收集并处理了两万八千条用户评论数据。"),
    ]  # fmt: skip


def test_paragraphs_in_a_script_without_capitals_give_a_bullet_per_sentence(
    tmp_path: Path,
) -> None:
    """Arabic (like Hebrew, Persian, Korean or Thai) has no capital letters, so no line of it
    can look "mostly capitalised" like a name: its project paragraph is sentences, as in English.
    A self-introduction essay ("자기소개서") is a summary, not more work."""
    import docx

    document = docx.Document()
    document.add_heading("المشاريع", level=1)
    document.add_paragraph().add_run("لوحة الحجز (Next.js, Prisma)").bold = True
    document.add_paragraph(
        "بنيت هذه الأداة لمساعدة أصحاب المتاجر على رؤية تكاليفهم. نشرتها لثلاثة متاجر محلية."
    )
    document.add_heading("자기소개서", level=1)
    document.add_paragraph("저는 문제를 구조화하고 해결하는 개발자가 되고 싶습니다. 감사합니다.")
    path = tmp_path / "ar.docx"
    document.save(path)
    resume = extract(path)
    assert [(b.section_kind, b.entry, b.text) for b in resume.bullets()] == [
        ("projects", "لوحة الحجز (Next.js, Prisma)",
         "بنيت هذه الأداة لمساعدة أصحاب المتاجر على رؤية تكاليفهم."),
        ("projects", "لوحة الحجز (Next.js, Prisma)", "نشرتها لثلاثة متاجر محلية."),
    ]  # fmt: skip
    assert [s.kind for s in resume.sections][-1] == "summary"


def test_styles_inherit_along_their_based_on_chain_and_a_loop_ends(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    from prodgap.readers.docx import read_docx

    document = docx.Document()
    styles = document.styles
    big = styles.add_style("Big Look", WD_STYLE_TYPE.PARAGRAPH)
    big.font.size = Pt(18)
    child = styles.add_style("Child Of Heading", WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = styles["Heading 2"]
    grandchild = styles.add_style("Grandchild", WD_STYLE_TYPE.PARAGRAPH)
    grandchild.base_style = big
    loop_a = styles.add_style("Loop A", WD_STYLE_TYPE.PARAGRAPH)
    loop_b = styles.add_style("Loop B", WD_STYLE_TYPE.PARAGRAPH)
    loop_a.base_style, loop_b.base_style = loop_b, loop_a
    for text, style in [
        ("Inherits a heading level", child),
        ("Inherits a size", grandchild),
        ("Based on a style based on it", loop_a),
        ("A style no one defined", None),
    ]:
        document.add_paragraph(text, style=style)
    path = tmp_path / "chain.docx"
    document.save(str(path))
    lines = {line.text: line for line in read_docx(path).lines}
    heading = lines["Inherits a heading level"]
    assert (heading.heading, heading.level) == (True, 2)
    assert lines["Inherits a size"].size == 18.0
    assert not lines["Based on a style based on it"].heading
    assert lines["A style no one defined"].size == lines["Based on a style based on it"].size


def test_role_titles_set_in_a_heading_style_above_the_sections_are_entries(
    tmp_path: Path,
) -> None:
    resume = extract(docs.inverted_heading_levels(tmp_path / "levels.docx"))
    assert [s.heading for s in resume.sections if s.heading] == [
        "BERUFSERFAHRUNG",
        "AUSBILDUNG",
        "Fähigkeiten",
    ]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("BERUFSERFAHRUNG", "Baute die nächtliche Ladeplanung in Airflow."),
        ("BERUFSERFAHRUNG", "Wertete Umfragen mit R aus."),
    ]
    assert [e.heading.split(" | ")[0] for e in resume.sections[0].entries] == [
        "Datenanalyst",
        "Werkstudent",
    ]


def test_dated_names_in_a_list_head_the_sentences_below(tmp_path: Path) -> None:
    resume = extract(docs.dated_project_list(tmp_path / "projects.docx"))
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        (
            "Port Watch – Open Port Detection March 2025",
            "Built a scanner for open ports.",
        ),
        (
            "Port Watch – Open Port Detection March 2025",
            "It runs on a schedule for the lab's servers.",
        ),
        (
            "Safe Send – Encrypted File Transfer January 2025",
            "Wrote the AES layer and tests.",
        ),
        (
            "Safe Send – Encrypted File Transfer January 2025",
            "It runs on a schedule for the lab's servers.",
        ),
    ]


def test_items_typed_into_one_paragraph_after_line_breaks_are_bullets(tmp_path: Path) -> None:
    resume = extract(docs.items_in_one_paragraph(tmp_path / "items.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Built the deployment pipeline for 30 services",
        "Ran the on-call rotation for the billing cluster",
        "Cut cloud spend by 18% by rightsizing nodes",
    ]
    # A break that only wraps a heading keeps the heading one line.
    assert resume.sections[-1].entries[0].heading == (
        "Platform Engineer | Tidewater Freight March 2021 - Present"
    )


def test_section_names_set_as_bold_list_items_are_headings(tmp_path: Path) -> None:
    resume = extract(docs.headings_as_list_items(tmp_path / "listed.docx"))
    assert [s.heading for s in resume.sections][-2:] == ["SKILLS", "PROFESSIONAL EXPERIENCE"]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        (
            "PROFESSIONAL EXPERIENCE",
            "Designed and developed message flows that route 40,000 insurance claims a day.",
        ),
        (
            "PROFESSIONAL EXPERIENCE",
            "Installed and configured the message broker on the production servers.",
        ),
    ]


def test_a_listed_role_line_with_its_dates_heads_the_work_below(tmp_path: Path) -> None:
    resume = extract(docs.role_lines_as_list_items(tmp_path / "roles.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Designed message flows that route 40,000 shipping orders a day.",
        "Installed and configured the message broker on the production servers.",
        "Built the claims intake service used by 300 agents.",
    ]
    assert [e.dates for e in resume.sections[-1].entries] == [
        "Sept 2011 – Dec 2014",
        "Dec 2009 – July 2010",
    ]


def test_a_listed_role_led_by_its_dates_heads_its_list(tmp_path: Path) -> None:
    resume = extract(docs.dated_role_items_over_their_lists(tmp_path / "cv.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Desenvolvimento do aplicativo de ponto eletrônico usado por 300 funcionários.",
        "Correção de listas de exercícios de álgebra linear para 120 alunos.",
    ]


def test_a_numbered_project_block_opens_its_own_section(tmp_path: Path) -> None:
    resume = extract(docs.numbered_project_blocks(tmp_path / "projects.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Project #2", "Set up the Jenkins pipelines for 30 services."),
        ("Project #1", "Moved the nightly builds to Docker agents."),
    ]


def test_numbered_project_blocks_under_a_projects_heading_are_its_entries(
    tmp_path: Path,
) -> None:
    path = docs.numbered_project_blocks(tmp_path / "projects.docx", heading="PROJECTS")
    bullets = extract(path).bullets()
    assert [(b.section, b.entry) for b in bullets] == [
        (
            "PROJECTS",
            "Project #2 | Client: Example Retail | Role: DevOps Engineer | Responsibilities",
        ),
        ("PROJECTS", "Project #1 | Client: Sample Bank | Role: DevOps Engineer | Responsibilities"),
    ]


def test_bold_capitals_head_a_section_beside_styled_headings(tmp_path: Path) -> None:
    resume = extract(docs.styled_and_typed_headings(tmp_path / "cv.docx"))
    assert [(b.section, b.section_kind, b.text) for b in resume.bullets()] == [
        (
            "WORKING EXPERIENCE",
            "experience",
            "Moved the nightly Maven builds of 12 services to Jenkins agents.",
        )
    ]


def test_named_headings_set_a_level_below_role_lines_still_head_sections(
    tmp_path: Path,
) -> None:
    resume = extract(docs.heading_levels_tied(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Wrote the firmware tests for 3 sensor boards."),
        ("Projects", "Built a parking monitor from 6 IR sensors and an ESP32."),
    ]


def test_role_titles_at_the_sections_heading_level_are_entries(tmp_path: Path) -> None:
    resume = extract(docs.role_titles_at_the_sections_heading_level(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Professional Experience", "Moved the route planner to AWS."),
        ("Professional Experience", "Built the card ledger API."),
    ]
    assert [section.heading for section in resume.sections][-1] == "Education"


def test_sections_typed_with_line_breaks_in_one_paragraph_are_read_apart(
    tmp_path: Path,
) -> None:
    resume = extract(docs.sections_typed_with_line_breaks(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Built the nightly load of 40 supplier feeds into the warehouse."),
        ("Experience", "Cut the load's failures from weekly to none with schema checks."),
    ]
    assert [section.heading for section in resume.sections][-1] == "Hobbies"


def test_a_heading_closed_by_a_colon_does_not_take_the_post_below_it(tmp_path: Path) -> None:
    resume = extract(docs.posts_under_a_heading_with_a_colon(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Kept the billing portal running for 3,000 staff."),
        ("Military Experience", "Maintained the radio network of four ships."),
    ]


def test_a_list_item_opening_in_lower_case_ends_the_sentence_before(tmp_path: Path) -> None:
    resume = extract(docs.list_item_broken_mid_sentence(tmp_path / "cv.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Diagnosed and resolved hardware and software issues across three operating systems"
        " for 400 staff.",
        "Rolled out the new laptop image to 12 offices.",
    ]


def test_a_work_heading_in_the_headings_look_at_another_size_opens_the_work(
    tmp_path: Path,
) -> None:
    resume = extract(docs.work_heading_at_its_own_size(tmp_path / "cv.docx"))
    assert [(b.section, b.section_kind, b.text) for b in resume.bullets()] == [
        (
            "ORGANISATIONAL EXPERIENCE",
            "experience",
            "Ran quarterly penetration tests of 40 internal applications.",
        )
    ]


def test_asterisks_set_tight_against_the_text_mark_its_points(tmp_path: Path) -> None:
    resume = extract(docs.pasted_job_board_text(tmp_path / "cv.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Automated 300 regression tests for the checkout service.",
        "Logged and tracked defects through their life cycle in Jira.",
        "Prepared the weekly test status report for the release manager.",
    ]
    summary = [i.text for s in resume.sections for i in s.items if i.kind == "summary"]
    assert summary == [
        "Five years of experience in software quality assurance.",
        "Experienced in back end testing with SQL queries.",
    ]


def test_role_titles_in_heading_style_are_entries_of_the_work_section(tmp_path: Path) -> None:
    resume = extract(docs.role_titles_as_heading_one(tmp_path / "cv.docx"))
    assert [(b.section, b.entry, b.text) for b in resume.bullets()] == [
        (
            "WORK EXPERIENCE",
            "Software Tester | Example Retail | Boston, MA - 2019 to 2023",
            "Automated 300 regression tests for the checkout service.",
        ),
        (
            "WORK EXPERIENCE",
            "QA Analyst | Sample Stores | Boston, MA - 2019 to 2023",
            "Cut the release test cycle from five days to two.",
        ),
    ]


def test_technologies_under_a_projects_field_rows_is_a_field(tmp_path: Path) -> None:
    resume = extract(docs.project_fields_with_technologies(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("PROJECTS", "Built 12 alerting dashboards for the payments team.")
    ]


def test_work_named_a_heading_level_down_after_the_sidebar_opens_the_work(
    tmp_path: Path,
) -> None:
    resume = extract(docs.work_heading_a_level_down(tmp_path / "cv.docx"))
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Work experience", "Built the screens finance staff use to book 200 machines in and out.")
    ]


def test_a_heading_style_on_a_word_with_a_full_stop_opens_no_section(tmp_path: Path) -> None:
    resume = extract(docs.heading_style_on_a_leftover_word(tmp_path / "styled.docx"))
    assert [s.heading for s in resume.sections if s.heading] == [
        "Professional Summary",
        "Experience",
    ]
    assert [b.text for b in resume.bullets()] == [
        "Automated 400 regression tests for the claims portal."
    ]


def test_text_boxes_are_read_where_they_are_placed(tmp_path: Path) -> None:
    """Boxes one paragraph anchors are read top to bottom as placed, a sidebar beside the main
    column is a flow of its own, and white text on a filled shape is seen, not hidden."""
    resume = extract(docs.placed_text_boxes(tmp_path / "boxes.docx"))
    assert [(b.section, b.section_kind, b.text) for b in resume.bullets()] == [
        (
            "EXPERIENCE",
            "experience",
            "Moved the nightly loads to Airflow, cutting failed runs from 9 to 1 a month.",
        )
    ]
    assert not resume.hidden_text


def test_white_section_names_on_shaded_cells_are_seen_and_head_their_sections(
    tmp_path: Path,
) -> None:
    resume = extract(docs.headings_on_shaded_cells(tmp_path / "shaded.docx"))
    assert not resume.hidden_text  # white on a dark cell is what the reader sees
    assert [s.heading for s in resume.sections][-3:] == ["Skills", "Projects", "Job Experience"]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Projects", "Built a route planner for a fictional courier in Python."),
        ("Job Experience", "Delivered the catalogue feature used by 9,000 clinics."),
    ]


def test_a_line_of_a_converted_pdf_that_ends_mid_phrase_goes_on(tmp_path: Path) -> None:
    """A sentence cut after "was" or "the" goes on at the next paragraph, whatever its first
    letter."""
    path = docs.lines_as_paragraphs(tmp_path / "converted.docx")
    assert [b.text for b in extract(path).bullets()] == [
        "Worked on the services that track silicon wafers through the assembly line.",
        "The services offered an API to query the metadata of each wafer.",
        "The datastore was SQLite.",
        "The software did not sell and the company closed in April 2020.",
    ]


def test_a_paragraph_that_ends_on_a_comma_goes_on_at_the_next(tmp_path: Path) -> None:
    path = docs.sentence_broken_after_a_comma(tmp_path / "comma.docx")
    assert [b.text for b in extract(path).bullets()] == [
        "Developed an online portfolio website using HTML, CSS, and JavaScript.",
        "Deployed it on GitHub Pages with a custom domain.",
    ]


def test_short_lines_led_by_a_verb_of_work_are_statements_not_headings(tmp_path: Path) -> None:
    resume = extract(docs.short_duty_lines(tmp_path / "duties.docx"))
    assert [b.text for b in resume.bullets()] == [
        "Refonte du site de réservation",
        "Maintenance des serveurs de paiement",
        "Migrated the billing jobs to Airflow",
    ]


def test_a_tools_line_named_like_a_section_stays_in_its_project(tmp_path: Path) -> None:
    resume = extract(docs.tools_lines_under_projects(tmp_path / "tools.docx"))
    assert [s.heading for s in resume.sections] == ["Projects", "Education"]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Projects", "Built a route planner for a fictional courier."),
        ("Projects", "Wrote a recipe manager with search."),
        ("Projects", "Developed a quiz app with timed rounds."),
    ]


def test_labels_closed_by_a_full_width_colon_stay_inside_their_project(tmp_path: Path) -> None:
    resume = extract(docs.chinese_labels_under_a_project(tmp_path / "cv.docx"))
    assert [s.heading for s in resume.sections] == ["项目经历", "教育背景"]
    assert [b.section for b in resume.bullets()] == ["项目经历"] * 3
