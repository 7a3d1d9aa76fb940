"""Advice fitted to what the resume is: its language, whether its text is readable, whether it
is about software, data or ML work, how many bullets were found, and the candidate's seniority.

The resumes are fictional, written here as Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from prodgap import audit
from prodgap.findings import assess, bullet_language, estimate_seniority, looks_garbled
from prodgap.models import AuditedBullet, Bullet, Entry, Section
from prodgap.structure import parse_entry

SPANISH = """\
# Lucía Fernández
lucia@example.com

## Experiencia
### Científica de datos, Ejemplo S.A. (2020 - Presente)
- Desarrollé un modelo de clasificación para la detección de fraude con XGBoost y Python.
- Construí un pipeline de datos en Airflow para los informes diarios del equipo de riesgos.
- Reduje el tiempo de entrenamiento de los modelos en un 40% con Spark.
"""

SALES = """\
# Sam Rivera
sam@example.com

## Experience
### Account Executive, Example Corp (2018 - Present)
- Exceeded the annual sales quota by 120% for three years running.
- Managed a portfolio of 40 enterprise accounts worth $3M in yearly revenue.
- Negotiated renewals with procurement teams and cut churn among key accounts.
- Trained and mentored four new account executives.
- Built a pipeline of $2M in new business through cold outreach and referrals.
"""

STUDENT = """\
# Ana Lee
ana@example.com

## Education
### B.S. Computer Science, Example University (2021 - 2025)

## Projects
### Operating systems, course project
- Built a UNIX-style OS for a course, with a scheduler, virtual memory and a small shell.
### Personal projects
- Trained a recipe recommender in PyTorch on 40k scraped recipes, reaching 0.31 recall@10.
- Trained a chess engine evaluation network on 2M positions from public games.

## Experience
### Software Engineering Intern, Example Corp (Summer 2024)
- Trained a churn model in scikit-learn on 200k customer records, reaching 0.84 AUC.
"""

LIVE = re.compile(r"once live|\blive\b|in production|what broke|drifted", re.I)


def _audit(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return audit(path, backend="rules", use_cache=False)


def test_a_resume_not_in_english_is_labelled_and_flagged_but_not_rewritten(
    tmp_path: Path,
) -> None:
    report = _audit(tmp_path, "lucia.md", SPANISH)
    assert (report.findings.language, report.findings.english) == ("es", False)
    assert [n.kind for n in report.findings.notices] == ["not_english"]
    assert "reads as Spanish" in report.findings.notices[0].message
    assert all(b.not_english and b.rewrite is None for b in report.bullets)
    assert all(b.label is not None for b in report.bullets)
    assert any(b.rewrite_withheld and "English" in b.rewrite_withheld for b in report.bullets)
    assert report.summary.changes == [] and report.summary.band is None
    assert report.summary.verdict.startswith("This resume is not in English")


def test_a_sales_resume_gets_no_ml_advice(tmp_path: Path) -> None:
    report = _audit(tmp_path, "sam.md", SALES)
    assert not report.findings.technical
    assert [n.kind for n in report.findings.notices] == ["not_technical"]
    assert all(b.rewrite is None for b in report.bullets)
    assert report.summary.changes == [] and report.summary.top_changes == []
    advice = " ".join([report.summary.verdict, *report.summary.top_changes])
    assert "model" not in advice and "monitoring" not in advice


def test_a_students_course_and_personal_projects_get_the_honest_frame(tmp_path: Path) -> None:
    report = _audit(tmp_path, "ana.md", STUDENT)
    assert report.findings.seniority.stage == "student"
    by_text = {b.text.split(",")[0]: b for b in report.bullets}
    assert by_text["Built a UNIX-style OS for a course"].setting == "course"
    assert by_text["Built a UNIX-style OS for a course"].kind == "firmware"
    personal = [b for b in report.bullets if b.section_kind == "projects" and b.rewrite]
    assert personal and all(b.rewrite.frame == "unshipped" for b in personal)  # type: ignore[union-attr]
    for bullet in personal:
        assert bullet.rewrite is not None
        shown = " ".join([bullet.rewrite.text, *bullet.rewrite.questions])
        assert not LIVE.search(shown), shown
    intern = by_text["Trained a churn model in scikit-learn on 200k customer records"]
    assert intern.rewrite is not None and intern.rewrite.frame == "trained"


def test_questions_several_bullets_ask_are_asked_once(tmp_path: Path) -> None:
    report = _audit(tmp_path, "ana.md", STUDENT)
    assert report.shared_questions
    for shared in report.shared_questions:
        askers = [
            b.order for b in report.bullets if b.rewrite and shared.text in b.rewrite.questions
        ]
        assert askers == shared.bullets and len(askers) > 1


def test_the_verdict_names_the_band_and_the_bullet_to_start_with(tmp_path: Path) -> None:
    report = _audit(tmp_path, "ana.md", STUDENT)
    verdict = report.summary.verdict
    assert "typical for a student or new graduate" in verdict
    first = report.bullets[report.summary.changes[0].bullets[0]]
    assert " ".join(first.text.split()[:3]) in verdict


def _bullets(texts: list[str]) -> list[AuditedBullet]:
    return [
        AuditedBullet(text=t, section="Experience", order=i, kind="model")
        for i, t in enumerate(texts)
    ]


def test_garbled_text_is_noticed() -> None:
    assert looks_garbled("B u i l t a f r a u d m o d e l")
    assert looks_garbled("Built a \ufffd\ufffd model for \ue000 payments")
    assert looks_garbled("Builtafraudmodelthatscoredcardpaymentsinrealtime for banks")
    assert not looks_garbled("Built a fraud model that scores card payments in real time.")
    # Chinese and Thai put no spaces between words: a clause is one long run of letters.
    assert not looks_garbled("负责设计并实现了学生成绩管理系统的数据库模块，支持三百名学生")
    assert not looks_garbled("พัฒนาระบบจัดการคลังสินค้าสำหรับร้านค้าปลีกขนาดเล็กในจังหวัดเชียงใหม่")
    findings = assess(_bullets(["B u i l t a f r a u d m o d e l", "Ran the API."]), [], None)
    assert findings.garbled and [n.kind for n in findings.notices] == ["garbled"]


def test_far_fewer_bullets_than_pages_is_noticed() -> None:
    bullets = _bullets(["Built a fraud model.", "Ran the scoring API.", "Cut p99 by 40%."])
    assert assess(bullets, [], pages=2).few_bullets
    assert "only 3 bullets on 2 pages" in assess(bullets, [], pages=2).notices[0].message
    assert not assess(bullets, [], pages=None).few_bullets
    assert not assess(bullets * 3, [], pages=2).few_bullets
    # Three a page is a resume of mostly education, skills and papers, not a missed layout.
    assert not assess(bullets * 2, [], pages=2).few_bullets


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Built the ranking service for the search team in Go", "en"),
        ("Entwicklung eines Modells für die Betrugserkennung mit der Python-Bibliothek", "de"),
        ("Développé un modèle de détection de fraude pour les paiements par carte", "fr"),
        ("Desenvolvi um modelo de detecção de fraude para os pagamentos com cartão", "pt"),
        ("Kubernetes, Terraform, AWS", None),
    ],
)
def test_a_bullets_language_is_read_from_its_common_words(text: str, language: str | None):
    assert bullet_language(text) == language


def _section(kind: str, *entries: tuple[str, str]) -> Section:
    return Section(
        heading=kind.title(),
        kind=kind,  # type: ignore[arg-type]
        entries=[Entry(heading=h, dates=d) for h, d in entries],
    )


def test_seniority_comes_from_the_roles_dates_merged_without_internships() -> None:
    sections = [
        _section(
            "experience",
            ("Staff Engineer, Example Corp", "Jan 2019 – Present"),
            ("Engineer, Example Corp", "Mar 2014 – Dec 2019"),  # overlaps a year: counted once
            ("Software Intern, Example Labs", "Jun 2013 – Aug 2013"),
        ),
        _section("education", ("B.S., Example University", "2010 – 2014")),
        _section("projects", ("side project", "2023")),
    ]
    seniority = estimate_seniority(sections)
    assert seniority.years == pytest.approx(9.8, abs=0.1)  # Mar 2014 to Dec 2023
    assert seniority.stage == "senior" and not seniority.student


def test_a_degree_still_running_makes_a_student() -> None:
    sections = [
        _section("education", ("M.S. Data Science, Example University", "2024 – Expected 2026")),
        _section("experience", ("Data Science Intern, Example Corp", "Jun 2025 – Aug 2025")),
    ]
    seniority = estimate_seniority(sections)
    assert seniority.student and seniority.stage == "student"
    assert estimate_seniority([]).years is None


def test_while_a_degree_runs_only_technical_roles_count_against_being_a_student() -> None:
    education = _section("education", ("B.S. Computer Science, Example College", "Expected 2026"))
    shop = _section("experience", ("Cashier, Example Grocery", "Sep 2019 – Aug 2025"))
    shop.entries[0].bullets = [
        Bullet(text="Served customers at the till and closed the store.", section="Experience")
    ]
    seniority = estimate_seniority([education, shop])
    assert seniority.years == pytest.approx(6.0, abs=0.1)  # still reported, as dated roles
    assert seniority.student and seniority.stage == "student"
    developer = _section("experience", ("Software Developer, Example Bank", "Sep 2019 – Aug 2025"))
    assert not estimate_seniority([education, developer]).student


def test_too_little_text_is_not_called_another_language_or_not_technical() -> None:
    two_lines = _bullets(["Análisis de datos con Python y SQL para la empresa", "Built a model"])
    assert assess(two_lines, [], None).english
    sales = ["Exceeded the sales quota by 120%", "Managed 40 accounts", "Won the Q3 award"]
    few = [AuditedBullet(text=t, section="Experience", order=i) for i, t in enumerate(sales)]
    assert assess(few, [], None).technical  # three lines: too few to judge the whole resume
    assert not assess(few * 2, [], None).technical


def test_a_skills_line_is_not_rewritten_or_pointed_at(tmp_path: Path) -> None:
    text = STUDENT + "\n## Skills\n- Trained models in PyTorch, scikit-learn and XGBoost\n"
    report = _audit(tmp_path, "ana.md", text)
    # A skills line is an item of its section, never a bullet: nothing to label, rewrite or
    # point a change at.
    assert all(b.section_kind != "skills" for b in report.bullets)
    skills = next(s for s in report.sections if s.kind == "skills")
    assert [i.text for i in skills.items] == ["Trained models in PyTorch, scikit-learn and XGBoost"]


@pytest.mark.parametrize(
    ("heading", "dates", "years"),
    [
        (
            "Septembre 2009 à janvier 2022 - Employé par Example SA",
            "Septembre 2009 à janvier 2022",
            12.4,
        ),
        ("Depuis octobre 2021 - Ingénieur, Example SA", "Depuis octobre 2021", 0.2),
        ("Entwickler, Example GmbH | März 2019 bis heute", "März 2019 bis heute", 0.8),
        ("Desarrollador, Example SL | 2018 - 2020", "2018 - 2020", 2.1),
    ],
)
def test_a_roles_dates_are_read_in_other_languages(heading: str, dates: str, years: float) -> None:
    entry = parse_entry([heading])
    assert entry.dates == dates
    experience = Section(heading="Experience", kind="experience", entries=[entry])
    assert estimate_seniority([experience]).years == pytest.approx(years, abs=0.1)
