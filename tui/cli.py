"""The ``timeline`` command line: parse arguments, then call the loader, resolver, exporters or app.

Heavy imports (Textual, dateparser) happen inside the commands that need them so that
``timeline check`` and ``timeline when`` start quickly.
"""

from __future__ import annotations

import argparse
import errno
import gc
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli_args import COMMANDS, EXIT_ERRORS, EXIT_OK, EXIT_USAGE, command_parser, open_parser

if TYPE_CHECKING:
    from datetime import datetime

    from tui.core.model import Resolution, Timeline
    from tui.formats.options import LeftOut

__all__ = ["COMMANDS", "EXIT_ERRORS", "EXIT_OK", "EXIT_USAGE", "main"]


class _Terminated(Exception):
    """SIGTERM, raised where the command is, so that a file being written is cleaned up."""


def _terminated(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        command = next((i for i, arg in enumerate(args_list) if not arg.startswith("-")), None)
        if command is not None and args_list[command] in COMMANDS:
            # "timeline --no-cache check X" is "timeline check --no-cache X", not a file "check"
            name = args_list[command]
            args_list = [name, *args_list[:command], *args_list[command + 1 :]]
            args = command_parser(name).parse_args(args_list)
            if not getattr(args, "review", False) and threading.current_thread() is (
                threading.main_thread()
            ):  # the review screen is Textual's to stop; only the main thread takes signals
                signal.signal(signal.SIGTERM, _terminated)
            status = _COMMANDS[args.command](args)
            sys.stdout.flush()
            return status
        return _cmd_open(open_parser().parse_args(args_list))
    except KeyboardInterrupt:
        return 130
    except _Terminated:
        return 143
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        if exc.filename is not None or exc.errno not in _FULL:
            raise
        _silence_stdout()
        _say(f"timeline: cannot write to standard output: {exc.strerror or exc}")
        return EXIT_ERRORS


def _say(message: str) -> None:
    """One line on stderr, with any control character from a file or path shown, not sent."""
    from tui.core.textsafe import one_line

    print(one_line(message), file=sys.stderr)


_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}
"""The errors of a stream that cannot take more: files the commands write are named in their
errors and handled where they are written, so an unnamed one of these is standard output."""


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that what is still buffered in it does not raise
    again (as a traceback) when the interpreter flushes it at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is no file (a test's capture): nothing is flushed at exit


def _empty_folders(paths: Iterable[str]) -> list[str]:
    from tui.infra.paths import expand

    return [p for p in paths if Path(p).is_dir() and not expand([p])]


def _cmd_check(args: argparse.Namespace) -> int:
    from tui.core.model import tally
    from tui.core.textsafe import one_line
    from tui.infra.paths import expand
    from tui.load.loader import load_file

    errors = warnings = 0
    files = expand(args.paths)
    for folder in _empty_folders(args.paths):
        print(f"{one_line(folder)}:1:1: error: no timeline files (*.yaml, *.yml) in this folder")
        errors += 1
    for path in files:
        result = load_file(path)
        for diagnostic in result.diagnostics:
            print(one_line(str(diagnostic)))
            if diagnostic.is_error:
                errors += 1
            else:
                warnings += 1
    print(f"{len(files)} file{'s' * (len(files) != 1)} checked: {tally(errors, warnings)}")
    return EXIT_ERRORS if errors else EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from tui.load.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from tui.core.textsafe import one_line
    from tui.formats.export import FORMATS, Options
    from tui.infra.cached import load_file
    from tui.infra.paths import expand
    from tui.infra.watch import article_paths
    from tui.load.merging import merge

    empty = _empty_folders(args.paths)
    for folder in empty:
        print(
            f"timeline: {one_line(folder)} holds no timeline files (*.yaml, *.yml)", file=sys.stderr
        )
    files = expand(args.paths)
    if empty or _overwrites_input(args.output, files):
        return EXIT_ERRORS
    results = [load_file(path, use_cache=not args.no_cache) for path in files]
    result = results[0] if len(results) == 1 else merge(results)
    zones = {p: r.timeline.timezone for r in results if r.timeline for p in r.timeline.paths}
    options = Options(explain=args.explain, zones=zones)
    for diagnostic in result.diagnostics:
        print(one_line(str(diagnostic)), file=sys.stderr)
    timeline = result.timeline
    if timeline is None or _overwrites_input(args.output, article_paths(timeline), "the article"):
        return EXIT_ERRORS
    if args.title is not None:
        timeline = replace(timeline, title=args.title)
    gc.freeze()  # the timeline lives to the end: the collector need not walk it while rendering
    chosen = FORMATS[args.format]
    shares_outside = chosen.carries_articles and not args.carry_outside_articles
    if shares_outside and _refuse_outside_articles(timeline, args.format):
        return EXIT_ERRORS
    left_out = chosen.left_out(timeline, options)
    status = _write_output(chosen.render(timeline, options), args.output, force=args.force)
    _say_what_was_left_out(left_out, args.format)
    if status == EXIT_OK and args.output is not None:
        count = len(timeline.events) - len(left_out)
        print(
            f"timeline: wrote {_events(count)} to {one_line(args.output)} ({args.format})",
            file=sys.stderr,
        )
    return EXIT_ERRORS if any(d.is_error for d in result.diagnostics) else status


def _refuse_outside_articles(timeline: Timeline, fmt: str) -> bool:
    """Name each article read from outside its timeline's folder, which an export carrying
    article text would copy out ("file: /proc/self/environ"), and say how to carry it anyway."""
    from tui.load.sources import leads_outside

    outside = [
        s
        for s in timeline.sources.values()
        if s.file is not None and s.text is not None and leads_outside(Path(s.path).parent, s.file)
    ]
    for s in outside:
        _say(
            f"{s.path}:{s.line}:{s.column}: error: source '{s.id}' reads '{s.file}', outside "
            f"the timeline's folder, and the {fmt} export carries article text: nothing "
            "written. Keep the article beside the timeline, or pass --carry-outside-articles"
        )
    return bool(outside)


def _events(count: int) -> str:
    return f"{count} event{'s' * (count != 1)}"


def _say_what_was_left_out(left_out: Sequence[LeftOut], fmt: str) -> None:
    """Say on stderr which events the format could not hold, and why, rather than lose them
    without a word."""
    if not left_out:
        return
    from tui.core.textsafe import one_line

    reasons: dict[str, list[str]] = {}
    for item in left_out:
        reasons.setdefault(item.reason, []).append(f"'{one_line(item.event.title)}'")
    for reason, names in reasons.items():
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        print(
            f"timeline: {_events(len(names))} left out of the {fmt} export ({reason}): {shown}",
            file=sys.stderr,
        )


def _overwrites_input(output: str | None, inputs: Iterable[str], what: str = "the input") -> bool:
    """Refuse (with a message) an OUT that is one of the command's own inputs, even with --force."""
    from tui.infra.paths import same_file

    clash = next((path for path in inputs if output is not None and same_file(output, path)), None)
    if clash is not None:
        _say(f"timeline: {output} is {what} {clash}; write to another file")
    return clash is not None


def _write_output(text: str | Iterable[str], output: str | None, *, force: bool) -> int:
    """Print ``text``, or write it atomically to ``output``, refusing to overwrite without force."""
    from tui.infra.files import pieces

    if output is None:
        sys.stdout.writelines(pieces(text))
        return EXIT_OK

    problem = _write_problem(text, output, force=force)
    if problem is not None:
        _say(f"timeline: {problem}")
        return EXIT_ERRORS
    return EXIT_OK


def _write_problem(text: str | Iterable[str], output: str, *, force: bool) -> str | None:
    """Write ``text`` atomically to ``output``; None when written, else why not, for the command
    line to print or the review to show while it stays open."""
    from tui.infra.files import FileExists, write_atomically

    if output.endswith(("/", os.sep)):
        return f"cannot write {output}: a path ending in '/' names a folder; give a file's name"
    try:
        write_atomically(Path(output), text, force=force)
    except FileExists:
        return f"{output} exists; use --force to overwrite it"
    except OSError as exc:
        return f"cannot write {output}: {_place_problem(Path(output)) or exc.strerror or exc}"
    return None


def _place_problem(output: Path) -> str | None:
    """Why nothing can be written at ``output`` whatever --force says, if that can be told before
    trying: its folder is missing, or it is a folder itself."""
    if not output.parent.is_dir():
        parent = next((p for p in output.parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            return f"{parent} is a file, not a folder"
        return f"the folder {output.parent} does not exist"
    if output.is_dir():
        return "it is a folder"
    return None


def _input_lines() -> Iterator[str]:
    """Standard input's lines without their line ending; bytes that are not UTF-8 become U+FFFD,
    so that each still gets a JSON line (and the output stays valid UTF-8)."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:
        lines: Iterable[str] = sys.stdin
    else:
        lines = (raw.decode("utf-8", errors="replace") for raw in binary)
    for line in lines:
        yield line.rstrip("\r\n")


def _cmd_when(args: argparse.Namespace) -> int:
    from tui.core.isotime import iso_problem, zone_named
    from tui.core.model import Unresolved
    from tui.core.textsafe import one_line
    from tui.dates import counted_from_in, describe_json, parse_anchor, resolve
    from tui.dates.names import no_date_in
    from tui.dates.tense import tense_in_quotes
    from tui.formats.escape import one_json_line

    if args.timezone is not None and zone_named(args.timezone) is None:
        print(
            f"timeline when: --timezone {one_line(repr(args.timezone))} is not the time zone of "
            "a place (use an IANA name such as Europe/London)",
            file=sys.stderr,
        )
        return EXIT_USAGE

    def resolved(
        expression: str, anchor: datetime, sentence: str | None
    ) -> Resolution | Unresolved:
        """The expression as its sentence reads it: a word of a name there is no date ("May" in
        "Theresa May said"), one counted from another date there is not counted from the anchor
        ("charged the next day"), and its tense says last Monday or next."""
        if sentence:
            why = no_date_in(expression, sentence) or counted_from_in(expression, sentence)
            if why:
                return Unresolved(expression, why)
        tense = tense_in_quotes(expression, [sentence]) if sentence else None
        return resolve(expression, anchor, tz=args.timezone or "UTC", tense=tense)

    if args.batch:
        for line in _input_lines():
            anchor_text, tab, expression = line.partition("\t")
            expression, _, sentence = expression.partition("\t")
            anchor = parse_anchor(anchor_text, args.timezone) if tab else None
            record: dict[str, object]
            if anchor is None:
                record = (
                    {
                        "expression": expression,
                        "anchor": anchor_text,
                        "error": f"the anchor {iso_problem(anchor_text)}",
                    }
                    if tab
                    else {"line": line, "error": "expected ANCHOR<TAB>EXPRESSION[<TAB>SENTENCE]"}
                )
            else:
                try:
                    found = resolved(expression, anchor, sentence)
                except (RecursionError, ValueError, OverflowError) as exc:
                    found = Unresolved(expression, f"cannot be resolved ({type(exc).__name__})")
                record = describe_json(found, anchor_text)
            sys.stdout.write(one_json_line(json.dumps(record, ensure_ascii=False)) + "\n")
        return EXIT_OK
    if args.expression is None or args.anchor is None:
        print("timeline when: give EXPR and --anchor DATE, or --batch", file=sys.stderr)
        return EXIT_USAGE
    anchor = parse_anchor(args.anchor, args.timezone)
    if anchor is None:
        why = (
            f"falls outside the years 1 to 9999 on {args.timezone}'s clock"
            if parse_anchor(args.anchor) is not None
            else iso_problem(args.anchor)
        )
        print(f"timeline when: --anchor {args.anchor!r} {why}", file=sys.stderr)
        return EXIT_USAGE
    result = resolved(args.expression, anchor, args.sentence)
    record = describe_json(result, args.anchor)
    if "error" in record:
        print(one_line(f"{args.expression}: cannot resolve: {record['error']}"))
        return EXIT_ERRORS
    print(one_line(str(record["value"])))
    print(one_line(str(record["explanation"])))
    return EXIT_OK


ARTICLE_MAX_BYTES = 1024 * 1024
"""Largest article drafted: a news article is a few kilobytes, and drafting takes about four
seconds a megabyte, so a larger file is refused at once rather than worked on for minutes."""


def _input_bytes(command: str, path: Path, limit: int | None = None) -> bytes | None:
    """The bytes of an input file, or None once the reason is printed: a pipe, a device or a
    folder is refused by name, never read (``/dev/zero`` never ends, a pipe waits)."""
    from tui.load.reading import Unreadable, regular_bytes

    try:
        return regular_bytes(path, limit)
    except Unreadable as why:
        _say(f"timeline {command}: {path}: {why}")
        return None


def _cmd_import(args: argparse.Namespace) -> int:
    from tui.core.textsafe import one_line
    from tui.formats.timelinejs_import import ImportProblem, import_timelinejs

    if _overwrites_input(args.output, [args.file]):
        return EXIT_ERRORS
    raw = _input_bytes("import", Path(args.file))
    if raw is None:
        return EXIT_ERRORS
    try:
        imported = import_timelinejs(raw, args.file)
    except ImportProblem as problem:
        print(f"{one_line(args.file)}: error: {one_line(str(problem))}", file=sys.stderr)
        return EXIT_ERRORS
    for note in imported.notes:
        print(f"{one_line(args.file)}: warning: {note}", file=sys.stderr)
    status = _write_output(imported.text, args.output, force=args.force)
    if status == EXIT_OK:
        where = one_line(args.output) if args.output is not None else "standard output"
        print(
            f"timeline: imported {_events(imported.events)} from {one_line(args.file)} to {where}"
            + (
                f"; {len(imported.notes)} note{'s' * (len(imported.notes) != 1)} above"
                if imported.notes
                else ""
            ),
            file=sys.stderr,
        )
    return status


def _cmd_draft(args: argparse.Namespace) -> int:
    from tui.core.isotime import iso_problem
    from tui.core.textsafe import one_line
    from tui.dates import parse_anchor
    from tui.formats.draft import Draft, Proposal, datable, propose, render_yaml
    from tui.load.reading import decode

    article = Path(args.article)
    data = _input_bytes("draft", article, ARTICLE_MAX_BYTES)
    if data is None:
        return EXIT_ERRORS
    decoded, unreadable = decode(data, str(article))
    if decoded is None:
        why = unreadable.message if unreadable else "not text"
        at = f"{article}:{unreadable.line}:{unreadable.column}" if unreadable else str(article)
        _say(f"timeline draft: cannot read {at}: {why}")
        return EXIT_ERRORS
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    published = parse_anchor(args.published)
    if published is None:
        print(
            f"timeline draft: --published {args.published!r} {iso_problem(args.published)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    from tui.core.urls import url_problem

    if args.url is not None and (problem := url_problem(args.url)) is not None:
        _say(f"timeline draft: --url {args.url!r} {problem}: give the article's web address")
        return EXIT_USAGE
    request = Draft(
        text=text,
        published=args.published,
        url=args.url,
        title=args.title,
        outlet=args.outlet,
        source_id=args.source_id,
        article_name=article.name,
        inline=args.inline,
    )
    if _overwrites_input(args.output, [args.article]):
        return EXIT_ERRORS
    from tui.infra.files import is_stream

    out = Path(args.output) if args.output is not None else None
    proposals = propose(text, published)
    if not datable(proposals):
        print(f"timeline draft: {article}: no datable event, nothing drafted", file=sys.stderr)
        return EXIT_ERRORS
    if args.review and (out is None or is_stream(out)):
        print("timeline draft: --review needs -o OUT.yaml", file=sys.stderr)
        return EXIT_USAGE
    copy_to: Path | None = None
    article_file = None if args.inline else os.path.relpath(article)
    if out is not None and not is_stream(out):
        if where := _place_problem(out):
            _say(f"timeline draft: cannot write {args.output}: {where}")
            return EXIT_ERRORS
        if out.exists() and not args.force:
            _say(f"timeline: {args.output} exists; use --force to overwrite it")
            return EXIT_ERRORS
        if not args.inline:
            place = _article_copy(article, out)
            if place is False:
                return EXIT_ERRORS
            copy_to = place if isinstance(place, Path) else None
            article_file = article.name
    if args.review:
        try:
            from tui.ui.screens.review import review
        except ModuleNotFoundError as exc:
            return _missing(exc)

        def write(accepted: list[Proposal]) -> str | None:
            """The article's copy, then the accepted events to OUT, from inside the review,
            which stays open on failure: OUT never names a copy that was not made."""
            nonlocal copy_to
            if copy_to is not None and (problem := _copy_problem(data, copy_to)):
                return problem
            copy_to = None  # copied: a second try after a failed write does not copy again
            yaml = render_yaml(request, accepted, article_file=article_file)
            return _write_problem(yaml, args.output, force=args.force)

        target = copy_to
        kept = review(text, published, proposals, args.output, write)
        if kept is None:
            print("timeline draft: review ended; nothing written", file=sys.stderr)
            return EXIT_OK
        proposals, copy_to, status = kept, target, EXIT_OK
    else:
        problem = _copy_problem(data, copy_to) if copy_to is not None else None
        if problem is not None:
            _say(f"timeline draft: {problem}")
            return EXIT_ERRORS
        yaml = render_yaml(request, proposals, article_file=article_file)
        status = _write_output(yaml, args.output, force=args.force)
    if status == EXIT_OK and args.output is not None:
        copied = f", article copied to {copy_to}" if copy_to is not None else ""
        print(
            f"timeline draft: wrote {_events(len(proposals))} to "
            f"{one_line(args.output)}{one_line(copied)}",
            file=sys.stderr,
        )
    return status


def _copy_problem(data: bytes, target: Path) -> str | None:
    """Copy the article byte for byte (its BOM and line endings kept, so that drafting again
    finds the copy the same file), never over a file that appeared meanwhile; None when copied,
    else why not."""
    from tui.infra.files import FileExists, write_bytes_atomically

    try:
        write_bytes_atomically(target, data, force=False)
    except FileExists:
        return f"{target} exists; the article was not copied"
    except OSError as exc:
        return f"cannot copy the article to {target}: {exc}"
    return None


def _article_copy(article: Path, out: Path) -> Path | bool | None:
    """Where to copy the article so that it sits beside OUT: None when it is there already, False
    (after saying why) when another file holds that place. That file is never replaced, even with
    --force, which is for OUT only; nor may OUT itself be the copy."""
    folder = out.resolve().parent
    if article.resolve().parent == folder:
        return None
    target = folder / article.name
    if target == out.resolve():
        print(
            f"timeline draft: {out} would be overwritten by the copy of {article}; name the YAML "
            "differently, or draft with --inline",
            file=sys.stderr,
        )
        return False
    if not target.exists():
        return target
    try:
        same = target.is_file() and target.read_bytes() == article.read_bytes()
    except OSError:
        same = False  # unreadable: not known to be the same text, so it is not replaced
    if same:
        return None
    print(
        f"timeline draft: {target} exists and is not {article}; move it, or draft with --inline",
        file=sys.stderr,
    )
    return False


def _cmd_open(args: argparse.Namespace) -> int:
    from tui.infra import prefetch

    files_only = args.paths and not any(Path(p).is_dir() for p in args.paths)
    early = prefetch.start(args.paths, use_cache=not args.no_cache) if files_only else None
    try:
        from tui.ui.app import make_app  # Textual loads while a large file parses in the child
    except ModuleNotFoundError as exc:
        return _missing(exc)

    app = make_app(args.paths, use_cache=not args.no_cache, prefetch=early)
    app.run()
    return app.return_code or EXIT_OK


_PIP_NAMES = {"yaml": "pyyaml"}
"""Runtime dependencies whose pip name is not the name they are imported by."""


def _missing(exc: ModuleNotFoundError) -> int:
    """A runtime dependency of the terminal UI is not installed: say which, and how to install
    it, instead of a traceback. A module of our own that is missing is a bug, and raises."""
    name = (exc.name or "").split(".")[0]
    if not name or name == "tui":
        raise exc
    package = _PIP_NAMES.get(name, name)
    _say(
        f"timeline: the terminal UI needs the Python package '{package}', which is not "
        f"installed; install it with: python -m pip install {package}"
    )
    return EXIT_ERRORS


_COMMANDS = {
    "check": _cmd_check,
    "export": _cmd_export,
    "schema": _cmd_schema,
    "when": _cmd_when,
    "draft": _cmd_draft,
    "import": _cmd_import,
}
