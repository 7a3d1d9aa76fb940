"""Check that a rewrite invents no fact and drops none of the original's numbers or names.

A fact is a number in any form (1.5k, $18,000, 40%, 3x, p99, v2.3, 200 ms), a name (PyTorch,
AWS, GPT-4o, Vertex AI, an employer), an outcome verb (reduced, improved) or a production claim
(deployed, launched). Text inside square-bracket placeholders is not checked: a placeholder is
the visible promise that the candidate, not the tool, supplies the fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from prodgap.regex_cache import compile_pattern

# --- tables -----------------------------------------------------------------------------

SCALES = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mm": 10**6, "mn": 10**6, "million": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9,
}  # fmt: skip
"""Multipliers written after a number; "m" is read as million, the common resume meaning."""

UNITS: dict[str, tuple[str, Decimal]] = {
    **{u: ("time", Decimal("0.001")) for u in ("us", "µs", "μs")},
    **{u: ("time", Decimal(1)) for u in ("ms", "msec", "millisecond", "milliseconds")},
    **{u: ("time", Decimal(1000)) for u in ("s", "sec", "secs", "second", "seconds")},
    **{u: ("time", Decimal(60_000)) for u in ("min", "mins", "minute", "minutes")},
    **{u: ("time", Decimal(3_600_000)) for u in ("h", "hr", "hrs", "hour", "hours")},
    **{u: ("time", Decimal(86_400_000)) for u in ("day", "days")},
    **{u: ("time", Decimal(604_800_000)) for u in ("wk", "wks", "week", "weeks")},
    **{u: ("months", Decimal(1)) for u in ("mo", "month", "months")},
    **{u: ("months", Decimal(12)) for u in ("yr", "yrs", "year", "years")},
    **{u: ("bytes", Decimal(10) ** p) for u, p in (("kb", 3), ("mb", 6), ("gb", 9), ("tb", 12))},
    **{u: ("bytes", Decimal(10) ** p) for u, p in (("kib", 3), ("mib", 6), ("gib", 9))},
    "pb": ("bytes", Decimal(10) ** 15),
    **{u: ("rate", Decimal(1)) for u in ("qps", "rps", "tps", "req/s", "requests/s")},
    "rpm": ("rate", Decimal(1) / 60),
    **{u: ("x", Decimal(1)) for u in ("x", "×", "times", "fold")},
    **{u: ("%", Decimal(1)) for u in ("%", "percent", "pct")},
    **{u: ("p", Decimal(1)) for u in ("percentile", "pctl")},
    **{u: ("$", Decimal(1)) for u in ("usd", "dollars")},
}
"""Units after a number: dimension and factor, so 0.2 s == 200 ms and 1 TB == 1,000 GB."""

CURRENCIES = {"$": "$", "€": "€", "£": "£"}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 12, "hundreds": 100,
    "thousands": 1000, "millions": 10**6, "billions": 10**9,
}  # fmt: skip
"""Spelled numbers; "one" is left out because "one of the" states no count."""

MULTIPLE_WORDS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "quadrupled": 4}
"""Words in the original that state a multiplier, so a rewrite may say 2x for "doubled"."""

CLAIMS: dict[str, re.Pattern[str]] = {
    "better": compile_pattern(
        r"\b(improv\w*|increas\w*|boost\w*|rais(?:e|ed|es|ing)|gr[eo]w\w*|doubl\w*|tripl\w*"
        r"|accelerat\w*|sp[e]+d(?:s|ing)? up|enhanc\w*|lift(?:ed|ing)?|outperform\w*"
        r"|exceed\w*|beat|achiev\w*|faster|quicker|higher|more reliable)\b",
        re.I,
    ),
    "less": compile_pattern(
        r"\b(reduc\w*|cut(?:s|ting)?|decreas\w*|lower(?:ed|ing|s)?|drop(?:ped|ping|s)?"
        r"|slash\w*|shr[iau]nk\w*|halv\w*|trimm?\w*|eliminat\w*|sav(?:e|ed|es|ing|ings)"
        r"|prevent\w*|avoid\w*|cheaper|fewer)\b",
        re.I,
    ),
    "production": compile_pattern(
        r"\b(deploy\w*|ship(?:s|ped|ping)?|launch\w*|serv(?:e|ed|es|ing)|production\w*"
        r"|prod|rolled out|roll(?:s|ing)? out|releas\w*|went live|go-live|live traffic)\b",
        re.I,
    ),
}
"""Outcome and production claims: a rewrite may make one only if the original makes its kind."""

KNOWN_TOOLS = frozenset(
    """pytorch tensorflow keras jax sklearn scikit-learn xgboost lightgbm catboost pandas numpy
    spark pyspark kafka airflow dagster prefect kubeflow mlflow kubernetes k8s docker terraform
    aws gcp azure sagemaker vertex bigquery snowflake databricks redis postgres postgresql mysql
    mongodb elasticsearch cassandra dynamodb flask fastapi django grpc graphql react triton onnx
    tensorrt vllm ray dask huggingface langchain llamaindex openai gpt bert llama prometheus
    grafana datadog sentry jenkins github gitlab celery rabbitmq nginx java python rust scala
    golang typescript javascript streamlit tableau looker dbt pinecone faiss weaviate milvus
    opensearch clickhouse hadoop hive flink beam argo helm istio linux cuda mlops wandb""".split()
)
"""Tool names that count as names even when written in lowercase."""

COMMON_WORDS = frozenset(
    """a an the and or but nor so yet for of in on at to from by with without into onto over
    under after before during while when where which who whom whose that this these those it
    its their them they we our my i as if then than once since until about across against
    along among around through throughout via per each every all both either neither no not
    any some many most more less few other another such only also just still even very
    is was were be been being are has had have having do did does done can could will would
    should may might must up down out off again further here there why how what whether
    new first last next same own using used use based end full key main major
    built build led lead owned designed design developed develop created create wrote
    write made make ran run trained train fine-tuned tuned implemented implement added add
    moved migrated replaced rebuilt rewrote set took kept found fixed fix put got
    caught traced diagnosed debugged monitored maintained operated managed supported
    scaled automated integrated introduced established defined drove partnered worked
    collaborated helped mentored taught analyzed evaluated tested measured benchmarked
    profiled investigated researched explored prototyped studied modeled labeled cleaned
    processed built-in along later earlier initially eventually afterward afterwards
    together plus across within because despite although though however overall""".split()
)
"""Words that may open a sentence capitalized without being a name."""

# --- tokens -----------------------------------------------------------------------------

PLACEHOLDER = compile_pattern(r"\[[^\[\]]*\]")
WORD = compile_pattern(r"[$€£]?[\w%×µ#]+(?:[.,'’/+&-][\w%×µ#]+)*[%×+#]*")
NUMBER = compile_pattern(
    r"(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<suf>[a-zA-Z%×µ]+)?\+?"
)
PERCENTILE = compile_pattern(r"[pP](?P<num>\d{1,2}(?:\.\d+)?)")
VERSION = compile_pattern(r"[vV](?P<num>\d+(?:\.\d+)*)|(?P<dotted>\d+\.\d+\.\d+(?:\.\d+)*)")
ORDINAL = compile_pattern(r"(?P<num>\d+)(?:st|nd|rd|th)", re.I)
RANGE_LINK = compile_pattern(r"^\s*(?:-|–|—|→|->|to|and|/)\s*$", re.I)
# Compiled once: these run for every word of every checked text.
LETTERS = compile_pattern(r"[A-Za-z]+")
PART_BREAK = compile_pattern(r"[-/.]")
NOT_KEY = compile_pattern(r"[^\w+#]")
RANGE_BREAK = compile_pattern(r"([-–/])")
PARTICIPLE = compile_pattern(r"[a-z]+(?:ed|ing)")
CAMEL = compile_pattern(r"[a-z][A-Z]")
ACRONYM = compile_pattern(r"[A-Z]{2,}s?")
SENTENCE_END = ".!?;:•—–(\n"
GAP = "\x00"


@dataclass(frozen=True)
class Faithfulness:
    """The verdict of check_faithful: passed, or each fact the rewrite invented or dropped."""

    passed: bool
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Number:
    """A number in a dimension: 1.5k -> ("", 1500); 200 ms -> ("time", 200); v2.3 -> literal."""

    text: str
    dim: str
    value: Decimal | None
    literal: str | None = None
    count: Decimal | None = None  # the value with its unit dropped, e.g. 200 for "200 ms"

    def matches(self, other: _Number) -> bool:
        """True when ``other`` states this number (dropping a unit is allowed, adding one not)."""
        if self.literal is not None and self.literal == other.literal:
            return True
        if self.dim == other.dim and self.value is not None and self.value == other.value:
            return self.literal is None or other.literal is None or self.literal == other.literal
        return self.dim == "" and self.value is not None and self.value == other.count


class _Word(NamedTuple):
    """A word of a checked text (a tuple: every word of every check makes one)."""

    text: str
    start: int
    end: int
    initial: bool


@dataclass
class _Facts:
    words: list[_Word] = field(default_factory=list)
    numbers: list[_Number] = field(default_factory=list)
    names: list[_Word] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    claims: dict[str, str] = field(default_factory=dict)
    initials: str = ""  # first letters of the words, so FPR can stand for false-positive rate


# --- public -----------------------------------------------------------------------------


def check_faithful(original: str, rewrite: str) -> Faithfulness:
    """Find the facts a rewrite states outside [placeholders] that the original does not, and
    the original's numbers and names that the rewrite lost."""
    stated, said = _facts(original), _facts(_unbracket(rewrite))
    have = _with_variants(stated, original)
    problems = [
        *(f"invented number: {n.text}" for n in said.numbers if not _stated(n, have.numbers)),
        *(f"invented name: {name}" for name in _missing_names(said, have.keys, have.initials)),
        *(f"invented claim ({kind}): {word}" for kind, word in _new_claims(said, have)),
        *(f"dropped number: {n.text}" for n in _dropped(stated.numbers, said.numbers)),
        *(f"dropped name: {name}" for name in _missing_names(have, said.keys, keep_initial=False)),
    ]  # fmt: skip
    return Faithfulness(passed=not problems, problems=list(dict.fromkeys(problems)))


# --- extraction -------------------------------------------------------------------------


def _unbracket(text: str) -> str:
    """Blank out placeholders with a marker that joins nothing and ends no sentence."""
    return PLACEHOLDER.sub(lambda m: GAP * len(m.group()), text)


def _facts(text: str) -> _Facts:
    """The numbers, candidate names, vocabulary keys and claim kinds of a text."""
    words = _words(text)
    facts = _Facts(words)
    skip: set[int] = set()
    for i, word in enumerate(words):
        facts.keys.update(_keys(word.text))
        if i in skip:
            continue
        numbers, used = _numbers_at(words, i)
        skip.update(used)
        facts.numbers.extend(numbers)
        if not numbers and _is_name(word):
            facts.names.append(word)
    facts.initials = "".join(w[0] for w in LETTERS.findall(text)).casefold()
    found = {kind: pattern.search(text) for kind, pattern in CLAIMS.items()}
    facts.claims = {kind: m.group() for kind, m in found.items() if m}
    return facts


def _with_variants(facts: _Facts, text: str) -> _Facts:
    """The original's facts with the other ways to state its numbers added."""
    variants = _variants(facts.words, facts.numbers, text)
    return replace(facts, numbers=facts.numbers + variants) if variants else facts


def _words(text: str) -> list[_Word]:
    """Word-like tokens with whether each opens a sentence."""
    words = []
    last, position = "", 0  # the last character before a word that is neither gap nor space
    for m in WORD.finditer(text):
        between = text[position : m.start()].replace(GAP, "").rstrip()
        last = between[-1] if between else last
        words.append(_Word(m.group(), m.start(), m.end(), not last or last in SENTENCE_END))
        last, position = m.group()[-1], m.end()
    return words


# The same words come back in every bullet and in each rewrite of it: the per-word helpers
# below are pure functions of a string, so they remember their answers.


@lru_cache(maxsize=8192)
def _parts(text: str) -> tuple[str, ...]:
    return tuple(p for p in PART_BREAK.split(text) if p)


@lru_cache(maxsize=8192)
def _keys(word: str) -> tuple[str, ...]:
    """The vocabulary keys of a word: the whole word's and each of its parts'."""
    return tuple(_key(p) for p in [word, *_parts(word)])


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """Compare names by letters and digits only, ignoring case: ResNet-50 == resnet50."""
    return NOT_KEY.sub("", text.casefold())


def _numbers_at(words: list[_Word], i: int) -> tuple[list[_Number], set[int]]:
    """The numbers in word i (a range like 5-10x gives two), and the next words used as units."""
    numbers = list(_numbers_in(words[i].text))
    if not numbers:
        return [], set()
    used: set[int] = set()
    last, nxt = numbers[-1], i + 1
    while nxt < len(words) and _adjacent(words[nxt - 1], words[nxt]):
        widened = _with_unit(last, words[nxt].text)
        if widened is None:
            break
        last, used = widened, used | {nxt}
        nxt += 1
    numbers[-1] = last
    return _spread_unit(numbers), used


@lru_cache(maxsize=8192)
def _numbers_in(word: str) -> tuple[_Number, ...]:
    """Numbers in one word: "3-5x" gives two, "3-fold" one, "100-node" one; "GPT-4o" none."""
    first, *rest = RANGE_BREAK.split(word)
    number = _number(first)
    if number is None:
        return ()
    numbers = [number]
    for sep, piece in zip(rest[::2], rest[1::2], strict=True):
        if (following := _number(piece)) is not None:
            numbers.append(following)
        elif sep == "-" and piece.casefold() in UNITS:
            numbers[-1] = _with_unit(numbers[-1], piece) or numbers[-1]
        elif not piece.isalpha():
            return ()
    return tuple(numbers)


def _adjacent(a: _Word, b: _Word) -> bool:
    return b.start - a.end <= 1


def _number(piece: str) -> _Number | None:
    """Parse one number-like piece, or None when it is a name such as 4o or S3."""
    low = piece.casefold()
    if low in NUMBER_WORDS:
        value = Decimal(NUMBER_WORDS[low])
        return _Number(piece, "", value, count=value)
    if m := PERCENTILE.fullmatch(piece):
        return _Number(piece, "p", Decimal(m["num"]))
    if m := VERSION.fullmatch(piece):
        return _Number(piece, "", None, literal=m["num"] or m["dotted"])
    if m := ORDINAL.fullmatch(piece):
        return _Number(piece, "", Decimal(m["num"]), literal=m["num"], count=Decimal(m["num"]))
    m = NUMBER.fullmatch(piece)
    return _scaled(piece, m) if m else None


def _scaled(piece: str, m: re.Match[str]) -> _Number | None:
    """A number with its currency, scale (k, M) and unit (ms, GB, %, x) applied."""
    digits = m["num"].replace(",", "")
    value = Decimal(digits)
    dim = CURRENCIES.get(m["cur"] or "", "")
    literal = digits if not dim and "." in digits else None
    number = _Number(piece, dim, value, literal=literal, count=value)
    suffix = (m["suf"] or "").casefold()
    if not suffix:
        return number
    if suffix in SCALES:
        return _with_scale(number, SCALES[suffix])
    if suffix not in UNITS and suffix[:1] in SCALES and suffix[1:] in UNITS:  # 10kqps, not 2mb
        return _with_unit(_with_scale(number, SCALES[suffix[:1]]), suffix[1:])
    return _with_unit(number, suffix)


def _with_scale(number: _Number, scale: int) -> _Number:
    value = (number.value or Decimal(0)) * scale
    return _Number(number.text, number.dim, value, count=value)


def _with_unit(number: _Number, word: str) -> _Number | None:
    """The number read together with the word after it, or None when the word is no unit."""
    low = word.casefold()
    if low in SCALES and len(low) > 2 and number.literal is None and number.value is not None:
        widened = _with_scale(number, SCALES[low])
        return _Number(f"{number.text} {word}", widened.dim, widened.value, count=widened.count)
    if low not in UNITS or number.value is None or number.dim not in ("", "$"):
        return None
    dim, factor = UNITS[low]
    if number.dim == "$" and dim != "$":
        return None
    attached = number.text.casefold().endswith(low)  # "200ms" rather than "200" then "ms"
    text = number.text if attached else f"{number.text} {word}"
    return _Number(text, dim, number.value * factor, count=number.count)


def _spread_unit(numbers: list[_Number]) -> list[_Number]:
    """In a range like 5-10x or 2-3 GB, the unit of the last number applies to every number."""
    last = numbers[-1]
    if len(numbers) == 1 or not last.dim or last.value is None or last.count in (None, 0):
        return numbers
    factor = last.value / last.count
    return [
        _Number(n.text, last.dim, n.value * factor, count=n.count)
        if not n.dim and n.value is not None
        else n
        for n in numbers[:-1]
    ] + [last]


def _variants(words: list[_Word], numbers: list[_Number], text: str) -> list[_Number]:
    """Other ways to state the original's numbers: "from 800 to 200ms" also says 800 ms."""
    extra = [
        _Number(w.text, "x", Decimal(MULTIPLE_WORDS[w.text.casefold()]))
        for w in words
        if w.text.casefold() in MULTIPLE_WORDS
    ]
    for a, b in zip(numbers, numbers[1:], strict=False):
        if not a.dim and b.dim and a.value is not None and b.count:
            if _linked(text, a.text, b.text):
                extra.append(_Number(a.text, b.dim, a.value * (b.value or 0) / b.count))
    return extra


def _linked(text: str, first: str, second: str) -> bool:
    """Whether two numbers are written as a range or a before/after pair."""
    m = re.search(re.escape(first) + r"(.{0,6}?)" + re.escape(second), text)
    return bool(m and RANGE_LINK.match(m.group(1)))


# --- names and claims -------------------------------------------------------------------


def _is_name(word: _Word) -> bool:
    """Whether a word names something: a tool, product, employer, acronym or model."""
    return _names_something(word.text, word.initial)


@lru_cache(maxsize=8192)
def _names_something(word: str, initial: bool) -> bool:
    text = word.lstrip("$€£")
    parts = _parts(text)
    if any(_strong_name(p) for p in parts) or text.casefold() in KNOWN_TOOLS:
        return True
    if not text[:1].isupper():
        return False
    low = text.casefold()
    if initial and (low in COMMON_WORDS or PARTICIPLE.fullmatch(low)):
        return False
    return len(text) > 1


@lru_cache(maxsize=8192)
def _strong_name(part: str) -> bool:
    """Digits with letters (S3, GPT-4o), CamelCase (PyTorch, iOS) or an acronym (AWS, GPUs)."""
    has_digit, has_alpha = any(c.isdigit() for c in part), any(c.isalpha() for c in part)
    if has_digit and has_alpha:
        return True
    if CAMEL.search(part):
        return True
    return bool(ACRONYM.fullmatch(part)) or part.casefold() in KNOWN_TOOLS


def _missing_names(
    facts: _Facts, keys: set[str], initials: str = "", *, keep_initial: bool = True
) -> list[str]:
    """Names of ``facts`` not among ``keys``, with adjacent ones joined (Vertex AI)."""
    missing = [
        w
        for w in facts.names
        if (keep_initial or not w.initial or _strong_name(w.text))
        and not _known(w.text, keys)
        and not _abbreviates(w.text, initials)
    ]
    groups: list[list[_Word]] = []
    for word in missing:
        if groups and word.start - groups[-1][-1].end == 1:
            groups[-1].append(word)
        else:
            groups.append([word])
    return [" ".join(w.text for w in group) for group in groups]


def _known(text: str, keys: set[str]) -> bool:
    """Whether a name is in the vocabulary, whole or part by part, singular or plural."""
    if _key_in(_key(text), keys):
        return True
    parts = _parts(text)
    return len(parts) > 1 and all(_key_in(_key(p), keys) for p in parts)


def _abbreviates(name: str, initials: str) -> bool:
    """Whether an acronym of three or more letters spells out words of the original."""
    letters = name.removesuffix("s")
    return len(letters) >= 3 and letters.isupper() and letters.casefold() in initials


def _key_in(key: str, keys: set[str]) -> bool:
    return key in keys or f"{key}s" in keys or (key.endswith("s") and key[:-1] in keys)


def _new_claims(said: _Facts, have: _Facts) -> list[tuple[str, str]]:
    """Outcome or production claims of a kind the original never makes."""
    return [(kind, word) for kind, word in said.claims.items() if kind not in have.claims]


def _stated(number: _Number, numbers: list[_Number]) -> bool:
    """Whether the rewrite's number is one the original states."""
    return any(number.matches(n) for n in numbers)


def _dropped(originals: list[_Number], kept: list[_Number]) -> list[_Number]:
    """The original's numbers the rewrite no longer states, each rewrite number used once."""
    left = list(kept)
    # same form first, so "3 models ... 3%" cannot count the 3% as the 3 models
    unmatched = [n for n in originals if not _take(left, n, _same_form)]
    return [n for n in unmatched if not _take(left, n, _loosely_same)]


def _take(numbers: list[_Number], number: _Number, same: Callable[..., bool]) -> bool:
    """Remove the first of ``numbers`` that states ``number``; whether there was one."""
    found = next((n for n in numbers if same(number, n)), None)
    if found is not None:
        numbers.remove(found)
    return found is not None


def _same_form(a: _Number, b: _Number) -> bool:
    return a.dim == b.dim and a.matches(b) and b.matches(a)


def _loosely_same(a: _Number, b: _Number) -> bool:
    return a.matches(b) or b.matches(a)
