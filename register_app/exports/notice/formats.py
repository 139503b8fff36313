"""The notice's formats, chosen by the file's extension; each renderer (python-docx, reportlab) is
imported on first use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from register_app.errors import UnsupportedFormatError
from register_app.exports.notice.model import Notice

Renderer = Callable[[Notice], bytes]


def html_renderer(notice: Notice) -> bytes:
    from register_app.exports.notice.html import render_html

    return render_html(notice)


def docx_renderer(notice: Notice) -> bytes:
    from register_app.exports.notice.docx import render_docx

    return render_docx(notice)


def pdf_renderer(notice: Notice) -> bytes:
    from register_app.exports.notice.pdf import render_pdf

    return render_pdf(notice)


RENDERERS: dict[str, Renderer] = {".html": html_renderer, ".docx": docx_renderer, ".pdf": pdf_renderer}


def renderer_for(path: Path) -> Renderer:
    renderer = RENDERERS.get(path.suffix.lower())
    if renderer is None:
        raise UnsupportedFormatError(path=path, expected=", ".join(RENDERERS))
    return renderer
