"""What a workbook import will do, line by line, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from register_app.services.document import RegisterDocument
from register_app.services.placeholders import not_applicable_message


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
        where = f"{self.sheet}!{self.cell}" if self.cell and self.sheet else self.cell or self.sheet
        return f"[{self.action.value}] {where + ': ' if where else ''}{self.message}"


@dataclass
class Parsed:
    """A layout parser's result: the register as a document, and what it noticed on the way.
    `where` gives the sheet and cell each object (by uid) was read from; `not_applicable` the
    places (sheet and cell, or JSON path) of the values read as 'not applicable', by kind of field."""

    document: RegisterDocument
    lines: list[ReportLine] = field(default_factory=list)
    where: dict[str, tuple[str, str]] = field(default_factory=dict)
    not_applicable: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def note(self, action: Action, sheet: str, cell: str, message: str) -> None:
        self.lines.append(ReportLine(action, sheet, cell, message))

    def placeholder(self, kind: str, sheet: str, cell: str) -> None:
        self.not_applicable.setdefault(kind, []).append((sheet, cell))

    def not_applicable_lines(self) -> list[ReportLine]:
        """One line per kind of field, naming its cells."""
        lines = []
        for kind, places in self.not_applicable.items():
            sheets = {sheet for sheet, _ in places}
            sheet = sheets.pop() if len(sheets) == 1 else ""
            names = [cell if sheet or not s else f"{s}!{cell}" for s, cell in places]
            lines.append(ReportLine(Action.EMPTY, sheet, "", not_applicable_message(kind, names)))
        return lines
