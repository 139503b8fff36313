from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.guard import NotAWorkbookError, ProtectedWorkbookError, WorkbookTooLargeError
from register_app.services.xlsx_import.plan import UnknownLayoutError, apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile

CNIL_ODS = Path("/work/shared/examples/cnil_registre-traitement-simplifie.ods")
SOFFICE = shutil.which("soffice")


def _as_xlsx(tmp_path: Path) -> Path:
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run([SOFFICE, "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(CNIL_ODS)],
                   check=True, capture_output=True, env=env, timeout=120)  # fmt: skip
    return tmp_path / "cnil_registre-traitement-simplifie.xlsx"


def _check_payroll(register: RegisterFile) -> None:
    snap = take_snapshot(register)
    (payroll,) = snap.activities
    assert (payroll.reference, payroll.name) == ("1 - Exemple", "Gestion de la paie")
    assert payroll.created_at.date().isoformat() == "2018-05-26"
    assert payroll.updated_at.date().isoformat() == "2019-05-13"
    assert [p.description for p in payroll.purposes] == [
        "Gestion de la paie", "Calcul des rémunérations",
        "Calcul du montant des versements adressés aux organismes sociaux", "Ordre de virement à la banque"]
    assert [(c.code, c.description) for c in payroll.data_categories] == [
        ("civil_status", "Noms, prénoms, adresses"), ("economic_financial", "RIB"),
        ("nir", "Numéros de sécurité sociale des salariés")]
    assert {rule.criterion for rule in payroll.retention} == {"5 ans à compter du versement de la paie"}
    assert [(s.code, s.precision) for s in payroll.data_subjects] == [("employees", "")]
    assert [(x.code, x.precision) for x in payroll.recipients] == [
        ("internal_service", "Dir. Administrative et Financière"), ("partners", "Organismes sociaux"),
        ("third_country", "Banque d'Andorre")]
    (transfer,) = payroll.transfers
    assert (transfer.recipient, transfer.country, transfer.tool) == ("Banque d'Andorre", "AD", "scc")
    assert transfer.documentation == "Contrat en date du 23/01/2018"
    assert sorted(m.heading.value for m in snap.measures) == ["access_control", "backup", "software_protection"]
    assert snap.organisation.dpo.name == "Martin HENRI" and snap.organisation.identity.city == "Paris"


def test_blank_cnil_model_imports_cleanly_and_its_payroll_example_becomes_an_activity(register: RegisterFile) -> None:
    plan = plan_workbook_import(register, CNIL_ODS)
    assert plan.ok and plan.layout == "cnil"
    assert plan.count(Action.ERROR) == 0
    skipped = {line.sheet for line in plan.lines if line.action is Action.SKIP}
    assert skipped == {"Tutoriel", "5_-_Listes", "3_-_Modèle_de_fiche_de_registre"}
    created = [line for line in plan.lines if line.action is Action.CREATE and "activity" in line.message]
    assert [(c.sheet, c.cell) for c in created] == [("4_-_Exemple_de_fiche", "B4")]
    ambiguous = [line for line in plan.lines if line.action is Action.AMBIGUOUS]
    assert [(a.sheet, a.cell) for a in ambiguous] == [("4_-_Exemple_de_fiche", "B10")]  # a person, not the company
    assert take_snapshot(register).activities == ()  # the preview wrote nothing
    apply_import(register, plan)
    _check_payroll(register)
    again = plan_workbook_import(register, CNIL_ODS)
    assert again.count(Action.CREATE) == 0
    apply_import(register, again)
    assert len(take_snapshot(register).activities) == 1


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (apt: libreoffice-calc-nogui)")
def test_same_model_resaved_as_xlsx_imports_the_same(register: RegisterFile, tmp_path: Path) -> None:
    apply_import(register, plan_workbook_import(register, _as_xlsx(tmp_path)))
    _check_payroll(register)


def _cnil_like(path: Path, subject: str, country: str) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Fiche"
    for row, values in {4: ["Nom du traitement", "Bénévolat"], 5: ["N° / RÉF", "B-1"], 9: ["Acteurs", "Nom"],
                        16: ["Finalité(s) du traitement effectué"], 17: ["Finalité principale", "Gérer les bénévoles"],
                        43: ["Catégories de personnes concernées", "Description", None, None, "Précisions"],
                        44: ["Catégorie de personnes 1", subject, None, None, "Week-end"],
                        58: ["Transferts hors UE", "Destinataire", "Pays"],
                        59: ["Organisme destinataire 1", "Asso sœur", country, "Privacy shield"]}.items():
        for col, value in enumerate(values, start=1):
            ws.cell(row=row, column=col, value=value)
    book.save(path)
    return path


def test_free_text_in_a_structured_column_is_kept_and_reported(register: RegisterFile, tmp_path: Path) -> None:
    plan = plan_workbook_import(register, _cnil_like(tmp_path / "f.xlsx", "Bénévoles", "Atlantide"))
    notes = {(line.cell, line.action) for line in plan.lines}
    assert ("B44", Action.AMBIGUOUS) in notes and ("C59", Action.AMBIGUOUS) in notes
    assert any(line.action is Action.EMPTY and "no data category" in line.message for line in plan.lines)
    apply_import(register, plan)
    (activity,) = take_snapshot(register).activities
    assert [(s.code, s.precision) for s in activity.data_subjects] == [("other", "Bénévoles — Week-end")]
    assert activity.transfers == () and "Asso sœur — Atlantide — Privacy shield" in activity.notes


def test_privacy_shield_is_kept_as_detail_without_tool(register: RegisterFile, tmp_path: Path) -> None:
    plan = plan_workbook_import(register, _cnil_like(tmp_path / "f.xlsx", "Clients", "Etats-Unis"))
    assert any(line.cell == "D59" and line.action is Action.AMBIGUOUS for line in plan.lines)
    apply_import(register, plan)
    (transfer,) = take_snapshot(register).activities[0].transfers
    assert (transfer.country, transfer.tool, transfer.tool_detail) == ("US", None, "Privacy shield")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(("maker", "error"), [
    (lambda p: p.write_bytes(b"Nom;Prenom\nDupont;Louise\n") and p, NotAWorkbookError),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and p, ProtectedWorkbookError),
    (lambda p: _zip(p, {"xl/workbook.xml": b"<x/>", "big.xml": b"\0" * (400 * 1024 * 1024)}), WorkbookTooLargeError),
    (lambda p: _zip(p, {"xl/workbook.xml": b"<x/>", **{f"m{i}": b"" for i in range(6000)}}), WorkbookTooLargeError),
    (lambda p: _zip(p, {"word/document.xml": b"<x/>"}), NotAWorkbookError),
])  # fmt: skip
def test_bad_files_get_a_clear_message_and_change_nothing(register: RegisterFile, tmp_path: Path, maker: object,
                                                          error: type[Exception]) -> None:  # fmt: skip
    path = maker(tmp_path / "bad.xlsx")  # type: ignore[operator]
    before = take_snapshot(register)
    with pytest.raises(error) as caught:
        plan_workbook_import(register, path)
    assert str(path) in str(caught.value)
    assert take_snapshot(register).activities == before.activities


def test_another_layout_and_too_many_rows_are_refused(register: RegisterFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Client", "Montant"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(UnknownLayoutError):
        plan_workbook_import(register, tmp_path / "other.xlsx")
    book.active.cell(row=25_000, column=1, value="x")
    book.save(tmp_path / "huge.xlsx")
    with pytest.raises(WorkbookTooLargeError):
        plan_workbook_import(register, tmp_path / "huge.xlsx")
