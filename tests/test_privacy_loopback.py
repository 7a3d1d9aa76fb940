"""The whole LLM path against a fake OpenAI-compatible server on 127.0.0.1.

``prodgap.audit`` and ``prodgap audit`` run as a user runs them (OPENAI_BASE_URL set, the SDK's
own HTTP client, the real worker process and cache), on resumes generated for fictional people
by every route that leaked personal details on real files. The server records every request
body; none may hold the person's name, email, phone number, address or profile.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import prodgap
from fixtures.privacy.people import ROUTES, Person
from prodgap.cli import app
from test_llm import _answer, _bullets_sent, completion


class _Capture(ThreadingHTTPServer):
    daemon_threads = True
    bodies: list[str]


class _ChatCompletions(BaseHTTPRequestHandler):
    """POST /v1/chat/completions: every item labelled trained_model with a placeholder rewrite."""

    server: _Capture

    def do_POST(self) -> None:  # noqa: N802 (the http.server name)
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        body = json.loads(raw)
        # Decoded and re-encoded, so an accented name is compared as text, not as \\u escapes.
        self.server.bodies.append(raw.decode("utf-8") + json.dumps(body, ensure_ascii=False))
        answers = [
            {"id": item["id"], **_answer("trained_model", "Offline only.", {}, None)}
            for item in _bullets_sent(body)
        ]
        reply = completion(body, answers).content
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Capture]:
    """The fake server, with prodgap configured to use it as a user would."""
    capture = _Capture(("127.0.0.1", 0), _ChatCompletions)
    capture.bodies = []
    thread = threading.Thread(target=capture.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{capture.server_port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    try:
        yield capture
    finally:
        capture.shutdown()
        capture.server_close()
        thread.join()


def _assert_nothing_private(bodies: list[str], person: Person) -> None:
    assert bodies, "no request reached the server"
    for body in bodies:
        lowered = body.casefold()
        for private in person.private_strings():
            assert private.casefold() not in lowered, private


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_library_audit_sends_nothing_personal(name: str, server: _Capture, tmp_path: Path) -> None:
    path, person = ROUTES[name](tmp_path / name)
    report = prodgap.audit(path, backend="llm")

    _assert_nothing_private(server.bodies, person)
    assert report.run.backend == "llm" and report.run.requests == len(server.bodies)
    assert report.run.sent is not None and report.run.sent.bullets_sent > 0
    assert any(b.label_source == "llm" for b in report.bullets)


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_cli_audit_sends_nothing_personal(name: str, server: _Capture, tmp_path: Path) -> None:
    path, person = ROUTES[name](tmp_path / name)
    out = tmp_path / "report.md"
    result = CliRunner().invoke(
        app, ["audit", str(path), "--backend", "llm", "--format", "md", "-o", str(out)]
    )

    assert result.exit_code == 0, result.output
    _assert_nothing_private(server.bodies, person)
    assert "- Sent to the LLM: " in out.read_text(encoding="utf-8")
    assert "(llm backend" in result.stderr
