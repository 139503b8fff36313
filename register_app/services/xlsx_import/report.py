"""What a workbook import will do, line by line, before anything is written, in English and French."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from register_app.services.document import RegisterDocument
from register_app.services.placeholders import not_applicable_message, place


class Action(StrEnum):
    CREATE = "create"  # a new object
    UPDATE = "update"  # an object already in the register, matched by identifier or reference
    AMBIGUOUS = "ambiguous"  # read, but interpreted: check it
    EMPTY = "empty"  # nothing found for a part of the register
    SKIP = "skip"  # a sheet or row not imported, and why
    ERROR = "error"  # prevents the import


# How a report line printed in French names its action (the English line names it by its value).
ACTION_FR = {Action.CREATE: "création", Action.UPDATE: "mise à jour", Action.AMBIGUOUS: "à vérifier",
             Action.EMPTY: "vide", Action.SKIP: "ignoré", Action.ERROR: "erreur"}  # fmt: skip


@dataclass(frozen=True)
class ReportLine:
    action: Action
    sheet: str
    cell: str
    message: str
    fr: str = ""  # the message in French ('': none yet, the English one is shown)

    def said(self, lang: str) -> str:
        """The message in `lang` ('fr' or 'en')."""
        return self.fr if lang == "fr" and self.fr else self.message

    def text(self, lang: str = "en") -> str:
        """'[update] Sheet!B5: message', or in French '[mise à jour] Sheet!B5 : message'."""
        cell = place(self.cell, lang)
        where = f"{self.sheet}!{cell}" if cell and self.sheet else cell or self.sheet
        action, colon = (ACTION_FR[self.action], " : ") if lang == "fr" else (self.action.value, ": ")
        return f"[{action}] {where + colon if where else ''}{self.said(lang)}"

    def __str__(self) -> str:
        return self.text("en")


@dataclass
class Parsed:
    """A layout parser's result: the register as a document, and what it noticed on the way.
    `where` gives the sheet and cell each object (by uid) was read from; `not_applicable` the
    places (sheet and cell, or JSON path) of the values read as 'not applicable', by kind of field."""

    document: RegisterDocument
    lines: list[ReportLine] = field(default_factory=list)
    where: dict[str, tuple[str, str]] = field(default_factory=dict)
    not_applicable: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    kinds_fr: dict[str, str] = field(default_factory=dict)  # a kind of field's French name, when the reader gives it

    def note(self, action: Action, sheet: str, cell: str, message: str, fr: str = "") -> None:
        self.lines.append(ReportLine(action, sheet, cell, message, fr))

    def placeholder(self, kind: str, sheet: str, cell: str, fr: str = "") -> None:
        self.not_applicable.setdefault(kind, []).append((sheet, cell))
        if fr:
            self.kinds_fr[kind] = fr

    def not_applicable_lines(self) -> list[ReportLine]:
        """One line per kind of field, naming its cells."""
        lines = []
        for kind, places in self.not_applicable.items():
            sheets = {sheet for sheet, _ in places}
            sheet = sheets.pop() if len(sheets) == 1 else ""
            names = [cell if sheet or not s else f"{s}!{cell}" for s, cell in places]
            lines.append(ReportLine(Action.EMPTY, sheet, "", not_applicable_message(kind, names),
                                    not_applicable_message(self.kinds_fr.get(kind, kind), names, "fr")))  # fmt: skip
        return lines
