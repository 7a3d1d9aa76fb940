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
from prodgap.regex_cache import PatternCache, lowered_for_gates

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
    entry = (2, 34, [1, 2, 3], 0, {}, (None,), ("ship",))  # nonsense code
    content = {"format": 3, "python": sys.version, "patterns": {"ship(?:ped)?": entry}}
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


def test_a_run_keeps_what_the_file_held_besides_what_it_used(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    rules = PatternCache(path, sources=lambda: "v1")
    for pattern, flags in PATTERNS[:3]:
        rules.compile(pattern, flags)
    rules.save()
    extract_only = PatternCache(path, sources=lambda: "v1")
    extract_only.compile(r"^\s*page \d+$", 2)  # none of the rules: a run that only extracts
    extract_only.save()
    both = PatternCache(path, sources=lambda: "v1")
    for pattern, flags in [*PATTERNS[:3], (r"^\s*page \d+$", 2)]:
        both.compile(pattern, flags)
    assert both.hits == 4 and both.misses == 0


def test_once_the_sources_change_only_the_patterns_used_go_back(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    before = PatternCache(path, sources=lambda: "v1")
    before.compile(r"deploy(?:ed|s)?", 2)  # a pattern the edited code no longer has
    before.save()
    after = PatternCache(path, sources=lambda: "v2")
    after.compile(r"deploy(?:ed|s)?|launch(?:ed)?", 2)
    after.save()
    later = PatternCache(path, sources=lambda: "v2")
    later.compile(r"deploy(?:ed|s)?", 2)
    later.compile(r"deploy(?:ed|s)?|launch(?:ed)?", 2)
    assert later.hits == 1 and later.misses == 1


def test_a_run_that_compiles_nothing_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    first = PatternCache(path, sources=lambda: "v1")
    first.compile(r"deploy(?:ed|s)?", 2)
    first.save()
    written = path.read_bytes()

    def sources() -> str:
        raise AssertionError("the sources are only looked at when the file is written")

    second = PatternCache(path, sources=sources)
    second.compile(r"deploy(?:ed|s)?", 2)
    second.save()
    assert second.hits == 1 and path.read_bytes() == written


def test_the_package_sources_change_with_its_code(tmp_path: Path) -> None:
    from prodgap.regex_cache import package_sources

    (tmp_path / "regex_cache.py").write_text("# one module\n")
    before = package_sources(tmp_path)
    assert package_sources(tmp_path) == before
    (tmp_path / "rules.py").write_text("RULES = ()\n")
    assert package_sources(tmp_path) != before


def _hits_and_misses(imports: str, env: dict[str, str]) -> tuple[int, int]:
    """Import modules in a fresh process: the patterns it built from the file, and compiled."""
    code = (
        f"import {imports}; from prodgap.regex_cache import PATTERNS as P; print(P.hits, P.misses)"
    )
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    hits, misses = map(int, run.stdout.split())
    return hits, misses


def test_the_next_process_builds_the_rules_from_the_file(tmp_path: Path) -> None:
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(tmp_path)}
    first = _hits_and_misses("prodgap.label", env)
    second = _hits_and_misses("prodgap.label", env)
    assert first[0] == 0 and second[0] >= len(PATTERNS) and second[1] == 0
    off = _hits_and_misses("prodgap.label", {**env, "PRODGAP_REGEX_CACHE": "0"})
    assert off[0] == 0


def test_every_module_gets_its_patterns_in_whatever_order_it_is_imported(tmp_path: Path) -> None:
    """The rules' run, then a run that only extracts (imported after the rules' patterns were
    all built, and needing none of them): the next process compiles nothing."""
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(tmp_path)}
    _hits_and_misses("prodgap.label", env)
    _hits_and_misses("prodgap.structure", env)
    hits, misses = _hits_and_misses("prodgap.label, prodgap.structure, prodgap.extraction", env)
    assert hits > len(PATTERNS) and misses == 0


def test_patterns_built_from_a_resume_never_reach_the_file(tmp_path: Path, monkeypatch) -> None:
    from prodgap import extract, regex_cache
    from prodgap.privacy import build_payload

    resume_file = tmp_path / "resume.md"
    resume_file.write_text(
        "# Dana Whitfield\n\ndana.whitfield@example.com\n\n## Experience\n\n"
        "### ML Engineer, Example Co\n\n"
        "- Shipped a ranking model to production with Dana Whitfield's team at 4k requests/s\n",
        encoding="utf-8",
    )
    cache = PatternCache(tmp_path / "regex.marshal")
    cache.compile(r"deploy(?:ed|s)?", 2)  # written, whatever this process has imported before
    monkeypatch.setattr(regex_cache, "PATTERNS", cache)
    resume = extract(resume_file)
    payload = build_payload(resume.bullets(), resume.identity)
    assert "[name]" in payload.to_json()  # the name was looked for, with patterns of its own
    cache.save()
    assert b"whitfield" not in (tmp_path / "regex.marshal").read_bytes().lower()


def test_a_gate_names_the_words_every_match_holds(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "regex.marshal")
    pattern = cache.compile(r"\b(?:deploy|launch)(?:ed|ing)?\b to (?:prod|production)", 2)
    assert cache.possible("We DEPLOYED it to PROD.")(pattern)
    # No " to prod" (the pattern's longest run of letters): no match is possible.
    assert not cache.possible("We deployed it to staging.")(pattern)
    assert pattern.search("We deployed it to staging.") is None


def test_a_gate_reads_short_character_classes_and_signs_with_no_case(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "regex.marshal")
    # "[45]" names its characters, "→" has no case: both can keep a text out.
    server_errors = cache.compile(r"(?:5xx|[45]\d\d)(?: errors?|s)", 2)
    assert cache.possible("Cut 503s by half")(server_errors)
    assert not cache.possible("Cut timeouts by half")(server_errors)
    arrow = cache.compile(r"\d+ ?(?:→|->) ?\d+", 2)
    assert cache.possible("p99 420 → 95 ms")(arrow)
    assert not cache.possible("p99 fell to 95 ms")(arrow)


def test_a_gate_never_promises_ascii_digits_for_a_digit_class(tmp_path: Path) -> None:
    # "\d" matches digits of every script: "0".."9" as its gate would keep "٥٠٣" out.
    cache = PatternCache(tmp_path / "regex.marshal")
    digits = cache.compile(r"\d\d\d", 2)
    assert digits.search("\u0665\u0660\u0663") is not None
    assert cache.possible("\u0665\u0660\u0663")(digits)


def test_a_pattern_compiled_after_the_first_bullet_joins_the_gates(tmp_path: Path) -> None:
    # Some modules compile their patterns on first use: the index grows, it is not rebuilt.
    cache = PatternCache(tmp_path / "regex.marshal")
    first = cache.compile(r"\bdeployed to production\b", 2)
    assert cache.possible("Deployed to production.")(first)
    index = cache._index
    later = cache.compile(r"\bon-call rota\b", 2)
    assert cache.possible("Joined the on-call rota.")(later)
    assert not cache.possible("Deployed to production.")(later)
    assert cache._index is index


def test_a_text_asked_again_after_new_gates_sees_them(tmp_path: Path) -> None:
    # Each text's gates are remembered for the stages that ask after the labeller: a pattern
    # compiled since must not be ruled out by what was remembered before it existed.
    cache = PatternCache(tmp_path / "regex.marshal")
    cache.compile(r"\bdeployed to production\b", 2)
    assert cache.possible("Joined the on-call rota.") is not None
    later = cache.compile(r"\bon-call rota\b", 2)
    assert cache.possible("Joined the on-call rota.")(later)


def test_letters_that_fold_to_ascii_ones_turn_the_gates_off() -> None:
    # Case-insensitive matching takes the Kelvin sign for "k"; lower() does not.
    assert lowered_for_gates("Cut latency to 5 \u212ams") is None
    assert lowered_for_gates("Cut latency to 5 ms") == "cut latency to 5 ms"


@pytest.mark.parametrize("fresh", [True, False], ids=["compiled", "from the file"])
def test_no_rule_pattern_that_matches_a_bullet_is_gated_out(tmp_path: Path, fresh: bool) -> None:
    """The gate is a promise: wherever a rule matches a gold bullet, it must let it through
    (bullets in upper case and with accents too)."""
    path = tmp_path / "regex.marshal"
    if not fresh:
        writer = PatternCache(path)
        for p, f in PATTERNS:
            writer.compile(p, f)
        writer.save()
    cache = PatternCache(path)
    compiled = [cache.compile(p, f) for p, f in PATTERNS]
    texts = TEXTS + [t.upper() for t in TEXTS[::7]] + ["Déployé en production à 99,9 %"]
    gated = 0
    for text in texts:
        could_match = cache.possible(text)
        for pattern in compiled:
            possible = could_match(pattern)
            assert possible or pattern.search(text) is None, (pattern.pattern[:60], text)
            gated += not possible
    assert gated > len(texts)  # and it does gate: most patterns cannot match most bullets
