"""The open register's workspace: the page list on the left, the pages, the read-only and history
banners, and the history check that runs when a register opens."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

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
from register_app.ui.check_state import CheckState
from register_app.ui.error_marks import ErrorMarkDelegate
from register_app.ui.journal_status import check_on_open
from register_app.ui.read_only import read_only_banner
from register_app.ui.register_context import RegisterContext
from register_app.ui.team_watch import TeamWatch
from register_app.ui.worker import Worker

if TYPE_CHECKING:
    from register_app.ui.activities_page import ActivitiesPage
    from register_app.ui.breaches_page import BreachesPage
    from register_app.ui.checks_page import ChecksPage
    from register_app.ui.dashboard_page import DashboardPage
    from register_app.ui.finding_focus import Target
    from register_app.ui.history_page import HistoryPage
    from register_app.ui.measures_page import MeasuresPage
    from register_app.ui.organisation_page import OrganisationPage
    from register_app.ui.requests_page import RequestsPage
    from register_app.ui.subprocessors_page import SubprocessorsPage

P = TypeVar("P", bound=QWidget)
DASHBOARD, ACTIVITIES, SUBPROCESSORS, MEASURES, ORGANISATION, CHECKS, HISTORY, BREACHES, REQUESTS = range(9)
# Each page of the navigation, in its order: the module of register_app.ui that holds it (imported
# when the page is first built) and its class, built with the register's context (and the check
# report, for the pages that show it: CHECKED).
PAGES: tuple[tuple[str, str], ...] = (
    ("dashboard_page", "DashboardPage"), ("activities_page", "ActivitiesPage"),
    ("subprocessors_page", "SubprocessorsPage"), ("measures_page", "MeasuresPage"),
    ("organisation_page", "OrganisationPage"), ("checks_page", "ChecksPage"), ("history_page", "HistoryPage"),
    ("breaches_page", "BreachesPage"), ("requests_page", "RequestsPage"),
)  # fmt: skip
CHECKED = (DASHBOARD, CHECKS)


class _Page(Generic[P]):
    """A workspace's page, built the first time it is shown or reached (workspace.page(row))."""

    def __init__(self, row: int) -> None:
        self.row = row

    def __get__(self, workspace: Workspace, _owner: Any = None) -> P:
        return cast(P, workspace.page(self.row))


class Workspace(QWidget):
    """The open register: navigation on the left, one page at a time on the right. The activities
    are built at once (they are what the window shows); every other page when first shown, so that
    a large register opens without reading what the user has not asked to see."""

    dashboard: _Page[DashboardPage] = _Page(DASHBOARD)
    subprocessors: _Page[SubprocessorsPage] = _Page(SUBPROCESSORS)
    measures: _Page[MeasuresPage] = _Page(MEASURES)
    organisation: _Page[OrganisationPage] = _Page(ORGANISATION)
    checks_page: _Page[ChecksPage] = _Page(CHECKS)
    history: _Page[HistoryPage] = _Page(HISTORY)
    breaches: _Page[BreachesPage] = _Page(BREACHES)
    requests: _Page[RequestsPage] = _Page(REQUESTS)

    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.pages = QStackedWidget()
        self.ctx = ctx
        self.checks = CheckState(ctx, self)
        self.journal_line: tuple[str, bool] | None = None  # the dashboard's, until it is built
        self._built: dict[int, QWidget] = {}
        titles = [self.tr("Dashboard"), self.tr("Processing activities"), self.tr("Subprocessors"),
                  self.tr("Security measures"), self.tr("Organisation & DPO"), self.tr("Compliance checks"),
                  self.tr("History"), self.tr("Data breaches"), self.tr("Rights requests")]  # fmt: skip
        for title in titles:
            self.nav.addItem(title)
            self.pages.addWidget(QWidget())  # a stand-in until the page is built
        self.activities = cast("ActivitiesPage", self.page(ACTIVITIES))
        self.pages.setCurrentIndex(ACTIVITIES)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 36, 180))
        self.nav.currentRowChanged.connect(self.show_row)
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
        self.nav.setCurrentRow(ACTIVITIES)

    def page(self, row: int) -> QWidget:
        """The page at `row` of the navigation, built now if it has not been yet."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = self._make(row)
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return page

    def show_row(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(row))

    def _make(self, row: int) -> QWidget:
        module, name = PAGES[row]
        page_class = getattr(importlib.import_module(f"register_app.ui.{module}"), name)
        page: QWidget = page_class(self.ctx, self.checks) if row in CHECKED else page_class(self.ctx)
        if row == DASHBOARD:
            page.go_to_page.connect(self.nav.setCurrentRow)
            page.open_finding.connect(self.open_finding)
            if self.journal_line is not None:
                page.show_journal_line(self.journal_line[0], ok=self.journal_line[1])
        elif row == CHECKS:
            page.open_requested.connect(self.open_finding)
        return page

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def start_journal_check(self) -> None:
        """The tamper check of the journal (issue 17) reads the whole journal: it runs off the GUI
        thread, so a big register opens at once; its verdict is shown when it answers."""
        self.show_journal_line(self.tr("Checking the history…"), ok=True)
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
        self.show_journal_line(journal_status.dashboard_line(check), ok=check is not None and check.ok)

    def show_journal_line(self, text: str, *, ok: bool) -> None:
        """The dashboard's line about the history, kept for the dashboard if it is not built yet."""
        self.journal_line = (text, ok)
        if DASHBOARD in self._built:
            self.dashboard.show_journal_line(text, ok=ok)

    def open_finding(self, finding: Target) -> None:
        """Open the editor of a finding's (or an agenda item's) object on its field."""
        from register_app.ui.finding_focus import open_finding

        open_finding(self.ctx, self, finding, organisation=lambda: self.organisation,
                     show_page=lambda page: self.nav.setCurrentRow(self.pages.indexOf(page)))  # fmt: skip
