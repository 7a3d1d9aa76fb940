"""Re-record the LLM test cassettes (tests/cassettes/test_llm/*.yaml) in one command.

    python scripts/record_cassettes.py              # against the real API: needs OPENAI_API_KEY
    python scripts/record_cassettes.py --synthetic  # from the tests' scripted server, no network

Real mode re-records the tests that a real model can answer (the normal, cache, chunked and
prompt-injection ones); the fault tests (refusal, 429, 500, bad JSON, ...) cannot be provoked
on demand, so they always come from the scripted server. Both modes replay the whole file
afterwards to prove the new cassettes work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ["tests/test_llm.py"]
PYTEST = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]


def main() -> int:
    """Re-record, then replay; the exit code is pytest's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--synthetic", action="store_true", help="record from the scripted server (no network)"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    if args.synthetic:
        env["PRODGAP_SYNTHETIC_CASSETTES"] = "1"
        selection: list[str] = []
    else:
        key = os.environ.get("OPENAI_API_KEY")
        if not key:
            print("record_cassettes: set OPENAI_API_KEY, or use --synthetic", file=sys.stderr)
            return 2
        # The tests' autouse fixture hides OPENAI_API_KEY from every test; this one gets through.
        env["PRODGAP_RECORD_API_KEY"] = key
        selection = ["-k", "not fault"]
    record = [*PYTEST, *TESTS, *selection, "--record-mode=rewrite"]
    recorded = subprocess.run(record, cwd=ROOT, env=env, check=False).returncode
    if recorded:
        return recorded
    return subprocess.run([*PYTEST, *TESTS], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
