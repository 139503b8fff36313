"""A titled, filterable table sheet: the shape of the list and of the annex sheets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import put
from register_app.exports.xlsx.sheet_context import Context
from register_app.exports.xlsx.workbook_writer import release_rows

RELEASE_EVERY = 500  # rows of a long table written, fitted and let go of at a time


def title_rows(ws: Worksheet, ctx: Context, title: str, width: int) -> int:
    """Title and 'register as of' lines; returns the next free row."""
    put(ws, 1, 1, title, styles.TITLE)
    org = ctx.snapshot.organisation.identity.name
    subtitle = " · ".join(x for x in (org, ctx.t("profile_" + ctx.profile.value),
                                      ctx.as_of_text()) if x)  # fmt: skip
    put(ws, 2, 1, subtitle, styles.SUBTITLE)
    ws.row_dimensions[1].height = 24
    return 4


def write_table(
    ws: Worksheet,
    ctx: Context,
    *,
    first_row: int,
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Iterable[Sequence[Any]],
    release: bool = True,
) -> int:
    """Header row then data rows from `first_row`; filter, frozen header, print titles, heights.
    The rows may be made as they are written; every RELEASE_EVERY rows the sheet lets go of those
    written (writer.release_rows), unless `release` is False (the caller adds to them after).
    Returns the row after the table."""
    styles.set_widths(ws, list(widths))
    for col, header in enumerate(headers, start=1):
        put(ws, first_row, col, header, styles.HEADER)
    i = first_row
    for i, values in enumerate(rows, start=first_row + 1):
        for col, value in enumerate(values, start=1):
            fmt = ctx.date_format if isinstance(value, date | datetime) else ""
            put(ws, i, col, value, styles.BODY, number_format=fmt)
        if release and (i - first_row) % RELEASE_EVERY == 0:
            styles.fit_row_heights(ws, first_row)
            release_rows(ws, i + 1)
    last = max(i, first_row + 1)
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(len(headers))}{last}"
    ws.freeze_panes = f"B{first_row + 1}"
    styles.fit_row_heights(ws, first_row)
    styles.print_setup(ws, title_rows=f"{first_row}:{first_row}", header=ctx.snapshot.organisation.identity.name,
                       footer_left=ctx.t("edition", date=ctx.issued.strftime("%d/%m/%Y")), lang=ctx.lang)  # fmt: skip
    return last + 1


def lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)
