"""Opening a timeline in the user's editor, and noticing a file that edits would not keep."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sysconfig
from collections.abc import Callable
from pathlib import Path

from textual.app import App, SuspendNotSupported

from tui.core.model import Diagnostic, Event
from tui.core.textsafe import one_line
from tui.ui.screens.installed import InstalledCopyScreen, user_folder


def editor_command(path: str, line: int) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (else vi) at the line, as most editors take ``+LINE``. A
    setting shlex cannot split (an unclosed quote) is taken as one program name."""
    setting = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    try:
        editor = shlex.split(setting)
    except ValueError:
        editor = [setting]
    return [*editor, f"+{line}", path]


def edit_target(
    paths: list[str], named: Diagnostic | None, event: Event | None, first: Diagnostic | None
) -> tuple[str, int] | None:
    """Where ``e`` edits: the error the banner names, else the selected event, else the first
    error of a file that cannot be opened."""
    if named is not None and named.path in paths:
        return named.path, named.line
    if event is not None:
        return event.path, event.line
    if first is not None and first.path in paths:
        return first.path, first.line
    return None


def run_editor(app: App[None], path: str, line: int) -> str | None:
    """Run the editor with the app suspended; why it could not run, or None.

    The program is looked up before the terminal is handed over, and nothing is raised out of
    the suspended block: an error there would leave the app without its screen."""
    command = editor_command(path, line)
    if not command or shutil.which(command[0]) is None:
        named = one_line(command[0]) if command else "(empty)"
        return f"Cannot run the editor: no program {named!r} (set $VISUAL or $EDITOR)"
    failed: OSError | None = None
    try:
        with app.suspend():
            try:
                subprocess.run(command, check=False)
            except OSError as exc:
                failed = exc
    except SuspendNotSupported as exc:
        failed = OSError(str(exc))
    return None if failed is None else f"Cannot run the editor: {one_line(str(failed))}"


def edit_file(app: App[None], path: str, line: int, edited: Callable[[str], None]) -> None:
    """Edit the file at the line, then call ``edited`` with the file edited. A file inside the
    installed package is not edited unasked: the user may copy it to a folder of theirs (the
    copy is edited) or edit it anyway."""

    def answered(answer: str | None) -> None:
        target = path
        if answer is None:
            return
        if answer == "copy":
            target = str(copy_beside_user(path, user_folder()))
            app.notify(f"Copied to {one_line(target)}: this copy is yours to edit", markup=False)
        problem = run_editor(app, target, line)
        if problem is not None:
            app.notify(problem, severity="error", markup=False)
        if problem is None or target != path:
            edited(target)

    if installed_copy(path):
        app.push_screen(InstalledCopyScreen(path), answered)
    else:
        answered("edit")


def installed_copy(path: str) -> bool:
    """True for a file inside the installed packages, which the next upgrade replaces."""
    try:
        resolved = Path(path).resolve()
    except OSError:
        return False
    roots = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    return any(resolved.is_relative_to(Path(root).resolve()) for root in roots)


def copy_beside_user(path: str, folder: Path) -> Path:
    """Copy a bundled timeline (and the article files beside it) into ``folder``; the new
    timeline's path. Nothing there is overwritten: a taken name gets a number."""
    source = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem}-{n}{source.suffix}"
    for sibling in source.parent.iterdir():
        if sibling.is_file() and sibling != source and sibling.suffix not in (".yaml", ".yml"):
            dest = folder / sibling.name
            if not dest.exists():
                dest.write_bytes(sibling.read_bytes())
    target.write_bytes(source.read_bytes())
    return target
