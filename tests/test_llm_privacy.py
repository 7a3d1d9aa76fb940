"""The LLM backend sends only what the privacy boundary lets out, and stores nothing more.

Requests go to an in-process scripted transport (no network, no cassette): these tests are
about what the requests, the retry feedback and the answer cache hold, and about rewrites of
masked bullets, which no cassette could provoke on demand.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai import AsyncOpenAI

from prodgap.llm import LLMRun, llm_audit
from prodgap.models import Bullet, Identity, Judgement
from test_llm import FAKE_KEY, MODEL, _answer, _bullets_sent, completion

NAME = "Oriane Castellanos"
EMAIL = "oriane.castellanos@example.com"
PHONE = "+44 20 7946 0958"
IDENTITY = Identity(header=[NAME, "Applied Scientist", f"{PHONE} | {EMAIL}"])
ROLE = "Applied Scientist | Verbatim Labs | 2021 – Present"
CO_AUTHORED = f"Co-wrote the evaluation harness with {NAME}'s team and cut review time by 40%."
TRAINED = "Trained a BERT ranker on 2M query pairs, reaching 0.44 NDCG."
CONTACT = f"{PHONE} | {EMAIL}"
BULLETS = [
    Bullet(text=CO_AUTHORED, section="Experience", entry=ROLE),
    Bullet(text=TRAINED, section="Experience", entry=f"{NAME} | {ROLE}"),
    Bullet(text=CONTACT, section="Experience", entry=ROLE),
]
PRIVATE = (NAME, NAME.split()[1], EMAIL, PHONE, "7946")

Rewriter = Callable[[dict[str, Any], bool], str | None]


def _rules(bullets: list[Bullet]) -> list[Judgement]:
    return [Judgement(label="other", confidence=0.5) for _ in bullets]


@pytest.fixture
def scripted() -> Iterator[Callable[[Rewriter], tuple[AsyncOpenAI, list[dict[str, Any]]]]]:
    """A client whose server answers every item with ``rewrite(item, retry)``; the request
    bodies it received are collected."""
    made: list[AsyncOpenAI] = []

    def make(rewrite: Rewriter) -> tuple[AsyncOpenAI, list[dict[str, Any]]]:
        seen: list[dict[str, Any]] = []

        def answer(request: httpx2.Request) -> httpx2.Response:
            body = json.loads(request.content)
            seen.append(body)
            retry = "<rejected>" in body["messages"][-1]["content"]
            answers = [
                {
                    "id": item["id"],
                    **_answer("trained_model", "Offline only.", {}, rewrite(item, retry)),
                }
                for item in _bullets_sent(body)
            ]
            return completion(body, answers)

        http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
        client = AsyncOpenAI(api_key=FAKE_KEY, max_retries=0, http_client=http)
        made.append(client)
        return client, seen

    yield make
    for client in made:
        asyncio.run(client.close())


def _audit(client: AsyncOpenAI, bullets: list[Bullet] = BULLETS) -> LLMRun:
    return llm_audit(bullets, _rules(bullets), client=client, model=MODEL, identity=IDENTITY)


def _no_private(text: str) -> None:
    for private in PRIVATE:
        assert private.casefold() not in text.casefold(), private


def test_requests_carry_masked_bullets_and_no_personal_heading(scripted: Any) -> None:
    client, seen = scripted(lambda item, retry: None)
    run = _audit(client)

    _no_private(json.dumps(seen, ensure_ascii=False))
    items = _bullets_sent(seen[0])
    assert [item["text"] for item in items] == [
        "Co-wrote the evaluation harness with [name]'s team and cut review time by 40%.",
        TRAINED,
    ]
    assert [item["role"] for item in items] == [ROLE, ""]
    # The contact line was never sent: the rules answer it, and the report says why.
    assert run.results[2].judgement is None
    assert "not sent to the LLM" in (run.results[2].fallback or "")
    assert run.sent.model_dump() == {
        "bullets_sent": 2,
        "role_headings_sent": 1,
        "bullets_held_back": 1,
        "headings_held_back": 1,
        "masked": {"name": 1},
    }


def test_the_answer_cache_holds_nothing_personal(scripted: Any, tmp_path: Path) -> None:
    client, seen = scripted(lambda item, retry: None)
    first = _audit(client)
    again = _audit(client)

    assert (len(seen), again.requests, again.cache_hits) == (1, 0, 2)
    assert [r.judgement for r in again.results] == [r.judgement for r in first.results]
    assert again.sent.bullets_sent == 0  # nothing left the machine the second time
    cached = list((tmp_path / "cache").rglob("*.json"))
    assert len(cached) == 2
    for path in cached:
        _no_private(path.read_text(encoding="utf-8"))


def test_a_rewrite_that_keeps_a_mask_token_gives_way_to_the_rules(scripted: Any) -> None:
    def rewrite(item: dict[str, Any], retry: bool) -> str:
        return item["text"] + " For [which team], moving [metric] from [before] to [after]."

    client, _ = scripted(rewrite)
    co_authored, trained, _contact = _audit(client).results

    assert co_authored.rewrite is None
    assert "[name]" in (co_authored.dropped_rewrite or "")
    assert co_authored.judgement is not None  # the label still stands
    assert trained.rewrite is not None and trained.dropped_rewrite is None


def test_a_rewrite_that_drops_a_masked_name_gives_way_to_the_rules(scripted: Any) -> None:
    """Faithful to what the model saw, but the original's name is gone from it."""

    def rewrite(item: dict[str, Any], retry: bool) -> str:
        if "[name]" in item["text"]:
            return "Co-wrote the evaluation harness and cut review time by 40% for [which team]."
        return item["text"] + " For [which team]."

    client, _ = scripted(rewrite)
    co_authored, trained, _contact = _audit(client).results

    assert co_authored.rewrite is None
    assert "fails against the original" in (co_authored.dropped_rewrite or "")
    assert trained.rewrite is not None  # nothing was masked in that one


def test_the_retry_feedback_quotes_nothing_that_was_masked(scripted: Any) -> None:
    """A rewrite that invents a number is sent back with its problems; checked against the
    original, they would name what was masked ("dropped name: ...")."""

    def rewrite(item: dict[str, Any], retry: bool) -> str:
        return "Co-wrote the harness [with whom] and cut review time by 40%." if retry else (
            "Co-wrote the harness and cut review time by 40% for 12 teams."
        )  # fmt: skip

    client, seen = scripted(rewrite)
    run = _audit(client, BULLETS[:1])

    assert len(seen) == 2 and "<rejected>" in seen[1]["messages"][-1]["content"]
    _no_private(json.dumps(seen, ensure_ascii=False))
    # The retried rewrite drops the co-author's name the model never saw: the rules' rewrite
    # is shown instead.
    assert run.results[0].rewrite is None
