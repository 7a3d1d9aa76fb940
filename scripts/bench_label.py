"""Time the rules engine on a 40-bullet resume and print milliseconds per resume (target < 20).

Wall time moves with machine load; CPU time (this process only) is the steadier number.
Usage: python scripts/bench_label.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from prodgap.evals.labels import DEFAULT_GOLD
from prodgap.label import label_bullets
from prodgap.models import Bullet


def _resume(size: int = 40) -> list[Bullet]:
    """A resume-sized mix of bullets: every eighth gold bullet, so all domains appear, under
    an experience entry and a projects section in turn (the context is read too)."""
    rows = [json.loads(line) for line in DEFAULT_GOLD.read_text(encoding="utf-8").splitlines()]
    places = [
        {"section": "Experience", "section_kind": "experience", "entry": "Engineer, Example Co"},
        {"section": "Projects", "section_kind": "projects", "entry": "Course project"},
    ]
    return [
        Bullet(text=row["text"], **places[n % 2], order=n) for n, row in enumerate(rows[::8][:size])
    ]


def _times(clock, bullets: list[Bullet], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = clock()
        label_bullets(bullets)
        times.append((clock() - start) * 1000)
    return sorted(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    bullets = _resume()
    label_bullets(bullets)  # warm-up: the first call pays for imports and regex compilation
    print(f"bullets per resume: {len(bullets)}   rounds: {args.rounds}   target: < 20 ms")
    for name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
        times = _times(clock, bullets, args.rounds)
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"{name} ms per resume: median {statistics.median(times):.2f}   "
            f"p95 {p95:.2f}   min {times[0]:.2f}"
        )


if __name__ == "__main__":
    main()
