"""Shared test setup: isolate every test from the user's environment and the network."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Collecting the tests imports prodgap, which keeps its compiled rule patterns in the cache
# dir (regex_cache.py): keep that out of the user's home too, in one folder reused by runs.
os.environ["PRODGAP_CACHE_DIR"] = str(Path(tempfile.gettempdir()) / "prodgap-test-cache")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No real key, no real endpoint, no shared cache: a test opts in to what it needs."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PRODGAP_MODEL", "PRODGAP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PRODGAP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, object]:
    """Cassettes replay only; the Authorization header never reaches a cassette."""
    return {
        "record_mode": "none",
        "filter_headers": ["authorization", "api-key", "openai-organization", "cookie"],
        "decode_compressed_response": True,
    }
