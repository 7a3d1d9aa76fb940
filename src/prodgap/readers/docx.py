"""Read a DOCX into paragraph lines: body order, tables (nested), text boxes, list numbering."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from prodgap.errors import InputError
from prodgap.models import HiddenReason, HiddenText
from prodgap.readers.boxes import (
    MC_FALLBACK,
    filled_areas,
    in_fallback,
    is_rgb,
    near_white,
    overlap,
    placed_boxes,
)
from prodgap.readers.lines import Line, ReadResult, clean_text, worth_reporting
from prodgap.regex_cache import compile_pattern
from prodgap.structure import is_section_name

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Containers whose children are read in order as if they were body content.
CONTAINERS = {f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}sdt", f"{W}sdtContent", f"{W}txbxContent"}
# Run content that is not text a reader sees (deleted revisions, field codes, drawings' copies).
SKIPPED = {f"{W}delText", f"{W}instrText", MC_FALLBACK, f"{W}txbxContent"}
# Run sizes are in half-points: below 4 (2 pt) nobody can read it.
TINY_HALF_POINTS = 4
HEADING_STYLE = compile_pattern(r"^(heading\s*(\d)|title|subtitle)$", re.I)


def read_docx(path: Path) -> ReadResult:
    """Read every paragraph a person sees, in order, with list and heading hints."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(path, f"not a valid DOCX file ({exc})") from None
    styles = _Styles(document)
    result = ReadResult(
        lines=[], engine="python-docx", authors=_authors(document), running=_running(document)
    )
    placed = _placed_paragraphs(document.element.body)
    for position, (paragraph, column, on_fill) in enumerate(placed):
        line, typed_headings = _line(paragraph, styles, position, result.hidden, on_fill)
        line = dataclasses.replace(line, column=column)
        if line.text:
            result.lines.extend(_broken_items(line, position, typed_headings))
    return result


BREAK = "\n"
"""A manual line break inside a paragraph (w:br), kept until the paragraph is read."""
MARKED_PIECE = compile_pattern(r"[-–—•·▪●◦*]\s|\d{1,2}[.)]\s")


def _broken_items(line: Line, position: int, typed_headings: frozenset[str]) -> list[Line]:
    """A paragraph whose manual line breaks start marked items ("- Built ...", "2) Ran ...")
    holds a list typed into one paragraph: each item is a line of its own; so is each block
    after an empty line (two breaks: "... gmail.com" / "" / "Career objective"), and each
    short bold line typed among plain ones (``typed_headings``, bold). Other breaks only wrap
    text: the block stays one line."""
    blocks = [block for block in BLANK_LINE.split(line.text) if block.strip()]
    lines = [piece for block in blocks for piece in _block_lines(block, line)]
    lines = [
        dataclasses.replace(piece, bold=True) if piece.text in typed_headings else piece
        for piece in lines
    ]
    step = 1 / max(len(lines), 1)
    return [
        dataclasses.replace(piece, top=position + n * step, bottom=position + (n + 1) * step)
        for n, piece in enumerate(lines)
    ]


BLANK_LINE = compile_pattern(r"\n[^\S\n]*\n\s*")


def _block_lines(block: str, line: Line) -> list[Line]:
    pieces = [piece.strip() for piece in block.split(BREAK)]
    pieces = [piece for piece in pieces if piece]
    marked = [MARKED_PIECE.match(piece) is not None for piece in pieces[1:]]
    if not any(marked) or sum(marked) < len(marked) / 2:
        return [dataclasses.replace(line, text=" ".join(pieces))]
    return [
        dataclasses.replace(line, text=piece, list_item=line.list_item or (n > 0 and marked[n - 1]))
        for n, piece in enumerate(pieces)
    ]


def _authors(document) -> list[str]:
    """The core properties' author and last editor, where set."""
    props = document.core_properties
    names = (props.author, props.last_modified_by)
    return list(dict.fromkeys(name.strip() for name in names if name and name.strip()))


def _running(document) -> list[str]:
    """The text of the page headers and footers (often the name and contact line in Word)."""
    texts: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            for paragraph in _paragraphs(part._element):
                pieces = (t for r in _runs(paragraph) for t in _run_text(r))
                text = clean_text("".join(pieces).replace(BREAK, " "))
                text = text.strip()
                if text:
                    texts[text] = None
    return list(texts)


Look = tuple[float, bool]
"""Font size in points (0 when unknown) and whether the text shows in capitals."""


class _Styles:
    """The document's styles, each worked out (following its basedOn chain) the first time a
    paragraph uses it: a template defines about 160 styles and a resume uses a few, and working
    them all out cost ~5 ms a file."""

    def __init__(self, document) -> None:
        root = document.styles.element
        # Styles are children of w:styles; walking all its descendants for them cost ~1 ms a file.
        self._elements = {style.get(f"{W}styleId"): style for style in root.findall(f"{W}style")}
        self._default = _run_look(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"), (0.0, False))
        self._own: dict[str | None, tuple[bool, int, str | None]] = {}
        self._lists: dict[str, tuple[bool, int]] = {}
        self._looks: dict[str, Look] = {}

    def list_and_heading(self, style_id: str) -> tuple[bool, int]:
        """(numbered list, heading level or 0) of a style; (False, 0) for one not defined."""
        if style_id not in self._elements:
            return False, 0
        if style_id not in self._lists:
            numbered, heading, parent = self._own_list(style_id)
            seen: set[str | None] = {style_id}
            while parent in self._elements and parent not in seen and not (numbered and heading):
                seen.add(parent)
                parent_numbered, parent_heading, next_parent = self._own_list(parent)
                numbered = numbered or parent_numbered
                heading = heading or parent_heading
                parent = next_parent
            self._lists[style_id] = (numbered, heading)
        return self._lists[style_id]

    def look(self, style_id: str) -> Look:
        """The size and capitals a style's text shows; the document's defaults for none.

        Headings in Word are often set apart only by size, colour or small capitals, not bold:
        the structure stage compares these looks as it compares font sizes in a PDF.
        """
        if style_id not in self._elements:
            style_id = ""  # what the style named "" shows, if one is, else the defaults
            if style_id not in self._elements:
                return self._default
        if style_id not in self._looks:
            chain, parent = [self._element_rpr(style_id)], self._based_on(style_id)
            while parent in self._elements and len(chain) < 20:
                chain.append(self._element_rpr(parent))
                parent = self._based_on(parent)
            look = self._default
            for rpr in reversed(chain):  # the base first, each style overriding it
                look = _run_look(rpr, look)
            self._looks[style_id] = look
        return self._looks[style_id]

    def _own_list(self, style_id: str | None) -> tuple[bool, int, str | None]:
        """A style's own list numbering and heading level, and the style it is based on."""
        if style_id not in self._own:
            style = self._elements[style_id]
            name = style.find(f"{W}name")
            numbered = style.find(f"{W}pPr/{W}numPr/{W}numId") is not None
            outline = _val(style.find(f"{W}pPr"), f"{W}outlineLvl")
            style_name = name.get(f"{W}val", "") if name is not None else ""
            match = HEADING_STYLE.match(style_name)
            heading = int(match.group(2) or 1) if match else 0
            if outline is not None and outline.isdigit() and int(outline) < 9:
                heading = heading or int(outline) + 1
            self._own[style_id] = (numbered, heading, self._based_on(style_id))
        return self._own[style_id]

    def _based_on(self, style_id: str | None) -> str | None:
        based = self._elements[style_id].find(f"{W}basedOn")
        return based.get(f"{W}val") if based is not None else None

    def _element_rpr(self, style_id: str | None):
        return self._elements[style_id].find(f"{W}rPr")


def _run_look(rpr, inherited: Look) -> Look:
    """A run's size and capitals where its properties set them, else what it inherits."""
    if rpr is None:
        return inherited
    size, caps = inherited
    half_points = _val(rpr, f"{W}sz") or ""
    if half_points.isdigit():
        size = int(half_points) / 2
    if rpr.find(f"{W}caps") is not None or rpr.find(f"{W}smallCaps") is not None:
        caps = _on(rpr, "caps") or _on(rpr, "smallCaps")
    return size, caps


def _paragraphs(container) -> Iterator:
    """Paragraphs in reading order, descending into tables and the text boxes they anchor."""
    for paragraph, _, _ in _placed_paragraphs(container):
        yield paragraph


def _placed_paragraphs(
    container, column: int = 0, on_fill: bool = False
) -> Iterator[tuple[object, int, bool]]:
    """Paragraphs in reading order, with their column (0 the main flow, 1 a sidebar) and
    whether they sit on a filled shape (where white text is what the reader sees)."""
    for child in container:
        if child.tag == f"{W}p":
            yield child, column, on_fill or _shaded(child, "pPr")
            fills = filled_areas(child)
            for box, box_column, placed in placed_boxes(list(_text_boxes(child))):
                filled = on_fill or any(overlap(placed, area) for area in fills)
                yield from _placed_paragraphs(box, column or box_column, filled)
        elif child.tag in CONTAINERS:
            yield from _placed_paragraphs(child, column, on_fill or _shaded(child, "tcPr"))


def _shaded(element, properties: str) -> bool:
    """A paragraph or table cell filled with a colour ("Experience" set white on a dark
    cell): white text on it is what the reader sees."""
    shading = element.find(f"{W}{properties}/{W}shd")
    if shading is None:
        return False
    fill = shading.get(f"{W}fill") or ""
    return is_rgb(fill) and not near_white(fill)


def _text_boxes(paragraph) -> Iterator:
    # A text box is stored twice (DrawingML and a VML fallback); read the first copy only.
    for box in paragraph.iter(f"{W}txbxContent"):
        if not in_fallback(box):
            yield box


def _line(
    paragraph,
    styles: _Styles,
    position: int,
    hidden: list[HiddenText],
    on_fill: bool = False,
) -> tuple[Line, frozenset[str]]:
    """The paragraph as one line (its manual breaks kept), and the short bold lines typed
    in it between breaks (see ``_TypedLine.heading``)."""
    ppr = paragraph.find(f"{W}pPr")
    style_id = _val(ppr, f"{W}pStyle")
    numbered, heading = styles.list_and_heading(style_id or "")
    num_id = _val(ppr, f"{W}numPr/{W}numId")
    if num_id is not None:
        numbered = num_id != "0"
    outline = _val(ppr, f"{W}outlineLvl")
    if outline is not None and outline.isdigit() and int(outline) < 9:
        heading = int(outline) + 1
    look = styles.look(style_id or "")
    typed, bold, (size, caps) = _text(paragraph, hidden, look, on_fill)
    # A list item keeps its bold lead-in line ("Windows containers" / "We moved ...").
    headings = [] if bold or numbered else [t.text() for t in typed if t.heading()]
    text = BREAK.join(
        f"{BREAK}{piece}{BREAK}{BREAK}" if piece in headings else piece
        for piece in (typed_line.text() for typed_line in typed)
    )
    text = clean_text(text).strip()
    if heading and (_is_sentence(text) or _ends_a_sentence(text)):
        heading = 0  # a heading style chosen for its look, on a sentence of the body
    line = Line(
        text=text,
        top=float(position),
        bottom=float(position + 1),
        size=size,
        caps=caps,
        bold=bold,
        list_item=numbered,
        heading=bool(heading) and not numbered,
        level=heading,
        wrapped=False,
    )
    return line, frozenset(clean_text(heading_line).strip() for heading_line in headings)


def _is_sentence(text: str) -> bool:
    """A full sentence: more words than any heading has, or a stop after six or more."""
    words = len(text.split())
    return words > SENTENCE_WORDS or (words >= 6 and text.endswith("."))


SENTENCE_WORDS = 12


def _ends_a_sentence(text: str) -> bool:
    """A full stop closes it ("TestNG." left over from the list item above): no section name
    ends with one."""
    return text.endswith(".") and not text.endswith("..") and not is_section_name(text[:-1])


def _val(ppr, path: str) -> str | None:
    node = ppr.find(path) if ppr is not None else None
    return node.get(f"{W}val") if node is not None else None


def _text(
    paragraph, hidden: list[HiddenText], style_look: Look, on_fill: bool = False
) -> tuple[list[_TypedLine], bool, Look]:
    """The paragraph's visible text (not its text boxes'), line by line as its manual breaks
    cut it; whether all of it is bold; and its look: the largest size of its text and whether
    all of it shows in capitals. On a filled shape, white text is seen."""
    lines = [_TypedLine()]  # the paragraph's lines, as its manual breaks (w:br) cut it
    bold_runs, runs = 0, 0
    size, caps = 0.0, True
    for run in _runs(paragraph):
        run_text = "".join(_run_text(run))
        rpr = run.find(f"{W}rPr")
        reason = _hidden_reason(rpr, on_fill)
        if reason:
            if worth_reporting(run_text):
                shown = clean_text(run_text.replace(BREAK, " ")).strip()
                hidden.append(HiddenText(text=shown, reason=reason))
            continue
        bold = _on(rpr, "b")
        if run_text.strip():
            runs += 1
            bold_runs += bold
            run_size, run_caps = _run_look(rpr, style_look)
            size, caps = max(size, run_size), caps and run_caps
        for n, part in enumerate(run_text.split(BREAK)):
            if n:
                lines.append(_TypedLine())
            lines[-1].add(part, bold)
    return lines, runs > 0 and bold_runs == runs, (size, runs > 0 and caps)


@dataclasses.dataclass
class _TypedLine:
    """One line of a paragraph between manual breaks, and whether all its text is bold."""

    parts: list[str] = dataclasses.field(default_factory=list)
    bold: bool = True

    def add(self, part: str, bold: bool) -> None:
        self.parts.append(part)
        if part.strip():
            self.bold = self.bold and bold

    def text(self) -> str:
        return "".join(self.parts)

    def heading(self) -> bool:
        """A short bold line among plain ones ("Career objective" between breaks): the
        heading of the lines below it, which stands apart from them as between empty lines."""
        text = self.text()
        return self.bold and bool(text.strip()) and len(text.split()) <= TYPED_HEADING_WORDS


TYPED_HEADING_WORDS = 6


def _on(rpr, tag: str) -> bool:
    node = rpr.find(f"{W}{tag}") if rpr is not None else None
    return node is not None and node.get(f"{W}val", "true") not in ("0", "false", "none")


def _hidden_reason(rpr, on_fill: bool = False) -> HiddenReason | None:
    """Why a run cannot be seen: hidden (w:vanish), white (unless shaded or on a filled
    shape), or too small to read."""
    if rpr is None:
        return None
    if _on(rpr, "vanish") or _on(rpr, "specVanish"):
        return "invisible_render"
    color = _val(rpr, f"{W}color") or ""
    if near_white(color) and rpr.find(f"{W}shd") is None and not on_fill:
        return "white_text"
    size = _val(rpr, f"{W}sz") or ""
    if size.isdigit() and int(size) < TINY_HALF_POINTS:
        return "tiny_font"
    return None


def _runs(element) -> Iterator:
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag not in SKIPPED and child.tag != f"{W}pPr":
            yield from _runs(child)


def _run_text(run) -> Iterator[str]:
    for child in run:
        if child.tag == f"{W}t":
            yield child.text or ""
        elif child.tag == f"{W}tab":
            yield "\t"
        elif child.tag in (f"{W}br", f"{W}cr"):
            yield BREAK
        elif child.tag == f"{W}noBreakHyphen":
            yield "-"
