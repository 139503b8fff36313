"""Fichier ▸ Nouveau registre depuis une politique de confidentialité… and Fichier ▸ Importer une
politique…: choose the policy, review its proposals, then draft a new register or add them to the
open one, in one transaction. Fichier ▸ Comparer avec la politique…: the differences, which then
join the checks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from register_app.errors import UserError
from register_app.services.policy import proposals as p
from register_app.ui import screen_labels
from register_app.ui.errors import show_error

if TYPE_CHECKING:
    from register_app.ui.main_window import MainWindow


def reviewed_policy(parent: QWidget, folder: Path) -> p.Proposals | None:
    """The proposals the DPO accepted from a policy they chose, or None (cancelled, unreadable)."""
    from register_app.services.policy.extract import extract
    from register_app.services.policy.reader import read_policy
    from register_app.ui.policy_review import PolicyReviewDialog

    kinds = QCoreApplication.translate(
        "PolicyFlow", "Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)"
    )
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("PolicyFlow", "Choose the privacy policy"), str(folder), kinds
    )
    if not chosen:
        return None
    try:
        proposals = extract(read_policy(Path(chosen)), screen_labels.lang())
    except UserError as exc:
        show_error(parent, exc)
        return None
    dialog = PolicyReviewDialog(proposals, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_register_from_policy(window: MainWindow, folder: Path) -> None:
    from register_app.services.policy.draft import draft_register

    proposals = reviewed_policy(window, folder)
    if proposals is None:
        return
    suggested = str(folder / (Path(proposals.source).stem + ".rgpd"))
    out, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("PolicyFlow", "Save the new register"),
        suggested,
        QCoreApplication.translate("PolicyFlow", "Registers (*.rgpd)"),
    )
    if not out:
        return
    path = Path(out) if out.endswith(".rgpd") else Path(out + ".rgpd")
    try:
        draft_register(path, proposals, lang=screen_labels.lang(), author=window.settings.author or None)
    except UserError as exc:
        show_error(window, exc)
        return
    window.open_file(path)


def import_policy(window: MainWindow, folder: Path) -> None:
    from register_app.services.policy.draft import apply_proposals
    from register_app.ui.edits import EVERYTHING

    if window.ctx is None or window.ctx.register.read_only:
        return
    proposals = reviewed_policy(window, folder)
    if proposals is None:
        return
    try:
        apply_proposals(window.ctx.register, proposals)
    except UserError as exc:
        show_error(window, exc)
        return
    window.ctx.undo_stack.clear()  # earlier edits cannot be undone over an import
    window.ctx.notify(EVERYTHING)


def compare_with_policy(window: MainWindow, folder: Path) -> None:
    from register_app.ui.policy_compare import PolicyCompareDialog

    if window.ctx is None or window.workspace is None:
        return
    dialog = PolicyCompareDialog(window.ctx, folder, window, on_compared=window.workspace.checks.set_comparison)
    QTimer.singleShot(0, dialog, dialog.choose)  # the file first, once the dialog shows
    dialog.exec()
