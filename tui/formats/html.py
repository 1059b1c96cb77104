"""One self-contained HTML page: the axis as SVG, then the chronology with all the list shows.

No scripts, fonts, styles or images from elsewhere: a Content-Security-Policy forbids them too, so
the page reads the same offline and nothing in it can phone home. Printable as it is.
"""

from __future__ import annotations

from tui.core.model import Event, Timeline
from tui.core.urls import web_url
from tui.dates import format_label
from tui.formats.svg import svg_chunks, xml_text

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1e1e1e; max-width: 72rem; margin: 2rem auto;
       padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } .summary { color: #444; }
figure { margin: 1.5rem 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
h2 { border-bottom: 1px solid #ccc; }
h3 { color: #b35900; margin: 1.4rem 0 .3rem; font-size: 1rem; }
article { margin: 0 0 .9rem 1rem; } article h4 { margin: 0; font-size: 1rem; }
.when, .meta { color: #555; margin: .15rem 0; font-size: .9rem; } .details { margin: .3rem 0; }
blockquote { margin: .3rem 0 .3rem 1rem; padding-left: .6rem; border-left: 3px solid #0178d4;
             font-style: italic; } .missing { color: #b3261e; font-style: normal; }
@media print { body { margin: 0; max-width: none; } figure { overflow: visible; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; }
  article { break-inside: avoid; } }
"""


def to_html(timeline: Timeline) -> str:
    """The page: title, summary, the axis, and the chronology in the list's order."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{xml_text(timeline.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{xml_text(timeline.title)}</h1>",
    ]
    if timeline.summary:
        out.append(f'<p class="summary">{xml_text(timeline.summary)}</p>')
    out.append("<figure>" + "".join(svg_chunks(timeline, standalone=False)) + "</figure>")
    out.append(
        f'<h2>Chronology</h2><p class="meta">Dates in {xml_text(timeline.timezone)} time.</p>'
    )
    current = None
    for event in timeline.events:
        label = format_label(event.resolution)
        if label != current:
            out.append(f"<h3>{xml_text(label)}</h3>")
            current = label
        out.append(_event(timeline, event))
    out.append("</body></html>\n")
    return "\n".join(out)


def _event(timeline: Timeline, event: Event) -> str:
    r = event.resolution
    why = r.explanation if r is not None else f"{event.when} → undated: {event.unresolved_reason}"
    parts = [f"<article><h4>{xml_text(event.title)}</h4>", f'<p class="when">{xml_text(why)}</p>']
    if event.details:
        parts.append(f'<p class="details">{xml_text(event.details.strip())}</p>')
    for quote in event.quotes:
        by = f" — {xml_text(quote.by)}" if quote.by else ""
        missing = (
            ' <span class="missing">(not found in the source)</span>'
            if timeline.misquotes(quote)
            else ""
        )
        parts.append(f"<blockquote>“{xml_text(quote.text)}”{by}{missing}</blockquote>")
    source = timeline.sources.get(event.source) if event.source else None
    if source is not None:
        name = xml_text(source.title)
        url = web_url(source.url)
        link = f'<a href="{xml_text(url)}" rel="noreferrer">{name}</a>' if url else name
        outlet = f", {xml_text(source.outlet)}" if source.outlet else ""
        parts.append(
            f'<p class="meta">Source: {link}{outlet}, published {xml_text(source.published)}</p>'
        )
    if event.tags:
        parts.append(f'<p class="meta">Tags: {xml_text(", ".join(event.tags))}</p>')
    parts.append("</article>")
    return "".join(parts)
