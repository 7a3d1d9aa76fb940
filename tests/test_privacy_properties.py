"""Properties of the privacy boundary, over generated fictional people and generated work.

1. Random names and contact details, put into headings and bullets in the forms real resumes
   use, never reach the payload.
2. Masking changes no word of a bullet, and no role heading, that holds no personal data.

The default run is derandomized (the same examples every time); ``PRODGAP_FUZZ_EXAMPLES=2000``
runs that many random examples per property instead.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prodgap.models import Bullet, Identity
from prodgap.privacy import build_payload

EXAMPLES = int(os.environ.get("PRODGAP_FUZZ_EXAMPLES", "0"))
PROPERTY = settings(
    max_examples=EXAMPLES or 200,
    derandomize=not EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# --- fictional people ---------------------------------------------------------------------

FIRST = ["Oriane", "Teodor", "Zoë", "José", "Aurelio", "Ingrid", "Kwame", "Mei", "Søren",
         "Anouk", "Raghav", "Lucía", "Emeka", "Yuki", "Saoirse", "Thandiwe", "Łukasz"]  # fmt: skip
LAST = ["Castellanos", "Brannigan", "Okonjo", "Núñez", "Quintana", "Halvorsen", "Mensah",
        "Lindqvist", "Achterberg", "Vasquez", "Farrow", "Wiśniewski", "Ó Briain", "Nakamura",
        "Adeyemi-Cole", "Ferreira"]  # fmt: skip
SYLLABLES = ["ka", "lo", "vi", "ren", "dar", "mi", "tor", "sel", "an", "bre", "zu", "quo", "fen"]
STREETS = ["Larkspur", "Quarry", "Willow Creek", "Juniper", "Harbor View", "Old Mill"]
STREET_TYPES = ["Street", "St", "Avenue", "Ave", "Road", "Lane", "Drive", "Blvd", "Court"]
CITIES = [("Springfield", "IL"), ("Somerville", "MA"), ("Eugene", "OR"), ("Austin", "TX")]


@st.composite
def syllable_name(draw: st.DrawFn) -> str:
    """A made-up name ("Kalovi"): no real person's, and no English word."""
    parts = draw(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3))
    return "".join(parts).capitalize()


def _fold(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
    )


@dataclass(frozen=True)
class Someone:
    first: str
    last: str
    email: str
    phone: str
    address: str
    profile: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def forbidden(self) -> list[str]:
        """What must not be in the payload, compared case-insensitively."""
        initial = f"{self.first[0]}. {self.last}"
        return [self.name, _fold(self.name), initial, f"{self.last}, {self.first[0]}.",
                f"{self.last}, {self.first}", self.email, self.phone, self.address,
                self.profile]  # fmt: skip


@st.composite
def someone(draw: st.DrawFn) -> Someone:
    first = draw(st.sampled_from(FIRST) | syllable_name())
    last = draw(st.sampled_from(LAST) | syllable_name())
    if draw(st.booleans()) and "-" not in last and " " not in last:
        last = f"{last}-{draw(st.sampled_from(LAST)).split()[-1].split('-')[0]}"
    user = _fold(f"{first}.{last}").lower().replace(" ", "").replace("-", "")
    email = draw(
        st.sampled_from([f"{user}@example.com", f"{user[0]}{user.split('.')[1]}@example.org"])
    )
    digits = draw(st.lists(st.integers(0, 9), min_size=10, max_size=10))
    d = "".join(map(str, digits))
    phone = draw(
        st.sampled_from(
            [
                f"+1 {d[:3]} 555 {d[6:]}",
                f"(617) 555-{d[6:]}",
                f"617.555.{d[6:]}",
                f"+44 20 7946 {d[6:]}",
                f"+91 98765 {d[5:]}",
                f"+49 30 {d[:4]} {d[6:]}",
                f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            ]
        )
    )
    city, state = draw(st.sampled_from(CITIES))
    number = draw(st.integers(1, 9999))
    street = f"{draw(st.sampled_from(STREETS))} {draw(st.sampled_from(STREET_TYPES))}"
    address = draw(
        st.sampled_from(
            [
                f"{number} {street}, {city}, {state} {10000 + number:05d}",
                f"{number} {street}, Apt {number % 40 + 1}, {city}, {state} {10000 + number:05d}",
                f"Hauptstraße {number % 200 + 1}, 10115 Berlin",
            ]
        )
    )
    handle = user.replace(".", "-")
    profile = draw(st.sampled_from(
        [f"linkedin.com/in/{handle}-example", f"github.com/{handle}", f"https://{handle}.example.dev"]
    ))  # fmt: skip
    return Someone(first, last, email, phone, address, profile)


def _name_forms(person: Someone) -> list[str]:
    name = person.name
    return [name, name.upper(), name.lower(), f"{person.first[0]}. {person.last}",
            f"{person.last}, {person.first[0]}.", f"{person.last.upper()}, {person.first}",
            _fold(name)]  # fmt: skip


@st.composite
def leaky_resume(draw: st.DrawFn) -> tuple[Someone, list[Bullet], Identity]:
    """Bullets whose headings and texts carry the person's details the ways real files do."""
    person = draw(someone())
    form = draw(st.sampled_from(_name_forms(person)))
    role = "Data Scientist | Corvid Analytics | 2019 – 2021"
    headings = [
        role,
        f"{person.name} | Senior Data Engineer | {person.address}",
        f"March 3, 2025 {person.name} · Résumé 1 | {role}",
        f"{role} | {person.email}",
        f"{person.name.upper()}",
        f"{person.phone} | {person.profile}",
    ]
    texts = [
        f"Reviewed the churn models with {form} every week for 3 quarters.",
        f"{person.phone} | {person.email} | {person.profile}",
        f"Find me at {person.profile} or call {person.phone}",
        f"Name: {person.name}",
        f"Home: {person.address}",
        f"{form}, T. Okoro and P. Lund. Drift-aware retraining for demand models. KDD 2023.",
        f"Okoro, T., {person.last}, {person.first[0]}. and Lund, P. Cheap labels. NeurIPS 2022.",
        f"Ran the {form} on-call handbook rewrite; paged via {person.phone} for 2 services.",
        f"Trained a ranking model on 2M query pairs; write to {person.email} for the notes.",
    ]
    picked = draw(st.lists(st.sampled_from(texts), min_size=1, max_size=6))
    bullets = [
        Bullet(text=text, section=draw(st.sampled_from(["Experience", person.name])),
               entry=draw(st.sampled_from(headings)))
        for text in picked
    ]  # fmt: skip
    header = draw(st.sampled_from([
        [person.name, "Data Engineer", f"{person.phone} | {person.email}"],
        [person.name.upper(), f"{person.email} · {person.address}"],
        ["Springfield, IL", person.email, person.phone, person.name],
    ]))  # fmt: skip
    authors = draw(st.sampled_from([[], [person.name], ["Microsoft Office User"]]))
    return person, bullets, Identity(header=header, authors=authors)


@PROPERTY
@given(leaky_resume())
def test_names_and_contact_details_never_reach_the_payload(
    case: tuple[Someone, list[Bullet], Identity],
) -> None:
    person, bullets, identity = case
    sent = build_payload(bullets, identity).to_json().casefold()
    for private in person.forbidden():
        assert private.casefold() not in sent, private


# --- work with nothing personal in it -----------------------------------------------------

VERBS = ["Built", "Deployed", "Trained", "Cut", "Migrated", "Led", "Served", "Fine-tuned",
         "Rebuilt", "Owned", "Monitored", "Designed", "Scaled", "Automated", "Reduced"]  # fmt: skip
THINGS = ["a streaming feature pipeline", "the fraud-scoring API", "a BERT ranker",
          "the demand forecasting service", "single sign-on for 12 apps",
          "the ASP.NET billing service", "a Socket.IO chat backend", "Node.js workers",
          "the Visa payments integration", "salary benchmarking dashboards",
          "an age-of-data monitor", "the search ranking at Booking.com",
          "CI/CD for 40 repositories", "an A/B testing platform"]  # fmt: skip
TOOLS = ["Kafka", "Kubernetes", "PyTorch", "Airflow", "Spark", "Terraform", "C++", "Go",
         "scikit-learn", "TensorRT", "dbt", "BigQuery", "Redis", "FastAPI"]  # fmt: skip
METRICS = st.one_of(
    st.builds(lambda a, b: f"cutting p99 latency from {a} ms to {b} ms", st.integers(100, 900),
              st.integers(5, 99)),
    st.builds(lambda n: f"at {n}k requests a day", st.integers(1, 999)),
    st.builds(lambda n, m: f"lifting NDCG@10 from 0.{n} to 0.{m}", st.integers(10, 60),
              st.integers(61, 99)),
    st.builds(lambda n: f"with {n}% uptime", st.sampled_from(["99.9", "99.95", "99.99"])),
    st.builds(lambda n: f"saving ${n}k a month", st.integers(1, 500)),
    st.builds(lambda n: f"reaching mAP@0.5 of 0.{n}", st.integers(50, 99)),
    st.builds(lambda n: f"on {n:,} rows a night", st.integers(1000, 2_000_000_000)),
    st.builds(lambda y: f"between {y} and {y + 2}", st.integers(2005, 2022)),
    st.builds(lambda a, b, c: f"shipping v{a}.{b}.{c}", st.integers(0, 9), st.integers(0, 20),
              st.integers(0, 30)),
    st.builds(lambda q, y: f"in Q{q} {y}", st.integers(1, 4), st.integers(2010, 2024)),
)  # fmt: skip
ORGS = ["Lumen Health", "Corvid Analytics", "Booking.com", "Visa", "Quarry Labs", "Tidewave Media"]
TITLES = ["Senior ML Engineer", "Data Scientist", "Staff Software Engineer", "Research Intern"]
MONTHS = ["Jan", "Feb", "Mar", "Jun", "Sep", "Dec"]


@st.composite
def work_bullet(draw: st.DrawFn) -> Bullet:
    text = (
        f"{draw(st.sampled_from(VERBS))} {draw(st.sampled_from(THINGS))} on "
        f"{draw(st.sampled_from(TOOLS))}, {draw(METRICS)}"
        + (f" and {draw(METRICS)}" if draw(st.booleans()) else "")
        + draw(st.sampled_from([".", "", ";"]))
    )
    year = draw(st.integers(2010, 2022))
    entry = draw(st.sampled_from([
        f"{draw(st.sampled_from(TITLES))} | {draw(st.sampled_from(ORGS))} | "
        f"{draw(st.sampled_from(MONTHS))} {year} – Present",
        f"{draw(st.sampled_from(TITLES))}, {draw(st.sampled_from(ORGS))} · Boston, MA "
        f"{draw(st.sampled_from(MONTHS))} {year} – {draw(st.sampled_from(MONTHS))} {year + 2}",
        f"{draw(st.sampled_from(ORGS))} — {draw(st.sampled_from(TITLES))} ({year}–{year + 3})",
    ]))  # fmt: skip
    return Bullet(text=text, section="Experience", section_kind="experience", entry=entry)


@PROPERTY
@given(st.lists(work_bullet(), min_size=1, max_size=8), someone())
def test_work_without_personal_data_is_sent_unchanged(
    bullets: list[Bullet], person: Someone
) -> None:
    identity = Identity(header=[person.name, f"{person.phone} | {person.email}"])
    payload = build_payload(bullets, identity)
    assert [(i.text, i.role, i.section) for i in payload.items] == [
        (b.text, b.entry, b.section) for b in bullets
    ]
    assert payload.masks == [] and payload.held_back == []
