"""The CNIL model's own example — the fictitious payroll fiche of 'Louise DUPONT' (sheet '4 - Exemple
de fiche') and its row in the list of processing activities — recognised by its content, so that a
register built on the model never gets a fictitious activity or controller. Several distinctive
values must agree: one cell alone (a real 'Gestion de la paie', a DPO called Martin) is not enough,
and a re-saved copy (Excel, LibreOffice: sheet names and date cells change) is still recognised."""

from __future__ import annotations

from datetime import date

from register_app.services import records as r
from register_app.services.xlsx_import.matching import as_date, key
from register_app.services.xlsx_import.reader import Sheet

# Free-text values of the published example (model of 2019), compared with `key`.
EXAMPLE_VALUES = frozenset(key(text) for text in (
    "Louise DUPONT", "Martin HENRI", "exemple1@ets.com", "exemple2@ets.com", "01 xx xx xx xx", "1 rue Rivoli",
    "Banque d'Andorre", "Dir. Administrative et Financière", "5 ans à compter du versement de la paie",
    "Contrat en date du 23/01/2018", "Numéros de sécurité sociale des salariés", "Calcul des rémunérations",
    "Calcul du montant des versements adressés aux organismes sociaux", "Ordre de virement à la banque",
))  # fmt: skip
EXAMPLE_NAME = key("Gestion de la paie")
EXAMPLE_DATES = (date(2018, 5, 26), date(2019, 5, 13))  # creation and last update of the example fiche
EXAMPLE_WORD = "exemple"


def _marked(text: str) -> bool:
    """'4_-_Exemple_de_fiche', '(EXEMPLE) Gestion de la paie', '1 - Exemple'."""
    return EXAMPLE_WORD in key(text.replace("_", " ")).split()


def is_example_fiche(sheet: Sheet) -> bool:
    """A fiche sheet holding the model's example: at least three of its distinctive values, or two
    with the example's mark in the sheet's name, title or reference."""
    texts = {key(sheet.text(row, col)) for row, col in sheet.cells}
    found = len(EXAMPLE_VALUES & texts)
    heading = (sheet.text(row, col) for row, col in sheet.cells if row <= 5 and col <= 8)  # title, reference
    marked = _marked(sheet.name) or any(_marked(text) for text in heading)
    return found >= 3 or (found >= 2 and marked)


def is_example_row(name: str, reference: str, created: object, updated: object, purpose: str) -> bool:
    """The example's row in the list sheet: three of its marks (name, reference, dates, purposes)."""
    dates = tuple(d.date() if d else None for d in (as_date(created), as_date(updated)))
    marks = (
        _marked(name) or _marked(reference),
        key(name) == EXAMPLE_NAME,
        dates[0] == EXAMPLE_DATES[0],
        dates[1] == EXAMPLE_DATES[1],
        any(value in key(purpose) for value in EXAMPLE_VALUES),
    )
    return sum(marks) >= 3


def is_example_contact(contact: r.Contact) -> bool:
    """An organisation block filled with the example's actor (name, address, phone, e-mail)."""
    values = (contact.name, contact.address, contact.phone, contact.email)
    return sum(1 for v in values if v and key(v) in EXAMPLE_VALUES) >= 2
