"""Compose the pipeline: extract → label (rules, then LLM checked by rules) → rewrite → report."""

from __future__ import annotations

import functools
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from prodgap import __version__
from prodgap.extraction import extract
from prodgap.findings import assess, bullet_language
from prodgap.injection import looks_like_injection
from prodgap.kinds import classify_work, work_setting
from prodgap.label import label_bullets
from prodgap.models import (
    AuditedBullet,
    AuditReport,
    Bullet,
    Findings,
    HiddenText,
    Identity,
    Judgement,
    Label,
    Rewrite,
    RunInfo,
    Section,
)
from prodgap.preflight import Limits
from prodgap.rewrite import needs_work, shared_questions, suggest_rewrite
from prodgap.settings import llm_configured, require_configured
from prodgap.summary import hidden_text_warning, injection_warning, summarize

if TYPE_CHECKING:
    from collections.abc import Callable

    from prodgap.llm import Deferred, LLMBulletResult, LLMRun

BackendChoice = Literal["auto", "rules", "llm"]

# When the LLM and the rules disagree, the LLM's label stands but no more confidently than this.
DISAGREEMENT_CONFIDENCE_CAP = 0.5
READING_NOTICES = ("few_bullets", "garbled")
"""Findings that say the file may not have been read right."""

BATCH_WAITING = "waiting for the LLM batch (prodgap batch collect)"
"""The fallback of a bullet sent with --llm-batch, until the batch's answers are collected."""


def audit(
    path: str | Path,
    *,
    backend: BackendChoice = "auto",
    model: str | None = None,
    client: Any = None,
    use_cache: bool = True,
    limits: Limits | None = None,
    deferred: Deferred | None = None,
    prepare: Callable[[], object] | None = None,
) -> AuditReport:
    """Audit one resume file and return the report (``deferred``: the LLM's answers from the
    cache only, the rest left for a batch; ``prepare``: the caller's own loading, done while a
    worker reads the file, as the CLI compiles the HTML report's templates)."""
    started = time.perf_counter()
    path = Path(path)

    def meanwhile() -> None:
        _warm_up()
        if prepare is not None:
            prepare()

    resume = extract(path, limits=limits, meanwhile=meanwhile)
    bullets = resume.bullets()
    rules = label_bullets(bullets)
    llm_run = _run_llm(bullets, rules, backend, model, client, use_cache, resume.identity, deferred)
    llm_results = llm_run.results if llm_run else [None] * len(bullets)
    triples = list(zip(bullets, rules, llm_results, strict=True))
    judged = [_audit_bullet(b, r, lr) for b, r, lr in triples]
    findings = assess(judged, resume.sections, resume.pages)
    audited = [_advise(a, r, lr, findings) for a, (_, r, lr) in zip(judged, triples, strict=True)]
    return AuditReport(
        source=resume.source,
        file_type=resume.file_type,
        sections=[_outline(s) for s in resume.sections],
        bullets=audited,
        summary=summarize(audited, findings),
        hidden_text=resume.hidden_text,
        warnings=resume.warnings + _warnings(audited, resume.hidden_text, findings),
        findings=findings,
        shared_questions=shared_questions(audited),
        run=_run_info(path, llm_run, time.perf_counter() - started),
    )


@functools.cache
def _warm_up() -> None:
    """What a process's first labelling loads (the labeller's weights, its patterns), loaded
    while the reading worker reads: 10 to 15 ms of a one-resume run done on the second core.
    Once per process: after the first audit there is nothing left to load."""
    text = "Deployed the churn model behind the billing API."
    label_bullets([Bullet(text=text, section="Experience", order=0)])


def use_llm(backend: BackendChoice) -> bool:
    """Decide whether this run uses the LLM; ``llm`` without configuration is a ConfigError."""
    if backend == "rules":
        return False
    if backend == "llm":
        require_configured()
        return True
    return llm_configured()


def _run_llm(
    bullets: list[Bullet],
    rules: list[Judgement],
    backend: BackendChoice,
    model: str | None,
    client: Any,
    use_cache: bool,
    identity: Identity,
    deferred: Deferred | None,
) -> LLMRun | None:
    if not bullets or not use_llm(backend):
        return None
    from prodgap.llm import llm_audit

    return llm_audit(
        bullets,
        rules,
        client=client,
        model=model,
        use_cache=use_cache,
        identity=identity,
        deferred=deferred,
    )


def _audit_bullet(bullet: Bullet, rules: Judgement, llm: LLMBulletResult | None) -> AuditedBullet:
    """The bullet with its label, evidence, arc and what it is about; advice comes later, once
    the whole resume has been looked at."""
    judgement, rules_label = _final_judgement(rules, llm)
    return AuditedBullet(
        **bullet.model_dump(),
        label=judgement.label,
        confidence=judgement.confidence,
        label_source=judgement.source,
        evidence=rules.evidence,
        arc=judgement.arc,
        signals=rules.signals,
        rules_label=rules_label,
        unsure=judgement.unsure,
        alternative_label=judgement.alternative_label if judgement.unsure else None,
        context_prior=judgement.context_prior,
        fallback=llm.fallback if llm else None,
        rationale=judgement.rationale,
        needs_work=needs_work(judgement),
        injection_suspected=looks_like_injection(bullet.text),
        kind=classify_work(bullet.text, rules),
        setting=work_setting(
            bullet.text,
            rules,
            entry=bullet.entry,
            section=bullet.section,
            section_kind=bullet.section_kind,
        ),
    )


def _advise(
    bullet: AuditedBullet, rules: Judgement, llm: LLMBulletResult | None, findings: Findings
) -> AuditedBullet:
    """The bullet with its rewrite, or the reason it gets none: the rules write English only,
    and no resume that is not about software, data or ML work is given production advice."""
    language = bullet_language(bullet.text)
    not_english = language not in (None, "en") or (language is None and not findings.english)
    withheld = None
    if not findings.technical:
        withheld = "not software, data or ML work, so no production rewrite fits it"
    elif not_english and (llm is None or llm.rewrite is None):
        withheld = "not in English: prodgap's rules write English only"
    rewrite = None
    if bullet.needs_work and withheld is None:
        judgement = _final_judgement(rules, llm)[0]
        rewrite = _rewrite(bullet, judgement, rules, llm)
    return bullet.model_copy(
        update={
            "rewrite": rewrite,
            "not_english": not_english,
            "rewrite_withheld": withheld if bullet.needs_work else None,
        }
    )


def _final_judgement(
    rules: Judgement, llm: LLMBulletResult | None
) -> tuple[Judgement, Label | None]:
    """The LLM's label stands when it answered; a disagreement caps its confidence and makes
    the bullet unsure, with the rules' label as the other candidate."""
    if llm is None or llm.judgement is None:
        return rules, None
    answer = llm.judgement
    if answer.label == rules.label:
        return answer, None
    disagreement = {
        "confidence": min(answer.confidence, DISAGREEMENT_CONFIDENCE_CAP),
        "unsure": True,
        "alternative_label": rules.label,
    }
    return answer.model_copy(update=disagreement), rules.label


def _rewrite(
    bullet: AuditedBullet, judgement: Judgement, rules: Judgement, llm: LLMBulletResult | None
) -> Rewrite | None:
    """The LLM's rewrite if it passed the faithfulness check, else the deterministic one."""
    if llm is not None and llm.rewrite is not None:
        return llm.rewrite
    # The rules rewrite is built from the rules' spans, under the label that stands.
    rewrite = suggest_rewrite(
        bullet.text,
        rules.model_copy(update={"label": judgement.label}),
        kind=bullet.kind,
        setting=bullet.setting,
    )
    if rewrite is not None and llm is not None and llm.dropped_rewrite:
        rewrite = rewrite.model_copy(update={"dropped": llm.dropped_rewrite})
    return rewrite


def _outline(section: Section) -> Section:
    """The section without its bullets: the report carries them once, in ``bullets``."""
    entries = [e.model_copy(update={"bullets": []}) for e in section.entries]
    return section.model_copy(update={"entries": entries})


def _warnings(
    bullets: list[AuditedBullet], hidden: list[HiddenText], findings: Findings
) -> list[str]:
    # What may have gone wrong in reading the file is a warning too (printed on stderr), not
    # only a notice at the top of the report.
    notes = [n.message for n in findings.notices if n.kind in READING_NOTICES]
    if hidden:
        notes.append(hidden_text_warning(len(hidden)))
    injected = sum(b.injection_suspected for b in bullets)
    if injected:
        notes.append(injection_warning(injected))
    waiting = sum(b.fallback == BATCH_WAITING for b in bullets)
    if waiting:
        notes.append(
            f"{waiting} bullet(s) wait for the LLM batch: the rules answer them until "
            "`prodgap batch collect` fetches its answers"
        )
    fell_back = sum(b.fallback is not None for b in bullets) - waiting
    if fell_back:
        notes.append(f"{fell_back} bullet(s) fell back from the LLM to the rules engine")
    return notes


def _run_info(path: Path, llm_run: LLMRun | None, seconds: float) -> RunInfo:
    usage: dict[str, Any] = {}
    if llm_run is not None:
        usage = {
            "model": llm_run.model,
            "prompt_version": llm_run.prompt_version,
            "requests": llm_run.requests,
            "cache_hits": llm_run.cache_hits,
            "input_tokens": llm_run.input_tokens,
            "output_tokens": llm_run.output_tokens,
            "estimated_cost_usd": llm_run.estimated_cost_usd,
            "sent": llm_run.sent,
            "batch_id": llm_run.batch_id,
        }
    return RunInfo(
        prodgap_version=__version__,
        backend="llm" if llm_run is not None else "rules",
        seconds=round(seconds, 3),
        input_name=path.name,
        input_sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        **usage,
    )
