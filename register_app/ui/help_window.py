"""The bundled offline guide (resources/help/guide_<lang>.html): what to write in each CNIL block,
with an example and the reference, shown in a window of its own. F1 opens it; an editor's block
opens it on its own page (an anchor of the guide)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QVBoxLayout, QWidget

from register_app.ui import screen_labels
from register_app.ui.widgets import fit_to_screen

HELP_DIR = Path(__file__).resolve().parents[1] / "resources" / "help"


def guide_path(lang: str) -> Path:
    return HELP_DIR / f"guide_{'fr' if lang == 'fr' else 'en'}.html"


class HelpWindow(QWidget):
    """The guide, not modal: it stays open beside the editor it helps with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Guide — register_app"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        fit_to_screen(self, 760, 700)

    def show_topic(self, topic: str = "") -> None:
        url = QUrl.fromLocalFile(str(guide_path(screen_labels.lang())))
        if topic:
            url.setFragment(topic)
        self.browser.setSource(url)
        if topic:
            self.browser.scrollToAnchor(topic)


def show_help(parent: QWidget | None, topic: str = "") -> HelpWindow:
    """Open the guide on `topic` (a block's anchor; the start when empty). It belongs to the modal
    dialog in use, if any, so that it can be read and scrolled while that dialog is open."""
    owner = QApplication.activeModalWidget() or (parent.window() if parent is not None else None)
    window = owner.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly) if owner else None
    if window is None:
        window = HelpWindow(owner)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def help_link(topic: str, parent: QWidget | None = None) -> QLabel:
    """A "?" link that opens the guide on `topic`."""
    link = QLabel(f'<a href="{topic}">?</a>', parent)
    link.setToolTip(QApplication.translate("HelpWindow", "What to write here: open the guide (F1)"))
    link.setAccessibleName(QApplication.translate("HelpWindow", "Guide"))
    link.linkActivated.connect(lambda anchor: show_help(link, anchor))
    return link
