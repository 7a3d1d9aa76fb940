"""Measure the advice prodgap gives (rules mode): rewrites, their shapes and length, questions.

    python scripts/advice_stats.py samples eval/holdout*/
    python scripts/advice_stats.py DIR... --dump old.jsonl          # every rewrite, one a line
    python scripts/advice_stats.py DIR... --dump pairs.jsonl --against old.jsonl

The last form writes blind pairs for judging old against new rewrites: for each bullet rewritten
by both, its text and the two rewrites as "a" and "b" in an order fixed by a hash of the bullet
(so it is the same on every run, and hidden from the judge); which one is new is written to
``pairs.key.jsonl`` beside it. Run the first form on the old code (a checkout of the base commit,
with PYTHONPATH pointing at its src/) to make old.jsonl.

What it prints, over every resume (.pdf .docx .txt .md, not README.md) directly in the folders:

- rewrites: bullets given a rewrite;
- shapes: distinct rewrite shapes. A shape is the rewrite with its placeholders emptied ("[]"),
  every stretch of the bullet's own words (two words or more in the bullet's order, or one word
  that is not a function word) replaced by "W", so that shapes count templates, not content;
  and the share of rewrites the two commonest shapes make;
- length: mean and median rewrite characters / bullet characters, and the share above 1.5;
- questions asking for a part the bullet has: a question is read as asking for the problem, what
  broke, the fix or its measured result by its words (the table ASKS below, the same for old and
  new code); it asks for a part already there when the bullet's arc has that part (for a result:
  when the bullet's fix already holds a number; for where it ran: when it is labelled shipped).
  Target 0;
- repeated questions: per resume, questions shown more than once in the report (a question the
  report shows once for several bullets counts once). Target 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RESUME_SUFFIXES = {".pdf", ".docx", ".txt", ".md"}
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shipped", re.compile(r"where did (?:this|it|the) [\w ]*\brun\b|how much traffic", re.I)),
    ("result", re.compile(r"number moved|from what to what|before → after|measured", re.I)),
    ("broke", re.compile(r"went wrong|\bbr[oe]ke|fail|drift|outage|incident|\bslow", re.I)),
    ("fix", re.compile(r"\bfix|what did you change|what did you do about", re.I)),
    (
        "problem",
        re.compile(r"problem|for whom|\bwhom\b|who relied|why did (?:this|it) matter", re.I),
    ),
)
"""What a question asks for, by its words; the first match wins."""
FUNCTION_WORDS = frozenset(
    "a an the to for of in on at by with and or so when after once while which that as from "
    "into it its this their then than".split()
)
CLOSERS = frozenset(")”\"'")
PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")
TOKEN = re.compile(r"\[\]|[\w’'.%$€£+#/-]*\w[%+#]?|[^\w\s]")


@dataclass
class Stats:
    """Counts over a set of reports."""

    resumes: int = 0
    failed: list[str] = field(default_factory=list)
    bullets: int = 0
    rewrites: int = 0
    shapes: Counter[str] = field(default_factory=Counter)
    ratios: list[float] = field(default_factory=list)
    questions: int = 0
    asks_present: int = 0
    repeated: list[int] = field(default_factory=list)
    present_examples: list[str] = field(default_factory=list)

    def add(self, other: Stats) -> None:
        self.resumes += other.resumes
        self.failed += other.failed
        self.bullets += other.bullets
        self.rewrites += other.rewrites
        self.shapes.update(other.shapes)
        self.ratios += other.ratios
        self.questions += other.questions
        self.asks_present += other.asks_present
        self.repeated += other.repeated
        self.present_examples += other.present_examples


def shape(bullet: str, rewrite: str) -> str:
    """The rewrite's template: placeholders emptied, the bullet's own words folded to W."""
    own = [w.casefold() for w in TOKEN.findall(PLACEHOLDER.sub(" ", bullet)) if _is_word(w)]
    tokens = TOKEN.findall(PLACEHOLDER.sub("[]", rewrite))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        run = _own_run(tokens, i, own)
        if run:
            if not out or out[-1] != "W":
                out.append("W")
            i += run
        else:
            out.append(tokens[i])
            i += 1
    return _join(out)


def _is_word(token: str) -> bool:
    return token != "[]" and any(c.isalnum() for c in token)


def _own_run(tokens: list[str], i: int, own: list[str]) -> int:
    """How many tokens from i are the bullet's own words (with their punctuation), or 0."""
    words = [(k, t.casefold()) for k, t in enumerate(tokens[i:], i) if _is_word(t)]
    if not words or words[0][0] != i:
        return 0
    best = 0
    for start in (s for s, w in enumerate(own) if w == words[0][1]):
        n = 0
        while n < len(words) and start + n < len(own) and own[start + n] == words[n][1]:
            n += 1
        best = max(best, n)
    if best == 0 or (best == 1 and words[0][1] in FUNCTION_WORDS):
        return 0
    last = words[best - 1][0] + 1
    while last < len(tokens) and tokens[last] in CLOSERS:
        last += 1  # the bullet's own closing bracket or quote
    return last - i


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+([,.;:)])", r"\1", text).replace("( ", "(")


def asked_part(question: str) -> str | None:
    """The arc part (or "result") a question asks for, by its words."""
    return next((part for part, pattern in ASKS if pattern.search(question)), None)


def has_part(bullet: Any, part: str) -> bool:
    """Whether the bullet already has what a question asks for."""
    arc = bullet.arc
    if part == "shipped":
        return bullet.label == "shipped_system"
    if arc is None:
        return False
    if part == "result":
        return arc.fix is not None and bool(re.search(r"\d", arc.fix.text))
    return getattr(arc, part) is not None


def shown_questions(report: Any) -> list[str]:
    """The questions as the report shows them: shared ones once, the rest on their cards."""
    shared = [q.text for q in getattr(report, "shared_questions", [])]
    seen = set(shared)
    shown = list(shared)
    for bullet in report.bullets:
        if bullet.rewrite is not None:
            shown += [q for q in bullet.rewrite.questions if q not in seen]
    return shown


def measure(report: Any) -> Stats:
    """The counts for one report."""
    stats = Stats(resumes=1, bullets=len(report.bullets))
    for bullet in report.bullets:
        rewrite = bullet.rewrite
        if rewrite is None:
            continue
        stats.rewrites += 1
        stats.shapes[shape(bullet.text, rewrite.text)] += 1
        stats.ratios.append(len(rewrite.text) / max(len(bullet.text), 1))
        for question in rewrite.questions:
            part = asked_part(question)
            stats.questions += 1
            if part is not None and has_part(bullet, part):
                stats.asks_present += 1
                stats.present_examples.append(f"{part}: {question} | {bullet.text}")
    counts = Counter(shown_questions(report))
    stats.repeated.append(sum(n - 1 for n in counts.values() if n > 1))
    return stats


def resumes(folders: list[Path]) -> list[Path]:
    """The resume files directly in the folders (a folder's README is not a resume)."""
    files = []
    for folder in folders:
        files += sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in RESUME_SUFFIXES and p.stem.casefold() != "readme"
        )
    return files


def records(path: Path, report: Any) -> list[dict[str, Any]]:
    """One dump record per rewritten bullet."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return [
        {
            "id": f"{digest}:{b.order}",
            "file": str(path),
            "order": b.order,
            "label": b.label,
            "bullet": b.text,
            "rewrite": b.rewrite.text,
            "questions": b.rewrite.questions,
        }
        for b in report.bullets
        if b.rewrite is not None
    ]


def write_dump(dump: Path, rows: list[dict[str, Any]], against: Path | None) -> None:
    """The rewrites, or blind old/new pairs with their key beside them."""
    if against is None:
        dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return
    old = {}
    for line in against.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        old[row["id"]] = row
    pairs, key = [], []
    for row in rows:
        before = old.get(row["id"])
        if before is None or before["bullet"] != row["bullet"]:
            continue
        new_first = hashlib.sha256(row["id"].encode()).digest()[0] % 2 == 0
        a, b = (row, before) if new_first else (before, row)
        pairs.append(
            {"id": row["id"], "bullet": row["bullet"], "a": a["rewrite"], "b": b["rewrite"]}
        )
        key.append({"id": row["id"], "a": "new" if new_first else "old"})
    dump.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    key_path = dump.with_name(dump.name.removesuffix(".jsonl") + ".key.jsonl")
    key_path.write_text("".join(json.dumps(k) + "\n" for k in key), encoding="utf-8")
    print(f"wrote {len(pairs)} blind pairs to {dump} and the key to {key_path}")


def format_stats(name: str, s: Stats) -> str:
    top2 = sum(n for _, n in s.shapes.most_common(2))
    ratios = s.ratios or [0.0]
    over = sum(r > 1.5 for r in s.ratios)
    present = s.asks_present / s.questions if s.questions else 0.0
    repeated = statistics.mean(s.repeated) if s.repeated else 0.0
    return (
        f"{name}: {s.resumes} resumes ({len(s.failed)} unreadable), {s.bullets} bullets, "
        f"{s.rewrites} rewrites\n"
        f"  shapes: {len(s.shapes)} distinct; the two commonest make "
        f"{top2 / max(s.rewrites, 1):.0%}\n"
        f"  length (rewrite / bullet): mean {statistics.mean(ratios):.2f}, median "
        f"{statistics.median(ratios):.2f}, above 1.5: {over / max(len(s.ratios), 1):.0%}\n"
        f"  questions: {s.questions}; asking for a part the bullet has: {s.asks_present} "
        f"({present:.1%})\n"
        f"  questions shown more than once per resume: mean {repeated:.1f}, "
        f"total {sum(s.repeated)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--dump", type=Path, help="write the rewrites (or pairs) as JSON Lines")
    parser.add_argument("--against", type=Path, help="an older --dump: write blind pairs")
    parser.add_argument("--shapes", type=int, default=0, help="print the N commonest shapes")
    parser.add_argument(
        "--verbose", action="store_true", help="print the questions that ask for a present part"
    )
    args = parser.parse_args(argv)

    import prodgap
    from prodgap.errors import ProdgapError

    print(f"prodgap from {Path(prodgap.__file__).parent}", file=sys.stderr)
    total, rows = Stats(), []
    for folder in args.folders:
        stats = Stats()
        for path in resumes([folder]):
            try:
                report = prodgap.audit(path, backend="rules", use_cache=False)
            except ProdgapError as exc:
                stats.failed.append(f"{path.name}: {exc}")
                continue
            stats.add(measure(report))
            rows += records(path, report)
        print(format_stats(str(folder), stats))
        total.add(stats)
    print(format_stats("ALL", total))
    for text, n in total.shapes.most_common(args.shapes):
        print(f"  {n:4d}  {text}")
    if args.verbose:
        print("\n".join(total.present_examples))
    if args.dump:
        write_dump(args.dump, rows, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
