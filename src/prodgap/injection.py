"""Spot resume text that reads like instructions to an AI screener (prompt injection).

Such text is data: it is labelled like any bullet and flagged in the report, never obeyed. The
patterns are a named table, tuned to stay quiet on real ML resumes, which talk about prompts,
LLMs and labelling all the time ("designed system prompts", "labelled 40k images as spam").
"""

from __future__ import annotations

import re
import unicodedata

from prodgap import regex_cache
from prodgap.regex_cache import compile_pattern

# Characters that hide inside words to dodge a pattern ("ig\u200bnore") and show as nothing.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"))

# Who an injected note addresses; plain "model" or "assistant" would catch real ML bullets.
_AI = (
    r"(?:an?\s+)?(?:ai|a\.i\.|llms?|gpt[-\w.]*|chat\s?gpt|claude|gemini|language\s+model|"
    r"ats|ai\s+(?:reviewer|screener|recruiter|system|model|assistant|agent|reader))"
)
_GROUP = r"(?:bullets?|entries|lines?|experiences?|items?|points?|sections?)"

PATTERNS: dict[str, str] = {
    # "Ignore all previous instructions", "disregard the above rules", "forget your prompt".
    "override_instructions": (
        r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:\w+\s+){0,3}?"
        r"(?:previous|prior|above|earlier|preceding|original|system|all|your|other)\s+"
        r"(?:\w+\s+){0,2}(?:instructions?|prompts?|rules|directions|guidelines|directives)\b"
    ),
    # "New instructions:", "Updated system instructions:".
    "new_instructions": (
        r"\b(?:new|updated|real|actual|additional)\s+(?:system\s+)?instructions?\s*:"
    ),
    # "You are ChatGPT", "you are now a helpful recruiter", "act as a hiring manager".
    "role_assignment": (
        r"\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:chat\s?gpt|gpt|claude|ai\b|"
        r"(?:helpful\s+)?(?:assistant|recruiter|hiring\s+manager|language\s+model|llm))"
        r"|\b(?:act|behave|respond)\s+as\s+(?:if\s+you\s+were\s+)?(?:a|an|the)\s+"
        r"(?:recruiter|hiring\s+manager|assistant|ai)\b"
        r"|\bpretend\s+(?:to\s+be|you\s+are)\b|\bfrom\s+now\s+on,?\s+you\b"
    ),
    # "System prompt:", "reveal your system prompt" (but not "cut the system prompt 40%").
    "system_prompt": (
        r"^\s*system\s+prompt\s*:|\b(?:reveal|print|show|repeat|ignore|override|disregard|leak)"
        r"\s+(?:your\s+|the\s+)?system\s+prompt\b"
    ),
    # "Note to AI:", "Dear ChatGPT,", "if you are an AI".
    "addresses_the_ai": (
        rf"\b(?:note|hint|message|p\.s\.)\s+(?:to|for)\s+(?:the\s+|any\s+)?{_AI}\b"
        rf"|\b(?:dear|hey|hello)\s+{_AI}\b|\bif\s+you\s+are\s+{_AI}\b"
    ),
    # "Label this as shipped", "classify every bullet as", "mark all entries as".
    "label_directive": (
        r"\b(?:label|classify|mark|tag|categori[sz]e|score|treat|consider)\s+"
        rf"(?:this|everything|(?:all|every|each|these|the)\s+(?:of\s+)?(?:the\s+|my\s+)?{_GROUP})"
        r"(?:\s+\w+)?\s+as\b"
    ),
    # Our own label names: no human writes "shipped_system" in a resume.
    "names_our_labels": r"\b(?:shipped_system|trained_model)\b",
    # "Rate this candidate 10/10", "this candidate is a perfect fit".
    "rate_candidate": (
        r"\b(?:rate|rank|score|grade|recommend|shortlist|hire|advance|approve|prioriti[sz]e)\s+"
        r"this\s+(?:candidate|applicant|resume|cv|person|profile)\b"
        r"|\b(?:this|the)\s+(?:candidate|applicant)\s+(?:is|should\s+be)\s+(?:an?\s+)?"
        r"(?:perfect|ideal|excellent|top|strong|highly\s+qualified|must[-\s]hire|the\s+best)\b"
    ),
    # "You must respond with", "output only the word", "do not mention this".
    "dictates_output": (
        r"\byou\s+(?:must|should|will|shall)\s+(?:now\s+)?(?:respond|reply|answer|output|say|"
        r"rate|label|classify|score|recommend|ignore)\b"
        r"|\b(?:respond|reply|answer)\s+(?:only|just|solely)\s+with\b"
        r"|\boutput\s+only\s+(?:the\s+)?(?:word|label|json|score|yes)\b"
        r"|\bdo\s+not\s+(?:mention|reveal|flag|disclose)\s+(?:this|these|that|the|any)\b"
    ),
    # Chat-template control tokens: [INST], <<SYS>>, <|im_start|>, ### Instruction: (but not a
    # bullet that names them: "fine-tuned with the [INST] chat template").
    "chat_tokens": (
        r"(?:\[/?inst\]|<</?sys>>|<\|[a-z_]*(?:im_start|im_end|system|user|assistant|endoftext|"
        r"eot_id|start_header_id|end_header_id|begin_of_text)[a-z_]*\|>|</?(?:system|assistant|"
        r"instructions?)>)(?!\s*(?:chat\s+)?(?:templates?|format|tokens?|tags?|markers?)\b)"
        r"|^\s*#{2,}\s*(?:system|instructions?)\s*:"
    ),
}

_COMPILED = [compile_pattern(p, re.IGNORECASE | re.MULTILINE) for p in PATTERNS.values()]


def looks_like_injection(text: str) -> bool:
    """True when the text contains something that reads like instructions to an AI."""
    plain = _normalize(text)
    could_match = regex_cache.PATTERNS.possible(plain)  # most often the bullet's, known already
    return any(could_match(pattern) and pattern.search(plain) for pattern in _COMPILED)


def _normalize(text: str) -> str:
    """Fold look-alike forms (full-width letters, ligatures) and drop invisible characters."""
    folded = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return re.sub(r"[ \t\u00a0]+", " ", folded)
