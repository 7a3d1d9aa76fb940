"""Measure the privacy boundary on a folder of resumes, with no network.

    python scripts/privacy_scan.py DIR [DIR ...]
    python scripts/privacy_scan.py DIR --review review.md      # local only: never commit it
    python scripts/privacy_scan.py --bullets eval/holdout_labels.jsonl   # bullets, one a line

For every resume (PDF, DOCX, TXT, MD) in each folder it builds the LLM payload exactly as an
audit would (``prodgap.privacy.build_payload``) and prints, per file and in total: bullets and
role headings sent, bullets and headings held back, spans masked by kind, bullets the masking
changed, and any email, phone or URL pattern left in the payload. The residual patterns are
written here independently of the boundary's own, broader where they can be: they must be 0,
and the exit code is 1 when they are not.

Hints, printed under a file and counted apart (they do not set the exit code), are weaker
signs a person should read: a word of the payload that is part of the local part of an email
in the header ("khaled" in "khaledx@"), a personal-status word in one of seven languages
("married", "stato civile", "27 ans"), and a number of four digits or more from the header
block (a street number, a postcode). Each has found a leak the residual patterns missed; most
of what they print is ordinary ("single sign-on", a year).

``--bullets FILE.jsonl`` sends bullet texts (the ``text`` field of each line, as in the label
gold sets) through the boundary on their own, with a fictional header, and counts how many the
masking changed or held back: bullets that hold no personal data must come through unchanged.

``--review FILE`` writes, for a person to check for false positives, every masked span with its
bullet, every changed bullet before and after, and every bullet and heading held back. It holds
the resumes' personal details: keep it local.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from prodgap.errors import ProdgapError
from prodgap.extraction import extract
from prodgap.models import Bullet, Identity
from prodgap.privacy import MASK_KINDS, Payload, build_payload

SUFFIXES = {".pdf", ".docx", ".txt", ".md"}

# Independent of prodgap.privacy: anything shaped like an email, a phone number or a web address.
RESIDUAL_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
RESIDUAL_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{6,}\d")
YEAR_OR_MONTH = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])?")
TITLE_WORDS = frozenset(
    "data scientist engineer developer analyst software senior junior lead manager designer "
    "researcher student consultant architect intern machine learning full stack backend "
    "frontend devops cloud product staff principal chief head site reliability platform "
    "security operations career ingénieur ingeniero ingenieur profile summary objective resume "
    "curriculum vitae robotics".split()
)
# A heading set first on the page ("Basic Information", "Datos Personales") names no one.
HEADING_WORDS = frozenset(
    "information informations info details contact personal datos personales "
    "informaciones persönliche daten coordonnées".split()
)
RESIDUAL_URL = re.compile(
    r"https?://\S+|www\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|me|co|app|"
    r"edu|gov|info|xyz|tech|page|site|blog|uk|de|fr|in|ca|eu)(?:/\S*)?\b"
)
# Technologies written like a domain (the boundary lets these through on purpose).
NOT_A_URL = {"socket.io", "asp.net", "ado.net", "vb.net", "ml.net", "fast.ai"}


# Sites whose addresses name a person (a profile), whoever wrote them.
PROFILE_SITES = re.compile(
    r"linkedin|github|gitlab|bitbucket|twitter|(?:^|\.)x\.com|facebook|instagram|medium\.com|"
    r"kaggle|stackoverflow|behance|dribbble|youtube|huggingface|orcid|researchgate|about\.me|"
    r"github\.io|netlify\.app|vercel\.app",
    re.I,
)


@dataclass(frozen=True)
class Own:
    """What identifies this candidate, read here from the header block independently of the
    boundary: the web addresses given there, and the words of the name on its first line."""

    hosts: frozenset[str] = frozenset()
    name_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, identity: Identity) -> Own:
        hosts = {_host(m.group()) for line in identity.header for m in RESIDUAL_URL.finditer(line)}
        names = _name_words(identity.header[0] if identity.header else "")
        # The line in the largest type, where a page may draw the name below its contact row;
        # only when it holds no title word, as a title set large ("Machine Learning Engineer
        # Example Corp") often is that line.
        largest = _name_words(identity.largest)
        if not {w.casefold() for w in identity.largest.split()} & TITLE_WORDS:
            names |= largest
        # A title set on the name's line ("Jerad Example Data Scientist") names no one.
        return cls(frozenset(hosts), frozenset(names - TITLE_WORDS))


def _name_words(line: str) -> set[str]:
    """The words of a line written like a name (two to four capitalised words), up to a tab
    or a separator ("Dmitry Example\tKernel Engineer")."""
    words = re.split(r"\s*[\t|•·]\s*", line.strip())[0].split()
    shaped = 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
    if {w.casefold() for w in words} & HEADING_WORDS:
        return set()
    return {w.casefold() for w in words if len(w) >= 4} if shaped else set()


def _host(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.I).split("/")[0].lower()


def residual(text: str, own: Own = Own()) -> list[str]:
    """Email and phone shapes in a payload text, web addresses that lead to a person (profile
    sites, the candidate's own sites, addresses named after them), and the candidate's name."""
    found = [m.group() for m in RESIDUAL_EMAIL.finditer(text)]
    text = RESIDUAL_EMAIL.sub(" ", text)  # an email's domain is not a URL of its own
    for m in RESIDUAL_URL.finditer(text):
        host = _host(m.group())
        personal = PROFILE_SITES.search(host) or host in own.hosts
        if m.group() not in NOT_A_URL and (personal or any(w in host for w in own.name_words)):
            found.append(m.group())
    words = re.findall(r"[^\W\d_]+", RESIDUAL_URL.sub(" ", text).casefold())
    found += [w for w in words if w in own.name_words]
    for m in RESIDUAL_PHONE.finditer(text):
        groups = re.findall(r"\d+", m.group())
        # Years, days and months, and years with their month ("201710 - 201806").
        years_and_days = all(len(g) <= 2 or YEAR_OR_MONTH.fullmatch(g) for g in groups)
        if sum(map(len, groups)) >= 9 and not (m.group()[0] != "+" and years_and_days):
            found.append(m.group())
    return found


STATUS_HINT = re.compile(
    r"\b(?:married|unmarried|marital|nationality|date of birth|d\.o\.b|born (?:on|in)|"
    r"gender|religion|passport|verheiratet|ledig|familienstand|staatsangehörigkeit|"
    r"geburtsdatum|geboren|nacionalidad|estado civil|fecha de nacimiento|nationalité|né le|"
    r"née le|situation familiale|data di nascita|nazionalità|stato civile|data de nascimento|"
    r"nacionalidade|\d{2}\s*(?:years old|ans|jahre alt|años|anni|anos))\b",
    re.I,
)
HEADER_NUMBER = re.compile(r"[\w.+/-]*\d[\w.+/-]*")
# Dates a header gives (when it was updated, a role's range): no one's personal number.
DATE_SHAPE = re.compile(
    r"(?:\d{1,2}[./-])?\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d(?:[./-]\d{1,2}){1,2}|"
    r"[A-Za-z]{3,9}[-.]?(?:19|20)\d\d|(?:19|20)\d\d\D*"
)


def hints(text: str, header: list[str]) -> list[str]:
    """Weak signs of personal data in a payload text, for a person to read (see above)."""
    locals_, numbers = _header_signs(tuple(header))
    found = [
        w for w in re.findall(r"[^\W\d_]{5,}", text) if any(w.casefold() in loc for loc in locals_)
    ]
    found += [m.group() for m in STATUS_HINT.finditer(text)]
    found += [n for m in HEADER_NUMBER.finditer(text) if (n := m.group().strip(".,/-")) in numbers]
    return found


@lru_cache(maxsize=8)
def _header_signs(header: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The header's email local parts, and its numbers of four digits or more that are no
    dates: read once per file, not once per payload item."""
    locals_ = {
        m.group().rpartition("@")[0].casefold()
        for line in header
        for m in RESIDUAL_EMAIL.finditer(line)
    }
    numbers = {
        t.strip(".,/-")
        for line in header[:12]
        for t in HEADER_NUMBER.findall(line)
        if sum(c.isdigit() for c in t) >= 4 and not DATE_SHAPE.fullmatch(t.strip(".,/-"))
    }
    return locals_, numbers


@dataclass
class FileScan:
    """What the boundary did with one resume."""

    name: str
    bullets: list[Bullet] = field(default_factory=list)
    payload: Payload = field(default_factory=Payload)
    error: str = ""
    own: Own = Own()
    header: list[str] = field(default_factory=list)

    @property
    def changed(self) -> list[tuple[str, str]]:
        texts = {f"b{i}": b.text for i, b in enumerate(self.bullets)}
        return [(texts[i.id], i.text) for i in self.payload.items if texts[i.id] != i.text]

    @property
    def residual(self) -> list[str]:
        items = self.payload.items
        return [r for i in items for r in residual(f"{i.section} {i.role} {i.text}", self.own)]

    @property
    def hints(self) -> list[str]:
        items = self.payload.items
        return [h for i in items for h in hints(f"{i.section} {i.role} {i.text}", self.header)]


def scan(path: Path) -> FileScan:
    try:
        resume = extract(path)
    except ProdgapError as exc:
        return FileScan(path.name, error=str(exc))
    bullets = resume.bullets()
    payload = build_payload(bullets, resume.identity)
    own = Own.of(resume.identity)
    return FileScan(path.name, bullets, payload, own=own, header=resume.identity.header)


def row(name: str, counts: dict[str, int], masked: Counter[str]) -> str:
    kinds = ", ".join(f"{masked[k]} {k}" for k in MASK_KINDS if masked[k]) or "-"
    return (
        f"{name[:40]:40} {counts['bullets']:7} {counts['sent']:5} {counts['held']:5} "
        f"{counts['roles']:6} {counts['held_h']:7} {counts['changed']:8} "
        f"{counts['residual']:9}  {kinds}"
    )


def counts_of(result: FileScan) -> tuple[dict[str, int], Counter[str]]:
    summary = result.payload.summary()
    counts = {
        "bullets": len(result.bullets),
        "sent": summary.bullets_sent,
        "held": summary.bullets_held_back,
        "roles": summary.role_headings_sent,
        "held_h": summary.headings_held_back,
        "changed": len(result.changed),
        "residual": len(result.residual),
    }
    return counts, Counter(summary.masked)


def write_review(results: list[FileScan], path: Path) -> None:
    lines = [
        "# Privacy scan review (holds personal details: keep it local, never commit it)",
        "",
        "Check each masked span and each changed bullet: a mask on something that is not",
        "personal is a false positive; a held-back bullet that describes work is one too.",
        "",
    ]
    for result in results:
        if result.error or not (result.payload.masks or result.payload.held_back
                                or result.payload.headings_held_back):  # fmt: skip
            continue
        lines += [f"## {result.name}", ""]
        texts = {f"b{i}": b.text for i, b in enumerate(result.bullets)}
        for mask in result.payload.masks:
            lines.append(f"- masked {mask.kind}: `{mask.original}` in: {texts[mask.item]}")
        for before, after in result.changed:
            lines += [f"- changed: {before}", f"  - sent: {after}"]
        for index in result.payload.held_back:
            lines.append(f"- held back bullet: {result.bullets[index].text}")
        for heading in result.payload.headings_held_back:
            lines.append(f"- held back heading: {heading}")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


FICTIONAL_HEADER = Identity(
    header=["Teodor Brannigan", "ML Engineer", "(617) 555-0199 | teodor.brannigan@example.com"]
)


def scan_bullets(files: list[Path]) -> FileScan:
    """The bullet texts of JSONL files through the boundary, under a plain role heading."""
    texts = [
        json.loads(line)["text"]
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    bullets = [
        Bullet(text=text, section="Experience", entry="ML Engineer | Acme | 2020 – 2022")
        for text in dict.fromkeys(texts)
    ]
    return FileScan(
        f"{len(files)} JSONL file(s)", bullets, build_payload(bullets, FICTIONAL_HEADER)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of resumes")
    parser.add_argument(
        "--bullets", nargs="+", type=Path, default=[], help="JSONL files of bullet texts"
    )
    parser.add_argument("--review", type=Path, help="write a local review file (never commit)")
    parser.add_argument("--force", action="store_true", help="overwrite the review file")
    args = parser.parse_args()
    if args.review and args.review.exists() and not args.force:
        print(f"privacy_scan: {args.review} exists; use --force", file=sys.stderr)
        return 2
    if missing := [str(f) for f in args.folders if not f.is_dir()]:
        print(f"privacy_scan: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    paths = sorted(
        p
        for folder in args.folders
        for p in folder.iterdir()
        if p.suffix.lower() in SUFFIXES and p.name.lower() != "readme.md"
    )
    print(
        f"{'file':40} {'bullets':>7} {'sent':>5} {'held':>5} {'roles':>6} {'held_h':>7} "
        f"{'changed':>8} {'residual':>9}  masked"
    )
    results, total, masked_total = [], Counter[str](), Counter[str]()
    for path in paths:
        result = scan(path)
        result.name = f"{path.parent.name}/{path.name}" if len(args.folders) > 1 else path.name
        results.append(result)
        if result.error:
            print(f"{result.name[:40]:40} error: {result.error}")
            continue
        counts, masked = counts_of(result)
        total.update(counts)
        masked_total.update(masked)
        print(row(result.name, counts, masked))
        for found in result.residual:
            print(f"    residual: {found!r}")
        file_hints = result.hints
        for found in file_hints:
            print(f"    hint: {found!r}")
        total["hints"] += len(file_hints)
    if args.bullets:
        result = scan_bullets(args.bullets)
        results.append(result)
        counts, masked = counts_of(result)
        total.update(counts)
        masked_total.update(masked)
        print(row(result.name, counts, masked))
        paths.extend(args.bullets)
    total_counts = {k: total[k] for k in ("bullets", "sent", "held", "roles", "held_h",
                                          "changed", "residual")}  # fmt: skip
    print(f"hints to read (weaker signs, not counted as residuals): {total['hints']}")
    print(row(f"total ({len(paths)} files)", total_counts, masked_total))
    if args.review:
        write_review(results, args.review)
        print(f"review written to {args.review} (personal data: keep it local)", file=sys.stderr)
    return 1 if total["residual"] else 0


if __name__ == "__main__":
    sys.exit(main())
