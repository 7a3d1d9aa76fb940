"""Errors that prodgap shows to the user.

The library raises; only the CLI turns an error into a one-line message and an exit code
(set ``PRODGAP_DEBUG=1`` to see the traceback instead)::

    ProdgapError                 base: its message is shown to the user as is
    ├── InputError               the file cannot be read as a resume
    │   └── LimitExceeded        the file is over a size, page, time or archive limit
    ├── OutputError              the report cannot be written where asked
    ├── ConfigError              the command line or environment is wrong (e.g. no API key)
    └── LLMError                 the model or its API misbehaved beyond what fallbacks absorb
"""

from __future__ import annotations

from pathlib import Path


class ProdgapError(Exception):
    """An error whose message is displayed to the user."""

    exit_code = 1


class InputError(ProdgapError):
    """The input file cannot be read as a resume; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{Path(path).name}: {problem}")


class LimitExceeded(InputError):
    """The input is over one of the configured limits (size, pages, time, archive)."""


class OutputError(ProdgapError):
    """The report cannot be written (exists without --force, or the folder is not writable)."""


class ConfigError(ProdgapError):
    """The command line or environment is wrong, e.g. ``--backend llm`` without an API key."""

    exit_code = 2


class LLMError(ProdgapError):
    """The LLM backend failed in a way that fallbacks to the rules engine could not absorb."""
