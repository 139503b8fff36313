"""The notice as one self-contained, accessible HTML page: real headings, lists and tables with
header cells, the language declared, placeholders marked; a few inline style rules make it
pleasant, and it reads just as well without them. Every piece of text is escaped."""

from __future__ import annotations

from html import escape as html_escape

from register_app.exports.notice.model import Block, Bullets, Inline, Notice, Paragraph, Subheading, Table

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; line-height: 1.5; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { color: #1f3a5f; line-height: 1.25; }
h2 { border-bottom: 1px solid #b8c2ce; padding-bottom: .2rem; margin-top: 2rem; }
.updated { color: #5f6b7a; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid #b8c2ce; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e6ebf1; }
mark { background: #fff2a8; }
"""


def escape(words: str) -> str:
    """Text made safe between tags (attribute values here are codes, never the register's text)."""
    return html_escape(words, quote=False)


def render_html(notice: Notice) -> bytes:
    head = (f'<!DOCTYPE html>\n<html lang="{notice.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(notice.title)} — {escape(notice.organisation)}</title>\n"
            f"<style>{STYLE}</style>\n</head>\n")  # fmt: skip
    body = [
        "<body>\n<main>",
        f"<h1>{escape(notice.title)}</h1>",
        f'<p class="subtitle"><strong>{escape(notice.subtitle)}</strong></p>',
        f'<p class="updated">{escape(notice.updated)}</p>',
        f"<p>{_inline(notice.intro)}</p>",
    ]
    for section in notice.sections:
        body.append(f'<section id="{html_escape(section.key)}">\n<h2>{escape(section.title)}</h2>')
        body += [_block(block) for block in section.blocks]
        body.append("</section>")
    body.append("</main>\n</body>\n</html>\n")
    return (head + "\n".join(body)).encode("utf-8")


def _inline(runs: Inline) -> str:
    parts = []
    for run in runs:
        words = escape(run.text).replace("\n", "<br>\n")
        if run.strong:
            words = f"<strong>{words}</strong>"
        if run.placeholder:
            words = f"<mark>{words}</mark>"
        parts.append(words)
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.runs)}</p>"
    if isinstance(block, Subheading):
        return f"<h3>{escape(block.text)}</h3>"
    if isinstance(block, Bullets):
        return "<ul>\n" + "\n".join(f"<li>{_inline(item)}</li>" for item in block.items) + "\n</ul>"
    return _table(block)


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in table.header)
    rows = []
    for first, *rest in table.rows:
        cells = "".join(f"<td>{_inline(cell)}</td>" for cell in rest)
        rows.append(f'<tr><th scope="row">{_inline(first)}</th>{cells}</tr>')
    return (f"<table>\n<caption>{escape(table.caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
            f"<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")  # fmt: skip
