"""--llm-batch: a cohort through the OpenAI Batch API, end to end against a fake API on 127.0.0.1.

The fake implements the endpoints the openai SDK calls (upload a file, create and retrieve a
batch, download a file's content) and finishes a batch when the test says how: completed, with
some requests errored, expired part way, or failed. prodgap runs as a user runs it (the CLI,
OPENAI_BASE_URL set, the SDK's own HTTP client, the real answer cache); nothing reaches the
network.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai import AsyncOpenAI
from typer.testing import CliRunner

import prodgap
from fixtures.privacy.people import ROUTES
from prodgap.batch import INPUT_NAME, STATE_NAME, load_state
from prodgap.cli import app
from prodgap.llm import batch_requests, llm_audit
from prodgap.pipeline import BATCH_WAITING
from prodgap.pricing import estimate_cost
from prodgap.privacy import build_payload
from test_cohort import BULLETS, write_cohort
from test_llm import FAKE_KEY, MODEL, RESUME, _answer, _bullets_sent, _default, _rules, completion

runner = CliRunner()
UNFAITHFUL = "Served the fraud model to 9 million users behind a REST API at 2k QPS for [whom]."
"""An answer's rewrite with a fact the bullet does not have (9 million users)."""


# --- the fake Batch API ----------------------------------------------------------------------


def _label(text: str) -> dict[str, Any]:
    if text.startswith("Served"):
        return _answer("shipped_system", "A live service.", {}, UNFAITHFUL, ("For whom?",))
    if text.startswith("Mentored"):
        return _answer("other", "Mentoring.", {})
    if text.startswith(("Cut", "Built a streaming")):
        return _answer("shipped_system", "It ran in production.", {})
    return _answer("trained_model", "Offline results only.", {})


class BatchAPI(ThreadingHTTPServer):
    """Files and batches on 127.0.0.1. A created batch is ``in_progress`` until ``finish()``."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.calls: list[str] = []
        """"METHOD /path" of every request, in order."""

    @property
    def uploads(self) -> list[bytes]:
        return [data for name, data in self.files.items() if name.startswith("file-in-")]

    def lines(self, batch_id: str) -> list[dict[str, Any]]:
        """The requests of a batch, as uploaded."""
        data = self.files[self.batches[batch_id]["input_file_id"]]
        return [json.loads(line) for line in data.decode("utf-8").splitlines()]

    def finish(
        self,
        status: str = "completed",
        *,
        fails: Callable[[str], bool] = lambda custom_id: False,
        answered: int | None = None,
    ) -> dict[str, Any]:
        """Finish the latest batch: ``fails(custom_id)`` requests get HTTP 500; with
        ``answered``, only that many are answered and the rest expire; a ``failed`` batch
        answers nothing."""
        batch = list(self.batches.values())[-1]
        output, errors = [], []
        for n, line in enumerate(self.lines(batch["id"])):
            custom_id = line["custom_id"]
            if status == "failed":
                break
            if answered is not None and n >= answered:
                errors.append(_expired(custom_id))
            elif fails(custom_id):
                errors.append(_http_error(custom_id, 500))
            else:
                output.append(_answered(custom_id, line["body"]))
        batch["status"] = status
        total = len(self.lines(batch["id"]))
        batch["request_counts"] = {"total": total, "completed": len(output), "failed": len(errors)}
        if status == "failed":
            batch["errors"] = {
                "object": "list",
                "data": [{"code": "token_limit_exceeded", "message": "Enqueued token limit."}],
            }
        batch["output_file_id"] = self._keep("file-out-", output)
        batch["error_file_id"] = self._keep("file-err-", errors)
        return batch

    def _keep(self, prefix: str, lines: list[dict[str, Any]]) -> str | None:
        if not lines:
            return None
        file_id = f"{prefix}{len(self.files) + 1}"
        self.files[file_id] = "".join(json.dumps(line) + "\n" for line in lines).encode()
        return file_id


def _answered(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
    answers = [{"id": item["id"], **_label(item["text"])} for item in _bullets_sent(body)]
    reply = json.loads(completion(body, answers).content)
    response = {"status_code": 200, "request_id": f"req_{custom_id}", "body": reply}
    return {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response,
            "error": None}  # fmt: skip


def _http_error(custom_id: str, status: int) -> dict[str, Any]:
    error = {"message": "The server had an error.", "type": "server_error", "code": None}
    response = {"status_code": status, "request_id": f"req_{custom_id}", "body": {"error": error}}
    return {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response,
            "error": None}  # fmt: skip


def _expired(custom_id: str) -> dict[str, Any]:
    error = {"code": "batch_expired", "message": "The completion window expired."}
    return {"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": None,
            "error": error}  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    server: BatchAPI

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.server.calls.append(f"POST {self.path}")
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/v1/files":
            data = _multipart_file(self.headers["Content-Type"], body)
            file_id = f"file-in-{len(self.server.files) + 1}"
            self.server.files[file_id] = data
            self._json(200, {"id": file_id, "object": "file", "bytes": len(data),
                             "created_at": 1767225600, "filename": "upload.jsonl",
                             "purpose": "batch", "status": "processed"})  # fmt: skip
        elif self.path == "/v1/batches":
            asked = json.loads(body)
            batch_id = f"batch_{len(self.server.batches) + 1}"
            total = len(self.server.files[asked["input_file_id"]].splitlines())
            self.server.batches[batch_id] = {
                "id": batch_id, "object": "batch", "endpoint": asked["endpoint"],
                "input_file_id": asked["input_file_id"],
                "completion_window": asked["completion_window"], "status": "in_progress",
                "created_at": 1767225600, "errors": None, "output_file_id": None,
                "error_file_id": None,
                "request_counts": {"total": total, "completed": 0, "failed": 0},
            }  # fmt: skip
            self._json(200, self.server.batches[batch_id])
        else:
            self._json(404, {"error": {"message": "no such endpoint", "type": "invalid"}})

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.server.calls.append(f"GET {self.path}")
        if match := re.fullmatch(r"/v1/batches/(\w+)", self.path):
            batch = self.server.batches.get(match[1])
            if batch is not None:
                return self._json(200, batch)
        elif match := re.fullmatch(r"/v1/files/([\w-]+)/content", self.path):
            data = self.server.files.get(match[1])
            if data is not None:
                return self._send(200, data, "application/octet-stream")
        return self._json(404, {"error": {"message": "not found", "type": "invalid"}})

    def _json(self, status: int, value: Any) -> None:
        self._send(status, json.dumps(value).encode(), "application/json")

    def _send(self, status: int, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        return None


def _multipart_file(content_type: str, body: bytes) -> bytes:
    """The ``file`` part of a multipart/form-data upload."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    for part in message.iter_parts():  # type: ignore[attr-defined]
        if part.get_param("name", header="content-disposition") == "file":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload
    raise AssertionError("no file in the upload")


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[BatchAPI]:
    """The fake Batch API, with prodgap configured to use it as a user would."""
    server = BatchAPI()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- helpers ---------------------------------------------------------------------------------


def cli(*args: str | Path) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def submit(cohort: Path, out: Path, *options: str) -> Any:
    return cli("audit", cohort, "-o", out, "--format", "json", "--llm-batch", *options)


def reports(out: Path) -> dict[str, dict[str, Any]]:
    return {
        path.relative_to(out).as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(out.rglob("*.prodgap.json"))
    }


def rows(out: Path) -> list[dict[str, Any]]:
    text = (out / "summary.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def fallbacks(report: dict[str, Any]) -> list[str | None]:
    return [bullet["fallback"] for bullet in report["bullets"]]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def cohort(tmp_path: Path) -> Path:
    """Three fictional resumes, four bullets each."""
    folder = tmp_path / "cohort"
    write_cohort(folder, ["a.md", "b.md", "team/c.md"])
    return folder


# --- the whole round --------------------------------------------------------------------------


def test_a_completed_batch_fills_the_waiting_reports(
    api: BatchAPI, cohort: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    sent = submit(cohort, out)

    assert sent.exit_code == 0, sent.output
    assert api.calls == ["POST /v1/files", "POST /v1/batches"]  # no chat request, one batch
    batch = api.batches["batch_1"]
    assert (batch["endpoint"], batch["completion_window"]) == ("/v1/chat/completions", "24h")
    assert "sent batch batch_1: 12 bullets in 3 requests" in sent.stderr
    state = load_state(out)
    assert (state.batch_id, state.input_file_id, state.model) == ("batch_1", "file-in-1", MODEL)
    assert (out / INPUT_NAME).read_bytes() == api.uploads[0]
    assert {r.report for r in state.requests.values()} == set(reports(out))
    # Written at once, rules-only, each marked as waiting.
    for report in reports(out).values():
        assert fallbacks(report) == [BATCH_WAITING] * 4
        assert {b["label_source"] for b in report["bullets"]} == {"rules"}
        assert any("wait for the LLM batch" in w for w in report["warnings"])
    assert [r["llm_fallbacks"] for r in rows(out)] == [4, 4, 4]

    status = cli("batch", "status", out)
    assert status.exit_code == 0
    assert status.stdout.strip().startswith("batch_1 (gpt-4.1-mini): in_progress, 0 of 3")

    early = cli("batch", "collect", out)
    assert early.exit_code == 75 and "in_progress" in early.stderr
    assert all(fallbacks(r) == [BATCH_WAITING] * 4 for r in reports(out).values())

    api.finish("completed")
    assert "completed" in cli("batch", "status", out).stdout
    collected = cli("batch", "collect", out)

    assert collected.exit_code == 0, collected.output
    assert "batch_1: completed: 12 bullets answered, 0 fell back" in collected.stderr
    assert not [c for c in api.calls if "chat" in c]
    usage = _usage_by_report(api, state.requests)
    for name, report in reports(out).items():
        assert fallbacks(report) == [None] * 4
        assert {b["label_source"] for b in report["bullets"]} == {"llm"}
        run = report["run"]
        assert (run["batch_id"], run["requests"], run["cache_hits"]) == ("batch_1", 1, 0)
        assert (run["input_tokens"], run["output_tokens"]) == usage[name]
        full = estimate_cost(MODEL, *usage[name])
        assert full and run["estimated_cost_usd"] == pytest.approx(full / 2)
        assert run["sent"]["bullets_sent"] == 4
    assert [(r["backend"], r["model"], r["llm_fallbacks"]) for r in rows(out)] == [
        ("llm", MODEL, 0)
    ] * 3

    # The answers are in the cache: a later plain run costs nothing.
    again = cli("audit", cohort, "-o", out, "--format", "json")
    assert again.exit_code == 0 and "3 resume(s) unchanged" in again.stderr
    single = prodgap.audit(cohort / "a.md")
    assert (single.run.requests, single.run.cache_hits) == (0, 4)
    assert not [c for c in api.calls if "chat" in c]


def test_the_workers_hand_their_waiting_bullets_back(
    api: BatchAPI, cohort: Path, tmp_path: Path
) -> None:
    """In a real process the files are audited in forked workers, which hand the bullets the
    cache could not answer back to the process that sends the batch."""
    out = tmp_path / "reports"
    command = [sys.executable, "-m", "prodgap", "audit", str(cohort), "-o", str(out)]
    env = {**os.environ, "PRODGAP_CACHE_DIR": str(tmp_path / "cache")}

    sent = subprocess.run(
        [*command, "--llm-batch", "--jobs", "2"], capture_output=True, text=True, env=env
    )

    assert sent.returncode == 0, sent.stderr
    asked = [item["text"] for line in api.lines("batch_1") for item in _bullets_sent(line["body"])]
    assert sorted(asked) == sorted(BULLETS * 3)


def _usage_by_report(api: BatchAPI, requests: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """The tokens each report's requests used, from the batch's output file."""
    batch = api.batches["batch_1"]
    usage: dict[str, tuple[int, int]] = {}
    for line in api.files[batch["output_file_id"]].decode().splitlines():
        answer = json.loads(line)
        tokens = answer["response"]["body"]["usage"]
        report = requests[answer["custom_id"]].report
        before = usage.get(report, (0, 0))
        usage[report] = (
            before[0] + tokens["prompt_tokens"],
            before[1] + tokens["completion_tokens"],
        )
    return usage


def test_a_bullet_two_resumes_share_is_asked_once(api: BatchAPI, tmp_path: Path) -> None:
    folder, out = tmp_path / "cohort", tmp_path / "reports"
    (original,) = write_cohort(folder, ["a.md"])
    (folder / "copy.md").write_bytes(original.read_bytes())  # the same bullets under one role

    assert submit(folder, out).exit_code == 0
    api.finish("completed")
    assert cli("batch", "collect", out).exit_code == 0

    assert len(api.lines("batch_1")) == 1
    done = reports(out)
    assert all(fallbacks(report) == [None] * 4 for report in done.values())
    runs = {name: report["run"] for name, report in done.items()}
    assert (runs["a.prodgap.json"]["requests"], runs["a.prodgap.json"]["cache_hits"]) == (1, 0)
    assert (runs["copy.prodgap.json"]["requests"], runs["copy.prodgap.json"]["cache_hits"]) == (
        0,
        4,
    )


def test_errored_requests_and_unfaithful_rewrites_fall_back_with_their_reason(
    api: BatchAPI, cohort: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    state = load_state(out)
    api.finish("completed", fails=lambda custom_id: custom_id == "request-2")

    collected = cli("batch", "collect", out)

    assert collected.exit_code == 0, collected.output
    assert "8 bullets answered, 4 fell back" in collected.stderr
    failed = state.requests["request-2"].report
    for name, report in reports(out).items():
        if name == failed:
            assert fallbacks(report) == ["the LLM API answered HTTP 500 in the batch"] * 4
            assert {b["label_source"] for b in report["bullets"]} == {"rules"}
            assert any("4 bullet(s) fell back" in w for w in report["warnings"])
            continue
        assert fallbacks(report) == [None] * 4
        served = next(b for b in report["bullets"] if b["text"].startswith("Served"))
        # The answer's label stands; its rewrite invented a fact, so the rules' one is shown.
        assert served["label"] == "shipped_system" and served["label_source"] == "llm"
        assert served["rewrite"]["source"] == "rules"
        assert "9 million" in served["rewrite"]["dropped"]
        assert "a batch answer is not asked again" in served["rewrite"]["dropped"]
    assert sorted(r["llm_fallbacks"] for r in rows(out)) == [0, 0, 4]


def test_an_expired_batch_falls_back_and_the_next_batch_asks_only_the_rest(
    api: BatchAPI, cohort: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    api.finish("expired", answered=1)

    collected = cli("batch", "collect", out)

    assert collected.exit_code == 0, collected.output
    assert "expired: 4 bullets answered, 8 fell back" in collected.stderr
    assert "run the --llm-batch audit again" in collected.stderr
    expired = "the batch expired before this request was answered"
    assert sorted(fallbacks(r).count(expired) for r in reports(out).values()) == [0, 4, 4]
    status = cli("batch", "status", out)
    assert status.exit_code == 0 and "collected" in status.stdout

    again = submit(cohort, out)

    assert again.exit_code == 0, again.output
    assert "sent batch batch_2: 8 bullets in 2 requests" in again.stderr
    assert "1 resume(s) unchanged" in again.stderr  # the answered one is done
    resent = [item["text"] for line in api.lines("batch_2") for item in _bullets_sent(line["body"])]
    assert sorted(resent) == sorted(BULLETS * 2)


def test_a_failed_batch_leaves_every_bullet_to_the_rules(
    api: BatchAPI, cohort: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    api.finish("failed")

    collected = cli("batch", "collect", out)

    assert collected.exit_code == 0, collected.output
    reason = "the batch failed: Enqueued token limit."
    assert all(fallbacks(r) == [reason] * 4 for r in reports(out).values())
    assert not [c for c in api.calls if "/content" in c]  # a failed batch has no files


def test_collect_twice_changes_nothing(api: BatchAPI, cohort: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    api.finish("completed", fails=lambda custom_id: custom_id == "request-1")
    assert cli("batch", "collect", out).exit_code == 0
    before, calls = snapshot(out), len(api.calls)

    twice = cli("batch", "collect", out)

    assert twice.exit_code == 0, twice.output
    assert "batch_1: already collected" in twice.stderr
    assert snapshot(out) == before and len(api.calls) == calls


def test_an_interrupted_collect_can_be_run_again(
    api: BatchAPI, cohort: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers cached but reports not yet rewritten (the run was killed): the next collect
    finishes the job from the cache, and asks the provider for nothing new."""
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    api.finish("completed")
    import prodgap.batch

    def killed(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(prodgap.batch, "audit_cohort", killed)
        assert cli("batch", "collect", out).exit_code == 130
    assert load_state(out).collected_at is None

    again = cli("batch", "collect", out)

    assert again.exit_code == 0, again.output
    assert all(fallbacks(r) == [None] * 4 for r in reports(out).values())
    assert not [c for c in api.calls if "chat" in c]


# --- privacy: the uploaded file ---------------------------------------------------------------


def test_the_uploaded_file_holds_nothing_personal(api: BatchAPI, tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    people = [ROUTES[name](folder / name) for name in sorted(ROUTES)]

    sent = cli("audit", folder, "-o", tmp_path / "reports", "--llm-batch")

    assert sent.exit_code == 0, sent.output
    (upload,) = api.uploads
    text = upload.decode("utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    readable = text + json.dumps(lines, ensure_ascii=False)  # \\u escapes decoded
    for path, person in people:
        assert path.name not in readable and path.stem not in readable
        for private in person.private_strings():
            assert private.casefold() not in readable.casefold(), private
    assert all(re.fullmatch(r"request-\d+", line["custom_id"]) for line in lines)
    # The work itself is there, and every item is one the privacy boundary made for a file.
    assert "streaming feature pipeline on Kafka" in readable
    made = set()
    for path, _ in people:
        resume = prodgap.extract(path)
        items = build_payload(resume.bullets(), resume.identity).items
        made |= {(item.id, item.section, item.role, item.text) for item in items}
    sent_items = [item for line in lines for item in _bullets_sent(line["body"])]
    assert sent_items
    assert {(i["id"], i["section"], i["role"], i["text"]) for i in sent_items} <= made


def test_a_batch_request_is_the_request_a_chat_run_sends() -> None:
    seen: list[dict[str, Any]] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        seen.append(body)
        return completion(
            body, [{"id": i["id"], **_default(i["text"])} for i in _bullets_sent(body)]
        )

    client = AsyncOpenAI(
        api_key=FAKE_KEY, http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
    )
    try:
        llm_audit(RESUME, _rules(RESUME), client=client, model=MODEL, use_cache=False)
    finally:
        asyncio.run(client.close())

    ((items, body),) = batch_requests(MODEL, build_payload(RESUME).items)
    assert [item.id for item in items] == [f"b{i}" for i in range(len(RESUME))]
    assert body == seen[0]


# --- refusals, one line each ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["-o", "-"], "--llm-batch needs -o FOLDER"),
        (["--backend", "rules"], "cannot go with --backend rules"),
        (["--no-cache"], "drop --no-cache"),
    ],
)
def test_llm_batch_refuses_what_it_cannot_do(
    api: BatchAPI, cohort: Path, tmp_path: Path, options: list[str], message: str
) -> None:
    default = ["-o", str(tmp_path / "reports")] if "-o" not in options else []
    result = cli("audit", cohort, "--llm-batch", *default, *options)

    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not api.calls


def test_a_single_file_without_a_folder_is_refused(api: BatchAPI, cohort: Path) -> None:
    result = cli("audit", cohort / "a.md", "--llm-batch")
    assert result.exit_code == 2 and "--llm-batch needs -o FOLDER" in result.stderr


def test_llm_batch_needs_a_configured_llm(cohort: Path, tmp_path: Path) -> None:
    result = cli("audit", cohort, "-o", tmp_path / "reports", "--llm-batch")
    assert result.exit_code == 2 and "needs OPENAI_API_KEY" in result.stderr
    assert not (tmp_path / "reports" / "summary.jsonl").exists()


def test_a_waiting_batch_is_not_overwritten(api: BatchAPI, cohort: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    assert submit(cohort, out).exit_code == 0
    before = snapshot(out)

    again = submit(cohort, out, "--force")

    assert again.exit_code == 2 and "already has a batch waiting (batch_1" in again.stderr
    assert snapshot(out) == before and len(api.batches) == 1


def test_status_and_collect_without_a_batch(tmp_path: Path) -> None:
    for command in ("status", "collect"):
        result = cli("batch", command, tmp_path)
        assert result.exit_code == 2 and "no batch here" in result.stderr


def test_an_unreachable_api_leaves_rules_only_reports_and_no_batch(
    cohort: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = closed.server_port
    closed.server_close()
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setattr("prodgap.batch.MAX_RETRIES", 0)
    out = tmp_path / "reports"

    result = submit(cohort, out)

    assert result.exit_code == 1
    assert "could not send the batch" in result.stderr and "could not connect" in result.stderr
    assert FAKE_KEY not in result.output
    assert not (out / STATE_NAME).exists()
    assert all(fallbacks(r) == [BATCH_WAITING] * 4 for r in reports(out).values())


def test_the_footer_gives_the_batch_price() -> None:
    from prodgap.render import render
    from report_fixture import build_report

    report = build_report()
    run = report.run.model_copy(update={"batch_id": "batch_7", "estimated_cost_usd": 0.0021})
    text = render(report.model_copy(update={"run": run}), "md")

    assert "Estimated cost: $0.0021 at the Batch API price (half the table's)" in text
    assert "in Batch API batch batch\\_7" in text  # Markdown escapes the underscore
    assert estimate_cost(MODEL, 1_000_000, 1_000_000, batch=True) == pytest.approx(1.0)
