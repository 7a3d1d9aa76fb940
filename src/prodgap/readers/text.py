"""Read pasted plain text or Markdown into lines: headings, list markers, indentation."""

from __future__ import annotations

from pathlib import Path

from prodgap.preflight import read_text as read_text_file
from prodgap.readers.lines import Line, ReadResult, clean_text
from prodgap.regex_cache import compile_pattern

MARKDOWN_HEADING = compile_pattern(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
LIST_MARKER = compile_pattern(r"^([-*+•‣◦▪–]|\d{1,2}[.)])\s+")
RULE = compile_pattern(r"^\s*([-*_=])(\s*\1){2,}\s*$")
SETEXT = compile_pattern(r"^\s*(=+|-+)\s*$")
# Inline Markdown a reader does not see: emphasis, code ticks, link targets.
INLINE = (
    (compile_pattern(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (compile_pattern(r"(\*\*|__)(.+?)\1"), r"\2"),
    (compile_pattern(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (compile_pattern(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (compile_pattern(r"`([^`]*)`"), r"\1"),
)


def read_text(path: Path, *, markdown: bool) -> ReadResult:
    """Read a .txt or .md resume; every non-blank line is a Line, indentation kept as x0."""
    raw_lines = read_text_file(path).splitlines()
    lines: list[Line] = []
    for number, raw in enumerate(raw_lines):
        if RULE.match(raw) and not (SETEXT.match(raw) and lines and lines[-1].top == number - 1):
            continue
        if SETEXT.match(raw) and lines and lines[-1].top == number - 1 and markdown:
            lines[-1].heading = True
            lines[-1].level = 1 if raw.strip()[0] == "=" else 2
            continue
        line = _line(raw, number, markdown)
        if line.text:
            lines.append(line)
    return ReadResult(lines=lines, engine="text")


def _line(raw: str, number: int, markdown: bool) -> Line:
    expanded = raw.expandtabs(4).rstrip()
    indent = len(expanded) - len(expanded.lstrip())
    text = expanded.strip()
    level = 0
    heading_match = MARKDOWN_HEADING.match(text) if markdown else None
    if heading_match:
        text, level = heading_match.group(2), len(heading_match.group(1))
    marker = LIST_MARKER.match(text)
    if marker:
        text = text[marker.end() :]
    if markdown:
        for pattern, replacement in INLINE:
            text = pattern.sub(replacement, text)
    return Line(
        text=clean_text(text).strip(),
        x0=float(indent),
        top=float(number),
        bottom=float(number + 1),
        heading=level > 0,
        level=level,
        list_item=marker is not None,
    )
