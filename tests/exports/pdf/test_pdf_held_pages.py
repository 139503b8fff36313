"""The dossier's pages are held compactly while it is laid out (operators compressed, the canvas's
state as changes): the file is the one the plain recipe writes, holding every page in full."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from register_app.exports.pdf import document
from register_app.exports.pdf.canvas import DeferredCanvas
from register_app.services import records as r
from register_app.services.document import Profile


class PlainCanvas(DeferredCanvas):
    """reportlab's 'NumberedCanvas' recipe: every page's state kept in full until save()."""

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._held_bookmarks = []
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total, annotations = len(self._held_pages), self._annotationCount
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._annotationCount = annotations
            self._decorate(self, number, total)
            annotations = self._annotationCount
            for key, top in state["_held_bookmarks"]:
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
            Canvas.showPage(self)
        Canvas.save(self)


def texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.slow  # a second build of the demo dossier and two text extractions: about 10 s
def test_the_dossier_is_the_same_as_with_every_page_held_in_full(
    demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot, monkeypatch: Any
) -> None:
    compact = demo_pdfs["fr"].read_bytes()  # built by export_pdf as the other PDF tests read it
    monkeypatch.setattr(document, "DeferredCanvas", PlainCanvas)
    plain_file = io.BytesIO()
    document.export_pdf(demo_snapshot, plain_file, Profile.FULL, "fr")
    plain = plain_file.getvalue()
    assert len(compact) == len(plain)
    compact_texts, plain_texts = texts(compact), texts(plain)
    assert len(compact_texts) == len(plain_texts) > 10
    assert compact_texts == plain_texts
    outline = [item.title for item in PdfReader(io.BytesIO(compact)).outline if not isinstance(item, list)]
    assert outline == [item.title for item in PdfReader(io.BytesIO(plain)).outline if not isinstance(item, list)]
