"""Dismissing a finding: the DPO sets it aside with a reason, kept in the register and in the
history. A dismissal names the finding by its identity (code, object, field), so it applies again
on the next run, and restoring the finding removes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.domain.models import DismissedFinding
from register_app.services.checks.engine import Finding, FindingKey
from register_app.services.common import raise_if_invalid
from register_app.services.history import Subject, record
from register_app.services.validation import FORBIDDEN_CHARS, LONG_TEXT_MAX, Issue, issue
from register_app.store.register_file import RegisterFile

HISTORY_FIELD = "dismissed_findings"


@dataclass(frozen=True)
class Dismissal:
    key: FindingKey
    reason: str
    author: str
    at: datetime


def reason_issues(reason: str) -> list[Issue]:
    if not reason.strip():
        return [issue("REQUIRED", "reason")]
    found = []
    if len(reason) > LONG_TEXT_MAX:
        found.append(issue("TOO-LONG", "reason", length=len(reason), limit=LONG_TEXT_MAX))
    if FORBIDDEN_CHARS.search(reason):
        found.append(issue("CONTROL-CHARS", "reason"))
    return found


def list_dismissals(register: RegisterFile) -> list[Dismissal]:
    with register.session() as session:
        return [_dismissal(row) for row in session.scalars(select(DismissedFinding).order_by(DismissedFinding.id))]


def dismiss(register: RegisterFile, *, finding: Finding, reason: str) -> Dismissal:
    """Set a finding aside; a reason is required. Dismissing it again replaces the reason."""
    raise_if_invalid(reason_issues(reason))
    reason = reason.strip()
    with register.session() as session:
        row = _row(session, finding.key)
        old = _history_value(finding, row.reason) if row else None
        if row is None:
            row = DismissedFinding(code=finding.code, object_uid=finding.object_uid, field=finding.field)
            session.add(row)
        row.reason, row.author, row.at = reason, register.author, utcnow()
        record(
            session,
            author=register.author,
            action=HistoryAction.UPDATE,
            subject=_subject(finding),
            field=HISTORY_FIELD,
            old=old,
            new=_history_value(finding, reason),
        )
        session.flush()
        return _dismissal(row)


def restore(register: RegisterFile, *, finding: Finding) -> Dismissal | None:
    """List a dismissed finding again; returns the dismissal removed (None if it was not dismissed)."""
    with register.session() as session:
        row = _row(session, finding.key)
        if row is None:
            return None
        gone = _dismissal(row)
        record(
            session,
            author=register.author,
            action=HistoryAction.UPDATE,
            subject=_subject(finding),
            field=HISTORY_FIELD,
            old=_history_value(finding, row.reason),
            new=None,
        )
        session.delete(row)
        return gone


def _row(session: Session, key: FindingKey) -> DismissedFinding | None:
    return session.scalar(
        select(DismissedFinding).where(
            DismissedFinding.code == key.code,
            DismissedFinding.object_uid == key.object_uid,
            DismissedFinding.field == key.field,
        )
    )


def _subject(finding: Finding) -> Subject:
    return Subject(finding.object_kind, finding.object_uid, finding.object_label)


def _history_value(finding: Finding, reason: str) -> dict[str, str]:
    return {"code": finding.code, "field": finding.field, "reason": reason}


def _dismissal(row: DismissedFinding) -> Dismissal:
    return Dismissal(FindingKey(row.code, row.object_uid, row.field), row.reason, row.author, row.at)
