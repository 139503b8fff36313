"""The activities table: list columns only (ActivityRow), sorted in the model."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale

from register_app.domain.enums import ActivityStatus
from register_app.services.activities import ActivityRow
from register_app.ui import screen_labels
from register_app.ui.table_model import Column, RowTableModel

STATUS_ORDER = {status: i for i, status in enumerate(ActivityStatus)}


def local_datetime(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def local_date(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))
    return QLocale().toString(qdt.date(), QLocale.FormatType.ShortFormat)


def _updated_key(row: ActivityRow) -> float:
    value = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
    return value.timestamp()


COLUMNS: list[Column[ActivityRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Ref."), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "Processing activity"), lambda r: r.name, tooltip=lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: screen_labels.short_role(r.role),
           tooltip=lambda r: screen_labels.label(r.role)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: screen_labels.label(r.status),
           sort_key=lambda r: STATUS_ORDER[r.status]),
    Column(QT_TRANSLATE_NOOP("Columns", "Main purpose"), lambda r: r.main_purpose, tooltip=lambda r: r.main_purpose),
    Column(QT_TRANSLATE_NOOP("Columns", "Legal bases"),
           lambda r: ", ".join(screen_labels.short_legal_basis(b) for b in r.legal_bases)),
    Column(QT_TRANSLATE_NOOP("Columns", "Sensitive data"), lambda r: screen_labels.yes_no(r.sensitive),
           sort_key=lambda r: r.sensitive, align_center=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Subprocessors"), lambda r: str(r.subprocessor_count),
           sort_key=lambda r: r.subprocessor_count, align_center=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last update"),
        lambda r: local_date(r.updated_at),
        sort_key=_updated_key,
        tooltip=lambda r: local_datetime(r.updated_at),
    ),
]  # fmt: skip


class ActivitiesTableModel(RowTableModel[ActivityRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(COLUMNS, uid=lambda row: row.uid, parent=parent)
