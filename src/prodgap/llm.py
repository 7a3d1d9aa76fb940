"""The LLM backend: label and rewrite bullets with an OpenAI-compatible model, checked by the rules.

``llm_audit()`` builds the request items with the privacy boundary (``prodgap.privacy``: only
masked bullets with their section and role heading, or less, ever leave the machine), answers
cached items from disk, splits the rest into chunks and sends the chunks concurrently as
structured-output requests. Whatever goes wrong with a chunk (timeouts, 429s, 5xx,
refusals, truncated or invalid answers) sends its bullets back to the rules engine with the reason
recorded; only a rejected key or an unknown model raises ``LLMError``. Every LLM rewrite must pass
``check_faithful``: a failing one is retried once with the problems named, then dropped.

The openai SDK is imported inside functions: importing prodgap must stay cheap.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import json
import os
from collections.abc import Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from prodgap.errors import LLMError
from prodgap.llm_cache import AnswerCache, answer_key
from prodgap.models import (
    Arc,
    ArcPart,
    Bullet,
    Identity,
    Judgement,
    Label,
    PrivacySummary,
    Rewrite,
    Span,
)
from prodgap.pricing import estimate_cost
from prodgap.privacy import MASK_TOKEN, PayloadItem, build_payload, payload_json
from prodgap.prompts import PROMPT_VERSION, load_prompt
from prodgap.regex_cache import compile_pattern
from prodgap.settings import require_configured, resolve_model

CHUNK_SIZE = 20
"""Bullets per request: 40 bullets are two requests, plus one if rewrites need a retry."""
MAX_CONCURRENT_REQUESTS = 4
MAX_RETRIES = 2
"""The SDK's own retries of timeouts, connection errors, 429s and 5xx, per request."""
TIMEOUT_SECONDS = 120.0
MAX_OUTPUT_TOKENS = 12_000

# Reasoning models reject `temperature`.
_REASONING_MODEL = compile_pattern(r"^(gpt-5|o\d)")
_PLACEHOLDER = compile_pattern(r"\[([^\[\]]+)\]")
_MISSING = "the bullet was missing from the model's answer"
_HELD_BACK = "not sent to the LLM: it holds only contact or personal details"

T = TypeVar("T")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


# --- what the model must answer (strict JSON schema: no defaults, no dicts) -----------------


class ArcQuote(_Strict):
    """One part of the production arc that the bullet shows."""

    part: ArcPart
    """problem, system, broke or fix."""
    quote: str
    """Words copied exactly from the bullet that show this part."""


class BulletAnswer(_Strict):
    """The verdict on one bullet."""

    id: str
    """The bullet's id, exactly as given."""
    label: Label
    """trained_model, shipped_system or other."""
    confidence: float
    """0 to 1: how sure you are of the label."""
    rationale: str
    """One short sentence: why this label."""
    arc: list[ArcQuote]
    """The arc parts the bullet shows, each with its quote."""
    rewrite: str | None
    """The rewrite around the full arc, new facts only as [placeholders]; null if none needed."""
    questions: list[str]
    """One question per placeholder, to the candidate."""


class AuditAnswer(_Strict):
    """The verdicts on a batch of bullets."""

    bullets: list[BulletAnswer]
    """One verdict per bullet, each bullet exactly once."""


# --- what llm_audit returns ---------------------------------------------------------------


class LLMBulletResult(_Strict):
    """The LLM's contribution for one bullet."""

    judgement: Judgement | None = None
    """The LLM's judgement; None when this bullet fell back to the rules engine."""
    rewrite: Rewrite | None = None
    """An LLM rewrite that passed check_faithful; None means use the rules rewrite."""
    fallback: str | None = None
    """Why this bullet fell back to the rules engine, if it did."""
    dropped_rewrite: str | None = None
    """Why the LLM's rewrite was dropped, if it was."""


class LLMRun(_Strict):
    """The results of one llm_audit call, with what it cost."""

    results: list[LLMBulletResult]
    """One result per input bullet, in input order."""
    model: str
    """The model asked."""
    prompt_version: str
    """Version of the prompts used."""
    requests: int = 0
    """Requests sent (cache hits excluded; the SDK's own retries not counted)."""
    cache_hits: int = 0
    """Bullets answered from the disk cache."""
    input_tokens: int = 0
    """Prompt tokens reported by the API."""
    output_tokens: int = 0
    """Completion tokens reported by the API."""
    estimated_cost_usd: float | None = None
    """Estimated cost from the price table; None when the model is not in it."""
    sent: PrivacySummary = Field(default_factory=PrivacySummary)
    """What the requests of this run carried, in counts."""
    batch_id: str | None = None
    """The Batch API batch whose answers these are (its price is the batch price), if any."""


# --- configuration ------------------------------------------------------------------------


def _make_client() -> Any:
    from openai import AsyncOpenAI

    # Local OpenAI-compatible servers (Ollama, vLLM, llama.cpp) often need no key at all.
    api_key = os.environ.get("OPENAI_API_KEY") or "not-needed"
    return AsyncOpenAI(api_key=api_key, max_retries=MAX_RETRIES, timeout=TIMEOUT_SECONDS)


# --- the public function ------------------------------------------------------------------


@dataclass
class _Outcome:
    """What happened to one bullet: an answer (its rewrite already checked) or a fallback."""

    answer: BulletAnswer | None = None
    fallback: str | None = None
    dropped_rewrite: str | None = None


@dataclass
class _Tally:
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True)
class BatchUsage:
    """One resume's share of a collected Batch API batch: what its requests carried and cost."""

    batch_id: str
    keys: frozenset[str] = frozenset()
    """Cache keys of the bullets that this resume's requests carried."""
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class Deferred:
    """Send nothing and answer from the cache only, because the Batch API asks (--llm-batch).

    A bullet the cache lacks falls back to the rules with ``reasons[key]``, else ``reason``, and
    is listed in ``waiting`` (its request item and cache key) for a batch to ask."""

    reason: str
    reasons: Mapping[str, str] = field(default_factory=dict)
    usage: BatchUsage | None = None
    """This resume's share of the batch whose answers are in the cache, once collected."""
    waiting: list[tuple[PayloadItem, str]] = field(default_factory=list)


def llm_audit(
    bullets: list[Bullet],
    rules: list[Judgement],
    *,
    client: Any = None,
    model: str | None = None,
    use_cache: bool = True,
    identity: Identity | None = None,
    deferred: Deferred | None = None,
) -> LLMRun:
    """Label and rewrite the bullets with the LLM; one result per bullet, fallbacks recorded.

    ``identity`` (``Resume.identity``) lets the privacy boundary find the candidate's name;
    ``deferred`` answers from the cache alone and lists the rest for a batch."""
    if len(rules) != len(bullets):
        raise ValueError("llm_audit needs one rules judgement per bullet")
    if client is None and deferred is None:
        require_configured()
    model = resolve_model(model)
    cache = AnswerCache() if use_cache or deferred else None
    payload = build_payload(bullets, identity)
    items = {int(item.id[1:]): item for item in payload.items}
    # Keyed on what is sent (masked), so nothing personal is stored in the cache either.
    keys = {
        i: answer_key(model, PROMPT_VERSION, it.text, it.section, it.role)
        for i, it in items.items()
    }
    outcomes = {i: o for i, it in items.items() if cache and (o := _from_cache(cache, keys[i], it))}
    cached = set(outcomes)
    outcomes.update({i: _Outcome(fallback=_HELD_BACK) for i in payload.held_back})
    todo = {i: item for i, item in items.items() if i not in outcomes}
    tally = _Tally()
    if deferred is not None:
        for i, item in todo.items():
            deferred.waiting.append((item, keys[i]))
            outcomes[i] = _Outcome(fallback=deferred.reasons.get(keys[i], deferred.reason))
    elif todo:
        fresh = _run_sync(_audit_all(client, model, list(todo.values()), tally))
        if cache:
            for i, outcome in fresh.items():
                if outcome.answer is not None:
                    cache.put(keys[i], _to_cache(outcome))
        outcomes.update(fresh)
    sent = set(todo)
    usage = deferred.usage if deferred else None
    if usage is not None:  # the batch's answers are in the cache: they count as its, not hits
        sent = {i for i in items if keys[i] in usage.keys}
        tally = _Tally(usage.requests, usage.input_tokens, usage.output_tokens)
    results = [_result(b, items.get(i), rules[i], outcomes[i]) for i, b in enumerate(bullets)]
    return LLMRun(
        results=results,
        model=model,
        prompt_version=PROMPT_VERSION,
        requests=tally.requests,
        cache_hits=len(cached - sent),
        input_tokens=tally.input_tokens,
        output_tokens=tally.output_tokens,
        estimated_cost_usd=estimate_cost(
            model, tally.input_tokens, tally.output_tokens, batch=deferred is not None
        ),
        sent=payload.summary({items[i].id for i in sent}),
        batch_id=usage.batch_id if usage else None,
    )


def _run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """asyncio.run, also from code that already runs an event loop (e.g. a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


# --- cache ----------------------------------------------------------------------------------


def _to_cache(outcome: _Outcome) -> dict[str, Any]:
    assert outcome.answer is not None
    return {"answer": outcome.answer.model_dump(), "dropped_rewrite": outcome.dropped_rewrite}


def _from_cache(cache: AnswerCache, key: str, item: PayloadItem) -> _Outcome | None:
    value = cache.get(key)
    if value is None:
        return None
    try:
        answer = BulletAnswer.model_validate(value["answer"])
        outcome = _Outcome(answer=answer, dropped_rewrite=value["dropped_rewrite"])
    except (KeyError, ValidationError):
        return None
    # The faithfulness check may have grown stricter since this answer was cached.
    if answer.rewrite and (problems := _unfaithful(item.text, answer.rewrite)):
        return _drop_rewrite(
            outcome, f"the LLM's rewrite failed the faithfulness check: {problems}"
        )
    return outcome


# --- requests -------------------------------------------------------------------------------


class _ChunkFailure(Exception):
    """A request failed for all the bullets it carried."""

    def __init__(self, reason: str, *, retry: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


@dataclass
class _Asker:
    """Sends one chunk of bullets and returns, per bullet id, an answer or why there is none."""

    client: Any
    model: str
    semaphore: asyncio.Semaphore
    tally: _Tally

    async def ask(
        self, items: list[PayloadItem], feedback: list[dict[str, Any]] | None = None
    ) -> dict[str, BulletAnswer | str]:
        """One request for these bullets; an invalid-JSON answer is asked again once."""
        params = _params(self.model, _messages(items, feedback or []))
        for attempt in (1, 2):
            try:
                answers = await self._request(params)
            except _ChunkFailure as failure:
                if failure.retry and attempt == 1:
                    continue
                return {item.id: failure.reason for item in items}
            return _match(items, answers)
        raise AssertionError("unreachable")

    async def _request(self, params: dict[str, Any]) -> list[Any]:
        import openai

        async with self.semaphore:
            self.tally.requests += 1
            try:
                raw = await self.client.chat.completions.with_raw_response.parse(**params)
            except openai.APIError as exc:
                raise _ChunkFailure(_api_failure(exc, self.model)) from exc
        body = _json_or_none(raw.text)
        self._count_usage(body)
        return _answers(raw.parse, body)

    def _count_usage(self, body: Any) -> None:
        input_tokens, output_tokens = _usage(body)
        self.tally.input_tokens += input_tokens
        self.tally.output_tokens += output_tokens


@functools.cache
def _system_prompt() -> str:
    return load_prompt("label_and_rewrite.system").render()


def _messages(items: list[PayloadItem], feedback: list[dict[str, Any]]) -> list[dict[str, str]]:
    # The items come from the privacy boundary, exactly as they are sent; the feedback holds
    # only the model's own rewrites and problems found against the masked text.
    user = load_prompt("label_and_rewrite.user").render(
        count=len(items),
        bullets_json=payload_json([item.model_dump() for item in items]),
        feedback_json=payload_json(feedback) if feedback else "",
    )
    # The static system prompt goes first and the bullets last, so provider caching applies.
    return [{"role": "system", "content": _system_prompt()}, {"role": "user", "content": user}]


def _params(model: str, messages: list[dict[str, str]]) -> dict[str, Any]:
    """The chat-completion parameters of one request (the SDK turns AuditAnswer into the
    strict JSON schema it sends)."""
    params: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "response_format": AuditAnswer,
        "max_completion_tokens": MAX_OUTPUT_TOKENS,
    }
    if not _REASONING_MODEL.match(model):
        params["temperature"] = 0
    return params


def _usage(body: Any) -> tuple[int, int]:
    """(prompt tokens, completion tokens) of a chat-completion body; zeros when it has none."""
    usage = body.get("usage") if isinstance(body, dict) else None
    if not isinstance(usage, dict):
        return 0, 0
    return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _api_failure(exc: Exception, model: str) -> str:
    """Why a request failed, for the report; a wrong key or model is the user's to fix."""
    import openai

    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        raise LLMError(
            f"the LLM API rejected the credentials (HTTP {exc.status_code}); check OPENAI_API_KEY"
        ) from exc
    if isinstance(exc, openai.NotFoundError):
        raise LLMError(
            f"the LLM API does not know model {model!r} (HTTP 404); "
            "choose another with --model or PRODGAP_MODEL"
        ) from exc
    if isinstance(exc, openai.APITimeoutError):
        return "the LLM request timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect to the LLM API"
    if isinstance(exc, openai.APIStatusError):
        return f"the LLM API answered HTTP {exc.status_code}" + (
            " after retries" if exc.status_code == 429 or exc.status_code >= 500 else ""
        )
    return f"the LLM API failed ({type(exc).__name__})"


def _answers(parse: Callable[[], Any], body: Any) -> list[Any]:
    """The per-bullet answers of a reply, parsed by the SDK (``parse()``) or, failing that,
    salvaged from the body."""
    import openai

    try:
        completion = parse()
    except openai.LengthFinishReasonError as exc:
        raise _ChunkFailure("the model's answer was cut off at the output token limit") from exc
    except openai.ContentFilterFinishReasonError as exc:
        raise _ChunkFailure("the provider's content filter stopped the answer") from exc
    except (ValueError, IndexError):  # pydantic's ValidationError is a ValueError
        return _salvage(body)
    message = completion.choices[0].message
    if message.refusal:
        raise _ChunkFailure(f"the model refused: {message.refusal[:160]}")
    if message.parsed is None:
        raise _ChunkFailure("the model's answer was empty", retry=True)
    return list(message.parsed.bullets)


def _salvage(body: Any) -> list[Any]:
    """Raw answer items from a reply that did not validate as a whole (e.g. one bad label)."""
    try:
        content = body["choices"][0]["message"]["content"]
        items = json.loads(content)["bullets"]
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise _ChunkFailure("the model's answer was not valid JSON", retry=True) from exc
    if not isinstance(items, list):
        raise _ChunkFailure("the model's answer did not follow the schema", retry=True)
    return items


def _match(items: list[PayloadItem], answers: list[Any]) -> dict[str, BulletAnswer | str]:
    """Each asked bullet's validated answer, or why it has none (invalid, or missing)."""
    found: dict[str, BulletAnswer | str] = {}
    for item in answers:
        try:
            answer = BulletAnswer.model_validate(item)
        except ValidationError as exc:
            bullet_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(bullet_id, str):
                found.setdefault(bullet_id, _invalid(exc))
            continue
        found.setdefault(answer.id, answer)
    return {item.id: found.get(item.id, _MISSING) for item in items}


def _invalid(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"the model's answer was invalid at {where}: {error['msg']}"


# --- chunks and the faithfulness retry ------------------------------------------------------


async def _audit_all(
    client: Any, model: str, items: list[PayloadItem], tally: _Tally
) -> dict[int, _Outcome]:
    owned = client is None
    client = client or _make_client()
    try:
        asker = _Asker(client, model, asyncio.Semaphore(MAX_CONCURRENT_REQUESTS), tally)
        outcomes = await _first_pass(asker, items)
        failing = _failing_rewrites(items, outcomes)
        if failing:
            # One follow-up for the failing bullets of all chunks: 40 bullets cost at most 3.
            retry = [item for item in items if item.id in failing]
            outcomes.update(await _retry_rewrites(asker, retry, failing))
    finally:
        if owned:
            await client.close()
    return {int(bullet_id[1:]): outcome for bullet_id, outcome in outcomes.items()}


async def _gather(*coros: Coroutine[Any, Any, dict[str, T]]) -> dict[str, T]:
    """Run concurrently and merge; an error (e.g. LLMError) is raised once all have finished."""
    done = await asyncio.gather(*coros, return_exceptions=True)
    merged: dict[str, T] = {}
    for part in done:
        if isinstance(part, BaseException):
            raise part
        merged.update(part)
    return merged


def _chunks(items: list[T], size: int = CHUNK_SIZE) -> list[list[T]]:
    """Split into the fewest chunks of at most ``size``, balanced (41 -> 14, 14, 13)."""
    count = -(-len(items) // size)
    return [items[n::count] for n in range(count)] if count else []


async def _first_pass(asker: _Asker, items: list[PayloadItem]) -> dict[str, _Outcome]:
    replies = await _gather(*(asker.ask(chunk) for chunk in _chunks(items)))
    return {
        bullet_id: _Outcome(fallback=reply) if isinstance(reply, str) else _Outcome(answer=reply)
        for bullet_id, reply in replies.items()
    }


def _failing_rewrites(
    items: list[PayloadItem], outcomes: dict[str, _Outcome]
) -> dict[str, tuple[BulletAnswer, str]]:
    """The answers whose rewrite fails check_faithful against the text the model was sent
    (against the original, the problems would quote what was masked back to the model)."""
    failing = {}
    for item in items:
        answer = outcomes[item.id].answer
        if answer and answer.rewrite and (problems := _unfaithful(item.text, answer.rewrite)):
            failing[item.id] = (answer, problems)
    return failing


async def _retry_rewrites(
    asker: _Asker, items: list[PayloadItem], failing: dict[str, tuple[BulletAnswer, str]]
) -> dict[str, _Outcome]:
    """Ask once more for rewrites that failed the check, naming the problems; else drop them."""

    def feedback(chunk: list[PayloadItem]) -> list[dict[str, Any]]:
        return [
            {"id": i.id, "rejected_rewrite": failing[i.id][0].rewrite, "problems": failing[i.id][1]}
            for i in chunk
        ]

    # Follow-ups ask for rewrites only of bullets already read once, so they batch twice as many.
    chunks = _chunks(items, 2 * CHUNK_SIZE)
    replies = await _gather(*(asker.ask(chunk, feedback(chunk)) for chunk in chunks))
    outcomes = {}
    for item in items:
        answer, problems = failing[item.id]
        first = f"the LLM's rewrite added facts ({problems})"
        reply = replies[item.id]
        if isinstance(reply, str):
            reason = f"{first}; the retry failed: {reply}"
        elif not reply.rewrite:
            reason = f"{first}; the retry gave no rewrite"
        elif again := _unfaithful(item.text, reply.rewrite):
            reason = f"{first}, and again on retry ({again})"
        else:
            accepted = {"rewrite": reply.rewrite, "questions": reply.questions}
            outcomes[item.id] = _Outcome(answer=answer.model_copy(update=accepted))
            continue
        outcomes[item.id] = _drop_rewrite(_Outcome(answer=answer), reason)
    return outcomes


def _drop_rewrite(outcome: _Outcome, reason: str) -> _Outcome:
    assert outcome.answer is not None
    answer = outcome.answer.model_copy(update={"rewrite": None, "questions": []})
    return _Outcome(answer=answer, dropped_rewrite=reason)


def _unfaithful(original: str, rewrite: str) -> str:
    """The faithfulness problems of a rewrite, joined; "" when it passes."""
    from prodgap.faithful import check_faithful  # the rules' check, only needed on this path

    verdict = check_faithful(original, rewrite)
    if verdict.passed:
        return ""
    return "; ".join(str(p) for p in verdict.problems) or "it failed the faithfulness check"


# --- results --------------------------------------------------------------------------------


def _result(
    bullet: Bullet, item: PayloadItem | None, rules: Judgement, outcome: _Outcome
) -> LLMBulletResult:
    if item is not None and outcome.answer and outcome.answer.rewrite:
        if reason := _masked_rewrite(bullet.text, item.text, outcome.answer.rewrite):
            outcome = _drop_rewrite(outcome, reason)
    answer = outcome.answer
    if answer is None:
        return LLMBulletResult(fallback=outcome.fallback or _MISSING)
    judgement = Judgement(
        label=answer.label,
        confidence=min(max(answer.confidence, 0.0), 1.0),
        evidence=rules.evidence,
        arc=_arc(bullet.text, answer.arc),
        signals=rules.signals,
        source="llm",
        rationale=answer.rationale,
    )
    rewrite = None
    if answer.rewrite:
        rewrite = Rewrite(
            text=answer.rewrite,
            placeholders=_PLACEHOLDER.findall(answer.rewrite),
            questions=answer.questions,
            source="llm",
        )
    return LLMBulletResult(
        judgement=judgement, rewrite=rewrite, dropped_rewrite=outcome.dropped_rewrite
    )


def _masked_rewrite(original: str, sent: str, rewrite: str) -> str:
    """Why a rewrite of a masked bullet cannot be shown, or "".

    The model saw "[name]" where the name was: a mask token in its rewrite is not a question
    the candidate can answer, and putting the original back would show, as the model's, words
    it never saw. So such a rewrite gives way to the rules' rewrite, which is built locally from
    the original; so does one that drops what was masked (a link, a co-author's name).
    """
    if found := MASK_TOKEN.search(rewrite):
        return (
            f"the LLM's rewrite kept {found.group()}, a mask for personal details it was not "
            "shown; the rules' rewrite is shown instead"
        )
    if sent != original and (problems := _unfaithful(original, rewrite)):
        return f"the LLM's rewrite of the masked bullet fails against the original ({problems})"
    return ""


def _arc(text: str, quotes: list[ArcQuote]) -> Arc:
    """The arc parts whose quotes are really in the bullet; a quote not found is ignored."""
    spans: dict[str, Span] = {}
    lowered = text.lower()
    for quote in quotes:
        needle = quote.quote.strip()
        start = lowered.find(needle.lower()) if needle else -1
        if start >= 0 and quote.part not in spans:
            end = start + len(needle)
            spans[quote.part] = Span(start=start, end=end, text=text[start:end])
    return Arc(**spans)


# --- the Batch API ----------------------------------------------------------------------------

BATCH_ERRORS = {
    "batch_expired": "the batch expired before this request was answered",
    "batch_cancelled": "the batch was cancelled before this request was answered",
}
"""Why a request of a batch has no answer, by the error code its line carries."""


def batch_requests(
    model: str, items: list[PayloadItem]
) -> list[tuple[list[PayloadItem], dict[str, Any]]]:
    """The requests an ordinary run would send for these items, chunked the same way, each as
    its items and its JSON body exactly as the SDK sends it (the strict schema spelled out)."""
    from openai.lib._parsing import type_to_response_format_param

    requests = []
    for chunk in _chunks(items):
        body = _params(model, _messages(chunk, []))
        body["response_format"] = type_to_response_format_param(AuditAnswer)
        body["stream"] = False  # as parse() sends it
        requests.append((chunk, body))
    return requests


@dataclass
class BatchReply:
    """What one request of a batch gave: the answers it cached, and why the others have none."""

    answered: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    """Why each bullet without an answer has none, by cache key."""
    input_tokens: int = 0
    output_tokens: int = 0


def store_batch_reply(
    items: list[tuple[PayloadItem, str]],
    line: dict[str, Any] | None,
    *,
    missing: str,
    cache: AnswerCache | None = None,
) -> BatchReply:
    """Check one request's line of a batch's output as a chat reply is checked (the same
    parsing, per-bullet validation and faithfulness check) and cache its answers by the items'
    keys. ``line`` is None when the batch gave none for the request; ``missing`` says why.

    A rewrite that fails the check is dropped, not asked again: the batch's answers are final,
    and the rules' rewrite stands in."""
    cache = cache or AnswerCache()
    reply = BatchReply()
    asked = [item for item, _ in items]
    try:
        body = _batch_body(line, missing)
        reply.input_tokens, reply.output_tokens = _usage(body)
        replies = _match(asked, _answers(functools.partial(_parse_completion, body), body))
    except _ChunkFailure as failure:
        replies = {item.id: failure.reason for item in asked}
    outcomes = {
        bullet_id: _Outcome(fallback=r) if isinstance(r, str) else _Outcome(answer=r)
        for bullet_id, r in replies.items()
    }
    for bullet_id, (answer, problems) in _failing_rewrites(asked, outcomes).items():
        reason = f"the LLM's rewrite added facts ({problems}); a batch answer is not asked again"
        outcomes[bullet_id] = _drop_rewrite(_Outcome(answer=answer), reason)
    for item, key in items:
        outcome = outcomes[item.id]
        if outcome.answer is None:
            reply.failed[key] = outcome.fallback or _MISSING
        else:
            cache.put(key, _to_cache(outcome))
            reply.answered += 1
    return reply


def _batch_body(line: dict[str, Any] | None, missing: str) -> dict[str, Any]:
    """The chat-completion body in one line of a batch's output or error file."""
    if line is None:
        raise _ChunkFailure(missing)
    error = line.get("error")
    if error:
        code = error.get("code") if isinstance(error, dict) else None
        default = f"the batch could not run this request ({code or 'no reason given'})"
        raise _ChunkFailure(BATCH_ERRORS.get(code or "", default))
    response = line.get("response")
    response = response if isinstance(response, dict) else {}
    if response.get("status_code") != 200:
        raise _ChunkFailure(f"the LLM API answered HTTP {response.get('status_code')} in the batch")
    body = response.get("body")
    if not isinstance(body, dict):
        raise _ChunkFailure("the model's answer was not valid JSON")
    return body


def _parse_completion(body: dict[str, Any]) -> Any:
    """A batch's chat completion, parsed as the SDK parses a reply to ``parse()``."""
    from openai import omit
    from openai.lib._parsing import parse_chat_completion
    from openai.types.chat import ChatCompletion

    try:
        completion = ChatCompletion.construct(**body)
        return parse_chat_completion(
            response_format=AuditAnswer, input_tools=omit, chat_completion=completion
        )
    except (AttributeError, TypeError, KeyError) as exc:  # a body not shaped like a completion
        raise ValueError(str(exc)) from exc


# --- the label eval's judge ------------------------------------------------------------------


class LLMJudge:
    """``bullet -> Judgement`` with the LLM; a bullet that falls back gets the rules' judgement."""

    def __init__(self, *, client: Any = None, model: str | None = None, use_cache: bool = True):
        if client is None:
            require_configured()
        self.client = client
        self.model = resolve_model(model)
        self.use_cache = use_cache
        self.runs: list[LLMRun] = []  # kept for token and cost totals
        self._judged: dict[tuple[str, str, str, str | None], Judgement] = {}

    def prefetch(self, bullets: Iterable[Bullet]) -> None:
        """Judge many bullets in one batched run, so later calls are answered from memory."""
        from prodgap.label import label_bullets

        fresh = {_judge_key(b): b for b in bullets if _judge_key(b) not in self._judged}
        if not fresh:
            return
        new = list(fresh.values())
        rules = label_bullets(new)
        run = llm_audit(new, rules, client=self.client, model=self.model, use_cache=self.use_cache)
        self.runs.append(run)
        for key, rule, result in zip(fresh, rules, run.results, strict=True):
            self._judged[key] = result.judgement or rule

    def __call__(self, bullet: Bullet) -> Judgement:
        self.prefetch([bullet])
        return self._judged[_judge_key(bullet)]


def _judge_key(bullet: Bullet) -> tuple[str, str, str, str | None]:
    """What the LLM is shown of a bullet, so the same bullet in the same place is asked once."""
    return bullet.text, bullet.section, bullet.section_kind, bullet.entry


def make_judge(*, client: Any = None, model: str | None = None, use_cache: bool = True) -> LLMJudge:
    """A ``bullet -> Judgement`` callable for the label eval (``.prefetch(bullets)`` batches)."""
    return LLMJudge(client=client, model=model, use_cache=use_cache)
