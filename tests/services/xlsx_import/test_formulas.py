"""Formulas, DDE commands and macros: read as their text or left out, never run, always reported."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from support.cnil_model import CNIL_ODS, EXAMPLE, OWN_PAYROLL, from_model

from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import ImportPlan, apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile

SOFFICE = shutil.which("soffice")
DDE = "=cmd|' /C calc'!A0"


def _fiche(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Fiche"
    for row, values in {4: ["Nom du traitement", "Newsletter"], 9: ["Acteurs", "Nom"],
                        16: ["Finalité(s) du traitement effectué"],
                        17: ["Finalité principale", '=HYPERLINK("http://x","Envoyer la lettre")'],
                        18: ["Sous-finalité 1", "@SUM(A1:A3)"], 19: ["Sous-finalité 2", "+cmd|' /C notepad'!A0"],
                        20: ["Sous-finalité 3", "+33 1 23 45 67 89"],
                        58: ["Transferts hors UE", "Destinataire", "Pays"],
                        59: ["Organisme destinataire 1", "Routeur", DDE]}.items():  # fmt: skip
        for col, value in enumerate(values, start=1):
            ws.cell(row=row, column=col, value=value)
    book.save(path)
    return path


def _runnable(plan: ImportPlan) -> list[str]:
    return [line.message for line in plan.lines if "never evaluated" in line.message and line.sheet == "Fiche"]


def test_formulas_and_dde_come_in_as_their_text_and_are_reported(register: RegisterFile, tmp_path: Path) -> None:
    plan = plan_workbook_import(register, _fiche(tmp_path / "f.xlsx"))
    (line,) = _runnable(plan)
    assert line.endswith(": B17, B18, B19, C59")  # not the phone number in B20
    apply_import(register, plan)
    (activity,) = take_snapshot(register).activities
    assert [p.description for p in activity.purposes] == [
        '=HYPERLINK("http://x","Envoyer la lettre")', "@SUM(A1:A3)", "+cmd|' /C notepad'!A0", "+33 1 23 45 67 89"]
    assert DDE in activity.notes  # a transfer whose country is a command: kept in the notes, not a country


def test_macros_are_left_out_and_named(register: RegisterFile, tmp_path: Path) -> None:
    source = _fiche(tmp_path / "f.xlsx")
    macro = tmp_path / "f.xlsm"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(macro, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item.filename, src.read(item.filename))
        out.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nEnd Sub\n")
    plan = plan_workbook_import(register, macro)
    assert plan.ok
    skipped = [line.message for line in plan.lines if line.action is Action.SKIP and "macros" in line.message]
    assert skipped == ["macros left out, never run: xl/vbaProject.bin"]


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (apt: libreoffice-calc-nogui)")
def test_ods_formulas_come_in_as_their_text(register: RegisterFile, tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path)}
    source = _fiche(tmp_path / "f.xlsx")
    subprocess.run([SOFFICE, "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, env=env, timeout=120)  # fmt: skip
    plan = plan_workbook_import(register, tmp_path / "f.ods")
    assert _runnable(plan) and _runnable(plan)[0].endswith(": B17, B18, B19, C59")
    apply_import(register, plan)
    (activity,) = take_snapshot(register).activities
    assert activity.purposes[0].description.startswith("=HYPERLINK(")


def test_the_cnil_models_own_formulas_are_not_reported_a_dpos_are(register: RegisterFile, tmp_path: Path) -> None:
    """The model's help links to cnil.fr and its copy of the reference in H1 are in every filled-in
    model: reporting them would bury a formula or command the DPO's file really holds."""
    assert not [line for line in plan_workbook_import(register, CNIL_ODS).lines if "formulas" in line.message]
    filled = from_model(tmp_path / "filled.xlsx", {EXAMPLE: {**OWN_PAYROLL[EXAMPLE], "B17": DDE}})
    [line] = [line for line in plan_workbook_import(register, filled).lines if "formulas" in line.message]
    assert line.sheet == EXAMPLE and line.message.endswith(": B17")
