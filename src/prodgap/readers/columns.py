"""Tell a PDF page's columns apart and put its text segments in reading order.

A gutter is an x that no segment crosses inside the band where both sides have text; what
crosses it above or below (a name banner, a footer) belongs to the main flow. The side with less
text is the sidebar: it is read as its own flow, never mixed into the main one.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from itertools import accumulate, groupby

from prodgap.readers.lines import WORDED, Line, most_common_size
from prodgap.regex_cache import compile_pattern
from prodgap.structure import BULLET_GLYPHS, PRIVATE_USE, is_section_name

SPLIT_GAP_EM = 1.2
# Parts of one row whose sizes differ by more than this share were set apart.
RESIZED = 0.15
# Closer than this (in ems) two segments are one word: a space's gap is wider.
GLUED_EM = 0.15
# A margin label beside its text: a few words, then a wide gap, then a line of text.
MARGIN_LABEL_WORDS = 5
MARGIN_TEXT_WORDS = 5
# A date or a duration in any language: a year, "(6 mois)", or a range's open end.
MARGIN_DATE = compile_pattern(
    r"\b(?:19|20)\d\d\b|^\(\d+\s+\w+\)$|^\W*(?:present|current|now|today|ongoing)\W*$", re.I
)
MIN_SIDE_SEGMENTS = 3
# A gutter may be crossed by this share of the segments, as long as they are outside the band.
MAX_CROSSING_SHARE = 0.12
# Labels in a left margin ("EXPERIENCE" beside the first role) are short and sparse.
LABEL_MAX_WORDS = 4
FORM_LABEL_MAX_WORDS = 8
LETTER_SPACED = compile_pattern(r"\b(\w) (?=\w\b)")
DATE_LIKE = compile_pattern(
    r"^[\s(]*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+|(\d{1,2}[/.-]){1,2})?\d{4}"
    r"|^\W*(present|current|now)\W*$",
    re.I,
)


def order_page(segments: list[Line], width: float) -> list[Line]:
    """Merge a page's segments into lines, tagged with their column, in reading order."""
    body = [s for s in segments if len(s.text) > 2]
    gutter = _find_gutter(body, 0.0, width)
    if gutter is not None:
        left = [s for s in segments if s.x1 <= gutter]
        right = [s for s in segments if s.x0 >= gutter]
        if _are_margin_labels(left, right) or _holds_the_headings(left, right):
            return _with_margin_labels(left, [s for s in segments if s.x1 > gutter])
        flows = _split_flows(segments, gutter, 0.0, width)
        if flows:
            return _read_flows(flows)
    # No gutter, or one with nothing beside it once the rows across it are set aside.
    rows = _rows(segments)
    parts = _side_by_side_sections(segments, rows)
    if parts is not None:
        return _read_band(parts, width)
    return _set_right(_joined(rows))


def _read_flows(flows: list[tuple[list[Line], bool]]) -> list[Line]:
    """The columns and the text across them, in reading order, each column tagged."""
    # The column with the most text is the main flow; every other one is a sidebar of its own.
    columns = [flow for flow, is_column in flows if is_column]
    main = max(columns, key=_chars)
    for number, column in enumerate(c for c in columns if c is not main):
        for segment in column:
            segment.column = number + 1
    return [line for flow, _ in flows for line in _set_right(_merge_baselines(flow))]


def _side_by_side_sections(segments: list[Line], rows: list[list[Line]]) -> list[list[Line]] | None:
    """A band in the middle of a page with two sections side by side ("Languages" and "Sample
    projects" headed on one row, each with its list below, full-width text above and below):
    the text above, the band's left side, its right side and the text below, or None."""
    for row in rows:
        if len(row) < 2 or not _wide(row[0], row[1]) or not _headings_alike(row):
            continue
        cut = row[1].x0 - 1
        top = min(s.top for s in row)
        under = [s for s in segments if s.top >= top]
        # The band ends at text across the cut, or at the next heading as large as the row's.
        ends = [
            s.top for s in under if s not in row and (s.x0 < cut < s.x1 or _as_large(s, row[0]))
        ]
        bottom = min(ends, default=math.inf)
        band = [s for s in under if s.top < bottom]
        left = [s for s in band if s.x1 <= cut]
        right = [s for s in band if s.x0 >= cut]
        if min(len(left), len(right)) < BAND_MIN_LINES or len(left) + len(right) < len(band):
            continue
        above = [s for s in segments if s.top < top]
        below = [s for s in segments if s.top >= bottom]
        return [above, left, right, below]
    return None


def _read_band(parts: list[list[Line]], width: float) -> list[Line]:
    """The text above a band, its two sides and the text below, in that order; the text
    above and below keeps the right edge of the whole page, which its wraps run to."""
    above, left, right, below = (order_page(part, width) for part in parts)
    _set_right(above + below)
    return above + left + right + below


def _headings_alike(row: list[Line]) -> bool:
    """A row of headings: one names a section, and the others are set in its look ("Sample
    projects", a name we do not know, beside "Languages")."""
    named = next((s for s in row if _heads_a_section(s.text)), None)
    if named is None or not (named.bold or named.size >= HEADING_SIZE * min(s.size for s in row)):
        return False
    alike = all(_alike(s, named) for s in row)
    return alike and all(map(_reads_as_a_heading, row))


def _reads_as_a_heading(segment: Line) -> bool:
    """A few words with no bullet's mark before them and no colon after ("Languages:" labels
    a row of a skills table)."""
    text = segment.text.strip()
    marked = text[:1] in BULLET_GLYPHS or PRIVATE_USE.match(text[:1]) is not None
    return len(text.split()) <= LABEL_MAX_WORDS and not marked and not text.endswith((":", "："))


def _as_large(segment: Line, heading: Line) -> bool:
    """A heading of the band's level (its look) or of a higher one (a larger size)."""
    return _alike(segment, heading) or segment.size >= HEADING_SIZE * heading.size


def _alike(segment: Line, heading: Line) -> bool:
    return segment.bold == heading.bold and abs(segment.size - heading.size) <= 0.05 * heading.size


HEADING_SIZE = 1.15
# Each side of a band holds its heading and at least two lines below it.
BAND_MIN_LINES = 3


def _split_flows(
    segments: list[Line], gutter: float, lo: float, hi: float
) -> list[tuple[list[Line], bool]]:
    """The flows around a gutter in reading order, each side split again where it has a gutter
    of its own (three columns); the flag tells a column from text that spans them. Empty when a
    side holds nothing once the rows that run across the gutter are set aside: the gap was
    between words of those rows (right-to-left text set a word at a time), not columns."""
    spanning = _spanning_rows(segments, gutter)
    start, end = _across([s for s in segments if id(s) not in spanning], gutter)
    spanning |= {id(s) for s in segments if s.bottom <= start or s.top >= end}
    left = [s for s in segments if s.x1 <= gutter and id(s) not in spanning]
    right = [s for s in segments if s.x0 >= gutter and id(s) not in spanning]
    if not left or not right:
        return []
    crossing = [s for s in segments if (s.x1 > gutter and s.x0 < gutter) or id(s) in spanning]
    band_top = max(min(s.top for s in left), min(s.top for s in right))
    above = [s for s in crossing if s.bottom <= band_top]
    below = [s for s in crossing if s.bottom > band_top]
    flows: list[tuple[list[Line], bool]] = [(above, False)]
    for side, side_lo, side_hi in ((left, lo, gutter), (right, gutter, hi)):
        inner = _find_gutter([s for s in side if len(s.text) > 2], side_lo, side_hi)
        inner_flows = [] if inner is None else _split_flows(side, inner, side_lo, side_hi)
        flows.extend(inner_flows or [(side, True)])
    flows.append((below, False))
    return [(flow, is_column) for flow, is_column in flows if flow]


def _find_gutter(body: list[Line], lo_x: float, hi_x: float) -> float | None:
    if len(body) < 2 * MIN_SIDE_SEGMENTS:
        return None
    span = int(hi_x) + 2
    diff = [0] * (span + 1)
    for s in body:
        diff[min(span, max(0, int(s.x0)))] += 1
        diff[min(span, max(0, int(s.x1) + 1))] -= 1
    cover = list(accumulate(diff))
    lo, hi = int(lo_x + (hi_x - lo_x) * 0.12), int(hi_x - (hi_x - lo_x) * 0.12)
    if hi <= lo:
        return None
    allowed = int(MAX_CROSSING_SHARE * len(body))
    for x in _least_covered_first(cover, lo, hi, allowed):
        if _is_gutter(body, x):
            return x
    return None


def _least_covered_first(cover: list[int], lo: int, hi: int, allowed: int) -> list[float]:
    """Midpoints of the stretches in [lo, hi) that at most ``allowed`` segments cross, the
    least crossed first and the widest among equals (an empty margin beside a short column
    must not hide a gutter that a name banner crosses)."""
    stretches = []
    begin = lo
    for value, same in groupby(cover[lo:hi]):
        width = len(list(same))
        if value <= allowed:
            stretches.append((value, -width, begin + (width - 1) / 2))
        begin += width
    return [mid for _, _, mid in sorted(stretches)]


def _spanning_rows(body: list[Line], x: float) -> set[int]:
    """The ids of the segments of rows that run across x: a segment crossing it with text of
    the same row on both sides (a header's contact line, a banner) belongs to no column."""
    rows: set[int] = set()
    for s in body:
        if not s.x0 < x < s.x1:
            continue
        row = [t for t in body if abs(t.bottom - s.bottom) < 0.5 * max(s.size, t.size, 4.0)]
        if any(t.x1 <= x for t in row) and any(t.x0 >= x for t in row):
            rows.update(map(id, row))
    return rows


def _is_gutter(body: list[Line], x: float) -> bool:
    spanning = _spanning_rows(body, x)
    body = [s for s in body if id(s) not in spanning]
    start, end = _across(body, x)
    body = [s for s in body if s.top >= start and s.bottom <= end]
    left = [s for s in body if s.x1 <= x]
    right = [s for s in body if s.x0 >= x]
    if len(left) < MIN_SIDE_SEGMENTS or len(right) < MIN_SIDE_SEGMENTS:
        return False
    band_top = max(min(s.top for s in left), min(s.top for s in right))
    band_bottom = min(max(s.bottom for s in left), max(s.bottom for s in right))
    if band_bottom <= band_top:
        return False
    crossing = (s for s in body if s.x0 < x < s.x1)
    if any(s.top < band_bottom and s.bottom > band_top for s in crossing):
        return False
    # Right-aligned dates or locations beside titles are not a column.
    return not any(_mostly_dates(side) for side in (left, right))


def _across(body: list[Line], x: float) -> tuple[float, float]:
    """Where two columns start and end between lines that run across them: a header above (a
    name, a contact row, a summary paragraph) and a footer below (an address, a page
    footer). The header must sit in the page's top quarter, the footer in its bottom tenth,
    and both sides must hold a column's worth of lines between; else the whole page."""
    crossing = [s for s in body if s.x0 < x < s.x1]
    if not crossing:
        return 0.0, math.inf
    top = min(s.top for s in body)
    bottom = max(s.bottom for s in body)
    height = bottom - top
    above = [s for s in crossing if s.bottom - top <= HEADER_SHARE * height]
    below = [s for s in crossing if bottom - s.top <= FOOTER_SHARE * height]
    if len(above) + len(below) < len(crossing):
        return 0.0, math.inf
    start = max((s.bottom for s in above), default=0.0)
    end = min((s.top for s in below), default=math.inf)
    between = [s for s in body if s.top >= start and s.bottom <= end]
    sides = (sum(s.x1 <= x for s in between), sum(s.x0 >= x for s in between))
    if min(sides) < HEADER_MIN_SIDE_LINES:
        return 0.0, math.inf
    return start, end


HEADER_SHARE = 0.25
FOOTER_SHARE = 0.10
HEADER_MIN_SIDE_LINES = 8


def _mostly_dates(side: list[Line]) -> bool:
    return sum(bool(DATE_LIKE.search(s.text)) for s in side) > 0.6 * len(side)


def _are_margin_labels(left: list[Line], right: list[Line]) -> bool:
    """Short, sparse labels (section names, a role's dates and place) beside the text they name.

    Dates stacked under each other are allowed to sit close together; the other labels must be
    sparse, which is what tells a margin from a dense sidebar of skills or contact lines.
    """
    short = all(_words(s.text) <= LABEL_MAX_WORDS and not s.text.endswith(".") for s in left)
    if not short or len(left) > len(right):
        return False
    labels = _stacked_labels(left)
    tops = sorted(s.top for s in labels if not DATE_LIKE.search(s.text))
    line_height = max(max(s.size for s in left), 6.0) * 1.2
    return all(b - a > 2.5 * line_height for a, b in zip(tops, tops[1:], strict=False))


def _stacked_labels(labels: list[Line]) -> list[Line]:
    """The margin's labels, one wrapped over lines ("WORK &" / "RESEARCH" / "EXPERIENCE":
    each line just under the one before, in its look) joined into one."""
    joined: list[Line] = []
    lines = 0
    for label in sorted(labels, key=lambda s: s.top):
        last = joined[-1] if joined else None
        if last is not None and lines < STACKED_LABEL_LINES and _continues_label(last, label):
            joined[-1] = _stacked(last, label)
            lines += 1
        else:
            joined.append(label)
            lines = 1
    return joined


STACKED_LABEL_LINES = 3


def _stacked(above: Line, below: Line) -> Line:
    """Two lines of a margin, one under the other, as one."""
    return replace(
        above,
        text=f"{above.text} {below.text}",
        x0=min(above.x0, below.x0),
        x1=max(above.x1, below.x1),
        bottom=below.bottom,
    )


def _continues_label(above: Line, below: Line) -> bool:
    if DATE_LIKE.search(above.text) or DATE_LIKE.search(below.text):
        # Dates stacked under each other are each a role's own, but for a range wrapped at
        # its dash or "to" ("2021-05-01 to" / "2023-05-01").
        return _ends_a_range(above, below)
    alike = above.bold == below.bold and abs(above.size - below.size) <= 0.05 * max(above.size, 1)
    return alike and _just_under(above, below)


def _just_under(above: Line, below: Line) -> bool:
    """The line starts within a share of its size under the one above: the next line of a
    label or a range wrapped in a margin."""
    return 0 <= below.top - above.bottom < STACKED_GAP * max(below.size, 6.0)


def _ends_a_range(above: Line, below: Line) -> bool:
    """A date line under one that opens a range and stops at its dash or "to", just below it
    in the margin: the range's end."""
    if not _just_under(above, below) or abs(below.x0 - above.x0) >= 2 * max(above.size, 6.0):
        return False  # told by the layout first: most pairs of lines are not near and aligned
    if DATE_LIKE.search(above.text) is None or _words(above.text) > MARGIN_LABEL_WORDS:
        return False  # a margin's date stands alone on its line
    if DURATION.match(below.text.strip()):
        return True  # "05.2021 – now" / "6 months": how long the range lasted
    opened = OPEN_RANGE.search(above.text) is not None
    short = _words(below.text) <= MARGIN_LABEL_WORDS
    return opened and short and DATE_LIKE.search(below.text) is not None


# How long a role lasted, set under its dates ("6 months", "(2 ans)"), in a few languages.
DURATION = compile_pattern(
    r"\(?\d{1,2}\s+(?:months?|mos?|years?|yrs?|weeks?|mois|ans?|meses|años|anos|monate?|"
    r"jahre?|mesi|anni)\.?\)?$",
    re.I,
)


# A range of dates cut after its dash or its "to", in the languages of the margin dates.
OPEN_RANGE = compile_pattern(r"(?:[-–—]|\b(?:to|until|till|bis|au|al|a|à|até|do))\s*$", re.I)


STACKED_GAP = 0.8
"""A wrapped label's next line starts within this share of its size under the line above."""


def _holds_the_headings(left: list[Line], right: list[Line]) -> bool:
    """A margin that holds the section headings, with dates and short labels, beside text that
    has no heading of its own (a table layout): the text's labels, not a sidebar, which sits
    beside a main column with headings of its own."""
    if any(s.list_item for s in left) or len(left) > len(right):
        return False
    # A form's labels, set flush right against their values, run longer than a margin's
    # ("Name and address of employer", Europass).
    form = _flush_right(left)
    if any(_words(s.text) > (FORM_LABEL_MAX_WORDS if form else LABEL_MAX_WORDS) for s in left):
        return False
    headings = sum(is_section_name(s.text) for s in left)
    # Beside a form's labels one section name is enough: a page may hold a single section. So
    # it is beside a column of nothing but labels: field names with their colon, dates and
    # section names ("Geburtsdatum:", "02/2022 – heute", "Berufserfahrung").
    enough = 1 if form or all(map(_is_label, left)) else 2
    own = [s for s in _unlabelled(right, left) if _heads_a_section(s.text)]
    return headings >= enough and not own


def _unlabelled(right: list[Line], margin: list[Line]) -> list[Line]:
    """The text beside a margin whose headings have no colon, less its lines that end with one:
    there a section's name with its colon is a field's label ("Languages:" under the margin's
    "Skills"), where in a resume that writes "EDUCATION:" it is a heading like any other."""
    if any(_colon_ended(s) for s in margin if is_section_name(s.text)):
        return right
    return [s for s in right if not _colon_ended(s)]


def _colon_ended(line: Line) -> bool:
    return line.text.rstrip().endswith((":", "："))


def _heads_a_section(text: str) -> bool:
    """A section's name set as a heading; a wrap that ends on one ("... and user" /
    "experience.") stops with a full stop."""
    text = text.strip()
    return is_section_name(text) and not text.endswith(".")


def _is_label(line: Line) -> bool:
    text = line.text.strip()
    return text.endswith((":", "：")) or bool(DATE_LIKE.search(text)) or is_section_name(text)


def _flush_right(side: list[Line]) -> bool:
    """Most of a column's lines end at one right edge (labels set against the text)."""
    right = max(s.x1 for s in side)
    return sum(right - s.x1 < 3 for s in side) >= 0.8 * len(side)


def _words(text: str) -> int:
    # "E X P E R I E N C E" is one word, letter-spaced.
    return len(LETTER_SPACED.sub(r"\1", text).split())


def _with_margin_labels(labels: list[Line], content: list[Line]) -> list[Line]:
    """Each margin label becomes a line of its own, read just before the text beside it."""
    labels = _stacked_labels(labels)
    for label in labels:
        label.margin_label = True
    lines = _merge_baselines(content) + labels
    # A label beside a line reads before it, even when its baseline is a little lower.
    return _set_right(sorted(lines, key=lambda ln: ln.top - (ln.size if ln in labels else 0)))


def _merge_baselines(segments: list[Line]) -> list[Line]:
    return _joined(_rows(segments))


def _joined(rows: list[list[Line]]) -> list[Line]:
    _lift_range_ends(rows)
    return _ranges_rejoined([line for group in rows for line in _join_row(group)])


def _lift_range_ends(rows: list[list[Line]]) -> None:
    """A margin's range wrapped at its dash, its end on the row of the first line of text
    ("Aug 2018 –" beside the role, "Present" beside "Writing microservices in Go to ..."): the
    end joins its range, in place, so that neither the text nor the role reads it as its own.
    Beside a few words (a duration, a place) the end stays on its row, read with them."""
    for number, (above, row) in enumerate(zip(rows, rows[1:], strict=False)):
        opening, end = above[0], row[0]
        beside_text = len(row) > 1 and _words(_text(row[1:])) >= MARGIN_TEXT_WORDS
        if len(above) > 1 and beside_text and _ends_a_range(opening, end):
            above[0] = _stacked(opening, end)
            del row[0]
            below = rows[number + 2] if number + 2 < len(rows) else []
            if len(below) > 1 and _ends_a_range(above[0], below[0]):
                above[0] = _stacked(above[0], below.pop(0))  # how long it lasted: "4 months"


def _ranges_rejoined(lines: list[Line]) -> list[Line]:
    """A margin's range of dates wrapped at its dash or "to" is one line again, read where it
    starts: its end, on a row of its own, would cut the text beside it in two."""
    kept: list[Line] = []
    for line in lines:
        opened = _opening_of(line, kept)
        if opened is None:
            kept.append(line)
        else:
            kept[opened] = _stacked(kept[opened], line)
    return kept


def _opening_of(line: Line, above: list[Line]) -> int | None:
    """Where among the last few lines above is the range that ``line`` ends, if it ends one."""
    if len(line.text) > RANGE_END_CHARS:
        return None  # the usual line is longer than a range's end: told at once
    nearest = range(len(above) - 1, max(len(above) - MAX_LINES_BETWEEN, 0) - 1, -1)
    return next(
        (k for k in nearest if above[k].page == line.page and _ends_a_range(above[k], line)), None
    )


MAX_LINES_BETWEEN = 3
RANGE_END_CHARS = 30
"""A range's end is a date or "present": no longer than this ("September 2023", "heute")."""


def _rows(segments: list[Line]) -> list[list[Line]]:
    """Segments grouped into rows, top to bottom, each left to right."""
    rows: list[list[Line]] = []
    top = bottom = 0.0
    for segment in sorted(segments, key=lambda s: (s.bottom, s.x0)):
        # A segment's vertical middle lies within the row's band (or the band's within it).
        middle, band_middle = (segment.top + segment.bottom) / 2, (top + bottom) / 2
        if rows and (top <= middle <= bottom or segment.top <= band_middle <= segment.bottom):
            rows[-1].append(segment)
            top, bottom = min(top, segment.top), max(bottom, segment.bottom)
        else:
            rows.append([segment])
            top, bottom = segment.top, segment.bottom
    return [sorted(row, key=lambda s: s.x0) for row in rows]


def _join_row(group: list[Line]) -> list[Line]:
    """One line per row, except that a date standing apart at the row's left (a margin of
    dates beside the text: "Oct. 2017      Built the ...", "(6 mois)      Développement ...")
    stays a line of its own, so the text keeps its own left edge, which its wrapped lines
    line up with."""
    group.sort(key=lambda s: s.x0)
    first, rest = group[0], group[1:]
    label = len(first.text.split()) <= MARGIN_LABEL_WORDS and bool(MARGIN_DATE.search(first.text))
    apart = rest and (_wide(first, rest[0]) or _marked_after_gap(first, rest[0]))
    # A duration ("6 months") is a margin's, however short the text beside it.
    duration = DURATION.match(first.text.strip()) is not None
    if apart and (duration or (label and _words(_text(rest)) >= MARGIN_TEXT_WORDS)):
        return [first, *_join_row(rest)]
    return [first] if not rest else [_join(group)]


def _marked_after_gap(before: Line, after: Line) -> bool:
    """Text that opens with a bullet's mark a little apart from a date: a list item beside a
    margin of dates, however narrow the margin ("Aug. 2019  { Led a team of ...": "{" is the en
    dash of a TeX font with no Unicode map)."""
    mark = after.text.lstrip()[:1]
    marked = mark in BULLET_GLYPHS or mark == "{" or PRIVATE_USE.match(mark) is not None
    return marked and after.x0 - before.x1 > MARK_GAP_EM * max(after.size, 6.0)


MARK_GAP_EM = 0.5


def _text(segments: list[Line]) -> str:
    return " ".join(s.text for s in segments)


def _wide(before: Line, after: Line) -> bool:
    return after.x0 - before.x1 > SPLIT_GAP_EM * max(after.size, 6.0)


def _resized(before: Line, after: Line) -> bool:
    """Two segments of a row set in different sizes (a role, then its school in small type
    beside it): placed apart, not one phrase. A size change inside a phrase (a superscript)
    stays within one segment, so it never gets here."""
    worded = WORDED.search(before.text) and WORDED.search(after.text)
    return bool(worded) and abs(before.size - after.size) > RESIZED * max(before.size, after.size)


def _separator(before: Line, after: Line) -> str:
    """A tab between segments set apart, nothing between the glyphs of one word that PDFium
    gave a line each (Chromium's letter-spaced chips: "J" "a" "v" "a"), else a space."""
    if _wide(before, after) or _resized(before, after):
        return "\t"
    glued = after.x0 - before.x1 < GLUED_EM * max(before.size, after.size)
    return "" if glued and before.text[-1:].isalnum() and after.text[:1].isalnum() else " "


def _justified(group: list[Line]) -> bool:
    """A justified line of a sentence, its word gaps all wide and alike ("Redesigned   and
    developed   a new   version"): one phrase, not cells, for some of its parts are the
    small words of a sentence, which no cell of a row holds alone."""
    gaps = [after.x0 - before.x1 for before, after in zip(group, group[1:], strict=False)]
    if len(gaps) < JUSTIFIED_MIN_GAPS or not all(map(_wide, group, group[1:])):
        return False
    alike = max(gaps) <= JUSTIFIED_GAP_SPREAD * min(gaps)
    return alike and any(s.text.split()[0] in SMALL_WORDS for s in group[1:] if s.text.split())


JUSTIFIED_MIN_GAPS = 3
JUSTIFIED_GAP_SPREAD = 1.3
SMALL_WORDS = frozenset("a an the and or of to in on for with by at from as".split())


# Hebrew, Arabic (with its supplements and presentation forms: Persian, Urdu).
RTL_LETTERS = compile_pattern(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


def _right_to_left(group: list[Line]) -> bool:
    """Most of the row's letters are of a script written from right to left."""
    if not any(RTL_LETTERS.search(s.text) for s in group):
        return False  # the usual case, told without counting
    text = "".join(s.text for s in group)
    letters = sum(ch.isalpha() for ch in text)
    return len(RTL_LETTERS.findall(text)) > letters / 2


def _left_to_right_runs(pieces: list[str]) -> list[str]:
    """A right-to-left row's texts and separators (alternating, from its right edge), with
    each run of words in a left-to-right script ("React Native") turned back to its own
    order, its inner separators with it."""
    texts, gaps = pieces[::2], pieces[1::2]
    out: list[str] = []
    k = 0
    for ltr, run in groupby(range(len(texts)), key=lambda n: not RTL_LETTERS.search(texts[n])):
        run_at = list(run)
        if out:
            out.append(gaps[k - 1])
        inner = [texts[run_at[0]]]
        for n in run_at[1:]:
            inner += [gaps[n - 1], texts[n]]
        out += inner[::-1] if ltr else inner
        k = run_at[-1] + 1
    return out


def _mirrored(segment: Line) -> Line:
    """The segment as a mirror shows it: its right edge becomes its left."""
    return replace(segment, x0=-segment.x1, x1=-segment.x0)


def _join(group: list[Line]) -> Line:
    group.sort(key=lambda s: s.x0)
    first = group[0]
    # Right-to-left text (Arabic, Hebrew, Persian) reads from the right edge: as in a mirror.
    rtl = _right_to_left(group)
    seen = [_mirrored(s) for s in reversed(group)] if rtl else group
    justified = _justified(seen)
    pieces = [seen[0].text]
    for before, after in zip(seen, seen[1:], strict=False):
        separator = _separator(before, after)
        pieces += [" " if justified and separator == "\t" else separator, after.text]
    text = "".join(_left_to_right_runs(pieces) if rtl else pieces)
    worded = [s for s in group if WORDED.search(s.text)] or group
    return Line(
        text=text,
        x0=first.x0,
        x1=max(s.x1 for s in group),
        top=min(s.top for s in group),
        bottom=max(s.bottom for s in group),
        size=max(s.size for s in worded),
        text_size=most_common_size([(s.text_size or s.size, len(s.text)) for s in worded]),
        bold=all(s.bold for s in worded),
        page=first.page,
        column=first.column,
        list_item=any(s.list_item for s in group),
    )


def _set_right(lines: list[Line]) -> list[Line]:
    """Record the column's right edge on each line: wrapped lines run up to it."""
    if lines:
        edges = sorted(line.x1 for line in lines)
        right = edges[int(0.9 * (len(edges) - 1))]
        for line in lines:
            line.right = right
    return lines


def _chars(segments: list[Line]) -> int:
    return sum(len(s.text) for s in segments)
