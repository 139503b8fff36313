"""Fichier ▸ Importer une politique…: each proposal beside its sentence, highlighted in the policy;
what the DPO unticks stays out, what they reword enters as worded, the activities as drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from register_app.domain.enums import ActivityStatus, DurationUnit
from register_app.services.records import Duration
from register_app.services.snapshot import take_snapshot
from register_app.ui.policy_review import KEY, PolicyReviewDialog
from tests.ui.conftest import answer_modal

POLICY = """Privacy policy

How we use your data

- Managing your customer account
- Sending our newsletter, with your consent

How long we keep your data

Account data is deleted 2 years after the last login.

Security

All connections use HTTPS.
"""


def rows(dialog: PolicyReviewDialog) -> dict[str, Any]:
    found, todo = {}, [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while todo:
        row = todo.pop()
        todo += [row.child(i) for i in range(row.childCount())]
        found[row.data(0, KEY)] = row
    return found


def test_reviewed_proposals_enter_as_drafts(qtbot: Any, opened: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    policy = tmp_path / "policy.md"
    policy.write_text(POLICY, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(policy), ""))
    seen: dict[str, Any] = {}

    def review(dialog: PolicyReviewDialog) -> None:
        try:
            choose(dialog)
        finally:
            dialog.done(dialog.result() or 0)  # a failed check rejects it, and the test goes on to fail

    def choose(dialog: PolicyReviewDialog) -> None:
        found = rows(dialog)
        newsletter = next(k for k, r in found.items() if r.text(0).startswith("Sending our newsletter"))
        dialog.tree.setCurrentItem(found[newsletter])
        selection = dialog.text.extraSelections()[0]
        cursor = selection.cursor
        seen["highlighted"] = cursor.selectedText()
        found[newsletter].setCheckState(0, Qt.CheckState.Unchecked)  # rejected
        account = next(k for k, r in found.items() if r.text(0).startswith("Managing your customer account"))
        found[account].setText(0, "Managing customer accounts")  # reworded
        dialog.setResult(1)

    answer_modal(qtbot, PolicyReviewDialog, review)
    opened.import_policy_action.trigger()
    assert seen["highlighted"] == "Sending our newsletter, with your consent"
    snap = take_snapshot(opened.ctx.register)
    purposes = [x.description for a in snap.activities for x in a.purposes]
    assert purposes == ["Managing customer accounts"]
    assert {a.status for a in snap.activities} == {ActivityStatus.DRAFT}
    assert [(r.active.value if r.active else None, r.start_event) for a in snap.activities for r in a.retention] == [
        (2, "last_activity")]  # fmt: skip


HOSTED = POLICY + """
Where your data is hosted

Our website is hosted by Acme Cloud in the United States.
"""


def test_the_dpo_corrects_the_main_fields_before_accepting(qtbot: Any, opened: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    policy = tmp_path / "policy.md"
    policy.write_text(HOSTED, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(policy), ""))
    seen: dict[str, Any] = {}

    def pick(combo: Any, code: str) -> None:
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())

    def correct(dialog: PolicyReviewDialog) -> None:
        try:
            found = rows(dialog)
            newsletter = next(k for k, r in found.items() if r.text(0).startswith("Sending our newsletter"))
            dialog.tree.setCurrentItem(found[newsletter])
            selection = dialog.text.extraSelections()[0]
            cursor = selection.cursor
            seen["highlighted"] = cursor.selectedText()  # still its sentence
            pick(dialog.basis, "consent")
            dialog.tree.setCurrentItem(found["retention:0"])
            seen["duration shown"] = dialog.duration.value()
            dialog.duration.number.setValue(3)
            dialog.duration.unit.set_value(DurationUnit.YEARS)
            pick(dialog.start, "account_closure")
            dialog.tree.setCurrentItem(found["measure:tls_https"])
            pick(dialog.measure, "encryption_at_rest")
            dialog.tree.setCurrentItem(found["subprocessor:Acme Cloud"])
            seen["country shown"] = dialog.country.code()
            pick(dialog.country, "FR")
            dialog.tree.setCurrentItem(found[newsletter])  # back: the correction is still shown
            seen["basis kept"] = dialog.basis.code()
            dialog.setResult(1)
        finally:
            dialog.done(dialog.result() or 0)

    answer_modal(qtbot, PolicyReviewDialog, correct)
    opened.import_policy_action.trigger()
    assert seen["highlighted"] == "Sending our newsletter, with your consent"
    assert seen["duration shown"] == Duration(value=2, unit=DurationUnit.YEARS) and seen["country shown"] == "US"
    assert seen["basis kept"] == "consent"
    snap = take_snapshot(opened.ctx.register)
    bases = {x.description: x.legal_basis for a in snap.activities for x in a.purposes}
    assert bases["Sending our newsletter, with your consent"] == "consent"
    rules = {(x.active.value, x.active.unit, x.start_event) for a in snap.activities for x in a.retention if x.active}
    assert rules == {(3, DurationUnit.YEARS, "account_closure")}
    drafted = {m.catalogue_code for m in snap.measures if m.evidence}
    assert "encryption_at_rest" in drafted and "tls_https" not in drafted
    acme = next(s for s in snap.subprocessors if s.name == "Acme Cloud")
    assert acme.country == "FR" and [c.country for c in acme.countries] == ["FR"]
    assert not [t for a in snap.activities for t in a.transfers]  # the transfer to the USA went with the country
