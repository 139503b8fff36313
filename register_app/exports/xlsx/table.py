"""A titled, filterable table sheet: the shape of the list and of the annex sheets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import put
from register_app.exports.xlsx.sheet_context import Context


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
    rows: Sequence[Sequence[Any]],
) -> int:
    """Header row then data rows from `first_row`; filter, frozen header, print titles, heights.
    Returns the row after the table."""
    styles.set_widths(ws, list(widths))
    for col, header in enumerate(headers, start=1):
        put(ws, first_row, col, header, styles.HEADER)
    for i, values in enumerate(rows, start=first_row + 1):
        for col, value in enumerate(values, start=1):
            fmt = ctx.date_format if isinstance(value, date | datetime) else ""
            put(ws, i, col, value, styles.BODY, number_format=fmt)
    last = first_row + max(len(rows), 1)
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(len(headers))}{last}"
    ws.freeze_panes = f"B{first_row + 1}"
    styles.fit_row_heights(ws, first_row)
    styles.print_setup(ws, title_rows=f"{first_row}:{first_row}", header=ctx.snapshot.organisation.identity.name,
                       footer_left=ctx.t("edition", date=ctx.issued.strftime("%d/%m/%Y")), lang=ctx.lang)  # fmt: skip
    return last + 1


def lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)
