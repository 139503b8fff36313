"""The breach register (Art. 33(5)) as a sheet of the full register: one row per breach, one column
per fact recorded."""

from __future__ import annotations

from openpyxl import Workbook

from register_app.exports.breach_rows import WORDS, breach_values, word
from register_app.exports.xlsx.sheet_context import Context, add_sheet
from register_app.exports.xlsx.table import title_rows, write_table

TITLE = ("Registre des violations de données (art. 33.5 du RGPD)", "Breach register (GDPR Art. 33(5))")
WIDE = {"title", "description", "consequences", "measures_taken", "measures_planned", "delay_reason",
        "not_notified_reason", "not_informed_reason", "notes", "activities"}  # fmt: skip


def write_breaches(book: Workbook, ctx: Context) -> None:
    """Full register only, and only when breaches were recorded."""
    breaches = ctx.snapshot.breaches
    if not ctx.full or not breaches:
        return
    title = TITLE[0] if ctx.lang == "fr" else TITLE[1]
    ws = add_sheet(book, ctx.sheet_name("Violations" if ctx.lang == "fr" else "Breaches"))
    rows = [breach_values(b, ctx.snapshot, ctx.lang) for b in breaches]
    keys = [key for key in rows[0] if key in WORDS]
    first = title_rows(ws, ctx, title, len(keys))
    widths = [36 if k in WIDE else 18 for k in keys]
    table = [[row[k] for k in keys] for row in rows]
    write_table(ws, ctx, first_row=first, headers=[word(k, ctx.lang) for k in keys], widths=widths, rows=table)
