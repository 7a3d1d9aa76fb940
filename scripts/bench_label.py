"""Time the labeller: labelling a 40-bullet resume (target < 20 ms) and importing it (< 30 ms).

Importing is timed in fresh processes, after the pydantic models (which the pipeline imports
anyway): cold, with no compiled patterns on disk (the first run after an install), and warm,
with the file a previous run left (every later run; regex_cache.py). Wall time moves with
machine load; CPU time (this process only) is the steadier number.
Usage: python scripts/bench_label.py [--rounds N] [--imports N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
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


_IMPORT = (
    "import time, prodgap.models; c, w = time.process_time(), time.perf_counter();"
    "import prodgap.label;"
    "print((time.process_time() - c) * 1000, (time.perf_counter() - w) * 1000)"
)


def _import_times(runs: int, cache: str | None) -> tuple[list[float], list[float]]:
    """CPU and wall ms of ``import prodgap.label`` in fresh processes."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode
    if cache is None:
        env["PRODGAP_REGEX_CACHE"] = "0"
    else:
        env["PRODGAP_CACHE_DIR"] = cache
    cpu, wall = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _IMPORT], env=env, capture_output=True)
        c, w = map(float, out.stdout.split())
        cpu.append(c)
        wall.append(w)
    return cpu, wall


def _print_imports(runs: int) -> None:
    if runs < 1:
        return
    print(f"import prodgap.label, {runs} fresh processes each   target: < 30 ms")
    with tempfile.TemporaryDirectory() as cache:
        _import_times(1, cache)  # a first run writes the compiled patterns
        for name, where in (("cold (compiles)", None), ("warm (from disk)", cache)):
            cpu, wall = _import_times(runs, where)
            print(
                f"{name:<17} ms: cpu median {statistics.median(cpu):.1f} min {min(cpu):.1f}   "
                f"wall median {statistics.median(wall):.1f} min {min(wall):.1f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--imports", type=int, default=10)
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
    _print_imports(args.imports)


if __name__ == "__main__":
    main()
