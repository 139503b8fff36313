"""The dashboard: what the register holds, how complete it is, its open findings by severity, the
agenda of what falls due (yearly, contract and DPIA reviews, certificates, breach notifications,
rights requests; the checks' findings about them beside them) with its calendar export, and the
latest changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.enums import ActivityStatus
from register_app.errors import UserError
from register_app.services import history, registers
from register_app.services.agenda import DueItem
from register_app.services.agenda_file import write_agenda
from register_app.services.checks import Severity
from register_app.services.history_rows import base_field
from register_app.services.records import HistoryItem
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.agenda_list import LATE_COLOUR, AgendaList, in_sight
from register_app.ui.check_state import CheckState
from register_app.ui.edits import Change
from register_app.ui.errors import show_error
from register_app.ui.finding_words import severity_colour
from register_app.ui.history_words import action_text, field_words
from register_app.ui.register_context import RegisterContext
from register_app.ui.widgets import heading, hint, out_of_sight

HISTORY_LINES = 40
CHECKS_PAGE = 5
DETAIL_LINES = 4  # a tile's detail: the longest (completeness, in French) takes four lines on a 1024-pixel screen


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
        # what the minute ended with (the group is newest first): created, restored, deleted, or changed
        action = next((i.action for i in group if i.action in ("create", "restore", "delete")), "update")
        text = action_text(action)
        fields = dict.fromkeys(field_words(base_field(i.field), {}, i.object_kind) for i in group if i.field)
        if action == "update" and fields:
            text += " (" + ", ".join(fields) + ")"
        first = group[0]
        line = QCoreApplication.translate("History", "{time} — {author} — {object}: {action}")
        lines.append(line.format(time=local_datetime(first.at), author=first.author, object=first.object_label,
                                 action=text))  # fmt: skip
    return lines


class Tile(QFrame):
    def __init__(self, title: str, on_click: Callable[[], None]) -> None:
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
        # Its lines kept whatever the page's height (a 1024x640 screen with the history banner shown cut them
        # in French): the page scrolls instead.
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * DETAIL_LINES)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.button = QPushButton(title)
        self.button.clicked.connect(on_click)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addWidget(self.button)


class DashboardPage(QWidget):
    help_topic = "agenda"  # the guide's page, opened by F1
    go_to_page = Signal(int)
    open_finding = Signal(object)  # a Finding, or an agenda item's DueTarget

    def __init__(self, ctx: RegisterContext, checks: CheckState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checks = checks
        # In a scroll area: on a small screen (1024x640, the history banner shown) the tiles keep the lines
        # they need and the page scrolls, rather than squeezing their text or pushing the window off screen.
        content = QWidget()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        self.title = heading("")
        layout.addWidget(self.title)
        layout.addWidget(hint(self.tr("Every change is saved in the register file as soon as you make it.")))
        grid = QGridLayout()
        self.activities = Tile(self.tr("Processing activities"), lambda: self.go_to_page.emit(1))
        self.subprocessors = Tile(self.tr("Subprocessors"), lambda: self.go_to_page.emit(2))
        self.measures = Tile(self.tr("Security measures"), lambda: self.go_to_page.emit(3))
        for column, tile in enumerate((self.activities, self.subprocessors, self.measures)):
            grid.addWidget(tile, 0, column)
        self.completeness = Tile(self.tr("What is missing"), lambda: self.go_to_page.emit(CHECKS_PAGE))
        self.findings = Tile(self.tr("Compliance checks"), lambda: self.go_to_page.emit(CHECKS_PAGE))
        self.falling_due = Tile(self.tr("Export to a calendar (.ics)…"), self.on_export_agenda_clicked)
        self.export_agenda = self.falling_due.button
        self.export_agenda.setToolTip(self.tr("Everything that falls due, as events to import into your calendar"))
        for column, tile in enumerate((self.completeness, self.findings, self.falling_due)):
            grid.addWidget(tile, 1, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        agenda_top = QHBoxLayout()
        agenda_top.addWidget(heading(self.tr("Agenda: the next 90 days")))
        agenda_top.addStretch(1)
        self.agenda_note = QLabel()
        agenda_top.addWidget(self.agenda_note)
        layout.addLayout(agenda_top)
        self.agenda = AgendaList()
        self.agenda.open_requested.connect(self.open_finding)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(heading(self.tr("Latest changes")))
        self.journal = QLabel()
        self.journal.setWordWrap(True)
        self.journal.hide()
        layout.addWidget(self.journal)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Latest changes"))
        layout.addWidget(self.history, 1)
        self._stale = False  # an edit or a report came while the page was out of sight
        ctx.changed.connect(self.on_ctx_changed)
        checks.updated.connect(self.on_checks_updated)
        self.reload()
        self.reload_checks()

    def on_ctx_changed(self, _change: Change) -> None:
        if out_of_sight(self):
            self._stale = True  # read again when shown: no cost to an edit made elsewhere
        else:
            self.reload()

    def on_checks_updated(self) -> None:
        if out_of_sight(self):
            self._stale = True
        else:
            self.reload_checks()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
            self.reload_checks()

    def show_journal_line(self, text: str, *, ok: bool) -> None:
        """What the journal check on opening found (services.verify), in one line."""
        self.journal.setText(text)
        self.journal.setStyleSheet("" if ok else f"color: {severity_colour(Severity.ERROR).name()};")
        self.journal.show()

    def reload(self) -> None:
        info = registers.register_info(self.ctx.register)
        self.title.setText(info.organisation or self.ctx.register.path.name)
        by_status = dict(info.activities_by_status)
        self.activities.number.setText(str(info.activities))
        self.activities.detail.setText(", ".join((  # each count with its noun's plural ("2 brouillons")
            self.tr("%n draft(s)", "", by_status.get(ActivityStatus.DRAFT.value, 0)),
            self.tr("%n in progress", "", by_status.get(ActivityStatus.ACTIVE.value, 0)),
            self.tr("%n retired", "", by_status.get(ActivityStatus.RETIRED.value, 0)),
        )))  # fmt: skip
        self.subprocessors.number.setText(str(info.subprocessors))
        self.measures.number.setText(str(info.measures))
        self.measures.detail.setText(
            self.tr("declared; %n catalogue suggestion(s) not declared", "", info.suggestions)
        )
        self.history.clear()
        self.history.addItems(summarise(history.recent_history(self.ctx.register, limit=400)))

    def reload_checks(self) -> None:
        report = self.checks.report
        if report is None:  # not "nothing falls due" while the agenda is not known yet
            waiting = (self.tr("Checking the register…") if self.checks.busy
                       else self.tr("The register could not be checked: see the log."))  # fmt: skip
            for tile in (self.completeness, self.findings, self.falling_due):
                tile.number.setText("…")
                tile.detail.setText(waiting)
            self.agenda.show_message(waiting)
            return
        self.agenda.show_items(report.agenda, report.finding_for)
        self.show_falling_due(report.agenda)
        score = report.completeness.score
        self.completeness.number.setText(score.percent(screen_labels.lang()))
        self.completeness.detail.setText(
            self.tr("Register completeness: share of the Article 30 items filled in, over %n activity(ies) in use.",
                    "", len(report.completeness.activities)))  # fmt: skip
        self.findings.number.setText(str(len(report.findings)))
        self.findings.detail.setText(
            self.tr("{errors}, {warnings}, {infos}; {dismissed}").format(
                errors=self.tr("%n error(s)", "", report.count(Severity.ERROR)),
                warnings=self.tr("%n warning(s)", "", report.count(Severity.WARNING)),
                infos=self.tr("%n information(s)", "", report.count(Severity.INFO)),
                dismissed=self.tr("%n dismissed", "", len(report.dismissed))))  # fmt: skip
        colour = severity_colour(Severity.ERROR).name() if report.count(Severity.ERROR) else ""
        self.findings.number.setStyleSheet(f"color: {colour};" if colour else "")

    def show_falling_due(self, items: tuple[DueItem, ...]) -> None:
        """The agenda tile: how many items are overdue, how many more fall due within the horizon."""
        now = datetime.now(UTC)
        shown = in_sight(items, now)
        late = sum(item.overdue(now) for item in shown)
        self.falling_due.number.setText(str(late))
        self.falling_due.number.setStyleSheet(f"color: {LATE_COLOUR};" if late else "")
        self.falling_due.detail.setText(self.tr("{overdue}; {coming} within 90 days (agenda below)").format(
            overdue=self.tr("%n overdue", "", late), coming=self.tr("%n more", "", len(shown) - late)))  # fmt: skip

    def on_export_agenda_clicked(self) -> None:
        source = self.ctx.register.path
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agenda"),
                                                str(source.with_name(f"{source.stem}-agenda.ics")),
                                                self.tr("iCalendar files (*.ics)"))  # fmt: skip
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        try:
            written = write_agenda(self.ctx.register, path, lang=screen_labels.lang())
        except UserError as exc:
            show_error(self, exc)
            return
        self.agenda_note.setText(self.tr("%n event(s) written to {name}", "", written.items).format(name=path.name))
