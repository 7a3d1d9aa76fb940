"""Know what you are looking at before giving advice: language, garbled text, whether the resume
is about software, data or ML work at all, whether bullets were missed, and its seniority.

Each check is a cheap heuristic over the extracted text (no dependency, no model): stop words
for the language, odd characters and word shapes for garbled text, the bullets' kinds for
technical work, bullets per page for missed bullets, and the roles' dates for seniority.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from prodgap.kinds import classify_work
from prodgap.lexicon import places
from prodgap.models import (
    AuditedBullet,
    CareerStage,
    Entry,
    Findings,
    Notice,
    Section,
    Seniority,
    WorkKind,
)
from prodgap.regex_cache import compile_pattern

# --- language ---------------------------------------------------------------------------

STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in for with on by from that using as at into over was were our "
        "which across through while this their per than after when",
        "es": "el la los las de del y en para con por una un que se al sobre mediante como más "
        "su sus desde entre según durante",
        "fr": "le la les des du de et en pour avec une un sur dans par au aux est plus ses "
        "leur chez depuis afin",
        "de": "der die das und mit für von zu im den dem ein eine auf bei zur zum des ist wurde "
        "sowie durch über",
        "pt": "o os as de do da dos das e em para com por um uma no na nos ao pelo pela sobre "
        "seu sua entre",
        "it": "il lo gli le di del della e in per con un una che su al dei nel delle degli "
        "alla sono",
        "nl": "de het een en van voor met op in te bij door naar aan die dat om als zijn ook",
    }.items()
}
"""Common words of each language: a bullet's language is the one whose words it uses most."""
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
MIN_STOP_WORDS = 2
"""A bullet with fewer common words than this says nothing about its language."""
MIN_VOTES = 3
"""A resume is judged not in English only when at least this many bullets say so."""
OTHER_SCRIPT_SHARE = 0.3
"""A text whose letters are this much outside the Latin script is not English."""
WORDS = compile_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# --- garbled text -----------------------------------------------------------------------

GARBLED_SHARE = 0.25
"""A resume is garbled when this share of its bullets look garbled."""
ODD_CHARACTER = compile_pattern(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1f]|\(cid:\d+\)")
LETTER_SPACED = compile_pattern(r"(?:\b[^\W\d_]\b ){4,}")
GLUED_WORD = 25
"""A "word" longer than this is several words whose spaces were lost..."""
UNSPACED_SCRIPT = compile_pattern(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
)
"""...unless it is written in a script that puts no spaces between words (Chinese, Japanese,
Thai, Lao, Burmese, Khmer), where a whole clause is one run of letters."""

# --- technical work, and missed bullets --------------------------------------------------

KIND_WEIGHT: dict[WorkKind, float] = {
    "model": 1.0,
    "data_pipeline": 1.0,
    "service": 1.0,
    "infrastructure": 1.0,
    "firmware": 1.0,
    "app_feature": 1.0,
    "analysis": 0.5,
    "research": 0.5,
    "other": 0.0,
}
"""How much a bullet of each kind counts as software, data or ML work; analysis and research
count half, since they are as common in business and academic resumes."""
TECHNICAL_SHARE = 0.35
"""A resume is mostly software, data or ML work when its bullets weigh at least this much..."""
TECHNICAL_BULLETS = 4
"""...or when at least this many of its bullets are plainly that work."""
BULLETS_PER_PAGE = 3
"""Fewer bullets than this per page means prodgap may have missed some: a resume page usually
holds 8 to 20, but a page of education, skills and publications holds few; on real resumes,
4 a page warned on three that had no bullet missing."""
MIN_BULLETS_TO_JUDGE = 5
"""Fewer bullets (or too few for the pages) say too little to call a resume not technical:
what was missed may be the technical part."""

# --- seniority --------------------------------------------------------------------------

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january enero janvier januar gennaio janeiro winter",
            "feb february febrero fevrier février februar febbraio fevereiro",
            "mar march marzo mars märz marco março",
            "apr april abril avril aprile spring",
            "may mayo mai maggio maio",
            "jun june junio juin juni giugno junho",
            "jul july julio juillet juli luglio julho summer",
            "aug august agosto aout août",
            "sep sept september septiembre septembre settembre setembro",
            "oct october octubre octobre oktober ottobre outubro fall autumn",
            "nov november noviembre novembre novembro",
            "dec december diciembre decembre décembre dezember dicembre dezembro",
        ],
        start=1,
    )
    for name in names.split()
}
DATE = compile_pattern(
    r"(?P<present>present|current|now|today|ongoing|actual|heute|aujourd['’]hui|presente|atual|"
    r"actualidad|hoje|oggi|since|depuis|seit|desde|dal)|"
    r"(?P<m1>\d{1,2})[/.](?P<y1>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)[-/.](?P<m2>\d{1,2})\b|"
    r"(?:(?P<name>[^\W\d_]{3,9})\.?,?\s+)?(?P<y3>(?:19|20)\d\d)",
    re.IGNORECASE,
)
NOT_A_JOB = compile_pattern(
    r"\b(?:intern(?:ship)?|trainee|student|teaching assistant|research assistant|"
    r"graduate research(?:er)?|undergraduate research(?:er)?|TA|RA|volunteer\w*|fellow(?:ship)?)\b",
    re.IGNORECASE,
)
"""Roles that are part of studying, not years of work."""
TECHNICAL_PLACES = frozenset({"tech_role", "research"})
"""What the lexicon reads in a role heading that says the role is technical work (an engineer,
developer, analyst, researcher, in any of its languages): years in it count for a student too."""
STILL_STUDYING = compile_pattern(
    r"\b(?:expected|anticipated|candidate|in progress|ongoing)\b", re.I
)
STAGE_YEARS: tuple[tuple[float, CareerStage], ...] = ((3.0, "early"), (8.0, "mid"))
"""Under 3 years of work is early career, under 8 mid-career, else senior."""

Month = int
"""Months since year 0: year * 12 + month - 1."""


def assess(
    bullets: list[AuditedBullet], sections: list[Section], pages: int | None = None
) -> Findings:
    """What kind of resume this is, with a plain notice for anything that limits the advice."""
    texts = [b.text for b in bullets]
    garbled = _garbled_share(texts) >= GARBLED_SHARE
    language, english = resume_language(texts) if not garbled else (None, True)
    share, plainly = _technical(bullets)
    few = bool(bullets) and pages is not None and len(bullets) < BULLETS_PER_PAGE * pages
    judged = english and not few and len(bullets) >= MIN_BULLETS_TO_JUDGE
    technical = not judged or share >= TECHNICAL_SHARE or plainly >= TECHNICAL_BULLETS
    findings = Findings(
        language=language,
        english=english,
        garbled=garbled,
        technical_share=round(share, 3),
        technical=technical,
        few_bullets=few,
        seniority=estimate_seniority(sections),
    )
    return findings.model_copy(update={"notices": _notices(findings, bullets, pages)})


def resume_language(texts: Iterable[str]) -> tuple[str | None, bool]:
    """The language most of the text is in, and whether that is English."""
    joined = " ".join(texts)
    if _other_script(joined):
        return None, False
    votes = Counter(lang for text in texts if (lang := bullet_language(text)) is not None)
    if not votes:
        return "en", True
    language = max(votes, key=lambda lang: (votes[lang], lang == "en"))
    if language != "en" and votes[language] < MIN_VOTES:
        return "en", True  # a line or two in another language is not a resume in it
    return language, language == "en"


@lru_cache(maxsize=1024)  # each bullet is asked twice: for the resume's language, then its own
def bullet_language(text: str) -> str | None:
    """The language whose common words the text uses most; None when it uses too few."""
    if _other_script(text):
        return None
    words = [w.casefold() for w in WORDS.findall(text) if len(w) > 1]  # "a", "e", "y": too common
    counts = {lang: sum(w in stop for w in words) for lang, stop in STOP_WORDS.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] >= MIN_STOP_WORDS else None


def _other_script(text: str) -> bool:
    if text.isascii():  # every ASCII letter is Latin: the common case, decided at once
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    latin = sum(map(_latin, letters))
    return (len(letters) - latin) / len(letters) >= OTHER_SCRIPT_SHARE


@lru_cache(maxsize=4096)
def _latin(letter: str) -> bool:
    """Looked up once per letter: a resume uses a few dozen, thousands of times."""
    return unicodedata.name(letter, "").startswith("LATIN")


def looks_garbled(text: str) -> bool:
    """Replacement or private-use characters, letter-spaced words, or words glued together."""
    if len(ODD_CHARACTER.findall(text)) >= 2 or LETTER_SPACED.search(text):
        return True
    words = text.split()
    glued = sum(len(w) > GLUED_WORD and not UNSPACED_SCRIPT.search(w) for w in words)
    return bool(words) and glued * 4 >= len(words)


def _garbled_share(texts: list[str]) -> float:
    return sum(map(looks_garbled, texts)) / len(texts) if texts else 0.0


def _technical(bullets: list[AuditedBullet]) -> tuple[float, int]:
    """The weighted share of bullets about software, data or ML work, and how many plainly are."""
    weights = [KIND_WEIGHT[b.kind or "other"] for b in bullets]
    share = sum(weights) / len(weights) if weights else 1.0
    return share, sum(w == 1.0 for w in weights)


# --- seniority --------------------------------------------------------------------------


def estimate_seniority(sections: list[Section]) -> Seniority:
    """Years of work from the roles' merged date ranges, and whether the candidate is a student
    or new graduate (a degree running, or finished in the resume's latest year)."""
    dated = [(s.kind, e.heading, e.dates) for s in sections for e in s.entries if e.dates]
    latest = _latest(d for k, _, d in dated if k in ("experience", "projects"))
    latest = latest if latest is not None else _latest(d for k, _, d in dated if k == "education")
    if latest is None:
        return Seniority(years=None, student=False, stage="mid")
    now = (latest // 12) * 12 + 11  # "Present" is read as the end of the latest year written
    roles = [
        (entry, span)
        for section in sections
        if section.kind == "experience"
        for entry in section.entries
        if entry.dates and not NOT_A_JOB.search(entry.heading)
        if (span := _range(entry.dates, now)) is not None
    ]
    years = round(_merged_months([span for _, span in roles]) / 12, 1)
    studying = any(kind == "education" and _studying(dates, now) for kind, _, dates in dated)
    # While a degree runs, only technical roles count against being a student: five years of a
    # part-time shop job do not make a computer-science undergraduate mid-career.
    technical = [span for entry, span in roles if _technical_role(entry)] if studying else []
    schooled = any(kind == "education" for kind, _, _ in dated)
    student = studying and _merged_months(technical) < 12 or (not roles and schooled)
    return Seniority(years=years, student=student, stage=_stage(years, student))


def _technical_role(entry: Entry) -> bool:
    """A role whose title, or any of whose bullets, is software, data or ML work."""
    if TECHNICAL_PLACES & places(entry.heading or ""):
        return True
    return any(KIND_WEIGHT[classify_work(bullet.text)] == 1.0 for bullet in entry.bullets)


def _latest(dates: Iterable[str]) -> Month | None:
    """The latest month the dates name: what "Present" meant when the resume was written."""
    return max((m for text in dates for m in _months(text)), default=None)


def _months(dates: str) -> list[Month]:
    """Every month a date string names (a bare year counts as its January)."""
    found = []
    for m in DATE.finditer(dates):
        if m["present"]:
            continue
        if m["y1"]:
            found.append(int(m["y1"]) * 12 + min(max(int(m["m1"]), 1), 12) - 1)
        elif m["y2"]:
            found.append(int(m["y2"]) * 12 + min(max(int(m["m2"]), 1), 12) - 1)
        else:
            month = MONTHS.get((m["name"] or "").casefold(), 1)
            found.append(int(m["y3"]) * 12 + month - 1)
    return found


def _range(dates: str, now: Month) -> tuple[Month, Month] | None:
    """A role's first and last month; "Present" is now, a lone year is that whole year."""
    months = _months(dates)
    if not months:
        return None
    present = any(m["present"] for m in DATE.finditer(dates))
    start = months[0]
    end = now if present else months[-1]
    if len(months) == 1 and not present:
        end = start - start % 12 + 11 if start % 12 == 0 else start
    return (start, end) if end >= start else None


def _merged_months(spans: list[tuple[Month, Month]]) -> int:
    """Months covered by any of the spans, counting overlaps once."""
    total, last_end = 0, -1
    for start, end in sorted(spans):
        start = max(start, last_end + 1)
        if end >= start:
            total += end - start + 1
        last_end = max(last_end, end)
    return total


def _studying(dates: str, now: Month) -> bool:
    """A degree still running, expected, or finished in the resume's latest year."""
    if STILL_STUDYING.search(dates) or any(m["present"] for m in DATE.finditer(dates)):
        return True
    months = _months(dates)
    return bool(months) and months[-1] // 12 >= now // 12


def _stage(years: float, student: bool) -> CareerStage:
    if student:
        return "student"
    return next((stage for limit, stage in STAGE_YEARS if years < limit), "senior")


# --- notices ----------------------------------------------------------------------------


def _notices(findings: Findings, bullets: list[AuditedBullet], pages: int | None) -> list[Notice]:
    notices = []
    if not bullets:
        notices.append(Notice(kind="no_bullets", message=NO_BULLETS))
    if not findings.english:
        name = LANGUAGE_NAMES.get(findings.language or "", "another language")
        notices.append(Notice(kind="not_english", message=NOT_ENGLISH.format(language=name)))
    if findings.garbled:
        notices.append(Notice(kind="garbled", message=GARBLED))
    if not findings.technical:
        plainly = sum(KIND_WEIGHT[b.kind or "other"] == 1.0 for b in bullets)
        notices.append(
            Notice(
                kind="not_technical",
                message=NOT_TECHNICAL.format(plainly=plainly, total=len(bullets)),
            )
        )
    if findings.few_bullets:
        found = f"{len(bullets)} bullet{'s' if len(bullets) != 1 else ''}"
        notices.append(
            Notice(
                kind="few_bullets",
                message=FEW_BULLETS.format(found=found, pages=pages, s="s" if pages != 1 else ""),
            )
        )
    return notices


NO_BULLETS = (
    "prodgap found no bullet points in this resume, so there is nothing to audit: put each "
    "achievement on its own line starting with -, * or • under the role it belongs to."
)
NOT_ENGLISH = (
    "This resume reads as {language}, not English. prodgap's rules read English, so the labels "
    "are a rough guide and no rewrite is suggested: rewrite the bullets yourself, or audit "
    "with an LLM (set OPENAI_API_KEY), which can write in the resume's language."
)
GARBLED = (
    "Much of this resume's text came out garbled (odd characters, letters spaced apart or "
    "words run together): the file's text layer is probably broken, so the audit may be wrong. "
    "Export the PDF again from its source, or audit the DOCX."
)
NOT_TECHNICAL = (
    "This resume is mostly not software, data or ML work ({plainly} of {total} bullets are), so "
    "prodgap's production advice does not fit it: no rewrites or changes are suggested, and the "
    "labels are shown for reference only."
)
FEW_BULLETS = (
    "prodgap found only {found} on {pages} page{s}: it may have missed some (paragraphs, tables "
    "or an unusual layout), so the audit covers only part of the resume."
)
