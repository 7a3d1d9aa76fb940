"""The multilingual word lists: what a bullet's words and a heading's words name, in any of the
languages real resumes are written in."""

from __future__ import annotations

import pytest

from prodgap import lexicon
from prodgap.decide import Context


def test_text_is_read_without_accents_or_case() -> None:
    assert lexicon.fold("Développement d’une Anwendung für Großkunden") == (
        "developpement d'une anwendung fur grosskunden"
    )
    assert lexicon.fold("Plain ASCII") == "plain ascii"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Developed the billing service in Go.", "build"),
        ("Développement d’une application de réservation.", "build"),
        ("Entwicklung einer Schnittstelle für das Lager.", "build"),
        ("Desarrollo de una API de pagos.", "build"),
        ("Responsável pelo desenvolvimento do portal interno.", "build"),
        ("Mise en place d’un tableau de bord pour la direction.", "build"),
        ("Maintenance des serveurs de messagerie.", "operate"),
        ("Wartung der Datenbanken im Rechenzentrum.", "operate"),
        ("Analyse des ventes mensuelles avec R.", "analyse"),
        ("Enseignement du cours de bases de données.", "teach"),
        ("Coordinated the release calendar with three teams.", "coordinate"),
        ("Handled customer complaints at the front desk.", "manage"),
        ("Rust library for sparse matrices.", "object_software"),
        ("Certifications: AWS Solutions Architect.", "statement"),
        ("Trained a speech model on 800 hours of audio.", "train"),
        ("Won first place at a regional contest.", "credit"),
        # Polish, Dutch, Turkish, Swedish, Czech, Indonesian.
        ("Wdrożyłam system rekomendacji na produkcję.", "deploy"),
        ("Ontwikkelde een dashboard voor de planning.", "build"),
        ("Geliştirdiğim servis günlük raporları üretir.", "build"),
        ("Underhåll av kundens databaser.", "operate"),
        ("Nasadil jsem aplikaci do provozu.", "deploy"),
        ("Melatih model klasifikasi gambar.", "train"),
        ("Внедрил сервис оплаты для пользователей.", "deploy"),
        ("Розробив бота для підтримки клієнтів.", "build"),
    ],
)
def test_the_lead_action_is_read_in_any_language(text: str, lead: str) -> None:
    _, found = lexicon.read_bullet_words(text)
    assert found == lead


def test_the_longest_stem_decides_and_whole_words_stay_whole() -> None:
    assert lexicon.name_of("visualization") == "analyse"  # not "visual" (design work)
    assert lexicon.name_of("promotional") == "serve_customers"
    assert lexicon.name_of("promoted") == "career"
    assert lexicon.name_of("storage") is None  # "store" is a whole word only
    assert lexicon.name_of("applied") == "use"  # not software: "appli" is a whole word only
    assert lexicon.name_of("application") == "software"


def test_chinese_words_are_found_inside_the_text() -> None:
    named, _ = lexicon.read_bullet_words("负责后端接口开发与数据库设计")
    assert {"build", "software"} <= named


@pytest.mark.parametrize(
    ("heading", "places"),
    [
        ("Software Engineer | Example GmbH", {"tech_role", "company"}),
        ("Stagiaire Développeur, Exemple SA", {"intern", "tech_role"}),
        ("Teaching Assistant, Example University", {"teaching", "academic"}),
        ("Retail Associate — Example Stores", {"other_role"}),
        ("Contributions to Open Source | examplelib", {"open_source"}),
        ("Weather app | weather-example.app | github.com/example/weather", {"website"}),
        ("Google Summer of Code | Contributor", {"mentorship", "open_source"}),
        ("Projet de fin d’études | École Exemple", {"thesis", "project"}),
    ],
)
def test_headings_name_their_place(heading: str, places: set[str]) -> None:
    assert places <= lexicon.places(heading)


def test_a_code_host_alone_is_no_open_source_and_no_website() -> None:
    assert not {"open_source", "website"} & lexicon.places("Dotfiles | github.com/example/dots")


@pytest.mark.parametrize(
    ("entry", "job"),
    [
        ("Linux Administrator | Example University", True),
        ("Software Engineer | Project Falcon", True),
        ("Master's thesis on data platforms, Example GmbH", False),
        ("Course project | Example University", False),
        ("Hackathon 2023 | Backend Developer", False),
        ("Example Corp | Data Engineer", True),
    ],
)
def test_an_experience_entry_is_a_job_when_it_names_a_role(entry: str, job: bool) -> None:
    context = Context("Experience", "experience", entry)
    assert ("employer" in context.cues) == job
    assert context.project_like == (not job)


def test_awards_are_read_in_the_section_heading_only() -> None:
    project = Context("Projects", "projects", "Face Recognition Door Lock")
    awards = Context("Honours and Awards", "other", "Regional contest")
    assert "credits" not in project.cues and "credits" in awards.cues


def test_a_bullet_read_alone_has_no_place() -> None:
    assert Context().cues == frozenset({"unplaced"})


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("バトルシステムの開発とリリース後の運用", {"build", "operate", "software", "live"}),
        ("사용자 관리 시스템 개발 및 운영", {"build", "operate", "software", "people"}),
        # Traditional Chinese writes users 用戶 (simplified 用户); so does a Kangxi ⼾ read back.
        ("為十萬用戶開發推薦系統", {"people"}),
    ],
)
def test_japanese_and_korean_words_are_found_as_folded(text: str, names: set[str]) -> None:
    """Folding strips kana's voicing marks and takes Hangul syllables apart: the word lists are
    folded the same way, or "システム" and "시스템" would never be found."""
    found, _ = lexicon.read_bullet_words(text)
    assert names <= found
