"""Sentences of a paragraph or a bullet, without breaking at abbreviations or initials."""

from __future__ import annotations

from prodgap.regex_cache import compile_pattern

FULL_WIDTH_STOPS = "。！？"
"""Chinese and Japanese sentence ends: a sentence after one follows with no space."""
SENTENCE_END = compile_pattern(rf"(?<=[.!?])[\"”’)]?\s+|(?<=[{FULL_WIDTH_STOPS}])")
ABBREVIATIONS = frozenset(
    "e.g. i.e. etc. inc. ltd. co. corp. dr. mr. mrs. ms. prof. vs. approx. no. st. jr. sr. "
    "dept. univ. fig. al. ca. resp. incl. esp. avg. est. z.b. bzw. ggf. p.ex. ex. sra. "
    "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split()
)
_INITIALS = compile_pattern(r"(?:[A-Za-z]\.)+")
_ITEM_NUMBER = compile_pattern(r"\(?\d{1,2}[.)]")
# "... using OpenCV in C. Optimised ...": one letter after these words names a language (C,
# R), and its full stop ends the sentence; after any other word it is an initial.
LANGUAGE_BEFORE = frozenset("in using into".split())


def sentences(text: str) -> list[str]:
    """The text's sentences, each with its closing punctuation. A full stop after an
    abbreviation ("e.g.", "Inc.", "Prof.", "Mar.") or initials ("U.S.") ends none, nor one
    followed by a lower-case word."""
    found, start = [], 0
    for match in SENTENCE_END.finditer(text):
        # After "。" the match is empty, and a space may still come before the next sentence.
        following = text[match.end() : match.end() + 3].lstrip().lstrip('"“‘([')
        if not following or not (
            following[0].isupper() or following[0].isdigit() or not following[0].isascii()
        ):
            continue
        words = text[start : match.start()].split()
        if len(words) == 1 and _ITEM_NUMBER.fullmatch(words[0]):
            continue  # "2. Added ...": an item's number, not a sentence
        last = words[-1].lower() if words else ""
        if last in ABBREVIATIONS or (_INITIALS.fullmatch(last) and len(last) <= 4):
            if not _names_a_language(words):
                continue
        found.append(text[start : match.end()].strip())
        start = match.end()
    found.append(text[start:].strip())
    return [s for s in found if s]


def _names_a_language(words: list[str]) -> bool:
    return len(words) >= 2 and len(words[-1]) == 2 and words[-2] in LANGUAGE_BEFORE
