"""The breach register page (Art. 33(5)): every breach, its risk, where its notification stands and
the 72-hour clock, refreshed every half minute."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from register_app.domain.catalogues import BREACH_RISK_LEVELS
from register_app.errors import UserError
from register_app.services import activities, breaches, subprocessors
from register_app.services import records as r
from register_app.services.breaches import BREACHES
from register_app.services.export_files import export_breach_notice_file
from register_app.services.text import fold, search_terms
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.breach_clock import short_clock
from register_app.ui.breach_dialog import CLOCK_REFRESH_MS, BreachDialog
from register_app.ui.editors import record_dialog
from register_app.ui.edits import BREACH
from register_app.ui.errors import show_error
from register_app.ui.list_page import RecordPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import Column, RowTableModel

COLUMNS: list[Column[r.Breach]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda b: b.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "Breach"), lambda b: b.title, tooltip=lambda b: b.description),
    Column(QT_TRANSLATE_NOOP("Columns", "Discovered"),
           lambda b: local_datetime(b.discovered_at) if b.discovered_at else "",
           sort_key=lambda b: b.discovered_at.isoformat() if b.discovered_at else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Risk"), lambda b: screen_labels.code_label(BREACH_RISK_LEVELS, b.risk_level)),
    Column(QT_TRANSLATE_NOOP("Columns", "CNIL notification"), lambda b: screen_labels.label(b.authority_status)),
    Column(QT_TRANSLATE_NOOP("Columns", "72-hour clock"), short_clock),
]  # fmt: skip


class BreachesPage(RecordPage):
    kinds = (BREACH,)
    aggregate = BREACHES
    help_topic = "breaches"  # the guide's page, opened by F1

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Data breaches"), RowTableModel(COLUMNS, uid=lambda b: b.uid), parent=parent,
                         search=(self.tr("Search breaches…"), self.tr("Search breaches")),
                         new=self.tr("New breach…"))  # fmt: skip
        self.notice_button = self.button(self.tr("Notification draft (PDF)…"), self.on_notice_clicked,
                                         needs_selection=True)  # fmt: skip
        self.notice_button.setProperty("edits", False)  # it writes a file, not the register: read-only may
        self.notice_button.setToolTip(self.tr("The breach as a draft of its notification to the CNIL, to complete "
                                              "on notifications.cnil.fr"))  # fmt: skip
        self.end_buttons()
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_REFRESH_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()
        self.reload()
        self.table.set_widths([10, 34, 15, 20, 16, 16], stretch={1: 3, 3: 1})

    def on_timer_timeout(self) -> None:
        """The clock column moves on: repaint it (the rows themselves have not changed)."""
        if self.model.rowCount():
            column, last = len(COLUMNS) - 1, self.model.rowCount() - 1
            self.model.dataChanged.emit(self.model.index(0, column), self.model.index(last, column))

    def fetch(self) -> list[r.Breach]:
        terms = search_terms(self.search.text())
        rows = breaches.list_breaches(self.ctx.register)
        return [b for b in rows if all(t in fold(f"{b.reference} {b.title} {b.description}") for t in terms)]

    def count_text(self, n: int) -> str:
        return self.tr("%n breach(es)", "", n)

    def empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No breach matches the search.")
        return self.tr("No breach recorded. Record every personal data breach here, notified or not (GDPR Art. 33(5)).")

    def editor(self, uid: str | None) -> BreachDialog:
        return breach_dialog(self.ctx, self, uid)

    def deletion(self, row: r.Breach) -> tuple[str, str, str]:
        question = self.tr("Delete “{name}” from the breach register? You can undo this with Edit ▸ Undo.")
        return (self.tr("Delete the breach"), question.format(name=row.title),
                self.tr("Delete “{name}”").format(name=row.title))  # fmt: skip

    def on_notice_clicked(self) -> None:
        """What `register-app breach-notice` writes, for the selected breach."""
        uid = self.selected_uid()
        if not uid:
            return
        row = self.model.row_at(self.model.row_of(uid))
        source = self.ctx.register.path
        name = f"{row.reference or source.stem}-notification.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Notification draft"), str(source.with_name(name)),
                                                self.tr("PDF files (*.pdf)"))  # fmt: skip
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            export_breach_notice_file(self.ctx.register, path, breach=uid, lang=screen_labels.lang())
        except UserError as exc:
            show_error(self, exc)


# After the page's class: Qt's lupdate loses the class's context after a function like this one.
def breach_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> BreachDialog:
    reg = ctx.register
    linked_activities = [(a.uid, f"{a.reference} {a.name}".strip()) for a in activities.list_activities(reg)]
    linked_subprocessors = [(s.uid, s.name) for s in subprocessors.list_subprocessors(reg)]
    titles = (QCoreApplication.translate("Editors", "New data breach"),
              QCoreApplication.translate("Editors", "{name} — data breach"))  # fmt: skip

    def make(data: r.BreachInput, submit: Callable[[r.BreachInput], None], title: str) -> BreachDialog:
        return BreachDialog(data=data, submit=submit, title=title, activities=linked_activities,
                            subprocessors=linked_subprocessors, parent=parent)  # fmt: skip

    return record_dialog(ctx, BREACHES, uid, make=make, titles=titles, name_of=lambda b: b.title)
