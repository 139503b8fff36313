"""What a real LibreOffice shows: text that looks like a formula stays text in every cell, a
workbook whose sheet names were cut opens, and the longest text the register accepts still
exports (Excel cuts cells at 32,767 characters, so the workbook says where it cut)."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest
from support.tools import tool

from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import activities
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.validation import LONG_TEXT_MAX
from register_app.store.register_file import RegisterFile

FORMULAS = ["=1+1", "+33 1 23 45 67 89", "-2+3", "@SUM(A1:A2)", '=HYPERLINK("http://x.example","clic")']
UTF8_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def libreoffice_cells(book: Path, tmp_path: Path) -> set[str]:
    """Every cell of every sheet, as LibreOffice reads the workbook (it fails on a file it cannot open)."""
    soffice = tool("soffice", "libreoffice-calc-nogui")
    out = tmp_path / "csv"
    subprocess.run([soffice, "--headless", "--convert-to", UTF8_ALL_SHEETS, "--outdir", str(out), str(book)],
                   check=True, capture_output=True, env={**os.environ, "HOME": str(tmp_path)}, timeout=300)  # fmt: skip
    sheets = list(out.glob("*.csv"))
    assert sheets, "LibreOffice could not open the workbook"
    rows = (row for sheet in sheets for row in csv.reader(sheet.read_text(encoding="utf-8").splitlines()))
    return {cell for row in rows for cell in row}


@pytest.mark.slow  # starts LibreOffice (10 s and more)
def test_formula_like_text_is_shown_as_text_by_libreoffice(register: RegisterFile, tmp_path: Path) -> None:
    activities.create_activity(register, data=r.ActivityInput(
        name=FORMULAS[0], description=FORMULAS[4], software=FORMULAS[3],
        purposes=tuple(r.Purpose(description=text, legal_basis="contract") for text in FORMULAS[1:3]),
    ))  # fmt: skip
    book = tmp_path / "register.xlsx"
    book.write_bytes(export_xlsx(take_snapshot(register), Profile.FULL, "fr"))
    cells = libreoffice_cells(book, tmp_path)
    for text in FORMULAS:
        assert text in cells, f"LibreOffice did not show {text!r} as written"
    # an evaluated formula would export its result instead (e.g. the link's label)
    assert "clic" not in cells, "a formula was evaluated"


@pytest.mark.slow  # starts LibreOffice (10 s and more)
def test_a_workbook_whose_sheet_names_were_cut_at_an_apostrophe_opens(register: RegisterFile, tmp_path: Path) -> None:
    # "T-00013 Analyse des demandes d'exercice des droits" cut at 31 characters ends with the
    # apostrophe; LibreOffice could not open a workbook with two such sheets at all
    for reference in ("T-00013", "T-00023"):
        activities.create_activity(register, data=r.ActivityInput(
            reference=reference, name="Analyse des demandes d'exercice des droits", description=f"Demandes {reference}",
        ))  # fmt: skip
    book = tmp_path / "register.xlsx"
    book.write_bytes(export_xlsx(take_snapshot(register), Profile.FULL, "fr"))
    cells = libreoffice_cells(book, tmp_path)
    assert {"Demandes T-00013", "Demandes T-00023"} <= cells


def test_the_longest_accepted_text_still_exports(register: RegisterFile) -> None:
    long_text = ("Données à caractère personnel traitées pour la gestion des dossiers. " * 2000)[:LONG_TEXT_MAX]
    activities.create_activity(register, data=r.ActivityInput(name="Long", description=long_text, notes=long_text))
    snapshot = take_snapshot(register)
    assert export_xlsx(snapshot, Profile.FULL, "fr")[:2] == b"PK"
    assert exported(pdf_exporter, snapshot, Profile.FULL, "fr")[:5] == b"%PDF-"
