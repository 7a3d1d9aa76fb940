"""The package's public surface: what `import prodgap` promises."""

from __future__ import annotations

import subprocess
import sys

import prodgap


def test_every_name_in_all_resolves() -> None:
    for name in prodgap.__all__:
        assert getattr(prodgap, name) is not None, name


def test_audit_and_extract_are_functions_even_after_their_modules_load() -> None:
    import prodgap.extraction  # noqa: F401
    import prodgap.pipeline  # noqa: F401

    assert callable(prodgap.audit) and prodgap.audit.__name__ == "audit"
    assert callable(prodgap.extract) and prodgap.extract.__name__ == "extract"


def test_importing_prodgap_does_not_load_the_openai_sdk() -> None:
    code = "import prodgap, prodgap.pipeline, sys; print('openai' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
