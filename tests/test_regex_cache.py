"""The compiled rule patterns kept on disk: same patterns, used by the next run, never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from prodgap import rules
from prodgap.evals.labels import DEFAULT_GOLD
from prodgap.regex_cache import PatternCache

PATTERNS = sorted(
    {
        (p.pattern, int(p.flags))
        for p in [r.pattern for r in rules.LABEL_RULES]
        + [r.pattern for r in rules.SIGNAL_RULES]
        + list(rules.ARC_RULES.values())
    }
)
TEXTS = [json.loads(line)["text"] for line in DEFAULT_GOLD.read_text("utf-8").splitlines()]


def _spans(pattern, texts: list[str]) -> list[list[tuple]]:
    return [[(m.span(), m.groups()) for m in pattern.finditer(t)] for t in texts]


def test_patterns_from_the_file_match_exactly_as_compiled_ones(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    first = PatternCache(path)
    compiled = [first.compile(p, f) for p, f in PATTERNS]
    first.save()
    second = PatternCache(path)
    loaded = [second.compile(p, f) for p, f in PATTERNS]
    assert first.hits == 0 and second.hits == len(PATTERNS)
    for a, b in zip(compiled, loaded, strict=True):
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex)
        assert _spans(a, TEXTS[::5]) == _spans(b, TEXTS[::5])


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\x00" * 64])
def test_a_broken_file_is_only_a_miss(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.marshal"
    path.write_bytes(content)
    cache = PatternCache(path)
    pattern = cache.compile(r"deploy(?:ed|s)?", 2)
    assert pattern.search("We deployed it") and cache.hits == 0
    cache.save()
    assert PatternCache(path).compile(r"deploy(?:ed|s)?", 2).pattern == r"deploy(?:ed|s)?"


def test_a_stored_pattern_that_does_not_hold_up_is_compiled_again(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "regex.marshal"
    entry = (2, 34, [1, 2, 3], 0, {}, (None,))  # nonsense code
    content = {"format": 2, "python": sys.version, "patterns": {"ship(?:ped)?": entry}}
    path.write_bytes(marshal.dumps(content))
    cache = PatternCache(path)
    assert cache.compile("ship(?:ped)?", 2).search("Shipped") and cache.hits == 0


def test_a_file_written_by_another_python_is_never_read(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "regex.marshal"
    first = PatternCache(path)
    first.compile(r"deploy(?:ed|s)?", 2)
    first.save()
    same = PatternCache(path)
    same.compile(r"deploy(?:ed|s)?", 2)
    assert same.hits == 1
    content = marshal.loads(path.read_bytes())
    assert content["python"] == sys.version
    content["python"] = "3.99.0 (another build)"
    path.write_bytes(marshal.dumps(content))
    other = PatternCache(path)
    other.compile(r"deploy(?:ed|s)?", 2)
    assert other.hits == 0


def test_the_file_is_named_after_the_exact_python() -> None:
    from prodgap.regex_cache import cache_file

    assert f"{sys.hexversion:08x}" in cache_file().name


def test_the_next_process_builds_the_rules_from_the_file(tmp_path: Path) -> None:
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(tmp_path)}
    code = "import prodgap.label; from prodgap.regex_cache import PATTERNS;print(PATTERNS.hits)"
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    assert int(first.stdout) == 0 and int(second.stdout) >= len(PATTERNS)
    off = subprocess.run(
        run, env={**env, "PRODGAP_REGEX_CACHE": "0"}, capture_output=True, text=True, check=True
    )
    assert int(off.stdout) == 0
