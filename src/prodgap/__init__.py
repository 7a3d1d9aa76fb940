"""prodgap: audit a resume for the production gap.

>>> import prodgap
>>> report = prodgap.audit("resume.pdf")      # an AuditReport (pydantic)
>>> resume = prodgap.extract("resume.pdf")    # just the bullets, in sections and entries
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Arc",
    "AuditReport",
    "AuditedBullet",
    "Bullet",
    "ConfigError",
    "Entry",
    "InputError",
    "Judgement",
    "LLMError",
    "LimitExceeded",
    "OutputError",
    "ProdgapError",
    "Resume",
    "Rewrite",
    "Section",
    "Summary",
    "__version__",
    "audit",
    "check_faithful",
    "extract",
]

if TYPE_CHECKING:
    from prodgap.errors import (
        ConfigError,
        InputError,
        LimitExceeded,
        LLMError,
        OutputError,
        ProdgapError,
    )
    from prodgap.extraction import extract
    from prodgap.faithful import check_faithful
    from prodgap.models import (
        Arc,
        AuditedBullet,
        AuditReport,
        Bullet,
        Entry,
        Judgement,
        Resume,
        Rewrite,
        Section,
        Summary,
    )
    from prodgap.pipeline import audit

# Stage modules are named for the stage (pipeline, extraction), not for the function, so that
# `prodgap.audit` and `prodgap.extract` always mean the functions, never a submodule.
_HOMES = {
    "audit": "prodgap.pipeline",
    "extract": "prodgap.extraction",
    "check_faithful": "prodgap.faithful",
    **dict.fromkeys(
        ["ConfigError", "InputError", "LimitExceeded", "LLMError", "OutputError", "ProdgapError"],
        "prodgap.errors",
    ),
    **dict.fromkeys(
        [
            "Arc",
            "AuditReport",
            "AuditedBullet",
            "Bullet",
            "Entry",
            "Judgement",
            "Resume",
            "Rewrite",
            "Section",
            "Summary",
        ],
        "prodgap.models",
    ),
}


def __getattr__(name: str) -> Any:
    # Lazy re-exports keep `prodgap --version` and `import prodgap` cheap (no pdf engines loaded).
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'prodgap' has no attribute {name!r}")
