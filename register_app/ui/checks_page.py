"""The checks page: the open findings in a table (filter by severity and text), a detail pane with
the message, the legal reference and how to fix it, dismissal with a reason, and the dismissed
findings listed apart, where they can be listed again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError
from register_app.services.checks import Finding, Severity
from register_app.services.text import fold
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_date
from register_app.ui.check_state import CheckState, finding_id
from register_app.ui.dismiss_dialog import DismissDialog
from register_app.ui.errors import show_error
from register_app.ui.finding_edits import DismissFinding, RestoreFinding
from register_app.ui.finding_words import field_text, kind_text, severity_text
from register_app.ui.findings_table_model import DismissedRow, DismissedTableModel, FindingsTableModel, object_text
from register_app.ui.list_page import TableView
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import ID_ROLE
from register_app.ui.undo import run_edit
from register_app.ui.widgets import heading, hint, out_of_sight


def search_text(finding: Finding) -> str:
    lang = screen_labels.lang()
    parts = (finding.code, finding.object_label, finding.object_ref, field_text(finding.field),
             finding.message(lang), finding.reference(lang), severity_text(finding.severity))  # fmt: skip
    return fold(" ".join(parts))


class DetailPane(QWidget):
    """The selected finding in full: what, where, why (the reference) and how to fix it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = heading("")
        self.where.setWordWrap(True)
        self.message = self.text_label()
        self.reference = self.text_label()
        self.fix = self.text_label()
        self.dismissal = self.text_label()
        self.reference_title = QLabel(self.tr("Legal reference"))
        self.fix_title = QLabel(self.tr("How to fix it"))
        for title in (self.reference_title, self.fix_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.empty = hint(self.tr("Select a finding to see what it means and how to fix it."))
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for widget in (self.empty, self.where, self.message, self.reference_title, self.reference, self.fix_title,
                       self.fix, self.dismissal):  # fmt: skip
            layout.addWidget(widget)
        layout.addLayout(self.buttons)
        layout.addStretch(1)
        self.show_finding(None)

    @staticmethod
    def text_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_finding(self, finding: Finding | None, dismissed: str = "") -> None:
        lang = screen_labels.lang()
        self.empty.setVisible(finding is None)
        for widget in (self.where, self.message, self.reference_title, self.reference, self.fix_title, self.fix):
            widget.setVisible(finding is not None)
        self.dismissal.setVisible(bool(dismissed))
        self.dismissal.setText(dismissed)
        if finding is None:
            return
        self.where.setText(self.tr("{severity} — {kind} {object} — {field}").format(
            severity=severity_text(finding.severity), kind=kind_text(finding.object_kind),
            object=object_text(finding), field=field_text(finding.field)))  # fmt: skip
        self.message.setText(finding.message(lang))
        self.reference.setText(finding.reference(lang))
        self.fix.setText(finding.fix(lang))


class ChecksPage(QWidget):
    open_requested = Signal(object)  # Finding

    def __init__(self, ctx: RegisterContext, checks: CheckState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checks = checks
        self.title = heading(self.tr("Compliance checks"))
        self.count = QLabel()
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity filter"))
        self.severity.addItem(self.tr("All severities"), None)
        for severity in Severity:
            self.severity.addItem(severity_text(severity), severity)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search objects, fields, messages, references…"))
        self.search.setAccessibleName(self.tr("Search findings"))
        self.model = FindingsTableModel(self)
        self.table = TableView(self.model)
        self.dismissed_model = DismissedTableModel(self)
        self.dismissed_table = TableView(self.dismissed_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.dismissed_table, "")
        self.detail = DetailPane()
        self.open_button = QPushButton(self.tr("Open in the editor"))
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.restore_button = QPushButton(self.tr("List again"))
        for button in (self.open_button, self.dismiss_button, self.restore_button):
            self.detail.buttons.addWidget(button)
        self.detail.buttons.addStretch(1)
        self.setup_layout()
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.dismiss_button.clicked.connect(self.on_dismiss_button_clicked)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.severity.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self.on_selection_changed())
        for table in (self.table, self.dismissed_table):
            table.selectionModel().selectionChanged.connect(self.on_selection_changed)
            table.doubleClicked.connect(lambda _index: self.on_open_button_clicked())
            table.installEventFilter(self)
        self._stale = False  # a report came while the page was out of sight
        checks.updated.connect(self.on_checks_updated)
        self.reload()
        self.table.set_widths([19, 16, 16, 26, 12], stretch={1: 1, 3: 4, 4: 1})
        self.dismissed_table.set_widths([19, 16, 24, 20, 10, 10], stretch={2: 3, 3: 3})

    def setup_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.severity)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(300)
        splitter.setSizes([820, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # --- data
    def matcher(self) -> Callable[[Finding], bool] | None:
        """Whether a finding passes the severity filter and the search (None: no filter in force)."""
        wanted = self.severity.currentData()
        words = fold(self.search.text()).split()
        if wanted is None and not words:
            return None

        def matches(finding: Finding) -> bool:
            text = search_text(finding) if words else ""
            return (wanted is None or finding.severity == wanted) and all(w in text for w in words)

        return matches

    def on_checks_updated(self) -> None:
        if out_of_sight(self):
            self._stale = True  # tens of thousands of findings at 10,000 activities: shown when opened
        else:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        report = self.checks.report
        keep = (self.selected_id(self.table), self.selected_id(self.dismissed_table))
        matches = self.matcher()
        findings = [f for f in report.findings if matches is None or matches(f)] if report else []
        dismissed = [DismissedRow(f, d) for f, d in report.dismissed if matches is None or matches(f)] if report else []
        self.model.set_rows(findings)
        self.dismissed_model.set_rows(dismissed)
        total = len(report.findings) if report else 0
        counted = report is not None  # before the first report, the counts are not known: "…"
        self.tabs.setTabText(0, self.tr("Open findings ({n})").format(n=len(findings) if counted else "…"))
        self.tabs.setTabText(1, self.tr("Dismissed ({n})").format(n=len(dismissed) if counted else "…"))
        if report is not None:
            self.count.setText(self.tr("%n open finding(s)", "", total))
        else:
            self.count.setText(self.tr("Checking the register…") if self.checks.busy
                               else self.tr("The register could not be checked: see the log."))  # fmt: skip
        for table, uid in zip((self.table, self.dismissed_table), keep, strict=True):
            if uid:
                self.select(table, uid)
        self.on_selection_changed()

    # --- selection
    @staticmethod
    def selected_id(table: TableView) -> str | None:
        rows = table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    @staticmethod
    def select(table: TableView, uid: str) -> None:
        model: Any = table.model()
        row = model.row_of(uid)
        if row >= 0:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))

    def select_finding(self, finding: Finding) -> None:
        """Show a finding (from the dashboard): clear the filters, select it in its list."""
        self.search.clear()
        self.severity.setCurrentIndex(0)
        uid = finding_id(finding)
        if self.model.row_of(uid) >= 0:
            self.tabs.setCurrentIndex(0)
            self.select(self.table, uid)
        elif self.dismissed_model.row_of(uid) >= 0:
            self.tabs.setCurrentIndex(1)
            self.select(self.dismissed_table, uid)

    def current(self) -> tuple[Finding | None, DismissedRow | None]:
        if self.tabs.currentIndex() == 0:
            uid = self.selected_id(self.table)
            row = self.model.row_of(uid) if uid else -1
            return (self.model.row_at(row) if row >= 0 else None), None
        uid = self.selected_id(self.dismissed_table)
        row = self.dismissed_model.row_of(uid) if uid else -1
        found = self.dismissed_model.row_at(row) if row >= 0 else None
        return (found.finding if found else None), found

    def on_selection_changed(self, *_args: object) -> None:
        finding, dismissed = self.current()
        text = ""
        if dismissed is not None:
            text = self.tr("Dismissed by {author} on {day}: {reason}").format(
                author=dismissed.dismissal.author, day=local_date(dismissed.dismissal.at),
                reason=dismissed.dismissal.reason)  # fmt: skip
        self.detail.show_finding(finding, text)
        on_open = self.tabs.currentIndex() == 0
        writable = not self.ctx.register.read_only
        self.open_button.setEnabled(finding is not None)
        self.open_button.setVisible(finding is not None)
        self.dismiss_button.setVisible(on_open and finding is not None)
        self.dismiss_button.setEnabled(writable)
        self.restore_button.setVisible(not on_open and finding is not None)
        self.restore_button.setEnabled(writable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            finding, _ = self.current()
            if finding is not None:
                self.open_requested.emit(finding)
                return True
        return super().eventFilter(watched, event)

    # --- actions
    def on_open_button_clicked(self) -> None:
        finding, _ = self.current()
        if finding is not None:
            self.open_requested.emit(finding)

    def on_dismiss_button_clicked(self) -> None:
        finding, _ = self.current()
        if finding is None:
            return
        dialog = DismissDialog(finding, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(DismissFinding(finding, dialog.reason_text()), self.tr("Dismiss a finding"))

    def on_restore_button_clicked(self) -> None:
        finding, _ = self.current()
        if finding is not None:
            self._run(RestoreFinding(finding), self.tr("List a finding again"))

    def _run(self, edit: object, text: str) -> None:
        try:
            run_edit(self.ctx, edit, text)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, exc)
