"""Check the production-share bands against the real corpus's hand labels: for each train
resume, the career stage prodgap estimates and the share of its technical gold bullets that are
shipped; print both per resume and the median and quartiles per stage, next to the bands.

    python scripts/check_bands.py --real DIR [--split train]
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path

from prodgap.extraction import extract
from prodgap.findings import estimate_seniority
from prodgap.summary import BANDS

REAL = Path(__file__).resolve().parent.parent / "eval" / "real"
MIN_TECHNICAL = 3
"""Resumes with fewer technical gold bullets say nothing about a share."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, required=True, help="the rebuilt real corpus")
    parser.add_argument("--split", default="train", choices=["train", "test", "all"])
    args = parser.parse_args()
    shares: dict[str, list[float]] = defaultdict(list)
    for line in (REAL / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if args.split != "all" and entry["split"] != args.split:
            continue
        gold = json.loads((REAL / "gold" / f"{entry['id']}.json").read_text(encoding="utf-8"))
        labels = [bullet["label"] for bullet in gold["bullets"]]
        shipped, trained = labels.count("shipped_system"), labels.count("trained_model")
        if shipped + trained < MIN_TECHNICAL:
            continue
        resume = extract(args.real / f"{entry['id']}.{entry['format']}")
        seniority = estimate_seniority(resume.sections)
        share = shipped / (shipped + trained)
        shares[seniority.stage].append(share)
        print(f"{entry['id']}  {entry['domain']:9} {seniority.stage:8} {share:.2f}")
    print()
    for stage, band in BANDS.items():
        values = sorted(shares.get(stage, []))
        if not values:
            print(f"{stage:8} band {band.low:.2f}-{band.high:.2f}: no resume")
            continue
        quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else values * 3
        print(
            f"{stage:8} band {band.low:.2f}-{band.high:.2f}: {len(values)} resumes, "
            f"median {statistics.median(values):.2f}, "
            f"quartiles {quartiles[0]:.2f}-{quartiles[2]:.2f}"
        )


if __name__ == "__main__":
    main()
