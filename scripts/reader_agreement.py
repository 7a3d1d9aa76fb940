"""How often one more careful reader agrees with the real gold: the ceiling the labeller is
measured against.

Each gold label was settled by two readers and, where they differed, a third. A fresh reader,
given only the written definition and each bullet's context, labels a sample of whole train
resumes; the agreement of those labels with the gold says how far a reader (not a model) gets,
so a labeller's macro-F1 can be read against it. ``--model`` also scores the linear labeller
on the same bullets, out of fold (cross-validated by resume, as ``cv_labeller.py`` does), so
the two numbers are on one sample.

    python scripts/reader_agreement.py sample --real DIR --out OUT [--before-round 33]
    (a reader writes OUT/<half>/<id>.labels.json, as real_gold.py's second labeller does)
    python scripts/reader_agreement.py score --real DIR --out OUT [--model]
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from prodgap.models import LABELS

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "eval" / "real" / "manifest.jsonl"
HALVES = ("a", "b")
# Whole resumes of a usual length: a reader judges a bullet among its neighbours.
FEWEST_BULLETS, MOST_BULLETS = 3, 40


def sample(
    files: Path,
    out: Path,
    bullets: int,
    seed: int,
    before_round: int | None,
    manifest: Path = MANIFEST,
) -> int:
    """Write whole train resumes, shuffled by ``seed``, until ``bullets`` are out; halves
    alternate. ``before_round`` keeps the sample of a corpus that has grown since."""
    rows = [json.loads(line) for line in manifest.read_text("utf-8").splitlines() if line]
    last = before_round if before_round is not None else float("inf")
    resumes = [r["id"] for r in rows if r.get("split") == "train" and r.get("round", 0) < last]
    random.Random(seed).shuffle(resumes)
    written = 0
    for resume in resumes:
        local = files / f"{resume}.gold.local.json"
        if written >= bullets or not local.exists():
            continue
        gold = json.loads(local.read_text("utf-8"))["bullets"]
        if not FEWEST_BULLETS <= len(gold) <= MOST_BULLETS:
            continue
        half = out / HALVES[len(list(out.glob("*/*.json"))) % len(HALVES)]
        half.mkdir(parents=True, exist_ok=True)
        items = [
            {
                "i": i,
                "text": bullet["text"],
                "section": bullet["section"],
                "section_kind": bullet["section_kind"],
                "entry": bullet.get("entry") or "",
            }
            for i, bullet in enumerate(gold)
        ]
        (half / f"{resume}.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
        written += len(items)
    return written


def reader_pairs(files: Path, out: Path) -> list[tuple[str, str, str, str]]:
    """(resume, bullet text, gold label, reader's label) for every labelled item."""
    pairs = []
    for labels in sorted(out.glob("*/*.labels.json")):
        resume = labels.name.split(".")[0]
        gold = json.loads((files / f"{resume}.gold.local.json").read_text("utf-8"))["bullets"]
        for item in json.loads(labels.read_text("utf-8")):
            bullet = gold[item["i"]]
            if bullet["text"] != item["text"]:
                raise SystemExit(f"{labels}: item {item['i']} is not the gold bullet's text")
            pairs.append((resume, bullet["text"], bullet["label"], item["label"]))
    return pairs


def report(name: str, pairs: list[tuple[str, str]]) -> float:
    """Print macro-F1, accuracy and each class's recall, as ``cv_labeller.py`` scores them;
    return the macro-F1."""
    macro, per_class = _sibling("cv_labeller").scores(pairs)
    accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    print(f"{name}: {len(pairs)} bullets, macro-F1 {macro:.3f}, accuracy {accuracy:.3f}")
    print("  recall: " + ", ".join(f"{label} {per_class[label][1]:.3f}" for label in LABELS))
    confusion = Counter(pairs)
    for gold in LABELS:
        print(f"  gold {gold:15s}" + "".join(f"{confusion[(gold, p)]:6d}" for p in LABELS))
    return macro


def model_pairs(files: Path, wanted: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The linear labeller's out-of-fold labels for the wanted (resume, text) bullets."""
    from prodgap.evals.training import real_rows

    cv_labeller = _sibling("cv_labeller")
    predictions = cv_labeller.cross_validate(real_rows(files), 5, _sibling("train_labeller").C)
    return [
        (p.row.label, p.linear.label)
        for p in predictions
        if p.linear is not None and (p.row.group, p.row.bullet.text) in wanted
    ]


def _sibling(name: str) -> ModuleType:
    """Another script of this folder, imported however this one was loaded."""
    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    return importlib.import_module(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("sample", "score"))
    parser.add_argument("--real", type=Path, required=True, help="rebuilt files and local gold")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--bullets", type=int, default=720)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--before-round", type=int, help="only resumes of earlier rounds")
    parser.add_argument("--model", action="store_true", help="and the labeller, out of fold")
    args = parser.parse_args()
    if args.command == "sample":
        written = sample(args.real, args.out, args.bullets, args.seed, args.before_round)
        print(f"{written} bullets in {args.out}")
        return 0
    pairs = reader_pairs(args.real, args.out)
    report("one more reader against the gold", [(g, r) for _, _, g, r in pairs])
    if args.model:
        wanted = {(resume, text) for resume, text, _, _ in pairs}
        report("the linear labeller, out of fold", model_pairs(args.real, wanted))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
