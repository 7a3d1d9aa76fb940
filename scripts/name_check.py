"""Whether a real candidate's name has reached the repository: its tracked files or its commit
messages.

Real resumes stay out of the repository; only pointers and hashes go in. A name can still slip
in as an example in a docstring, a note or a commit message while a leak is being mended. This
reads every rebuilt resume, takes the names the privacy boundary finds for its candidate, and
prints each one found in a tracked text file or in the history's messages. The manifest is left
out: it points at public repositories, whose owners' names are in their paths. A few hits are
false names (a city or a product the boundary took for a name in a header); read each.

    python scripts/name_check.py ~/real-resumes
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from prodgap.errors import ProdgapError
from prodgap.extraction import extract
from prodgap.privacy import candidate_names

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("eval/real/manifest.jsonl",)
BINARY = (".pdf", ".docx", ".png", ".jpg", ".woff2", ".pyc")


def names_by_resume(files: Path) -> dict[str, str]:
    """Each name the privacy boundary finds, with the first resume it belongs to."""
    names: dict[str, str] = {}
    for path in sorted(files.iterdir()):
        if path.suffix not in (".pdf", ".docx"):
            continue
        try:
            resume = extract(path)
        except ProdgapError:
            continue
        for name in candidate_names(resume.identity, resume.bullets()):
            names.setdefault(name, path.name)
    return names


def repository_texts() -> dict[str, str]:
    """The tracked text files, and the commit messages as one text."""
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    texts = {}
    for name in tracked:
        if not name or name in SKIPPED or name.endswith(BINARY):
            continue
        try:
            texts[name] = (ROOT / name).read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    log = subprocess.run(
        ["git", "log", "--format=%h %B"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    texts["(commit messages)"] = log.stdout
    return texts


def hits(names: dict[str, str], texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(resume, name, where) for each name written, whole, in a text."""
    lowered = {where: text.casefold() for where, text in texts.items()}
    found = []
    for name, resume in names.items():
        words = name.split()
        if len(words) < 2:
            continue
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
        last = words[-1].casefold()  # a plain search first: most texts lack the word at all
        found += [
            (resume, name, where)
            for where, text in texts.items()
            if last in lowered[where] and pattern.search(text)
        ]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("real", type=Path, help="the folder of rebuilt resumes")
    args = parser.parse_args()
    names = names_by_resume(args.real)
    found = hits(names, repository_texts())
    print(f"{len(names)} names of candidates; {len(found)} found in the repository")
    for resume, name, where in found:
        print(f"{resume}\t{name}\t{where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
