"""The rights requests page: each request with its due date, the overdue ones marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from register_app.domain.catalogues import REQUEST_TYPES
from register_app.services import records as r
from register_app.services import rights_requests
from register_app.services.clocks import request_due, request_overdue
from register_app.services.rights_requests import RIGHTS_REQUESTS
from register_app.services.text import fold, search_terms
from register_app.ui import screen_labels
from register_app.ui.editors import record_dialog
from register_app.ui.edits import RIGHTS_REQUEST
from register_app.ui.list_page import RecordPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.request_dialog import RequestDialog
from register_app.ui.table_model import Column, RowTableModel


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


class RequestsPage(RecordPage):
    kinds = (RIGHTS_REQUEST,)
    aggregate = RIGHTS_REQUESTS
    help_topic = "requests"  # the guide's page, opened by F1

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        model = RowTableModel(COLUMNS, uid=lambda q: q.uid, muted=lambda q: not q.status.is_open)
        super().__init__(ctx, self.tr("Rights requests"), model, parent=parent,
                         search=(self.tr("Search requests…"), self.tr("Search requests")),
                         new=self.tr("New request…"))  # fmt: skip
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

    def editor(self, uid: str | None) -> RequestDialog:
        return request_dialog(self.ctx, self, uid)

    def deletion(self, row: r.RightsRequest) -> tuple[str, str, str]:
        name = row.requester or row.reference
        question = self.tr("Delete the request of “{name}”? You can undo this with Edit ▸ Undo.").format(name=name)
        return self.tr("Delete the request"), question, self.tr("Delete “{name}”").format(name=name)


# After the page's class: Qt's lupdate loses the class's context after a function like this one.
def request_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> RequestDialog:
    titles = (QCoreApplication.translate("Editors", "New rights request"),
              QCoreApplication.translate("Editors", "{name} — rights request"))  # fmt: skip

    def make(data: r.RightsRequestInput, submit: Callable[[r.RightsRequestInput], None], title: str) -> RequestDialog:
        return RequestDialog(data=data, submit=submit, title=title, parent=parent)

    return record_dialog(ctx, RIGHTS_REQUESTS, uid, make=make, titles=titles, name_of=request_name)


def request_name(request: r.RightsRequestInput) -> str:
    """A request as its editor's title and the edits name it: the person, else the reference."""
    return request.requester or request.reference
