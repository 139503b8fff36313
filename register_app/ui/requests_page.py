"""The rights requests page: each request with its due date, the overdue ones marked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from register_app.domain.catalogues import REQUEST_TYPES
from register_app.errors import UserError
from register_app.services import records as r
from register_app.services import rights_requests
from register_app.services.clocks import request_due, request_overdue
from register_app.services.conflicts import opened
from register_app.services.rights_requests import RIGHTS_REQUESTS
from register_app.services.text import fold, search_terms
from register_app.ui import screen_labels
from register_app.ui.editors import save_revision
from register_app.ui.edits import RIGHTS_REQUEST, create, delete
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.read_only import make_dialog_read_only
from register_app.ui.register_context import RegisterContext
from register_app.ui.request_dialog import RequestDialog
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.undo import run_edit


def today() -> date:
    """The day requests are judged overdue on (tests replace it)."""
    return date.today()


def due_text(request: r.RightsRequest) -> str:
    due = request_due(request)
    if due is None:
        return ""
    if request_overdue(request, today()):
        return QCoreApplication.translate("Requests", "{date} — overdue").format(date=screen_labels.local_date(due))
    return screen_labels.local_date(due)


COLUMNS: list[Column[r.RightsRequest]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda q: q.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "Person"), lambda q: q.requester),
    Column(QT_TRANSLATE_NOOP("Columns", "Right"), lambda q: screen_labels.code_label(REQUEST_TYPES, q.request_type)),
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), lambda q: screen_labels.local_date(q.received_on),
           sort_key=lambda q: q.received_on.isoformat() if q.received_on else ""),
    Column(QT_TRANSLATE_NOOP("Columns", "Answer due"), due_text,
           sort_key=lambda q: (due.isoformat() if (due := request_due(q)) else "")),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda q: screen_labels.label(q.status)),
]  # fmt: skip


class RequestsPage(ListPage):
    kinds = (RIGHTS_REQUEST,)
    help_topic = "requests"  # the guide's page, opened by F1

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        model = RowTableModel(COLUMNS, uid=lambda q: q.uid, muted=lambda q: not q.status.is_open)
        super().__init__(ctx, self.tr("Rights requests"), model, parent)
        self.search.setPlaceholderText(self.tr("Search requests…"))
        self.search.setAccessibleName(self.tr("Search requests"))
        self.filters.addStretch(1)
        self.button(self.tr("New request…"), self.on_new_clicked)
        self.button(self.tr("Open"), self.open_selected, needs_selection=True)
        self.button(self.tr("Delete…"), self.on_delete_clicked, needs_selection=True)
        self.end_buttons()
        self.reload()
        self.table.set_widths([10, 24, 16, 12, 20, 14], stretch={1: 2, 4: 1})

    def fetch(self) -> list[r.RightsRequest]:
        terms = search_terms(self.search.text())
        rows = rights_requests.list_requests(self.ctx.register)
        return [q for q in rows if all(t in fold(f"{q.reference} {q.requester} {q.answer_summary}") for t in terms)]

    def count_text(self, n: int) -> str:
        late = sum(request_overdue(q, today()) for q in self.model.rows())
        text = self.tr("%n request(s)", "", n)
        return text + ", " + self.tr("%n overdue", "", late) if late else text

    def empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr("No request matches the search.")
        return self.tr("No request recorded. Log here each request to exercise a right, and its answer.")

    def on_new_clicked(self) -> None:
        request_dialog(self.ctx, self, None).exec()

    def open_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            request_dialog(self.ctx, self, uid).exec()

    def on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        if not uid:
            return
        row = self.model.row_at(self.model.row_of(uid))
        name = row.requester or row.reference
        question = self.tr("Delete the request of “{name}”? You can undo this with Edit ▸ Undo.").format(name=name)
        if self.confirm(self.tr("Delete the request"), question):
            try:
                run_edit(self.ctx, delete(RIGHTS_REQUESTS, uid), self.tr("Delete “{name}”").format(name=name))
            except UserError as exc:
                show_error(self, exc)


# After the page's class: Qt's lupdate loses the class's context after a function like this one.
def request_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> RequestDialog:
    reg = ctx.register
    if uid is None:
        data = r.RightsRequestInput()
        title = QCoreApplication.translate("Editors", "New rights request")

        def submit(new: r.RightsRequestInput) -> None:
            run_edit(
                ctx,
                create(RIGHTS_REQUESTS, new),
                QCoreApplication.translate("Editors", "Create “{name}”").format(name=new.requester),
            )
    else:
        editing = opened(reg, RIGHTS_REQUESTS, uid)
        data = r.input_part(editing.record, r.RightsRequestInput)
        title = QCoreApplication.translate("Editors", "{name} — rights request").format(
            name=data.requester or data.reference
        )

        def submit(new: r.RightsRequestInput) -> None:
            if new != data:
                text = QCoreApplication.translate("Editors", "Edit “{name}”").format(name=new.requester)
                save_revision(ctx, dialog, RIGHTS_REQUESTS, uid=uid, new=new, base=data, version=editing.version,
                              text=text)  # fmt: skip

    dialog = RequestDialog(data=data, submit=submit, title=title, parent=parent)
    if reg.read_only:
        make_dialog_read_only(dialog, dialog.buttons)
    return dialog
