"""Read a PDF into positioned lines with PDFium; pypdf is the fallback when PDFium cannot open it.

PDFium gives the page text in one call and its own line breaks; per line we ask for the text
rectangles (one per text object), and per rectangle for the style of one character. That keeps
the calls into PDFium proportional to runs of text, not to characters.

This is also where a PDF is judged: password, structure and page count come from PDFium as it
opens the file (in the bounded worker, see prodgap.guard). pypdf is imported only for the rare
file PDFium cannot open, to tell a corrupt file from one it can still read.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from prodgap.errors import InputError, LimitExceeded
from prodgap.models import HiddenReason, HiddenText
from prodgap.readers.columns import order_page
from prodgap.readers.lines import (
    SPACING_ACCENTS,
    UNSPACED_SCRIPT,
    WORDED,
    Line,
    ReadResult,
    accented,
    clean_text,
    most_common_size,
    unreadable,
    worth_reporting,
)
from prodgap.regex_cache import compile_pattern

if TYPE_CHECKING:
    from pypdf import PdfReader

Box = tuple[float, float, float, float]
"""A rectangle in PDF points: left, bottom, right, top."""

NO_TEXT = "has no text layer (scanned?); run OCR first, e.g. ocrmypdf"
UNREADABLE = (
    "its text layer is unreadable (the fonts map to no real letters); run OCR first, "
    "e.g. ocrmypdf --force-ocr"
)
MAX_PAGE_OBJECTS = 50_000
ENCRYPTED = "the PDF is password-protected; remove the password (print to PDF) and try again"
CORRUPT = "corrupt or truncated PDF (its structure cannot be read)"
# Below this effective size (points) text is unreadable: a known trick against screeners.
TINY_FONT = 2.0
# Fill colour components at or above this (0-255) read as white.
NEAR_WHITE = 235
# Render modes 3 (neither fill nor stroke) and 7 (clip only) draw nothing.
INVISIBLE_MODES = {3, 7}
SCAN_COVER = 0.6
"""An image covering this share of a page makes it a scan (with OCR text, if it has text)."""
OCR_SHARE = 0.8
"""On a scan, this share of the text drawn invisibly is an OCR layer, not hidden keywords."""
BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
FORCE_BOLD_FLAG = 1 << 18
# A gap wider than this many font sizes between two runs on one line splits them.
SPLIT_GAP_EM = 1.2
WORD_GAP_EM = 0.2
"""Two word runs this far apart (font sizes) with no space between them are two words: XeTeX
draws each word as a text object and leaves the space out, which PDFium does not always put
back ("forthe"). Letters inside a word sit under 0.2 apart; a space is about 0.25 to 0.35."""
LIGATURES = frozenset({"fi", "fl", "ff", "ffi", "ffl", "ft", "st"})
# A drawn bullet is a small, squarish shape.
SHAPE_MAX = 9.0
BACKDROP_MIN = 8.0
"""A filled area this big (points, each side) can sit behind a heading: a tab, a band."""
READABLE_UNDER_WHITE = 200
"""Fills darker than this (luma, 0-255) give white text a contrast of about 1.7:1 or more: a
mid-grey tab (luma 185) is a design; the keyword-stuffing box is near white (above 235)."""
SHAPE_MIN = 1.2
PAGE_NUMBER = compile_pattern(r"^(page\s*)?[-–]?\s*\d{1,3}\s*[-–]?(\s*(of|/)\s*\d{1,3})?$", re.I)
# Running headers and footers live within this distance (points) of the page's top or bottom.
RUNNING_MARGIN = 60.0
_PDF_LINE = compile_pattern(r"[^\r\n]+")
# The producers of TeX, which hyphenates words at line ends (word processors do not).
TEX_MADE = compile_pattern(r"tex\b|tex[-\s]?\d|xetex|luatex|pdftex|dvipdf|dvips|tectonic", re.I)


@dataclass(slots=True)
class _Run:
    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float
    bold: bool


def read_pdf(path: Path, max_pages: int | None = None) -> ReadResult:
    """Read a PDF's visible lines, in reading order, with hidden text set aside; an encrypted,
    corrupt or empty PDF, or one over ``max_pages``, is an InputError."""
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        # An empty user password (the usual "no copying" protection) opens without one.
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(path, ENCRYPTED) from None
        return _read_with_pypdf(path, f"could not open this PDF ({exc})", max_pages)
    try:
        _check_page_count(path, len(doc), max_pages)
        return _read_document(path, doc)
    finally:
        doc.close()


def _check_page_count(path: Path, count: int, max_pages: int | None) -> None:
    if count == 0:
        raise InputError(path, "the PDF has no pages")
    if max_pages is not None and count > max_pages:
        raise LimitExceeded(
            path, f"the PDF has {count} pages, over the {max_pages}-page limit (--max-pages)"
        )


def _read_document(path: Path, doc: pdfium.PdfDocument) -> ReadResult:
    count = len(doc)
    result = ReadResult(lines=[], engine="pypdfium2", pages=count)
    metadata = _metadata(doc)
    result.auto_hyphenation = bool(TEX_MADE.search(" ".join(metadata.values())))
    result.authors = [metadata["Author"]] if metadata.get("Author") else []
    any_text = False
    edges: dict[int, tuple[float, float]] = {}
    shaped: list[tuple[list[Line], list[Box], float]] = []
    scanned: list[int] = []
    for index in range(count):
        try:
            page = doc[index]
        except pdfium.PdfiumError:
            raise InputError(path, CORRUPT) from None  # e.g. a page tree that contains itself
        height = page.get_height()
        edges[index + 1] = (RUNNING_MARGIN, height - RUNNING_MARGIN)
        try:
            lines, shapes, hidden, had_text, ocr = _read_page(page, index + 1)
        finally:
            page.close()
        if ocr:
            scanned.append(index + 1)
        shaped.append((lines, shapes, height))
        result.lines.extend(lines)
        result.hidden.extend(hidden)
        any_text = any_text or had_text
    if not any_text:
        raise InputError(path, NO_TEXT)
    if unreadable([line.text for line in result.lines]):
        # Type 3 fonts with no Unicode map (Scribus, bitmap TeX fonts) give PDFium glyph
        # numbers; pypdf reads their glyph names ("/A", "/l"), when they name letters.
        return _read_with_pypdf(path, "read no letters in this PDF", None)
    if scanned:
        result.warnings.append(
            f"page(s) {', '.join(map(str, scanned))} are a scanned image with an OCR text layer: "
            "read from that layer, so check the bullets for OCR errors"
        )
    _mark_shape_bullets(shaped)
    result.lines = _drop_running_lines(result.lines, edges)
    _restore_line_end_hyphens(result.lines)
    return result


def _restore_line_end_hyphens(lines: list[Line]) -> None:
    """PDFium gives some hyphens at a line's end (Typst's hyphenation, a typed "cross-" that
    Chrome broke after) as U+0002: a hyphen again, which joining the wrap keeps or drops."""
    for line in lines:
        if line.text.endswith(LINE_END_HYPHEN_CODE):
            line.text = line.text[:-1] + "-"


LINE_END_HYPHEN_CODE = "\x02"


def _metadata(doc: pdfium.PdfDocument) -> dict[str, str]:
    """The document's metadata, as ``get_metadata_dict(skip_empty=True)`` gives it, but read
    into one reused buffer: pypdfium2 makes two calls and a buffer per key."""
    buffer = ctypes.create_string_buffer(1024)
    values = {}
    for key in pdfium.PdfDocument.METADATA_KEYS:
        name = key.encode("ascii") + b"\x00"
        size = pdfium_c.FPDF_GetMetaText(doc.raw, name, buffer, len(buffer))
        if size > len(buffer):
            buffer = ctypes.create_string_buffer(size)
            size = pdfium_c.FPDF_GetMetaText(doc.raw, name, buffer, size)
        value = buffer.raw[: max(size - 2, 0)].decode("utf-16-le")
        if value:
            values[key] = value
    return values


def _read_page(
    page: pdfium.PdfPage, number: int
) -> tuple[list[Line], list[Box], list[HiddenText], bool, bool]:
    """The page's lines in reading order, its small shapes, its hidden text, whether it had
    any text at all, and whether it is a scan read from its OCR text layer."""
    width, height = page.get_size()
    box = page.get_bbox()
    shapes, backgrounds, image_share = _shapes(page, width * height)
    textpage = page.get_textpage()
    try:
        text = _page_text(textpage)
        state = _Page(textpage.raw, text, box, backgrounds, number, [], {})
        segments = _page_segments(state, height)
        ocr = image_share >= SCAN_COVER and _mostly_invisible(segments, state.hidden)
        if ocr:
            # A scan with OCR text: the invisible text is the page's text, not a trick.
            state = _Page(textpage.raw, text, box, backgrounds, number, [], {}, ocr_layer=True)
            segments = _page_segments(state, height)
    finally:
        textpage.close()
    return order_page(segments, width), shapes, state.hidden, bool(text.strip()), ocr


def _page_segments(page: _Page, height: float) -> list[Line]:
    segments: list[Line] = []
    for match in _PDF_LINE.finditer(page.text):
        if not match.group().isspace():
            segments.extend(_segments(_line_runs(page, *match.span()), height, page.number))
    return segments


def _mostly_invisible(segments: list[Line], hidden: list[HiddenText]) -> bool:
    """Nearly all of the page's text is drawn invisibly, as OCR tools lay it over a scan
    (hidden-text tricks hide a few keywords under visible text)."""
    invisible = sum(len(h.text) for h in hidden if h.reason == "invisible_render")
    return invisible >= OCR_SHARE * (invisible + sum(len(s.text) for s in segments))


def _page_text(textpage: pdfium.PdfTextPage) -> str:
    count = textpage.count_chars()
    text = textpage.get_text_range()
    if len(text) != count:
        # Characters outside the BMP (emoji) are two PDFium chars but one str character, so
        # text and char indices would disagree: rebuild the text one char per index.
        get = pdfium_c.FPDFText_GetUnicode
        text = _one_per_index([get(textpage.raw, i) for i in range(count)])
    if _STRAY_ACCENT.search(text):
        text = _place_stray_accents(textpage.raw, text)
    return space_lone_returns(text)


def space_lone_returns(text: str) -> str:
    """Some generators put "\t\r" between the words of a line, which would cut it into one
    line per word: each is a word space, one character for one, so indices still match."""
    return _WORD_BREAK_CR.sub(lambda m: " " * len(m.group()), text)


_WORD_BREAK_CR = compile_pattern(r"\t?\r(?!\n)")


# Spacing accents, and the ASCII ones that only count when drawn over a letter.
_ACCENT_MARKS = SPACING_ACCENTS | {"`": "\u0300", "^": "\u0302", "~": "\u0303", "\u02d9": "\u0307"}
_STRAY_ACCENT = compile_pattern("[" + re.escape("".join(_ACCENT_MARKS)) + "]")
_ACCENT_REACH = 200
"""How many characters back an accent's letter may be drawn (a line's worth, and more)."""


def _place_stray_accents(raw, text: str) -> str:
    """Put accents drawn after their letter back on it: some TeX fonts set "é" as "e", and
    then, a word or two later in the stream, "´" placed over it ("Definition des ´ systemes").
    The accent's box says which letter it belongs to; the spaces PDFium put around the
    displaced accent go, unless the letters around it are a word gap apart."""
    chars = list(text)
    for match in _STRAY_ACCENT.finditer(text):
        k = match.start()
        target = _accented_letter(raw, text, k)
        if target is None:
            continue
        composed = accented(chars[target], _ACCENT_MARKS[text[k]])
        if composed is None:
            continue
        chars[target] = composed
        chars[k] = "\u200b"  # dropped by clean_text; one char per index keeps boxes aligned
        _close_gap(raw, text, chars, k)
    return "".join(chars)


def _accented_letter(raw, text: str, k: int) -> int | None:
    """The index of the letter that the accent at k sits over, or None: the accent's middle
    within the letter's width, above its middle. Mostly an earlier letter; the next one where
    a font without the accented letter draws the accent first ("ing`ere" for "ingère"). A mark
    typed after a word ("John´s") sits beside its letter, not over it."""
    a_left, a_right, a_bottom, _ = _char_box(raw, k)
    middle = (a_left + a_right) / 2

    def under_the_accent(j: int) -> bool:
        left, right, bottom, top = _char_box(raw, j)
        height = top - bottom
        return left <= middle <= right and bottom + height / 2 <= a_bottom <= top + height

    following = k + 1
    if following < len(text) and text[following].isalpha() and under_the_accent(following):
        return following
    for j in range(k - 1, max(k - _ACCENT_REACH, -1), -1):
        ch = text[j]
        if ch in "\r\n":
            return None
        if ch.isalpha() and under_the_accent(j):
            return j
    return None


def _close_gap(raw, text: str, chars: list[str], k: int) -> None:
    """Drop the spaces around the displaced accent at k, keeping one where the letters on
    either side of it are a word gap apart."""
    before, after = k - 1, k + 1
    # Accents drawn side by side (two in "Développé") share the gap between the letters.
    while before >= 0 and (text[before] == " " or text[before] in _ACCENT_MARKS):
        before -= 1
    while after < len(text) and (text[after] == " " or text[after] in _ACCENT_MARKS):
        after += 1
    if after >= len(text) or before < 0:
        return
    gap = _char_box(raw, after)[0] - _char_box(raw, before)[1]
    spaced = gap >= WORD_GAP_EM * max(_font_size(raw, before), 4.0)
    for i in range(before + 1, after):
        if text[i] == " ":
            chars[i] = "\u200b"
    # The space stays with the text before the accent: the accent's own run is dropped.
    if spaced and text[before + 1] == " ":
        chars[before + 1] = " "


_CHAR_LEFT, _CHAR_RIGHT, _CHAR_BOTTOM, _CHAR_TOP = (ctypes.c_double() for _ in range(4))


def _char_box(raw, index: int) -> tuple[float, float, float, float]:
    """Left, right, bottom, top of one character (PDFium's order)."""
    pdfium_c.FPDFText_GetCharBox(raw, index, _CHAR_LEFT, _CHAR_RIGHT, _CHAR_BOTTOM, _CHAR_TOP)
    return _CHAR_LEFT.value, _CHAR_RIGHT.value, _CHAR_BOTTOM.value, _CHAR_TOP.value


def _one_per_index(codes: list[int]) -> str:
    """A string with one character per PDFium char: a surrogate pair becomes the character
    followed by a zero-width space (dropped by clean_text), a lone surrogate U+FFFD."""
    chars = []
    for i, code in enumerate(codes):
        following = codes[i + 1] if i + 1 < len(codes) else 0
        if 0xD800 <= code <= 0xDBFF and 0xDC00 <= following <= 0xDFFF:
            chars.append(chr(0x10000 + ((code - 0xD800) << 10) + (following - 0xDC00)))
        elif 0xDC00 <= code <= 0xDFFF and chars and len(chars[-1]) == 1 and ord(chars[-1]) > 0xFFFF:
            chars.append("\u200b")
        elif 0xD800 <= code <= 0xDFFF:
            chars.append("\ufffd")
        else:
            chars.append(chr(code) if code else " ")
    return "".join(chars)


@dataclass(slots=True)
class _Page:
    """What reading one page's lines needs, in one place."""

    raw: object
    """The PDFium text page."""
    text: str
    box: Box
    backgrounds: list[Box]
    number: int
    hidden: list[HiddenText]
    """Where hidden runs go."""
    bold_fonts: dict[int, bool]
    """Boldness by font address: a page has a handful of fonts and many runs. Kept per page,
    while the page (and so its fonts) is loaded, so an address is never reused."""
    ocr_layer: bool = False
    """The page is a scan and its invisible text the OCR layer: read it as visible."""


def _line_runs(page: _Page, start: int, end: int) -> list[_Run]:
    """The visible runs of one PDFium line; hidden ones go to ``page.hidden``."""
    raw, text = page.raw, page.text
    rects = _rects(raw, start, end - start)
    starts = _run_starts(raw, rects, start, end, text[start:end])
    runs: list[_Run] = []
    hidden_parts: dict[HiddenReason, list[str]] | None = None
    for rect, a, b in zip(rects, starts, starts[1:] + [end], strict=True):
        piece = text[a:b]
        if a >= b or ("\u200b" in piece and not piece.strip("\u200b ")):
            # An accent moved back onto its letter leaves only zero-width spaces. A space drawn
            # as a text object of its own between two of them ("PROFESSIONAL", "\u200b \u200b",
            # "EXPERIENCE": Google Docs) still parts the words around it.
            if " " in piece and runs and not runs[-1].text[-1:].isspace():
                runs[-1] = replace(runs[-1], text=runs[-1].text + " ")
            continue
        styled = a + len(piece) - len(piece.lstrip())
        size, bold, reason = _style(page, min(styled, b - 1), rect)
        if reason:
            hidden_parts = hidden_parts or {}
            hidden_parts.setdefault(reason, []).append(piece)
        else:
            runs.append(_Run(piece, rect[0], rect[1], rect[2], rect[3], size, bold))
    if hidden_parts:
        _set_aside(page, hidden_parts)
    return runs


def _set_aside(page: _Page, hidden_parts: dict[HiddenReason, list[str]]) -> None:
    for reason, parts in hidden_parts.items():
        words = " ".join("".join(parts).split())
        if worth_reporting(words):
            page.hidden.append(HiddenText(text=clean_text(words), reason=reason, page=page.number))


_LEFT, _TOP, _RIGHT, _BOTTOM = (ctypes.c_double() for _ in range(4))


def _rects(raw, start: int, count: int) -> list[Box]:
    get = pdfium_c.FPDFText_GetRect
    left, top, right, bottom = _LEFT, _TOP, _RIGHT, _BOTTOM
    rects = []
    for i in range(max(pdfium_c.FPDFText_CountRects(raw, start, count), 0)):
        get(raw, i, left, top, right, bottom)
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _run_starts(raw, rects: list[Box], start: int, end: int, line: str | None = None) -> list[int]:
    """First character index of each rectangle (one rectangle per text object, in char order).

    Rectangle k starts at the shortest prefix of the line that already counts k + 1 of them:
    a binary search on FPDFText_CountRects, cheap on a line (FPDFText_GetCharIndexAtPos scans
    the whole page). The first probe is where the rectangle's left edge puts it if characters
    were evenly wide, which is often exact and otherwise near. Call after reading the
    rectangles: counting resets PDFium's rect cache.
    """
    if len(rects) < 2:
        return [start] if rects else []
    count = pdfium_c.FPDFText_CountRects
    glyphs = _one_glyph_per_rect(raw, rects, start, line) if line else None
    if glyphs is not None:
        return glyphs
    length = end - start
    left = rects[0][0]
    width = max(rects[-1][2] - left, 1e-6)
    starts = [start]
    for k in range(1, len(rects)):
        # The answer, a prefix length, lies in [lo, hi]; the whole line counts all rectangles.
        lo, hi = starts[-1] - start + 1, length
        mid = max(lo, min(1 + int(length * (rects[k][0] - left) / width), hi - 1))
        while lo < hi:
            if count(raw, start, mid) > k:
                hi = mid
            else:
                lo = mid + 1
            mid = (lo + hi) // 2
        starts.append(start + lo - 1)
    return starts


def _one_glyph_per_rect(raw, rects: list[Box], start: int, line: str) -> list[int] | None:
    """The run starts when every glyph is a text object of its own (Chromium, Skia: web
    builders, Google Docs), else None: as many rectangles as visible characters, each
    confirmed with two counts instead of a search."""
    if 2 * len(rects) < len(line):
        return None  # runs of several glyphs, the usual case: not worth counting characters
    visible = [start + i for i, ch in enumerate(line) if not ch.isspace()]
    if len(visible) != len(rects):
        return None
    count = pdfium_c.FPDFText_CountRects
    for k, index in enumerate(visible[1:], start=1):
        if count(raw, start, index - start) != k or count(raw, start, index - start + 1) != k + 1:
            return None
    return visible


_R, _G, _B, _A = (ctypes.c_uint() for _ in range(4))
_FILL_MODE, _STROKE = ctypes.c_int(), ctypes.c_int()  # FPDFPath_GetDrawMode outputs
_MATRIX = pdfium_c.FS_MATRIX()
_FLAGS = ctypes.c_int()
_NAME = ctypes.create_string_buffer(128)
# TeX's own bold faces say so only in their names' letters: CMBX12 (Computer Modern bold
# extended), CMB10, CMSSBX10, the EC fonts' SFBX; URW's Nimbus bold is "Medi".
_BOLD_NAME = compile_pattern(
    "|".join(BOLD_NAMES) + r"|(?:^|\+)(?:cmbx|cmb\d|cmssbx|sfbx|sfsx|ecbx|lmbx)|-medi\b", re.I
)
# The PDFium calls made for every run, looked up once.
_font_size = pdfium_c.FPDFText_GetFontSize
_text_matrix = pdfium_c.FPDFText_GetMatrix
_text_object = pdfium_c.FPDFText_GetTextObject
_object_font = pdfium_c.FPDFTextObj_GetFont
_render_mode = pdfium_c.FPDFTextObj_GetTextRenderMode


def _style(page: _Page, index: int, rect: Box) -> tuple[float, bool, HiddenReason | None]:
    """Effective font size, boldness, and why the run is invisible (None when it is not)."""
    raw = page.raw
    size = _font_size(raw, index)
    if _text_matrix(raw, index, _MATRIX):
        size *= math.sqrt(abs(_MATRIX.a * _MATRIX.d - _MATRIX.b * _MATRIX.c)) or 1.0
    textobj = _text_object(raw, index)
    font = _object_font(textobj) if textobj else None
    if font:
        # Boldness is worked out once per font on the page.
        key = ctypes.addressof(font.contents)
        bold = page.bold_fonts.get(key)
        if bold is None:
            bold = page.bold_fonts[key] = _is_bold(raw, index)
    else:
        bold = _is_bold(raw, index)
    if textobj and not page.ocr_layer and _render_mode(textobj) in INVISIBLE_MODES:
        return size, bold, "invisible_render"
    if 0 < size < TINY_FONT:
        return size, bold, "tiny_font"
    left, bottom, right, top = rect
    x, y = (left + right) / 2, (bottom + top) / 2
    box = page.box
    if not (box[0] <= x <= box[2] and box[1] <= y <= box[3]):
        return size, bold, "off_page"
    return size, bold, _white_on_page(raw, index, x, y, page.backgrounds)


def _is_bold(raw, index: int) -> bool:
    return pdfium_c.FPDFText_GetFontWeight(raw, index) >= 600 or _bold_font(raw, index)


def _bold_font(raw, index: int) -> bool:
    """A bold face by its flags or its name ("Helvetica-Bold", "LMRoman10-Demi")."""
    pdfium_c.FPDFText_GetFontInfo(raw, index, _NAME, len(_NAME), _FLAGS)
    return bool(_FLAGS.value & FORCE_BOLD_FLAG) or _bold_name(_NAME.value)


@lru_cache(maxsize=256)
def _bold_name(name: bytes) -> bool:
    return bool(_BOLD_NAME.search(name.decode("latin-1")))


def _white_on_page(
    raw, index: int, x: float, y: float, backgrounds: list[Box]
) -> HiddenReason | None:
    """White text counts as hidden unless it sits on a shape it contrasts with (a coloured band)."""
    pdfium_c.FPDFText_GetFillColor(raw, index, _R, _G, _B, _A)
    if _A.value and min(_R.value, _G.value, _B.value) < NEAR_WHITE:
        return None
    on_dark = any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in backgrounds)
    return None if on_dark else "white_text"


def _shapes(page: pdfium.PdfPage, page_area: float) -> tuple[list[Box], list[Box], float]:
    """Small drawn shapes (bullets whose glyph is a drawing), areas white text shows on, and
    the share of the page the largest image covers (a scan covers it all)."""
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    shapes, dark = [], []
    page_area = max(page_area, 1.0)
    image_share = 0.0
    # A resume page holds a few thousand objects at most (one per glyph in Chromium PDFs);
    # past this many it is artwork or built to stall readers, and no bullet is drawn there.
    for i in range(min(pdfium_c.FPDFPage_CountObjects(raw), MAX_PAGE_OBJECTS)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        bounds = (left.value, bottom.value, right.value, top.value)
        w, h = bounds[2] - bounds[0], bounds[3] - bounds[1]
        small = SHAPE_MIN <= w <= SHAPE_MAX and SHAPE_MIN <= h <= SHAPE_MAX
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            image_share = max(image_share, w * h / page_area)
        if small and max(w, h) < 2.5 * min(w, h):
            shapes.append(bounds)
        elif w > BACKDROP_MIN and h > BACKDROP_MIN and _shows_white_text(obj, kind):
            dark.append(bounds)
    return shapes, dark, image_share


def _shows_white_text(obj, kind: int) -> bool:
    """An image, or an opaque fill dark enough that white text on it is readable.

    Designers put white headings on mid-tone tabs and bands (green, orange, teal), not only on
    dark sidebars; a near-white box is still the keyword-stuffing trick.
    """
    if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return True
    if not pdfium_c.FPDFPath_GetDrawMode(obj, _FILL_MODE, _STROKE) or not _FILL_MODE.value:
        return False  # an outline (a border, a rule) puts nothing behind the text
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, _R, _G, _B, _A) or _A.value < 128:
        return False
    return 0.299 * _R.value + 0.587 * _G.value + 0.114 * _B.value < READABLE_UNDER_WHITE


def _segments(runs: list[_Run], height: float, page: int) -> list[Line]:
    """Split a line's runs at wide gaps (columns, tab stops), keeping a lone glyph with its text."""
    if len(runs) < 2:
        return [_run_line(run, height, page) for run in runs]
    segments: list[list[_Run]] = [[runs[0]]]
    last = runs[0]
    for run in runs[1:]:
        gap = run.left - last.right
        # PDFium joins the lines around a line-end hyphen; a new baseline is a new line.
        same_line = _same_line(last, run)
        near = gap <= SPLIT_GAP_EM * max(run.size, last.size, 4.0) or (
            gap < 40 and _is_lone_glyph(segments[-1])
        )
        # A run drawn after the text but wholly to its left (a sidebar's heading on the same
        # baseline as a main-column line) is text of its own.
        backward = run.right <= last.left
        if same_line and near and not backward:
            segments[-1].append(run)
        else:
            segments.append([run])
        last = run
    return [_segment_line(group, height, page) for group in segments]


def _same_line(a: _Run, b: _Run) -> bool:
    """Whether two runs sit on one line: one's vertical middle inside the other's box, or a top
    or bottom edge shared within half an em. Boxes are the glyphs' own, so where every glyph is
    a run of its own (Chromium, Google Docs) a comma sits low and an apostrophe high."""
    middle_a, middle_b = (a.bottom + a.top) / 2, (b.bottom + b.top) / 2
    if a.bottom <= middle_b <= a.top or b.bottom <= middle_a <= b.top:
        return True
    half_em = max(a.size, b.size) / 2
    return abs(a.top - b.top) < half_em or abs(a.bottom - b.bottom) < half_em


def _is_lone_glyph(runs: list[_Run]) -> bool:
    return len("".join(r.text for r in runs).strip()) <= 2


def _run_line(run: _Run, height: float, page: int) -> Line:
    return Line(
        text=_pdf_text(run.text).strip(),
        x0=run.left,
        x1=run.right,
        top=height - run.top,
        bottom=height - run.bottom,
        size=run.size,
        bold=run.bold,
        page=page,
    )


def _segment_line(runs: list[_Run], height: float, page: int) -> Line:
    if len(runs) == 1:
        return _run_line(runs[0], height, page)
    worded = [r for r in runs if WORDED.search(r.text)] or runs
    return Line(
        text=_pdf_text(_joined(runs)).strip(),
        x0=min(r.left for r in runs),
        x1=max(r.right for r in runs),
        top=height - max(r.top for r in runs),
        bottom=height - min(r.bottom for r in runs),
        size=max(r.size for r in worded),
        text_size=most_common_size([(r.size, len(r.text)) for r in worded]),
        bold=all(r.bold for r in worded),
        page=page,
    )


def _pdf_text(text: str) -> str:
    """A PDF line's text, cleaned. A soft hyphen inside a line is one the page draws (a
    Europass export sets every hyphen so: "5400\u00ad381", "mog\u00adtechnologies"), so it reads
    as a hyphen there; at a line's end it marks a word broken by hyphenation."""
    if "\u00ad" in text:  # rare; the pattern's lookbehind, tried everywhere, is not free
        text = DRAWN_SOFT_HYPHEN.sub("-", text)
    return clean_text(text)


DRAWN_SOFT_HYPHEN = compile_pattern("(?<=[^\\s-])\u00ad(?=[^\\s\u2010\u2011-])")


def _joined(runs: list[_Run]) -> str:
    """The runs' text, with a space put back between two words drawn apart without one."""
    parts = [runs[0].text]
    for last, run in itertools.pairwise(runs):
        if _lost_space(last, run):
            parts.append(" ")
        parts.append(run.text)
    return "".join(parts)


def _lost_space(last: _Run, run: _Run) -> bool:
    """Whether a space belongs between two runs: both are words of two letters or more (where
    every glyph is a run of its own, as in Chromium, the gaps inside words vary more and the
    spaces are in the text), apart by a space's width, letter or digit against letter or digit
    or an opening bracket (a full stop after a word is never a new word)."""
    before, after = last.text, run.text
    if len(before) < 2 or len(after) < 2 or before[-1].isspace() or after[0].isspace():
        return False
    if before.strip() in LIGATURES or after.strip() in LIGATURES:
        return False
    if UNSPACED_SCRIPT.match(before[-1]) and UNSPACED_SCRIPT.match(after[0]):
        return False  # justified Chinese or Japanese spreads its characters; no word gap there
    if not (before[-1].isalnum() or before[-1] in ",;:") or not (
        after[0].isalnum() or after[0] in "(["
    ):
        return False
    return run.left - last.right >= WORD_GAP_EM * max(last.size, run.size, 4.0)


def _mark_shape_bullets(pages: list[tuple[list[Line], list[Box], float]]) -> None:
    """Mark the lines that a drawn bullet opens, on every page.

    A list repeats its marker: only shapes whose size recurs in the document count. Icons
    drawn beside contact details (a pin, a phone, an envelope) each have a shape of their own.
    A shape drawn many times over at one place (a pattern) is looked at once.
    """
    # A page whose letters are drawn as outlines too (its text layer kept beside them, as some
    # re-saved PDFs have) holds a small shape per glyph: none of them is a bullet.
    pages = [
        (lines, shapes, height)
        for lines, shapes, height in pages
        if len(shapes) < OUTLINED_SHARE * sum(len(line.text) for line in lines)
    ]
    sizes = Counter(_shape_size(shape) for _, shapes, _ in pages for shape in shapes)
    for lines, shapes, height in pages:
        for shape in {tuple(round(v) for v in shape): shape for shape in shapes}.values():
            if sizes[_shape_size(shape)] >= 2:
                _mark_line_beside(lines, shape, height)


OUTLINED_SHARE = 0.25


def _shape_size(shape: Box) -> tuple[int, int]:
    """Width and height in half points, so one marker drawn twice has one size."""
    return round(2 * (shape[2] - shape[0])), round(2 * (shape[3] - shape[1]))


def _mark_line_beside(lines: list[Line], shape: Box, height: float) -> None:
    cx = (shape[0] + shape[2]) / 2
    cy = height - (shape[1] + shape[3]) / 2
    for line in lines:
        near = 0 <= line.x0 - cx <= 3 * max(line.size, 6)
        if near and line.top - 2 <= cy <= line.bottom + 2:
            line.list_item = True
            line.marker_x = shape[0]
            break


def _drop_running_lines(lines: list[Line], edges: dict[int, tuple[float, float]]) -> list[Line]:
    """Drop page numbers, and headers/footers repeated in the margins of every page."""

    def in_margin(line: Line) -> bool:
        top, bottom = edges.get(line.page or 0, (0.0, 0.0))
        return line.bottom < top or line.top > bottom

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    margins = [line for line in lines if in_margin(line)]
    seen: dict[str, set[int | None]] = {}
    for line in margins:
        seen.setdefault(key(line), set()).add(line.page)
    repeated = {text for text, on in seen.items() if len(edges) > 1 and len(on) == len(edges)}
    return [
        line
        for line in lines
        if line.text
        and not (in_margin(line) and (PAGE_NUMBER.match(line.text) or key(line) in repeated))
    ]


def _read_with_pypdf(path: Path, failure: str, max_pages: int | None) -> ReadResult:
    """PDFium could not open the file, or read no letters in it: pypdf tells a corrupt or
    encrypted file from one whose layout-light text is better than nothing."""
    import logging

    from pypdf import PasswordType, PdfReader

    # pypdf logs every repair it makes; without a handler of its own, Python's last-resort
    # handler would print those lines on the CLI's stderr next to our one-line message.
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise InputError(path, ENCRYPTED)
        _check_page_count(path, _declared_pages(reader), max_pages)
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (Exception, RecursionError):
        raise InputError(path, CORRUPT) from None
    if not any(text.strip() for text in pages):
        raise InputError(path, NO_TEXT)
    lines = [
        Line(text=_pdf_text(text).strip(), page=number, top=float(i))
        for number, page_text in enumerate(pages, start=1)
        for i, text in enumerate(page_text.splitlines())
        if text.strip()
    ]
    if unreadable([line.text for line in lines]):
        raise InputError(path, UNREADABLE)
    warning = f"PDFium {failure}; read it with pypdf, layout is approximate"
    return ReadResult(lines=lines, engine="pypdf", pages=len(pages), warnings=[warning])


def _declared_pages(reader: PdfReader) -> int:
    declared = reader.trailer["/Root"]["/Pages"].get("/Count", 0)  # type: ignore[index]
    # Trust a declared count that is already over any sane limit instead of walking the tree.
    if isinstance(declared, int) and declared > 10_000:
        return declared
    return len(reader.pages)
