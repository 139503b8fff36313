"""The CNIL's blank register model, and the same model as a DPO fills it in."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from register_app.services.xlsx_import.reader import read_workbook

CNIL_ODS = Path(__file__).parents[1] / "data" / "cnil" / "cnil_registre-traitement-simplifie.ods"
EXAMPLE, LIST = "4_-_Exemple_de_fiche", "2_-_Liste_des_traitements"

# The example fiche's layout filled with a real company's payroll, as a DPO copies the example.
OWN_PAYROLL = {EXAMPLE: {
    "A1": "Fiche de registre", "H1": "RH-01", "B4": "Paie des salariés", "B5": "RH-01",
    "B10": "Boulangerie Martin SARL",
    "C10": "3 place du Marché", "D10": "69002", "E10": "Lyon", "G10": "04 78 00 00 00", "H10": "contact@boulangerie.fr",
    "B11": "Claire Petit", "C11": "3 place du Marché", "F11": "FR", "G11": "04 78 00 00 01",
    "H11": "dpo@boulangerie.fr",
    "B12": "Non concerné", "B16": "Calcul des salaires", "B17": "Déclarations sociales", "B18": None,
    "B21": "Noms, adresses", "E21": "5 ans après le départ", "B22": "IBAN", "E22": "5 ans après le départ",
    "B23": "NIR des salariés", "E23": "5 ans après le départ", "E29": "Service comptable", "E30": "URSSAF",
    "B39": "Banque Lehman", "C39": "Etats Unis", "F39": "Contrat du 2/2/2024", "E31": "Banque Lehman",
}}  # fmt: skip


def from_model(path: Path, edits: dict[str, dict[str, object]], names: dict[str, str] | None = None) -> Path:
    """The CNIL model as a DPO fills it: every sheet copied into an .xlsx, with cells changed."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in read_workbook(CNIL_ODS).sheets:
        ws = book.create_sheet((names or {}).get(sheet.name, sheet.name))
        for (row, col), value in sheet.cells.items():
            ws.cell(row=row, column=col, value=value)
        for cell, value in edits.get(sheet.name, {}).items():
            ws[cell] = value
    book.save(path)
    return path
