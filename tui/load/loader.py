"""Load timeline files (format v1) into the model, collecting every problem at its line and column.

The entry points: reading (``reading``), YAML parsing (``yamltree``), the format's checks
(``fields``, ``sources``, ``building``), the anchor graph (``anchors``) and merging (``merging``)
each live in their own module, so that nothing past the loader ever raises because of what a file
holds. The cache sits around this, in ``tui.infra.cached``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.model import Diagnostic
from tui.load.building import PARSE_SHARE, Builder
from tui.load.collector import collector_paused
from tui.load.doubts import comment_lines
from tui.load.merging import merge
from tui.load.reading import MAX_FILE_BYTES, decode, read_bytes
from tui.load.result import LoadResult

if TYPE_CHECKING:
    from tui.load.yamltree import Node, Problem, Progress

NO_FILES = Diagnostic(
    "(no files)", 1, 1, "error", "no timeline files given, or none (*.yaml) in the folder"
)


Lookup = Callable[[bytes], "LoadResult | None"]
"""Asked with a file's bytes before they are parsed: the result already known for them (the
cache's entry), or None."""


def load_file(
    path: str | Path, *, progress: Progress | None = None, lookup: Lookup | None = None
) -> LoadResult:
    """Load one timeline file.

    ``progress`` hears the share done now and then: parsing is the first 60%, building the rest.
    ``lookup`` is asked first (the cache keys its entries by the bytes). The bytes are checked as
    UTF-8, then parsed as they are, and let go of once parsed: no decoded text lives beside them,
    and no caller's frame keeps them through the building.
    """
    file = Path(path)
    data, problem = read_bytes(file)
    if data is None:
        return LoadResult(None, (problem,) if problem else ())
    if lookup is not None and (known := lookup(data)) is not None:
        return known
    if not data.isascii():
        text, problem = decode(data, str(file))
        if text is None:
            return LoadResult(None, (problem,) if problem else ())
        del text
    from tui.load.yamltree import parse

    builder = Builder(str(file), file.parent, progress)
    builder.comments = comment_lines(data)
    with collector_paused():
        parsed = parse(
            data,
            (lambda share: progress(PARSE_SHARE * share)) if progress else None,
            builder.stream,
        )
        del data  # a 100k-event file's 40 MB need not live beside its model
        return load_parsed(parsed, str(file), file.parent, builder=builder)


def load(
    paths: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    load_one: Callable[..., LoadResult] = load_file,
) -> LoadResult:
    """Load several files and merge them into one chronology, each event keeping its file.

    ``load_one`` loads each file (with a ``progress`` keyword): the cache passes its own.
    """
    if not paths:
        return LoadResult(None, (NO_FILES,))
    results = [load_one(p, progress=part_of(progress, i, len(paths))) for i, p in enumerate(paths)]
    if len(results) == 1:
        return results[0]
    return merge(results)


def part_of(progress: Progress | None, index: int, count: int) -> Progress | None:
    """The progress of file ``index`` of ``count`` as a share of them all."""
    if progress is None or count == 1:
        return progress
    return lambda share: progress((index + share) / count)


def load_text(text: str, path: str = "<string>", *, base_dir: Path | None = None) -> LoadResult:
    """Load a timeline from its text; ``base_dir`` is where ``file:`` paths are relative to."""
    from tui.load.yamltree import parse

    builder = Builder(path, base_dir if base_dir is not None else Path.cwd())
    builder.comments = comment_lines(text)
    with collector_paused():
        return load_parsed(parse(text), path, base_dir, builder=builder)


def load_parsed(
    parsed: tuple[Node | None, list[Problem]],
    path: str,
    base_dir: Path | None,
    *,
    builder: Builder | None = None,
) -> LoadResult:
    """Build the timeline from a parsed tree, once the text itself is no longer needed.

    ``builder`` is the one that saw the parse (``Builder.stream``) and holds the events it
    already converted.
    """
    root, yaml_problems = parsed
    if builder is None:
        builder = Builder(path, base_dir if base_dir is not None else Path.cwd())
    if root is None:
        builder.diagnostics.clear()  # what the events said matters less than the file being broken
    for problem in yaml_problems:
        builder.report(problem.line, problem.column, "error", problem.message)
    if root is None:
        if not yaml_problems:
            builder.report(
                1, 1, "error", "file is empty; a timeline needs a title, sources and events"
            )
        return LoadResult(None, builder.sorted_diagnostics())
    if root.kind != "map":
        builder.error(
            root, "a timeline file is a mapping with title, sources and events at the top"
        )
        return LoadResult(None, builder.sorted_diagnostics())
    timeline = builder.timeline(root, fallback_title=Path(path).stem)
    return LoadResult(timeline, timeline.diagnostics)


__all__ = [
    "MAX_FILE_BYTES",
    "LoadResult",
    "Lookup",
    "load",
    "load_file",
    "load_parsed",
    "load_text",
    "merge",
]
