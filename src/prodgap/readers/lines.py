"""The intermediate line model every reader produces, and the text clean-up they share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from prodgap.models import HiddenText
from prodgap.regex_cache import compile_pattern


@dataclass(slots=True)
class Line:
    """One visual line (PDF, text) or paragraph (DOCX), with what layout says about it."""

    text: str
    x0: float = 0.0
    """Left edge; for DOCX/text an indent in points or columns."""
    x1: float = 0.0
    top: float = 0.0
    """Distance from the top of the page (PDF) or a running position (others)."""
    bottom: float = 0.0
    size: float = 0.0
    """Effective font size in points (the largest of the line's words); 0 when unknown."""
    text_size: float = 0.0
    """The size most of the line's characters are set in, when its words differ in size (a
    label set larger than the text after it); 0 when they do not or it is unknown."""
    bold: bool = False
    caps: bool = False
    """Shown in capitals by styling (DOCX caps, small caps) whatever the typed case."""
    page: int | None = None
    column: int = 0
    """0 for the main flow, 1 and up for sidebars and other columns."""
    list_item: bool = False
    """The source marks this line as a list item (DOCX numbering, a drawn bullet shape)."""
    marker_x: float | None = None
    """Left edge of the drawn bullet shape that opens the line, when there is one."""
    heading: bool = False
    """The source marks this line as a heading (DOCX heading style, Markdown #)."""
    level: int = 0
    """The heading's level when the source gives one (Markdown #, DOCX Heading N)."""
    wrapped: bool = True
    """Whether the line may be a visual wrap of the one before (False for DOCX paragraphs)."""
    right: float = 0.0
    """Right edge of the text column the line sits in, to tell a wrap from a short line."""
    margin_label: bool = False
    """Set in a margin beside the text it names (a date, a form's "Occupation" label)."""


@dataclass
class ReadResult:
    """What a reader hands to the structure stage."""

    lines: list[Line]
    engine: str
    pages: int | None = None
    hidden: list[HiddenText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    auto_hyphenation: bool = False
    """The generator splits words at line ends (TeX does; word processors do not)."""
    authors: list[str] = field(default_factory=list)
    """Author names from the file's metadata, for the privacy boundary to mask."""
    running: list[str] = field(default_factory=list)
    """Page header and footer text left out of ``lines`` (DOCX), for the privacy boundary."""


HIDDEN_MIN_LETTERS = 4
"""Hidden text with fewer letters than this is layout debris (a page number drawn outside the
page, a bullet glyph in white, a stray dash in a 1-point font), not text anyone hid: reporting
it would suggest the candidate tried to game a screener. It is dropped without a word."""
_PAGE_MARK = compile_pattern(
    r"^\W*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.IGNORECASE
)


def worth_reporting(hidden: str) -> bool:
    """Whether invisible text is worth telling the reader about: words, not debris."""
    letters = sum(c.isalpha() for c in hidden)
    return letters >= HIDDEN_MIN_LETTERS and not _PAGE_MARK.match(hidden.strip())


# Spacing accents that PDF generators (TeX above all) draw as separate glyphs before the letter.
SPACING_ACCENTS = {
    "\u00b4": "\u0301",
    "\u02dd": "\u030b",
    "\u00a8": "\u0308",
    "\u02dc": "\u0303",
    "\u02c6": "\u0302",
    "\u02c7": "\u030c",
    "\u02d8": "\u0306",
    "\u02da": "\u030a",
    "\u00b8": "\u0327",
    "\u00af": "\u0304",
}
# Characters that carry no text: soft hyphen, zero-width spaces and joiners, BOM.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# C1 control codes (U+0080 to U+009F), which no text uses, are what a font with a broken map
# gives for its icons. Before a line's text one is the line's bullet marker and stays; after
# it, it is an icon a reader would not copy ("... platform ledgers\x9e").
_C1_RANGE = "\x80-\x9f"
C1_CONTROL = compile_pattern(f"[{_C1_RANGE}]")
TRAILING_ICON = compile_pattern(f"(?<=\\S)\\s*[{_C1_RANGE}]+\\s*$")
# A letter or digit: what tells a run of words from a lone glyph or punctuation.
WORDED = compile_pattern(r"[^\W_]")
KANA_AND_IDEOGRAPHS = "\u3040-\u30ff\u3400-\u9fff"
"""Japanese kana and CJK ideographs: scripts written with no space between words."""
UNSPACED_SCRIPT = compile_pattern(f"[{KANA_AND_IDEOGRAPHS}]")
_LIGATURE_RANGE = "\ufb00-\ufb06"
LIGATURES = compile_pattern(f"[{_LIGATURE_RANGE}]")
# U+2423 (a visible-space symbol) is what some TeX fonts map their space glyph to.
_ODD_SPACE_RANGES = "\u00a0\u2000-\u200a\u202f\u205f\u3000\u2423"
ODD_SPACES = compile_pattern(f"[{_ODD_SPACE_RANGES}]")
# PDFium marks some hyphens with the non-character U+FFFE; U+223C is the tilde TeX's $\sim$
# draws ("∼2M"), which a reader sees, and would type, as "~".
_REPLACED = {"\ufffe": "-", "\u2010": "-", "\u2011": "-", "\u223c": "~"}
# Chinese fonts on macOS (PingFang) map common characters to the look-alike Kangxi radicals
# ("⼯作", "⽤⼾" for "工作", "用户"): a reader copies the ideographs, and the lexicon reads them.
_KANGXI_RANGE = "\u2f00-\u2fd5"
_KANGXI = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
# One hyphen set twice, as a hyphen-minus and a Unicode hyphen (a soft hyphen between them):
# a converter's "Hands-\u00ad\u2010on", which a reader sees as "Hands-on".
_DOUBLED_HYPHEN = compile_pattern("-\u00ad?[\u2010\u2011]")
# A ligature whose font has no Unicode map: TeX's T1 encoding leaves it at a control code
# ("\x1cle" for "file"; Python would even split words there, as \x1c-\x1f count as spaces),
# and PDFium gives U+FFFE for one inside a word ("Pro\ufffessional"). The T1 codes say which
# ligature; inside a word "fi" is by far the most common, "fl" where the word goes on like one.
T1_LIGATURES = {"\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl"}
UNMAPPED_LIGATURE = compile_pattern(r"[\x1b-\x1f](?=[^\W\d_])|(?<=[^\W\d_])\ufffe(?=[^\W\d_])")
FL_ENDINGS = ("ow", "ex", "at", "oo", "ui", "ag", "ask", "ash", "ig", "uen", "utter", "ect", "y")
# Only letters that take accents in the languages resumes are written in, so "John´s" stays.
_ACCENT_BEFORE = compile_pattern(
    "([" + re.escape("".join(SPACING_ACCENTS)) + r"])\s?([AEIOUYNCaeiouyncı])"
)


# Every character clean_text changes, gathered from the tables above so that none is left out:
# most lines have none, and are returned as they are.
_NEEDS_CLEANING = compile_pattern(
    "["
    + re.escape("".join(_REPLACED) + "".join(map(chr, INVISIBLE)) + "".join(SPACING_ACCENTS))
    + _ODD_SPACE_RANGES
    + _LIGATURE_RANGE
    + _C1_RANGE
    + _KANGXI_RANGE
    + "".join(T1_LIGATURES)
    + "]"
)
_T1_CODES = compile_pattern("[" + "".join(T1_LIGATURES) + "]")
_ACCENTS = compile_pattern("[" + re.escape("".join(SPACING_ACCENTS)) + "]")
_REPLACEMENTS = str.maketrans(_REPLACED) | INVISIBLE | _KANGXI


def clean_text(text: str) -> str:
    """Normalize ligatures, odd spaces, invisible characters and spacing accents in a line."""
    if (text.isascii() and not _T1_CODES.search(text)) or not _NEEDS_CLEANING.search(text):
        return text
    text = UNMAPPED_LIGATURE.sub(_ligature, text)
    text = TRAILING_ICON.sub("", text)
    text = _DOUBLED_HYPHEN.sub("-", text)
    text = text.translate(_REPLACEMENTS)
    text = ODD_SPACES.sub(" ", text)
    text = _recompose_accents(text)
    # NFKC on the ligatures only: on the whole line it would also rewrite "…", "½" and the like.
    return LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)


def _ligature(match: re.Match[str]) -> str:
    code = match[0]
    if code in T1_LIGATURES:
        return T1_LIGATURES[code]
    rest = match.string[match.end() : match.end() + 5].lower()
    return "fl" if rest.startswith(FL_ENDINGS) else "fi"


def _recompose_accents(text: str) -> str:
    if not _ACCENTS.search(text):
        return text

    return _ACCENT_BEFORE.sub(lambda m: accented(m[2], SPACING_ACCENTS[m[1]]) or m[0], text)


def accented(letter: str, mark: str) -> str | None:
    """The letter with a combining mark on it, as one character, or None where Unicode has
    none. TeX sets an accented i on a dotless one: "ı" with an acute is "í"."""
    base = "i" if letter == "ı" else letter
    joined = unicodedata.normalize("NFC", base + mark)
    return joined if len(joined) == 1 else None


def fold_accents(text: str) -> str:
    """The text without accents ("Expérience" → "Experience"), for comparing headings."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    # Composed again: Hangul syllables decompose into letters that are not accents.
    return unicodedata.normalize("NFC", decomposed.translate(_WITHOUT_MARKS))


class _MarksDropped(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks: each character's entry is worked
    out the first time it is met and kept, so that translating runs in C, not one Python step
    per character (headings and bullets are folded by the thousand)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _MarksDropped()


_LONG_WORD = compile_pattern(r"[^\W\d_]{3,}")
_VOWEL = compile_pattern(r"[aeiouyAEIOUY]")


def unreadable(texts: list[str]) -> bool:
    """Text whose font maps to no real letters: mostly symbols, or Latin "words" without a
    vowel. Such a PDF reads as gibberish, like a scan it needs OCR. Short texts are not judged."""
    chars = "".join("".join(texts).split())  # str.split drops exactly what isspace finds
    if len(chars) < 200:
        return False
    letters = sum(map(str.isalpha, chars)) / len(chars)
    latin = [w for text in texts for w in _LONG_WORD.findall(text) if w.isascii()]
    voweled = sum(bool(_VOWEL.search(w)) for w in latin) / len(latin) if latin else 1.0
    return letters < 0.45 or voweled < 0.6


def most_common_size(sized: list[tuple[float, int]]) -> float:
    """The size that most characters are set in, or 0 when every part is set alike."""
    counts: dict[float, int] = {}
    for size, chars in sized:
        rounded = round(size, 1)
        counts[rounded] = counts.get(rounded, 0) + chars
    return max(counts, key=counts.__getitem__) if len(counts) > 1 else 0.0
