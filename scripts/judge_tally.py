"""Tally a blind judgement of old against new rewrites.

    python scripts/advice_stats.py DIR... --dump pairs.jsonl --against old.jsonl
    # a judge who has not read the code writes judgement.jsonl, one line per pair:
    #   {"id": ..., "preferred": "a" | "b" | "tie", "reason": "..."}
    python scripts/judge_tally.py pairs.key.jsonl judgement.jsonl

Prints how often the new rewrite was preferred, of all pairs and of the pairs decided (not tied).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def tally(key: list[dict], judgement: list[dict]) -> Counter[str]:
    """Count "new", "old" and "tie" verdicts; a pair missing from the key is an error."""
    new_letter = {row["id"]: ("a" if row["a"] == "new" else "b") for row in key}
    verdicts: Counter[str] = Counter()
    for row in judgement:
        preferred = row["preferred"]
        if preferred == "tie":
            verdicts["tie"] += 1
        else:
            verdicts["new" if preferred == new_letter[row["id"]] else "old"] += 1
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("key", type=Path)
    parser.add_argument("judgement", type=Path)
    args = parser.parse_args(argv)
    verdicts = tally(_lines(args.key), _lines(args.judgement))
    judged = sum(verdicts.values())
    decided = verdicts["new"] + verdicts["old"]
    print(
        f"{judged} pairs judged: new preferred {verdicts['new']}, old {verdicts['old']}, "
        f"tie {verdicts['tie']}; new preferred on {verdicts['new'] / max(judged, 1):.1%} of all, "
        f"{verdicts['new'] / max(decided, 1):.1%} of those decided"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
