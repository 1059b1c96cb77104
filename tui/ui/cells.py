"""Text the terminal and the layout measure alike.

Rich measures a keycap ("1" U+FE0F U+20E3), a skin-tone emoji (U+1F44D U+1F3FD) or a
ZWJ family as one glyph, two cells wide; many terminals (tmux among them) draw the pieces
one by one, wider, so the end of such a row is pushed off the screen. The explorer draws the
pieces that every terminal measures the same way: the emoji-presentation selector, the
skin-tone modifiers and the zero-width joiner are left out (the base emoji stay).
"""

from __future__ import annotations

from tui.core.textsafe import one_line

_AMBIGUOUS = str.maketrans(
    {0xFE0F: None, 0x200D: None, **{code: None for code in range(0x1F3FB, 0x1F400)}}
)


def cells(text: str) -> str:
    """``one_line`` for the terminal: no sequence whose width terminals disagree on."""
    line = one_line(text)
    return line.translate(_AMBIGUOUS) if not line.isascii() else line
