"""The main window: welcome screen or the open register's pages, menus with the platform's standard
shortcuts, and a title that names the register and says it is saved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from register_app.domain.enums import Severity
from register_app.errors import DamagedRegisterError, UserError
from register_app.exports.formats import EXPORTERS, format_name
from register_app.services.daily_backups import ensure_daily_backup, refresh_daily_backup
from register_app.services.files import open_file
from register_app.services.organisation import get_organisation
from register_app.store.backups import data_dir
from register_app.store.register_file import EXTENSION, RegisterFile
from register_app.ui import screen_labels
from register_app.ui.edits import EVERYTHING, Change
from register_app.ui.errors import show_error
from register_app.ui.list_page import ListPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.settings import Settings
from register_app.ui.welcome import NewRegisterDialog, WelcomePage, documents_dir
from register_app.ui.widgets import fit_to_screen
from register_app.ui.workspace import Workspace

# Every dialog, and the modules only a menu command needs (the checks, the policy comparison, the
# exporters' dialog, the bundle), is imported when first used: the window's first paint waits for none.

log = logging.getLogger(__name__)
BACKUP_INTERVAL_MS = 10 * 60 * 1000  # today's safety copy is refreshed this often, and on close


def demo_path() -> Path:
    return data_dir() / "demo.rgpd"


class MainWindow(QMainWindow):
    register_opened = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.ctx: RegisterContext | None = None
        self.workspace: Workspace | None = None
        self.undo_group = QUndoGroup(self)
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.on_new_triggered)
        self.welcome.open_requested.connect(self.on_open_triggered)
        self.welcome.demo_requested.connect(self.on_demo_requested)
        self.welcome.recent_requested.connect(self.open_file)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.create_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.on_backup_timer_timeout)
        self.backup_timer.start()
        self.show_welcome()
        # The size and place of last time on the same screen; on a screen of another size (Qt would
        # shrink a larger window to an odd size), the first window's size for this screen.
        if settings.geometry is not None and settings.geometry_screen == self.screen_size():
            self.restoreGeometry(settings.geometry)
        else:
            fit_to_screen(self, 1280, 760)  # a 1366×768 screen shows the status bar too

    def screen_size(self) -> str:
        available = self.screen().availableGeometry()
        return f"{available.width()}x{available.height()}"

    # --- menus
    def action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
               *, needs_register: bool = False) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if needs_register:
            self.register_actions.append(action)
        return action

    def create_menus(self) -> None:
        self.register_actions: list[QAction] = []
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.action(self.tr("&New register…"), self.on_new_triggered, keys.New))
        file_menu.addAction(self.action(self.tr("&Open…"), self.on_open_triggered, keys.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addAction(self.action(self.tr("Open the &demo register"), self.on_demo_requested))
        file_menu.addAction(self.action(self.tr("Connect to a team re&gister…"), self.on_connect_triggered))
        file_menu.addSeparator()
        self.import_action = self.action(self.tr("&Import…"), self.on_import_triggered, needs_register=True)
        file_menu.addAction(self.import_action)
        # The privacy policy (ui/policy_flow.py): a new register drafted from it, or its proposals into this one.
        file_menu.addAction(self.action(self.tr("New register from a privacy polic&y…"),
                                        lambda: self.on_policy_triggered("new_register_from_policy")))  # fmt: skip
        self.import_policy_action = self.action(self.tr("Import a privacy po&licy…"),
                                                lambda: self.on_policy_triggered("import_policy"),
                                                needs_register=True)  # fmt: skip
        file_menu.addAction(self.import_policy_action)
        self.compare_policy_action = self.action(self.tr("Comp&are with the privacy policy…"),
                                                 lambda: self.on_policy_triggered("compare_with_policy"),
                                                 needs_register=True)  # fmt: skip
        file_menu.addAction(self.compare_policy_action)
        self.restore_action = self.action(self.tr("Restore from &backup…"), self.on_restore_triggered,
                                          needs_register=True)  # fmt: skip
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.action(self.tr("Deleted i&tems…"), self.on_deleted_triggered, needs_register=True))
        self.save_copy_action = self.action(self.tr("Save a &copy…"), self.on_save_copy_triggered, keys.SaveAs,
                                            needs_register=True)  # fmt: skip
        file_menu.addAction(self.save_copy_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        for ext in EXPORTERS:
            shortcut = "Ctrl+E" if ext == ".xlsx" else None  # Excel, the usual extract, not the JSON exchange file
            action = self.action(self.tr("{format}…").format(format=format_name(ext)),
                                 lambda _checked=False, e=ext: self.on_export_triggered(e), shortcut,
                                 needs_register=True)  # fmt: skip
            self.export_menu.addAction(action)
        file_menu.addAction(self.action(self.tr("Infor&mation notice…"), self.on_notice_triggered,
                                        needs_register=True))  # fmt: skip
        # the register over time (issue 17)
        file_menu.addAction(self.action(self.tr("&Freeze a version…"), self.on_freeze_triggered, needs_register=True))
        file_menu.addAction(self.action(self.tr("Frozen &versions…"), self.on_versions_triggered, needs_register=True))
        file_menu.addAction(self.action(self.tr("Inspection b&undle…"), self.on_bundle_triggered, needs_register=True))
        file_menu.addSeparator()
        file_menu.addAction(self.action(self.tr("Clo&se the register"), self.close_register, keys.Close,
                                        needs_register=True))  # fmt: skip
        prefs = self.action(
            self.tr("&Preferences…"),
            self.on_preferences_triggered,
            QKeySequence(keys.Preferences) if QKeySequence(keys.Preferences).count() else "Ctrl+,",
        )
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(prefs)
        file_menu.addSeparator()
        quit_action = self.action(
            self.tr("&Quit"), self.close, QKeySequence(keys.Quit) if QKeySequence(keys.Quit).count() else "Ctrl+Q"
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(keys.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action(self.tr("&Find"), self.on_find_triggered, keys.Find, needs_register=True))
        # New activity ▸ blank, or from a template of typical processings: the activities page does it, shown first.
        def on_activities(slot: str) -> None:
            if self.workspace is not None:
                self.go_to(1)
                getattr(self.workspace.activities, slot)()

        new_menu = edit_menu.addMenu(self.tr("&New activity"))
        new_menu.addAction(self.action(self.tr("&Blank…"), lambda: on_activities("on_new_clicked"),
                                       needs_register=True))  # fmt: skip
        new_menu.addAction(self.action(self.tr("From a &template…"), lambda: on_activities("on_template_clicked"),
                                       needs_register=True))  # fmt: skip

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, text in enumerate((self.tr("Dashboard"), self.tr("Processing activities"), self.tr("Subprocessors"),
                                  self.tr("Security measures"), self.tr("Organisation & DPO"),
                                  self.tr("Compliance checks"))):  # fmt: skip
            go_menu.addAction(self.action(text, lambda _c=False, n=i: self.go_to(n), f"Ctrl+{i + 1}",
                                          needs_register=True))  # fmt: skip
        go_menu.addAction(self.action(self.tr("History"), self.on_history_triggered, "Ctrl+7", needs_register=True))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.action(self.tr("&Guide"), self.on_guide_triggered, keys.HelpContents))
        help_menu.addAction(self.action(self.tr("&About register_app"), self.on_about_triggered))

    def refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            self.recent_menu.addAction(str(path), lambda _c=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))
        self.welcome.set_recent(files)

    # --- states
    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.refresh_recent_menu()
        for action in self.register_actions:
            action.setEnabled(False)
        self.setWindowTitle("register_app")
        self.saved_label.setText("")
        self.welcome.new_button.setFocus()

    def open_file(self, path: Path | str) -> bool:
        """Open a register, a file or a team register's URL (closing the current one); shows why when
        it cannot."""
        team = isinstance(path, str)  # a URL: the command line and the app's dialogs give a file as a Path
        if self.ctx is not None and self.ctx.register.is_at(path):
            return True  # already open here (opening a file again would find our own lock)
        try:
            register = open_file(path, author=self.settings.author or None,
                                 backup_policy=self.settings.backup_policy, daily_backup=False)  # fmt: skip
        except DamagedRegisterError:
            from register_app.ui.restore_flow import offer_damaged_restore

            return offer_damaged_restore(self, Path(path))
        except UserError as exc:
            show_error(self, exc)
            if not team and not Path(path).exists():
                self.settings.forget_recent(Path(path))
                self.refresh_recent_menu()
            return False
        self.close_register()
        self.ctx = RegisterContext(register, self.settings, self)
        self.ctx.changed.connect(self.on_ctx_changed)
        self.undo_group.addStack(self.ctx.undo_stack)
        self.undo_group.setActiveStack(self.ctx.undo_stack)
        self.workspace = Workspace(self.ctx)
        self.workspace.start_journal_check()
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        for action in self.register_actions:
            action.setEnabled(True)
        # Importing and restoring make a backup copy of the file first, and need its writer's lock;
        # a team register has neither yet (nor a file to copy).
        file_writer = not register.read_only and register.url is None
        self.import_action.setEnabled(file_writer)
        self.import_policy_action.setEnabled(file_writer)
        self.restore_action.setEnabled(file_writer)
        self.save_copy_action.setEnabled(register.url is None)
        if not team and path != demo_path():
            self.settings.add_recent(Path(path))
        self.refresh_recent_menu()
        self.update_title()
        if register.read_only:
            self.saved_label.setText(self.tr("Read-only: nothing can be changed."))
        elif team:
            self.saved_label.setText(self.tr("All changes are saved in the team register."))
        else:
            self.saved_label.setText(self.tr("All changes are saved in the file."))
        if register.upgraded_from:
            self.statusBar().showMessage(
                self.tr("This register was upgraded to the new version; a copy of the old file was kept: {path}")
                .format(path=str(register.upgrade_backup)), 15000)  # fmt: skip
        self.workspace.activities.table.setFocus()
        # Today's first safety copy (seconds for a large register) once the window is painted; it
        # comes before any edit can reach the file, as input events queue behind it.
        QTimer.singleShot(0, self.ctx, lambda: self.back_up(ensure_daily_backup))
        self.register_opened.emit()
        return True

    def close_register(self, *, daily_backup: bool = True) -> None:
        if self.ctx is None:
            return
        assert self.workspace is not None
        self.undo_group.removeStack(self.ctx.undo_stack)
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace.checks.stop()  # its worker may be reading the register
        self.workspace.stop_journal_check()  # and so may the journal's
        if self.workspace.watch is not None:
            self.workspace.watch.stop()  # and so may the team register's refresh
        if daily_backup:
            self.on_backup_timer_timeout()
        self.ctx.close()
        self.ctx.deleteLater()
        self.ctx = None
        self.workspace = None
        self.show_welcome()

    def update_title(self) -> None:
        if self.ctx is None:
            return
        name = get_organisation(self.ctx.register).identity.name
        if self.ctx.register.read_only:
            title = self.tr("{organisation} — {file} — read-only")
        else:
            title = self.tr("{organisation} — {file} — saved")
        self.setWindowTitle(title.format(organisation=name or "—", file=self.ctx.register.path.name))

    def on_ctx_changed(self, change: Change) -> None:
        self.update_title()
        time = QTime.currentTime().toString("HH:mm:ss")
        if change.by_others:
            self.saved_label.setText(self.tr("Updated with what others saved ({time}).").format(time=time))
        else:
            self.saved_label.setText(self.tr("All changes saved ({time}).").format(time=time))

    def on_backup_timer_timeout(self) -> None:
        self.back_up(refresh_daily_backup)

    def back_up(self, make: Callable[[RegisterFile], object]) -> None:
        if self.ctx is not None:
            try:
                make(self.ctx.register)
            except Exception:  # a failed safety copy is logged, never a crash (nor stops the closing)
                log.exception("daily backup failed")

    def go_to(self, page: int) -> None:
        if self.workspace is not None:
            self.workspace.nav.setCurrentRow(page)

    # --- file actions
    def on_new_triggered(self) -> None:
        from register_app.services.registers import new_register

        dialog = NewRegisterDialog(documents_dir(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = dialog.chosen_path()
        try:
            register = new_register(path, organisation=dialog.organisation.text().strip(),
                                    author=self.settings.author or None, lang=screen_labels.lang())  # fmt: skip
            register.close()
        except UserError as exc:
            show_error(self, exc)
            return
        self.open_file(path)

    def on_open_triggered(self) -> None:
        start = str(self.settings.last_file.parent) if self.settings.last_file else str(documents_dir())
        kinds = self.tr("Registers (*{ext});;All files (*)").format(ext=EXTENSION)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a register"), start, kinds)
        if chosen:
            self.open_file(Path(chosen))

    def on_connect_triggered(self) -> None:
        """A team register, by its database's address; its password from (and, once it opened, into)
        the system keyring when there is one."""
        from register_app.services.credentials import remember_password
        from register_app.ui.team_connect import TeamConnectDialog

        dialog = TeamConnectDialog(self.settings.recent_team_registers, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        url, password = dialog.url(), dialog.password.text()
        if not self.open_file(dialog.url_with_password()):
            return
        self.settings.add_recent_team_register(url)
        if password and dialog.remember.isChecked():
            remember_password(url, password)

    def on_demo_requested(self) -> None:
        path = demo_path()
        if not path.exists():
            try:
                from register_app.services.demo import write_demo
            except ImportError:
                QMessageBox.information(self, self.tr("Demo register"), self.tr("The demo register is not available."))
                return
            try:
                write_demo(path, author=self.settings.author or None).close()
            except UserError as exc:
                show_error(self, exc)
                return
        self.open_file(path)

    def on_save_copy_triggered(self) -> None:
        if self.ctx is None:
            return
        from register_app.services.files import save_copy

        source = self.ctx.register.path
        proposal = str(source.with_name(f"{source.stem}-copy{EXTENSION}"))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), proposal,
                                                self.tr("Registers (*{ext})").format(ext=EXTENSION))  # fmt: skip
        if not chosen:
            return
        try:
            dest = save_copy(source, Path(chosen if chosen.endswith(EXTENSION) else chosen + EXTENSION))
        except UserError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=str(dest)), 8000)

    def on_import_triggered(self) -> None:
        if self.ctx is None or self.ctx.register.read_only:
            return
        from register_app.ui.import_dialog import ImportDialog  # openpyxl and pydantic: loaded when first needed

        dialog = ImportDialog(self.ctx.register, folder=documents_dir(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.summary is not None:
            self.ctx.undo_stack.clear()  # earlier edits cannot be undone over an import
            self.ctx.notify(EVERYTHING)
            self.statusBar().showMessage(self.tr("Imported: {created}, {updated}.").format(
                created=self.tr("%n created", "", dialog.summary.created),
                updated=self.tr("%n updated", "", dialog.summary.updated)), 10000)  # fmt: skip

    def on_restore_triggered(self) -> None:
        from register_app.ui.restore_flow import restore_from_backup

        restore_from_backup(self)

    def on_policy_triggered(self, flow: str) -> None:
        """`flow`: the function of ui.policy_flow to run (new register, import or comparison)."""
        from register_app.ui import policy_flow

        getattr(policy_flow, flow)(self, documents_dir())

    def on_deleted_triggered(self) -> None:
        if self.ctx is None:
            return
        from register_app.ui.deleted_dialog import DeletedDialog

        dialog = DeletedDialog(self.ctx.register, parent=self)
        dialog.exec()
        if dialog.restored:
            self.ctx.undo_stack.clear()  # an undo of the deletion would now clash with the restored object
            self.ctx.notify(EVERYTHING)

    def on_export_triggered(self, extension: str) -> None:
        if self.ctx is None:
            return
        from register_app.ui.export_dialog import ExportDialog

        folder = Path(self.settings.export_folder) if self.settings.export_folder else None
        report = self.workspace.checks.report if self.workspace is not None else None
        errors = report.count(Severity.ERROR) if report is not None else None
        dialog = ExportDialog(self.ctx.register, extension=extension, folder=folder, lang=screen_labels.lang(),
                              open_errors=errors, parent=self)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_path:
            self.statusBar().showMessage(self.tr("Exported to {path}").format(path=dialog.result_path), 10000)

    def on_notice_triggered(self) -> None:
        if self.ctx is None:
            return
        from register_app.ui.notice_dialog import NoticeDialog  # the notice's modules: loaded when first needed

        folder = Path(self.settings.export_folder) if self.settings.export_folder else documents_dir()
        dialog = NoticeDialog(self.ctx.register, folder=folder, lang=screen_labels.lang(), parent=self)
        dialog.exec()
        if dialog.saved_path is not None:
            self.statusBar().showMessage(self.tr("Notice saved: {path}").format(path=str(dialog.saved_path)), 10000)

    def on_preferences_triggered(self) -> None:
        from register_app.ui.preferences import PreferencesDialog

        accepted = PreferencesDialog(self.settings, self).exec() == QDialog.DialogCode.Accepted
        if accepted and self.ctx is not None:
            self.ctx.register.backup_policy = self.settings.backup_policy
            if self.settings.author:
                self.ctx.register.author = self.settings.author

    def on_freeze_triggered(self) -> None:
        from register_app.ui.versions_dialog import FreezeDialog

        if self.ctx is not None and FreezeDialog(self.ctx.register, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Version frozen."), 5000)

    def on_versions_triggered(self) -> None:
        from register_app.ui.versions_dialog import VersionsDialog

        if self.ctx is not None:
            VersionsDialog(self.ctx.register, self).exec()

    def on_bundle_triggered(self) -> None:
        if self.ctx is not None:
            from register_app.ui.bundle_dialog import BundleDialog

            folder = Path(self.settings.export_folder) if self.settings.export_folder else documents_dir()
            BundleDialog(self.ctx.register, folder=folder, lang=screen_labels.lang(), parent=self).exec()

    def on_history_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.nav.setCurrentRow(self.workspace.pages.indexOf(self.workspace.history))

    def on_find_triggered(self) -> None:
        if self.workspace is None:
            return
        page = self.workspace.current_page()
        if not isinstance(page, ListPage):
            self.go_to(1)
            page = self.workspace.activities
        page.focus_search()

    def on_guide_triggered(self) -> None:
        """The guide, on the page of what is on screen (the breaches, the requests, the dashboard's
        agenda), else from its start."""
        from register_app.ui.help_window import show_help

        page = self.workspace.current_page() if self.workspace is not None else None
        show_help(self, getattr(page, "help_topic", ""))

    def on_about_triggered(self) -> None:
        from register_app.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.geometry_screen = self.screen_size()
        self.settings.sync()
        self.close_register()
        event.accept()
