"""A workbook holding every kind of sheet content the Excel export writes, built with the export's
own cell helpers: the writer's tests compare what it makes of it with what openpyxl makes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink

from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import merge_row, put

VALUES: list[Any] = [
    "texte", "", "  espaces autour ", "a & b < c > d", "ligne 1\nligne 2", "=SOMME(A1:A2)", "+33 6 12", "#N/A",
    "é€œ — « »", 42, 3.5, True, date(2025, 3, 14), datetime(2025, 3, 14, 9, 30), None,
]  # fmt: skip
STYLES = [None, styles.BODY, styles.HEADER, styles.LABEL, styles.MUTED, styles.TITLE, styles.BLOCK]


def sample_book(sheet_done: Callable[[], None] = lambda: None, book: Workbook | None = None) -> Workbook:
    """Every kind of value in every style, merged spans, links inside and outside the workbook, row
    heights, a filter, print settings with header and footer, a second sheet with frozen panes;
    `sheet_done` is called as each sheet is finished."""
    book = book or Workbook()
    book.properties.created = datetime(2025, 3, 14, 9, 30)  # the same workbook whenever it is built
    ws = book.active
    ws.title = "Liste"
    styles.set_widths(ws, [20, 30, 12, 12, 40])
    for i, value in enumerate(VALUES, start=1):
        for j, style in enumerate(STYLES, start=1):
            fmt = "DD/MM/YYYY" if isinstance(value, date) else ""
            put(ws, i, j, value, style, number_format=fmt)
    row = len(VALUES) + 2
    for width in (2, 3, 5, 2, 3):
        put(ws, row, 1, f"fusion sur {width} colonnes " * width, styles.BODY)
        merge_row(ws, row, 1, width)
        row += 1
    cell = ws.cell(row=1, column=1)
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location="'Fiche'!A1")
    put(ws, 3, 1, "la CNIL", styles.BODY).hyperlink = "https://www.cnil.fr/fr/RGPD-le-registre-des-activites"
    ws.row_dimensions[row + 3].height = 30  # a row with a height and no cells
    ws.auto_filter.ref = f"A1:G{len(VALUES)}"
    styles.print_setup(ws, title_rows="1:1", header="Atelier Numérique & fils", footer_left="14/03/2025", lang="fr")
    styles.fit_row_heights(ws)
    sheet_done()
    fiche = book.create_sheet("Fiche")
    put(fiche, 1, 1, "Fiche", styles.TITLE)
    put(fiche, 2, 1, "libellé", styles.LABEL)
    put(fiche, 2, 2, "valeur longue " * 30, styles.BODY)
    merge_row(fiche, 2, 2, 8)
    fiche.freeze_panes = "B3"
    sheet_done()
    return book
