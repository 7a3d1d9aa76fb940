"""A cohort through the OpenAI Batch API (``--llm-batch``): half the price, answers within 24 h.

``submit_batch`` audits the cohort as usual (prodgap.cohort), but the LLM answers only from the
answer cache: each report is written at once, its other bullets answered by the rules and marked
as waiting. The requests an ordinary run would send for those bullets (prodgap.llm's, built from
the privacy boundary's items) go into one JSONL, which is uploaded as one batch; the batch's id
and which request carries which bullet are kept in the output folder. ``batch_status`` says where
the batch is. ``collect_batch`` downloads its answers, checks each as a chat reply is checked,
puts them in the answer cache, and audits the waiting resumes again from the cache alone: their
reports and the overview are rewritten, and no request is sent twice.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from prodgap.cohort import Job, OnResult, Outcome, Settings, audit_cohort
from prodgap.errors import ConfigError, LLMError, OutputError
from prodgap.llm import (
    BATCH_ERRORS,
    MAX_RETRIES,
    BatchUsage,
    Deferred,
    batch_requests,
    store_batch_reply,
)
from prodgap.llm_cache import AnswerCache
from prodgap.models import CohortRow
from prodgap.output import write_report
from prodgap.pipeline import BATCH_WAITING
from prodgap.preflight import Limits
from prodgap.privacy import PayloadItem
from prodgap.prompts import PROMPT_VERSION
from prodgap.render import Format
from prodgap.settings import require_configured, resolve_model

STATE_NAME = ".prodgap-batch.json"
"""The output folder's record of its batch: ids, model, and which request carries which bullet."""
INPUT_NAME = ".prodgap-batch.jsonl"
"""The requests exactly as uploaded, kept beside the reports for anyone to look at."""
ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024
"""What one batch may hold (OpenAI's limits on a batch input file)."""
UPLOAD_TIMEOUT_SECONDS = 600.0
FINISHED = ("completed", "expired", "cancelled", "failed")
NOT_SENT = "not in the LLM batch (its file changed since?): run the --llm-batch audit again"
UNANSWERED = {
    "completed": "the batch returned no answer for this request",
    "expired": BATCH_ERRORS["batch_expired"],
    "cancelled": BATCH_ERRORS["batch_cancelled"],
}
"""Why a request the batch has no line for got no answer, by the batch's final status."""


# --- what the output folder keeps ---------------------------------------------------------


class _Stored(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class StoredJob(_Stored):
    """One input of the cohort, so that collect can audit it again."""

    path: str
    """The input's absolute path."""
    name: str
    """Its path relative to the cohort's folder, as the overview shows it."""
    report: str
    """Its report's path relative to the output folder."""


class StoredRequest(_Stored):
    """One request of the batch: the resume it belongs to and the bullets it carries."""

    report: str
    """The report of the resume whose bullets these are."""
    items: list[PayloadItem]
    """The request's items, exactly as sent (masked by the privacy boundary)."""
    keys: list[str]
    """Each item's answer-cache key."""


class BatchState(_Stored):
    """``.prodgap-batch.json``: one output folder's batch, from submit to collect."""

    prodgap_batch: Literal[1] = 1
    batch_id: str
    input_file_id: str
    model: str
    prompt_version: str
    submitted_at: str
    """When it was sent (UTC, ISO 8601)."""
    fmt: Format
    limits: dict[str, int | float]
    jobs: list[StoredJob]
    """Every input of the run, in order (the overview is rebuilt from all of them)."""
    requests: dict[str, StoredRequest]
    """By custom_id: opaque ("request-1"), so no file name reaches the provider."""
    collected_at: str | None = None
    collected: str | None = None
    """What collect found, in one line."""


def load_state(folder: Path) -> BatchState:
    """The folder's batch; a ConfigError when it has none."""
    path = folder / STATE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{folder}: no batch here; send one with `prodgap audit DIR -o {folder} --llm-batch`"
        ) from None
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return BatchState.model_validate_json(text)
    except ValidationError:
        raise OutputError(f"{path} is not a batch record this prodgap can read") from None


def _save_state(folder: Path, state: BatchState) -> None:
    write_report(state.model_dump_json(indent=1) + "\n", folder / STATE_NAME, force=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- how the cohort's workers meet the batch -------------------------------------------------


@dataclass(frozen=True)
class BatchPlan:
    """The LLM answers from the cache alone; a bullet the cache lacks waits for the batch
    (``reason``), or got no answer from it (``reasons``, by cache key)."""

    reason: str = BATCH_WAITING
    reasons: Mapping[str, str] = field(default_factory=dict)
    usage: Mapping[str, BatchUsage] = field(default_factory=dict)
    """Each report's share of the collected batch (requests, tokens), by report path."""

    def deferred(self, report: str | None) -> Deferred:
        """What llm_audit needs for one resume's report."""
        return Deferred(self.reason, self.reasons, self.usage.get(report or ""))


# --- submit ---------------------------------------------------------------------------------


@dataclass
class Submitted:
    """What ``submit_batch`` did."""

    rows: list[CohortRow]
    state: BatchState | None
    """None when the cache answered every bullet and no batch was needed."""
    bullets: int = 0
    """Bullets the batch carries."""

    def describe(self, folder: Path) -> str:
        """One line for the user."""
        if self.state is None:
            return "prodgap: the answer cache had every bullet; no batch was needed"
        return (
            f"prodgap: sent batch {self.state.batch_id}: {self.bullets} bullets in "
            f"{len(self.state.requests)} requests to {self.state.model}, answered within 24 h "
            f"at half the price; `prodgap batch status {folder}`, then "
            f"`prodgap batch collect {folder}`"
        )


def submit_batch(
    jobs: Sequence[Job],
    settings: Settings,
    *,
    output: Path,
    force: bool = False,
    workers: int = 1,
    on_start: Callable[[int, int], None] | None = None,
    on_result: OnResult | None = None,
    client: Any = None,
) -> Submitted:
    """Audit the cohort with the cache and the rules, then send what the cache lacks as one
    batch and keep its record in ``output``."""
    require_configured()
    _refuse_pending(output)
    model = resolve_model(settings.model)
    waiting: dict[str, list[tuple[PayloadItem, str]]] = {}

    def keep_waiting(index: int, job: Job, outcome: Outcome) -> None:
        if outcome.waiting and job.report is not None:
            waiting[job.report] = outcome.waiting
        if on_result is not None:
            on_result(index, job, outcome)

    rows = audit_cohort(
        jobs,
        replace(settings, backend="llm", model=model, batch=BatchPlan()),
        output=output,
        force=force,
        workers=workers,
        on_start=on_start,
        on_result=keep_waiting,
    )
    in_order = {j.report: waiting[j.report] for j in jobs if j.report in waiting}
    requests = _requests(model, in_order)
    if not requests:
        return Submitted(rows, None)
    data = _jsonl(requests)
    write_report(data, output / INPUT_NAME, force=True)
    batch = _send(client or _make_client(), data.encode("utf-8"))
    state = BatchState(
        batch_id=batch.id,
        input_file_id=batch.input_file_id,
        model=model,
        prompt_version=PROMPT_VERSION,
        submitted_at=_now(),
        fmt=settings.fmt,
        limits=asdict(settings.limits),
        jobs=[_stored(job) for job in jobs if job.report is not None],
        requests={custom_id: request for custom_id, (request, _) in requests.items()},
    )
    _save_state(output, state)
    bullets = sum(len(request.items) for request, _ in requests.values())
    return Submitted(rows, state, bullets)


def _refuse_pending(output: Path) -> None:
    """A folder holds one batch at a time: a new one would orphan the answers of the last."""
    try:
        state = load_state(output)
    except ConfigError:
        return
    if state.collected_at is None:
        raise ConfigError(
            f"{output} already has a batch waiting ({state.batch_id}, sent "
            f"{state.submitted_at}): run `prodgap batch collect {output}` first (or delete "
            f"{output / STATE_NAME} to abandon it)"
        )


def _requests(
    model: str, waiting: Mapping[str, list[tuple[PayloadItem, str]]]
) -> dict[str, tuple[StoredRequest, dict[str, Any]]]:
    """Each resume's waiting bullets (by report) as the requests a chat run would send, by
    custom_id; a bullet already asked (the same text under the same headings) is asked once."""
    asked: set[str] = set()
    requests: dict[str, tuple[StoredRequest, dict[str, Any]]] = {}
    for report, pending in waiting.items():
        keys: dict[str, str] = {}
        for item, key in pending:
            if key not in asked:
                keys[item.id] = key
                asked.add(key)
        items = [item for item, _ in pending if item.id in keys]
        for chunk, body in batch_requests(model, items):
            request = StoredRequest(report=report, items=chunk, keys=[keys[i.id] for i in chunk])
            requests[f"request-{len(requests) + 1}"] = (request, body)
    if len(requests) > MAX_REQUESTS:
        raise LLMError(
            f"{len(requests)} requests are more than one batch holds ({MAX_REQUESTS}); "
            "audit the folder in parts"
        )
    return requests


def _jsonl(requests: Mapping[str, tuple[StoredRequest, dict[str, Any]]]) -> str:
    """The batch input file: one request a line, in the Batch API's format."""
    lines = [
        json.dumps(
            {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body},
            ensure_ascii=False,
        )
        for custom_id, (_, body) in requests.items()
    ]
    data = "\n".join(lines) + "\n"
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise LLMError(
            f"the batch would be over {MAX_BYTES // 2**20} MB, more than one batch holds; "
            "audit the folder in parts"
        )
    return data


def _stored(job: Job) -> StoredJob:
    assert job.report is not None
    return StoredJob(path=os.path.abspath(job.path), name=job.name, report=job.report)


# --- talking to the Batch API ---------------------------------------------------------------


def _make_client() -> Any:
    from openai import OpenAI

    # Local OpenAI-compatible servers may need no key; their Batch API support varies.
    api_key = os.environ.get("OPENAI_API_KEY") or "not-needed"
    return OpenAI(api_key=api_key, max_retries=MAX_RETRIES, timeout=UPLOAD_TIMEOUT_SECONDS)


def _send(client: Any, data: bytes) -> Any:
    """Upload the requests and create the batch over them; the created batch."""
    import openai

    try:
        uploaded = client.files.create(
            file=("prodgap-batch.jsonl", data, "application/jsonl"), purpose="batch"
        )
        return client.batches.create(
            input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h"
        )
    except openai.APIError as exc:
        raise _failure(
            exc,
            "could not send the batch (the reports stay rules-only: run the "
            "same command again to send it)",
        ) from None


def _retrieve(client: Any, batch_id: str) -> Any:
    import openai

    try:
        return client.batches.retrieve(batch_id)
    except openai.APIError as exc:
        raise _failure(exc, f"could not look up batch {batch_id}") from None


def _download(client: Any, file_id: str | None) -> dict[str, dict[str, Any]]:
    """The lines of a batch's output or error file, by custom_id ({} when there is none)."""
    import openai

    if not file_id:
        return {}
    try:
        text = client.files.content(file_id).text
    except openai.APIError as exc:
        raise _failure(exc, f"could not download the batch's file {file_id}") from None
    lines: dict[str, dict[str, Any]] = {}
    for raw in text.splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue  # an unreadable line: its request counts as unanswered
        if isinstance(line, dict) and isinstance(line.get("custom_id"), str):
            lines[line["custom_id"]] = line
    return lines


def _failure(exc: Exception, doing: str) -> LLMError:
    """One line for a failed Batch API call (never the key, never the request's content)."""
    import openai

    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        why = f"the LLM API rejected the credentials (HTTP {exc.status_code}); check OPENAI_API_KEY"
    elif isinstance(exc, openai.NotFoundError):
        why = "the LLM API has no such batch or file, or no Batch API at all (HTTP 404)"
    elif isinstance(exc, openai.APITimeoutError):
        why = "the LLM API timed out"
    elif isinstance(exc, openai.APIConnectionError):
        why = "could not connect to the LLM API"
    elif isinstance(exc, openai.APIStatusError):
        why = f"the LLM API answered HTTP {exc.status_code}"
    else:
        why = f"the LLM API failed ({type(exc).__name__})"
    return LLMError(f"{doing}: {why}")


# --- status -----------------------------------------------------------------------------------


def batch_status(folder: Path, *, client: Any = None) -> str:
    """Where the folder's batch is, in one line."""
    state = load_state(folder)
    if state.collected_at is not None:
        return f"{state.batch_id}: collected {state.collected_at}: {state.collected}"
    require_configured()
    return _describe(_retrieve(client or _make_client(), state.batch_id), state, folder)


def _describe(batch: Any, state: BatchState, folder: Path) -> str:
    counts = batch.request_counts
    done = f"{counts.completed} of {counts.total} requests done" if counts else "no counts yet"
    failed = f", {counts.failed} failed" if counts and counts.failed else ""
    line = f"{batch.id} ({state.model}): {batch.status}, {done}{failed}; sent {state.submitted_at}"
    if batch.status in FINISHED:
        line += f"; run `prodgap batch collect {folder}`"
    return line


# --- collect ----------------------------------------------------------------------------------


@dataclass
class Collected:
    """What ``collect_batch`` did: nothing yet (``finished`` False), or the rows it rewrote."""

    line: str
    """What happened, in one line."""
    finished: bool = True
    rows: list[CohortRow] = field(default_factory=list)


def collect_batch(
    folder: Path,
    *,
    client: Any = None,
    workers: int = 1,
    on_start: Callable[[int, int], None] | None = None,
    on_result: OnResult | None = None,
) -> Collected:
    """Fetch the batch's answers into the cache and audit the waiting resumes again from it.
    Safe to run again: a collected batch is left as it is."""
    state = load_state(folder)
    if state.collected_at is not None:
        return Collected(
            f"{state.batch_id}: already collected {state.collected_at}: {state.collected}"
        )
    if state.prompt_version != PROMPT_VERSION:
        raise ConfigError(
            f"{state.batch_id} was sent with prompt version {state.prompt_version}, and this "
            f"prodgap's is {PROMPT_VERSION}: its answers cannot be used; audit the folder again"
        )
    require_configured()
    client = client or _make_client()
    batch = _retrieve(client, state.batch_id)
    if batch.status not in FINISHED:
        return Collected(_describe(batch, state, folder), finished=False)
    lines = _download(client, batch.output_file_id) | _download(client, batch.error_file_id)
    plan, answered = _store_answers(state, lines, _unanswered(batch))
    settings = Settings(state.fmt, "llm", state.model, True, _limits(state.limits), batch=plan)
    jobs = [Job(Path(j.path), j.name, j.report, folder / j.report) for j in state.jobs]
    rows = audit_cohort(
        jobs, settings, output=folder, workers=workers, on_start=on_start, on_result=on_result
    )
    summary = (
        f"{batch.status}: {answered} bullets answered, {len(plan.reasons)} fell back to the rules"
    )
    if plan.reasons and batch.status != "completed":
        summary += " (run the --llm-batch audit again to send those)"
    state.collected_at, state.collected = _now(), summary
    _save_state(folder, state)
    return Collected(f"{state.batch_id}: {summary}", rows=rows)


def _unanswered(batch: Any) -> str:
    """Why a request without a line in the batch's files has no answer."""
    if batch.status == "failed":
        errors = batch.errors.data if batch.errors and batch.errors.data else []
        detail = (errors[0].message or errors[0].code or "") if errors else ""
        return f"the batch failed: {detail[:160] or 'no reason given'}"
    return UNANSWERED.get(batch.status, UNANSWERED["completed"])


def _store_answers(
    state: BatchState, lines: Mapping[str, dict[str, Any]], missing: str
) -> tuple[BatchPlan, int]:
    """Check and cache every request's answers; the plan for auditing again, and how many
    bullets were answered."""
    cache = AnswerCache()
    reasons: dict[str, str] = {}
    usage: dict[str, BatchUsage] = {}
    answered = 0
    for custom_id, request in state.requests.items():
        items = list(zip(request.items, request.keys, strict=True))
        reply = store_batch_reply(items, lines.get(custom_id), missing=missing, cache=cache)
        answered += reply.answered
        reasons.update(reply.failed)
        share = usage.get(request.report) or BatchUsage(state.batch_id)
        usage[request.report] = replace(
            share,
            keys=share.keys | set(request.keys),
            requests=share.requests + 1,
            input_tokens=share.input_tokens + reply.input_tokens,
            output_tokens=share.output_tokens + reply.output_tokens,
        )
    return BatchPlan(reason=NOT_SENT, reasons=reasons, usage=usage), answered


def _limits(stored: Mapping[str, int | float]) -> Limits:
    defaults = asdict(Limits())
    return Limits(**{k: type(defaults[k])(v) for k, v in stored.items() if k in defaults})
