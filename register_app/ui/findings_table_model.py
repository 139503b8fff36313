"""The two tables of the checks page: open findings, and findings the DPO dismissed (with the
reason, who and when). The severity column carries an icon and the severity's colour."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from register_app.services.checks import Dismissal, Finding
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_date, local_datetime
from register_app.ui.check_state import finding_id
from register_app.ui.finding_words import field_text, kind_text, severity_colour, severity_icon, severity_text
from register_app.ui.table_model import Column, Index, RowTableModel


@dataclass(frozen=True)
class DismissedRow:
    finding: Finding
    dismissal: Dismissal


def object_text(finding: Finding) -> str:
    return finding.object_label or finding.object_ref


def object_tooltip(finding: Finding) -> str:
    return f"{kind_text(finding.object_kind)} — {object_text(finding)}"


FINDING_COLUMNS: list[Column[Finding]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda f: severity_text(f.severity),
           sort_key=lambda f: -f.severity.rank),
    Column(QT_TRANSLATE_NOOP("Columns", "Object"), object_text, tooltip=object_tooltip),
    Column(QT_TRANSLATE_NOOP("Columns", "Field"), lambda f: field_text(f.field), tooltip=lambda f: f.field),
    Column(QT_TRANSLATE_NOOP("Columns", "Finding"), lambda f: f.message(screen_labels.lang()),
           tooltip=lambda f: f.message(screen_labels.lang())),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda f: f.reference(screen_labels.lang()),
           tooltip=lambda f: f.reference(screen_labels.lang())),
]  # fmt: skip

DISMISSED_COLUMNS: list[Column[DismissedRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda d: severity_text(d.finding.severity),
           sort_key=lambda d: -d.finding.severity.rank),
    Column(QT_TRANSLATE_NOOP("Columns", "Object"), lambda d: object_text(d.finding),
           tooltip=lambda d: object_tooltip(d.finding)),
    Column(QT_TRANSLATE_NOOP("Columns", "Finding"), lambda d: d.finding.message(screen_labels.lang()),
           tooltip=lambda d: d.finding.message(screen_labels.lang())),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda d: d.dismissal.reason, tooltip=lambda d: d.dismissal.reason),
    Column(QT_TRANSLATE_NOOP("Columns", "Dismissed by"), lambda d: d.dismissal.author),
    Column(QT_TRANSLATE_NOOP("Columns", "On"), lambda d: local_date(d.dismissal.at),
           sort_key=lambda d: d.dismissal.at.timestamp(), tooltip=lambda d: local_datetime(d.dismissal.at)),
]  # fmt: skip


def severity_data(finding: Finding, index: Index, role: int) -> Any:
    """Icon and colour of the severity column."""
    if index.column() != 0:
        return None
    if role == Qt.ItemDataRole.DecorationRole:
        return severity_icon(finding.severity)
    if role == Qt.ItemDataRole.ForegroundRole:
        return severity_colour(finding.severity)
    return None


class FindingsTableModel(RowTableModel[Finding]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(FINDING_COLUMNS, uid=finding_id, parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or not (0 <= index.row() < self.rowCount()):
                return None
            return severity_data(self.row_at(index.row()), index, role)
        return super().data(index, role)


class DismissedTableModel(RowTableModel[DismissedRow]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(DISMISSED_COLUMNS, uid=lambda d: finding_id(d.finding), parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid() or not (0 <= index.row() < self.rowCount()):
                return None
            return severity_data(self.row_at(index.row()).finding, index, role)
        return super().data(index, role)
