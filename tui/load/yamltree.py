"""Parse YAML text into a tree of located nodes, safely, collecting problems instead of raising.

The tree is built from the parser's event stream rather than PyYAML's composer or constructors:
no constructor ever runs (a ``!!python/...`` tag is only a problem to report), every value keeps its
line and column, scalars stay text as written (YAML 1.1 booleans, sexagesimals and dates are not
converted), duplicate keys are caught instead of silently dropped, and nesting depth and alias
expansion are bounded before they can exhaust the stack or memory.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Kind = Literal["scalar", "seq", "map"]

Progress = Callable[[float], None]
"""Told the share done so far, from 0 to 1."""

ItemHook = Callable[[str, "Node", "Node"], "Node"]
"""Given a top-level key, a finished mapping or sequence item of the sequence under it, and the
top-level mapping so far, returns what the tree keeps in the item's place: the loader converts an
event as soon as it is parsed and keeps a placeholder, so a large file's nodes never pile up."""

PROGRESS_EVERY = 8192
"""Parser events between two progress reports: about one per 300 events of a timeline."""

MAX_DEPTH = 64
"""Deepest nesting of mappings and sequences accepted; a timeline needs about six."""

ALIAS_BUDGET = 100_000
"""How many nodes aliases may add on top of the file's own, which stops "billion laughs" early."""
CHARACTERS_A_VALUE = 1_000
"""A scalar counts one more value per this many characters, so that aliasing one long text
thousands of times (a 1 MB title, 4,000 times) is refused like a billion laughs."""

_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
_NULL = frozenset(("", "~", "null", "Null", "NULL"))
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")
"""Lines as an editor shows them; YAML 1.1 also breaks at U+0085, U+2028 and U+2029, which
editors show inside a line, so those are handed to libyaml as stand-ins and restored after."""
_SEPARATORS = "\x85\u2028\u2029"
_STAND_INS = "\ufdd0\ufdd1\ufdd2"
"""Noncharacters, printable to libyaml, that stand in for the separators while parsing."""
_PROTECT = str.maketrans(_SEPARATORS, _STAND_INS)
_RESTORE = str.maketrans(_STAND_INS, _SEPARATORS)
_SURROGATE_PAIR = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})")
"""A JSON-style escaped surrogate pair, which YAML's ``\\U`` form would write as one escape."""
_BYTE_OFFSETS = _Loader is not yaml.SafeLoader
"""libyaml reports a bad character at a byte offset of the UTF-8 text, PyYAML at a character."""


@dataclass(slots=True, eq=False)
class Node:
    """A YAML value with its 1-based position.

    ``value`` is the text of a scalar, a list of nodes for a sequence, or a dict from key text to
    ``(key node, value node)`` for a mapping. ``size``, kept for anchored nodes (the ones an
    alias can repeat), counts the nodes below, aliases expanded.
    """

    kind: Kind
    value: str | list[Node] | dict[str, tuple[Node, Node]]
    line: int
    column: int
    plain: bool = False
    size: int = 1

    @property
    def is_null(self) -> bool:
        """True for an empty or ``null`` plain scalar, the only implicit type the format honours."""
        return self.kind == "scalar" and self.plain and self.value in _NULL


CONVERTED = Node("scalar", "", 0, 0)
"""Stands in for a subtree once the loader has converted it: a 100k-event file never holds both."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A problem in the YAML itself, before the timeline format is considered."""

    line: int
    column: int
    message: str
    fatal: bool = True


class _Abort(Exception):
    """Stops parsing at a problem after which nothing in the file can be trusted."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def parse(
    source: str | bytes, progress: Progress | None = None, on_item: ItemHook | None = None
) -> tuple[Node | None, list[Problem]]:
    """Parse text, or UTF-8 bytes already checked by ``reading.decode``, into a located tree, or
    None when it cannot be trusted; problems either way.

    ``progress`` is told now and then which share of the text has been read. ``on_item`` sees
    each item of a top-level sequence as soon as it is complete (see ``ItemHook``).
    """
    if isinstance(source, bytes):
        if not _as_they_are(source):
            return parse(source.decode("utf-8-sig"), progress, on_item)
        problems: list[Problem] = []
        try:
            return _build(source, problems, progress, on_item), problems
        except _Abort as abort:
            return None, [*problems, abort.problem]
        except yaml.YAMLError:
            return parse(source.decode("utf-8-sig"))  # the message is placed in the text
    text = source
    problems = []
    restore = False
    if any(separator in text for separator in _SEPARATORS) and not any(
        stand_in in text for stand_in in _STAND_INS
    ):
        text, restore = text.translate(_PROTECT), True
    if "\\u" in text:
        text = _SURROGATE_PAIR.sub(_joined_pair, text)
    try:
        root = _build(text, problems, progress, on_item, restore)
    except _Abort as abort:
        return None, [*problems, abort.problem]
    except yaml.YAMLError as exc:
        return None, [*problems, _yaml_problem(exc, text)]
    return root, problems


_REWRITTEN = (*(separator.encode() for separator in _SEPARATORS), b"\\u")
"""What ``parse`` rewrites in a text before libyaml reads it: the separators and escapes."""


def _as_they_are(data: bytes) -> bool:
    """Whether libyaml may read a file's bytes as they are, with no text decoded beside them (for
    a 100k-event file, the 40 MB text and libyaml's own UTF-8 copy of it): when nothing in them
    needs rewriting first."""
    return not any(sequence in data for sequence in _REWRITTEN)


def _joined_pair(match: re.Match[str]) -> str:
    """``\\ud83d\\ude00`` as the one escape YAML reads, ``\\U0001F600``."""
    high, low = int(match[1], 16), int(match[2], 16)
    return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"


def _tab_in_indentation(text: str, line_number: int) -> int | None:
    """The 1-based column of a tab in the indentation of a line, if there is one."""
    lines = _LINE_BREAK.split(text, maxsplit=line_number)
    if line_number > len(lines):
        return None
    line = lines[line_number - 1]
    indent = len(line) - len(line.lstrip(" \t"))
    tab = line.find("\t", 0, indent)
    return tab + 1 if tab >= 0 else None


def _bom_in_line(text: str, line_number: int) -> int | None:
    """The 1-based column of a byte-order mark on a line, if there is one: pasted text brings
    them into the middle of a file, where YAML takes them for content."""
    lines = _LINE_BREAK.split(text, maxsplit=line_number)
    if line_number > len(lines):
        return None
    at = lines[line_number - 1].find("\ufeff")
    return at + 1 if at >= 0 else None


def _within_the_text(text: str, line: int, column: int) -> tuple[int, int]:
    """A position at the end of the stream moved back onto the last character written: PyYAML
    places "the file ends" on the line after the last, which no editor shows."""
    written = text.rstrip()
    last_line = written.count("\n") + 1
    if line <= last_line:
        return line, column
    return last_line, len(written) - (written.rfind("\n") + 1)


def _yaml_problem(exc: yaml.YAMLError, text: str) -> Problem:
    """Turn PyYAML's exception into a located problem, whatever kind it is."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        if "maximum nesting depth" in (exc.problem or ""):
            return Problem(
                mark.line + 1, mark.column + 1, f"nesting is deeper than {MAX_DEPTH} levels"
            )
        tab = _tab_in_indentation(text, mark.line + 1)
        if tab is not None:
            return Problem(mark.line + 1, tab, "tab used for indentation; indent with spaces")
        bom = _bom_in_line(text, mark.line + 1)
        if bom is not None:
            return Problem(
                mark.line + 1, bom, "a byte-order mark (U+FEFF) stands inside the file; delete it"
            )
        message = exc.problem or "invalid YAML"
        if exc.context:
            message = (
                f"{message} ({exc.context}, line {exc.context_mark.line + 1})"
                if exc.context_mark
                else f"{message} ({exc.context})"
            )
        if exc.context == "while scanning a simple key" and exc.context_mark is not None:
            start = exc.context_mark
            return Problem(
                start.line + 1,
                start.column + 1,
                "YAML syntax error: this line has no ':' after its key (write 'key: value')",
            )
        if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
            start = exc.context_mark
            return Problem(
                start.line + 1,
                start.column + 1,
                "the quoted text that starts here is never closed: the file ends inside it",
            )
        if mark.index >= len(text.rstrip()):
            start = exc.context_mark if exc.context_mark is not None else mark
            line, column = _within_the_text(text, start.line + 1, start.column + 1)
            return Problem(
                line, column, f"the file ends before what opens here is closed ({exc.problem})"
            )
        unclosed = _unclosed_quote(
            text, exc.context_mark.line if exc.context_mark else 0, mark.line
        )
        if unclosed is not None:
            return Problem(
                *unclosed,
                f"the quoted text that starts here is not closed on its line, so YAML "
                f"read on until {mark.line + 1}:{mark.column + 1}: {message}",
            )
        return Problem(mark.line + 1, mark.column + 1, f"YAML syntax error: {message}")
    position = getattr(exc, "position", None)
    if isinstance(position, int):
        if _BYTE_OFFSETS and not text.isascii():
            position = len(text.encode("utf-8")[:position].decode("utf-8", "ignore"))
        line, column = position_of(text, position)
        reason = getattr(exc, "reason", None) or "invalid character"
        detail = f" U+{ord(text[position]):04X}" if 0 <= position < len(text) else ""
        return Problem(line, column, f"YAML cannot contain this character{detail}: {reason}")
    return Problem(1, 1, f"YAML error: {exc}")


_QUOTE_OPENS = re.compile(r"""^(\s*)(?:-\s+)?(?:[^\s"'#][^#]*?:\s+)?(["'])""")
_BLOCK_SCALAR = re.compile(r"""^(\s*)(?:-\s+)?(?:[^\s"'#][^#]*?:\s*)?[|>][-+0-9]*\s*(?:#.*)?$""")
UNCLOSED_SEARCH_LINES = 2000
"""How far back from a syntax error to look for the quote that caused it."""


def _unclosed_quote(text: str, first_line: int, error_line: int) -> tuple[int, int] | None:
    """The 1-based line and column of the first quoted value between two lines (0-based) that is
    not closed on its own line: after a syntax error, the usual cause of a message far below it.

    A quoted value may legally run over several lines, so this is only asked once YAML has failed.
    Lines inside a ``|`` or ``>`` block (an article's text) are text, not values, and are skipped.
    """
    first_line = max(first_line, error_line - UNCLOSED_SEARCH_LINES)
    scan_from = max(
        0, first_line - UNCLOSED_SEARCH_LINES
    )  # far enough back to see a text block begin
    lines = _LINE_BREAK.split(text, maxsplit=error_line + 1)[scan_from : error_line + 1]
    block_indent: int | None = None
    for number, line in enumerate(lines, scan_from + 1):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        block = _BLOCK_SCALAR.match(line)
        if block is not None:
            block_indent = len(block[1])
            continue
        opened = _QUOTE_OPENS.match(line)
        if (
            number > first_line
            and opened is not None
            and not _closes(line, opened.end(2), opened[2])
        ):
            return number, opened.start(2) + 1
    return None


def _closes(line: str, start: int, quote: str) -> bool:
    """Whether a quoted value opened just before ``start`` ends on this line (YAML's escapes: a
    backslash in double quotes, a doubled quote in single quotes)."""
    index = start
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return True
        index += 1
    return False


def position_of(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of character ``index`` in ``text``, as YAML counts lines."""
    before = text[:index]
    breaks = list(_LINE_BREAK.finditer(before))
    if not breaks:
        return 1, index + 1
    return len(breaks) + 1, index - breaks[-1].end() + 1


class _Frame:
    """An open mapping or sequence: its node, the key waiting for its value, and for an anchored
    one the count of values when it opened (its size is the count when it closes, less that)."""

    __slots__ = ("anchor", "entries", "items", "key", "node", "opened_at")

    def __init__(self, node: Node, anchor: str | None, opened_at: int) -> None:
        self.node = node
        self.key: Node | None = None
        self.anchor = anchor
        self.opened_at = opened_at
        value = node.value
        self.items = value if isinstance(value, list) else None
        self.entries = value if isinstance(value, dict) else None


def _build(
    text: str | bytes,
    problems: list[Problem],
    progress: Progress | None = None,
    on_item: ItemHook | None = None,
    restore: bool = False,
) -> Node | None:
    """Turn the parser's events into nodes with an explicit stack: no recursion, bounded depth.

    This loop runs once per YAML value of the file, so its common paths are kept flat: the open
    collection is a local, a scalar (the most common event) and a new key are attached inline,
    and only anchored collections count their size (for the alias budget).
    """
    stack: list[_Frame] = []
    top: _Frame | None = None
    anchors: dict[str, Node] = {}
    open_anchors: set[str] = set()
    alias_nodes = 0
    values = 0
    root: list[Node] = []
    documents = 0
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    starts: dict[type, Kind] = {yaml.SequenceStartEvent: "seq", yaml.MappingStartEvent: "map"}
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    intern = sys.intern

    def attach(frame: _Frame | None, node: Node) -> None:
        """Attach a finished collection or an alias's target to the open collection."""
        if frame is None:
            root.append(node)
        elif frame.items is not None:
            if on_item is not None and len(stack) == 2 and stack[0].key is not None:
                node = on_item(stack[0].key.value, node, stack[0].node)  # type: ignore[arg-type]
            frame.items.append(node)
        elif frame.key is None:
            frame.key = node
        else:
            _add_entry(frame.node, frame.key, node, problems)
            frame.key = None

    loader = _Loader(text)
    next_event: Callable[[], Any] = loader.get_event
    count, length = 0, max(len(text), 1)
    try:
        while (event := next_event()) is not None:
            count += 1
            if progress is not None and not count % PROGRESS_EVERY:
                progress(event.start_mark.index / length)
            cls = type(event)
            if cls is scalar_event:
                weight = 1 + len(event.value) // CHARACTERS_A_VALUE
                values += weight
                tag = event.tag
                if tag is not None and tag not in _SAFE_TAGS and tag != "!":
                    _refuse_tag(event, tag)
                mark = event.start_mark
                node = Node(
                    "scalar",
                    event.value.translate(_RESTORE) if restore else event.value,
                    mark.line + 1,
                    mark.column + 1,
                    not event.style and tag is None,
                )
                if event.anchor:
                    anchors[event.anchor] = node
                    node.size = weight
                if top is None:
                    root.append(node)
                elif top.items is not None:
                    top.items.append(node)
                elif top.key is None:
                    top.key = node
                else:
                    key, top.key = top.key, None
                    name, entries = key.value, top.entries
                    if (
                        isinstance(name, str)
                        and entries is not None
                        and (not key.plain or name != "<<")
                        and name not in entries
                    ):
                        name = key.value = intern(name)
                        entries[name] = (key, node)
                    else:
                        _add_entry(top.node, key, node, problems)
            elif cls in ends:
                frame = stack.pop()
                top = stack[-1] if stack else None
                if frame.anchor:
                    open_anchors.discard(frame.anchor)
                    frame.node.size = values - frame.opened_at
                attach(top, frame.node)
            elif cls in starts:
                values += 1
                mark = event.start_mark
                if event.tag is not None and event.tag not in _SAFE_TAGS and event.tag != "!":
                    _refuse_tag(event, event.tag)
                if len(stack) >= MAX_DEPTH:
                    raise _Abort(
                        Problem(
                            mark.line + 1,
                            mark.column + 1,
                            f"nesting is deeper than {MAX_DEPTH} levels",
                        )
                    )
                kind = starts[cls]
                node = Node(kind, [] if kind == "seq" else {}, mark.line + 1, mark.column + 1)
                if event.anchor:
                    anchors[event.anchor] = node
                    open_anchors.add(event.anchor)
                top = _Frame(node, event.anchor, values - 1)
                stack.append(top)
            elif cls is alias_event:
                mark = event.start_mark
                target = anchors.get(event.anchor)
                if target is None or event.anchor in open_anchors:
                    why = "is not defined" if target is None else "refers to itself"
                    raise _Abort(
                        Problem(mark.line + 1, mark.column + 1, f"alias *{event.anchor} {why}")
                    )
                alias_nodes += target.size
                values += target.size
                if alias_nodes > ALIAS_BUDGET:
                    raise _Abort(
                        Problem(
                            mark.line + 1,
                            mark.column + 1,
                            f"aliases expand to more than {ALIAS_BUDGET:,} values; "
                            "refusing to expand them (is this a 'billion laughs' file?)",
                        )
                    )
                # the alias's own place, so that a repeated event is reported where it repeats
                attach(top, replace(target, line=mark.line + 1, column=mark.column + 1))
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise _Abort(
                        Problem(
                            mark.line + 1,
                            mark.column + 1,
                            "a timeline file holds one YAML document; found a second '---'",
                        )
                    )
    finally:
        loader.dispose()
    return root[0] if root else None


def _refuse_tag(event: Any, tag: str) -> None:
    mark = event.start_mark
    raise _Abort(
        Problem(
            mark.line + 1,
            mark.column + 1,
            f"tag {_short_tag(tag)} is not allowed: timeline files are plain YAML",
        )
    )


def _add_entry(mapping: Node, key: Node, value: Node, problems: list[Problem]) -> None:
    """Add a key to a mapping, reporting duplicates (which PyYAML would silently overwrite)."""
    if key.kind != "scalar":
        problems.append(
            Problem(
                key.line, key.column, "a key must be plain text, not a list or mapping", fatal=False
            )
        )
        return
    if key.plain and key.value == "<<":
        problems.append(
            Problem(
                key.line,
                key.column,
                "merge keys (<<) are not supported; write the fields out",
                fatal=False,
            )
        )
        return
    entries: dict[str, tuple[Node, Node]] = mapping.value  # type: ignore[assignment]
    name = key.value = sys.intern(str(key.value))
    first = entries.get(name)
    if first is not None:
        problems.append(
            Problem(
                key.line,
                key.column,
                f"duplicate key '{name}' (first at line {first[0].line}); "
                "YAML would silently keep only one of them",
                fatal=False,
            )
        )
        return
    entries[name] = (key, value)


def _short_tag(tag: str) -> str:
    return (
        "!!" + tag.removeprefix("tag:yaml.org,2002:")
        if tag.startswith("tag:yaml.org,2002:")
        else tag
    )
