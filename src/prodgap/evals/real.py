"""The real-resume corpus: gold kept as hashes, scored against files rebuilt locally.

Real resumes are real people's words, so the committed gold (``eval/real/gold/<id>.json``)
holds each bullet only as a hash of its normalised text, with its section, label and arc. The
files themselves are rebuilt into a local folder by ``scripts/real_corpus.py``. Extraction is
scored by hashing what prodgap extracts; labels are scored on the gold bullets whose text is
known locally: from the annotators' local text file (``<id>.gold.local.json`` beside the
rebuilt file, never committed) where there is one, otherwise from the extracted bullets whose
hash matches.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from prodgap.errors import InputError, ProdgapError
from prodgap.evals.extraction import ExtractionScores, FileScore
from prodgap.extraction import extract
from prodgap.models import Bullet

DEFAULT_GOLD_DIR = Path("eval/real")
LOCAL_TEXT_SUFFIX = ".gold.local.json"
"""Beside a rebuilt resume: the annotators' bullet texts, for people who have them."""

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032\u00b4`"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
}
_TRAILING = re.compile(r"[\s.;,]+$")
PREFIX_WORDS = 6


def normalize_bullet(text: str) -> str:
    """The form a bullet is compared and hashed in.

    Differences a reader would not call errors are removed (compatibility forms such as the
    "ﬁ" ligature, dash and quote styles, letter case, runs of white space, trailing
    punctuation); everything a reader would notice (a lost space, a dropped hyphen, an accent
    left uncomposed) still counts.
    """
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = text.translate(_DASHES).translate(_QUOTES).casefold()
    return _TRAILING.sub("", " ".join(text.split()))


def bullet_hash(text: str) -> str:
    """The committed stand-in for a bullet's text."""
    return hashlib.sha256(normalize_bullet(text).encode()).hexdigest()[:16]


def prefix_hash(text: str) -> str:
    """A hash of the first words only: tells a bullet cut short or run on from a missing one."""
    words = normalize_bullet(text).split()[:PREFIX_WORDS]
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:8]


def heading_key(text: str) -> str:
    """A section heading as compared: letter case, spacing and a closing colon ("Experience:")
    are styling; prodgap reports headings without the colon."""
    return " ".join(text.split()).casefold().rstrip(" :：")


@dataclass(frozen=True)
class RealResume:
    """One manifest entry with its gold."""

    id: str
    format: str
    split: str
    gold: list[dict]
    """Gold bullets: ``h`` (hash), ``p`` (prefix hash), ``section``, ``label``, ``arc``..."""


def load_corpus(
    gold_dir: Path = DEFAULT_GOLD_DIR, split: str = "all", language: str | None = None
) -> list[RealResume]:
    """The manifest's resumes that have gold, in the chosen split and language (see
    ``in_language``)."""
    manifest = gold_dir / "manifest.jsonl"
    try:
        entries = [json.loads(x) for x in manifest.read_text("utf-8").splitlines() if x.strip()]
    except OSError as exc:
        raise InputError(manifest, f"cannot read the manifest: {exc.strerror or exc}") from exc
    resumes = []
    for entry in entries:
        gold_path = gold_dir / "gold" / f"{entry['id']}.json"
        if not gold_path.exists() or split not in ("all", entry.get("split")):
            continue
        if not in_language(entry.get("language", ""), language):
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        resumes.append(
            RealResume(entry["id"], entry["format"], entry.get("split", "train"), gold["bullets"])
        )
    return resumes


def in_language(written_in: str, language: str | None) -> bool:
    """Whether a resume written in ``written_in`` (ISO 639-1) is in the cohort ``language``:
    None for every resume, a code for that language, "other" for every language but English
    (scores split by language: most of what extraction and labels miss is not in English)."""
    if language is None:
        return True
    if language == OTHER_LANGUAGES:
        return written_in != "en"
    return written_in == language


OTHER_LANGUAGES = "other"


def rebuilt_corpus(
    files_dir: Path,
    gold_dir: Path = DEFAULT_GOLD_DIR,
    split: str = "test",
    language: str | None = None,
) -> tuple[list[RealResume], int]:
    """The split's resumes whose file is rebuilt in ``files_dir``, and how many are not.

    A machine may hold only part of the corpus (a session can fetch so many repositories):
    scores are over the rebuilt part, and the count of the rest is said beside them, rather
    than every missing file counting as a resume with nothing found.
    """
    corpus = load_corpus(gold_dir, split, language)
    if not corpus:
        cohort = f" in language {language!r}" if language else ""
        raise InputError(gold_dir, f"no resumes with gold in split {split!r}{cohort}")
    present = [r for r in corpus if resume_path(files_dir, r).exists()]
    if not present:
        raise InputError(files_dir, f"none of the {len(corpus)} resumes of split {split!r} is here")
    return present, len(corpus) - len(present)


def resume_path(files_dir: Path, resume: RealResume) -> Path:
    """Where the resume is rebuilt in ``files_dir`` (scripts/real_corpus.py build)."""
    return files_dir / f"{resume.id}.{resume.format}"


def evaluate_real_extraction(
    files_dir: Path,
    gold_dir: Path = DEFAULT_GOLD_DIR,
    split: str = "test",
    language: str | None = None,
) -> ExtractionScores:
    """Extract every rebuilt resume of the split and score its bullets against the hashes."""
    present, _absent = rebuilt_corpus(files_dir, gold_dir, split, language)
    return ExtractionScores.of([_score_file(files_dir, r) for r in present])


def _score_file(files_dir: Path, resume: RealResume) -> FileScore:
    path = resume_path(files_dir, resume)
    expected = [(b["h"], heading_key(b["section"])) for b in resume.gold]
    try:
        bullets = extract(path).bullets()
    except ProdgapError as exc:
        return FileScore(resume.id, len(expected), 0, 0, error=str(exc))
    found = [(bullet_hash(b.text), heading_key(b.section)) for b in bullets]
    gold_h, found_h = Counter(h for h, _ in expected), Counter(h for h, _ in found)
    texts = {bullet_hash(b.text): b.text for b in bullets}
    gold_prefixes = {b["p"] for b in resume.gold}
    extra = [
        ("(cut or run on) " if prefix_hash(texts[h]) in gold_prefixes else "") + texts[h]
        for h in (found_h - gold_h).elements()
    ]
    missed = [
        f"{b['h']} under {b['section']!r}, {b.get('w', '?')} words"
        for b in resume.gold
        if b["h"] in (gold_h - found_h)
    ]
    return FileScore(
        name=resume.id,
        gold=len(expected),
        found=len(found),
        matched=sum((gold_h & found_h).values()),
        section_matched=sum((Counter(expected) & Counter(found)).values()),
        missed=missed,
        extra=sorted(extra),
    )


def real_label_rows(
    files_dir: Path,
    gold_dir: Path = DEFAULT_GOLD_DIR,
    split: str = "test",
    language: str | None = None,
) -> tuple[list[dict], int]:
    """Gold label rows (text, context, label, arc) for the bullets whose text is known here.

    Returns the rows and how many gold bullets of the rebuilt resumes had no known text (not
    found in the local text file nor among the extracted bullets): they are left out, and the
    count says so. Resumes not rebuilt here are left out too (``rebuilt_corpus``).
    """
    rows: list[dict] = []
    unknown = 0
    for resume in rebuilt_corpus(files_dir, gold_dir, split, language)[0]:
        known = _known_bullets(files_dir, resume)
        for n, gold in enumerate(resume.gold):
            bullet = known.get(gold["h"])
            if bullet is None:
                unknown += 1
                continue
            rows.append(
                {
                    "id": f"{resume.id}-{n:03d}",
                    "text": bullet.text,
                    "section": bullet.section,
                    "section_kind": gold.get("section_kind", bullet.section_kind),
                    "entry": bullet.entry,
                    "label": gold["label"],
                    "arc": gold.get("arc"),
                    "hard": False,
                    "split": resume.split,
                }
            )
    if not rows:
        raise InputError(files_dir, f"no gold bullet of split {split!r} has a known text here")
    return rows, unknown


def _known_bullets(files_dir: Path, resume: RealResume) -> dict[str, Bullet]:
    """Bullets of the resume whose text is known here, by hash."""
    local = files_dir / f"{resume.id}{LOCAL_TEXT_SUFFIX}"
    if local.exists():
        items = json.loads(local.read_text("utf-8"))["bullets"]
        bullets = [
            Bullet(
                text=b["text"],
                section=b.get("section", ""),
                section_kind=b.get("section_kind", "other"),
                entry=b.get("entry"),
            )
            for b in items
        ]
    else:
        try:
            bullets = extract(resume_path(files_dir, resume)).bullets()
        except ProdgapError:
            bullets = []
    return {bullet_hash(b.text): b for b in bullets}
