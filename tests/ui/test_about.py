"""Aide ▸ À propos shows the licence and every third-party licence; the app has its icon."""

from __future__ import annotations

from typing import Any

from register_app import app as app_module
from register_app.ui.about_dialog import AboutDialog
from ui.conftest import answer_modal


def test_about_shows_the_licence_and_the_third_party_notices(window: Any, qtbot: Any) -> None:
    shown: list[tuple[str, str]] = []

    def read_and_close(dialog: AboutDialog) -> None:
        shown.append((dialog.summary.text(), dialog.notices.toPlainText()))
        dialog.reject()

    answer_modal(qtbot, AboutDialog, read_and_close)
    window.on_about_triggered()
    assert shown
    summary, notices = shown[0]
    assert "All rights reserved" in summary
    assert "logs" in summary
    for expected in ("PySide6_Essentials", "GNU LESSER GENERAL PUBLIC LICENSE", "SQLAlchemy", "DejaVu fonts"):
        assert expected in notices


def test_the_app_icon_comes_in_every_size_from_16_to_512_pixels(qapp: Any) -> None:
    icon = app_module.app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
    assert not icon.pixmap(64, 64).toImage().isNull()
