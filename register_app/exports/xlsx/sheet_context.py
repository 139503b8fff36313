"""What every sheet writer shares: the snapshot as the profile shows it, the language, the names
given to the fiche sheets, and a cursor that writes rows of (possibly merged) cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, Final

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from register_app.domain.catalogues import Lang
from register_app.exports.export_texts import text
from register_app.exports.view import RegisterView
from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import merge_row, put
from register_app.services import records as r
from register_app.services.document import Profile

SHEET_NAME_MAX = 31
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_NAME_EDGES = re.compile(r"^[\s']+|[\s']+$")  # spaces and apostrophes, at either end


@dataclass
class Context:
    snapshot: r.Snapshot
    profile: Profile
    lang: Lang
    issued: date
    as_of: date | None = None  # the register rebuilt from the history as of this day
    view: RegisterView = field(init=False)
    sheet_names: set[str] = field(default_factory=set)
    fiche_names: dict[str, str] = field(default_factory=dict)  # activity uid -> sheet name

    def __post_init__(self) -> None:
        self.view = RegisterView(self.snapshot)

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def as_of_text(self) -> str:
        """The "register as of" line: the day of issue, or the day the register was rebuilt as of."""
        if self.as_of is not None:
            return self.t("as_of_history", date=self.as_of.strftime("%d/%m/%Y"))
        return self.t("as_of", date=self.issued.strftime("%d/%m/%Y"))

    @property
    def full(self) -> bool:
        return self.profile is Profile.FULL

    @property
    def date_format(self) -> str:
        return styles.DATE_FORMATS[self.lang]

    def sheet_name(self, wanted: str) -> str:
        """A unique sheet name: at most 31 characters, none of []:*?/\\, no edge apostrophe (Excel
        refuses one, and LibreOffice cannot open the workbook at all), even where the name is cut."""
        base = SHEET_NAME_EDGES.sub("", SHEET_FORBIDDEN.sub(" ", wanted)) or "Sheet"
        name, n = SHEET_NAME_EDGES.sub("", base[:SHEET_NAME_MAX]), 1
        while name.casefold() in self.sheet_names:
            n += 1
            suffix = f" ({n})"
            name = base[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        self.sheet_names.add(name.casefold())
        return name


NO_SHEETS: Final = SimpleNamespace(sheetnames=())  # a stand-in workbook, for the title check only


def add_sheet(book: Workbook, title: str) -> Worksheet:
    """book.create_sheet(title) for a title Context.sheet_name made unique. openpyxl checks a new
    title against every sheet's, lower-casing each: quadratic in the number of sheets, a fifth of
    the export at 10,000 activities. The title is checked here against no sheet (it is still
    validated), then the sheet joins the workbook."""
    ws = Worksheet(None)
    ws._parent = NO_SHEETS
    ws.title = title
    ws._parent = book
    book._add_sheet(ws)
    return ws


@dataclass(frozen=True)
class Span:
    """A value written across `width` columns (merged when wider than one)."""

    value: Any
    width: int = 1
    style: styles.CellStyle = styles.BODY


class Cursor:
    def __init__(self, ws: Worksheet, ctx: Context, columns: int) -> None:
        self.ws, self.ctx, self.columns, self.row = ws, ctx, columns, 1

    def line(self, *spans: Span) -> int:
        """Write one row of spans from column A; returns the row written."""
        col = 1
        for span in spans:
            value = span.value
            fmt = self.ctx.date_format if isinstance(value, date | datetime) else ""
            put(self.ws, self.row, col, value, span.style, number_format=fmt)
            if span.width > 1:
                merge_row(self.ws, self.row, col, col + span.width - 1)
            col += span.width
        self.row += 1
        return self.row - 1

    def block(self, title: str) -> int:
        """A block title across the whole width (e.g. 'Acteurs'), CNIL style."""
        return self.line(Span(title, self.columns, styles.BLOCK))

    def skip(self, rows: int = 1) -> None:
        self.row += rows
