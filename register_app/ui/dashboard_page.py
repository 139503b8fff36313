"""The dashboard: what the register holds, and the latest changes. A later checks feature adds the
compliance notices here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from register_app.domain.enums import ActivityStatus
from register_app.services import history, registers
from register_app.services.records import HistoryItem
from register_app.ui import labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.context import RegisterContext
from register_app.ui.edits import Change
from register_app.ui.widgets import heading, hint

ACTION_TEXT = {
    "create": QT_TRANSLATE_NOOP("History", "created"),
    "update": QT_TRANSLATE_NOOP("History", "changed"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
    "link": QT_TRANSLATE_NOOP("History", "linked"),
    "unlink": QT_TRANSLATE_NOOP("History", "unlinked"),
}


FIELD_TEXT = {
    "name": QT_TRANSLATE_NOOP("History", "name"),
    "reference": QT_TRANSLATE_NOOP("History", "reference"),
    "description": QT_TRANSLATE_NOOP("History", "description"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "purposes": QT_TRANSLATE_NOOP("History", "purposes"),
    "data_subjects": QT_TRANSLATE_NOOP("History", "data subjects"),
    "data_categories": QT_TRANSLATE_NOOP("History", "data categories"),
    "recipients": QT_TRANSLATE_NOOP("History", "recipients"),
    "subprocessor_uids": QT_TRANSLATE_NOOP("History", "subprocessors"),
    "transfers": QT_TRANSLATE_NOOP("History", "transfers"),
    "retention": QT_TRANSLATE_NOOP("History", "retention"),
    "measures": QT_TRANSLATE_NOOP("History", "security measures"),
    "measure_uids": QT_TRANSLATE_NOOP("History", "security measures"),
    "dpia": QT_TRANSLATE_NOOP("History", "DPIA"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "certifications": QT_TRANSLATE_NOOP("History", "certifications"),
    "countries": QT_TRANSLATE_NOOP("History", "countries"),
}
HISTORY_LINES = 40


def summarise(items: list[HistoryItem]) -> list[str]:
    """One line per object and minute (newest first): an edit records one entry per field."""
    lines: list[str] = []
    groups: list[list[HistoryItem]] = []
    for item in items:
        last = groups[-1][0] if groups else None
        same = last is not None and (last.object_uid, last.author, last.at.replace(second=0, microsecond=0)) == (
            item.object_uid, item.author, item.at.replace(second=0, microsecond=0))  # fmt: skip
        if same:
            groups[-1].append(item)
        else:
            groups.append([item])
    for group in groups[:HISTORY_LINES]:
        actions = {item.action for item in group}
        action = "create" if "create" in actions else "delete" if "delete" in actions else "update"
        text = QCoreApplication.translate("History", ACTION_TEXT[action])
        fields = dict.fromkeys(
            QCoreApplication.translate("History", FIELD_TEXT[f]) for f in (i.field for i in group) if f in FIELD_TEXT
        )
        if action == "update" and fields:
            text += " (" + ", ".join(fields) + ")"
        first = group[0]
        line = QCoreApplication.translate("History", "{time} — {author} — {object}: {action}")
        lines.append(line.format(time=local_datetime(first.at), author=first.author, object=first.object_label,
                                 action=text))  # fmt: skip
    return lines


class Tile(QFrame):
    def __init__(self, title: str, page: int, go: Signal) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("0")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.button = QPushButton(title)
        self.button.clicked.connect(lambda: go.emit(page))
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addWidget(self.button)


class DashboardPage(QWidget):
    go_to_page = Signal(int)

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.title = heading("")
        layout.addWidget(self.title)
        layout.addWidget(hint(self.tr("Every change is saved in the register file as soon as you make it.")))
        grid = QGridLayout()
        self.activities = Tile(self.tr("Processing activities"), 1, self.go_to_page)
        self.subprocessors = Tile(self.tr("Subprocessors"), 2, self.go_to_page)
        self.measures = Tile(self.tr("Security measures"), 3, self.go_to_page)
        for column, tile in enumerate((self.activities, self.subprocessors, self.measures)):
            grid.addWidget(tile, 0, column)
        layout.addLayout(grid)
        layout.addWidget(heading(self.tr("Latest changes")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Latest changes"))
        layout.addWidget(self.history, 1)
        ctx.changed.connect(self.on_ctx_changed)
        self.reload()

    def on_ctx_changed(self, _change: Change) -> None:
        self.reload()

    def reload(self) -> None:
        info = registers.register_info(self.ctx.register)
        self.title.setText(info.organisation or self.ctx.register.path.name)
        by_status = dict(info.activities_by_status)
        self.activities.number.setText(str(info.activities))
        self.activities.detail.setText(
            ", ".join(f"{by_status.get(s.value, 0)} {labels.label(s).lower()}" for s in ActivityStatus)
        )
        self.subprocessors.number.setText(str(info.subprocessors))
        self.measures.number.setText(str(info.measures))
        self.history.clear()
        self.history.addItems(summarise(history.recent_history(self.ctx.register, limit=400)))
