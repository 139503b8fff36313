"""One activity's fiche saved as a PDF from its editor: the file is chosen, the fiche built from a
snapshot of the register (the activity as saved) and written like any export, then it can be opened
(to be read or printed from the PDF viewer: Qt's print support cannot draw a PDF without QtPdf,
which PySide6-Essentials does not ship)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from register_app.errors import UserError
from register_app.exports.formats import write_atomically
from register_app.services.snapshot import take_snapshot
from register_app.ui import screen_labels
from register_app.ui.errors import show_error
from register_app.ui.register_context import RegisterContext
from register_app.ui.welcome import documents_dir


def proposed_path(ctx: RegisterContext, reference: str) -> Path:
    folder = Path(ctx.settings.export_folder) if ctx.settings.export_folder else documents_dir()
    name = re.sub(r"[^\w.-]+", "-", reference).strip("-.") or QCoreApplication.translate("FicheExport", "record")
    return folder / f"{ctx.register.path.stem}-{name}.pdf"


def export_fiche(parent: QWidget, ctx: RegisterContext, uid: str, reference: str) -> Path | None:
    """Ask where, write the fiche of activity `uid` there in the interface's language, and offer to
    open it; the path written, or None when cancelled or refused (the reason shown)."""
    from register_app.exports.pdf.fiche import export_fiche_pdf  # reportlab: loaded when first needed

    title = QCoreApplication.translate("FicheExport", "Save the record as PDF")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(proposed_path(ctx, reference)), "PDF (*.pdf)")
    if not chosen:
        return None
    dest = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_atomically(dest, export_fiche_pdf(take_snapshot(ctx.register), uid, screen_labels.lang()),
                         register=ctx.register.path)  # fmt: skip
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QApplication.restoreOverrideCursor()
    saved = QCoreApplication.translate("FicheExport", "The record was saved as {path}.").format(path=dest)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("FicheExport", "Record saved"), saved,
                      QMessageBox.StandardButton.Close, parent)  # fmt: skip
    open_text = QCoreApplication.translate("FicheExport", "Open the &file")
    open_button = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(dest)))
    return dest
