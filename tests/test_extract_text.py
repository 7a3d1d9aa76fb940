"""Plain text and Markdown extraction, and the text clean-up every reader shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from prodgap.extraction import extract
from prodgap.models import Resume
from prodgap.readers.lines import clean_text
from prodgap.readers.pdf import space_lone_returns
from prodgap.structure import (
    heading_text,
    is_section_name,
    recurring_glyphs,
    section_kind,
    split_glyph,
    split_sentences,
)

MARKDOWN = """\
# Ada Park

## Summary
ML engineer who ships.

## Experience
### Senior ML Engineer — Quarry AI (2021 – Present)
- Built the **retrieval** service in `Go` that answers
  40k questions a day.
* Fine-tuned a reranker on 15k labelled pairs.
+ Cut spend with a [semantic cache](https://example.com).

## Projects
1. Wrote a tokenizer in Rust.
"""

PLAIN = """\
WORK EXPERIENCE
Data Scientist, Globex, 2019 - 2022
• Shipped a churn model that scores
    2M accounts nightly.
- Ran the weekly retraining job.

Skills:
Python, SQL
"""


def extract_text(tmp_path: Path, name: str, text: str) -> Resume:
    """Extract a resume written here as plain text or Markdown (``name`` picks which)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_markdown_headings_entries_and_bullets(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    resume = extract(path)
    assert (resume.file_type, resume.engine) == ("md", "text")
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Experience", "Built the retrieval service in Go that answers 40k questions a day."),
        ("Experience", "Fine-tuned a reranker on 15k labelled pairs."),
        ("Experience", "Cut spend with a semantic cache."),
        ("Projects", "Wrote a tokenizer in Rust."),
    ]
    entry = resume.bullets()[0].entry
    assert entry == "Senior ML Engineer — Quarry AI (2021 – Present)"


def test_plain_text_caps_and_colon_headings(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(PLAIN, encoding="utf-8")
    resume = extract(path)
    assert [(s.heading, s.kind) for s in resume.sections] == [
        ("WORK EXPERIENCE", "experience"),
        ("Skills", "skills"),
    ]
    assert [b.text for b in resume.bullets()] == [
        "Shipped a churn model that scores 2M accounts nightly.",
        "Ran the weekly retraining job.",
    ]


def test_no_bullets_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Dear hiring manager,\nI would like the job.\n", encoding="utf-8")
    resume = extract(path)
    assert resume.bullets() == []
    assert any("no bullet" in w for w in resume.warnings)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("e\ufb03cient \ufb02ow", "efficient flow"),
        ("soft\u00adhyphen", "softhyphen"),
        ("no\u00a0break\u2009thin", "no break thin"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        # C1 control codes: a broken font map's icons. After the text one goes; before it,
        # it is the line's marker and stays.
        ("platform ledgers\x9e", "platform ledgers"),
        ("\x88 Engineered an API", "\x88 Engineered an API"),
        ("Educaci\u00b4on", "Educación"),
        ("John\u00b4s", "John\u00b4s"),
        # TeX accents an i on a dotless one.
        ("Almer\u00b4\u0131a, Na\u00a8\u0131ve", "Almería, Naïve"),
        # PDFium's U+FFFE: a hyphen where a line ends, an unmapped ligature inside a word.
        ("real\ufffe", "real-"),
        ("Pro\ufffessional work\ufffeow", "Profissional workflow"),
        # TeX's T1 encoding puts ligatures at control codes when a font has no Unicode map.
        ("\x1cle sharing, o\x1ece, \x1dow", "file sharing, office, flow"),
        # One hyphen set twice by a converter: a hyphen-minus, a soft hyphen, a U+2010.
        (
            "Hands-\u00ad\u2010on, co-\u2010author, well\u2010known",
            "Hands-on, co-author, well-known",
        ),
        # A Chinese font that maps common characters to the Kangxi radicals they look like.
        ("\u2f2f作经验，\u2f64\u2f3e数据导\u2f0a", "工作经验，用戶数据导入"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_returns_between_the_words_of_a_pdf_line_are_word_spaces() -> None:
    # PDFium's text of a page whose generator put "\t\r" between words; lines end in "\r\n".
    raw = "Setting\t\r \xa0up\t\r \xa0the base\r\nNext line"
    spaced = space_lone_returns(raw)
    assert len(spaced) == len(raw)  # PDFium's character indices still match
    assert spaced.split("\r\n")[0].split() == ["Setting", "up", "the", "base"]


@pytest.mark.parametrize(
    "line",
    [
        "• a",
        "◦ a",
        "▪ a",
        "■ a",
        "► a",
        "‣ a",
        "– a",
        "- a",
        "* a",
        "\uf0b7 a",
        "\uf0a7 a",
        "\uf076 a",
        "\uf0d8 a",
        "\ue001 a",
        "\U000f17a9 a",  # Nerd Fonts' Material Design icons sit in plane 15
    ],
)
def test_bullet_glyphs(line: str) -> None:
    assert split_glyph(line) == (line[0], "a")


def test_icon_before_contact_details_is_not_a_bullet() -> None:
    assert split_glyph("\uf0e0 jane@example.com") == (None, "jane@example.com")
    assert split_glyph("\U000f01ee jane@example.com") == (None, "jane@example.com")
    assert split_glyph("-5% churn")[0] is None


@pytest.mark.parametrize(
    ("heading", "text", "kind"),
    [
        ("E X P E R I E N C E", "EXPERIENCE", "experience"),
        ("W O R K E X P E R I E N C E", "WORK EXPERIENCE", "experience"),
        # Letter-spaced with single spaces: split into the words of known section names.
        ("E X P É R I E N C E D E T R A V A I L", "EXPÉRIENCE DE TRAVAIL", "experience"),
        ("P R O J E C T S & A W A R D S", "PROJECTS & AWARDS", "projects"),
        # Letter-spacing kept only between some letters (kerning closed the other gaps).
        ("EXPE R IE N C E", "EXPERIENCE", "experience"),
        ("AWA R D S", "AWARDS", "other"),
        ("BIG D ATA X", "BIG D ATA X", "other"),
        # Kerning gaps inside words, no letter alone: run together where a name is spelt.
        ("EXPER IENC IA LABORAL", "EXPERIENCIA LABORAL", "experience"),
        ("PERF IL PROFES IONAL", "PERFIL PROFESIONAL", "summary"),
        ("FORMA C IÓN", "FORMACIÓN", "education"),
        ("WORK E X PE RIE NC E", "WORK EXPERIENCE", "experience"),  # seven pieces
        # Roles and degrees under one heading: the roles' bullets are read.
        ("EXPERIENCE AND EDUCATION", "EXPERIENCE AND EDUCATION", "experience"),
        ("Education & Projects", "Education & Projects", "projects"),
        ("Education and Training", "Education and Training", "education"),
        ("Writing & Other Work", "Writing & Other Work", "other"),
        ("DATA SCIENCE", "DATA SCIENCE", "other"),
        ("CONOCIMIENTOS TÉCNICOS", "CONOCIMIENTOS TÉCNICOS", "skills"),
        ("Connaissances", "Connaissances", "skills"),
        ("Employment History", "Employment History", "experience"),
        ("Selected Projects:", "Selected Projects", "projects"),
        ("Academic Background", "Academic Background", "education"),
        ("Skills & Tools", "Skills & Tools", "skills"),
        ("Professional Summary", "Professional Summary", "summary"),
        ("Certifications", "Certifications", "other"),
        ("PROFESSIONAL CAREER", "PROFESSIONAL CAREER", "experience"),
        ("ACADEMIC CAREER", "ACADEMIC CAREER", "education"),
        ("School Education", "School Education", "education"),
        ("RESUMO PROFISSIONAL", "RESUMO PROFISSIONAL", "summary"),
        ("关于我", "关于我", "summary"),
        ("Why Hire Me", "Why Hire Me", "summary"),
        # An icon font's glyph read as a letter, or as its name, before the section's name.
        ("ë Experience", "Experience", "experience"),
        ("Ð Habilidades", "Habilidades", "skills"),
        ("Briefcase Professional Experience", "Professional Experience", "experience"),
        # An emoji, a symbol or a lone mark before a name is a decoration, not a word of it.
        ("\U0001f4bc Work Experience", "Work Experience", "experience"),
        ("\U0001f6e0\ufe0f Technical Skills", "Technical Skills", "skills"),
        ("/ WORK EXPERIENCE", "WORK EXPERIENCE", "experience"),
        ("\u035b \u9879\u76ee\u7ecf\u5386", "\u9879\u76ee\u7ecf\u5386", "projects"),
        ("& Projects", "& Projects", "projects"),
        ("University Projects", "University Projects", "projects"),
        ("Language Skills", "Language Skills", "skills"),
        # Chinese and Japanese names letter-spaced for their look read closed up; Korean
        # keeps the space that parts its words.
        ("\u9879\u76ee \u7ecf\u9a8c", "\u9879\u76ee\u7ecf\u9a8c", "projects"),
        ("\u8077 \u52d9 \u7d4c \u6b74", "\u8077\u52d9\u7d4c\u6b74", "experience"),
        ("\ubcf4\uc720 \uae30\uc220", "\ubcf4\uc720 \uae30\uc220", "skills"),
    ],
)
def test_section_names(heading: str, text: str, kind: str) -> None:
    assert heading_text(heading) == text
    assert section_kind(heading_text(heading)) == kind


def test_a_symbol_that_opens_many_lines_is_the_documents_bullet_glyph(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(
        "EXPERIENCE\nEngineer, Acme  2020 - 2023\n"
        "\u25c8 Built the billing pipeline.\n\u25c8 Ran the on-call rotation.\n"
        "\u25c8 Cut cloud spend by 20%.\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).bullets()] == [
        "Built the billing pipeline.",
        "Ran the on-call rotation.",
        "Cut cloud spend by 20%.",
    ]
    assert split_glyph("\u25c8 Built it.")[0] is None
    assert recurring_glyphs(["\u201c Quote", "\u201c Quote", "\u201c Quote"]) == frozenset()


def test_contact_details_in_a_list_are_not_bullets(tmp_path: Path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        "# Ada Park\n\n## Contact\n- ada@example.com\n- Phone: +1 (415) 555-0101\n"
        "- linkedin.com/in/ada-park\n\n## Projects\n### Tokenizer\n"
        "- Wrote a tokenizer in Rust; docs at tokenizer.example.com.\n"
        "- Contributed to github.com/example/tokenizers\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).bullets()] == [
        "Wrote a tokenizer in Rust; docs at tokenizer.example.com.",
        "Contributed to github.com/example/tokenizers",
    ]


def test_a_visible_space_symbol_is_a_space() -> None:
    # Some TeX fonts map their space glyph to U+2423, which PDF text extraction returns.
    assert clean_text("\u25cb\u2423Trained a model") == "\u25cb Trained a model"


def test_tex_symbols_and_unmapped_glyphs() -> None:
    assert clean_text("scaled to \u223c2M events") == "scaled to ~2M events"
    # Some fonts set every hyphen as U+2010, which a reader types as "-"; read as anything else
    # it is not a hyphen at a line's end, and "inter\u2010" / "pretable" would not join.
    assert clean_text("high\u2010performance") == "high-performance"
    # pdfTeX's bitmap fallback for \textbullet extracts as the C1 control U+0088.
    assert split_glyph("\x88 Built the feature store.") == ("\x88", "Built the feature store.")
    # moderncv's bullet, in a font with no Unicode map, extracts as "{".
    assert "{" in recurring_glyphs(["{ Built it.", "{ Ran it.", "{ Fixed it."])


def test_a_letter_no_word_of_the_document_uses_is_a_mapped_bullet() -> None:
    # A symbol font's bullet mapped to "Ă" opened every point of a Portuguese resume: no bullet
    # was found. A letter the text also writes inside its words stays a letter.
    points = ["Ă Desenvolvido em Django.", "Ă Sistema de reservas.", "Ă Publicado na loja."]
    assert "Ă" in recurring_glyphs(["Experiência", *points, "Formação em Computação"])
    romanian = ["Ă Dezvoltat API.", "Ă Mentenanță servere.", "Ă Testare automată.", "ÎNVĂȚĂMÂNT"]
    assert "Ă" not in recurring_glyphs(romanian)
    # The same mark opening a cell after a role's dates, in Chinese: still only a mark. An
    # icon written between the words of a line ("Data course  Ł 2022 Ȱ Example") is not.
    chinese = [
        "Ġ 开发了订单管理服务",
        "Ġ 优化了缓存命中率",
        "2013.07\tĠ 编写了库存报表脚本",
        "Ġ 配置了监控告警",
    ]
    assert "Ġ" in recurring_glyphs(["项目经历", *chinese])
    icons = ["Ȱ Example Bank", "Ȱ Example Lab", "Ȱ Example Office", "Data course\tŁ 2022 Ȱ Acme"]
    assert "Ȱ" not in recurring_glyphs(icons)


@pytest.mark.parametrize(
    ("mark", "words"),
    [
        # moderncv's circle in a symbol font mapped to a letter: "f Built ..." on every point.
        ("f", ["fender branch"]),
        # A template that draws each point's mark as "λ": in an English resume, not a word.
        ("λ", ["Acme"]),
    ],
)
def test_a_letter_opening_several_statements_is_the_documents_glyph(
    mark: str, words: list[str]
) -> None:
    points = [f"{mark} Built the pager.", f"{mark} Ran the on-call.", f"{mark} Fixed the leak."]
    glyphs = recurring_glyphs(points + words)
    assert mark in glyphs
    assert split_glyph(points[0], glyphs) == (mark, "Built the pager.")


def test_letters_that_are_words_or_icons_are_not_glyphs() -> None:
    # An icon font's calendar before each role's dates is not a point's glyph; nor is a word.
    dates = ["x Sep 2020 – Sep 2021", "x Oct 2017 – Jun 2020", "x Sep 2019 – Dec 2019"]
    assert "x" not in recurring_glyphs(dates)
    assert "w" not in recurring_glyphs(["w Google", "w Warszawie", "w Krakowie"])
    # In Greek, "η" opens sentences as a word.
    greek = ["η Ομάδα ανέπτυξε το σύστημα.", "η Εταιρεία το χρησιμοποιεί.", "η Υπηρεσία τρέχει."]
    assert "η" not in recurring_glyphs(greek)


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Built X for Acme Inc. in 2021. Ran it daily.",
            ["Built X for Acme Inc. in 2021.", "Ran it daily."],
        ),
        (
            "Led the U.S. rollout, e.g. for 3 banks. Then cut costs 20%.",
            ["Led the U.S. rollout, e.g. for 3 banks.", "Then cut costs 20%."],
        ),
        ("负责数据管道。优化了模型。", ["负责数据管道。", "优化了模型。"]),
        # One letter after "in" or "using" names a language (C, R): its full stop ends.
        (
            "Wrote the tracker in C. Optimised it with OpenMP. Met J. Smith's deadline.",
            ["Wrote the tracker in C.", "Optimised it with OpenMP.", "Met J. Smith's deadline."],
        ),
        ("Version 2.1 shipped to users in May.", ["Version 2.1 shipped to users in May."]),
        # A link word after the last sentence stays with it; a label over a list does not.
        ("Won the poster award. [Code]", ["Won the poster award. [Code]"]),
        (
            "Built services for clients. Example assignments:",
            ["Built services for clients."],
        ),
    ],
)
def test_paragraphs_split_into_sentences(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def test_icon_names_left_by_a_font_are_glyphs_or_dropped(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "icons.txt",
        "SUITCASE EXPERIENCE\n"
        "Data Analyst, Example GmbH\n"
        "11.2025 Angle-Right Built the weekly KPI report used by 12 store managers\n"
        "Angle-Right Automated the ETL jobs in Airflow\n",
    )
    assert [s.heading for s in resume.sections] == ["EXPERIENCE"]
    assert [b.text for b in resume.bullets()] == [
        "Built the weekly KPI report used by 12 store managers",
        "Automated the ETL jobs in Airflow",
    ]


def test_a_short_label_over_nested_bullets_heads_them(tmp_path: Path) -> None:
    path = tmp_path / "nested.md"
    path.write_text(
        "## Experience\n\n### Infrastructure engineer, Example SA\n\n"
        "- Systems engineer:\n"
        "  - Ran a fleet of 500 servers managed by Puppet\n"
        "- Cut the monthly cloud bill by 30% by moving batch jobs to spot instances:\n"
        "  - Kept the nightly jobs within their window\n",
        encoding="utf-8",
    )
    resume = extract(path)
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        (
            "Infrastructure engineer, Example SA | Systems engineer",
            "Ran a fleet of 500 servers managed by Puppet",
        ),
        # A statement that ends with a colon heads what follows it: an item, as a heading.
        (
            "Infrastructure engineer, Example SA | Systems engineer",
            "Kept the nightly jobs within their window",
        ),
    ]


def test_dash_items_run_together_part_again(tmp_path: Path) -> None:
    path = tmp_path / "joined.md"
    path.write_text(
        "## Experience\n\n- Wrote SAS macros to speed up the monthly reporting. - Supervised two "
        "marketing analysts.\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).bullets()] == [
        "Wrote SAS macros to speed up the monthly reporting.",
        "Supervised two marketing analysts.",
    ]


def test_a_colon_at_a_line_end_does_not_end_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "colon.txt"
    path.write_text(
        "PROJECTS\n\nSales Dashboard\nDescription: Analyses the sales of 40 stores for the "
        "planning team. Tools/Technologies:\nPower BI, data visualization.\n",
        encoding="utf-8",
    )
    resume = extract(path)
    assert [b.text for b in resume.bullets()] == [
        "Description: Analyses the sales of 40 stores for the planning team."
    ]
    assert [i.text for s in resume.sections for i in s.items] == [
        "Tools/Technologies: Power BI, data visualization."
    ]


def test_a_short_first_line_of_a_paragraph_is_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "EXPERIENCE\n\nSoftware Engineer, Example Co\nAnalysed, designed and developed new\n"
        "features for several distributed applications for work management.\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).bullets()] == [
        "Analysed, designed and developed new features for several distributed applications "
        "for work management."
    ]


def test_a_section_name_before_a_tab_is_a_heading_whatever_its_case(tmp_path: Path) -> None:
    path = tmp_path / "tab.txt"
    path.write_text(
        "EXPERIENCE\n- Built the billing service used by 3 teams\n"
        "Personal Projects\t120 followers, 800+ stars\n- Built a bus departures app\n",
        encoding="utf-8",
    )
    assert [b.section for b in extract(path).bullets()] == ["EXPERIENCE", "Personal Projects"]


def test_a_form_label_with_its_colon_set_apart_is_no_heading(tmp_path: Path) -> None:
    # Job-site forms line their values up: "Tools      :    Git, Jenkins" is the project's field.
    path = tmp_path / "form.txt"
    path.write_text(
        "PROJECTS\n\nProject\t        :    Ledger migration for Example Bank\n"
        "Tools                    :    Git, Jenkins, Ansible\n"
        "- Created CI/CD pipelines for the ledger service with Jenkins\n"
        "- Deployed the service to four environments with Ansible\n",
        encoding="utf-8",
    )
    bullets = extract(path).bullets()
    assert [b.section for b in bullets] == ["PROJECTS", "PROJECTS"]
    assert "Git, Jenkins, Ansible" in (bullets[0].entry or "")


def test_work_done_for_a_prize_is_a_bullet_under_an_awards_heading(tmp_path: Path) -> None:
    path = tmp_path / "awards.md"
    path.write_text(
        "## Selected Awards\n\n- Second prize, student cluster competition, 2022\n"
        "- Led the team's tuning of HPL benchmarks on 300 servers with MPI and OpenMP\n",
        encoding="utf-8",
    )
    resume = extract(path)
    assert [b.text for b in resume.bullets()] == [
        "Led the team's tuning of HPL benchmarks on 300 servers with MPI and OpenMP"
    ]
    assert [i.kind for s in resume.sections for i in s.items] == ["award"]


def test_a_row_of_icon_led_fields_is_no_bullet(tmp_path: Path) -> None:
    """Icon fonts put a private-use glyph before each field of a contact row; the first one
    is no bullet glyph when more icons follow across the row."""
    path = tmp_path / "icons.txt"
    path.write_text(
        "Ana Lima\n\uf041 Lisbon\t\uf0e0 ana@example.com\t\uf095 555 0100\tana.example.app\n"
        "\uf0e1 ana-lima\t\uf09b analima\n\nEXPERIENCE\nData Engineer, Tern Labs\n"
        "- Moved the nightly loads to Airflow\n",
        encoding="utf-8",
    )
    assert [b.text for b in extract(path).bullets()] == ["Moved the nightly loads to Airflow"]


def test_a_line_with_an_email_is_no_bullet(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "referee.txt",
        "EXPERIENCE\nData Engineer, Tern Labs\n- Moved the nightly loads to Airflow\n"
        "- Reference: Rui Costa | team lead | rui@example.com\n",
    )
    assert [b.text for b in resume.bullets()] == ["Moved the nightly loads to Airflow"]
    assert [i.kind for s in resume.sections for i in s.items] == ["reference"]


def test_a_section_name_after_a_square_mark_heads_a_section(tmp_path: Path) -> None:
    """Japanese and Korean resumes mark section names with a square and items with a
    katakana middle dot set tight against the text."""
    resume = extract_text(
        tmp_path,
        "shokumu.txt",
        "■職務要約\nゲーム開発に十年従事。\n■職務経歴\n株式会社サンプル\n"
        "・運用ツールの作成\n・サーバーの監視と障害対応\n",
    )
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("職務要約", "summary"),
        ("職務経歴", "experience"),
    ]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("職務経歴", "運用ツールの作成"),
        ("職務経歴", "サーバーの監視と障害対応"),
    ]


def test_an_icon_before_a_section_name_heads_a_section(tmp_path: Path) -> None:
    """Icon fonts put a glyph (a cap, a briefcase) before each heading: a private-use
    character, which before a list item would be its bullet."""
    path = tmp_path / "icons.txt"
    path.write_text(
        "\uf19d EDUCATION\nExample University, BSc Computing\n- GPA: 3.9/4.0\n"
        "\uf0b1 Research & Experience\nData Intern, Tern Labs\n- Built the weekly churn report\n",
        encoding="utf-8",
    )
    resume = extract(path)
    assert [(s.heading, s.kind) for s in resume.sections if s.heading] == [
        ("EDUCATION", "education"),
        ("Research & Experience", "experience"),
    ]
    assert [(b.section, b.text) for b in resume.bullets()] == [
        ("Research & Experience", "Built the weekly churn report")
    ]


def test_a_generators_gap_inside_brackets_goes_but_typed_spaces_stay(tmp_path: Path) -> None:
    """A space on one side only ("(LLM )") is a generator's gap; spaces on both sides
    ("( A100 )") are how the author types brackets, and the text is the author's."""
    resume = extract_text(
        tmp_path,
        "brackets.txt",
        "EXPERIENCE\nML Engineer, Tern Labs\n- Deployed a Large Language Model (LLM ) on a GPU\n"
        "  node ( A100 ) for the support team\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Deployed a Large Language Model (LLM) on a GPU node ( A100 ) for the support team"
    ]


def test_a_listed_name_that_ends_with_a_range_in_french_heads_its_entry(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "fr.txt",
        "EXPÉRIENCE\n- Port de Lune | Mai 2018 - Août 2018\n  - Configure les serveurs Linux\n",
    )
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        ("Port de Lune | Mai 2018 - Août 2018", "Configure les serveurs Linux")
    ]


def test_a_chinese_sentence_wrapped_across_lines_joins_without_a_space(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "zh.txt",
        "项目经历\n智能排班系统\n"
        "- 使用状态机根据不同的赛道特征识别出不同的行驶状态并且采取不同的控\n"
        "  制决策，最终实现了平衡控制。\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "使用状态机根据不同的赛道特征识别出不同的行驶状态并且采取不同的控制决策，最终实现了平衡控制。"
    ]


def test_dates_and_place_a_phone_and_a_tools_row_are_not_bullets(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "rows.txt",
        "Ana Lima\n- (+91) 888-7148-656\n\nEXPERIENCE\nData Engineer, Tern Labs\n"
        "- 02/2017 - 08/2017  Example Town, Portugal\n"
        "- Built the pipelines the billing team reads every morning from the\n"
        "  warehouse\nTechnologies: Python, GCP, Airflow\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Built the pipelines the billing team reads every morning from the warehouse"
    ]


def test_a_hyphen_before_based_at_a_tex_line_end_is_kept() -> None:
    """TeX hyphenates words at line ends, so a break after a hyphen usually joins the halves;
    but no word is split just before "based" or "driven": that hyphen was typed."""
    from prodgap.structure import _join_wrap, _survey

    doc = _survey([], "pdf", True)
    assert _join_wrap("a student on vision-", "based moral inference", doc) == (
        "a student on vision-based moral inference"
    )
    assert _join_wrap("an event-", "driven design", doc) == "an event-driven design"
    assert _join_wrap("trained a classi-", "fier", doc) == "trained a classifier"


def test_syllables_split_at_line_ends_join_in_a_resume_not_in_english() -> None:
    """A word processor that hyphenates German cuts words into halves the resume never uses
    alone ("Projektbeglei-" / "tung"); none ends like an English word, yet the document shows
    it splits words. English compounds cut the same way keep their hyphen."""
    from prodgap.readers.lines import Line
    from prodgap.structure import _join_wrap, _survey

    german = [
        "Technische Projektbeglei-",
        "tung und Betrieb der Plattform für die Kunden",
        "Entwicklung von Automatisie-",
        "rungen zur Sicher-",
        "stellung der Verfügbarkeit mit den Teams",
    ]
    doc = _survey([Line(text=t) for t in german], "pdf", False)
    assert _join_wrap("zur Sicher-", "stellung der Verfügbarkeit", doc) == (
        "zur Sicherstellung der Verfügbarkeit"
    )
    english = [
        "Set up a private bare-",
        "metal cluster and a forward-",
        "looking plan for the clients of the team",
    ]
    doc = _survey([Line(text=t) for t in english], "pdf", False)
    assert _join_wrap("a private bare-", "metal cluster", doc) == "a private bare-metal cluster"


def test_a_marked_label_with_nothing_after_its_colon_is_no_bullet(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "label.txt",
        "EXPERIENCE\nData Engineer, Tern Labs\n- Responsibilities:\n- Ran the nightly loads\n"
        "- 工作内容：\n- 负责后端接口开发\n",
    )
    assert [b.text for b in resume.bullets()] == ["Ran the nightly loads", "负责后端接口开发"]


def test_role_lines_dated_the_way_chinese_resumes_write_them_are_headings(tmp_path: Path) -> None:
    """Year then month ("2018.7"), run together ("201810"), a tilde between them, and 至今
    ("until now"): a role's dates, so the marked line heads its points instead of being one."""
    resume = extract_text(
        tmp_path,
        "cn.txt",
        "项目经历\n"
        "1. 示例公司 - 告警抑制项目 - 后端开发 - 201807 - 201810\n"
        "- 使用kafka流处理将告警进行抑制和汇聚\n"
        "2. 示例公司 - 数据通讯部 - 后端开发 - 2018.7~至今\n"
        "- 负责后端接口开发\n",
    )
    assert [(b.entry, b.text) for b in resume.bullets()] == [
        (
            "示例公司 - 告警抑制项目 - 后端开发 - 201807 - 201810",
            "使用kafka流处理将告警进行抑制和汇聚",
        ),
        ("示例公司 - 数据通讯部 - 后端开发 - 2018.7~至今", "负责后端接口开发"),
    ]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Doświadczenie zawodowe", "experience"),
        ("Werkervaring", "experience"),
        ("İş Deneyimi", "experience"),
        ("Arbetslivserfarenhet", "experience"),
        ("Pracovní zkušenosti", "experience"),
        ("Досвід роботи", "experience"),
        ("Pengalaman Kerja", "experience"),
        ("Kinh nghiệm làm việc", "experience"),
        ("الخبرة العملية", "experience"),
        ("Wykształcenie", "education"),
        ("Eğitim", "education"),
        ("Εκπαίδευση", "education"),
        ("Umiejętności", "skills"),
        ("Kỹ năng", "skills"),
        ("Projecten", "projects"),
        ("Hakkımda", "summary"),
        # Not in the table, told by a word in it.
        ("Doświadczenie w branży IT", "experience"),
        ("Relevante werkervaring", "experience"),
        # Client work: a consultant's or freelancer's roles.
        ("KONSULTUPPDRAG", "experience"),
        ("Oppdrag", "experience"),
        ("Consulting Engagements", "experience"),
        ("Freelance", "experience"),
        ("Consulting Skills", "skills"),
        # A French writer's English: degrees listed as diplomas.
        ("Studies and Diplomas", "education"),
        ("DIPLOMAS", "education"),
        ("Diplomarbeit", "other"),  # a German thesis: work, not a list of degrees
        # Work's own words: career, job and internship in several languages.
        ("Karriere", "experience"),
        ("Career History and Accomplishments", "experience"),
        ("Historial de Trabajo", "experience"),
        ("Histórico de Trabalho", "experience"),
        ("Becas y pasantías", "experience"),
        ("開発経歴", "experience"),
        ("경력 상세", "experience"),
        ("实践经历", "experience"),
        ("기타 프로젝트", "projects"),
        ("Career Objective", "summary"),
        ("教育经历", "education"),
        ("職務経歴書", "other"),  # the document's title: a work history
    ],
)
def test_section_names_in_more_languages(heading: str, kind: str) -> None:
    assert section_kind(heading) == kind


def test_a_polish_resume_is_read_by_its_section_names(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "pl.txt",
        "Anna Kowalska\nDOŚWIADCZENIE ZAWODOWE\nAnalityk danych – Przykład, Kraków\n"
        "- Zbudowałam raport sprzedaży używany przez dział handlowy\n"
        "UMIEJĘTNOŚCI\n- Python, SQL\n",
    )
    assert [(b.section_kind, b.text) for b in resume.bullets()] == [
        ("experience", "Zbudowałam raport sprzedaży używany przez dział handlowy")
    ]


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("Recent Projects", True),
        ("Additional Experience", True),
        ("Other Work Experience", True),
        # A qualifier before a label of a role's own list, or of a section of no roles.
        ("Key Achievements:", False),
        ("Relevant Courses:", False),
        ("Main Skills", False),
    ],
)
def test_a_word_that_picks_some_roles_or_projects_names_their_section(
    heading: str, named: bool
) -> None:
    assert is_section_name(heading) is named


def test_work_under_recent_projects_is_read_as_projects(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "recent.txt",
        "Noor Haddad\nnoor@example.com\n\nSKILLS\n- Kubernetes, Terraform\n\n"
        "Recent Projects\nCommunity Forum Platform\n"
        "- Migrated the forum's cluster to bare metal, halving its monthly bill\n",
    )
    assert [(b.section_kind, b.text) for b in resume.bullets()] == [
        ("projects", "Migrated the forum's cluster to bare metal, halving its monthly bill")
    ]


def experience_of(tmp_path: Path, contact: str, lines: list[str]) -> Resume:
    """A plain-text resume of a fictional person: a contact line, then an experience section."""
    text = "\n".join(["Ines Farrow", contact, "", "EXPERIENCE", *lines]) + "\n"
    return extract_text(tmp_path, "resume.txt", text)


def test_icons_from_the_supplementary_private_use_planes_mark_bullets(tmp_path: Path) -> None:
    resume = experience_of(
        tmp_path,
        "\U000f01ee ines@example.com",
        [
            "Data Engineer, Example Freight, 2021 - 2024",
            "\U000f17a9 Pipelines - Built the nightly load of 40 carrier feeds.",
            "\U000f17a9 Alerts - Added freshness checks that page the on-call engineer.",
        ],
    )
    assert [b.text for b in resume.bullets()] == [
        "Pipelines - Built the nightly load of 40 carrier feeds.",
        "Alerts - Added freshness checks that page the on-call engineer.",
    ]


def test_claims_of_skill_before_any_role_are_the_summary_not_work(tmp_path: Path) -> None:
    resume = experience_of(
        tmp_path,
        "ines@example.com",
        [
            "• Expert in developing web user interfaces.",
            "• Working knowledge of AWS and Docker.",
            "Front End Developer, Example Systems, 2021 - 2023",
            "• Built the cards application in Vue.js for 40k daily users.",
            "• Experience with Kafka consumers for the order events.",
        ],
    )
    assert [b.text for b in resume.bullets()] == [
        "Built the cards application in Vue.js for 40k daily users.",
        "Experience with Kafka consumers for the order events.",
    ]
    kept = [(i.kind, i.text) for s in resume.sections for i in s.items]
    assert ("summary", "Working knowledge of AWS and Docker.") in kept


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("Work Experience (2.4 Years)", True),
        ("Опыт работы — 9 лет 6 месяцев", True),
        ("Projects (selected)", True),
        ("Профессиональный опыт", True),
        # A note after a name that is no section's stays unnamed.
        ("Example Corp (2019)", False),
    ],
)
def test_a_section_name_with_a_note_after_it_is_still_named(heading: str, named: bool) -> None:
    assert is_section_name(heading) is named


def test_items_numbered_inside_a_paragraph_are_bullets_without_their_numbers(
    tmp_path: Path,
) -> None:
    resume = experience_of(
        tmp_path,
        "wei@example.com",
        [
            "Backend Engineer, Example Logistics, 2019 - 2021",
            "",
            "1.负责订单服务的设计与开发，支持三个仓库的日常发货。补充了监控告警。 "
            "2.参与3.x版本的迁移，上线后接口延迟下降一半。",
        ],
    )
    assert [b.text for b in resume.bullets()] == [
        "负责订单服务的设计与开发，支持三个仓库的日常发货。补充了监控告警。",
        "参与3.x版本的迁移，上线后接口延迟下降一半。",
    ]


def test_a_paragraphs_numbered_sentences_part_at_their_numbers() -> None:
    paragraph = (
        "1. Built the nightly load of the carrier feeds. It runs for 40 carriers. "
        "2. Added freshness checks that page the on-call engineer."
    )
    assert split_sentences(paragraph) == [
        "Built the nightly load of the carrier feeds. It runs for 40 carriers.",
        "Added freshness checks that page the on-call engineer.",
    ]
    # Numbers that do not count from one are part of the text.
    assert split_sentences("Cut costs by 30%. 2. Moved the jobs to spot instances.") == [
        "Cut costs by 30%.",
        "2. Moved the jobs to spot instances.",
    ]


@pytest.mark.parametrize(
    "dates", ["De février 2019 à août 2019", "Von März 2020 bis heute", "Desde enero de 2021 a hoy"]
)
def test_a_range_of_dates_in_words_on_its_own_line_is_no_sentence(
    tmp_path: Path, dates: str
) -> None:
    resume = extract_text(
        tmp_path,
        "dates.txt",
        "EXPERIENCE\nIngénieur logiciel ― Exemple SA, Paris\n"
        f"{dates}\n"
        "Développement du service de facturation que trois cents clients utilisent chaque jour.\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Développement du service de facturation que trois cents clients utilisent chaque jour."
    ]
    assert dates in resume.sections[0].entries[0].heading


def test_korean_education_and_profile_sections_hold_no_bullets(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "ko.txt",
        "프로필\n- 사용자가 많은 서비스를 만들고 싶은 백엔드 개발자입니다.\n"
        "경력\n예시회사 (2019. 01 ~ 2021. 12, 사원)\n"
        "- 결제 서비스의 백엔드를 개발하고 운영했습니다.\n"
        "교육\n예시대학교 컴퓨터공학과 학사 졸업 (2015. 03 ~ 2019. 02)\n- 전공 평점 4.1 / 4.5\n"
        "특기사항\n- 꾸준함이 제 가장 큰 무기입니다.\n",
    )
    assert [(b.section_kind, b.text) for b in resume.bullets()] == [
        ("experience", "결제 서비스의 백엔드를 개발하고 운영했습니다.")
    ]


def test_work_that_runs_on_under_a_languages_heading_is_still_work(tmp_path: Path) -> None:
    resume = extract_text(
        tmp_path,
        "languages.txt",
        "EXPERIENCE\nData Engineer, Example Co | 2019 - 2023\n"
        "- Built the billing pipeline that runs every night for 300 stores.\n"
        "LANGUAGES\n- English (native), French (fluent)\n"
        "- Developed the warehouse loader in Go so late files no longer stop the nightly run.\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Built the billing pipeline that runs every night for 300 stores.",
        "Developed the warehouse loader in Go so late files no longer stop the nightly run.",
    ]
    assert [i.kind for i in resume.sections[-1].items] == ["languages"]


def test_statements_run_together_with_glyphs_are_a_bullet_each(tmp_path: Path) -> None:
    """LaTeX's inline lists set a role's statements as one paragraph with a glyph between
    them; a statement followed by short items with the same glyph stays one bullet."""
    resume = extract_text(
        tmp_path,
        "inline.txt",
        "EXPERIENCE\nData Engineer, Tern Labs, 2019 - 2022\n"
        "Moved the nightly loads from cron to Airflow • Built the data quality checks that\n"
        "page the on-call engineer • Cut the warehouse bill by a third\n\n"
        "PROJECTS\nPipeline Kit, 2023\n- Led the move to Airflow • dbt • Great Expectations\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Moved the nightly loads from cron to Airflow",
        "Built the data quality checks that page the on-call engineer",
        "Cut the warehouse bill by a third",
        "Led the move to Airflow • dbt • Great Expectations",
    ]


def test_a_keyword_tag_after_a_finished_statement_is_not_part_of_it(tmp_path: Path) -> None:
    """Some templates close each statement with a tag for skimmers ("[Authorization]"): the
    statement ends at its stop. Brackets inside a statement, or with no stop before them, stay."""
    resume = extract_text(
        tmp_path,
        "tags.txt",
        "EXPERIENCE\nFrontend Engineer, Example Co | 2020 - 2024\n"
        "- Integrated single sign-on for the pension portal's 40k members. [Authorization]\n"
        "- Cut page load time by half with server-side rendering. [Client/Server]\n"
        "- Shipped the [beta] onboarding flow to 3 customers.\n"
        "- Wrote the release notes [internal]\n",
    )
    assert [b.text for b in resume.bullets()] == [
        "Integrated single sign-on for the pension portal's 40k members.",
        "Cut page load time by half with server-side rendering.",
        "Shipped the [beta] onboarding flow to 3 customers.",
        "Wrote the release notes [internal]",
    ]
