"""Lines → sections → entries → bullets: the layout rules every reader shares."""

from __future__ import annotations

import dataclasses
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Literal

from prodgap.bullet_filter import doubted
from prodgap.items import (
    ACTION,
    CJK,
    CJK_OR_HANGUL,
    LIST_SEPARATORS,
    TITLE_WORDS,
    TOOL_ROW_LABEL,
    YEAR,
    listing_kind,
    opens_with_work,
    separate_items,
)
from prodgap.models import WORK_KINDS, Bullet, Entry, Identity, Resume, Section, SectionKind
from prodgap.readers.lines import C1_CONTROL, KANA_AND_IDEOGRAPHS, Line, ReadResult, fold_accents
from prodgap.regex_cache import compile_pattern
from prodgap.sentences import FULL_WIDTH_STOPS, sentences

# Section headings in the wordings resumes use, by kind. Compared lower-case, "&" as "and".
SECTION_NAMES: dict[SectionKind, tuple[str, ...]] = {
    "experience": (
        "experience",
        "work experience",
        "job experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "industry experience",
        "professional background",
        "career",
        "positions",
        "professional history",
        "work",
        "experience highlights",
        "technical experience",
        "research experience",
        "engineering experience",
        "selected experience",
        "relevant work experience",
        "internships",
        "internship",
        "internship experience",
        "professional career",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "side projects",
        "key projects",
        "open source",
        "open source contributions",
        "open-source",
        "open-source contributions",
        "research projects",
        "academic projects",
        "technical projects",
        "portfolio",
        "project experience",
        "notable projects",
        "projects and open source",
    ),
    "education": (
        "education",
        "academic background",
        "education and training",
        "qualifications",
        "academics",
        "education and certifications",
        "academic history",
        "degrees",
        "formal education",
        "education and qualifications",
        "academic career",
        "school education",
        "schooling",
        "academic studies",
        "diplomas",
        "studies and diplomas",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core skills",
        "skills and tools",
        "technologies",
        "tech stack",
        "tools",
        "competencies",
        "core competencies",
        "expertise",
        "languages and tools",
        "skills summary",
        "key skills",
        "tools and technologies",
        "technical proficiencies",
        "areas of expertise",
        "skills and technologies",
        "toolbox",
    ),
    "summary": (
        "summary",
        "professional summary",
        "profile",
        "about",
        "about me",
        "objective",
        "career objective",
        "overview",
        "highlights",
        "career summary",
        "executive summary",
        "professional profile",
        "summary of qualifications",
    ),
    "other": (
        "certifications",
        "certificates",
        "awards",
        "honors",
        "honors and awards",
        "awards and honors",
        "publications",
        "papers",
        "talks",
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "voluntary work",
        "interests",
        "hobbies",
        "languages",
        "contact",
        "references",
        "leadership",
        "activities",
        "achievements",
        "patents",
        "training",
        "courses",
        "coursework",
        "relevant coursework",
        "memberships",
        "affiliations",
        "links",
        "personal information",
        "personal details",
        "personal data",
        "additional information",
        "extracurricular activities",
    ),
}
# The same headings in German, French, Spanish, Portuguese, Italian and Chinese, written
# without accents: headings are compared with accents folded ("Expérience" as "experience").
OTHER_LANGUAGE_NAMES: dict[SectionKind, tuple[str, ...]] = {
    "experience": (
        "experiencia",
        "experiencias",
        "experiencia profissional",
        "experiencia profesional",
        "experiencia laboral",
        "experience professionnelle",
        "experiences professionnelles",
        "experience de travail",
        "experiences de travail",
        "experiences",
        "berufserfahrung",
        "berufliche erfahrung",
        "beruflicher werdegang",
        "praxiserfahrung",
        "berufliche praxis",
        "berufspraxis",
        "erfahrung",
        "esperienza lavorativa",
        "esperienze lavorative",
        "esperienze professionali",
        "esperienza",
        "esperienza professionale",
        "esperienze",
        # Internships: Portuguese, Spanish, French, Italian.
        "estagio",
        "estagios",
        "practicas",
        "practicas profesionales",
        "pasantias",
        "stages",
        "tirocinio",
        "tirocini",
        "工作经历",
        "实习经历",
        "工作经验",
        "職務経歴",
        "職歴",
        "経歴",
        "경력",
        "경력사항",
        "경력 사항",
        "업무 경력",
        "업무경력",
        "опыт работы",
        "опыт",
    ),
    "projects": (
        "projetos",
        "proyectos",
        "projets",
        "projekte",
        "progetti",
        "trabalhos",
        "trabajos",
        "项目经历",
        "项目经验",
        "プロジェクト",
        "프로젝트",
        "프로젝트 경험",
        "проекты",
        "пет-проекты",
        "личные проекты",
    ),
    "education": (
        "formacao",
        "formacao academica",
        "educacao",
        "educacion",
        "formacion",
        "formacion academica",
        "formation",
        "ausbildung",
        "bildung",
        "bildungsweg",
        "istruzione",
        "formazione",
        "istruzione e formazione",
        "education et formation",
        "educacion y formacion",
        "educacao e formacao",
        "schul- und berufsbildung",
        "教育背景",
        "教育经历",
        "学歴",
        "학력",
        "학력사항",
        "학력 사항",
        "교육",
        "교육 사항",
        "образование",
    ),
    "skills": (
        "competencias",
        "competences",
        "habilidades",
        "kenntnisse",
        "fahigkeiten",
        "competenze",
        "capacita e competenze personali",
        "capacita e competenze tecniche",
        "capacita e competenze informatiche",
        "competenze personali",
        "competenze digitali",
        "conhecimentos",
        "专业技能",
        "技能",
        "スキル",
        "活かせる知識 経験 スキル",
        "기술",
        "기술 스택",
        "보유 기술",
        "навыки",
        "ключевые навыки",
        "технические навыки",
    ),
    "summary": (
        "프로필",
        "자기소개",
        "특기사항",
        "특기 사항",
        "introducao",
        "resumo",
        "resumen",
        "perfil",
        "perfil profesional",
        "perfil profissional",
        "profil professionnel",
        "profil",
        "sobre mim",
        "sobre mi",
        "a propos",
        "uber mich",
        "个人简介",
        "自我评价",
        "職務要約",
        "自己pr",
        "自己紹介",
        "자기소개",
        "자기소개서",
        "요약",
        "о себе",
        "resumo profissional",
        "resumen profesional",
        "关于我",
        "why hire me",
    ),
    "other": (
        "資格",
        "免許 資格",
        "자격증",
        "수상",
        "수상 경력",
        "보유 기술",
        "기술 스택",
        "idiomas",
        "langues",
        "sprachen",
        "lingue",
        "certificacoes",
        "certificaciones",
        "zertifikate",
        "premios",
        "voluntariado",
        "benevolat",
        "ehrenamt",
        "interesses",
        "interets",
        "hobbys",
        "referencias",
        "referenzen",
        "contato",
        "contacto",
        "kontakt",
        "dados pessoais",
        "datos personales",
        "personliche daten",
        "informations personnelles",
        "informazioni personali",
        "dati personali",
        "语言能力",
        "获奖情况",
        "个人信息",
    ),
}
for _kind, _names in OTHER_LANGUAGE_NAMES.items():
    SECTION_NAMES[_kind] += _names

# When a heading found by layout is not in the table, a word in it still tells its kind.
KIND_WORDS: tuple[tuple[str, SectionKind], ...] = (
    # "Educational Experience" is schooling: the word of education comes first.
    ("educat", "education"),
    ("experience", "experience"),
    ("employment", "experience"),
    ("project", "projects"),
    ("education", "education"),
    ("skill", "skills"),
    ("summary", "summary"),
    ("profile", "summary"),
    ("objective", "summary"),
    # Other languages, compared without accents ("Expérience" as "experience"): German,
    # French, Spanish, Portuguese, Italian, Chinese. Projects first: "Projekterfahrung".
    ("projekt", "projects"),
    # Russian: projects, experience, education, skills, about me.
    ("проект", "projects"),
    ("опыт", "experience"),
    ("образован", "education"),
    ("навык", "skills"),
    ("о себе", "summary"),
    ("projet", "projects"),
    ("proyecto", "projects"),
    ("projeto", "projects"),
    ("progett", "projects"),
    ("项目", "projects"),
    ("experienc", "experience"),
    ("esperienz", "experience"),
    ("erfahrung", "experience"),
    ("werdegang", "experience"),
    ("beruf", "experience"),
    ("emploi", "experience"),
    ("trayectoria", "experience"),
    ("praktik", "experience"),
    ("工作", "experience"),
    ("实习", "experience"),
    ("formation", "education"),
    ("formacion", "education"),
    ("formacao", "education"),
    ("formazione", "education"),
    ("educacion", "education"),
    ("educacao", "education"),
    ("istruzione", "education"),
    ("ausbildung", "education"),
    ("studium", "education"),
    ("教育", "education"),
    ("学历", "education"),
    ("competenc", "skills"),
    ("competenz", "skills"),
    ("habilidad", "skills"),
    ("kenntnisse", "skills"),
    ("fahigkeit", "skills"),
    ("conoscenz", "skills"),
    ("conocimiento", "skills"),
    ("conhecimento", "skills"),
    ("connaissance", "skills"),
    ("技能", "skills"),
    ("profil", "summary"),
    ("perfil", "summary"),
    ("uber mich", "summary"),
    ("sobre mi", "summary"),
    ("a propos", "summary"),
    ("objetivo", "summary"),
    ("objectif", "summary"),
    ("obiettivo", "summary"),
    ("简介", "summary"),
    ("프로필", "summary"),
    ("소개", "summary"),
    # Client work, after "skill" so "Consulting Skills" stays a list: "Consulting
    # Assignments", "Freelance", and Swedish and Norwegian "(konsult)uppdrag", "oppdrag".
    ("consult", "experience"),
    ("freelanc", "experience"),
    ("uppdrag", "experience"),
    ("oppdrag", "experience"),
    # Work's own words, after those of the other kinds ("Career Objective" is a summary,
    # "教育经历" schooling): "Karriere", "Career History", "Historial de trabajo", "Histórico de
    # trabalho", "Becas y pasantías", "開発経歴", "경력 상세", "实践经历", "기타 프로젝트".
    ("karriere", "experience"),
    ("career", "experience"),
    ("trabajo", "experience"),
    ("trabalho", "experience"),
    ("laboral", "experience"),
    ("pasantia", "experience"),
    ("estagio", "experience"),
    ("経歴書", "other"),  # "職務経歴書": the document's own title, a work history
    ("経歴", "experience"),
    ("경력", "experience"),
    ("经历", "experience"),
    ("プロジェクト", "projects"),
    ("프로젝트", "projects"),
)
# Glyphs that open a bullet. Private-use characters (Symbol/Wingdings through Word) count too.
BULLET_GLYPHS = set("・･•◦▪▫■□►▸▹‣⁃∙·●○◆◇♦❖➢➤→✓✔➔⮚⦿⦾–—-*»›❯❱▶▷▻⊳◾◼◽◻⬤⬥⬦★☆✦✧✱✳❑❒◉⁌⁍⁕⇒⟶➜➝➞➙➛✗✘☐☑☒")
# Glyphs that open a bullet even with no space after them.
# Marks set before section names ("■職務経歴", "▶ Experience"), as Japanese and Korean
# resumes do: with a section name after them they open a section, not a bullet.
HEADING_MARKS = frozenset("■□◆◇❖◼◾▶▷")
TIGHT_GLYPHS = set("・･•▪■●►➢➤◦‣›❯▶◾◼⬤★✦❑◉")
# A symbol that no resume opens a bullet with, however often lines start with it.
# "{" is left out: it is what moderncv's bullet becomes in a pdfTeX font with no Unicode map.
NOT_GLYPHS = set("\"'“”‘’„()[]}#%&@/\\.,:;!?¿¡$€£¥<|=_^`")
# A symbol counts as a glyph when at least this many lines open with it (and a space).
RECURRING_GLYPH = 3
# "1." / "2)" / "(ii)" / "(b)" opening a line: a numbered item, when a run of them sits under
# a role. Roman numerals and letters only in brackets: "i." or "a." opens words too.
# Chinese and Japanese number items with "、" or full-width marks too, and often set the text
# right after the mark with no space ("2.作为...", "1、负责...").
NUMBERED = compile_pattern(
    r"^(?:\(?(\d{1,2})[.)、．）]|\(([ivx]{1,4}|[a-h])\))"
    r"(?:\s+(?=\S)|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]))"
)
ROMAN = {"i": 1, "v": 5, "x": 10}
# Letters Wingdings/Symbol bullets come out as when their font has no Unicode map.
GLYPH_LETTERS = set("olnqvüØ§")
GLYPH_CONSONANTS = frozenset("bcdfghjmnpqrtx")
# The lookahead, implied by every branch, skips the positions where none can start.
CONTACT = compile_pattern(
    r"(?=[@hwlg+\d])(?:@|https?://|www\.|linkedin|github|\+?\d[\d\s().-]{7,}\d)", re.I
)
# Contact details proper, for telling an icon font's glyph from a bullet.
CONTACT_DETAIL = compile_pattern(
    r"\S@\S+\.\w|https?://|www\.|\w\.(com|io|dev|org|net|me|ai|app|co|xyz|site|page|tech|info)\b|"
    r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|^\s*\(?\+\d{1,3}\)?[\s.-]?\d[\d\s.()-]{6,}\d\s*$",
    re.I,
)
# Private-use characters, in the basic plane and in the supplementary planes 15 and 16, where
# icon fonts such as Nerd Fonts' Material Design set put thousands of glyphs ("\U000f17a9").
PRIVATE_USE_RANGES = "\ue000-\uf8ff\U000f0000-\U0010fffd"
PRIVATE_USE = compile_pattern(f"[{PRIVATE_USE_RANGES}]")
# An icon font's glyph: a private-use character, or U+FFFD where the font maps it to nothing.
ICON = compile_pattern(f"[{PRIVATE_USE_RANGES}\ufffd]")
# Icons ahead of the parts of a row set apart by a gap: a row of contact details or profiles.
ICON_AFTER_GAP = compile_pattern(f"(?:\t|\\s{{2,}})\\s*[{PRIVATE_USE_RANGES}]")
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Year and month both ways ("06/2022", "2018.7"), and run together ("201810").
WHEN = (
    rf"(?:{MONTH}\s*'?\d{{2,4}}|\d{{1,2}}[/.]\d{{4}}|\d{{4}}[/.]\d{{1,2}}\b"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])\b|\d{4})"
)
# The lookahead, implied by both branches, fails fast where no month or digit starts: trying
# every month name at every position is otherwise most of the cost.
DATE_RANGE = compile_pattern(
    rf"(?=[\djfmasond])(?:\b{WHEN}\s*(?:[-–—~～]+|to|until|至)\s*"
    rf"(?:{WHEN}|present|current|now|today|至今|现在|現在|현재)"
    rf"|{WHEN})",
    re.I,
)
# Every date has two digits in a row: lines without them (most bullets) skip DATE_RANGE.
_TWO_DIGITS = compile_pattern(r"\d\d")


def _find_date(text: str) -> re.Match[str] | None:
    """DATE_RANGE.search, skipping the lines that cannot hold a date."""
    return DATE_RANGE.search(text) if _TWO_DIGITS.search(text) else None


def _blank_dates(text: str) -> str:
    return DATE_RANGE.sub("  ", text) if _TWO_DIGITS.search(text) else text


TERMINAL = ".!?;:"
# Hyphenated words a line may end in that are real compounds, not wraps.
COMPOUND_LEFT = {
    "real",
    "on",
    "end",
    "high",
    "low",
    "large",
    "small",
    "cross",
    "self",
    "well",
    "full",
    "long",
    "short",
    "open",
    "fine",
    "near",
    "state",
    "user",
    "cost",
    "fault",
    "non",
    "multi",
    "pre",
    "post",
    "co",
    "semi",
    "sub",
    "data",
    "event",
    "model",
    "task",
    "time",
    "test",
    "client",
    "server",
    "front",
    "back",
    "top",
    "third",
    "first",
    "in",
    "out",
    "off",
    "up",
    "day",
    "year",
    "month",
    "week",
    "world",
    "best",
    "mission",
    "business",
    "customer",
    "production",
    "team",
    "human",
    "machine",
    "rule",
    "feature",
    "zero",
    "one",
    "two",
}
# Tails that only ever follow a typed hyphen at a line break ("vision-based", "user-facing"):
# a hyphenation program never splits a word just before them.
COMPOUND_ONLY_TAILS = frozenset(
    {"based", "driven", "oriented", "facing", "powered", "enabled", "aware", "agnostic", "centric"}
)
COMPOUND_RIGHT = {
    "time",
    "call",
    "end",
    "to",
    "scale",
    "based",
    "driven",
    "facing",
    "aware",
    "tuned",
    "tuning",
    "level",
    "free",
    "side",
    "source",
    "critical",
    "grade",
    "ready",
    "friendly",
    "loop",
    "the",
    "of",
    "art",
    "house",
    "premise",
    "premises",
    "prem",
    "line",
    "demand",
    "service",
    "learning",
    "training",
    "trained",
    "speed",
    "wide",
    "term",
    "first",
    "party",
}
# Prefixes that are not words on their own but keep a hyphen before one that is ("re-inspection").
PREFIXES = {"re", "co", "pre", "post", "non", "multi", "semi", "sub", "anti", "inter"}
# What the second half of a word split by a hyphenating typesetter starts with.
WORD_ENDINGS = (
    "ment",
    "tion",
    "sion",
    "ing",
    "ed",
    "ity",
    "ness",
    "ance",
    "ence",
    "able",
    "ible",
    "ly",
    "ize",
    "ise",
    "ture",
    "ous",
    "ive",
    "al",
    "er",
    "ure",
    "ism",
    "ist",
    "ogy",
    "ics",
)
HEADING_MAX_WORDS = 6
WORD = compile_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LINE_END_HYPHEN = compile_pattern(r"([^\W\d_]+)-$")
# Short words that tell a text's language, each of one language only.
FUNCTION_WORD_LANGUAGE = {
    **dict.fromkeys("the and of to with for from by".split(), "en"),
    **dict.fromkeys("und der die das mit für von zur zum".split(), "de"),
    **dict.fromkeys("et les des pour avec dans du une".split(), "fr"),
    **dict.fromkeys("y los las para con del una el".split(), "es"),
    **dict.fromkeys("e os da do em com uma".split(), "pt"),
}
CONTINUATION_WORDS = {"and", "or", "with", "to", "of", "for", "the", "a", "an", "in", "by", "on"}


@dataclass
class _OpenBullet:
    parts: list[str]
    first: Line
    last: Line
    glyph_x: float
    by_layout: bool


@dataclass
class _Flow:
    """Where one column of the document stands: its section, entry and open bullet."""

    section: Section | None = None
    entry: Entry | None = None
    pending: list[Line] = field(default_factory=list)
    bullet: _OpenBullet | None = None
    glyph_waiting: bool = False
    heading_line: Line | None = None
    """The line that opened the section, while nothing has followed it."""


NO_LEVEL = 99
"""No named section has a heading style: every heading style may be a section."""


@dataclass
class _Doc:
    """What is known about the whole document while its lines are walked."""

    file_type: Literal["pdf", "docx", "txt", "md"]
    body_size: float
    heading_styles: set[tuple[int, bool, bool]]
    layout_bullets: bool
    base_x: dict[tuple[int | None, int], float]
    sections: list[Section] = field(default_factory=list)
    flows: dict[int, _Flow] = field(default_factory=dict)
    order: int = 0
    texts: list[str] = field(default_factory=list)
    entry_labels: set[int] = field(default_factory=set)
    """The lines (by id) that head a list inside a role, as "Highlights" does."""
    dated_heads: set[int] = field(default_factory=set)
    """The lines (by id) of role headings set beside a date column, and their wraps."""
    dated_sections: set[int] = field(default_factory=set)
    """The sections (by id) named by a role's line with its dates, set as section names are."""
    section_level: int = NO_LEVEL
    auto_hyphenation: bool = False
    glyphs: frozenset[str] = frozenset()
    """Symbols this document opens bullets with, beyond the ones every document uses."""
    splits: list[tuple[str | None, str]] = field(default_factory=list)
    """Each line's ``split_glyph``, worked out once in the survey."""
    numbered: set[int] = field(default_factory=set)
    """Indexes of lines that open with an item number ("1.", "2)") in a run of them."""
    list_right: dict[int, float] = field(default_factory=dict)
    """Per column, the right edge of the widest line that opens a bullet: the lists' measure."""
    bold_body: bool = False
    """Most of the text is bold (a bold body font): boldness then sets nothing apart."""
    above: dict[int, Line] = field(default_factory=dict)
    """Per column, the line placed last: what stands above the next one."""

    @cached_property
    def heading_keys(self) -> Counter[str]:
        """How many lines give each heading key (on demand): a section is named once."""
        return Counter(_heading_key(heading_text(text)) for text in self.texts)

    @cached_property
    def vocabulary(self) -> set[str]:
        """Words the document uses, for telling hyphenated words from split ones (on demand)."""
        return _vocabulary(self.texts)

    @cached_property
    def splits_words(self) -> bool:
        """Some line break cuts a word before a bare ending ("correc-" / "tions"), or two cut
        words into halves the document never uses alone ("Projektbeglei-" / "tung", "phy-" /
        "sique": endings of any language): whatever produced the document hyphenates (on
        demand)."""
        halves = 0
        for left, right in zip(self.texts, self.texts[1:], strict=False):
            tail = WORD.match(right.lstrip())
            hyphen = LINE_END_HYPHEN.search(left[-40:]) if left.endswith("-") else None
            if hyphen is None or tail is None:
                continue
            word = tail.group().split("-")[0]
            if not word.islower():
                continue
            if _is_bare_ending(word, self):
                return True
            head = hyphen.group(1).lower()
            halves += not _is_word(head, self) and not _is_word(word, self)
            # English compounds ("multi-" / "tenant", "bare-" / "metal") have halves a short
            # resume never uses alone too; there the bare endings above decide.
            if halves >= 2 and not self.english:
                return True
        return False

    @cached_property
    def english(self) -> bool:
        """English's short words outnumber those of the other languages resumes are written in
        (on demand)."""
        counts = Counter(
            FUNCTION_WORD_LANGUAGE.get(word, "")
            for text in self.texts
            for word in text.lower().split()
        )
        counts.pop("", None)
        return not counts or counts.most_common(1)[0][0] == "en"


def build_resume(
    read: ReadResult, *, source: str, file_type: Literal["pdf", "docx", "txt", "md"]
) -> Resume:
    """Group a reader's lines into sections, entries and bullets."""
    lines = [_without_icon_name(line) for line in read.lines if line.text.strip()]
    lines = _split_margin_headings([line for line in lines if line.text.strip()])
    lines = [part for line in lines for part in _split_bulleted_cells(line)]
    doc = _survey(lines, file_type, read.auto_hyphenation)
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        _place(doc, line, following, doc.splits[i], numbered=i in doc.numbered)
        doc.above[line.column] = line
    for flow in doc.flows.values():
        _close_flow(doc, flow)
    separate_items(doc.sections, doubt=doubted)
    _renumber(doc.sections)
    resume = Resume(
        source=source,
        file_type=file_type,
        pages=read.pages,
        engine=read.engine,
        sections=doc.sections,
        hidden_text=read.hidden,
        warnings=list(read.warnings),
        identity=_identity(read, lines, doc.splits),
    )
    if not resume.bullets():
        resume.warnings.append("no bullet points found; is this a resume with bulleted roles?")
    return resume


# Font Awesome icons whose font maps each glyph to its name (LaTeX fontawesome under some
# engines): "Angle-Right Built the ...", "GRADUATION-CAP EDUCATION", "Map-marker-alt Berlin".
BULLET_ICONS = frozenset(
    "angle-right angle-double-right chevron-right caret-right arrow-right long-arrow-right "
    "long-arrow-alt-right hand-point-right check check-circle check-square circle dot-circle "
    "square play star".split()
)
DECORATION_ICONS = frozenset(
    "graduation-cap suitcase briefcase user user-tie code laptop-code language globe cogs cog "
    "tools wrench book book-open university award trophy certificate heart lightbulb "
    "project-diagram flask microscope map-marker map-marker-alt envelope envelope-open phone "
    "phone-alt mobile mobile-alt home linkedin linkedin-in github github-alt gitlab twitter "
    "calendar calendar-alt clock link external-link-alt building folder folder-open newspaper "
    "comments users chalkboard-teacher server database id-card address-card".split()
)
_ICON_LEAD = compile_pattern(r"\s*((?:\d{1,2}[./])?\d{4}\s+)?([A-Za-z]+(?:-[A-Za-z]+)*)\s+(?=\S)")


def _without_icon_name(line: Line) -> Line:
    """The line without a leading icon's name: a bullet icon becomes a bullet glyph, a
    decoration is dropped. Only a name in the icon's own form is taken: hyphenated, or set
    before a heading in capitals ("SUITCASE BERUFSERFAHRUNG"). A margin date before a bullet
    icon ("11.2025 Angle-Right ...") belongs to the margin and goes too."""
    match = _ICON_LEAD.match(line.text)
    if match is None:
        return line
    name = match[2].lower()
    rest = line.text[match.end() :]
    shaped = "-" in name or _all_caps(rest.split()[0])
    if name in BULLET_ICONS and shaped:
        return dataclasses.replace(line, text="• " + rest)
    if name in DECORATION_ICONS and shaped and not match[1]:
        return dataclasses.replace(line, text=rest)
    return line


WIDE_GAP = compile_pattern(r"\t|\s{3,}")


def _split_margin_headings(lines: list[Line]) -> list[Line]:
    """Section names set in a left margin share a baseline with the section's first line, and
    a reader joins them ("EXPERIENCE Software Engineer  2018 - now"): split such a line where
    a name written in capitals is followed by text that is not. A line in plain type smaller
    than the body's is no heading's: "EDUCATION NATIONALE  France" names an employer."""
    body_size = _body_size(lines)
    out: list[Line] = []
    name_at: int | None = None  # where in ``out`` the last section's name set apart stands
    for line in lines:
        if name_at is not None and (goes_on := _name_goes_on(out[name_at], line)) is not None:
            # "Work" / "Experience", "Experiencia" / "Laboral": a name wrapped in a narrow margin.
            words, rest = goes_on
            out[name_at] = dataclasses.replace(out[name_at], text=f"{out[name_at].text} {words}")
            if rest:
                out.append(_past(line, words, rest))
            continue
        split = _leading_section_name(line.text)
        if split is not None and not line.bold and 0 < line.size < body_size - 0.5:
            split = None
        if split is None:
            out.append(line)
            name_at = len(out) - 1 if _named_kind(line.text) else None
            continue
        name, rest = split
        out.append(dataclasses.replace(line, text=name, x1=_cut(line, name)))
        name_at = len(out) - 1
        out.append(_past(line, name, rest))
    return out


def _cut(line: Line, head: str) -> float:
    """Where on the page a line's opening ``head`` ends, its characters taken as evenly wide."""
    return line.x0 + len(head) / max(len(line.text), 1) * (line.x1 - line.x0)


def _past(line: Line, head: str, rest: str) -> Line:
    """The part of a line after its opening ``head``, in plain type."""
    return dataclasses.replace(line, text=rest, x0=_cut(line, head) + 1, bold=False)


def _name_goes_on(name_line: Line, line: Line) -> tuple[str, str] | None:
    """The words that finish a section's name wrapped onto the next line, and what follows
    them past a gap (perhaps nothing): only when the two lines make a longer name together."""
    before_gap, *after_gap = WIDE_GAP.split(line.text.strip(), maxsplit=1)
    em = name_line.size or 10
    near = abs(line.x0 - name_line.x0) < 2 * em and 0 < line.top - name_line.top < 2 * em
    if not near or len(before_gap.split()) > 2 or _size_changes(name_line, line):
        return None  # a name wraps in its own size; a smaller line under it is a subtitle
    if _named_kind(f"{name_line.text} {before_gap}") is None:
        return None
    return before_gap, after_gap[0].strip() if after_gap else ""


# A statement of work runs to a few words at least; a course or a skill is one to three.
STATEMENT_WORDS = 4


def _split_bulleted_cells(line: Line) -> list[Line]:
    """A row of a grid of bulleted statements ("• Built the app for travellers\t• Grew it to
    2M users in a year") is one line to a reader of the page's text, and each cell is a bullet
    of its own. A grid of a few words a cell (courses, skills) stays one list."""
    cells = WIDE_GAP.split(line.text.strip())
    glyphs = {split_glyph(cell)[0] for cell in cells}
    if len(cells) < 2 or len(glyphs) != 1 or not glyphs <= BULLET_GLYPHS:
        return [line]
    glyph = f" {glyphs.pop()} "
    bodies = [split_glyph(cell)[1] for cell in cells]
    if any(len(WORD.findall(body)) < STATEMENT_WORDS or glyph in body for body in bodies):
        return [line]
    width = (line.x1 - line.x0) / max(len(line.text), 1)
    parts, start = [], line.x0
    for cell in cells:
        end = start + width * len(cell)
        parts.append(dataclasses.replace(line, text=cell, x0=start, x1=end))
        start = end + width
    return parts


def _leading_section_name(text: str) -> tuple[str, str] | None:
    """The capitals name and the rest, when the rest is set apart from it: by its case, by a
    tab, or by being a role line with dates ("EXPERIENCE DATA SCIENTIST — ACME — 2019 – 2022").
    A name in any case followed by a tab splits too ("Personal Projects   800+ stars"), but
    not a form's label whose colon is set apart from it ("Tools      :    Git, Jenkins")."""
    before_gap, *after_gap = WIDE_GAP.split(text.strip(), maxsplit=1)
    rest = after_gap[0].strip() if after_gap else ""
    if rest and not rest.startswith((":", "：")) and _named_kind(before_gap):
        return before_gap, rest
    words = text.split()
    if not words or not _all_caps(words[0]):
        return None  # the name opens the line in capitals: most lines fail on their first word
    for n in range(min(4, len(words) - 1), 0, -1):
        name, rest = " ".join(words[:n]), " ".join(words[n:])
        worded = all(any(ch.isalpha() for ch in w) for w in words[:n])
        if not (worded and _all_caps(name) and _named_kind(name)):
            continue
        tabbed = re.match(rf"\s*{re.escape(words[0])}.*?{re.escape(words[n - 1])}\t", text)
        if not _all_caps(rest) or tabbed or _find_date(rest):
            return name, rest
    return None


def _renumber(sections: list[Section]) -> None:
    """Bullets' ``order`` counts bullets only, once the items are set apart."""
    bullets = [b for s in sections for e in s.entries for b in e.bullets]
    for n, bullet in enumerate(sorted(bullets, key=lambda b: b.order)):
        bullet.order = n


# At most this many lines above a column's first section heading count as its header block: a
# document with no section name at all must not make every line a header line.
HEADER_LINES = 20


def _identity(
    read: ReadResult, lines: list[Line], splits: list[tuple[str | None, str]]
) -> Identity:
    header = _identity_lines(lines, splits)
    largest = max(header, key=lambda line: line.size, default=None)
    return Identity(
        header=read.running + [line.text.strip() for line in header],
        authors=read.authors,
        largest=largest.text.strip() if largest and largest.size > 0 else "",
    )


def _identity_lines(lines: list[Line], splits: list[tuple[str | None, str]]) -> list[Line]:
    """The lines that tell whose resume it is: each column's lines above its first named
    section heading (the name, title and contact block; the name itself may have been taken
    for a heading), and the lines under a contact or personal-details heading."""
    found: list[Line] = []
    above: dict[int, int] = {}  # column -> header lines taken (HEADER_LINES once a section starts)
    in_contact: dict[int, bool] = {}
    for line, (glyph, _) in zip(lines, splits, strict=True):
        column = line.column
        contact = not glyph and _heading_key(heading_text(line.text)) in CONTACT_HEADINGS
        if contact or (not glyph and _named_kind(line.text)):
            above[column] = HEADER_LINES
            in_contact[column] = contact
            continue
        taken = above.get(column, 0)
        if taken < HEADER_LINES or in_contact.get(column):
            found.append(line)
            above[column] = taken + 1 if taken < HEADER_LINES else taken
    return found


# --- looking at the whole document first ----------------------------------------------


def _body_size(lines: list[Line]) -> float:
    """The size most of the text is set in (a line weighs by its length), or 0 when unknown."""
    sizes = [line.size for line in lines if line.size > 0 for _ in range(len(line.text) // 20 + 1)]
    return statistics.median(sizes) if sizes else 0.0


def _survey(
    lines: list[Line], file_type: Literal["pdf", "docx", "txt", "md"], auto_hyphenation: bool
) -> _Doc:
    body_size = _body_size(lines)
    texts = [ln.text for ln in lines]
    extra = recurring_glyphs(texts, hash_marks=file_type in ("pdf", "docx"))
    splits = [split_glyph(text, extra) for text in texts]
    named = [
        ln
        for ln, (glyph, rest) in zip(lines, splits, strict=True)
        if (not glyph and _named_kind(ln.text))
        or (glyph and ICON.match(glyph) and _named_kind(rest))  # an icon, then the name
    ]
    styles = _heading_styles(named, body_size)
    # Markdown/DOCX heading levels: the level of the named sections; deeper ones are entries.
    levels = [ln.level for ln in named if ln.heading and ln.level]
    glyphs = 0
    list_right: dict[int, float] = {}
    for ln, (glyph, _) in zip(lines, splits, strict=True):
        if ln.list_item or glyph:
            glyphs += 1
            list_right[ln.column] = max(list_right.get(ln.column, 0.0), ln.x1)
    base_x: dict[tuple[int | None, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        if not (_named_kind(ln.text) or ln.heading):
            base_x[key] = min(base_x.get(key, ln.x0), ln.x0)
    bold_chars = sum(len(ln.text) for ln in lines if ln.bold)
    return _Doc(
        file_type=file_type,
        body_size=body_size,
        bold_body=bold_chars > 0.6 * sum(len(t) for t in texts),
        heading_styles=styles,
        # Lost glyphs: a PDF with indented paragraphs but (almost) no bullet glyphs at all.
        layout_bullets=file_type == "pdf" and body_size > 0 and glyphs < 3,
        base_x=base_x,
        texts=texts,
        section_level=_section_level(lines, levels),
        auto_hyphenation=auto_hyphenation,
        glyphs=extra,
        splits=splits,
        numbered=_numbered_runs(texts),
        list_right=list_right,
    )


def _section_level(lines: list[Line], levels: list[int]) -> int:
    """The heading level most named sections share (one "Skills" set a level up is not the
    rule); on a tie, the level fewer unnamed headings use, for a re-filled Word file that
    styles both its "Summary" and its "Intern" role lines as Heading 1 and "Projects" as 2."""
    if not levels:
        return NO_LEVEL
    unnamed = Counter(ln.level for ln in lines if ln.heading and not _named_kind(ln.text))
    return min(levels, key=lambda level: (-levels.count(level), unnamed[level], level))


def _heading_styles(named: list[Line], body_size: float) -> set[tuple[int, bool, bool]]:
    """The looks of the lines that carry a section name and stand out (bold, capitals, or a
    larger size than the body text).

    Where several share a look, a look only one of them has at body size is a label that
    happens to be a section name ("Languages" beside a row of a skills table), not a heading.
    """
    # A size a little above the body's stands out too when several section names share it.
    larger = Counter(_style(ln) for ln in named if ln.size > 0 and ln.size >= body_size + 0.5)
    counts = Counter(
        _style(ln)
        for ln in named
        if ln.size > 0
        and (ln.bold or _caps(ln) or ln.size >= 1.1 * body_size or larger[_style(ln)] >= 2)
    )
    if not any(count >= 2 for count in counts.values()):
        return set(counts)
    kept = {style for style, count in counts.items() if count >= 2 or style[0] >= 1.1 * body_size}
    # Labels in a skills box ("Languages", "Technologies") share the body's size and case; where
    # the section names mostly stand out by size or capitals, that plainer look is a label's.
    leading = max(kept, key=lambda style: counts[style], default=None)
    if leading is None or counts[leading] < 3 or not _stands_out(leading, body_size):
        return kept
    return {
        style for style in kept if _stands_out(style, body_size) or counts[style] > counts[leading]
    }


def _stands_out(style: tuple[int, bool, bool], body_size: float) -> bool:
    size, _bold, caps = style
    return caps or size >= body_size + 0.5


def recurring_glyphs(texts: list[str], hash_marks: bool = False) -> frozenset[str]:
    """Symbols that open several lines followed by a space: the document's own bullet glyphs.
    A dash or an asterisk counts tight against a capital too ("-Designed ...", "*Performed
    ..."), as some design tools and text pasted from job boards set them. "#" counts only
    where it opens no Markdown heading (``hash_marks``: a PDF or a Word file)."""
    not_glyphs = NOT_GLYPHS - {"#"} if hash_marks else NOT_GLYPHS
    counts: dict[str, int] = {}
    for text in texts:
        text = text.lstrip()
        tight = text[:1] in TIGHT_IF_RECURRING and text[1:2].isupper()
        if len(text) > 2 and (text[1] in " \t" or tight):
            counts[text[0]] = counts.get(text[0], 0) + 1
    return frozenset(
        ch
        for ch, count in counts.items()
        if count >= RECURRING_GLYPH
        and ch not in not_glyphs
        and (unicodedata.category(ch)[0] in "SP" or _stands_for_a_glyph(ch, texts))
    )


def _stands_for_a_glyph(letter: str, texts: list[str]) -> bool:
    """A consonant that opens several undated lines before a capital ("f Architected ..."):
    what a symbol font's bullet becomes when its font maps it to a letter. Vowels and the consonants
    that are words of their own in some language ("w", "z", "k", "s", "v") are left alone, unless
    the letter is of another script than the text's or no word of the text uses it ("Ă")."""
    if not (
        letter in GLYPH_CONSONANTS
        or _foreign_letter(letter, texts)
        or _only_as_a_mark(letter, texts)
    ):
        return False
    opening = f"{letter} "
    before_statement = sum(
        1
        for text in texts
        if (line := text.lstrip()).startswith(opening)
        and (line[2:3].isupper() or CJK.match(line[2:3]) is not None)
        and not _find_date(line)  # an icon font's calendar before a role's dates
    )
    return before_statement >= RECURRING_GLYPH


def _foreign_letter(letter: str, texts: list[str]) -> bool:
    """A letter of another script than the document's ("λ" opening points in an English
    resume): a bullet a template draws with a letter, not a word of the text."""
    script = _script(letter)
    if script is None:
        return False
    marks = (f"{letter} ", f"{letter}\t")
    # The text around the marks: whether the rest is written in the mark's script.
    rest = (text.lstrip()[2:] if text.lstrip().startswith(marks) else text for text in texts)
    sample = "".join(rest)[:FOREIGN_SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    own = sum(1 for ch in letters if _script(ch) == script)
    return bool(letters) and own / len(letters) < 0.05


FOREIGN_SAMPLE = 4000
"""How many characters of the document tell its script."""


def _only_as_a_mark(letter: str, texts: list[str]) -> bool:
    """A letter outside ASCII that the text never writes inside a word, only alone at the start
    of lines or of their cells ("Ă Desenvolvido em ..." in Portuguese; a point beside its
    dates after a tab): a symbol font's bullet mapped to a letter of the same script, which no
    word of the document uses."""
    if letter.isascii() or not letter.isalpha():
        return False
    marks = (f"{letter} ", f"{letter}\t")
    return not any(
        letter in (cell.lstrip()[2:] if cell.lstrip().startswith(marks) else cell)
        for text in texts
        if letter in text
        for cell in text.split("\t")
    )


def _script(ch: str) -> str | None:
    """The script a letter belongs to, as Unicode names it ("GREEK", "LATIN", "CYRILLIC")."""
    name = unicodedata.name(ch, "")
    return name.split()[0] if ch.isalpha() and name else None


def _vocabulary(texts: list[str]) -> set[str]:
    """The words (and hyphenated words) a document uses, without the halves of line-end splits."""
    words: set[str] = set()
    split_before = False
    for text in texts:
        found = WORD.findall(text)
        split_after = text.rstrip().endswith("-")
        words.update(w.lower() for w in found[int(split_before) : len(found) - int(split_after)])
        split_before = split_after
    return words


def _numbered_runs(texts: list[str]) -> set[int]:
    """Lines opening with an item number that has a neighbour in the sequence (1. then 2.)."""
    matches = ((i, NUMBERED.match(text.lstrip())) for i, text in enumerate(texts))
    numbers = {i: _item_number(match) for i, match in matches if match}
    present = set(numbers.values())
    return {i for i, n in numbers.items() if n + 1 in present or n - 1 in present}


def _item_number(match: re.Match[str]) -> int:
    """The place in its sequence of "3." (3), "(iv)" (4) or "(b)" (2)."""
    if match[1]:
        return int(match[1])
    mark = match[2]
    if len(mark) == 1 and mark not in ROMAN:
        return ord(mark) - ord("a") + 1
    values = [ROMAN[ch] for ch in mark]
    # A smaller numeral before a larger one is taken away from it (iv = 4, ix = 9).
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True))


def _style(line: Line) -> tuple[int, bool, bool]:
    return round(line.size), line.bold, _caps(line)


def _caps(line: Line) -> bool:
    """Shown in capitals: typed so, or styled so (DOCX caps and small caps)."""
    return line.caps or _all_caps(line.text)


def _all_caps(text: str) -> bool:
    """Some letters, all upper case. For ASCII that is exactly str.isupper, which is fast."""
    if text.isascii():
        return text.isupper()
    letters = list(filter(str.isalpha, text))
    return bool(letters) and all(map(str.isupper, letters))


# --- placing each line ----------------------------------------------------------------


def _place(
    doc: _Doc,
    line: Line,
    following: Line | None,
    split: tuple[str | None, str],
    *,
    numbered: bool = False,
) -> None:
    """Place one line; ``split`` is its ``split_glyph`` (from the survey)."""
    flow = doc.flows.setdefault(line.column, _Flow())
    glyph, rest = split
    if glyph is None and numbered and _numbers_items(flow, line.text):
        glyph, rest = "#", NUMBERED.sub("", line.text.lstrip(), count=1)
    # Icon fonts leave private-use characters beside contact details and headings.
    line.text = _drop_private_use(rest if not glyph else line.text)
    rest = _drop_private_use(rest)
    marked_heading = _is_marked_heading(doc, line, glyph, rest) or _is_listed_heading(doc, line)
    if marked_heading or (
        not glyph
        and not line.list_item
        and _is_heading(doc, line)
        and not _entry_label(doc, flow, line)
        and not _names_the_employer(flow, line)
        and not _field_of_a_project(doc, flow, line)
        and not _titles_the_first_role(flow, line)
    ):
        heading = heading_text(rest if marked_heading else line.text)
        if _wraps_heading(flow, line):
            # A heading too long for a narrow column wraps: "COMPÉTENCES" / "TECHNIQUES".
            assert flow.section is not None
            above = flow.section.heading
            cut = above[-1:] in "-\u2010" and above[-2:-1].isalpha()  # "PROFISSIO-" / "NAL"
            merged = above[:-1] + heading if cut else f"{above} {heading}"
            flow.section.heading = merged
            flow.section.kind = section_kind(merged)
            flow.heading_line = line
            return
        _close_flow(doc, flow)
        flow.section = Section(heading=heading, kind=section_kind(heading))
        flow.entry = None
        flow.heading_line = line
        doc.sections.append(flow.section)
        return
    flow.heading_line = None
    if not glyph and _ends_a_list_section(doc, flow, line):
        # A role with its dates after a summary or a list of languages: work again, under the
        # role's own line where it is set as the section names are, else under no name.
        _close_flow(doc, flow)
        named = _style(line) in doc.heading_styles
        flow.section = Section(heading=heading_text(line.text) if named else "", kind="experience")
        flow.entry = None
        flow.heading_line = line if named else None
        doc.sections.append(flow.section)
        if named:
            doc.dated_sections.add(id(flow.section))
            return
    if line.margin_label and not glyph:
        # A date or a form's label in the margin names the text beside it: a heading's part.
        _close_bullet(doc, flow)
        flow.pending.append(line)
        return
    if _is_lone_glyph(line.text):
        # Layout-light text (pypdf) puts a glyph drawn apart from its text on a line of its own.
        _close_bullet(doc, flow)
        flow.glyph_waiting = True
        return
    # A lone glyph marks the next line only: one the next line does not take (a timeline's dot
    # beside an employer's row) marks nothing further down.
    waiting, flow.glyph_waiting = flow.glyph_waiting, False
    if (
        glyph in DASHES
        and flow.bullet
        and not flow.bullet.parts[-1].rstrip().endswith(":")
        and _dash_wraps_on(doc, flow.bullet, line)
    ):
        glyph, rest = None, line.text  # "— without adding hardware": a wrap that opens with a dash
    if line.list_item and not glyph and flow.bullet and _item_goes_on(flow.bullet, line):
        flow.bullet.parts.append(line.text.strip())  # Enter pressed mid-sentence in a list
        flow.bullet.last = line
        return
    if (glyph or line.list_item or waiting) and _may_be_a_bullet(flow, line, rest):
        _start_bullet(doc, flow, line, rest if glyph else line.text, by_layout=False)
        return
    if flow.bullet and _continues(doc, flow.bullet, line):
        flow.bullet.parts.append(line.text.strip())
        flow.bullet.last = line
        return
    if _starts_layout_bullet(doc, flow, line, following):
        _start_bullet(doc, flow, line, line.text, by_layout=True)
        return
    _close_bullet(doc, flow)
    flow.pending.append(line)


def _ends_a_list_section(doc: _Doc, flow: _Flow, line: Line) -> bool:
    """A role's line, with its range of dates, set in bold or larger than the body, under a
    summary or a list of spoken languages: neither holds such a line. A languages list is the
    last heading of a page, under which the next page's roles run on with no heading of their
    own; a summary's next lines are the roles when each role's line is set as a section's
    name ("September 2022 - Now (Example Labs, Berlin)")."""
    if flow.section is None:
        return False
    if id(flow.section) in doc.dated_sections:
        # The next role's line in the same look names the next such section.
        return _style(line) in doc.heading_styles and _has_role_dates(line.text)
    if flow.section.kind != "summary" and listing_kind(flow.section.heading) != "languages":
        return False
    stands_out = line.bold or bool(doc.body_size and line.size > doc.body_size)
    return stands_out and _has_role_dates(line.text)


DASHES = frozenset("-–—")
TIGHT_IF_RECURRING = DASHES | {"*"}
"""Glyphs a document may set tight against its text, once it uses them on several lines."""
# Names a role's own sub-heading takes ("Highlights", then the role's points), which are
# also section names when they stand alone.
ENTRY_LABELS = frozenset(
    (
        "highlights",
        "achievements",
        "key achievements",
        "accomplishments",
        "responsibilities",
        "key responsibilities",
        "roles and responsibilities",
        "roles & responsibilities",
        "role and responsibilities",
    )
)
# Labels inside a role or project that no resume names a section with: under work, they
# label the entry's parts even when they occur once.
ROLE_PART_LABELS = frozenset(
    (
        "responsibilities",
        "key responsibilities",
        "roles and responsibilities",
        "role and responsibilities",
        "role and responsibility",
        "roles and responsibility",
        "duties",
    )
)


def _closed_by_colon(text: str) -> bool:
    """A label over what follows ("Experience:", "Tasks："), in Latin or East Asian script."""
    return text.rstrip().endswith((":", "："))


def _titles_the_first_role(flow: _Flow, line: Line) -> bool:
    """A heading-like line right under a work section's name, nothing between ("Military
    Experience:" / "Master-at-Arms", "Experience" / "Financial Services"), that names no
    section and does not wrap the name: the first role's title or its group, not a section
    of its own."""
    above = flow.heading_line
    if above is None or flow.section is None or flow.section.kind not in WORK_KINDS:
        return False
    named = _named_kind(line.text) is not None or section_kind(line.text) != "other"
    return not named and not _wraps_heading(flow, line)


def _field_of_a_project(doc: _Doc, flow: _Flow, line: Line) -> bool:
    """ "Technologies" under a project's "Title: ... / Client: ... / Team Size: ..." rows, in
    the work: one more field of the project, not a skills section."""
    fields = sum(1 for pending in flow.pending if FIELD_ROW.match(pending.text))
    return fields >= 2 and _in_work_section(doc, line) and _named_kind(line.text) == "skills"


FIELD_ROW = compile_pattern(r"\s*[^\W\d_][\w .&/-]{0,24}:\s*\S")
TITLE_MAX_WORDS = 5
"""A job title alone on its line ("Senior QA Analyst"), not a sentence that names one."""


def _names_the_employer(flow: _Flow, line: Line) -> bool:
    """A line right under a role's title ("QA Analyst", then "Example Retail" in the same
    bold): the role's employer, not a section, unless its words name one."""
    title = flow.pending[-1].text.strip() if flow.pending else ""
    return (
        PERSON_TITLE.search(title) is not None
        and len(title.split()) <= TITLE_MAX_WORDS
        and not title.endswith(".")
        and _named_kind(line.text) is None
        and section_kind(line.text) == "other"
    )


def _entry_label(doc: _Doc, flow: _Flow, line: Line) -> bool:
    """A sub-heading inside a role ("Highlights" under each job, as JSON Resume themes set
    it), not a new section: one of the names roles use, under a role, and repeated in the
    resume (a section is named once)."""
    if flow.section is None or (flow.entry is None and not flow.pending):
        return False
    key = _heading_key(heading_text(line.text))
    in_work = flow.section.kind in WORK_KINDS
    part_of_work = key in ROLE_PART_LABELS and in_work
    repeated = doc.heading_keys[key] >= 2
    # "技术挑战：" (technical challenges) under a project: a full-width colon labels the lines
    # below. Tried with any colon, it cost real sections named "Projects:" their place.
    labels_below = in_work and line.text.rstrip().endswith("：") and not is_section_name(line.text)
    if not (part_of_work or labels_below or (key in ENTRY_LABELS and repeated)):
        return False
    doc.entry_labels.add(id(line))
    return True


def _dash_wraps_on(doc: _Doc, bullet: _OpenBullet, line: Line) -> bool:
    """A line opening with a dash that sits under the open bullet's text, not under its
    glyph, after a full line: the sentence goes on ("— without adding hardware")."""
    return (
        not bullet.by_layout
        and line.size > 0
        and line.x0 > bullet.glyph_x + 2
        and abs(line.x0 - bullet.first.x0) > 2
        and _continues(doc, bullet, line)
    )


def _may_be_a_bullet(flow: _Flow, line: Line, text: str) -> bool:
    """A line a list marks is a bullet unless it is contact details, sits under a contact
    heading (icons and dots beside an address or a city), or is a role line that a drawn
    timeline dot marks ("Lead ML Engineer  2021 - now")."""
    if _is_contact_line(text):
        return False
    if flow.section is not None and _heading_key(flow.section.heading) in CONTACT_HEADINGS:
        return False
    if LABEL_ONLY.match(text):
        return False  # "Responsibilities:", "工作内容：": a label over the lines that follow
    if _titled_and_dated(text) or _role_with_its_range(text):
        return False  # "Network Scanner – Port Detection  January 2025": a project's heading
    if _opens_with_dates(text) and _closed_by_colon(text):
        return False  # "[2016 - 2018] – Acme Cargo: Intern. Activities:": a role over its list
    if len(text.split()) <= 8 and DATES_FIRST.match(text):
        return False  # "02/2017 - 08/2017  Sindelfingen, Germany": a role's dates and place
    if line.marker_x is None or len(text.split()) > 8:
        return True
    # A span of time ("2018 - 2021", "2021 - now"), not a year an award or paper carries.
    found = _find_date(text)
    return found is None or _SPAN.search(found.group()) is None


_SPAN = compile_pattern(r"[-–—~～至]|\bto\b|\buntil\b", re.I)


CONTACT_HEADINGS = {
    "contact",
    "contacts",
    "contact info",
    "contact information",
    "contact details",
    "personal details",
    "personal information",
    "get in touch",
}


def _is_contact_line(text: str) -> bool:
    """An email, phone number or profile link with at most a label or a place beside it.

    Contact details are never bullets, even set as a list (sidebars draw them with icons):
    they are not work to audit, and they must not reach an LLM.
    """
    others = _beside_contact(text)
    # A label ("Email:", "GitHub") or a place ("Madrid, Spain"), not a verb phrase
    # ("Contributed to github.com/org/repo" is work).
    return others is not None and all(w.endswith(":") or w[:1].isupper() for w in others)


def _mostly_contact(text: str) -> bool:
    """Contact details with at most two other words (handles, labels): no sentence."""
    return _beside_contact(text) is not None


def _beside_contact(text: str) -> list[str] | None:
    """The words beside a line's contact details when there are at most two, else None."""
    if not CONTACT_DETAIL.search(text):
        return None
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    others = [w for w in words if not CONTACT_DETAIL.search(w)]
    return others if len(others) <= 2 else None


def _drop_private_use(text: str) -> str:
    return (text if text.isascii() else PRIVATE_USE.sub("", text)).strip()


def _start_bullet(doc: _Doc, flow: _Flow, line: Line, text: str, *, by_layout: bool) -> None:
    head = flow.bullet
    if head is not None and not flow.pending and _heads_nested_list(head, line):
        # "– Ingénieur systèmes :" over "— Gestion d'une flotte ...": the outer line names a
        # group of the role's bullets; it heads their entry instead of being one.
        flow.bullet = None
        label = _join_parts(head.parts, doc).rstrip(" :")
        parent = flow.entry.heading if flow.entry and flow.entry.heading else None
        flow.pending = [dataclasses.replace(head.first, text=t) for t in (parent, label) if t]
    _close_bullet(doc, flow)
    if flow.pending or flow.entry is None:
        _open_entry(doc, flow, before_list=True)
    if flow.entry is not None and _ends_in_pushed_date(line) and _reads_as_prose(text):
        # The role's dates set on the row of its first bullet ("• Led the ...   2019 - 2021"):
        # they belong to the role, and the bullet wraps on below them.
        text, _tab, dates = text.rpartition("\t")
        line = dataclasses.replace(line, text=line.text.rpartition("\t")[0])
        _date_entry(flow.entry, dates.strip())
    # A drawn marker's edge is where an unindented wrap lines up ("list-style: inside").
    glyph_x = min(line.x0, line.marker_x) if line.marker_x is not None else line.x0
    flow.bullet = _OpenBullet([text.strip()], line, line, glyph_x, by_layout)


def _reads_as_prose(text: str) -> bool:
    """Six words or more before the last tab, many in lower case: a sentence, not a bulleted
    role's title ("• Backend Developer   2021 - Current")."""
    head = text.rpartition("\t")[0]
    return sum(w[:1].isalpha() for w in head.split()) >= 6 and not _mostly_names(head)


def _date_entry(entry: Entry, dates: str) -> None:
    """Give an entry dates found away from its heading, unless its heading has its own."""
    if entry.dates is None:
        entry.dates = dates
        entry.heading = f"{entry.heading} {dates}".strip()


JOINED_ITEMS = compile_pattern(r"(?<=[.!?])\s+-\s+(?=[A-Z])")


def _heads_nested_list(head: _OpenBullet, line: Line) -> bool:
    """An open bullet that is a short label ending with a colon, with the next bullet set
    deeper than it. A statement of work that ends with a colon stays a bullet."""
    label = " ".join(head.parts)
    short = len(label.split()) <= NESTED_LABEL_WORDS
    deeper = line.x0 > head.glyph_x + (2 if line.size else 0)  # text files: columns, not points
    return short and label.rstrip().endswith(":") and deeper


NESTED_LABEL_WORDS = 6


def _close_bullet(doc: _Doc, flow: _Flow) -> None:
    bullet, flow.bullet = flow.bullet, None
    if bullet is None or flow.entry is None:
        return
    text = _join_parts(bullet.parts, doc)
    # No marker opened it, only the layout: a paragraph, and each of its sentences is a bullet.
    # Dash-led items that a converter ran together ("... process. - Displayed ...") part again.
    pieces = split_sentences(text) if bullet.by_layout else JOINED_ITEMS.split(text)
    for piece in pieces:
        _add_bullet(doc, flow, piece, bullet.first)


# A bullet glyph inside running text: LaTeX's inline lists and typed "•" separators.
INLINE_GLYPH = compile_pattern(r"(?:^|\s)[•●▪■◦►➢]\s+")


def _inline_items(text: str) -> list[str]:
    """A paragraph of statements run together with glyphs between them ("... architecture •
    Design of ... • Support of ...") is one bullet a statement; a run of short items ("Python •
    Docker • AWS") stays one line, for the skills rules to set apart."""
    parts = [part.strip() for part in INLINE_GLYPH.split(text) if part.strip()]
    if len(parts) > 1 and any(len(WORD.findall(part)) < STATEMENT_WORDS for part in parts):
        return [text]
    return parts


# A keyword tag set after a finished statement ("... login authorization. [Authorization]"):
# a label for skimmers and keyword filters, not part of what was done; no annotator kept one.
CLOSING_TAG = compile_pattern(r"(?<=[.!?])\s+\[[^\[\]]{1,40}\]$")


def _add_bullet(doc: _Doc, flow: _Flow, text: str, first: Line) -> None:
    if flow.entry is None or not any(ch.isalnum() for ch in text):
        return
    section = flow.section
    for item in _inline_items(text):
        flow.entry.bullets.append(
            Bullet(
                text=CLOSING_TAG.sub("", item),
                section=section.heading if section else "",
                section_kind=section.kind if section else "other",
                entry=flow.entry.heading or None,
                page=first.page if doc.file_type == "pdf" else None,
                order=doc.order,
            )
        )
        doc.order += 1


def _close_flow(doc: _Doc, flow: _Flow) -> None:
    _close_bullet(doc, flow)
    if flow.pending:
        _open_entry(doc, flow)


def _open_entry(doc: _Doc, flow: _Flow, *, before_list: bool = False) -> None:
    """Turn the lines waiting since the last bullet into entries: their heading lines, and,
    under a role or project, their paragraphs of sentences, each sentence a bullet."""
    if flow.section is None:
        flow.section = Section(heading="", kind="other")
        doc.sections.append(flow.section)
    lines, flow.pending = flow.pending, []
    groups = _prose_groups(doc, lines) if _holds_work(flow.section) else [(lines, [])]
    last_head, last_paragraphs = groups[-1]
    if before_list and last_paragraphs and _is_caption(last_paragraphs[-1]):
        # The line just above the list names the entry: it joins the entry's heading.
        groups[-1] = (last_head + last_paragraphs[-1], last_paragraphs[:-1])
    for head, paragraphs in groups:
        # A role's "Highlights" line heads its list, not a new entry.
        head = [ln for ln in head if id(ln) not in doc.entry_labels]
        if head or flow.entry is None:
            entry = parse_entry(
                _joined_word_breaks([_unlabel(ln.text) for ln in head], doc), flow.entry
            )
            flow.section.entries.append(entry)
            flow.entry = entry
        for paragraph in paragraphs:
            text = _join_parts([ln.text.strip() for ln in paragraph], doc)
            for sentence in split_sentences(text):
                _add_bullet(doc, flow, sentence, paragraph[0])


def _joined_word_breaks(texts: list[str], doc: _Doc) -> list[str]:
    """Heading lines with a word broken across two of them made whole again ("Universi-" /
    "dad de Ejemplo"); other lines stay apart, as the heading's parts."""
    joined: list[str] = []
    for text in texts:
        if joined and _breaks_word(joined[-1], text):
            joined[-1] = _join_wrap(joined[-1], text, doc)
        else:
            joined.append(text)
    return joined


def _breaks_word(left: str, right: str) -> bool:
    """``left`` ends with a word broken by a hyphen that ``right``, in lower case, goes on
    with ("Universi-" / "dad de Ejemplo", "display the cap-" / "tured data.")."""
    return WORD_BREAK.search(left) is not None and right[:1].islower()


WORD_BREAK = compile_pattern(r"[^\W\d_]{2}-$")


def _unlabel(text: str) -> str:
    """A label line in a heading without its colon ("Systems engineer:" over its bullets)."""
    return text.rstrip(" :：") if LABEL_ONLY.match(text) else text


def _is_caption(paragraph: list[Line]) -> bool:
    """Lines with no stop just above an entry's list that say what the entry is, not what was
    done: a short subtitle that opens with no verb of doing ("Rust numeric library with easy
    syntax"), or a run of names (a programme, its school, its town). A role's summary runs
    longer, or ends a sentence, or reads as one (most of its words in lower case)."""
    text = " ".join(line.text.strip() for line in paragraph)
    if text.endswith((".", "!", "?", "。")) or ACTION.match(text):
        return False
    short = len(paragraph) == 1 and len(text.split()) <= CAPTION_WORDS
    return short or _mostly_names(text)


def _mostly_names(text: str) -> bool:
    """Most words capitalised, as names and titles are. A word in a script without capitals
    (Arabic, Hebrew, Korean, Thai, Devanagari...) counts as an ordinary word: its case tells
    nothing, and counting it as a name made every line of such a resume read as a heading."""
    lettered = [w for w in text.split() if w[:1].isalpha()]
    return sum(not w[0].isupper() and not w[0].istitle() for w in lettered) < 0.4 * len(lettered)


CAPTION_WORDS = 10


# --- paragraphs of sentences under a role ----------------------------------------------


def _holds_work(section: Section) -> bool:
    """Roles and projects; and sections named for work ("Volunteering", "Research", "Positions
    of Responsibility", "Actividades extracurriculares")."""
    if section.kind in WORK_KINDS:
        return True
    key = _heading_key(section.heading)
    return section.kind == "other" and any(word in key for word in WORK_HEADING_WORDS)


WORK_HEADING_WORDS = (
    "volunteer",
    "leadership",
    "research",
    "activit",
    "involvement",
    "built",
    "open source",
    "benevol",
    "voluntari",
    "ehrenamt",
    "engagement",
    "responsib",
    "extracurric",
    "extra curric",
    "atividades",  # not "criatividade" (creativity)
    "activid",
    "attivit",
    "aktivit",
)


def _prose_groups(doc: _Doc, lines: list[Line]) -> list[tuple[list[Line], list[list[Line]]]]:
    """Split waiting lines into (heading lines, paragraphs) groups: a heading line after a
    paragraph starts the next entry ("Data Analyst, Acme  2020 - 2022" then its sentences)."""
    groups: list[tuple[list[Line], list[list[Line]]]] = []
    head: list[Line] = []
    paragraphs: list[list[Line]] = []
    measure = _prose_measure(lines)
    for line in lines:
        last = paragraphs[-1][-1] if paragraphs else None
        if last is not None and _goes_on_paragraph(doc, last, line, measure):
            paragraphs[-1].append(line)
        elif (
            _is_prose(doc, line)
            or _next_hanging_item(paragraphs, line)
            or _next_line_item(doc, paragraphs, line)
        ):
            opening = head[-1] if head and not paragraphs else None
            if opening is not None and _opens_sentence(opening, line):
                head.pop()  # "Analysed, designed and developed new" / "features for ..."
                paragraphs.append([opening, line])
            else:
                paragraphs.append([line])
        else:
            if paragraphs:
                groups.append((head, paragraphs))
                head, paragraphs = [], []
            head.append(line)
    groups.append((head, paragraphs))
    return groups


def _prose_measure(lines: list[Line]) -> dict[tuple[int | None, int], float]:
    """Where the prose of each page's column ends on the right: its widest line that holds no
    dates or tabs (a role line's dates reach further than its paragraphs)."""
    measure: dict[tuple[int | None, int], float] = {}
    for line in lines:
        if "\t" not in line.text and not _find_date(line.text):
            key = (line.page, line.column)
            measure[key] = max(measure.get(key, 0.0), line.x1)
    return measure


def _next_hanging_item(paragraphs: list[list[Line]], line: Line) -> bool:
    """A finished sentence set where the paragraphs before start, when one of them wrapped
    deeper: the next item of a list set with hanging indents and no glyphs ("Dotfiles
    System configuration managed by Ansible."), however many of its words are names."""
    hanging = [p[0] for p in paragraphs if len(p) > 1 and p[1].x0 > p[0].x0 + 4]
    if not hanging:
        return False
    return abs(line.x0 - hanging[-1].x0) < 2 and _reads_as_an_item(line.text.strip())


def _next_line_item(doc: _Doc, paragraphs: list[list[Line]], line: Line) -> bool:
    """A finished sentence set flush under one that stood on its own line, in its look: the
    next item of a list of one-line sentences with no glyphs ("Ansible AWX rollout." /
    "GitLab Advanced Security Suite (SAST, DAST)."), however many of its words are names."""
    if not paragraphs or len(paragraphs[-1]) != 1:
        return False
    above = paragraphs[-1][0]
    return (
        abs(line.x0 - above.x0) < 2
        and above.text.rstrip().endswith(".")
        and line.size == above.size  # exactly: a line set a little smaller is an org's, not an item
        and line.bold == above.bold
        and (not line.bold or doc.bold_body)
        and _reads_as_an_item(line.text.strip())
    )


def _reads_as_an_item(text: str) -> bool:
    """A finished sentence of four words or more, with no tab and no role's range of dates: an
    item of a list with no glyphs, not a role's line."""
    return (
        text.endswith(".")
        and len(text.split()) >= 4
        and "\t" not in text
        and not _has_role_dates(text)
    )


def _opens_sentence(head: Line, line: Line) -> bool:
    """A short line taken for a heading that is really a sentence's start: it opens with a
    verb in the past, ends with no stop or date, and the next line goes on in lower case."""
    text = head.text.strip()
    return (
        line.text.strip()[:1].islower()
        and bool(PAST_VERB.match(text))
        and not text.endswith((".", ":", ";"))
        and not _find_date(text)
        and head.bold == line.bold
    )


PAST_VERB = compile_pattern(r"[A-Z][a-z]{2,}ed\b")
SMALL_PROSE_WORDS = 10
"""Words from which a line set smaller than the body is a paragraph's line, not a form's field."""


def _is_prose(doc: _Doc, line: Line) -> bool:
    """A line of a sentence, not a heading: six words or more, many of them in lower case,
    no range of dates, not set in bold, no wide gap (right-aligned dates, a form's grid). A
    line smaller than the body text is a form's field unless it finishes a sentence, a verb of
    work opens it or it runs to SMALL_PROSE_WORDS (some layouts set every role's sentences a
    size under the summary)."""
    text = line.text.strip()
    words = text.split()
    if id(line) in doc.dated_heads or line.margin_label:
        return False  # a role's title beside its dates, a margin's label: however sentence-like
    if CJK.search(text):
        # Chinese and Japanese put no spaces between words: count the characters instead. A
        # gap sets a title apart from its dates ("基于…分析\t2024 年 3 月 – 2024 年 6 月").
        return len(CJK.findall(text)) >= 15 and not line.heading and "\t" not in text
    if "\t" in text or "   " in text or (line.bold and not doc.bold_body) or line.heading:
        return False
    states_work = opens_with_work(words)
    if len(words) < (4 if text.endswith(".") else 6) and not states_work:
        return False
    small = line.size and doc.body_size and line.size < 0.9 * doc.body_size
    if small and not (states_work or text.endswith(".") or len(words) >= SMALL_PROSE_WORDS):
        return False
    if _has_role_dates(text):
        return False
    return states_work or not _mostly_names(text)


def _role_with_its_range(text: str) -> bool:
    """A marked line that names a role and ends with its range of dates, longer than a title
    ("INFOSYS Ltd. - Technology Analyst, 'APL NOL - Singapore' Sept 2011 – Dec 2014"): the
    heading of the lines below it, however many names it holds."""
    text = text.rstrip()
    ranged = _entry_dates(text)
    if ranged is None or ranged.end() != len(text) or not _SPAN.search(ranged.group()):
        return False
    head = text[: ranged.start()].rstrip(" ,|–—-(")
    words = len(head.split())
    return 2 <= words <= ROLE_LINE_MAX_WORDS and ACTION.match(head) is None and _mostly_names(head)


ROLE_LINE_MAX_WORDS = 18


def _titled_and_dated(text: str) -> bool:
    """A short marked line that ends with a month and year or a range, and names rather than
    states ("Name – what it is   Jan 2025"): the heading of a project or role in a list."""
    text = text.rstrip(" .")
    if len(text.split()) > TITLED_MAX_WORDS:
        return False
    found = _find_date(text)
    ranged = ENTRY_DATES.search(text) if found else None
    if ranged is not None and ranged.end() == len(text):
        found = ranged  # "Mai 2018 - Août 2018": a range in any language
    elif found is None or found.end() < len(text):
        return False
    elif not (MONTH_NAME.search(found.group()) or _SPAN.search(found.group())):
        return False  # a bare year closes awards and papers too ("Best Paper, 2021")
    return ACTION.match(text) is None and not text[: found.start()].rstrip().endswith((",", "("))


TITLED_MAX_WORDS = 12
LABEL_ONLY = compile_pattern(r"^\s*[^\W\d_][\w/&'’ -]{0,40}[:：]\s*$")
MONTH_NAME = compile_pattern(MONTH, re.I)


def _has_role_dates(text: str) -> bool:
    """A range of dates, or dates leading the line, as a role line has them."""
    found = _find_date(text)
    spans = found is not None and _SPAN.search(found.group()) and not _aside(text, found)
    return bool(spans) or _opens_with_dates(text) or _range_alone(text)


def _range_alone(text: str) -> bool:
    """A range of dates in any language and at most the word that leads it ("De février 2019
    à août 2019", "Von März 2020 bis heute"): a role's dates on a line of their own."""
    text = RANGE_LEAD.sub("", text.strip(" ()[]|,.:–—-"), count=1)
    found = _entry_dates(text)
    if found is None:
        return False
    return not any(ch.isalnum() for ch in text[: found.start()] + text[found.end() :])


RANGE_LEAD = compile_pattern(r"^(?:from|de|du|des|von|vom|desde|da|dal|dall['’]|od|van)\s+", re.I)


def _aside(text: str, found: re.Match[str]) -> bool:
    """A range of dates in brackets inside a finished sentence ("... for two years (2017-2018)."):
    when the work was done, not a role line's dates."""
    start, end = found.span()
    return text.endswith(".") and text[:start].rstrip().endswith("(") and text[end:].startswith(")")


def _opens_with_dates(text: str) -> bool:
    """A line led by when, then a dash ("Depuis octobre 2022 - Employé par ...", "Since March
    2021 – Employed by ..."): a role line in any language, whatever its months are called."""
    lead = DASH_PART.split(text, maxsplit=1)
    return len(lead) == 2 and len(lead[0].split()) <= 5 and YEAR.search(lead[0]) is not None


DASH_PART = compile_pattern(r"\s[-–—]\s")


def _goes_on_paragraph(
    doc: _Doc, last: Line, line: Line, measure: dict[tuple[int | None, int], float]
) -> bool:
    """The paragraph's sentence wraps onto this line."""
    # A wrap keeps the paragraph's size; a title set larger between small lines is a heading.
    restyled = (line.bold != last.bold and not doc.bold_body) or _size_changes(last, line)
    if line.column != last.column or restyled or line.heading:
        return False
    text = line.text.strip()
    if not text or _only_a_date(text):
        return False  # a date column's next entry ("Feb 2021"), read after the paragraph beside it
    # A colon at a line's end is mid-sentence ("... Tools/Technologies:" then the list).
    ended = last.text.rstrip().endswith((".", "!", "?", "。"))
    if ended:
        return False  # a finished sentence: a lower-case line next is a heading of its own
    if text[0].islower():
        return True
    cut = _ends_mid_phrase(last.text) or last.text.rstrip().endswith(",")
    if cut and not _find_date(text):
        # "... The backend datastore was" / "SQLite.", "... using HTML," / "CSS and ...": no
        # sentence ends on such a word or a comma, even where each line is a paragraph of its
        # own (a PDF converted to Word, Enter pressed mid-sentence).
        return True
    if not line.wrapped:
        return False
    if _line_was_full(last, line, last.right):
        return True
    # A paragraph set narrower than its column: the next line at the same left edge and the
    # same line spacing, not a role line with dates, after a line that filled the prose's
    # measure (lines of their own stop short of it: "LLM monitoring" / "RAG pipelines: ...").
    size = line.size or last.size
    flush = abs(line.x0 - last.x0) < 3 and line.top - last.bottom < 0.6 * size
    filled = _line_was_full(last, line, measure.get((last.page, last.column), 0.0))
    stopped_short = not filled and not _ends_mid_phrase(last.text)
    return bool(size) and flush and not stopped_short and not _find_date(text)


def _only_a_date(text: str) -> bool:
    """A date with its month, or a range of dates, and nothing else ("Feb 2021", "07.2024–10.2024",
    "2017 - current"): never the rest of a sentence. A year alone may be ("... since" / "2019.")."""
    found = _find_date(text)
    if found is None or any(ch.isalnum() for ch in _blank_dates(text)):
        return False
    return bool(MONTH_NAME.search(found.group()) or _SPAN.search(found.group()))


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences of three words or more (fragments are not statements of work);
    a fragment after a sentence stays with it, as drawn ("... award. [Code]")."""
    kept: list[str] = []
    for sentence in sentences(text):
        if len(sentence.split()) >= 3 or not sentence.isascii():
            kept.append(sentence)
        elif kept and not _closed_by_colon(sentence):
            kept[-1] = f"{kept[-1]} {sentence}"  # not a label over what follows ("Examples:")
    return _numbered_items(kept)


def _numbered_items(pieces: list[str]) -> list[str]:
    """Items numbered in one paragraph ("1.Built ... 2.Trained ... It ran ..."): each number
    opens an item, without its number, and a sentence with no number stays with the item
    before it. A paragraph that opens with no item number is left as it is."""
    marks = [NUMBERED.match(piece) for piece in pieces]
    first = marks[0] if marks else None
    if first is None:
        return pieces
    start = _item_number(first)
    items: list[str] = []
    for piece, mark in zip(pieces, marks, strict=True):
        if mark is not None and _item_number(mark) == start + len(items):
            items.append(piece[mark.end() :].strip())
        else:
            # Sentences part after "。" with no space, after "." at a space: join as drawn.
            items[-1] += ("" if items[-1].endswith(tuple(FULL_WIDTH_STOPS)) else " ") + piece
    return [item for item in items if item]


# --- headings -------------------------------------------------------------------------


def _is_heading(doc: _Doc, line: Line) -> bool:
    text = line.text.strip()
    words = heading_text(text).split()
    if not words or not any(ch.isalpha() for ch in text):
        return False
    if len(words) > HEADING_MAX_WORDS and not _named_with_aside(text):
        return False
    if line.heading:
        if _find_date(text) and _named_kind(text) is None:
            # "Jul 2015 – Nov 2016" in the heading style the section names use dates a role, as
            # it does in the body's look: no section on the train split is dated.
            return False
        if PERSON_TITLE.search(text) and _named_kind(text) is None:
            # A job title under the work, in the heading style the section names use or in
            # one of its own: the role's title ("QA Analyst" as Heading 1), not a section.
            return not _in_work_section(doc, line)
        # Styles above the named sections' level that name no section are the writer's own
        # use of heading styles (a role title, the candidate's name), not sections; a level
        # below names a part of the section above, unless it names work and that is not.
        return (
            line.level == doc.section_level
            or (
                line.level < doc.section_level
                and (doc.section_level == NO_LEVEL or _named_kind(text) is not None)
            )
            or (_named_kind(text) in WORK_KINDS and not _in_work_section(doc, line))
        )
    if text[-1] in ".,":
        return False
    style = _style(line)
    caps = style[2] and len(text) > 3
    prominent = doc.body_size > 0 and line.size >= 1.1 * doc.body_size
    emphasis = line.bold or caps or prominent
    if kind := _named_kind(text):
        labels_tools = kind == "skills" and _closed_by_colon(text)
        if labels_tools and not emphasis and _unlike_headings(doc, style):
            return False  # "Technologies:" in the body's look labels a role's tools
        if not emphasis and _aside_lists(text):
            return False  # "Tools – HTML | CSS | Git" in the body's look: a label and its list
        # In a PDF a heading stands out, by its look or by the space around it; a plain
        # "open source" under a project is not one.
        return emphasis or doc.file_type != "pdf" or _set_apart(doc, line)
    if PROJECT_NUMBER.match(text) and (line.bold or _caps(line)):
        # "Project #2" over its Client: / Role: / Responsibilities: block opens the work
        # that no heading announced, as its siblings do; under "Projects" it is an entry.
        return not _in_work_section(doc, line)
    if TOOLS_LABEL.match(text):
        return False  # "Technologies Used:" over a project's tools labels them, in its entry
    if PERSON_TITLE.search(text):
        return False  # "DevOps Intern" set in the headings' look is a role's title
    # "Open Source & Side Projects": the joining words do not make a heading a sentence.
    content_words = [w for w in words if w.lower() not in HEADING_JOINERS]
    if len(content_words) > 4 or _find_date(text) or CONTACT.search(text):
        return False
    if "\t" in text:
        return False  # cells of a table row ("UNDERSTANDING  SPEAKING  WRITING"), not a title
    if doc.section_level != NO_LEVEL and line.bold and caps and section_kind(text) != "other":
        # Typed in bold capitals where other section names use Word's heading styles:
        # "WORKING EXPERIENCE:" below a styled "Professional Summary".
        return True
    if line.size > 0 and doc.heading_styles:
        if style in doc.heading_styles and _names_a_piece_of_work(doc, line, style):
            return False
        return style in doc.heading_styles or _opens_work_in_heading_look(doc, line, style)
    if line.size > 0:
        return line.size >= 1.15 * doc.body_size and (line.bold or caps)
    if doc.file_type == "docx":
        return line.bold and caps
    if doc.file_type in ("txt", "md"):
        return caps or text.endswith(":")
    return False


# Words that join a heading's names ("Open Source & Side Projects", "Experience by Skill Set").
HEADING_JOINERS = frozenset("& and / | + by".split())


def _named_with_aside(text: str) -> bool:
    """A section's name with a word about it that makes the line long: "Опыт работы — 9 лет 6
    месяцев" (work experience, 9 years 6 months), as job sites print it."""
    aside = _heading_aside(text)
    if aside is None or aside.start() == 0:
        return False
    if _find_date(text[aside.start() :]):
        return False  # "Voluntariado – Salvaguarda | 05/2024 - Presente" heads a role
    name = text[: aside.start()]
    return len(heading_text(name).split()) <= HEADING_MAX_WORDS and _named_kind(name) is not None


def _aside_lists(text: str) -> bool:
    """What follows the name is a list of three or more ("Tools – HTML | CSS | Git"), not a
    word about the section."""
    aside = _heading_aside(text)
    if aside is None or aside.start() == 0:
        return False
    return len(LIST_SEPARATORS.findall(aside.group())) >= 2


def _unlike_headings(doc: _Doc, style: tuple[int, bool, bool]) -> bool:
    """The document sets its section names in a look of their own, and this is not it."""
    return bool(doc.heading_styles) and style not in doc.heading_styles


def _opens_work_in_heading_look(doc: _Doc, line: Line, style: tuple[int, bool, bool]) -> bool:
    """Bold capitals naming work ("ORGANISATIONAL EXPERIENCE") in the headings' look at
    another size (each heading in a table cell of its own size), after a section that is not
    work: it opens the work. Inside a work section the same look names a group of projects."""
    return (
        style[1:] == (True, True)
        and any(known[1:] == style[1:] for known in doc.heading_styles)
        and section_kind(line.text) in WORK_KINDS
        and not _in_work_section(doc, line)
    )


# The words of section names, short joining ones ("and", "de", "of") left out.
SECTION_WORDS = frozenset(
    word
    for names in SECTION_NAMES.values()
    for name in names
    for word in name.split()
    if len(word) > 3
)


def _names_a_piece_of_work(doc: _Doc, line: Line, style: tuple[int, bool, bool]) -> bool:
    """A name no section goes by, in the smaller of two heading looks, under "Projects" (a
    project's title in the look a sidebar's "Programming" uses, below "PROJECTS" in the larger
    one): the project's title, not a new section."""
    section = _section_of(doc, line)
    under_projects = section is not None and section.kind == "projects"
    larger = any(known[0] > style[0] for known in doc.heading_styles)
    if not (larger and under_projects) or section_kind(line.text) != "other":
        return False
    # No word of a section's name: "Talks and Appearances" and "Soft Skills" are sections.
    return not SECTION_WORDS.intersection(_heading_key(heading_text(line.text)).split())


def _section_of(doc: _Doc, line: Line) -> Section | None:
    """The section open in the line's column."""
    flow = doc.flows.get(line.column)
    return flow.section if flow else None


def _in_work_section(doc: _Doc, line: Line) -> bool:
    """Under a heading of work ("Experience", "Projects") that is not itself a numbered one."""
    section = _section_of(doc, line)
    return (
        section is not None
        and section.kind in WORK_KINDS
        and not PROJECT_NUMBER.match(section.heading)
    )


PROJECT_NUMBER = compile_pattern(r"^projects?\s*(?:#|no\.?|number)?\s*\d{1,2}\s*:?$", re.I)
PERSON_TITLE = compile_pattern(
    r"\b(?:engineer|scientist|developer|manager|intern|analyst|researcher|architect|consultant|"
    r"director|specialist|programmer|administrator|designer|tester|technician|coordinator|"
    r"lead)s?\b",
    re.I,
)
TOOLS_LABEL = compile_pattern(
    r"^(?:[\w+#&.-]+[\s/]){0,3}?(?:tech(?:nologies|nology)?|stack|tools?|environment|frameworks"
    r"|libraries)(?: used| stack)?\s*:$",
    re.I,
)


def _set_apart(doc: _Doc, line: Line) -> bool:
    """A line with more space above it than between the lines of a paragraph, or one that
    stands out to the left of every other line of its column on the page."""
    if line.x0 < doc.base_x.get((line.page, line.column), line.x0) - OUTDENT:
        return True
    above = doc.above.get(line.column)
    if above is None or above.page != line.page or not line.size:
        return above is None or above.page != line.page
    return line.top - above.bottom >= 0.8 * line.size


# Points a line must stand left of its column's text to hang out of it as a heading does.
OUTDENT = 3.0


TYPED_RULE = compile_pattern(r"[_=~.\-–—]{5,}\s*$")


# A heading of capitals kerned apart breaks into this many pieces at most.
KERNED_MAX_TOKENS = 12


@lru_cache(maxsize=4096)
def heading_text(text: str) -> str:
    """The heading as written, with letter-spacing ("E X P E R I E N C E") and a rule typed
    after it ("Experience ______") undone."""
    text = TYPED_RULE.sub("", text).strip().rstrip(":").strip()
    tokens = text.split(" ")
    singles = sum(len(t) == 1 for t in tokens)
    if len(tokens) >= 4 and singles >= 0.8 * len(tokens):
        words = [w.replace(" ", "") for w in re.split(r"\s{2,}|\t", text)]
        if len(words) == 1:
            return _respace(words[0])
        return " ".join(words)
    if len(tokens) >= 3 and singles >= 0.5 * len(tokens):
        # Letter-spacing the text layer kept only in places ("EXPE R IE N C E"): spaces that
        # kerning left out between some letters. Taken back only where it spells known words.
        squashed = "".join(tokens)
        if squashed.isalpha() and squashed.isupper():
            respaced = _respace(squashed)
            if respaced != squashed or fold_accents(squashed.lower()) in NAME_WORDS:
                return respaced
    if 2 <= len(tokens) <= KERNED_MAX_TOKENS and _kind_of_name(text) is None:
        # Kerning gaps inside words of capitals ("EXPER IENC IA LABORAL", "WORK E X PE RIE NC
        # E"): taken back where the letters, run together, spell a section's name.
        squashed = "".join(tokens)
        if squashed.isalpha() and squashed.isupper():
            respaced = _respace(squashed)  # "EXPERIENCIA LABORAL"; one word stays as it is
            if _kind_of_name(respaced) is not None:
                return respaced
    icon = ICON_BEFORE_NAME.match(text) or MARK_BEFORE_NAME.match(text)
    if icon and _kind_of_name(text[icon.end() :]) is not None:
        # "ë Experience", "Briefcase Projects"; "💼 Work Experience", "/ WORK EXPERIENCE"
        if _kind_of_name(text) is None or not _is_wordlike(icon.group()):
            return _close_up_ideographs(" ".join(text[icon.end() :].split()))
    return _close_up_ideographs(" ".join(text.split()))


def _close_up_ideographs(text: str) -> str:
    """A Chinese or Japanese heading letter-spaced for its look ("项目 经验", "職 務 経 歴"):
    those scripts put no space between words, so the reader sees one name ("项目经验").
    Korean keeps its spaces: they part its words."""
    tokens = text.split(" ")
    if len(tokens) > 1 and all(IDEOGRAPHS_ONLY.fullmatch(token) for token in tokens):
        return "".join(tokens)
    return text


IDEOGRAPHS_ONLY = compile_pattern(f"[{KANA_AND_IDEOGRAPHS}]+")


def _is_wordlike(lead: str) -> bool:
    """A letter or a digit opens the lead: perhaps a word of the heading, not an icon."""
    return unicodedata.category(lead.lstrip()[:1] or " ")[0] in "LN"


# What an icon leaves before a section's name when its font maps the glyph to a letter ("ë
# Experience", "Ð Habilidades") or to its name ("Briefcase Professional Experience"): a lone
# letter outside ASCII, or the name of an icon that never qualifies a section's name.
ICON_BEFORE_NAME = compile_pattern(
    r"(?:[^\x00-\x7f]|(?:briefcase|suitcase|flask|cogs?|wrench|graduation-cap|laptop-code|"
    r"lightbulb|project-diagram|microscope|chalkboard-teacher|user-tie|id-card|address-card))\s+"
    r"(?=\w)",
    re.I,
)


# An emoji, a symbol or a stray mark before a section's name ("💼 Work Experience", "🛠 Skills",
# "/ WORK EXPERIENCE", a combining mark left alone): a decoration, whatever the name reads as.
MARK_BEFORE_NAME = compile_pattern(r"[^\w\s(\[#&\"'“‘]{1,3}\s+(?=\w)")


def _respace(squashed: str) -> str:
    """Put the spaces back into a letter-spaced heading ("EXPÉRIENCEDETRAVAIL") by splitting
    it into the words of the section names we know, fewest words first; unchanged if they do
    not cover it."""
    key = fold_accents(squashed.lower().replace("&", "+"))
    if len(key) != len(squashed):
        return squashed
    # best[i]: the fewest known words that spell key[:i], as their end positions.
    best: list[list[int] | None] = [[]] + [None] * len(key)
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - LONGEST_NAME_WORD), end):
            before = best[start]
            if before is not None and key[start:end] in NAME_WORDS:
                if best[end] is None or len(before) + 1 < len(best[end] or []):
                    best[end] = [*before, end]
    ends = best[-1]
    if not ends or len(ends) < 2:
        return squashed
    starts = [0, *ends[:-1]]
    return " ".join(squashed[a:b] for a, b in zip(starts, ends, strict=True))


NAME_WORDS = frozenset(
    "+" if word == "and" else word  # the key spells "&" and "and" as "+"
    for names in SECTION_NAMES.values()
    for name in names
    for word in name.split()
) | {"+", "de", "du", "des", "et", "and", "of", "y", "e", "und", "di", "en"}
LONGEST_NAME_WORD = max(map(len, NAME_WORDS))


def is_section_name(text: str) -> bool:
    """Whether a line is one of the common section names ("Work Experience", "Skills")."""
    return _named_kind(text) is not None


@lru_cache(maxsize=4096)
def _named_kind(text: str) -> SectionKind | None:
    kind = _kind_of_name(heading_text(text))
    numbered = SECTION_NUMBER.match(text) if kind is None else None
    if numbered:
        kind = _kind_of_name(heading_text(text[numbered.end() :]))
    return kind


# A section's number before its name, as LaTeX's article class and Word's outline numbering
# set it: "1 Education", "2. Experience", "IV. Skills".
SECTION_NUMBER = compile_pattern(r"\s*(?:\d{1,2}|[IVX]{1,4})[.)]?\s+(?=[^\W\d_])")


def _kind_of_name(heading: str) -> SectionKind | None:
    """The kind of a heading whose letter-spacing is already undone, from the table."""
    key = _heading_key(heading)
    kind = _KIND_OF_NAME.get(key)
    if kind is not None:
        return kind
    closed_up = _CLOSED_UP_NAMES.get(key.replace(" ", "")) if CJK_OR_HANGUL.search(key) else None
    if closed_up is not None:
        return closed_up
    aside = _heading_aside(heading)
    if aside is not None and aside.start() > 0:
        # "Work Experience (2.4 Years)", "Опыт работы — 9 лет": a name, then a word about it.
        return _kind_of_name(heading[: aside.start()])
    first, _, rest = key.partition(" ")
    if first not in NAME_QUALIFIERS or not rest or heading.rstrip().endswith(":"):
        return None
    # "Recent Projects", "Additional Experience": a word that picks some of the roles or
    # projects names their section ("Key Achievements:" with its colon labels a role's list).
    picked = _kind_of_name(rest)
    return picked if picked in WORK_KINDS else None


# Chinese, Japanese and Korean headings are written with a space between their words or
# without one ("보유 기술" and "보유기술", "職務 経歴" and "職務経歴"): compared closed up.
def _closed_up_names() -> dict[str, SectionKind]:
    """Those names without their spaces; a name in two kinds' lists keeps the first kind."""
    closed: dict[str, SectionKind] = {}
    for kind, names in SECTION_NAMES.items():
        for name in names:
            if CJK_OR_HANGUL.search(name):
                closed.setdefault(name.replace(" ", ""), kind)
    return closed


_CLOSED_UP_NAMES = _closed_up_names()

NAME_QUALIFIERS = frozenset(
    "recent selected relevant key notable other additional previous past featured major "
    "further latest current main".split()
)
# What follows a section's name on its line: a bracketed note or a dash and a few words.
HEADING_ASIDE = compile_pattern(r"\s*(?:\([^()]*\)|\s[—–]\s[^—–]*)\s*:?$")


def _heading_aside(text: str) -> re.Match[str] | None:
    """HEADING_ASIDE.search, only where the closing bracket or the dash it needs is: tried from
    every position it is slow, and it is asked of nearly every line."""
    return HEADING_ASIDE.search(text) if ")" in text or "—" in text or "–" in text else None


@lru_cache(maxsize=1024)
def _heading_key(text: str) -> str:
    text = fold_accents(text.lower()).replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", text).split())


_NOT_WORD = compile_pattern(r"[^\w\s-]")

# Headings in more languages, as written (folded here the way headings are compared): Dutch,
# Polish, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Turkish, Romanian, Hungarian,
# Ukrainian, Greek, Indonesian, Vietnamese, Arabic, Hebrew, Hindi.
WORLD_SECTION_NAMES: dict[SectionKind, tuple[str, ...]] = {
    "experience": (
        "werkervaring", "ervaring", "doświadczenie", "doświadczenie zawodowe",
        "pracovní zkušenosti", "pracovné skúsenosti", "arbetslivserfarenhet", "erfarenhet",
        "erhvervserfaring", "arbejdserfaring", "arbeidserfaring", "erfaring", "työkokemus",
        "iş deneyimi", "deneyim", "deneyimler", "experiență profesională", "experiență",
        "szakmai tapasztalat", "munkatapasztalat", "досвід роботи", "досвід",
        "επαγγελματική εμπειρία", "εμπειρία", "pengalaman kerja", "pengalaman",
        "kinh nghiệm làm việc", "kinh nghiệm", "الخبرة العملية", "الخبرات", "الخبرة",
        "ניסיון תעסוקתי", "ניסיון", "कार्य अनुभव", "अनुभव",
    ),
    "projects": (
        "projecten", "projekty", "projektit", "projeler", "proiecte", "projektek", "проєкти",
        "έργα", "proyek", "dự án", "المشاريع", "פרויקטים", "परियोजनाएं",
    ),
    "education": (
        "opleiding", "opleidingen", "wykształcenie", "edukacja", "vzdělání", "vzdelanie",
        "utbildning", "uddannelse", "utdanning", "koulutus", "eğitim", "educație", "studii",
        "tanulmányok", "végzettség", "освіта", "εκπαίδευση", "pendidikan", "học vấn",
        "التعليم", "المؤهلات العلمية", "השכלה", "शिक्षा",
    ),
    "skills": (
        "vaardigheden", "umiejętności", "dovednosti", "zručnosti", "färdigheter",
        "kompetenser", "færdigheder", "kompetencer", "ferdigheter", "taidot", "osaaminen",
        "yetenekler", "beceriler", "competențe", "abilități", "készségek", "навички",
        "δεξιότητες", "keahlian", "keterampilan", "kemampuan", "kỹ năng", "المهارات",
        "כישורים", "कौशल",
    ),
    "summary": (
        "profiel", "over mij", "o mnie", "podsumowanie", "o mně", "om mig", "om meg",
        "profiili", "hakkımda", "özet", "despre mine", "rólam", "про мене", "προφίλ",
        "tentang saya", "ringkasan", "giới thiệu", "mục tiêu nghề nghiệp", "نبذة عني",
        "الملخص", "תקציר", "सारांश",
    ),
}  # fmt: skip
# Further common wordings of the same sections, in English and in the languages above: a
# heading the table knows is a heading in the body's look too, and it tells a page's columns
# apart (a sidebar holds "Languages"; a main column beside it holds "Berufstätigkeit").
MORE_SECTION_NAMES: dict[SectionKind, tuple[str, ...]] = {
    "experience": (
        "working experience", "work experiences", "employment experience",
        "professional experiences", "industrial experience", "industry experiences",
        "earlier experience", "prior experience", "previous employment", "career experience",
        "work and research experience", "research and work experience",
        "professional and academic experience", "teaching experience", "military service",
        "organizational experience", "entrepreneurship experience", "employment record",
        "arbeitserfahrung", "praktische erfahrung", "praktische erfahrungen",
        "berufstätigkeit", "berufliche tätigkeit", "berufliche tätigkeiten", "berufspraxis",
        "werdegang", "beruflicher hintergrund", "berufliche stationen",
        "parcours", "parcours professionnel", "expériences professionnelles et associatives",
        "antecedentes profesionales", "antecedentes laborales", "trayectoria profesional",
        "experiencia laboral y profesional", "histórico profissional",
        "experiências profissionais", "esperienze di lavoro", "berufserfahrungen",
        "профессиональный опыт", "postes", "经验", "zkušenosti",
    ),
    "projects": (
        "university projects", "college projects", "course projects", "student projects",
        "school projects",
        "programming projects", "software projects", "passion projects", "hobby projects",
        "open source projects", "open-source projects", "opensource projects",
        "open source contribution", "open-source contribution", "hackathon projects",
        "project work", "projects accomplished", "small projects",
        "projets personnels", "projets académiques", "projets universitaires",
        "projetos pessoais", "projetos acadêmicos", "outros projetos",
        "proyectos personales", "proyectos académicos", "persönliche projekte",
        "private projekte", "progetti personali", "избранные проекты", "technische projekte",
        "projets de recherche", "projets réalisés", "projetos realizados", "项目", "开源项目",
    ),
    "other": (
        "positions of responsibility", "extracurricular", "extracurriculars",
        "extra-curricular activities", "extracurricular activity", "co-curricular activities",
        "other activities", "accomplishments", "awards and achievements",
        "leadership and activities", "leadership and service", "leadership experience",
        "volunteering and leadership", "community involvement", "academic service",
        "professional activities",
        "autres activités", "activités extra-professionnelles", "trabalho voluntário",
        "atividades complementares", "actividades extracurriculares", "ehrenamtliches engagement",
    ),
}  # fmt: skip
for _table in (WORLD_SECTION_NAMES, MORE_SECTION_NAMES):
    for _kind, _names in _table.items():
        SECTION_NAMES[_kind] += tuple(_heading_key(name) for name in _names)
# The kind of each name in the table, the first kind's where two list it: one lookup, where
# going through every kind's tuple cost more than the rest of finding a heading's kind.
# Built once the table is whole.
_KIND_OF_NAME: dict[str, SectionKind] = {}
for _kind, _names in SECTION_NAMES.items():
    for _name in _names:
        _KIND_OF_NAME.setdefault(_name, _kind)
# And the words that tell a heading's kind in those languages.
_WORLD_KIND_WORDS: tuple[tuple[str, SectionKind], ...] = (
    ("proje", "projects"), ("proiect", "projects"), ("проєкт", "projects"), ("proyek", "projects"),
    ("مشاريع", "projects"), ("ervaring", "experience"), ("doświadczen", "experience"),
    ("zkušenost", "experience"), ("skúsenost", "experience"), ("erfarenhet", "experience"),
    ("erfaring", "experience"), ("kokemus", "experience"), ("deneyim", "experience"),
    ("experiență", "experience"), ("tapasztalat", "experience"), ("досвід", "experience"),
    ("εμπειρ", "experience"), ("pengalaman", "experience"), ("kinh nghiệm", "experience"),
    ("الخبر", "experience"), ("ניסיון", "experience"), ("opleiding", "education"),
    ("wykształcen", "education"), ("vzdělán", "education"), ("utbildning", "education"),
    ("uddannelse", "education"), ("utdanning", "education"), ("koulutus", "education"),
    ("eğitim", "education"), ("освіт", "education"), ("εκπαιδευ", "education"),
    ("pendidikan", "education"), ("học vấn", "education"), ("تعليم", "education"),
    ("השכלה", "education"), ("vaardighed", "skills"), ("umiejętnoś", "skills"),
    ("dovednost", "skills"), ("färdighet", "skills"), ("færdighed", "skills"),
    ("ferdighet", "skills"), ("kompetens", "skills"), ("kompetenc", "skills"),
    ("yetenek", "skills"), ("beceri", "skills"), ("competențe", "skills"),
    ("készség", "skills"), ("навичк", "skills"), ("δεξιοτητ", "skills"),
    ("keahlian", "skills"), ("keterampilan", "skills"), ("kỹ năng", "skills"),
    ("مهارات", "skills"), ("כישורים", "skills"),
)  # fmt: skip
KIND_WORDS += tuple((_heading_key(word), kind) for word, kind in _WORLD_KIND_WORDS)


def section_kind(heading: str) -> SectionKind:
    """The normalized kind of a section heading, from the table of names, then its words."""
    named = _named_kind(heading)
    if named:
        return named
    key = _heading_key(heading)
    kinds = [
        _kind_of_words(part) for name in JOINED_NAMES.split(heading) if (part := _heading_key(name))
    ]
    if "education" in kinds and (work := [kind for kind in kinds if kind in WORK_KINDS]):
        # "Experience and Education": the roles' bullets are what the audit reads; the
        # degrees among them are told apart as items.
        return work[0]
    return _kind_of_words(key)


def _kind_of_words(key: str) -> SectionKind:
    named = _kind_of_name(key)
    if named is not None:
        return named
    return next((kind for word, kind in KIND_WORDS if word in key), "other")


JOINED_NAMES = compile_pattern(r"\s+and\s+|\s*[&/,]\s*", re.I)


# --- bullets --------------------------------------------------------------------------


def split_glyph(text: str, extra: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """Split a leading bullet glyph off a line: (glyph, rest), or (None, text).

    ``extra`` holds symbols the document itself uses as bullets (see ``recurring_glyphs``).
    """
    text = text.lstrip()
    if len(text) < 2:
        return None, text
    first, rest = text[0], text[1:]
    # Private-use and control characters: what a bullet glyph becomes when its font has no
    # Unicode map (Symbol, Wingdings, pdfTeX's bitmap fallback gives U+0088).
    private = (
        PRIVATE_USE.match(first) is not None
        or first in "\ufffd\x7f"
        or (first < " " and first != "\t")
        or C1_CONTROL.match(first) is not None
    )
    spaced = rest[0] in " \t"
    if private and (_mostly_contact(rest) or ICON_AFTER_GAP.search(rest)):
        return None, rest.strip()  # an icon font's glyph before an email or phone number
    known = first in BULLET_GLYPHS or first in extra
    tight = first in TIGHT_GLYPHS or (
        first in TIGHT_IF_RECURRING and first in extra and rest[0].isupper()
    )
    if private or (known and (spaced or tight)):
        body = rest.strip()
        if body[:1] in BULLET_GLYPHS and body[1:2] == " ":
            body = body[2:].lstrip()  # "• • Analysed ...", "· • ...": a mark typed twice
        return (first, body) if body else (None, text)
    if first in GLYPH_LETTERS and spaced and rest.strip()[:1].isupper():
        return first, rest.strip()
    return None, text


def _numbers_items(flow: _Flow, text: str) -> bool:
    """Numbered lines are bullets under a role or project, or in a list of achievements or
    highlights; not in education, nor in publications, patents or talks (citations)."""
    if _named_kind(NUMBERED.sub("", text.lstrip())):
        return False
    if flow.section is None or not flow.section.heading:
        return True  # no line names the section (names drawn as pictures): the work's items
    kind, key = flow.section.kind, _heading_key(flow.section.heading)
    if kind in WORK_KINDS:
        return True
    return kind in ("other", "summary") and any(word in key for word in ACHIEVEMENT_WORDS)


ACHIEVEMENT_WORDS = ("achievement", "accomplishment", "highlight", "impact", "contribution")


def _wraps_heading(flow: _Flow, line: Line) -> bool:
    """A heading line right under the one that opened the section, nothing between them, in
    the same look and close as a wrap: the rest of the same heading."""
    above = flow.heading_line
    if above is None or flow.section is None or flow.entry is not None or flow.pending:
        return False
    if _closed_by_colon(above.text):
        return False  # "Military Experience:" is whole; the bold post below it is a role
    if not (above.size and line.size) or above.page != line.page:
        return False
    same_look = abs(above.size - line.size) < 0.5 and above.bold == line.bold
    return same_look and 0 <= line.top - above.bottom < 0.6 * line.size


def _is_marked_heading(doc: _Doc, line: Line, glyph: str | None, rest: str) -> bool:
    """A section name after a mark ("■職務経歴") or an icon-font glyph (a briefcase before
    "Research & Experience"): the mark decorates a heading, it opens no bullet. After an
    icon, a name we do not know counts too when it has the look the named headings share
    ("SELECTED DATA SCIENCE WRITING" set like "EXPERIENCE")."""
    if glyph is None:
        return False
    if glyph in HEADING_MARKS:
        return _named_kind(rest) is not None
    if glyph in BULLET_GLYPHS and _named_kind(rest) is not None:
        # An outline where every line has its mark, the section names too ("● PROJECTS" set
        # bold and larger than the body): the name's look tells the heading.
        prominent = doc.body_size > 0 and line.size >= 1.15 * doc.body_size
        return line.bold or prominent or _all_caps(rest)
    if not ICON.match(glyph) or len(rest.split()) > HEADING_MAX_WORDS:
        return False
    if _named_kind(rest) is not None:
        return True
    if rest.rstrip()[-1:] in ".,;":
        return False  # "Experiência em atendimento ao cliente;": a point after Symbol's bullet
    return section_kind(rest) != "other" or (
        line.size > 0 and _style(line) in doc.heading_styles and not _find_date(rest)
    )


def _is_listed_heading(doc: _Doc, line: Line) -> bool:
    """A section name set as an item of a list, in bold, capitals or the look the document's
    section names have ("➢ PROFESSIONAL EXPERIENCE:" in Word, the arrow from the list's
    numbering): the list decorates a heading."""
    in_heading_look = line.size > 0 and _style(line) in doc.heading_styles
    return (
        line.list_item
        and (line.bold or _caps(line) or in_heading_look)
        and len(line.text.split()) <= HEADING_MAX_WORDS
        and _named_kind(line.text) is not None
    )


def _is_lone_glyph(text: str) -> bool:
    text = text.strip()
    return len(text) == 1 and (text in BULLET_GLYPHS or split_glyph(text + " x")[0] is not None)


def _lists_tools(text: str) -> bool:
    """ "Technologies: Python, GCP" under a bullet lists the role's tools; a wrap that goes on
    "technologies: the combination of ..." is still the sentence."""
    return text.lstrip()[:1].isupper() and TOOL_ROW_LABEL.match(text) is not None


def _continues(doc: _Doc, bullet: _OpenBullet, line: Line) -> bool:
    """Whether a line without a glyph carries on the open bullet."""
    last = bullet.last
    if line.column != last.column or line.heading or _lists_tools(line.text):
        return False
    if not line.wrapped:
        return _continues_sentence(bullet.parts[-1], line.text)
    if _only_a_range(line.text) and not _ends_mid_phrase(bullet.parts[-1]):
        return False  # "June 2014 – March 2018" under a point: the next role's dates
    if bullet.parts[-1].rstrip().endswith((".", "!", "?")) and _reads_as_heading(line.text):
        return False  # the bullet's sentence ended, and the next role's heading begins
    same_page = line.page == last.page
    gap = line.top - last.bottom
    size = line.size or last.size
    cut = _cut_mid_phrase(bullet, line)
    full = _line_was_full(last, line, last.right)
    if same_page and gap > (0.9 * size if size else 0.0):
        # Some lists space their wraps as widely as their items; a full line whose sentence
        # plainly goes on ("... for 200+ employees," / "decreasing ...") continues across it.
        goes_on = cut or _goes_on_in_lower_case(bullet, line)
        edge = full or _wrapped_at_list_edge(doc, bullet, line)
        filled = edge and not LINK_OPENING.match(line.text)
        if not (goes_on and filled and gap <= SPACED_WRAP_GAP * size):
            return False
    if size == 0:
        # Plain text: an indented line continues; so does a lower-case one right after.
        return line.x0 > 0 or _continues_sentence(bullet.parts[-1], line.text)
    bold_wrap = cut or (full and _ends_bold_wrap(bullet, line))
    if line.bold and not last.bold and not doc.bold_body and not bold_wrap:
        return False
    if "\t" in line.text or _ends_in_pushed_date(last) or _size_changes(last, line):
        return False  # a wrap keeps its size and runs as one phrase; a role row is set apart
    if same_page and not (
        cut
        or full
        or _wrapped_at_list_edge(doc, bullet, line)
        or _goes_on_after_colon(bullet, line)
        or _goes_on_in_lower_case(bullet, line)
        or _cut_under_marker(bullet, line)
    ):
        return False
    if bullet.by_layout:
        # A list whose markers are drawn as shapes wraps back under the marker, left of the
        # text: a line that goes on in lower case after a full one, or one cut mid-phrase, is
        # still the point.
        cut_short = full or cut or _ends_mid_phrase(bullet.parts[-1])
        under_marker = _opens_in_lower_case(line.text) and cut_short
        return abs(line.x0 - bullet.first.x0) < 3 or line.x0 > bullet.first.x0 or under_marker
    # Flush under the text, a line with dates is the next role, unless it goes on in lower
    # case or the line before stopped mid-phrase ("zero downtime across 40+ releases in" 2023).
    return line.x0 > bullet.glyph_x + 1 or (
        abs(line.x0 - bullet.glyph_x) < 2
        and (
            not _find_date(line.text)
            or line.text.lstrip()[:1].islower()
            or SYMBOL_WRAP.match(line.text) is not None
            or _ends_mid_phrase(bullet.parts[-1])
        )
    )


def _opens_in_lower_case(text: str) -> bool:
    """A line that opens with a lower-case word, or a number and one ("300 servers for ...")."""
    words = text.split()[:2]
    if not words:
        return False
    first = words[0][:1]
    return first.islower() or (first.isdigit() and len(words) == 2 and words[1][:1].islower())


def _only_a_range(text: str) -> bool:
    """A range of dates and nothing else ("09/2019 – 01/2022", "Jul - Oct 2023")."""
    found = _find_date(text)
    if found is None or not _SPAN.search(found.group()):
        return False
    rest = text[: found.start()] + text[found.end() :]
    return not any(ch.isalnum() for ch in rest)


def _ends_in_pushed_date(line: Line) -> bool:
    """A line whose last part, set apart by a wide gap, is a date ("Software Developer   2019 -
    Current"): a role row whose date reaches the right edge, not text that ran out of room."""
    head, tab, tail = line.text.rpartition("\t")
    return bool(tab and WORD.search(head)) and len(tail.split()) <= 5 and bool(_find_date(tail))


# A line break inside a token ("out of 10,000" / "+ employees in 2014."): the line opens with the
# symbol and goes on in lower case.
SYMBOL_WRAP = compile_pattern(r"\s*[+&%/]\s*[a-z]")


def _size_changes(last: Line, line: Line) -> bool:
    """A wrap keeps its line's size: that of its largest words, or (when a label opens the
    line in a larger face: "**Extractor (Agent System):** Developed ...") most of its text's."""
    if not (line.size and last.size):
        return False
    sizes = {last.size, last.text_size or last.size}
    return all(abs(line.size - size) > 0.08 * size for size in sizes)


def _ends_bold_wrap(bullet: _OpenBullet, line: Line) -> bool:
    """The end of a sentence in bold under a full line ("... integrated with GitHub" /
    "**Actions.**"; the caller knows the line was full): word processors carry a run's weight
    over a line break. A heading neither hangs under a bullet's text nor stops with a full
    stop."""
    ends = line.text.rstrip().endswith(".") and not _reads_as_heading(line.text)
    return _hangs_under_text(bullet, line) and ends


# A wrap spaced like a list's items is at most this many font sizes below its line.
SPACED_WRAP_GAP = 1.5
# A link never fits at a line's end, so a line before one always looks full.
LINK_OPENING = compile_pattern(r"\s*(?:https?://|www\.)", re.I)


def _cut_mid_phrase(bullet: _OpenBullet, line: Line) -> bool:
    """A bullet whose text stops on a comma, a hyphen or a word no sentence ends on ("using
    Linux, Terraform," / "Docker, and ..."), or a line that goes on in lower case, hanging under the
    bullet's text: a wrap, even when the writer broke it early or set the rest in bold
    ("written with" / "**Django**")."""
    before = bullet.parts[-1].rstrip()
    hangs = _hangs_under_text(bullet, line)
    # "Presse-" / "Einführungen": a word broken at its hyphen, whatever case goes on.
    split_word = before.endswith("-") and LINE_END_HYPHEN.search(before[-40:]) is not None
    return hangs and (
        before.endswith(",")
        or split_word
        or _ends_mid_phrase(before)
        or _goes_on_in_lower_case(bullet, line)
        or _open_bracket(before)
    )


def _open_bracket(text: str) -> bool:
    """A bracket opened on the line and not closed ("Metode WP (Weighted" / "Project)")."""
    tail = text[-60:]
    return tail.rfind("(") > tail.rfind(")")


def _cut_under_marker(bullet: _OpenBullet, line: Line) -> bool:
    """A point cut on a word no sentence ends on, wrapping back flush under its marker, capital
    or not ("- Forecasting water consumption in" / "Moscow region")."""
    return abs(line.x0 - bullet.glyph_x) < 2 and _ends_mid_phrase(bullet.parts[-1])


def _ends_mid_phrase(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in MID_PHRASE_WORDS


# The words a wrapped sentence never ends on: the continuation words, and these prepositions.
MID_PHRASE_WORDS = frozenset(CONTINUATION_WORDS) | {
    "since",
    "from",
    "until",
    "during",
    "at",
    "as",
    "between",
    "through",
    "was",
    "were",
    "which",
    # Words that take an object after them: "... scoring APIs using" / "Postman, verifying ...".
    "using",
    "via",
    "into",
    "onto",
    "including",
    "across",
    "within",
    "these",
    "those",
    "its",
    "their",
    "our",
    "such",
    "than",
    "whose",
    # The same in the languages resumes here come in most after English: German, French,
    # Spanish, Portuguese, Italian.
    *"und oder mit über für von zu zur zum der die das den dem des".split(),
    *"ein eine einen einer im auf bei durch".split(),
    *"et ou avec pour du des le la les un une sur dans par au aux".split(),
    *"y con para del el los las una por sobre entre".split(),
    *"e com do da dos das um uma em no na nos nas pelo pela ao".split(),
    *"il lo di della delle dei degli per tra".split(),
}


def _goes_on_in_lower_case(bullet: _OpenBullet, line: Line) -> bool:
    """A line break the writer set by hand mid-sentence (design tools have no wrapping): the
    line before ends in no stop and this one opens in lower case ("& used ...", "non-tech
    users ..."), which no heading or new bullet does."""
    text = line.text.lstrip()
    opens_lower = text[:1].islower() or SYMBOL_WRAP.match(text) is not None
    return opens_lower and not bullet.parts[-1].rstrip().endswith((".", "!", "?", ":", ";"))


def _item_goes_on(bullet: _OpenBullet, line: Line) -> bool:
    """A Word list paragraph that carries on the item before: that one opens in capitals and
    stops with no full stop, this one opens in lower case ("Diagnosed and resolved hardware
    issues" / "across multiple ..."). Items all in lower case, or a dated item (a role's
    line), are items of their own."""
    first = bullet.parts[0].lstrip()
    return (
        bullet.last.list_item
        and bullet.last.column == line.column
        and first[:1].isupper()
        and not _find_date(bullet.parts[-1])
        and _goes_on_in_lower_case(bullet, line)
    )


def _goes_on_after_colon(bullet: _OpenBullet, line: Line) -> bool:
    """A line break the writer forced after a colon ("Supervised two theses:" then the titles),
    the next line hanging under the bullet's text."""
    return bullet.parts[-1].rstrip().endswith(":") and _hangs_under_text(bullet, line)


def _hangs_under_text(bullet: _OpenBullet, line: Line) -> bool:
    """The line starts right of the bullet's glyph, under its text, where its wraps go."""
    return not bullet.by_layout and line.x0 > bullet.glyph_x + 1


def _reads_as_heading(text: str) -> bool:
    """A role or organisation line: parts set apart by bars, or mostly capitalised words with
    no full stop ("North Carolina State University | Raleigh, NC")."""
    text = text.strip()
    if " | " in text:
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return 2 <= len(words) <= 12 and capitals >= 0.7 * len(words) and not text.endswith(".")


def _continues_sentence(before: str, text: str) -> bool:
    """Job-site exports split one sentence over paragraphs: join when it plainly goes on."""
    before, text = before.rstrip(), text.strip()
    if not before or not text or before[-1] in ".!?":
        return False
    if text[0].islower():
        return True
    last_word = before.split()[-1].lower()
    return before[-1] not in TERMINAL and (
        before[-1] in ",-–&/(" or last_word in CONTINUATION_WORDS
    )


def _line_was_full(last: Line, line: Line, right: float) -> bool:
    """A wrapped line runs to ``right``: the next line's first word would not have fit."""
    if not right or not last.text:
        return True
    char_width = (last.x1 - last.x0) / max(len(last.text), 1)
    first_word = line.text.split()[0] if line.text.split() else ""
    return last.x1 + char_width * (len(first_word) + 1) >= right - char_width


def _wrapped_at_list_edge(doc: _Doc, bullet: _OpenBullet, line: Line) -> bool:
    """Lists set narrower than the page wrap at their own edge, not the column's.

    Generators that wrap bullet text flush with the glyph (fpdf2, some Word and Docs
    templates) often give the list a narrower measure than the role lines with their
    right-aligned dates. Past that edge a line in the same style that goes on with the sentence
    is a wrap, not the next paragraph.
    """
    last = bullet.last
    right = doc.list_right.get(line.column, 0.0)
    if bullet.by_layout or not 0 < right < last.right or last.text.endswith((".", "!", "?")):
        return False
    same_style = line.bold == last.bold and abs(line.size - last.size) <= 0.1 * last.size
    return same_style and _line_was_full(last, line, right)


def _starts_layout_bullet(doc: _Doc, flow: _Flow, line: Line, following: Line | None) -> bool:
    """A bullet whose glyph was lost: an indented line that does not continue the one before."""
    if not doc.layout_bullets or line.size <= 0 or _ends_broken_word(doc, line):
        return False
    base = doc.base_x.get((line.page, line.column), line.x0)
    # The next line hangs under this one only in the same column of the same page: the next
    # in reading order may be the sidebar's first line, far to the right.
    hanging = (
        following is not None
        and (following.page, following.column) == (line.page, line.column)
        and following.x0 > line.x0 + 2
        and line.x0 > base - 1
    )
    indented = line.x0 > base + 4
    if not (indented or hanging) or flow.section is None:
        return False
    if line.bold or (_find_date(line.text) and len(line.text.split()) <= 10):
        return False
    if _beside_margin_dates(doc, line) or _wraps_dated_heading(doc, line):
        # "Mar 2017 - Mar 2018 | Teaching assistant, ...": a role's heading, and its wrap.
        doc.dated_heads.add(id(line))
        return False
    return not _reads_as_heading(line.text)


def _ends_broken_word(doc: _Doc, line: Line) -> bool:
    """The line opens with the rest of a word the line above broke at its end ("display the
    cap-" / "tured data."): the same sentence, never a new point."""
    above = doc.above.get(line.column)
    return (
        above is not None
        and above.page == line.page
        and _breaks_word(above.text, line.text.lstrip())
    )


def _wraps_dated_heading(doc: _Doc, line: Line) -> bool:
    """The next line of a role heading beside margin dates: the heading ran to the column's
    edge (or broke a word there), and this line is flush with it, in its size, just under it.
    A short heading line is whole; what follows it is the role's text."""
    head = doc.above.get(line.column)
    return (
        head is not None
        and id(head) in doc.dated_heads
        and head.page == line.page
        and abs(head.x0 - line.x0) < 2
        and head.size == line.size
        and line.top - head.bottom < 0.6 * line.size
        and (head.x1 > head.right - 3 * head.size or head.text.endswith("-"))
        and not head.text.rstrip().endswith(".")
    )


def _beside_margin_dates(doc: _Doc, line: Line) -> bool:
    """A line that starts on the row of a range of dates set apart at its left, as a CV's date
    column puts them beside each role (columns.py keeps such a date a line of its own)."""
    dates = doc.above.get(line.column)
    return (
        dates is not None
        and dates.page == line.page
        and abs(dates.top - line.top) < 0.5 * max(line.size, 1.0)
        and dates.x1 < line.x0
        and DATES_FIRST.match(dates.text) is not None
        and len(dates.text.split()) <= 7
    )


def _join_parts(parts: list[str], doc: _Doc) -> str:
    text = parts[0]
    for part in parts[1:]:
        text = _join_wrap(text, part, doc)
    return INSIDE_BRACKETS.sub(_close_brackets, " ".join(text.split()))


def _close_brackets(found: re.Match[str]) -> str:
    """A space on one side only inside brackets ("(LLM )", "O(n2 )") is a generator's gap, not
    typed; one on both sides ("( places )") is how its author writes brackets, and stays."""
    spaced = found.group().startswith("( ") and found.group().endswith(" )")
    return found.group() if spaced else f"({found['inside']})"


INSIDE_BRACKETS = compile_pattern(r"\(\s*(?P<inside>[^()]*?)\s*\)")


# Chinese and Japanese characters and their full-width punctuation.
CJK_WRAP = compile_pattern("[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _join_wrap(left: str, right: str, doc: _Doc) -> str:
    """Join a wrapped line; a line-end hyphen goes only when it split a word."""
    left, right = left.rstrip(), right.lstrip()
    if CJK_WRAP.search(left[-1:]) and CJK_WRAP.match(right):
        return left + right  # Chinese and Japanese put no space between words, nor at a wrap
    if NUMBER_RANGE_CUT.search(left) and right[:1].isdigit():
        return left + right  # "(6-" / "12 months)": a range of numbers split at its dash
    match = LINE_END_HYPHEN.search(left[-40:]) if left.endswith("-") else None
    if not match:
        return f"{left} {right}"
    if not right[:1].isalpha() or not right[:1].islower():
        # "GPT-" / "3.5", "Spanish-" / "English": a hyphen before a number or a name is real.
        return left + right if right[:1].isalnum() else f"{left} {right}"
    if len(match.group(1)) > 1 and match.group(1).isupper():
        return left + right  # "GPU-" / "accelerated": an acronym is not split before lower case
    head = match.group(1).lower()
    tail_match = WORD.match(right)
    tail = tail_match.group().split("-")[0].lower() if tail_match else ""
    return left + right if _keeps_hyphen(head, tail, doc) else left[:-1] + right


NUMBER_RANGE_CUT = compile_pattern(r"\d[-–]$")


def _keeps_hyphen(head: str, tail: str, doc: _Doc) -> bool:
    """Whether "head-" + "tail" at a line break is a hyphenated word rather than a split one."""
    if f"{head}-{tail}" in doc.vocabulary:
        return True
    if _in_vocabulary_family(head, tail, doc):
        return False
    if (
        (head in COMPOUND_LEFT or tail in COMPOUND_RIGHT)
        and _is_word(head, doc)
        and _is_word(tail, doc)
    ):
        return True
    if tail in COMPOUND_ONLY_TAILS and len(head) >= 3:
        return True  # "vision-" / "based": no word starts with these, so the hyphen is typed
    if doc.auto_hyphenation:
        # TeX splits words at line ends; what is not a known compound was split by it.
        return False
    if head in PREFIXES:
        # "re-" / "inspection" stays, "pre-" / "dicted" joins; where nothing shows the document
        # hyphenates words, a break after a prefix is at a hyphen the writer typed ("re-ranking").
        return _is_word(tail, doc) or not doc.splits_words
    # Word processors break lines at hyphens already there, unless they hyphenate: a tail that
    # is only a word ending ("recov-" / "ered") shows they did, and in a document that does, a
    # head that is no word ("sched-" / "ules", "trans-" / "former") is a fragment too.
    if _is_bare_ending(tail, doc):
        return False
    return _is_word(head, doc) or not doc.splits_words


def _in_vocabulary_family(head: str, tail: str, doc: _Doc) -> bool:
    """The joined word, or one sharing all but its last few letters, is in the document
    ("sched-" / "ules" beside "scheduled")."""
    joined = head + tail
    if joined in doc.vocabulary:
        return True
    stem = joined[: max(len(head) + 2, len(joined) - 3)]
    return len(stem) < len(joined) and any(word.startswith(stem) for word in doc.vocabulary)


def _is_bare_ending(tail: str, doc: _Doc) -> bool:
    """Only the end of a word ("tions", "ered"), not a word the document uses."""
    return tail.startswith(WORD_ENDINGS) and not _is_word(tail, doc)


def _is_word(word: str, doc: _Doc) -> bool:
    """A whole word: one of the compound halves we know, or used on its own in the document."""
    return word in COMPOUND_LEFT or word in COMPOUND_RIGHT or word in doc.vocabulary


# --- entries --------------------------------------------------------------------------


# Where an entry heading breaks into title, organization and the like.
_PART_BREAK = compile_pattern(r"(?=[\s,])(?:\s{2,}|\s[|·•–—]\s|,\s|\sat\s|\s@\s)")


# A role's dates in the languages the lexicon reads: "septembre 2009 à janvier 2022",
# "Depuis octobre 2022", "März 2019 bis heute", "desde marzo de 2020". Only an entry's dates use
# it; layout decisions keep DATE_RANGE, which every extraction set was measured with.
_ANY_MONTH = (
    r"(?:jan|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|may|mai|mag|jun|jui|giu|jul|lug|aug|ao[ûu]|ago|"
    r"sep|set|oct|okt|out|ott|nov|dec|d[ée]c|dez|dic|ene|gen|janv|juin|juil)[^\W\d_]*\.?"
)
_ANY_WHEN = rf"(?:{_ANY_MONTH}\s*(?:de\s+)?'?\d{{2,4}}|\d{{1,2}}[/.]\d{{4}}|\d{{4}})"
_ANY_NOW = (
    r"(?:present|current|now|today|aujourd['’]hui|pr[ée]sent|maintenant|heute|jetzt|presente|"
    r"actualidad|actual|atual|hoje|hoy|oggi|in corso)"
)
ENTRY_DATES = compile_pattern(
    rf"\b{_ANY_WHEN}\s*(?:[-–—]+|to|until|à|au|a|bis|hasta|até|al)\s*(?:{_ANY_WHEN}|{_ANY_NOW})"
    rf"|\b(?:since|depuis|seit|desde|dal)\s+(?:le\s+|el\s+)?{_ANY_WHEN}",
    re.I,
)


def _entry_dates(text: str) -> re.Match[str] | None:
    """ENTRY_DATES.search, skipping the lines without two digits in a row, which every match
    holds (its year): most lines, and the search tries every month at every position."""
    return ENTRY_DATES.search(text) if _TWO_DIGITS.search(text) else None


# A line led by a range of dates in any language ("02/2017 - 08/2017  Sindelfingen").
DATES_FIRST = compile_pattern(
    rf"^\W*(?:{_ANY_WHEN})\s*(?:[-–—]+|to)\s*(?:{_ANY_WHEN}|{_ANY_NOW})", re.I
)


def parse_entry(lines: list[str], previous: Entry | None = None) -> Entry:
    """Split an entry's heading lines into title, organization and dates where they show."""
    lines = [" ".join(ln.replace("\t", "  ").split()) for ln in lines if ln.strip()]
    heading = " | ".join(lines)
    dates_match = _entry_dates(heading) or _find_date(heading)
    dates = dates_match.group().strip() if dates_match else None
    parts = [p.strip(" ,|–—-()") for ln in lines for p in _PART_BREAK.split(_blank_dates(ln))]
    parts = [p for p in parts if p and not CONTACT.search(p)]
    title = next((p for p in parts if TITLE_WORDS.search(p)), None)
    others = [p for p in parts if p != title]
    organization = others[0] if others else None
    if previous and title and not others and previous.organization and len(lines) == 1:
        # A second role under the same company: only the title and dates are written.
        organization = previous.organization
    return Entry(heading=heading, title=title, organization=organization, dates=dates)
