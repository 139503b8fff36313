"""The subprocessor editor records an HDS certificate's standard (only for HDS certificates) and
the transfer tool to fall back on should the DPF fall."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from register_app.services import records as r
from register_app.services import subprocessors
from register_app.ui import editors


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left open and modified is discarded when the test closes it."""
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def test_hds_standard_and_fallback_tool_are_saved(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    sub = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="Cloud US", transfer_tool="dpf"))
    dialog = editors.subprocessor_dialog(opened.ctx, opened, sub.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    assert "DPF" in dialog.transfer_fallback.toolTip() or "Data Privacy Framework" in dialog.transfer_fallback.toolTip()
    dialog.transfer_fallback.set_code("scc")
    dialog.tabs.setCurrentIndex(3)
    cert = dialog.certifications.add_row()
    cert.kind.set_code("iso27001")
    assert not cert.hds_version.isVisibleTo(cert)  # an ISO or SOC 2 certificate has no HDS standard
    cert.kind.set_code("hds")
    assert cert.hds_version.isVisibleTo(cert) and cert.hds_version.code() is None  # unknown until told
    cert.hds_version.set_code("v1")
    assert "must be renewed" in cert.hds_version_note.text() and cert.hds_version_note.isVisibleTo(cert)
    cert.hds_version.set_code("v2")
    assert not cert.hds_version_note.isVisibleTo(cert)
    cert.expires.set_value(date(2027, 3, 1))
    dialog.accept()
    saved = subprocessors.get_subprocessor(reg, uid=sub.uid)
    assert saved.transfer_fallback == "scc"
    assert saved.certifications[0].hds_version == "v2"


def test_a_certificate_that_is_not_hds_keeps_no_hds_standard(qtbot: Any, opened: Any) -> None:
    dialog = editors.subprocessor_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    cert = dialog.certifications.add_row()
    cert.kind.set_code("hds")
    cert.hds_version.set_code("v2")
    cert.kind.set_code("iso27001")
    assert cert.value().hds_version is None
    dialog.certifications.clear()
    loaded = r.Certification(kind="hds", hds_version="v1", hds_scopes=("offsite_backup",))
    row = dialog.certifications.add_row()
    row.load(loaded)
    assert row.value() == loaded
