"""What a workbook import will do, line by line, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from register_app.exports.json_export import RegisterDocument


class Action(StrEnum):
    CREATE = "create"  # a new object
    UPDATE = "update"  # an object already in the register, matched by identifier or reference
    AMBIGUOUS = "ambiguous"  # read, but interpreted: check it
    EMPTY = "empty"  # nothing found for a part of the register
    SKIP = "skip"  # a sheet or row not imported, and why
    ERROR = "error"  # prevents the import


@dataclass(frozen=True)
class ReportLine:
    action: Action
    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"[{self.action.value}] {where}: {self.message}"


@dataclass
class Parsed:
    """A layout parser's result: the register as a document, and what it noticed on the way.
    `where` gives the sheet and cell each object (by uid) was read from."""

    document: RegisterDocument
    lines: list[ReportLine] = field(default_factory=list)
    where: dict[str, tuple[str, str]] = field(default_factory=dict)

    def note(self, action: Action, sheet: str, cell: str, message: str) -> None:
        self.lines.append(ReportLine(action, sheet, cell, message))
