"""The parsed data files kept on disk: used only while they match, and never needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prodgap import json_cache
from prodgap.decide import MODEL_PATH
from prodgap.json_cache import cache_file, load_json


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PRODGAP_DATA_CACHE", raising=False)
    path = tmp_path / "weights.json"
    path.write_text(json.dumps({"w:deployed": [0.1, 0.9, -1.0], "bias": 2}), encoding="utf-8")
    return path


def _no_json(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("parsed the JSON again")

    monkeypatch.setattr(json_cache.json, "loads", refuse)


def test_a_second_load_reads_the_kept_content(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_json(data)
    assert cache_file(data).exists()
    _no_json(monkeypatch)
    assert load_json(data) == first == {"w:deployed": [0.1, 0.9, -1.0], "bias": 2}


def test_a_changed_file_is_parsed_again(data: Path) -> None:
    load_json(data)
    data.write_text(json.dumps({"bias": 3}), encoding="utf-8")
    assert load_json(data) == {"bias": 3}


def test_a_damaged_cache_falls_back_to_the_json(data: Path) -> None:
    load_json(data)
    cache_file(data).write_bytes(b"\x00not marshal")
    assert load_json(data)["bias"] == 2
    load_json(data)  # and the damaged file was replaced by a good one


def test_the_cache_can_be_turned_off(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRODGAP_DATA_CACHE", "0")
    assert load_json(data)["bias"] == 2
    assert not cache_file(data).exists()


def test_an_unwritable_cache_costs_only_time(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = data.parent / "blocked"
    blocker.write_text("a file where the cache dir would be", encoding="utf-8")
    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(blocker))
    assert load_json(data)["bias"] == 2


def test_the_labeller_file_reads_the_same_through_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(tmp_path / "cache"))
    parsed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert load_json(MODEL_PATH) == parsed
    assert load_json(MODEL_PATH) == parsed


def test_the_labeller_reads_the_same_weights_packed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run keeps only what it uses, packed (decide._runtime_part): every weight must survive.
    from prodgap import decide

    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(tmp_path / "cache"))
    parsed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    for _ in ("parsed and kept", "read back"):
        decide._model.cache_clear()
        model = decide._model()
        packed = model["linear"]["weights"]
        assert len(packed) == len(parsed["linear"]["weights"])
        for name, row in parsed["linear"]["weights"].items():
            assert list(packed[name]) == row
        assert packed.get("no such feature") is None and "no such feature" not in packed
        assert model["procedure"] == parsed["procedure"]
        assert model["linear"]["temperature"] == parsed["linear"]["temperature"]
    decide._model.cache_clear()
