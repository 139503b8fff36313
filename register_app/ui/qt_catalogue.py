"""Qt's own French catalogue, its gaps filled: Qt's file dialog asks for "&Look in:" and
"Files of &type:" while qtbase_fr only holds them without the shortcut mark."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator


class MnemonicFallback(QTranslator):
    """Translates a text with a shortcut mark ("&") that `qtbase` lacks as the same text without it,
    the shortcut moved to the translation's first letter."""

    def __init__(self, qtbase: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qtbase = qtbase

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """None (a null string) lets the next catalogue answer; "" would stop the search."""
        if source.count("&") != 1:
            return None
        found = self.qtbase.translate(context, source.replace("&", ""), disambiguation, n)
        return "&" + found if found else None

    def isEmpty(self) -> bool:  # Qt asks it before translate()
        return False


def install_qt_catalogue(app: QObject, lang: str) -> list[QTranslator]:
    """Install Qt's catalogue for `lang` and its gaps; returns the translators installed (none when
    Qt ships no catalogue for it)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    qtbase = QTranslator(app)
    if not qtbase.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return []
    installed = [MnemonicFallback(qtbase, app), qtbase]  # the last installed is asked first
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    return installed
