"""audit() end to end with the LLM backend: the rules check the LLM, nothing private is sent.

The client here is bound to an in-memory transport (no network, no cassette): these tests are
about how audit() merges the LLM's answers with the rules, not about the wire format, which
tests/test_llm.py pins with cassettes.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from openai import AsyncOpenAI

import prodgap
from prodgap.pipeline import DISAGREEMENT_CONFIDENCE_CAP

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "hana_multipage.pdf"
Handler = Callable[[list[dict[str, Any]]], httpx2.Response]


def _bullets_sent(request: httpx2.Request) -> list[dict[str, Any]]:
    user = json.loads(request.content)["messages"][-1]["content"]
    return json.loads(user.split("<bullets>", 1)[1].rsplit("</bullets>", 1)[0])


def _answer_all(label: str) -> Handler:
    """A server that calls every bullet ``label`` and asks for no rewrite."""

    def answer(items: list[dict[str, Any]]) -> httpx2.Response:
        verdicts = [
            {"id": it["id"], "label": label, "confidence": 0.9, "rationale": "scripted",
             "arc": [], "rewrite": None, "questions": []}
            for it in items
        ]  # fmt: skip
        message = {"role": "assistant", "content": json.dumps({"bullets": verdicts})}
        body = {
            "id": "chatcmpl-test", "object": "chat.completion", "created": 0,
            "model": "gpt-4.1-mini",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
        }  # fmt: skip
        return httpx2.Response(200, json=body)

    return answer


def _always_500(_items: list[dict[str, Any]]) -> httpx2.Response:
    return httpx2.Response(500, json={"error": {"message": "boom", "type": "server_error"}})


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Handler], tuple[Any, list]]]:
    """A client bound to a scripted in-memory server, and the requests it received."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    clients: list[AsyncOpenAI] = []

    def make(handler: Handler) -> tuple[AsyncOpenAI, list[httpx2.Request]]:
        seen: list[httpx2.Request] = []

        def serve(request: httpx2.Request) -> httpx2.Response:
            seen.append(request)
            return handler(_bullets_sent(request))

        transport = httpx2.AsyncClient(transport=httpx2.MockTransport(serve))
        client = AsyncOpenAI(api_key="sk-test-not-a-real-key", max_retries=0, http_client=transport)
        clients.append(client)
        return client, seen

    yield make
    for client in clients:
        asyncio.run(client.close())


def test_llm_label_stands_but_a_disagreement_is_capped_and_shown(llm: Callable) -> None:
    client, _ = llm(_answer_all("trained_model"))
    report = prodgap.audit(SAMPLE, backend="llm", client=client, use_cache=False)
    rules = prodgap.audit(SAMPLE, backend="rules")

    assert report.run.backend == "llm" and report.run.requests <= 3
    assert all(b.label == "trained_model" and b.label_source == "llm" for b in report.bullets)
    pairs = list(zip(report.bullets, rules.bullets, strict=True))
    assert any(r.label != b.label for b, r in pairs), "the rules must disagree somewhere"
    for bullet, rule in pairs:
        if rule.label != bullet.label:
            assert bullet.rules_label == rule.label
            assert bullet.unsure and bullet.alternative_label == rule.label
            assert bullet.confidence is not None
            assert bullet.confidence <= DISAGREEMENT_CONFIDENCE_CAP
            assert bullet.evidence == rule.evidence  # the rules' evidence stays visible
        else:
            assert bullet.rules_label is None
    # Every trained_model bullet needs work, and with no LLM rewrite the rules write one.
    assert all(b.rewrite is not None and b.rewrite.source == "rules" for b in report.bullets)


def test_only_bullets_and_their_roles_are_sent(llm: Callable) -> None:
    client, seen = llm(_answer_all("other"))
    resume = prodgap.extract(SAMPLE)
    prodgap.audit(SAMPLE, backend="llm", client=client, use_cache=False)

    sent = "".join(r.content.decode() for r in seen)
    header = next(s for s in resume.sections if not s.heading).entries[0].heading
    emails = re.findall(r"[\w.+-]+@[\w-]+\.\w+", header)
    phones = re.findall(r"\(?\d{3}\)?[ -.]?555[ -.]?\d{4}", header)
    assert emails and phones, "the sample's header should carry contact details"
    for private in (*emails, *phones):
        assert private not in sent
    assert "sk-test-not-a-real-key" not in sent  # the key is a header, never in the body


def test_a_failing_server_falls_back_to_rules_bullet_by_bullet(llm: Callable) -> None:
    client, seen = llm(_always_500)
    report = prodgap.audit(SAMPLE, backend="llm", client=client, use_cache=False)
    rules = prodgap.audit(SAMPLE, backend="rules")

    assert seen, "the server was asked"
    assert [b.label for b in report.bullets] == [b.label for b in rules.bullets]
    assert all(b.label_source == "rules" and b.fallback for b in report.bullets)
    assert any("fell back" in w for w in report.warnings)
