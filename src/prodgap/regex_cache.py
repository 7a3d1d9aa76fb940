"""The package's compiled patterns, kept on disk so that a run does not compile them again.

The rules are about a hundred long regular expressions, and the other stages (reading the
file, finding its structure, the faithfulness check, the report) a few hundred shorter ones,
all compiled at import. Python compiles a pattern with its pure-Python parser and code
generator, which costs about 90 ms per process for the rules alone on the development
machine: a fifth of a whole ``prodgap audit``, paid on every run since the CLI labels on every
run. The compiled form is a list of integers that C code (``_sre.compile``) turns into a
``re.Pattern`` in microseconds. ``PatternCache`` keeps that list for each pattern in one file
under the user cache dir (``PRODGAP_CACHE_DIR`` overrides it), named after the exact
interpreter that wrote it (its cache tag, its full version number and ``_sre.MAGIC``), and
holding that interpreter's full version string too: the first run compiles and writes it,
every later run of the same interpreter builds the patterns from it in a few milliseconds. A
file written by any other Python, even another patch release, is never read.

The file is written once, as the process exits, and only if the run compiled a pattern the file
lacked, so every module's patterns are in it whatever was imported and in what order. It keeps
what the file already held besides what this run used (a run that only extracts must not drop
the rules' patterns), unless prodgap's own source files changed since it was written: then a
pattern the file holds may be one no module asks for any more, and only this run's go back.

Why not a supported way: every pattern is used on every run (each bullet is matched against
all the rules), so compiling lazily would only move the cost to the first bullet, and the
patterns are long by nature (each names dozens of phrasings) so fewer or combined patterns
cost as much to compile. The file holds only this package's own patterns, never resume text
(a pattern built from a resume, such as the candidate's name in privacy.py, uses ``re``).
It relies on two private parts of the ``re`` module (``re._parser``/``re._compiler`` to get
the code, ``_sre.compile`` to use it, which validates the code it is given), so it is
defensive: on any Python but CPython it is off; any error reading, validating or using the
file falls back to ``re.compile``, and a pattern built from the file must come back with the
same source and flags. ``PRODGAP_REGEX_CACHE=0`` turns it off.
"""

from __future__ import annotations

import atexit
import hashlib
import itertools
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from prodgap.llm_cache import cache_dir, write_marshalled

try:
    import _sre  # type: ignore[import-not-found]
except ImportError:  # not CPython: there is nothing to keep, re.compile does it all
    _sre = None

_FORMAT = 4  # 4: gates read character classes; a file of 3 holds weaker gates
Entry = tuple[
    int, int, list[int], int, dict[str, int], tuple[str | None, ...], tuple[str, ...] | None
]
"""(flags asked, flags of the pattern, code, groups - 1, group index, index group, gate)."""


def supported() -> bool:
    """Whether this interpreter's compiled patterns can be kept (CPython only)."""
    return (
        sys.implementation.name == "cpython"
        and _sre is not None
        and hasattr(_sre, "compile")
        and hasattr(_sre, "MAGIC")
    )


def cache_file() -> Path:
    """Where this interpreter's compiled patterns are kept: one file per exact Python."""
    tag = sys.implementation.cache_tag or "python"
    name = f"{tag}-{sys.hexversion:08x}-{getattr(_sre, 'MAGIC', 0)}.marshal"
    return cache_dir() / "regex" / name


class PatternCache:
    """Compiles patterns from the file where it can, records the rest, writes the file back."""

    def __init__(self, path: Path | None, sources: Callable[[], str] | None = None) -> None:
        self.path = path
        self._sources = sources or package_sources
        self._stored, self._stored_sources = _read(path) if path else ({}, "")
        self._used: dict[str, Entry] = {}
        self._gates: dict[str, tuple[str, ...]] = {}
        self._index: _GateIndex | None = None
        self._changed = False
        self.hits = 0
        """Patterns built from the file in this run."""
        self.misses = 0
        """Patterns compiled in this run because the file lacked them."""

    @classmethod
    def open(cls) -> PatternCache:
        """The cache for this interpreter, or a disabled one (``PRODGAP_REGEX_CACHE=0``)."""
        if os.environ.get("PRODGAP_REGEX_CACHE") == "0" or not supported():
            return cls(None)
        return cls(cache_file())

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file when it has this pattern."""
        flags = int(flags)
        entry = self._stored.get(pattern)
        if entry is not None and entry[0] == flags:
            compiled = _from_entry(pattern, entry)
            if compiled is not None:
                self._used[pattern] = entry
                self._keep_gate(pattern, entry)
                self.hits += 1
                return compiled
        compiled, entry = _compile(pattern, flags)
        self.misses += 1
        if entry is not None:
            self._keep_gate(pattern, entry)
            if self.path is not None:
                self._used[pattern] = entry
                self._changed = True
        return compiled

    def _keep_gate(self, pattern: str, entry: Entry) -> None:
        gate = entry[6]
        if isinstance(gate, tuple) and all(isinstance(word, str) for word in gate):
            self._gates[pattern] = gate

    def possible(self, text: str) -> Callable[[re.Pattern[str]], bool]:
        """For one text, whether a pattern compiled here could match it: False only when every
        match holds one of the pattern's gate words and the text has none of them. Asking again
        for a recent text costs a lookup, so each stage that reads a bullet can ask."""
        lowered = lowered_for_gates(text)
        if lowered is None or not self._gates:
            return _anything
        if self._index is None:
            self._index = _GateIndex()
        if self._index.size != len(self._gates):
            # Gates only grow, as patterns are first compiled (some modules compile theirs on
            # first use): the new ones, last in the dict, join the index.
            self._index.add(itertools.islice(self._gates.items(), self._index.size, None))
        ids, found = self._index.ids, self._index.gates_in(lowered)

        def could_match(pattern: re.Pattern[str]) -> bool:
            gate = ids.get(pattern.pattern)
            return gate is None or gate in found

        return could_match

    def save(self) -> None:
        """Write the file back if any pattern had to be compiled: the patterns used in this run
        and, while prodgap's sources are those that wrote it, the ones it already held. Errors
        are ignored (a cache that cannot be written only costs the next run its compile time)."""
        if not self._changed or self.path is None:
            return
        try:
            sources = self._sources()
            kept = self._stored if sources == self._stored_sources else {}
            content = {
                "format": _FORMAT,
                "python": sys.version,
                "sources": sources,
                "patterns": {**kept, **self._used},
            }
        except OSError:
            return
        if write_marshalled(self.path, content):
            self._changed = False


def package_sources(package: Path = Path(__file__).parent) -> str:
    """What identifies this copy of prodgap's code: the names, sizes and modification times of
    its modules (read only when the file is written, so a run that compiles nothing pays none)."""
    stats = []
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        stats.append((module.relative_to(package).as_posix(), stat.st_size, stat.st_mtime_ns))
    return hashlib.sha256(repr(stats).encode()).hexdigest()


def _read(path: Path) -> tuple[dict[str, Entry], str]:
    """The file's patterns and the sources that wrote it; nothing for a file that does not
    hold up or that another interpreter build wrote."""
    try:
        content = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, ""
    if not isinstance(content, dict) or content.get("format") != _FORMAT:
        return {}, ""
    if content.get("python") != sys.version:  # written by another interpreter build
        return {}, ""
    patterns, sources = content.get("patterns"), content.get("sources")
    if not isinstance(patterns, dict):
        return {}, ""
    return patterns, sources if isinstance(sources, str) else ""


def _from_entry(pattern: str, entry: Any) -> re.Pattern[str] | None:
    """The pattern built from its stored code, or None if the entry does not hold up."""
    try:
        asked, flags, code, groups, groupindex, indexgroup, _gate = entry
        compiled = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:  # any shape or validation error: compile it the ordinary way
        return None
    if compiled.pattern != pattern or compiled.flags != flags:
        return None
    return compiled  # type: ignore[no-any-return]


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry | None]:
    """Compile as ``re.compile`` does, keeping the code; ``re.compile`` itself if that fails."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(tree, flags)]
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            flags,
            int(flags | tree.state.flags),
            code,
            tree.state.groups - 1,
            groupindex,
            tuple(indexgroup),
            literal_gate(tree),
        )
        compiled = _from_entry(pattern, entry)
        if compiled is not None:
            return compiled, entry
    except Exception:  # a private API that changed: the public one still works
        pass
    return re.compile(pattern, flags), None


def literal_gate(tree: Any) -> tuple[str, ...] | None:
    """Words in lower case one of which every match of a parsed pattern holds (so a text
    without any of them needs no matching), or None when the pattern promises none.

    Matching every rule's pattern is most of the labeller's time, and most patterns cannot
    match most bullets: a case-insensitive alternation of words gets no help from the regex
    engine's own prefix search, but ``word in text`` is a fast C search. Only ASCII words are
    kept: ``lower()`` then agrees with case-insensitive matching, except for four letters
    that turn the gates off for a text that has them (``lowered_for_gates``)."""
    try:
        words = _required_literals(list(tree))
    except Exception:  # a parse tree of a shape this does not know: promise nothing
        return None
    if not words or not all(map(_folds_like_lower, words)):
        return None
    return tuple(sorted(words))


def _folds_like_lower(word: str) -> bool:
    """Whether ``lower()`` agrees with case-insensitive matching on every letter of a word:
    ASCII, and symbols with no case at all ("→", "×"; not "µ", which matches "Μ")."""
    return all(char.isascii() or not (char.isalpha() or char.isdigit()) for char in word)


def _required_literals(items: list[Any]) -> set[str] | None:
    """For a sequence of parsed items: a set of strings one of which any match contains (the
    most selective found: longest shortest word, then fewest words), or None."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            found.append({"".join(run)})
            run = []
        words: set[str] | None = None
        if op is sre.SUBPATTERN:
            words = _required_literals(list(av[3]))
        elif op is sre.ATOMIC_GROUP:
            words = _required_literals(list(av))
        elif op is sre.IN:
            words = _class_chars(av)
        elif op is sre.BRANCH:
            branches = [_required_literals(list(branch)) for branch in av[1]]
            if all(branch is not None for branch in branches):
                words = set().union(*branches)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            words = _required_literals(list(av[2]))
        if words:
            found.append(words)
    if not found:
        return None
    return max(found, key=lambda words: (min(map(_selectivity, words)), -len(words)))


def _selectivity(word: str) -> int:
    """How few texts a gate word lets through, roughly: its length, except that one letter lets
    every text through ("s"), while one digit or sign ("5", "%") still keeps many out."""
    return 0 if len(word) == 1 and word.isalpha() else len(word)


_CLASS_LIMIT = 10
"""The most characters a class may name and still be a gate ("[45]", "[+-]"); a wider one
("[a-z]") lets nearly every text through."""


def _class_chars(items: list[Any]) -> set[str] | None:
    """The characters a character class matches when it names them one by one or as short
    ASCII ranges ("[45]", "[$£€]", "[0-3]"); None for a negated class or a category ("\\d" also
    matches digits of other scripts, which a gate of "0".."9" would wrongly keep out)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] < 128 and av[1] - av[0] < _CLASS_LIMIT:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:
            return None
    return chars if 0 < len(chars) <= _CLASS_LIMIT else None


def _anything(pattern: re.Pattern[str]) -> bool:
    return True


class _GateIndex:
    """Every gate word by its first letters, so that one pass over a text finds the gates it
    opens: a hundred patterns' gates hold a few thousand words, too many to search one by one
    in each bullet."""

    HEAD = 3
    RECENT = 1024
    """How many texts' gates are remembered: every bullet of a resume, asked again by the
    stages after the labeller (the kind of work, its setting)."""

    def __init__(self) -> None:
        self.size = 0
        self.ids: dict[str, int] = {}
        self._by_head: dict[str, list[tuple[str, int]]] = {}
        self._short: dict[str, set[int]] = {}
        self._recent: dict[str, frozenset[int]] = {}

    def add(self, gates: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        """Index more patterns' gates (pattern source, gate words)."""
        self._recent.clear()  # a text remembered now may hold a new gate's words
        for source, words in gates:
            number = self.ids[source] = self.size
            self.size += 1
            for word in words:
                if len(word) >= self.HEAD:
                    self._by_head.setdefault(word[: self.HEAD], []).append((word, number))
                else:
                    self._short.setdefault(word, set()).add(number)

    def gates_in(self, lowered: str) -> frozenset[int]:
        """The ids of the gates one of whose words the text holds, remembered for recent texts."""
        found = self._recent.get(lowered)
        if found is None:
            if len(self._recent) >= self.RECENT:
                del self._recent[next(iter(self._recent))]  # the oldest
            found = self._recent[lowered] = frozenset(self._search(lowered))
        return found

    def _search(self, lowered: str) -> set[int]:
        found: set[int] = set()
        heads = self._by_head.get
        for at in range(len(lowered) - self.HEAD + 1):
            for word, gate in heads(lowered[at : at + self.HEAD], ()):
                if lowered.startswith(word, at):
                    found.add(gate)
        for word, gates in self._short.items():
            if word in lowered:
                found |= gates
        return found


# Letters that case-insensitive matching takes for ASCII ones ("K", the Kelvin sign, for "k";
# "ſ" for "s"; "İ" and "ı" for "i") and ``lower()`` does not turn into them.
_FOLDS_TO_ASCII = frozenset("\u212a\u017f\u0130\u0131")


def lowered_for_gates(text: str) -> str | None:
    """The text as gates compare it, or None when a gate cannot be trusted on it."""
    return None if _FOLDS_TO_ASCII.intersection(text) else text.lower()


PATTERNS = PatternCache.open()
"""The package's one cache: every module compiles its patterns through it."""
atexit.register(PATTERNS.save)  # after every module this process imported has compiled its own


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, through the package's cache of compiled patterns."""
    return PATTERNS.compile(pattern, flags)
