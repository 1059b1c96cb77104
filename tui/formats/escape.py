"""The one escaping rule per output format: every text field passes through the one for its format.

A URL is written only after ``tui.core.urls.web_url`` accepts it, which leaves nothing in it that
could break out of Markdown, HTML or an ics line; the escapers here are for everything else.
"""

from __future__ import annotations

import html
import re

from tui.core.textsafe import one_line, visible

_MD_INLINE = str.maketrans({char: "\\" + char for char in "\\`*_[]<>|~&"})
_MD_LINE_START = re.compile(r"^(?:[#>]|=+\s*$|-+\s*$|\++\s*$)")
_MD_NUMBERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_MD_LIST_ITEM = re.compile(r"^( {0,8})([-*+]|\d{1,3}[.)])( +)(?=\S)")
_LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029\x85]")


def markdown_inline(text: str) -> str:
    """Text for one line of Markdown (a heading, a list item, a quote): on one line, with every
    character that Markdown or the HTML it allows would read as formatting escaped."""
    return _md_start(one_line(text).strip().translate(_MD_INLINE))


def _md_start(line: str) -> str:
    """A line that would open a heading, a quote, a numbered list or a rule, made plain text."""
    if _MD_LINE_START.match(line):
        return "\\" + line
    return _MD_NUMBERED.sub(r"\1\\\2", line, count=1)


def markdown_block(text: str) -> str:
    """Free text (``details``) as Markdown that shows what was written: paragraphs stay paragraphs
    and ``-``, ``*``, ``+`` or ``1.`` lists stay lists; everything else is escaped as text."""
    out: list[str] = []
    for raw in _LINE_BREAKS.split(text):
        line = visible(raw.replace("\t", "    ")).rstrip()
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        item = _MD_LIST_ITEM.match(line)
        if item is not None:
            indent, marker, _ = item.groups()
            rest = line[item.end() :].translate(_MD_INLINE)
            out.append(f"{indent[:8]}{marker} {rest}")
        else:
            out.append(_md_start(line.strip().translate(_MD_INLINE)))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def html_text(text: str) -> str:
    """Text for an HTML element's content or an attribute: ``& < > " '`` as entities."""
    return html.escape(visible(text), quote=True)


def html_block(text: str) -> str:
    """Free text as HTML paragraphs, each line break within a paragraph kept as ``<br>``."""
    paragraphs = re.split(r"\n[ \t]*\n", "\n".join(_LINE_BREAKS.split(text.strip())))
    return "".join(
        "<p>" + "<br>".join(html_text(line.strip()) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p.strip()
    )


def ics_text(text: str) -> str:
    """An RFC 5545 TEXT value: backslash, ``;`` and ``,`` escaped, every line break as ``\\n``,
    and control characters (which TEXT may not hold) shown as visible symbols."""
    return "\\n".join(
        visible(line.replace("\t", " "))
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        for line in _LINE_BREAKS.split(text)
    )


def ics_fold(line: str) -> str:
    """A content line folded into pieces of at most 75 octets, each ending in CRLF, continuation
    lines starting with a space (RFC 5545 3.1); a character is never split between pieces."""
    if line.isascii():
        pieces = [line[:75]] + [line[i : i + 74] for i in range(75, len(line), 74)]
        return "\r\n ".join(pieces) + "\r\n"
    pieces = []
    start, size, limit = 0, 0, 75
    for index, char in enumerate(line):
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(line[start:index])
            start, size, limit = index, 0, 74
        size += width
    pieces.append(line[start:])
    return "\r\n ".join(pieces) + "\r\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(text: str) -> str:
    """A text cell a spreadsheet will not run: one that begins with ``=``, ``+``, ``-``, ``@``, a
    tab or a line break (OWASP's CSV-injection rule) gets a leading apostrophe. Control
    characters other than tab and newline are shown as symbols, as on the terminal."""
    return "'" + visible(text) if text.startswith(_FORMULA_START) else visible(text)


_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")
"""What JSON lets through raw but a terminal or a JavaScript parser acts on: DEL and the C1
controls (U+009B is a terminal's CSI), and the line separators."""
_JSON_RAW_UTF8 = (b"\x7f", b"\xc2", b"\xe2\x80\xa8", b"\xe2\x80\xa9")
"""Their UTF-8 bytes, or a lead byte of theirs (``\xc2`` starts U+0080 to U+00BF): searched at
``memchr`` speed, where the pattern tests each character of a line."""


def one_json_line(text: str) -> str:
    """JSON text with DEL, the C1 controls and the line separators written as ``\\uXXXX``
    escapes; JSON escapes the C0 controls itself.

    A search of the UTF-8 bytes first: most texts hold none, and a 100k-event export pays for
    any per-character work in seconds.
    """
    raw = text.encode("utf-8", "surrogatepass")
    if not any(sequence in raw for sequence in _JSON_RAW_UTF8):
        return text
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
