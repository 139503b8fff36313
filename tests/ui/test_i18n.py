"""Translations: the French catalogue and Qt's own load; without compiled catalogues the app starts
in English; every French string is translated (the .ts check)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from register_app import app as app_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restore_translators(qapp: QApplication) -> Any:
    yield qapp
    for translator in getattr(qapp, "translators", []):
        qapp.removeTranslator(translator)
    qapp.translators = []  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_ts_files_are_current_and_complete() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
                            check=False, capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_french_loads_ours_and_qts_catalogues(restore_translators: QApplication, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True, capture_output=True)
    assert app_module.install_translators(restore_translators, "fr") == "fr"
    assert QCoreApplication.translate("Labels", "Yes") == "Oui"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons


def test_missing_catalogue_falls_back_to_english(restore_translators: QApplication, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(app_module, "QM_DIR", tmp_path)
    assert app_module.install_translators(restore_translators, "fr") == "en"
    assert QCoreApplication.translate("Labels", "Yes") == "Yes"


def test_the_app_says_what_the_exports_say_in_its_interface_language() -> None:
    """The screens read the one wording table: a value's label is the exports' in either language
    (two enums share the code 'not_required': the contract list never borrows the DPIA's label)."""
    from register_app.domain.enums import ActivityStatus, ContractStatus, DpiaConclusion
    from register_app.domain.words.enum_labels import ENUM_LABELS, enum_label
    from register_app.ui import screen_labels

    values = [enum(value) for enum, value in ENUM_LABELS]
    try:
        for lang in ("fr", "en"):
            screen_labels.set_catalogue_lang(lang)
            assert [screen_labels.label(v) for v in values] == [enum_label(v, lang) for v in values]
        screen_labels.set_catalogue_lang("fr")
        assert screen_labels.label(ActivityStatus.ACTIVE) == "En cours"
    finally:
        screen_labels.set_catalogue_lang("en")
    assert screen_labels.label(ContractStatus.NOT_REQUIRED) == "Not required"
    assert screen_labels.label(DpiaConclusion.NOT_REQUIRED) == "DPIA not required"


@pytest.fixture
def french(restore_translators: QApplication) -> Any:
    """The app's catalogues and Qt's own installed in French, as run_desktop does on a French system."""
    from register_app.ui import screen_labels

    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True, capture_output=True)
    assert app_module.install_translators(restore_translators, "fr") == "fr"
    screen_labels.set_catalogue_lang("fr")
    yield restore_translators
    screen_labels.set_catalogue_lang("en")


def test_a_french_app_shows_a_core_error_in_french(french: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    from register_app.errors import NotARegisterError
    from register_app.store.register_file import inspect_revision
    from register_app.ui.errors import show_error

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    not_a_register = tmp_path / "notes.rgpd"
    not_a_register.write_text("pas un registre", encoding="utf-8")
    with pytest.raises(NotARegisterError) as caught:
        inspect_revision(not_a_register)
    show_error(None, caught.value)
    assert shown == [("Opération impossible", f"{not_a_register} n'est pas un fichier de registre : c'est peut-être un "
                      "autre type de fichier, ou il est endommagé.")]  # fmt: skip


def test_french_plural_forms_follow_the_count(french: Any) -> None:
    def errors(n: int) -> str:
        return QCoreApplication.translate("DashboardPage", "%n error(s)", "", n)

    assert (errors(1), errors(2)) == ("1 erreur", "2 erreurs")
    statuses = [QCoreApplication.translate("DashboardPage", text, "", n)
                for text in ("%n draft(s)", "%n in progress", "%n retired") for n in (1, 2)]  # fmt: skip
    assert statuses == ["1 brouillon", "2 brouillons", "1 en cours", "2 en cours", "1 terminé", "2 terminés"]
    ticked = [QCoreApplication.translate("MeasuresBlock", "%n ticked", "", n) for n in (1, 2)]
    assert ticked == ["1 cochée", "2 cochées"]


def test_english_plural_forms_follow_the_count(restore_translators: QApplication) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True, capture_output=True)
    assert app_module.install_translators(restore_translators, "en") == "en"
    counts = [QCoreApplication.translate("Backups", "%n activity(ies)", "", n) for n in (1, 2)]
    assert counts == ["1 activity", "2 activities"]


def test_qt_s_own_file_dialog_speaks_french(french: Any, qtbot: Any) -> None:
    """Qt's widget file dialog (used where the desktop offers no native one) shows its labels in French,
    including the two qtbase_fr only holds without their shortcut mark."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Ouvrir un registre")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Voir dans\xa0:"
    assert texts["fileTypeLabel"] == "&Fichiers de type\xa0:"
    assert texts["fileNameLabel"] == "&Nom de fichier\xa0:"


@pytest.mark.parametrize(("system", "expected"), [
    (QLocale.Language.C, "fr"), (QLocale.Language.French, "fr"), (QLocale.Language.English, "en"),
    (QLocale.Language.German, "en"),
])  # fmt: skip
def test_the_interface_follows_the_system_and_is_french_when_it_says_nothing(
    system: QLocale.Language, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from register_app.ui import settings

    monkeypatch.setattr(settings.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert settings.system_lang() == expected


def mnemonic(text: str) -> str:
    """The letter after a single "&" (Alt + that letter), "" when there is none."""
    found = re.search(r"(?<!&)&([^&])", text)
    return found.group(1).lower() if found else ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_entries_of_a_menu_share_their_alt_letter(lang: str, request: pytest.FixtureRequest) -> None:
    """Two entries with the same letter make Alt+letter only move between them (Fichier ▸ Alt+S
    went to "Restaurer une sauvegarde" and never reached "Éléments supprimés")."""
    if lang == "fr":
        request.getfixturevalue("french")
    window = request.getfixturevalue("opened")
    menus = [action.menu() for action in window.menuBar().actions()]
    assert any("Fichier" in a.text() for a in window.menuBar().actions()) == (lang == "fr")
    while menus:
        menu = menus.pop()
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
        shared = {letter for letter in letters if letter and letters.count(letter) > 1}
        assert not shared, (menu.title(), shared, [a.text() for a in menu.actions()])


def test_the_french_activity_list_shows_every_column_in_the_first_window(french: Any, opened: Any) -> None:
    """At the size the first window takes on a 1366×768 screen, no column of the activity list is
    cut off behind a horizontal scroll bar ("Mise à jour" was)."""
    opened.resize(1280, 706)
    page = opened.workspace.activities
    opened.workspace.nav.setCurrentRow(1)
    assert page.table.model().headerData(8, Qt.Orientation.Horizontal) == "Mise à jour"
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width(), [header.sectionSize(i) for i in range(header.count())]
