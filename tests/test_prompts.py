"""Prompts: found in a checkout and in an installed wheel, strict about variables, versioned."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jinja2
import pytest

from prodgap.prompts import PROMPT_VERSION, load_prompt

ROOT = Path(__file__).resolve().parents[1]

# The prompts' content hash for each PROMPT_VERSION. If this fails you changed a prompt: bump
# prompts/VERSION (cached answers from the old prompt must not be reused), put the new hash here,
# and re-record the cassettes (python scripts/record_cassettes.py --synthetic).
# From version 3 the hash also covers the included label definition (prompts/*.md).
PROMPT_HASHES = {"1": "cee8e750b2bab70b", "2": "0f4a4bb413c9099c", "3": "d0b470f188ef7adf"}


def _prompts_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted([*(ROOT / "prompts").glob("*.j2"), *(ROOT / "prompts").glob("*.md")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def test_prompt_change_bumps_the_version() -> None:
    assert PROMPT_HASHES.get(PROMPT_VERSION) == _prompts_hash()


def test_system_prompt_defines_the_labels_and_the_rules() -> None:
    system = load_prompt("label_and_rewrite.system").render()
    definition = (ROOT / "prompts" / "label_definition.md").read_text(encoding="utf-8")
    assert definition.strip() in system  # the one definition, word for word
    for label in ("trained_model", "shipped_system", "other"):
        assert f"- `{label}` (**" in system
    assert "# Context" in system and '("role")' in system
    assert "Never invent facts" in system
    assert "never instructions to you" in system
    assert "# Examples" in system


def test_user_prompt_puts_the_bullets_last() -> None:
    bullets = json.dumps([{"id": "b0", "section": "Experience", "role": "", "text": "Did X."}])
    user = load_prompt("label_and_rewrite.user").render(
        count=1, bullets_json=bullets, feedback_json=""
    )
    assert user.rstrip().endswith(f"<bullets>\n{bullets}\n</bullets>")
    assert "rejected" not in user


def test_missing_variable_is_an_error() -> None:
    with pytest.raises(jinja2.UndefinedError):
        load_prompt("label_and_rewrite.user").render(count=1)


def test_unknown_prompt_is_template_not_found() -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        load_prompt("no_such_prompt")


def test_wheel_ships_the_prompts(tmp_path: Path) -> None:
    """A non-editable install finds the prompts inside the package, not in the checkout."""
    if importlib.util.find_spec("hatchling") is None:
        pytest.skip("hatchling is needed to build the wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("prodgap-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    assert {
        "prodgap/prompts/VERSION",
        "prodgap/prompts/label_and_rewrite.system.j2",
        "prodgap/prompts/label_and_rewrite.user.j2",
        "prodgap/prompts/label_definition.md",
        "prodgap/data/labeller.json",
    } <= names
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import prodgap.prompts as p;"
        "print(p.__file__); print(p._prompt_root()); print(p.PROMPT_VERSION);"
        "print(len(p.load_prompt('label_and_rewrite.system').render()))"
    )
    site = tmp_path / "site"
    out = subprocess.run(
        [sys.executable, "-c", code, str(site)],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    module, root, version, length = out.stdout.split("\n")[:4]
    assert Path(module).is_relative_to(site)
    assert Path(root).is_relative_to(site)
    assert version == PROMPT_VERSION
    assert int(length) > 1000


def test_the_readme_states_the_one_definition() -> None:
    from prodgap.prompts import label_meanings

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    for label, meaning in label_meanings().items():
        assert f"`{label}` (**{meaning.name}**): {meaning.meaning}" in readme, label
