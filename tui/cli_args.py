"""The command line's arguments: the explorer's, and each command's, with usage errors that exit 2.

Kept apart from ``cli`` (which runs the commands) so that each stays a size one can read whole.
"""

from __future__ import annotations

import argparse
import sys

from tui import __version__

COMMANDS = ("check", "export", "schema", "when", "draft", "import")

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with status 2 and one clear line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def open_parser() -> argparse.ArgumentParser:
    """``timeline [PATH ...]``: open timelines in the explorer."""
    parser = _Parser(
        prog="timeline",
        description=(
            "Explore timelines built from news articles. With no PATH, opens the bundled "
            f"timelines. Other commands: {', '.join(COMMANDS)} (timeline COMMAND --help)."
        ),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="timeline files or folders")
    parser.add_argument(
        "--no-cache", action="store_true", help="do not read or write the load cache"
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    return parser


def _export_formats(command: str) -> tuple[str, ...]:
    """The registry's format names; read only for ``export``, so that other commands start fast."""
    if command != "export":
        return ("json",)
    from tui.formats.export import FORMATS

    return tuple(FORMATS)


def _output(value: str) -> str | None:
    """``-o -`` is standard output, as for most command-line tools, not a file named "-"; an
    empty name (an unset shell variable) is refused before anything is read."""
    if not value.strip():
        raise argparse.ArgumentTypeError("is blank: give the file to write, or - for stdout")
    return None if value == "-" else value


def command_parser(command: str = "") -> argparse.ArgumentParser:
    """``timeline COMMAND ...``: every command's arguments; ``command`` is the one being run."""
    parser = _Parser(prog="timeline")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="report every problem in timeline files")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="accepted for symmetry: check always reads the files",
    )

    export = sub.add_parser(
        "export", help="write a timeline as json, markdown, csv, ics, timelinejs, svg or html"
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="timeline files or folders")
    export.add_argument("--format", default="json", choices=_export_formats(command))
    export.add_argument("--title", help="the title of the export (of a merged one, say)")
    export.add_argument(
        "--explain",
        action="store_true",
        help="markdown: add how each date was worked out, and the tags",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=_output,
        help="write to OUT (atomically) instead of stdout; - is stdout",
    )
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    export.add_argument(
        "--carry-outside-articles",
        action="store_true",
        help="timelinejs: carry the text of articles read from outside the timeline's folder",
    )
    export.add_argument(
        "--no-cache", action="store_true", help="do not read or write the load cache"
    )

    sub.add_parser("schema", help="print the JSON Schema of the timeline format")

    when = sub.add_parser("when", help="resolve a date expression against an anchor")
    when.add_argument("expression", nargs="?", metavar="EXPR")
    when.add_argument(
        "--anchor",
        metavar="DATE",
        help="ISO date or date-time the expression is relative to; one with a UTC offset is "
        "placed on --timezone's clock, as a timeline places a publication",
    )
    when.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA zone whose clock times are shown in (default UTC); given, it also places an "
        "anchor's UTC offset, which is otherwise dropped",
    )
    when.add_argument(
        "--sentence",
        metavar="TEXT",
        help="the sentence EXPR comes from: its tense decides last Monday or next",
    )
    when.add_argument(
        "--batch",
        action="store_true",
        help="read ANCHOR<TAB>EXPRESSION[<TAB>SENTENCE] lines from stdin, write JSON lines",
    )

    draft = sub.add_parser("draft", help="propose a timeline from a plain-text article")
    draft.add_argument("article", metavar="ARTICLE.txt")
    draft.add_argument(
        "--published", required=True, metavar="DATE", help="the article's ISO publication date"
    )
    draft.add_argument("--url")
    draft.add_argument("--title")
    draft.add_argument("--outlet")
    draft.add_argument("--source-id", metavar="ID")
    draft.add_argument(
        "--inline", action="store_true", help="put the article's text inside the YAML"
    )
    draft.add_argument(
        "-o", "--output", metavar="OUT.yaml", type=_output, help="write to OUT; - is stdout"
    )
    draft.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    draft.add_argument(
        "--review", action="store_true", help="accept, edit or reject each proposal before -o"
    )

    imp = sub.add_parser("import", help="convert another tool's timeline into this format")
    imp.add_argument("kind", choices=("timelinejs",))
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument(
        "-o", "--output", metavar="OUT.yaml", type=_output, help="write to OUT; - is stdout"
    )
    imp.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    return parser
