"""The dashboard: what the register holds, how complete it is, its open findings by severity, what
falls due soon (certificates, contract reviews, yearly reviews), the agenda (the same and DPIA reviews,
breach notifications, rights requests) and the latest changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.enums import ActivityStatus
from register_app.errors import UserError
from register_app.services import history, registers
from register_app.services.agenda_file import write_agenda
from register_app.services.checks import Severity
from register_app.services.records import HistoryItem
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.agenda_list import AgendaList
from register_app.ui.check_state import CheckState
from register_app.ui.edits import Change
from register_app.ui.errors import show_error
from register_app.ui.finding_words import severity_colour, severity_icon
from register_app.ui.history_words import action_text
from register_app.ui.register_context import RegisterContext
from register_app.ui.widgets import heading, hint, out_of_sight

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
# The findings that say something falls due: certificates expiring or expired, contract reviews
# due, activities due for their yearly review.
UPCOMING = ("CERT-EXPIRING", "CERT-EXPIRED", "CONTRACT-REVIEW-OVERDUE", "REVIEW-OVERDUE")
CHECKS_PAGE = 5
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


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
        text = action_text(action)
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
    open_finding = Signal(object)  # Finding

    def __init__(self, ctx: RegisterContext, checks: CheckState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checks = checks
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
        self.completeness = Tile(self.tr("What is missing"), CHECKS_PAGE, self.go_to_page)
        self.findings = Tile(self.tr("Compliance checks"), CHECKS_PAGE, self.go_to_page)
        grid.addWidget(self.completeness, 1, 0)
        grid.addWidget(self.findings, 1, 1)
        self.upcoming = QListWidget()
        self.upcoming.setAccessibleName(self.tr("Falling due"))
        self.upcoming.setWordWrap(True)
        self.upcoming.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.upcoming.itemActivated.connect(self.on_upcoming_item_activated)
        upcoming = QFrame()
        upcoming.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(upcoming)
        title = QLabel(self.tr("Falling due (certificates within 60 days, contract and yearly reviews)"))
        title.setWordWrap(True)
        box.addWidget(title)
        box.addWidget(self.upcoming, 1)
        grid.addWidget(upcoming, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        agenda_top = QHBoxLayout()
        agenda_top.addWidget(heading(self.tr("Agenda: the next 90 days")))
        agenda_top.addStretch(1)
        self.agenda_note = QLabel()
        agenda_top.addWidget(self.agenda_note)
        self.export_agenda = QPushButton(self.tr("Export to a calendar (.ics)…"))
        self.export_agenda.setToolTip(self.tr("Everything that falls due, as events to import into your calendar"))
        self.export_agenda.clicked.connect(self.on_export_agenda_clicked)
        agenda_top.addWidget(self.export_agenda)
        layout.addLayout(agenda_top)
        self.agenda = AgendaList()
        self.agenda.setMaximumHeight(self.agenda.fontMetrics().height() * 7)
        layout.addWidget(self.agenda)
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
        self.activities.detail.setText(
            ", ".join(f"{by_status.get(s.value, 0)} {screen_labels.label(s).lower()}" for s in ActivityStatus)
        )
        self.subprocessors.number.setText(str(info.subprocessors))
        self.measures.number.setText(str(info.measures))
        self.measures.detail.setText(
            self.tr("declared; %n catalogue suggestion(s) not declared", "", info.suggestions)
        )
        self.history.clear()
        self.history.addItems(summarise(history.recent_history(self.ctx.register, limit=400)))

    def reload_checks(self) -> None:
        report = self.checks.report
        self.upcoming.clear()
        self.agenda.show_items(report.agenda if report else ())
        if report is None:
            for tile in (self.completeness, self.findings):
                tile.number.setText("…")
                tile.detail.setText(self.tr("Checking the register…") if self.checks.busy
                                    else self.tr("The register could not be checked: see the log."))  # fmt: skip
            return
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
        icons = {severity: severity_icon(severity) for severity in Severity}
        for finding in report.findings:
            if finding.code in UPCOMING:
                text = f"{finding.object_label} — {finding.message(screen_labels.lang())}"
                item = QListWidgetItem(icons[finding.severity], text)
                item.setToolTip(self.tr("{text}\n(double-click to open)").format(text=text))
                item.setData(FINDING_ROLE, finding)
                self.upcoming.addItem(item)
        if not self.upcoming.count():
            self.upcoming.addItem(self.tr("Nothing falls due in the next 60 days."))

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

    def on_upcoming_item_activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is not None:
            self.open_finding.emit(finding)
