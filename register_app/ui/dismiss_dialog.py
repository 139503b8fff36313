"""Asking why a finding is dismissed: the reason is required (the service says what is wrong with
it), and it is kept in the register with the author and the date."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from register_app.services.checks import Finding
from register_app.services.checks.dismissals import reason_issues
from register_app.ui import screen_labels
from register_app.ui.widgets import ErrorLabel, hint


class DismissDialog(QDialog):
    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dismiss a finding"))
        message = QLabel(finding.message(screen_labels.lang()))
        message.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the contract is signed, the scan is filed under DPA-2026-04"))
        self.error = ErrorLabel()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Dismiss"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(hint(self.tr("Why does this finding not call for a change? The reason is kept in the "
                                      "register with your name and today's date; you can list the finding "
                                      "again at any time.")))  # fmt: skip
        layout.addWidget(QLabel(self.tr("Reason *")))
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        issues = reason_issues(self.reason.toPlainText())
        if issues:
            required = self.tr("A reason is required to dismiss a finding.")
            lang = screen_labels.lang()
            self.error.show_messages([required if i.code == "REQUIRED" else i.message(lang) for i in issues])
            self.reason.setFocus()
            return
        super().accept()
