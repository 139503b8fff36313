"""Fichier ▸ Importer une politique…: each proposal beside its sentence, highlighted in the policy;
what the DPO unticks stays out, what they reword enters as worded, the activities as drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from register_app.domain.enums import ActivityStatus
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
