"""Composition root of the desktop app: logging to a rotating file, the crash hook, QApplication,
translators (ours and Qt's own), settings, and the main window on the right register."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from register_app.store.backups import data_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("register_app")
QM_DIR = Path(__file__).with_name("ui") / "i18n"
ICON_DIR = Path(__file__).with_name("resources") / "icons"  # rendered by packaging/make_icons.py
DESKTOP_ID = "register-app"  # resources/linux/register-app.desktop: the desktop links the window to it
LOG_NAME = "register_app.log"


def setup_logging() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_translators(app: object, lang: str) -> str:
    """Load our catalogue and Qt's own for `lang`; returns the language actually in use (English
    when our French catalogue is missing, so the app never shows half-translated screens)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from register_app.ui.qt_catalogue import install_qt_catalogue

    app.translators = []  # type: ignore[attr-defined]  # keep them alive
    if lang != "fr":
        # The source strings are English; the English catalogue supplies the plural forms (%n).
        english = QTranslator(app)  # type: ignore[arg-type]
        if english.load(str(QM_DIR / "register_app_en.qm")):
            app.installTranslator(english)  # type: ignore[attr-defined]
            app.translators.append(english)  # type: ignore[attr-defined]
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    ours = QTranslator(app)  # type: ignore[arg-type]
    if not ours.load(str(QM_DIR / "register_app_fr.qm")):
        log.warning("French translation not found in %s: starting in English", QM_DIR)
        return "en"
    app.installTranslator(ours)  # type: ignore[attr-defined]
    app.translators.append(ours)  # type: ignore[attr-defined]
    qt_catalogue = install_qt_catalogue(app, "fr")  # type: ignore[arg-type]
    app.translators.extend(qt_catalogue)  # type: ignore[attr-defined]
    if not qt_catalogue:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        log.warning("Qt's French catalogue not found in %s", qt_dir)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return "fr"


def app_icon() -> QIcon:
    """The app's icon in every size shipped, for the window, the task bar and the dialogs."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted(ICON_DIR.glob("register-app-*.png")):
        icon.addFile(str(path))
    return icon


def open_files_from_the_desktop(app: QApplication, open_file: Callable[[Path], object]) -> QObject:
    """macOS hands a .rgpd file double-clicked in the Finder to the app as a FileOpen event, not as
    an argument (Linux and Windows run `register-app FILE`): open it the same way."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpenFilter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.FileOpen:
                open_file(Path(event.file()))  # type: ignore[attr-defined]  # a QFileOpenEvent
                return True
            return False

    handler = FileOpenFilter(app)
    app.installEventFilter(handler)
    return handler


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        try:
            from PySide6.QtWidgets import QApplication

            from register_app.ui.errors import show_error

            if QApplication.instance() is not None:
                show_error(QApplication.activeWindow(), exc)
        except Exception:  # never let the hook itself crash
            log.exception("could not show the crash dialog")

    sys.excepthook = hook


def create_app(argv: Sequence[str] = ()):  # type: ignore[no-untyped-def]
    """QApplication, settings and translators; returns (app, settings, lang)."""
    from PySide6.QtWidgets import QApplication

    from register_app.ui import screen_labels
    from register_app.ui.binding import protect_none
    from register_app.ui.settings import Settings
    from register_app.ui.wheel_guard import install_wheel_guard

    protect_none()
    app = QApplication.instance() or QApplication(["register-app", *argv])
    app.setApplicationName("register_app")
    app.setOrganizationName("register_app")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    install_wheel_guard(app)
    settings = Settings()
    lang = install_translators(app, settings.effective_language)
    screen_labels.set_catalogue_lang(lang)  # type: ignore[arg-type]
    return app, settings, lang


def run_desktop(argv: Sequence[str]) -> int:
    """`register-app` reopens the last register; `register-app FILE` opens FILE, or the team register
    at a postgresql:// URL; the first time, the welcome screen."""
    from PySide6.QtCore import QTimer

    from register_app.store.team import parse_location
    from register_app.ui.errors import set_log_path
    from register_app.ui.first_run import ask_author_once
    from register_app.ui.main_window import MainWindow

    set_log_path(setup_logging())
    install_excepthook()
    app, settings, _lang = create_app()
    window = MainWindow(settings)
    open_files_from_the_desktop(app, window.open_file)
    window.show()
    target = parse_location(argv[0]) if argv else settings.last_file
    if target is not None and (argv or Path(target).exists()):
        window.open_file(target)
    # Asked once the window and its register are on screen: a question must not hold back the register
    # a double-click asked for.
    QTimer.singleShot(0, lambda: ask_author_once(window, settings))
    log.info("register_app started")
    return int(app.exec())
