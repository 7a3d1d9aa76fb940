"""Lines that are not bullets are kept as items with their kind, never audited."""

from __future__ import annotations

import pytest

from prodgap.items import item_kind, separate_items
from prodgap.models import Bullet, Entry, Section
from prodgap.structure import is_section_name, section_kind


@pytest.mark.parametrize(
    ("text", "section_kind", "heading", "kind"),
    [
        # Whole sections that list rather than state work.
        ("Python, SQL, Go", "skills", "Technical Skills", "skills"),
        # What the employer is, with no subject.
        ("Company operating in the web development sector", "experience", "Work", "other"),
        ("One of the largest grocery retailers in the region.", "experience", "Work", "other"),
        # What the employer is, by a name with "&" or an acronym, founded or ranked.
        (
            "Example & Sons is a full service advertising agency in Lahore.",
            "experience",
            "Work",
            "other",
        ),
        (
            "Example Technology Group (ETG) was established in 1984 in Riyadh.",
            "experience",
            "Work",
            "other",
        ),
        (
            "The country’s first IT company that provides outsourcing to banks.",
            "experience",
            "Work",
            "other",
        ),
        # A project's client, described; what the project built stays a bullet.
        (
            "Example Bank is a multinational banking and financial services company in Leeds.",
            "projects",
            "Projects Handled",
            "other",
        ),
        ("Example Aid is a NGO for rural schools.", "projects", "Projects", "other"),
        (
            "Tinthue helps designers pick colour schemes that suit their web pages.",
            "projects",
            "Projects",
            None,
        ),
        # A role told as a sentence ending on its dates heads the work; a sentence of work
        # opening the same way does not.
        (
            "Worked as a GIS Engineer in Example Maps Ltd, Pune from Nov 2016 to Mar 2018.",
            "experience",
            "Experience",
            "role",
        ),
        (
            "Currently working as a DevOps Engineer at Example Cloud from Nov 2014 to till date.",
            "experience",
            "Experience",
            "role",
        ),
        (
            "Worked as part of a team building the risk reports that 40 traders read daily.",
            "experience",
            "Experience",
            None,
        ),
        # A duty in the present or as a gerund is work, though a word in it looks like a
        # certificate or a list.
        (
            "Maintaining the SSL Certificate renewals for every environment's servers.",
            "experience",
            "Experience",
            None,
        ),
        ("Writing clean, maintainable, and well-documented code.", "experience", "Work", None),
        # A link's label is a link, a name in French quotes is not one.
        ("Project Detail ≫", "projects", "Projects", "link"),
        ("Read the case study →", "experience", "Experience", "link"),
        ("Tech lead de l’équipe «Core»", "experience", "Expérience", None),
        # How long one has worked is the profile's summary, wherever it stands.
        ("Total experience 2.4 years as an AWS cloud engineer.", "experience", "Work", "summary"),
        ("Tengo 5 años de experiencia en desarrollo web.", "experience", "Experiencia", "summary"),
        # A verb in the past first is one's own work, not an employer that "builds" something.
        (
            "Automated builds using Jenkins and Maven for the billing team.",
            "experience",
            "Work",
            None,
        ),
        ("Ten years building payment systems.", "summary", "Profile", "summary"),
        ("GPA: 3.9/4.0", "education", "Education", "education"),
        ("Teaching assistant for CS 101 over two terms", "education", "Education", "education"),
        # Lines that list, wherever they stand.
        ("Marital Status: Married", "experience", "Experience", "personal"),
        ("Notice period - 30 days", "other", "", "personal"),
        ("Technologies: Python, Airflow, dbt, BigQuery", "experience", "Experience", "skills"),
        # A role's line in a timeline: its dates, then the post, nothing done.
        ("Mars 2019 – Août 2019 : Développeur web chez Exemple SA", "experience", "", "role"),
        ("2008年6月～2009年2月 株式会社エグザンプル", "experience", "職務経歴", "role"),
        # A role's dates alone, month and year joined by a hyphen, in any language.
        ("09-2021 bis 04-2023", "experience", "Arbeitserfahrung", "role"),
        ("Septiembre 2017 - Actualidad", "experience", "Experiencia", "role"),
        ("Since 2018 Treasurer, Example Photography Club", "other", "Activities", "role"),
        ("2019 - 2022 PhD in Computer Science, Example University", "education", "", "education"),
        # A project's dates and repository, an icon between them.
        ("Oct – Nov 2021 \ufffd adalov/tinygrad-notes", "projects", "Projects", "other"),
        ("Relevant coursework: Algorithms, Databases, ML", "projects", "Projects", "course"),
        (
            "A. Rossi, B. Chen and C. Diaz. Robust parsing. In Proceedings of ACL, 2021.",
            "other",
            "Research",
            "publication",
        ),
        # In a section that mixes lists and work ("Talks & Teaching"): by the line's look.
        ("“Shipping models safely” — PyData Oslo, 2023.", "other", "Talks & Teaching", "talk"),
        (
            "Speaker, DataConf 2022: lessons from feature stores",
            "other",
            "Talks & Teaching",
            "talk",
        ),
        ("Best poster award, Nordic ML Workshop 2019", "other", "Talks & Teaching", "award"),
        ("Spark · Flink · Kafka", "other", "", "skills"),
        # The tools of a role, however they are labelled, and rows of names under it.
        ("HEP Tools: ROOT 6, MadGraph", "projects", "Projects", "skills"),
        ("Tools/Technologies: Power BI, data visualization.", "projects", "Projects", "skills"),
        ("Technologies Used      Flink, Kafka, Java", "experience", "Experience", "skills"),
        ("Used tools: dplyr, ggplot2, shiny", "projects", "Projects", "skills"),
        # Where to find the work, not the work.
        ("Source code available on GitHub", "projects", "Projects", "link"),
        ("Here is the link: https://example.com/tracker", "experience", "Work", "link"),
        ("Demo: https://example.com/demo", "projects", "Projects", "link"),
        ("Testing libraries and frameworks: JUnit, Mockito", "experience", "Work", "skills"),
        ("涉及技术和组件：kafka流处理、docker", "projects", "项目经历", "skills"),
        ("使用技術：Python、AWS", "experience", "職務経歴", "skills"),
        ("Python - Django REST Framework.", "experience", "Experience", "skills"),
        ("Node.js, Express, MongoDB", "experience", "Experience", "skills"),
        ("nginx, haproxy", "experience", "Experience", "skills"),
        (
            "J2EE, Struts, Java 1.4 - 5, Tomcat 6, Linux shell scripting.",
            "experience",
            "Experience",
            "skills",
        ),
        (
            "Red Hat Certified Specialist in OpenShift Administration, Red Hat, 190-035-931.",
            "experience",
            "Experience",
            "certification",
        ),
        ("First Runner Up in a university hackathon", "other", "Achievements", "award"),
        ("tensor_parallel", "projects", "Projects", "other"),
        # A line that only names a position, under a role list.
        ("Kitchen employee from 2017 – 2019", "experience", "Experience", "role"),
        ("Shift Supervisor.", "experience", "Experience", "role"),
        ("Summer internship in the billing team.", "experience", "Experience", "role"),
        # A paper whose authors follow its title.
        (
            "Fast parsing of logs. A. Rossi, B. Chen, C. Diaz. (2023). Workshop on Logs",
            "projects",
            "Projects",
            "publication",
        ),
        # An author, a title and its year: a publication list.
        (
            "Ana Lima, Tutorial: Curriculum Learning for Robot Arms, 2023. [pdf]",
            "other",
            "Teaching",
            "publication",
        ),
        # One's writing and talks, listed with the kind of piece and its year.
        ("Why Queues Lie (2022 essay, example.org/essays)", "other", "Writing", "publication"),
        ("Boring Pipelines (2019 keynote, a data conference)", "projects", "Talks", "talk"),
        # A Chinese job-site resume's field labels: the project's name and one's role in it.
        ("项目名称：智能排班系统", "projects", "项目经历", "role"),
        ("项目角色：后端开发", "projects", "项目经历", "role"),
        # A sentence about the employer or the team in a role's paragraph.
        (
            "Lumen Labs is a small unit within Example Group, a logistics firm.",
            "experience",
            "Experience",
            "other",
        ),
        (
            "This new team applies forecasting to the port's operations.",
            "experience",
            "Experience",
            "other",
        ),
        # Who supervised or sponsored a thesis; an elective track; an address.
        (
            "Under the supervision of Dr. Ana Lima (Example University)",
            "projects",
            "Research",
            "other",
        ),
        ("Sponsored by the Example Foundation", "projects", "Research", "other"),
        (
            "Applied Mathematics elective track: Regression, Time Series",
            "education",
            "Education",
            "course",
        ),
        ("Address: 12 Harbour Road, Example Town", "other", "", "personal"),
        # A practice's name under a role is an item of its tools, whatever word ends it.
        ("Continuous Deployment", "experience", "Experience", "skills"),
        # Someone's email: a referee's details, not work.
        (
            "Reference: Rui Costa | team lead | rui@example.com",
            "experience",
            "Experience",
            "reference",
        ),
    ],
)
def test_listed_lines_are_items(text: str, section_kind: str, heading: str, kind: str) -> None:
    assert item_kind(text, section_kind, heading) == kind


@pytest.mark.parametrize(
    ("text", "section_kind", "heading"),
    [
        (
            "Built a churn model in Python, SQL and dbt for 3 retail chains.",
            "experience",
            "Experience",
        ),
        (
            "Major contributor to the payments platform used by 3M customers.",
            "experience",
            "Experience",
        ),
        ("Led hiring, onboarding, mentoring", "experience", "Experience"),
        ("Reviewer for ACL, EMNLP and NAACL, 2021-2024.", "other", "Teaching & Service"),
        (
            "Mentor at the “Open Code” bootcamp — taught 30 students Git (2019–2023).",
            "other",
            "Volunteering",
        ),
        ("Received the 2022 award for the rollback system I designed", "experience", "Experience"),
        (
            "Conducted research on graph neural networks for drug discovery",
            "education",
            "Education",
        ),
        # One's own standing among others, not the employer's.
        (
            "One of the top contributors to the open-source parser, with 40 merged PRs.",
            "experience",
            "Experience",
        ),
        # What a project is, under experience: a product, not the employer.
        (
            "Tern Aid is a non-profit online platform that matches volunteers to shifts.",
            "experience",
            "Experience",
        ),
        (
            "leakcheck, a pytest plugin that flags target leakage before training.",
            "other",
            "Things I've built",
        ),
        (
            "Offline-first label tool — a small Svelte app for annotating anomalies",
            "projects",
            "Projects",
        ),
        ("Led ML Platform Migration", "experience", "Experience"),
        ("It included running DHCP, firewall, data server, etc.", "experience", "Experience"),
        (
            "Enhanced fault tolerance, including health monitoring, watchdogs, time sync",
            "experience",
            "Experience",
        ),
        ("Laboratory web page with Django & Linux server", "projects", "Projects"),
        ("Moved 2021 builds to GitHub Actions at example/infra", "experience", "Experience"),
        (
            "As a Teaching Assistant for CSE 180: taught data manipulation and statistics",
            "education",
            "Education",
        ),
        # Opening with dates does not make work a role's line.
        ("Jan 2020 – Mar 2020: Built the parcel tracking service in Go", "experience", "Work"),
        ("09.2022 - 08.2023 (client). Development of a demand forecast", "experience", "Work"),
        # A project named a tool, or tools made, before a colon: work, not a tool row.
        ("Route Planning Tool: Developed a solver in Go for 12 depots", "projects", "Projects"),
        ("Created internal Slack tools: a deploy bot and a standup digest", "experience", "Work"),
        # A duty in title case under a role, led by its deed (or, in German, ended by it).
        ("Build Release Pipelines.", "experience", "Experience"),
        ("Web Shop Entwicklung", "experience", "Berufserfahrung"),
        # A verb of work opens it: a duty that names people by their post, not a post.
        ("Training and mentoring junior developers", "experience", "Experience"),
    ],
)
def test_statements_of_work_stay_bullets(text: str, section_kind: str, heading: str) -> None:
    assert item_kind(text, section_kind, heading) is None


def _section(heading: str, kind: str, texts: list[str]) -> Section:
    return _entries(heading, kind, [("Role", texts)])


def _entries(heading: str, kind: str, entries: list[tuple[str, list[str]]]) -> Section:
    """A section of entries (heading, bullet texts), its bullets filed under it."""
    return Section(
        heading=heading,
        kind=kind,  # type: ignore[arg-type]
        entries=[
            Entry(
                heading=entry,
                bullets=[Bullet(text=t, section=heading, section_kind=kind) for t in texts],  # type: ignore[arg-type]
            )
            for entry, texts in entries
        ],
    )


def test_listing_headings_make_every_line_an_item_but_work_headings_do_not() -> None:
    certs = _section("Certifications & Awards", "other", ["Built things (2022)", "CKA, 2021"])
    personal = _section("Personal Projects", "projects", ["Built a bus app used by 150 riders"])
    separate_items([certs, personal])
    assert [(i.kind, i.text) for i in certs.items] == [
        ("certification", "Built things (2022)"),
        ("certification", "CKA, 2021"),
    ]
    assert certs.entries[0].bullets == [] and certs.items[0].entry == "Role"
    assert personal.items == [] and len(personal.entries[0].bullets) == 1
    keywords = _section("KEYWORDS", "other", ["Imitation learning", "Curriculum learning"])
    separate_items([keywords])
    assert [i.kind for i in keywords.items] == ["skills", "skills"]


@pytest.mark.parametrize(
    ("heading", "line", "kind"),
    [
        ("Kernkompetenzen", "Javascript und React - gute Kenntnisse", "skills"),
        ("Aptitudes", "Resolución de problemas", "skills"),
        ("ATOUTS", "Rigueur et autonomie", "skills"),
        ("FREIZEIT", "Laufen (bis Halbmarathon)", "interest"),
    ],
)
def test_skills_and_interests_headings_in_other_languages_list_items(
    heading: str, line: str, kind: str
) -> None:
    listing = _section(heading, "other", [line, "Docker und Kubernetes im Alltag"])
    separate_items([listing])
    assert [i.kind for i in listing.items] == [kind, kind]
    assert listing.entries[0].bullets == []


@pytest.mark.parametrize("heading", ["联系方式", "連絡先", "연락처", "Контакты"])
def test_a_contact_heading_in_another_language_lists_contact_details(heading: str) -> None:
    # A WeChat account under "联系方式" was a bullet, and was nearly sent to the LLM.
    contact = _section(heading, "other", ["微信号：lmr5550001234", "GitHub: dana-example"])
    separate_items([contact])
    assert [i.kind for i in contact.items] == ["contact", "contact"]
    assert contact.entries[0].bullets == []


def test_dated_roles_after_a_skills_list_are_a_work_section_of_their_own() -> None:
    """No heading announces the roles after "Technical Skills": from the first dated role whose
    points state work, the entries leave the skills section, and their points are work."""
    listed = [
        Bullet(text=text, section="Technical Skills", section_kind="skills")
        for text in ("Python", "Docker")
    ]
    skills = Section(
        heading="Technical Skills",
        kind="skills",
        entries=[
            Entry(heading="", bullets=listed),
            Entry(
                heading="Fennel Foods | Fullstack Developer - Aug 2019 - Feb 2020",
                bullets=[Bullet(
                    text="Built the order tracking pages for the grocery app in React and Django",
                    section="Technical Skills", section_kind="skills",
                )],
            ),
        ],
    )  # fmt: skip
    sections = [skills]
    separate_items(sections)
    assert [(i.kind, i.text) for i in skills.items] == [("skills", "Python"), ("skills", "Docker")]
    assert [(s.heading, s.kind) for s in sections] == [
        ("Technical Skills", "skills"),
        ("", "experience"),
    ]
    [work] = sections[1].entries
    assert [(b.section, b.section_kind) for b in work.bullets] == [("", "experience")]


def test_dated_roles_after_a_skills_list_inside_the_work_go_back_to_it() -> None:
    """A "Tech Stack" heading inside "Employment History": the roles after it return
    to the work section it interrupted."""
    work = _section("Employment History", "experience", ["Ran the billing service on-call"])
    stack = _section("Tech Stack", "skills", ["Python, Laravel, MySQL"])
    stack.entries.append(
        Entry(
            heading="Senior Developer, Example Realty - 2016 - 2019",
            bullets=[Bullet(text="Built the listing search for the agents' portal in Laravel",
                            section="Tech Stack", section_kind="skills")],
        )
    )  # fmt: skip
    sections = [work, stack]
    separate_items(sections)
    assert [(s.heading, s.kind) for s in sections] == [
        ("Employment History", "experience"),
        ("Tech Stack", "skills"),
        ("Employment History", "experience"),
    ]
    assert [b.section for b in sections[2].entries[0].bullets] == ["Employment History"]


def test_a_dated_line_in_a_skills_list_that_states_no_work_stays_there() -> None:
    skills = _section("Skills", "skills", ["Python, SQL, Airflow", "Kubernetes and Terraform"])
    skills.entries[0].heading = "Certified 2021"
    sections = [skills]
    separate_items(sections)
    assert len(sections) == 1 and [i.kind for i in skills.items] == ["skills", "skills"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Berufserfahrung", "experience"),
        ("Expériences professionnelles", "experience"),
        ("Experiencia laboral", "experience"),
        ("Experiências", "experience"),
        ("Esperienze lavorative", "experience"),
        ("工作经历", "experience"),
        ("Estágios", "experience"),
        ("Prácticas", "experience"),
        ("Stages", "experience"),
        ("Internship", "experience"),
        ("Trabalhos", "projects"),
        ("職務経歴", "experience"),
        ("경력사항", "experience"),
        ("학력", "education"),
        ("自己PR", "summary"),
        ("Опыт работы", "experience"),
        ("Пет-проекты:", "projects"),
        ("Ключевые навыки", "skills"),
        ("Projekterfahrung", "projects"),
        ("Projets", "projects"),
        ("项目经历", "projects"),
        ("Formação acadêmica", "education"),
        ("Ausbildung", "education"),
        ("教育背景", "education"),
        ("Compétences", "skills"),
        ("Habilidades", "skills"),
        ("Kenntnisse", "skills"),
        ("Perfil", "summary"),
        ("Berufstätigkeit", "experience"),
        ("Praktische Erfahrung", "experience"),
        ("Antecedentes profesionales", "experience"),
        ("Projets académiques", "projects"),
        ("Working Experience", "experience"),
        ("Open Source Projects", "projects"),
        ("Positions of Responsibility", "other"),
        # Chinese, Japanese and Korean names with or without the space between their words.
        ("보유기술", "skills"),
        ("프로젝트경험", "projects"),
        ("職務 経歴", "experience"),
        ("교육사항", "education"),
    ],
)
def test_headings_in_other_languages_have_their_kind(heading: str, kind: str) -> None:
    assert section_kind(heading) == kind


@pytest.mark.parametrize("heading", ["BERUFLICHE PRAXIS", "보유기술", "職務 経歴"])
def test_headings_in_other_languages_are_section_names(heading: str) -> None:
    """Named, not only guessed from a word in them: a name heads a section wherever it is set."""
    assert is_section_name(heading)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Langues", "languages"),
        ("Idiomas", "languages"),
        ("Zertifikate", "certification"),
        ("获奖经历", "award"),
        ("受賞歴", "award"),
        ("수상 경력", "award"),
        ("资格证书", "certification"),
        ("Zájmy", "interest"),
        ("Желаемая должность и зарплата", "personal"),
    ],
)
def test_list_headings_in_other_languages(heading: str, kind: str) -> None:
    section = _section(heading, "other", ["Deutsch, Englisch, Französisch"])
    separate_items([section])
    assert [i.kind for i in section.items] == [kind]


@pytest.mark.parametrize(
    ("text", "heading", "kind"),
    [
        ("Leveraged Knowledge of Qiskit, PennyLane and JAX.", "Experience", "skills"),
        ("Geometric methods in physics, general relativity and machine learning.",
         "Research Interests", "interest"),
        ("Rank 21/793 in a quantum coding challenge (February 2023)", "Achievements", "award"),
        # Chinese "core strengths": claims of skill, not work.
        ("五年后端开发经验，熟悉高并发服务设计与性能调优。", "核心优势", "skills"),
    ],
)  # fmt: skip
def test_more_lines_that_list(text: str, heading: str, kind: str) -> None:
    section = _section(heading, section_kind(heading), [text])
    separate_items([section])
    assert [i.kind for i in section.items] == [kind]


def test_educational_experience_is_schooling() -> None:
    assert section_kind("Educational Experience") == "education"


@pytest.mark.parametrize("heading", ["Methodologies", "Development Methodology"])
def test_a_methodologies_section_lists_ways_of_working(heading: str) -> None:
    section = _section(heading, section_kind(heading), ["Test-driven development", "Kanban"])
    separate_items([section])
    assert [(i.kind, i.text) for i in section.items] == [
        ("skills", "Test-driven development"),
        ("skills", "Kanban"),
    ]


def test_a_footnote_under_a_list_is_no_bullet_but_emphasis_is_kept() -> None:
    assert item_kind("*All the projects above were graded A or A+", "projects") == "other"
    assert item_kind("*Led* the migration of 40 services to Kubernetes", "projects") is None


def test_under_a_talk_what_the_work_showed_is_a_bullet_and_the_title_an_item() -> None:
    work = (
        "Demonstrated that a Rust rewrite of the tokenizer served four times the traffic on "
        "the same hardware."
    )
    talks = _section("Conferences", "other", ["Tokenizers in Rust, and why", work])
    separate_items([talks])
    assert [(i.kind, i.text) for i in talks.items] == [("talk", "Tokenizers in Rust, and why")]
    assert [b.text for b in talks.entries[0].bullets] == [work]


def test_a_line_that_ends_in_a_colon_heads_what_follows_and_is_no_bullet() -> None:
    """A bulleted line that heads nested points is a heading (the README's rule), whether it
    announces them or opens with the work they detail; on real resumes 79 of 88 such lines
    were not bullets to the annotators. What it heads stays work."""
    lead_in = "As a consultant, my key accomplishments include:"
    heads = "Stood up a central feature store used by 40 models across three product teams:"
    work = ["Moved 80 services to Kubernetes", "Cut build times from 40 to 9 minutes"]
    section = _section("Experience", "experience", [lead_in, *work, heads, *work])
    separate_items([section])
    assert [(i.kind, i.text) for i in section.items] == [("other", lead_in), ("other", heads)]
    assert [b.text for b in section.entries[0].bullets] == [*work, *work]
    # At the end of a role, where the page lost what it announced, it states no work either.
    last = _section("Experience", "experience", [*work, lead_in])
    separate_items([last])
    assert [i.text for i in last.items] == [lead_in]


def test_a_configured_certificate_is_work_not_a_certification() -> None:
    """A statement that opens with a verb of doing stays a bullet, even when it names a
    certificate ("Configured ... TLS certificate management")."""
    assert item_kind("Configured ingress controllers and TLS certificate renewal.", "other") is None
    assert item_kind("Certified Kubernetes Administrator (CKA), 2023", "other") == "certification"


def test_a_post_with_its_dates_at_the_end_is_a_role_line_not_work() -> None:
    """ "Title at Employer (Jan 2020 to present)" names a post; its dates at the end do not
    make it a statement, nor does a student body's post ("Co-Head", "Treasurer")."""
    assert item_kind("Staff Engineer at Tern Logistics (Jan 2020 to present)", "experience") == (
        "role"
    )
    assert item_kind("Data Analyst at Harbour Analytics (May 2017 – Jun 2019)", "other") == "role"
    assert item_kind("Design Co-Head at the Robotics Club (2021-22)", "other") == "role"
    assert item_kind("Treasurer of the Chess Society, 2019 – 2020", "other") == "role"
    # Work stays work, whatever its dates or the post it names.
    assert (
        item_kind("Head of a team of four building the billing API for three banks", "other")
        is None
    )
    assert item_kind("Co-founded with two former members of the search team.", "experience") is None


def test_a_second_position_in_a_contest_is_an_award() -> None:
    assert item_kind("Secured Second Position in the Tern Hackathon 2019.", "other") == "award"


def test_a_labelled_description_of_the_project_or_client_is_not_work() -> None:
    """Job-site forms open a project with what it is ("Project Description: Tern Health is a
    leading provider of ..."): a description of the client, not what the candidate did."""
    text = "Project Description: Tern Health is a leading provider of benefits for 3M members."
    assert item_kind(text, "experience") == "other"
    assert item_kind("Client Overview - a bank with branches in four countries.", "projects") == (
        "other"
    )
    company = "Company’s overview: Tern Freight is a leading carrier with 900 trucks."
    assert item_kind(company, "experience") == "other"  # the possessive, as some write it
    assert item_kind("Described the project to the client's board every month.", "other") is None


@pytest.mark.parametrize(
    "text",
    [
        "Title: Inventory tracker",
        "Topic:- Route planning for a courier fleet",
        "Project Name: Ledgerly",
        "Team Size: 4",
        "Client: Example Bank",
        "Duration: 6 months",
        "Role: Backend developer",
    ],
)
def test_a_project_heading_field_in_a_form_is_not_work(text: str) -> None:
    """Job-site forms head a project with its fields ("Title: ... / Topic: ... / Team Size:
    ..."), each marked like a bullet: what the project is, not what the candidate did."""
    assert item_kind(text, "projects") == "role"


def test_a_statement_after_a_field_label_stays_work() -> None:
    text = "Role: Rebuilt the billing service and cut its p99 latency to 80 ms."
    assert item_kind(text, "experience") is None
    assert item_kind("Role: Built the ingestion API.", "experience") is None


def test_a_prize_told_in_the_first_person_is_an_award_but_what_was_made_for_it_is_work() -> None:
    prizes = _section(
        "Achievements",
        "other",
        [
            "I secured 2nd position in the regional elocution contest held in 2016.",
            "We finished 3rd place in the city quiz league among 40 schools.",
            "I won second prize at the Example Hackathon by building a bus-delay predictor.",
        ],
    )
    separate_items([prizes])
    assert [bullet.text for entry in prizes.entries for bullet in entry.bullets] == [
        "I won second prize at the Example Hackathon by building a bus-delay predictor."
    ]


@pytest.mark.parametrize(
    "heading", ["Projets Personnels", "Proyectos Personales", "Progetti Personali"]
)
def test_personal_projects_with_the_adjective_last_are_work_not_personal_details(
    heading: str,
) -> None:
    projects = _section(heading, "projects", ["Pipeline ETL sur 6200 offres, stockage Delta Lake."])
    details = _section("Informations personnelles", "other", ["Permis B, véhiculé"])
    separate_items([projects, details])
    assert not projects.items
    assert [item.kind for item in details.items] == ["personal"]


def test_a_role_given_by_its_employer_field_after_a_skills_list_is_work() -> None:
    """Job-site forms head a role with "ORGANISATION : ..." and no dates: after a skills list
    that no heading closed, such an entry whose points state work leaves the skills."""
    point = "Configured the pharmacy plans of 40 client groups in the claims system each month"
    skills = _entries(
        "Technical Skills",
        "skills",
        [("", ["SQL"]), ("ORGANISATION : Example Health | PROJECT : Claims", [point])],
    )
    sections = [skills]
    separate_items(sections)
    assert [(s.heading, s.kind) for s in sections] == [
        ("Technical Skills", "skills"),
        ("", "experience"),
    ]
    assert [b.section_kind for e in sections[1].entries for b in e.bullets] == ["experience"]


def test_roles_after_a_box_of_strengths_inside_the_work_are_work_again() -> None:
    """A "Key Strengths" box set between two roles ends nothing: its section is a list by its
    name, and the dated role after it, whose points state work, is the work section again."""
    work = _entries(
        "Experience",
        "experience",
        [
            (
                "Engineer | Example Co | 2023 - Present",
                ["Built the billing service used by 40 shops"],
            )
        ],
    )
    strengths = _entries(
        "Key Strengths",
        "other",
        [
            ("Ownership: delivers from specification to production", []),
            (
                "Engineer | Example Freight | 2019 - 2023",
                ["Designed the ingestion pipeline that loads 2M orders a day"],
            ),
        ],
    )
    sections = [work, strengths]
    separate_items(sections)
    assert [(s.heading, s.kind) for s in sections] == [
        ("Experience", "experience"),
        ("Key Strengths", "other"),
        ("Experience", "experience"),
    ]
    assert [b.section_kind for e in sections[2].entries for b in e.bullets] == ["experience"]


def test_a_forms_project_details_after_a_skills_list_are_work_again() -> None:
    """A job-site form: "Project Details at Example Co" with its Role: and Client: rows, then
    a "Description :" whose points state work, all below a skills list no heading closed."""
    work = "Implemented the nightly loads that the branch staff read each morning"
    skills = _entries(
        "Technical Skills",
        "skills",
        [
            ("", ["Database : Oracle, SQL Server"]),
            (
                "Project Details at Example Co",
                ["Role : Software Engineer", "Client : Example Bank"],
            ),
            ("Description : support for the bank's private banking team", [work]),
        ],
    )
    sections = [skills]
    separate_items(sections)
    assert [(s.heading, s.kind) for s in sections] == [
        ("Technical Skills", "skills"),
        ("", "experience"),
    ]
    assert [b.text for e in sections[1].entries for b in e.bullets] == [work]


@pytest.mark.parametrize(
    ("heading", "entry"),
    [
        ("", "Dana Example | dana@example.com | +1 555 0100"),  # no heading above the points
        ("Dana Example", "dana@example.com | Ph: 555 0100"),  # the name set as a heading
        ("Dana Example Email: dana@example.com", "Phone: 555 0100"),  # name and email, too
    ],
)
def test_points_under_the_header_block_are_the_profile_summary(heading: str, entry: str) -> None:
    """Points right under the name and contact lines, before any section, summarise the
    candidate ("5+ years as a cloud engineer"); they are no role's work, wherever the name
    ended up."""
    point = "Built CI/CD pipelines in Azure DevOps for five product teams"
    header = _entries(heading, "other", [(entry, [point])])
    separate_items([header])
    assert not header.entries[0].bullets
    assert [item.kind for item in header.items] == ["summary"]


@pytest.mark.parametrize(
    ("text", "does"),
    [
        ("Manages Search Engine Optimization for the shop.", True),
        ("Build a web app in Flask for the library.", True),
        ("Setting up the staging cluster.", True),
        # Verbs that name a post, a field or a course as often: not before a capital or "&".
        ("Teaching Assistant at Example University", False),
        ("Monitoring & Evaluation Fundamentals", False),
        ("Programming: R, Python", False),
        ("Lead Mobile Engineer at Example Health", False),
        ("Research head of the robotics club", False),
        ("Improving Deep Neural Nets: Hyperparameter tuning, Sep 2017", False),
        ("improving the team's workflow.", False),  # a wrap's last line
    ],
)
def test_a_duty_in_the_present_is_told_from_a_noun(text: str, does: bool) -> None:
    from prodgap.items import _does

    assert _does(text) is does


@pytest.mark.parametrize(
    "text",
    [
        "Phone: +1 415 555 0137",
        "电话: 86-15550001234",
        "Телефон: 8 916 555-01-37",
        "Tel. 0171 5550137",
    ],
)
def test_a_labelled_phone_number_alone_is_a_contact_line(text: str) -> None:
    # A contact row repeated in the body (a page header, a DOCX footer) is no statement of work.
    assert item_kind(text, "experience") == "contact"
    assert item_kind("Cut the phone bill by 30% for 1,200 staff", "experience") is None


def test_a_prize_under_a_heading_of_honours_is_an_award_not_a_paper() -> None:
    """ "Best Newcomer Award, Example Ltd 2022" has the shape of an author list with a year; under
    "Achievements" it is a prize. Under a heading that also names work, it is read as before."""
    prize = "Best Newcomer Award, Example Logistics 2022"
    assert item_kind(prize, "other", "Achievements") == "award"
    assert item_kind("Winner, Example City Hackathon 2021", "other", "Honours & Awards") == "award"
    assert item_kind(prize, "other", "Publications") == "publication"
    paper = "Smith, J., Lee, K. Deep nets for ranking. Proceedings of KDD 2021."
    assert item_kind(paper, "other", "Achievements") == "publication"


def test_lines_the_filter_doubts_keep_their_place_among_the_items() -> None:
    # The filter's lines were appended after every other item of the section, so the folded
    # list in the report read out of order: a project's name under the next role's tools.
    projects = _entries(
        "Projects",
        "projects",
        [
            ("Route planner", ["Route planner", "Python, Flask, Redis", "Built a route API"]),
            ("Bus tracker", ["Bus tracker", "Go, Kafka, Postgres", "Built a bus feed"]),
        ],
    )

    def names(bullets: list[Bullet]) -> set[int]:  # doubts the one-name lines, as the model may
        return {n for n, b in enumerate(bullets) if len(b.text.split()) == 2}

    separate_items([projects], doubt=names)
    assert [i.text for i in projects.items] == [
        "Route planner",
        "Python, Flask, Redis",
        "Bus tracker",
        "Go, Kafka, Postgres",
    ]
    assert [i.kind for i in projects.items] == ["other", "skills", "other", "skills"]
    assert [[b.text for b in e.bullets] for e in projects.entries] == [
        ["Built a route API"],
        ["Built a bus feed"],
    ]
