"""Where a DOCX's text boxes are placed: their reading order, their columns, and the filled
shapes behind them (design templates lay a resume out in boxes that one paragraph anchors,
stored in no reading order)."""

from __future__ import annotations

import re

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
NEAR_WHITE = 0xEB

Area = tuple[int, int, int, int]
"""Left, top, right and bottom of a placed drawing, in EMU from the page's corner."""


def placed_boxes(boxes: list) -> list[tuple[object, int, Area]]:
    """The text boxes one paragraph anchors, top to bottom as they are placed, not as they are
    stored (a heading's box may come after its text's), each with its column and where it is
    placed. Where an x parts them into two columns (boxes wholly on each side; the ones
    across it, a header, are the main flow), the column with less text is a sidebar (1)."""
    texts = [(box, "".join(box.itertext())) for box in boxes]
    placed = sorted(
        ((_box_area(box), len(text), box) for box, text in texts if text.strip()),
        key=lambda p: p[0][1],
    )
    gutter = _box_gutter([(area, size) for area, size, _ in placed])
    if gutter is None:
        return [(box, 0, area) for area, _, box in placed]
    text = {"left": 0, "right": 0}
    for area, size, _ in placed:
        if (side := _side(area, gutter)) is not None:
            text[side] += size
    sidebar = min(text, key=lambda side: text[side])
    return [(box, int(_side(area, gutter) == sidebar), area) for area, _, box in placed]


def _box_gutter(boxes: list[tuple[Area, int]]) -> int | None:
    """The x that parts the boxes (with their length of text) into two columns of at least
    two each, under the least text that runs across it (a header's name and contact rows
    do, a column's paragraph should not); None when no x does."""
    best: tuple[int, int, int] | None = None
    for x in sorted({area[2] for area, _ in boxes}):
        sides = [_side(area, x) for area, _ in boxes]
        left, right = sides.count("left"), sides.count("right")
        if min(left, right) < MIN_COLUMN_BOXES:
            continue
        across = sum(size for (_, size), side in zip(boxes, sides, strict=True) if side is None)
        score = (across, -min(left, right), x)
        best = score if best is None or score < best else best
    return best[2] if best is not None else None


MIN_COLUMN_BOXES = 2


def _side(area: Area, x: int) -> str | None:
    if area[2] <= x:
        return "left"
    if area[0] >= x:
        return "right"
    return None


def _box_area(box) -> Area:
    """Where the drawing that holds a text box is placed."""
    anchor = next((a for a in box.iterancestors() if a.tag == f"{WP}anchor"), None)
    return _anchor_area(anchor) if anchor is not None else (0, 0, 0, 0)


def _anchor_area(anchor) -> Area:
    left, top = _offset(anchor, "H"), _offset(anchor, "V")
    extent = anchor.find(f"{WP}extent")
    width = int(extent.get("cx", "0")) if extent is not None else 0
    height = int(extent.get("cy", "0")) if extent is not None else 0
    return left, top, left + width, top + height


def overlap(a: Area, b: Area) -> bool:
    """Whether two placed drawings cover some of the same page."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def filled_areas(paragraph) -> list[Area]:
    """The areas of the shapes a paragraph anchors that are filled with a colour: a band or a
    sidebar drawn behind text boxes."""
    areas = []
    for anchor in paragraph.iter(f"{WP}anchor"):
        if in_fallback(anchor):
            continue
        fill = anchor.find(f".//{WPS}spPr/{A}solidFill")
        if fill is not None and len(fill) and not _light(fill[0]):
            areas.append(_anchor_area(anchor))
    return areas


def in_fallback(element) -> bool:
    """Whether an element is inside the VML copy Word keeps of a drawing for old readers (every
    drawing is stored twice; the DrawingML one is read)."""
    return any(a.tag == MC_FALLBACK for a in element.iterancestors())


def _light(colour) -> bool:
    """A fill colour a white text would not show on: white, near white, the background's."""
    value = colour.get("val", "")
    if colour.tag == f"{A}schemeClr":
        return value in ("bg1", "lt1")
    return near_white(value)


def near_white(hex_colour: str) -> bool:
    """An RGB colour ("F8F8F8") white text on which, or which as text on white, nobody sees;
    False for anything but six hex digits ("auto", a theme's name)."""
    if not is_rgb(hex_colour):
        return False
    return min(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) >= NEAR_WHITE


def is_rgb(value: str) -> bool:
    """Six hex digits, as Word writes a colour it names by value, not "auto" or a theme's."""
    return re.fullmatch(r"[0-9A-Fa-f]{6}", value) is not None


def _offset(anchor, axis: str) -> int:
    """A drawing's placed offset (EMU) on one axis from the page's edge; offsets from the
    margin or the column count a usual margin in, so drawings placed from different frames
    compare. 0 when aligned rather than placed."""
    position = anchor.find(f"{WP}position{axis}")
    node = position.find(f"{WP}posOffset") if position is not None else None
    text = (node.text or "").strip() if node is not None else ""
    if position is None or not text.lstrip("-").isdigit():
        return 0
    from_page = position.get("relativeFrom") in ("page", "leftMargin", "topMargin")
    return int(text) + (0 if from_page else USUAL_MARGIN_EMU)


# Word's default margin, an inch: where a box placed from the margin or column starts.
USUAL_MARGIN_EMU = 914_400
