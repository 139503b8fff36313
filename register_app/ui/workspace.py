"""The open register's workspace: the page list on the left, the pages, the read-only and history
banners, and the history check that runs when a register opens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.services.verify import JournalCheck
from register_app.ui import journal_status
from register_app.ui.activities_page import ActivitiesPage
from register_app.ui.check_state import CheckState
from register_app.ui.checks_page import ChecksPage
from register_app.ui.dashboard_page import DashboardPage
from register_app.ui.error_marks import ErrorMarkDelegate
from register_app.ui.finding_focus import Target, open_finding
from register_app.ui.history_page import HistoryPage
from register_app.ui.journal_status import check_on_open
from register_app.ui.measures_page import MeasuresPage
from register_app.ui.organisation_page import OrganisationPage
from register_app.ui.read_only import read_only_banner
from register_app.ui.register_context import RegisterContext
from register_app.ui.subprocessors_page import SubprocessorsPage
from register_app.ui.team_watch import TeamWatch
from register_app.ui.worker import Worker


class Workspace(QWidget):
    """The open register: navigation on the left, one page at a time on the right."""

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.pages = QStackedWidget()
        self.ctx = ctx
        self.checks = CheckState(ctx, self)
        self.dashboard = DashboardPage(ctx, self.checks)
        self.activities = ActivitiesPage(ctx)
        self.subprocessors = SubprocessorsPage(ctx)
        self.measures = MeasuresPage(ctx)
        self.organisation = OrganisationPage(ctx)
        self.checks_page = ChecksPage(ctx, self.checks)
        titles = [self.tr("Dashboard"), self.tr("Processing activities"), self.tr("Subprocessors"),
                  self.tr("Security measures"), self.tr("Organisation & DPO"),
                  self.tr("Compliance checks")]  # fmt: skip
        for title, page in zip(titles, (self.dashboard, self.activities, self.subprocessors, self.measures,
                                        self.organisation, self.checks_page), strict=True):  # fmt: skip
            self.nav.addItem(title)
            self.pages.addWidget(page)
        # the register over time (issue 17)
        self.history = HistoryPage(ctx)
        self.nav.addItem(self.tr("History"))
        self.pages.addWidget(self.history)
        # The DPO's other registers, after the Article 30 register's pages.
        from register_app.ui.breaches_page import BreachesPage
        from register_app.ui.requests_page import RequestsPage

        self.breaches, self.requests = BreachesPage(ctx), RequestsPage(ctx)
        for title, page in ((self.tr("Data breaches"), self.breaches), (self.tr("Rights requests"), self.requests)):
            self.nav.addItem(title)
            self.pages.addWidget(page)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 36, 180))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.dashboard.go_to_page.connect(self.nav.setCurrentRow)
        self.dashboard.open_finding.connect(self.open_finding)
        self.checks_page.open_requested.connect(self.open_finding)
        self.error_marks = ErrorMarkDelegate(self.activities.table)
        self.checks.updated.connect(lambda: self.error_marks.set_errors(self.checks.errors_by_activity()))
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = read_only_banner(ctx.register.locked_by) if ctx.register.read_only else None
        if self.banner is not None:
            layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.journal_banner: QLabel | None = None
        self.journal_worker: Worker | None = None
        # A team register: what others save shows up here within seconds.
        self.watch = TeamWatch(ctx, self) if ctx.register.url is not None else None
        self.nav.setCurrentRow(1)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def start_journal_check(self) -> None:
        """The tamper check of the journal (issue 17) reads the whole journal: it runs off the GUI
        thread, so a big register opens at once; its verdict is shown when it answers."""
        self.dashboard.show_journal_line(self.tr("Checking the history…"), ok=True)
        register = self.ctx.register
        self.journal_worker = Worker(lambda: check_on_open(register), self)
        self.journal_worker.succeeded.connect(self.on_journal_checked)
        self.journal_worker.failed.connect(lambda _exc: self.on_journal_checked(None))  # (check_on_open logs)
        self.journal_worker.start()

    def on_journal_checked(self, check: JournalCheck | None) -> None:
        if self.journal_worker is None:
            return  # the register was closed meanwhile
        self.stop_journal_check()
        self.show_journal_check(check)

    def stop_journal_check(self) -> None:
        """Wait for the check under way (before the register is closed); nothing is shown after."""
        if self.journal_worker is not None:
            self.journal_worker.join()
            self.journal_worker = None

    def show_journal_check(self, check: JournalCheck | None) -> None:
        """A banner over the pages only when something is wrong; a line in the dashboard either way."""
        self.journal_banner = journal_status.banner(check)
        if self.journal_banner is not None:
            self.layout().insertWidget(0, self.journal_banner)
            self.journal_banner.show()  # at once: a layout shows a new child only once the event loop runs
        self.dashboard.show_journal_line(journal_status.dashboard_line(check), ok=check is not None and check.ok)

    def open_finding(self, finding: Target) -> None:
        """Open the editor of a finding's (or an agenda item's) object on its field."""
        open_finding(self.ctx, self, finding, organisation=self.organisation,
                     show_page=lambda page: self.nav.setCurrentRow(self.pages.indexOf(page)))  # fmt: skip
