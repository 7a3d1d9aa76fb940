"""The privacy boundary: what of a resume may reach an LLM (prodgap.privacy.build_payload).

Bullets are built directly, as extraction gets them wrong on real files (the header block as a
role heading, a page footer in a heading, contact lines and job-board fields as bullets, author
lists), and the same routes are generated as PDF and DOCX files and read end to end. The people
are fictional (tests/fixtures/privacy/people.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures.privacy.people import (
    IMOGEN,
    JOB_BOARD_FIELDS,
    ROSALIND,
    ROUTES,
    TEODOR,
    WORK,
    Person,
)
from prodgap.extraction import extract
from prodgap.models import Bullet, Identity, PrivacySummary
from prodgap.privacy import MASK_TOKEN, build_payload

ROLE = "Senior ML Engineer | Lumen Health | Jan 2021 – Present"


def bullet(text: str, entry: str | None = ROLE, section: str = "Experience") -> Bullet:
    return Bullet(text=text, section=section, section_kind="experience", entry=entry)


def project(text: str, heading: str) -> Bullet:
    """A statement under a project's own heading, in a projects section."""
    return Bullet(text=text, section="Projects", section_kind="projects", entry=heading)


def identity_of(person: Person, *, title: str = "Machine Learning Engineer") -> Identity:
    """A header block as extraction finds it above the first section."""
    return Identity(
        header=[person.name, title, f"{person.address} | {person.phone} | {person.email}"]
    )


def sent_text(bullets: list[Bullet], identity: Identity | None = None) -> str:
    return build_payload(bullets, identity).to_json()


def assert_nothing_private(payload_json: str, person: Person) -> None:
    lowered = payload_json.casefold()
    for private in person.private_strings():
        assert private.casefold() not in lowered, private


# --- the routes, with bullets as extraction wrongly made them ---------------------------------


def test_header_block_taken_as_role_heading_is_not_sent() -> None:
    header = f"{TEODOR.name} | Senior Data Engineer | {TEODOR.address} | {TEODOR.phone}"
    bullets = [bullet(WORK[0], entry=header), bullet(WORK[1], entry=header)]
    payload = build_payload(bullets, identity_of(TEODOR))

    assert [item.role for item in payload.items] == ["", ""]
    assert [item.text for item in payload.items] == WORK[:2]  # the work itself is sent as is
    assert payload.summary().headings_held_back == 1
    assert_nothing_private(payload.to_json(), TEODOR)


def test_header_block_heading_is_held_back_even_when_the_name_is_not_recognised() -> None:
    """A name that does not look like one ("zq xu") still heads the document."""
    identity = Identity(header=["zq xu", "Data Engineer"])
    payload = build_payload([bullet(WORK[0], entry="zq xu | Data Engineer | Remote")], identity)
    assert payload.items[0].role == ""


def test_a_heading_holding_the_documents_top_line_is_not_sent_in_any_script() -> None:
    cjk = build_payload([bullet(WORK[0], entry="王小明团队 | 2020")], Identity(header=["王小明"]))
    latin = Identity(header=["KENJI", "Data Engineer"])
    kenji = build_payload([bullet(WORK[0], entry="Kenji | 2020"), bullet(WORK[1],
                           entry="Kenjiro Labs | 2020")], latin)  # fmt: skip
    assert cjk.items[0].role == ""
    assert [item.role for item in kenji.items] == ["", "Kenjiro Labs | 2020"]


@pytest.mark.parametrize(
    "footer",
    [
        f"March 3, 2025 {TEODOR.name} · Résumé 1",
        "Résumé 2",
        "Page 2 of 3",
        "2/3",
        "Curriculum Vitae",
    ],
)
def test_page_header_or_footer_in_a_role_heading_is_not_sent(footer: str) -> None:
    entry = f"{footer} | Data Engineer, Quarry Labs 2019 - 2022"
    payload = build_payload([bullet(WORK[2], entry=entry)], identity_of(TEODOR))
    assert payload.items[0].role == ""
    assert payload.items[0].text == WORK[2]


def test_a_plain_role_heading_is_sent_as_written() -> None:
    roles = [
        ROLE,
        "Data Scientist, Corvid Analytics · Boston, MA Jul 2018 – Mar 2021",
        "tinyrag (open source)",
        "Resume parser | personal project | 2022",
        "Booking.com | Senior Data Scientist | 2019 – 2022",
        "Visa | Staff Engineer, Risk | 2020 – Present",
    ]
    payload = build_payload([bullet(WORK[0], entry=r) for r in roles], identity_of(TEODOR))
    assert [item.role for item in payload.items] == roles
    assert [item.section for item in payload.items] == ["Experience"] * len(roles)


def test_a_rule_line_joined_to_a_role_heading_is_left_out_of_it() -> None:
    entry = f"{'=' * 76} | Senior Data Engineer | Tallgrass Energy | January 2021 to Present"
    payload = build_payload([bullet(WORK[0], entry=entry)], identity_of(TEODOR))
    assert (
        payload.items[0].role == "Senior Data Engineer | Tallgrass Energy | January 2021 to Present"
    )


def test_name_taken_as_the_section_heading_is_not_sent() -> None:
    bullets = [bullet(WORK[0], section=TEODOR.name.upper(), entry=None)]
    payload = build_payload(bullets, identity_of(TEODOR))
    assert payload.items[0].section == ""
    assert payload.items[0].role == ""


def test_contact_lines_taken_as_bullets_are_held_back() -> None:
    lines = [
        f"{IMOGEN.phone} | {IMOGEN.email} | {IMOGEN.profile}",
        f"Find me at {IMOGEN.profile} or call {IMOGEN.phone}",
        f"Home: {IMOGEN.address}",
        f"{IMOGEN.email}",
        f"{IMOGEN.name}, Leeds",
        "imogenfk.example.dev",
    ]
    bullets = [bullet(WORK[0]), *(bullet(line) for line in lines)]
    payload = build_payload(bullets, identity_of(IMOGEN))

    assert [item.text for item in payload.items] == [WORK[0]]
    assert payload.held_back == list(range(1, len(bullets)))
    assert payload.summary().bullets_held_back == len(lines)


@pytest.mark.parametrize("field", JOB_BOARD_FIELDS)
def test_job_board_profile_fields_taken_as_bullets_are_held_back(field: str) -> None:
    bullets = [bullet(field.format(name=ROSALIND.name), entry=None), bullet(WORK[0])]
    payload = build_payload(bullets, Identity())
    assert payload.held_back == [0]
    assert [item.text for item in payload.items] == [WORK[0]]


def test_everything_under_a_personal_details_or_references_heading_is_held_back() -> None:
    bullets = [
        bullet("Languages: English, German", section="Personal Details", entry=None),
        bullet("Dr. Mara Quist, Head of Data, Lumen Health", section="References", entry=None),
        bullet(WORK[1]),
    ]
    assert build_payload(bullets).held_back == [0, 1]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "I. Farrow-Keats, T. Okoro and P. Lund. Drift-aware retraining. KDD 2023.",
            "[name], T. Okoro and P. Lund. Drift-aware retraining. KDD 2023.",
        ),
        (
            "Okoro, T., Farrow-Keats, I. and Lund, P. Cheap labels for fraud. NeurIPS 2022.",
            "Okoro, T., [name] and Lund, P. Cheap labels for fraud. NeurIPS 2022.",
        ),
        (
            "FARROW-KEATS IF, Lund P. Feature stores in practice. MLSys 2021.",
            "[name], Lund P. Feature stores in practice. MLSys 2021.",
        ),
        (
            "Lund P, Imogen Farrow Keats. Forecast monitoring. arXiv 2020.",
            "Lund P, [name]. Forecast monitoring. arXiv 2020.",
        ),
        (
            "Presented with imogen farrow-keats at PyData London; 300 attendees.",
            "Presented with [name] at PyData London; 300 attendees.",
        ),
    ],
)
def test_the_name_in_an_author_list_is_masked_in_every_form(text: str, masked: str) -> None:
    payload = build_payload([bullet(text, section="Publications", entry=None)], identity_of(IMOGEN))
    assert payload.items[0].text == masked
    assert payload.summary().masked == {"name": 1}


# --- what is masked ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("Wrote to dana.w+jobs@example.com weekly about 40 releases.", "dana.w+jobs@"),
        ("Mailed dana [at] example [dot] com the runbook for the 3 services.", "[at]"),
        ("Mailed li.wei@163.com the runbook for the 3 services.", "163.com"),
        ("Paged on +1 415 555 0137 for the 2 ranking services.", "555 0137"),
        ("Ran the hotline 415-555-0137 for 30 stores during the 2021 launch.", "0137"),
        ("Ran the hotline (415) 555-0137 for 30 stores.", "555-0137"),
        ("Escalations went to 020 7946 0958 for the UK desk.", "7946"),
        ("Escalations went to +91 98765 43210 for the Pune desk.", "43210"),
        ("Escalations went to 06 12 34 56 78 for the Lyon desk.", "56 78"),
        ("Escalations went to +49 (0)30 1234 5678 for the Berlin desk.", "5678"),
        ("Referencia: Rosa Duarte | Jefa de ventas | rosa.d@example.com +56 9 5555 0101", "Rosa"),
        # Labelled in the resume's own language, with no plus or trunk zero to go by.
        ("电话: 86-15550001234", "15550001234"),
        ("Телефон: 8 916 555-01-37", "555-01-37"),
        ("Móvil: 9 1555 0137 (solo tardes)", "1555 0137"),
        # "Contact" and a colon before a number with no separators.
        (": Contact : 5550001234,5550009876", "5550009876"),
        # Messenger accounts, as Chinese resumes give them beside the phone.
        ("微信号：lmr5550001234", "5550001234"),
        ("WeChat: dana_example_88", "dana_example"),
        ("QQ: 5550001234", "5550001234"),
    ],
)  # fmt: skip
def test_a_bullet_with_an_email_or_phone_is_held_back_whole(text: str, private: str) -> None:
    """Contact details are someone's, and the line around them (a reference, a hotline) is
    not worth the risk: the whole bullet stays home and the rules label it."""
    payload = build_payload([bullet(text)])
    assert payload.items == [] and payload.held_back == [0]
    assert private not in payload.to_json()


@pytest.mark.parametrize("heading", ["联系方式", "連絡先", "연락처", "Contato", "Контакты"])
def test_every_line_of_a_contact_section_stays_home(heading: str) -> None:
    """Whatever extraction made of it, a line under a contact heading in another language is
    about the person: even one that reads like work is held back."""
    line = Bullet(
        text="Built the mini program backend in Go.", section=heading, section_kind="other"
    )
    payload = build_payload([line])
    assert payload.items == [] and payload.held_back == [0]


@pytest.mark.parametrize(
    ("text", "kind", "private"),
    [
        ("Hosted meetups at 12 Larkspur Lane, Springfield, IL 62704 for 40 people.", "address",
         "Larkspur"),
        ("Hosted meetups at Hauptstraße 12, 10115 Berlin for 40 people.", "address", "Haupt"),
        ("Hosted meetups at 5 rue de la Paix for 40 people.", "address", "rue de la Paix"),
        ("Hosted meetups at 2640 Chemin du Coteau, for 40 people.", "address", "Chemin du"),
        ("Shipped the tool at github.com/imogenfk-example/tinyrag (2k stars).", "profile",
         "imogenfk"),
        ("Wrote about it on https://imogen.example.dev/posts/drift for 5k readers.", "link",
         "imogen.example.dev"),
        ("Posted the results as @imogen_fk to 3k followers.", "profile", "@imogen_fk"),
        ("Open to relocation; Notice period: 30 days; built 4 data products.", "personal",
         "30 days"),
    ],
)  # fmt: skip
def test_contact_details_inside_work_bullets_are_masked(text: str, kind: str, private: str) -> None:
    payload = build_payload([bullet(text)], identity_of(IMOGEN))
    sent = payload.items[0].text
    assert private not in sent
    assert f"[{kind}]" in sent
    assert payload.summary().masked.get(kind, 0) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Improved NDCG@10 by 7.4% and recall@100 from 0.61 to 0.72; mAP@0.5 reached 0.93.",
        "Cut p99 latency from 240 ms to 90 ms at 3.4k requests/s, 99.95% uptime, 2019-2021.",
        "Ran 08.2019-09.2021 backfills of 1,200,000,000 rows for $18k/month on 32 GPUs.",
        "Migrated ASP.NET and Socket.IO services to Node.js on Kubernetes v1.27.3.",
        "Completed Andrew Ng's Deep Learning Specialization (5 courses) and fast.ai Part 1.",
        "Joined Booking.com search; served 2M users, on call 1 week in 6.",
        "Built single sign-on for 12 apps; the Visa payments team adopted it.",
        "Led the salary benchmarking dashboard and the age-of-data monitor for 40 teams.",
        "Mentored 3 interns @ Google and presented at @Scale 2022 to 500 engineers.",
        "Released v2.3.1 of the SDK (ISO 27001 scope), 10.0.0.1 internal endpoint, 1-2 day SLA.",
        "Built a 6-layer model at 415 tokens/s, 555 GPU hours and 0137 build ids.",
        # A site that is not the candidate's: a product, an employer, a publication.
        "Managed the team that built rubymonk.com, used by 40k learners.",
        "Reporter for the online newspaper tink.ch, 30 articles.",
    ],
)
def test_work_without_personal_details_is_sent_word_for_word(text: str) -> None:
    payload = build_payload([bullet(text)], identity_of(TEODOR))
    assert payload.items[0].text == text
    assert payload.masks == []


def test_the_name_is_masked_in_any_letter_case_and_with_accents() -> None:
    identity = Identity(header=["José Núñez Ortega", "Data Scientist"])
    texts = [
        "Paired with JOSÉ NÚÑEZ ORTEGA on the 2 pricing models.",
        "Paired with jose nunez ortega on the 2 pricing models.",
        "Paired with Núñez Ortega, José on the 2 pricing models.",
        "Paired with J. Núñez Ortega on the 2 pricing models.",
    ]
    payload = build_payload([bullet(t) for t in texts], identity)
    assert [item.text for item in payload.items] == [
        "Paired with [name] on the 2 pricing models."
    ] * len(texts)


def test_a_common_word_name_is_not_masked_in_ordinary_lower_case_text() -> None:
    identity = Identity(header=["Will Park", "Engineer"])
    text = "The team will park the legacy model and Will Park will own the new one."
    payload = build_payload([bullet(text)], identity)
    assert (
        payload.items[0].text
        == "The team will park the legacy model and [name] will own the new one."
    )


# --- where the name comes from -------------------------------------------------------------


def test_name_from_file_metadata_and_generic_authors_ignored() -> None:
    text = "Reviewed designs with Oriane Castellanos-Reyes and 3 staff engineers."
    named = Identity(header=["Data Engineer"], authors=["Oriane Castellanos-Reyes"])
    generic = Identity(header=["Data Engineer"], authors=["Microsoft Office User", "user"])
    assert "[name]" in build_payload([bullet(text)], named).items[0].text
    assert build_payload([bullet(text)], generic).items[0].text == text


def test_name_from_a_sidebar_confirmed_by_the_email_address() -> None:
    """The name sits below the contact lines; the email's local part confirms it."""
    identity = Identity(
        header=["Chicago, IL", "(312) 555-0188", "tomasz.w@example.com", "Tomasz Wiśniewski"]
    )
    payload = build_payload([bullet("Co-led the 2 migrations with T. Wiśniewski.")], identity)
    assert payload.items[0].text == "Co-led the 2 migrations with [name]."


def test_name_drawn_below_the_contact_row_is_the_header_line_in_the_largest_type() -> None:
    """The page draws the name after the contact row and the summary, and no email confirms
    it (the address is the first name at the candidate's own company)."""
    header = [
        "+46 70 555 01 88 | Svenska | Engelska",
        "Red Hat Certified Engineer | Ceph",
        "I am a Linux enthusiast who runs my own firm and works on open-source storage.",
        "Ingrid Falkenrud",
        "ingrid@example.com",
    ]
    text = "Example Linux AB was founded and is run by Ingrid Falkenrud since 2019."
    sized = Identity(header=header, largest="Ingrid Falkenrud")
    assert build_payload([bullet(text)], sized).items[0].text == (
        "Example Linux AB was founded and is run by [name] since 2019."
    )
    # A title in the largest type names no one when the top of the header has the name.
    titled = Identity(header=["Ingrid Falkenrud", *header[:3]], largest="Career Objective")
    kept = "Wrote the career objective tracker for the team."
    assert build_payload([bullet(kept)], titled).items[0].text == kept


def test_name_split_over_two_lines_or_apart_from_its_surname() -> None:
    split = Identity(header=["KENJI", "ABERNATHY", "Data & ML Engineer"])
    apart = Identity(header=["Elena", "Berlin, Germany", "Vasquez-Brandt", "elena.vb@example.com"])
    one = build_payload([bullet("Kenji Abernathy et al. Streaming joins. VLDB 2022.")], split)
    text = "E. Vasquez-Brandt and K. Lee. Learning to rank from sparse clicks. SIGIR 2021."
    two = build_payload([bullet(text)], apart)
    assert one.items[0].text == "[name] Streaming joins. VLDB 2022."
    assert (
        two.items[0].text == "[name] and K. Lee. Learning to rank from sparse clicks. SIGIR 2021."
    )


def test_name_from_a_name_field_anywhere() -> None:
    bullets = [
        bullet("Name: Aurelio Quintana-Voss", entry=None),
        bullet("Paired with Aurelio Quintana-Voss's team on 3 launches."),
    ]
    payload = build_payload(bullets)
    assert payload.held_back == [0]
    assert payload.items[0].text == "Paired with [name]'s team on 3 launches."


# --- the payload and its counts --------------------------------------------------------------


def test_payload_items_are_exactly_id_section_role_text() -> None:
    payload = build_payload([bullet(WORK[0]), bullet(f"Call {TEODOR.phone}"), bullet(WORK[1])])
    data = json.loads(payload.to_json())
    assert [sorted(item) for item in data] == [["id", "role", "section", "text"]] * 2
    assert [item["id"] for item in data] == ["b0", "b2"]  # ids keep the bullets' positions


def test_mask_tokens_are_what_the_rewrite_check_looks_for() -> None:
    text = f"Reviewed the churn models with {IMOGEN.name} (imogen.example.dev) every week."
    masked = build_payload([bullet(text)], identity_of(IMOGEN)).items[0].text
    assert MASK_TOKEN.findall(masked) == ["[name]", "[link]"]


def test_summary_counts_only_what_was_sent() -> None:
    bullets = [
        bullet(f"Reviewed the churn models with {IMOGEN.name} and {TEODOR.name} each week."),
        bullet(WORK[0], entry="Data Engineer | Quarry Labs | 2019 – 2022"),
        bullet(f"{IMOGEN.phone} | {IMOGEN.email}"),
        bullet(WORK[1], entry=f"{IMOGEN.name} | Résumé 1"),
    ]
    payload = build_payload(bullets, Identity(header=[IMOGEN.name], authors=[TEODOR.name]))
    assert payload.summary() == PrivacySummary(
        bullets_sent=3,
        role_headings_sent=2,
        bullets_held_back=1,
        headings_held_back=1,
        masked={"name": 2},
    )
    assert payload.summary().describe() == (
        "3 bullets and 2 role headings; masked 2 names; held back 1 bullet and 1 heading"
    )
    only_second = payload.summary({"b1"})
    assert (only_second.bullets_sent, only_second.masked) == (1, {})


# --- the routes as files, read end to end -----------------------------------------------------


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_generated_resume_sends_nothing_personal_and_all_its_work(
    name: str, tmp_path: Path
) -> None:
    path, person = ROUTES[name](tmp_path / name)
    resume = extract(path)
    payload = build_payload(resume.bullets(), resume.identity)

    assert_nothing_private(payload.to_json(), person)
    sent = [item.text for item in payload.items]
    for work in WORK:
        if any(work == b.text for b in resume.bullets()):
            assert work in sent  # the work is sent, word for word
    assert all(not MASK_TOKEN.search(item.role + item.section) for item in payload.items)


def test_generated_job_board_export_sends_only_the_work(tmp_path: Path) -> None:
    path, _ = ROUTES["job_board_fields_as_bullets.docx"](tmp_path / "export.docx")
    resume = extract(path)
    payload = build_payload(resume.bullets(), resume.identity)
    assert [item.text for item in payload.items] == WORK
    assert payload.summary().bullets_held_back == len(resume.bullets()) - len(WORK)


def test_identity_carries_metadata_authors_and_the_word_page_header(tmp_path: Path) -> None:
    pdf, person = ROUTES["footer_in_role_heading.pdf"](tmp_path / "footer.pdf")
    docx_path, other = ROUTES["name_only_in_page_header.docx"](tmp_path / "header.docx")
    assert extract(pdf).identity.authors == [person.name]
    assert extract(docx_path).identity.header[0] == other.name


def test_links_to_the_candidates_own_pages_are_masked_whatever_their_form() -> None:
    """The header gives the blog as a subdomain ("nadia-k.github.io") and a video channel as
    "@handle": the blog's posts and the same handle's repositories are the candidate's, and
    an employer's repository stays as written (it is the work)."""
    identity = Identity(
        header=["blog: nadia-k.github.io", "video: youtube.com/@nadia-k", "nadia@example.com"]
    )
    texts = [
        "Wrote a query builder in Go. Post: https://nadia-k.github.io/posts/query-builder",
        "Kept my editor setup at https://github.com/nadia-k/dotfiles/blob/main/init.lua",
        "Fixed the retry bug in github.com/tern-labs/ingest for the billing team.",
    ]
    payload = build_payload([bullet(t) for t in texts], identity)
    sent = [item.text for item in payload.items]
    assert "nadia-k" not in " ".join(sent[:2])
    assert sent[2] == texts[2]


def test_handles_built_on_the_name_or_written_alone_are_the_candidates() -> None:
    """A contact row taken for a bullet gives the profile ids bare ("nadia-kern-dev", the
    header's handle "nkrn", a LinkedIn id cut from its link by a space); a repository under a
    handle built on the name ("NadiaKe") is the candidate's; a hyphenated word that only
    contains a name ("Kern" in "kernel-bypass") and an employer's repository stay as written."""
    identity = Identity(header=["Nádia Kern", "nadia.kern@example.com", "github.com/nkrn"])
    texts = [
        "nadia-kern-dev nkrn",
        "LinkedIn: www.linkedin.com/in/ kern-nadia-1234/",
        "Lister: a to-do app at https://github.com/NadiaKe/lister with 40 daily users.",
        "Wrote the kernel-bypass path in github.com/tern-labs/ingest for the billing team.",
    ]
    payload = build_payload([bullet(t) for t in texts], identity)
    sent = " ".join(item.text for item in payload.items)
    assert "nadia" not in sent.casefold() and "nkrn" not in sent
    assert texts[3] in sent


def test_a_handle_cut_short_in_the_header_still_marks_the_candidates_profile() -> None:
    """A job-site form cuts the header's link ("github.com/p…"): the profile it starts is the
    candidate's, sent in no role heading."""
    identity = Identity(header=["Data Engineer", "https://github.com/p…", "p@example.com"])
    role = "Example Cloud | https://github.com/pkrn2077?tab=repositories"
    payload = build_payload([bullet("Moved 30 batch jobs to Airflow.", entry=role)], identity)
    assert "pkrn2077" not in payload.to_json()


def test_a_profile_link_wrapped_after_its_prefix_masks_no_word() -> None:
    """ "linkedin.com/in/" at a line's end, its id on the next line, names no handle: the
    word "in" is sent as written, in every bullet."""
    identity = Identity(
        header=["Nadia Kern", "linkedin.com/in/", "kern-nadia-49a07", "n@example.com"]
    )
    text = "Working in Example Corp as an analyst in the data migration team."
    payload = build_payload([bullet(text)], identity)
    assert [item.text for item in payload.items] == [text]


def test_an_address_in_chinese_text_ends_at_its_full_width_bracket() -> None:
    """ "工具x-factor（https://github.com/nadia-k/x-factor），并研究了...": the candidate's
    repository is masked, and the Chinese sentence after the full-width bracket is sent."""
    identity = Identity(header=["Nadia Kern", "github.com/nadia-k", "nadia@example.com"])
    text = (
        "开发了工具x-factor（https://github.com/nadia-k/x-factor），并研究了Transformer模型的性能"
    )
    payload = build_payload([bullet(text)], identity)
    sent = payload.items[0].text
    assert "nadia-k" not in sent
    assert sent.endswith("），并研究了Transformer模型的性能")


def test_a_name_in_latin_letters_that_spells_the_mailbox_is_the_candidates() -> None:
    """The header gives the name only in Chinese (柯娜迪) and the mailbox "nadiake@": "Nadia
    Ke" in an author list is the candidate, masked; the other authors are sent."""
    identity = Identity(header=["柯娜迪", "(+86) 155-0000-0000  nadiake@example.com"])
    text = "[ACL'24] Wei Zhang, Nadia Ke, Yu Chen. Sparse adapters for retrieval."
    sent = sent_text([bullet(text)], identity)
    assert "Nadia" not in sent and "Ke," not in sent
    assert "Wei Zhang" in sent and "Yu Chen" in sent


def test_a_name_with_a_middle_name_that_spells_the_mailbox_is_the_candidates() -> None:
    """No name in the header, only "kofiamponsah@": a declaration signed "Kofi Mensah
    Amponsah" at the end of the resume names the candidate, middle name and all."""
    identity = Identity(header=["Email : kofiamponsah@example.com", "Cell : 555 0100"])
    text = "I, Kofi Mensah Amponsah, declare that the information herein is true."
    sent = sent_text([bullet(text)], identity)
    assert "Kofi" not in sent and "Mensah" not in sent and "Amponsah" not in sent
    assert "I, [name], declare that the information herein is true." in sent


def test_a_header_name_whose_mailbox_shortens_the_surname_is_the_candidates() -> None:
    """A European form puts its title above the name, the surname first and in capitals, and
    the mailbox is the first name with the surname's consonants ("giuliarst@"): the form's
    page header, "[ Rossetti Giulia ]", is no role heading to send."""
    identity = Identity(
        header=[
            "FORMATO EUROPEO",
            "PER IL CURRICULUM",
            "VITAE",
            "ROSSETTI GIULIA",
            "VIA ESEMPIO 1, 25100 BRESCIA (BS)",
            "giuliarst@example.com",
        ]
    )
    sent = sent_text(
        [bullet("Sviluppo di estensioni per il gestionale.", "[ Rossetti Giulia ]")], identity
    )
    assert "Rossetti" not in sent and "Giulia" not in sent
    assert "Sviluppo di estensioni per il gestionale." in sent


def test_a_country_subdomain_of_a_profile_site_is_no_handle() -> None:
    """ "in.linkedin.com/in/<id>" (LinkedIn's address for India): the subdomain "in" is the
    country's, not the candidate's handle, so the word "in" is sent as written; the id in the
    path is still the candidate's."""
    identity = Identity(
        header=["Nadia Kern", "n@example.com", "https://in.linkedin.com/in/nadia-kern-0814"]
    )
    texts = [
        "Wrote the ingestion pipeline in Python from Kafka to Elasticsearch.",
        "Linked my profile linkedin.com/in/nadia-kern-0814 in the team wiki.",
    ]
    payload = build_payload([bullet(t) for t in texts], identity)
    assert payload.items[0].text == texts[0]
    assert "nadia-kern-0814" not in payload.to_json()


def test_contest_handles_built_on_the_name_are_masked() -> None:
    """Contest sites give handles as the name run together or a part of it with digits
    ("NadiaKernova", "Kernova7"), with or without a "Handle:" label."""
    identity = Identity(header=["Nadia Kernova", "nadia.k@example.com"])
    texts = [
        "Master on Codeforces, rating 2112. Handle: NadiaKernova. Top 3% worldwide.",
        "Placed 1079th in Code Jam 2020 as Kernova7 among 30,000 entrants.",
    ]
    sent = sent_text([bullet(t) for t in texts], identity)
    assert "kernova" not in sent.casefold()
    assert "Top 3% worldwide" in sent and "30,000 entrants" in sent


def test_a_place_beside_a_handle_that_fills_the_email_is_not_a_name() -> None:
    """ "Kew, Napier" over a row ending in the handle "NadiaKern", whose email is
    nadia.kern@: the handle fills the local part, so the initial "N" of "Napier" does not make
    "Napier NadiaKern" a name, and the city in a bullet is sent as written."""
    identity = Identity(header=["Nadia Kern", "Kew, Napier", "nadia.kern@example.com  NadiaKern"])
    text = "Commissioned the crusher controls at 4 sites around Napier."
    payload = build_payload([bullet(text)], identity)
    assert [item.text for item in payload.items] == [text]


def test_the_domain_of_the_candidates_own_email_is_theirs_whatever_its_ending() -> None:
    """ "me@nadia.zip": nadia.zip is the candidate's own site (a new ending the link pattern
    does not know); gmail.com, where anyone has an address, is nobody's."""
    identity = Identity(
        header=["Nadia Kern", "me@nadia.zip", "nadia.kern@gmail.com", "github.com/nadia-k"]
    )
    texts = [
        "Sold prints through the shop at nadia.zip to 300 customers.",
        "Wrote a filter that sorts gmail.com newsletters for the support team.",
        "Fixed the retry bug in github.com/tern-labs/ingest for the billing team.",
    ]
    payload = build_payload([bullet(t) for t in texts], identity)
    sent = [item.text for item in payload.items]
    assert "nadia.zip" not in sent[0] and "[link]" in sent[0]
    assert sent[1:] == texts[1:]


def test_a_first_name_or_surname_alone_is_masked_but_not_a_tool_or_a_word() -> None:
    """The candidate's own business named after them ("Quillfeather Designs") and a link text
    with their first name are theirs; a first name that is also a tool ("Julia") or a common
    word ("Mark") stays, as the work it names."""
    identity = Identity(header=["Orlaith Quillfeather", "orlaith.q@example.com"])
    sent = sent_text(
        [
            bullet("Built 10 websites for charities.", "Web Developer | Quillfeather Designs"),
            bullet("Orlaith@Github Orlaith@LinkedIn"),
            bullet("Cut the QUILLFEATHER DESIGNS hosting bill by a third."),
        ],
        identity,
    )
    assert "quillfeather" not in sent.casefold() and "orlaith" not in sent.casefold()
    tools = Identity(header=["Julia Mark", "julia.mark@example.com"])
    kept = sent_text([bullet("Ported the solver from MATLAB to Julia; will mark it done.")], tools)
    assert "Ported the solver from MATLAB to Julia; will mark it done." in kept


def test_the_repository_a_project_heading_links_is_the_candidates_own() -> None:
    """A header with no GitHub handle, and one project whose heading links its repository:
    the owner is the candidate, even with a single link; a repository named in a statement
    of work (a contribution to someone else's code) stays as written."""
    identity = Identity(header=["Noor Haddad", "noor@example.com", "https://haddad.example.com"])
    bullets = [
        project("Wrote a parser combinator library in TypeScript.", "Bee | github.com/nh42x/bee"),
        bullet("Fixed a race in github.com/tern-labs/ingest for the billing team."),
    ]
    sent = sent_text(bullets, identity)
    assert "nh42x" not in sent
    assert "github.com/tern-labs/ingest" in sent


def test_an_account_a_project_heading_links_by_itself_is_masked() -> None:
    """A header with the candidate's GitHub handle, and a project whose heading links an
    account of its own (an organisation the candidate made for it): the account's address is
    masked; a repository of someone else's in a statement stays, and so does the word when it
    names something in the text."""
    identity = Identity(header=["Noor Haddad", "noor@example.com", "github.com/nh42x"])
    bullets = [
        project("Ran a 3-node K3s cluster for my side projects.", "Homelab github.com/burrowlab"),
        bullet("Fixed a race in github.com/tern-labs/ingest for the billing team."),
        bullet("Moved the burrowlab staging jobs to a queue."),
    ]
    sent = sent_text(bullets, identity)
    assert "github.com/burrowlab" not in sent
    assert "github.com/tern-labs/ingest" in sent
    assert "Moved the burrowlab staging jobs to a queue." in sent


def test_the_local_part_of_the_candidates_email_is_their_handle_elsewhere() -> None:
    """ "kwa8812@example.com" in the header and a post at "medium.com/@kwa8812/...": the same
    handle, the candidate's, though the header's GitHub handle is another; a mailbox named
    with a word ("design@") makes no word a handle."""
    identity = Identity(header=["Kofi Asante", "kwa8812@example.com | github.com/kofi-a"])
    bullets = [
        bullet("Wrote up the migration at https://medium.com/@kwa8812/moving-to-k8s-2f1b."),
        bullet("Answered the clinic's info@ mailbox and routed 40 requests a day."),
    ]
    sent = sent_text(bullets, identity)
    assert "kwa8812" not in sent
    assert "info@ mailbox" in sent
    # The email's handle is no proof that another profile is someone else's: with no handle
    # in the header, a profile the candidate links stays masked.
    no_handle = Identity(header=["Kofi Asante", "k.asante88@example.com"])
    own = sent_text(
        [bullet("Contributor to open source, see https://github.com/moonbyte")], no_handle
    )
    assert "moonbyte" not in own
    mailbox = Identity(header=["Kofi Asante", "design@asante.example.com"])
    kept = sent_text([bullet("Led the design of the intake form for 3 clinics.")], mailbox)
    assert "Led the design of the intake form for 3 clinics." in kept


def test_a_local_part_built_on_the_name_is_a_handle_without_digits_or_dots() -> None:
    """ "kofimensah@" holds the first name only: the same handle written alone in a contact row
    that extraction took for a bullet is the candidate's."""
    identity = Identity(header=["Kofi Asante", "kofimensah@example.com"])
    sent = sent_text([bullet("kofimensah \ufffd kofimensah")], identity)
    assert "kofimensah" not in sent


def test_a_repository_named_without_its_site_hides_an_owner_built_on_the_name() -> None:
    """Project headings as GitHub lists them ("owner/repository"): the candidate's own handle
    is never sent; an organisation's repository, or "CI/CD", is the work."""
    identity = Identity(header=["Kofi Asante", "kofi.a@example.com"])
    own = project("Built a taxi-trip pipeline on Spark.", "skofi-mensah/taxi_pipeline")
    other = project("Added CI/CD and a Spark 3 upgrade.", "apache-spark/spark-examples")
    payload = build_payload([own, other], identity)
    sent = payload.to_json()
    assert "skofi-mensah" not in sent
    assert "apache-spark/spark-examples" in sent
    assert "CI/CD" in sent


def test_a_name_joined_by_underscores_or_typed_with_caps_lock_is_masked() -> None:
    identity = Identity(header=["Kofi Asante", "kofi.a@example.com"])
    filed = sent_text([bullet("Download the slides (assets/Kofi_Slides_2023.pdf).")], identity)
    assert "Kofi" not in filed
    campaign = bullet("Built the volunteer rota app.", entry="cAMPAIGN TO ELECT aSANTE | 2016")
    assert "aSANTE" not in sent_text([campaign], identity)


def test_a_site_a_host_names_after_the_candidates_mailbox_is_theirs() -> None:
    identity = Identity(header=["Kofi Asante", "moonbyte@example.com"])
    own = bullet("Built a classifieds site (http://moonbyte.pythonanywhere.com/ads).")
    other = bullet("Load-tested the API of https://status.pythonanywhere.com for 3 weeks.")
    sent = sent_text([own, other], identity)
    assert "moonbyte" not in sent
    assert "status.pythonanywhere.com" in sent


@pytest.mark.parametrize(
    ("line", "private"),
    [
        ("stato civile: celibe", "celibe"),
        ("Edad: 26 años", "26"),
        ("Alter: 31 | Berlin", "31"),
        ("27 ans www.example.com", "27 ans"),
    ],
)
def test_personal_status_in_other_languages_is_never_sent(line: str, private: str) -> None:
    assert private not in sent_text([bullet(line)], Identity(header=["Kofi Asante"]))


def test_years_of_work_in_other_languages_are_not_an_age() -> None:
    text = "5 ans d'expérience en Java; 12 Jahre Erfahrung mit Linux."
    assert build_payload([bullet(text)], Identity(header=["Kofi Asante"])).items[0].text == text


def test_a_project_site_named_for_the_project_is_not_a_handle() -> None:
    """ "Live demo: gridwatch.pages.dev" names the project, not a person: the project's name
    stays in the statements; and "3D Place Recognition" is no street address."""
    identity = Identity(header=["Noor Haddad", "noor@example.com"])
    bullets = [
        project(
            "Built the GridWatch pipeline that polls queue data every hour.",
            "GridWatch | github.com/nh42x/gridwatch | Live Demo: gridwatch.pages.dev",
        ),
        bullet("Trained an orientation-invariant 3D Place Recognition model on LIDAR scans."),
    ]
    sent = sent_text(bullets, identity)
    assert "Built the GridWatch pipeline that polls queue data every hour." in sent
    assert "3D Place Recognition" in sent
    assert "nh42x" not in sent


def test_an_owner_of_several_linked_repositories_is_the_candidate() -> None:
    """A header that gives no GitHub handle, and projects that link two repositories of one
    owner: that owner is the candidate; one link of an organisation's stays as written."""
    identity = Identity(header=["Noor Haddad", "noor@example.com", "linkedin.com/in/noorh"])
    bullets = [
        bullet("Built a sudoku solver app.", entry="Solver (github.com/nh42x/solver)"),
        bullet("Trained a tweet classifier.", entry="Early warning (https://github.com/nh42x/ews)"),
        bullet("Fixed a race in github.com/tern-labs/ingest for the billing team."),
    ]
    sent = sent_text(bullets, identity)
    assert "nh42x" not in sent
    assert "github.com/tern-labs/ingest" in sent
