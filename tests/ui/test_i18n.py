"""Translations: the French catalogue and Qt's own load; without compiled catalogues the app starts
in English; every French string is translated (the .ts check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
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
    assert QCoreApplication.translate("Labels", "Draft") == "Brouillon"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons


def test_missing_catalogue_falls_back_to_english(restore_translators: QApplication, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(app_module, "QM_DIR", tmp_path)
    assert app_module.install_translators(restore_translators, "fr") == "en"
    assert QCoreApplication.translate("Labels", "Draft") == "Draft"


def test_the_contract_status_list_does_not_say_dpia() -> None:
    """Two enums share the code 'not_required': the contract list must not borrow the DPIA's label."""
    from register_app.domain.enums import ContractStatus, DpiaConclusion
    from register_app.ui.labels import label

    assert label(ContractStatus.NOT_REQUIRED) == "Not required"
    assert label(DpiaConclusion.NOT_REQUIRED) == "DPIA not required"
