"""The breach register page (Art. 33(5)): every breach, its risk, where its notification stands and
the 72-hour clock, refreshed every half minute."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from register_app.domain.catalogues import BREACH_RISK_LEVELS
from register_app.errors import UserError
from register_app.services import activities, breaches, subprocessors
from register_app.services import records as r
from register_app.services.breaches import BREACHES
from register_app.services.conflicts import opened
from register_app.services.export_files import export_breach_notice_file
from register_app.services.text import fold, search_terms
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.breach_clock import short_clock
from register_app.ui.breach_dialog import CLOCK_REFRESH_MS, BreachDialog
from register_app.ui.editors import save_revision
from register_app.ui.edits import BREACH, create, delete
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.read_only import make_dialog_read_only
from register_app.ui.register_context import RegisterContext
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.undo import run_edit

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


class BreachesPage(ListPage):
    kinds = (BREACH,)
    help_topic = "breaches"  # the guide's page, opened by F1

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Data breaches"), RowTableModel(COLUMNS, uid=lambda b: b.uid), parent)
        self.search.setPlaceholderText(self.tr("Search breaches…"))
        self.search.setAccessibleName(self.tr("Search breaches"))
        self.filters.addStretch(1)
        self.button(self.tr("New breach…"), self.on_new_clicked)
        self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
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

    def on_new_clicked(self) -> None:
        breach_dialog(self.ctx, self, None).exec()

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            breach_dialog(self.ctx, self, uid).exec()

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

    def on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        row = self.model.row_at(self.model.row_of(uid))
        if self.confirm(self.tr("Delete the breach"),
                        self.tr("Delete “{name}” from the breach register? You can undo this with Edit ▸ Undo.")
                        .format(name=row.title)):  # fmt: skip
            try:
                run_edit(self.ctx, delete(BREACHES, uid), self.tr("Delete “{name}”").format(name=row.title))
            except UserError as exc:
                show_error(self, exc)


# After the page's class: Qt's lupdate loses the class's context after a function like this one.
def breach_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> BreachDialog:
    reg = ctx.register
    linked_activities = [(a.uid, f"{a.reference} {a.name}".strip()) for a in activities.list_activities(reg)]
    linked_subprocessors = [(s.uid, s.name) for s in subprocessors.list_subprocessors(reg)]
    if uid is None:
        data = r.BreachInput()
        title = QCoreApplication.translate("Editors", "New data breach")

        def submit(new: r.BreachInput) -> None:
            run_edit(
                ctx,
                create(BREACHES, new),
                QCoreApplication.translate("Editors", "Create “{name}”").format(name=new.title),
            )
    else:
        editing = opened(reg, BREACHES, uid)
        data = r.input_part(editing.record, r.BreachInput)
        title = QCoreApplication.translate("Editors", "{name} — data breach").format(name=data.title)

        def submit(new: r.BreachInput) -> None:
            if new != data:
                text = QCoreApplication.translate("Editors", "Edit “{name}”").format(name=new.title)
                save_revision(ctx, dialog, BREACHES, uid=uid, new=new, base=data, version=editing.version, text=text)

    dialog = BreachDialog(data=data, submit=submit, title=title, activities=linked_activities,
                          subprocessors=linked_subprocessors, parent=parent)  # fmt: skip
    if reg.read_only:
        make_dialog_read_only(dialog, dialog.buttons)
    return dialog
