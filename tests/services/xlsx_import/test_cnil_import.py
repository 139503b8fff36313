from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from support.cnil_model import CNIL_ODS, EXAMPLE, LIST, OWN_PAYROLL, from_model

from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.placeholders import is_placeholder, says_no, says_yes
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.guard import NotAWorkbookError, OldWorkbookError, WorkbookTooLargeError
from register_app.services.xlsx_import.plan import ImportPlan, UnknownLayoutError, apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile

SOFFICE = shutil.which("soffice")


def _as_xlsx(tmp_path: Path) -> Path:
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run([SOFFICE, "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path), str(CNIL_ODS)],
                   check=True, capture_output=True, env=env, timeout=120)  # fmt: skip
    return tmp_path / "cnil_registre-traitement-simplifie.xlsx"




def _check_own_payroll(register: RegisterFile) -> None:
    snap = take_snapshot(register)
    (payroll,) = snap.activities
    assert (payroll.reference, payroll.name) == ("RH-01", "Paie des salariés")
    assert payroll.created_at.date().isoformat() == "2018-05-26"
    assert payroll.updated_at.date().isoformat() == "2019-05-13"
    assert [p.description for p in payroll.purposes] == [
        "Gestion de la paie", "Calcul des salaires", "Déclarations sociales"]
    assert [(c.code, c.description) for c in payroll.data_categories] == [
        ("civil_status", "Noms, adresses"), ("economic_financial", "IBAN"), ("nir", "NIR des salariés")]
    assert {rule.criterion for rule in payroll.retention} == {"5 ans après le départ"}
    # the text is kept as written, and what it counts is recorded as a duration the checks can compare
    assert {(rule.active, rule.start_event) for rule in payroll.retention} == {
        (r.Duration(value=5, unit=DurationUnit.YEARS), None)}
    assert [(s.code, s.precision) for s in payroll.data_subjects] == [("employees", "")]
    assert [(x.code, x.precision) for x in payroll.recipients] == [
        ("internal_service", "Service comptable"), ("partners", "URSSAF"), ("third_country", "Banque Lehman")]
    (transfer,) = payroll.transfers
    assert (transfer.recipient, transfer.country, transfer.tool) == ("Banque Lehman", "US", "scc")
    assert transfer.documentation == "Contrat du 2/2/2024"
    assert sorted(m.heading.value for m in snap.measures) == ["access_control", "backup", "software_protection"]
    assert snap.organisation.dpo.name == "Claire Petit" and snap.organisation.identity.city == "Lyon"
    assert snap.organisation.dpo_company == ""  # 'Non concerné': not a company


def _left_out(plan: ImportPlan) -> set[tuple[str, str]]:
    return {(line.sheet, line.cell) for line in plan.lines
            if line.action is Action.SKIP and "CNIL model's example" in line.message}  # fmt: skip


def test_blank_cnil_model_imports_nothing_its_example_is_left_out(register: RegisterFile) -> None:
    before = take_snapshot(register)
    plan = plan_workbook_import(register, CNIL_ODS)
    assert plan.ok and plan.layout == "cnil"
    assert plan.count(Action.ERROR) == 0 and plan.count(Action.CREATE) == 0 and plan.count(Action.UPDATE) == 0
    skipped = {line.sheet for line in plan.lines if line.action is Action.SKIP}
    assert skipped == {"Tutoriel", "5_-_Listes", "3_-_Modèle_de_fiche_de_registre", EXAMPLE, LIST}
    assert _left_out(plan) == {(EXAMPLE, ""), (LIST, "A9")}
    summary = apply_import(register, plan)
    assert (summary.created, summary.updated) == (0, 0)
    after = take_snapshot(register)
    assert after.activities == () and after.measures == () and after.organisation == before.organisation


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (apt: libreoffice-calc-nogui)")
def test_same_model_resaved_as_xlsx_is_still_recognised(register: RegisterFile, tmp_path: Path) -> None:
    plan = plan_workbook_import(register, _as_xlsx(tmp_path))
    assert len(_left_out(plan)) == 2 and plan.count(Action.CREATE) == 0
    apply_import(register, plan)
    assert take_snapshot(register).activities == ()


def test_a_fiche_filled_on_the_example_layout_is_imported_and_reimporting_changes_nothing(
    register: RegisterFile, tmp_path: Path
) -> None:
    path = from_model(tmp_path / "filled.xlsx", OWN_PAYROLL)
    plan = plan_workbook_import(register, path)
    created = [line for line in plan.lines if line.action is Action.CREATE and "activity" in line.message]
    assert [(c.sheet, c.cell) for c in created] == [(EXAMPLE, "B4")]
    assert _left_out(plan) == {(LIST, "A9")}  # the list's example row is still the model's
    apply_import(register, plan)
    _check_own_payroll(register)
    again = plan_workbook_import(register, path)
    assert again.count(Action.CREATE) == 0 and again.count(Action.UPDATE) == 0
    summary = apply_import(register, again)
    assert (summary.created, summary.updated) == (0, 0)
    assert len(take_snapshot(register).activities) == 1


def test_the_example_is_recognised_by_its_content_not_by_one_cell(register: RegisterFile, tmp_path: Path) -> None:
    renamed = from_model(tmp_path / "renamed.xlsx", {}, names={EXAMPLE: "Paie"})  # the example, renamed
    assert _left_out(plan_workbook_import(register, renamed)) == {("Paie", ""), (LIST, "A9")}
    # A real fiche that shares one value with the example (the DPO's name) is the organisation's.
    own = {EXAMPLE: {**OWN_PAYROLL[EXAMPLE], "B11": "Martin HENRI"}}
    plan = plan_workbook_import(register, from_model(tmp_path / "own.xlsx", own))
    assert (EXAMPLE, "") not in _left_out(plan)
    apply_import(register, plan)
    assert take_snapshot(register).organisation.dpo.name == "Martin HENRI"


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
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and p, OldWorkbookError),
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


MODEL = "3_-_Modèle_de_fiche_de_registre"
NOT_APPLICABLE_FICHE = {MODEL: {
    "B4": "Fichier clients", "B5": "CLI-1", "B10": "(personne morale) Nom : ACME SAS", "F10": "N/A",
    "B11": "N/A", "B12": "Sans objet", "B13": "Non concerné", "B14": "Néant", "B17": "Gérer les commandes",
    "B25": "Noms", "B26": "—", "B33": "Non", "B34": "non concernée.", "B39": "Oui", "B40": " X ",
    "B44": "Clients", "B48": "Non applicable", "B49": "Sous-traitants", "E49": "Hébergeur",
    "B59": "AWS", "C59": "USA", "D59": "Clauses contractuelles types",
}}  # fmt: skip


def test_not_applicable_values_record_nothing_and_are_reported_once_per_kind(
    register: RegisterFile, tmp_path: Path
) -> None:
    plan = plan_workbook_import(register, from_model(tmp_path / "na.xlsx", NOT_APPLICABLE_FICHE))
    reported = {line.message.split("(")[1].split(")")[0]: line.message for line in plan.lines
                if line.action is Action.EMPTY and "not applicable" in line.message}  # fmt: skip
    assert set(reported) == {"controller", "DPO", "representative", "joint controller", "data category",
                             "sensitive data", "recipient"}  # fmt: skip
    assert reported["sensitive data"].endswith(": B33, B34")  # 'X' in B40 is a tick: it records the row
    assert all(line.sheet == MODEL for line in plan.lines if "not applicable" in line.message)
    renamed = [line.message for line in plan.lines if "identity name" in line.message]
    assert renamed == ["identity name: the register's 'Société Test SAS' is kept, the workbook says 'ACME SAS'"]
    apply_import(register, plan)
    snap = take_snapshot(register)
    (activity,) = snap.activities
    assert [(c.code, c.description) for c in activity.data_categories] == [
        ("civil_status", "Noms"), ("health", ""), ("sex_life", "")]  # 'Oui' and a ticked 'X'; 'Non' records nothing
    assert [(x.code, x.precision) for x in activity.recipients] == [("processors", "Hébergeur")]
    assert activity.joint_controller_uids == () and snap.controllers == ()
    assert [(t.recipient, t.country, t.tool) for t in activity.transfers] == [("AWS", "US", "scc")]
    organisation = snap.organisation
    assert (organisation.dpo, organisation.representative, organisation.dpo_company) == (
        r.Contact(), r.Contact(), "")
    assert reported["controller"].endswith(": F10")  # the country, left empty


def test_placeholder_spellings() -> None:
    for text in ("Non concerné", "NON CONCERNEE", "Non applicable", "Sans objet", "N/A", "NA", "n.a.", "—", "-",
                 "néant", "Aucun", "aucune.", "None", "not applicable", "nil", "/", "x", "  Néant ! "):  # fmt: skip
        assert is_placeholder(text), text
    for text in ("Oui", "Non", "Nantes", "Xavier", "NAS", "Aucun transfert hors UE prévu", ""):
        assert not is_placeholder(text), text


def test_a_tick_says_yes_where_yes_or_no_is_asked_and_fills_nothing_elsewhere() -> None:
    for tick in ("x", " X ", "✓", "✔"):
        assert says_yes(tick) and not says_no(tick), tick
    assert is_placeholder("x")  # as a name or a country, 'x' only fills the cell
    for no in ("Non", "non concernée.", "N/A", "—"):
        assert says_no(no) and not says_yes(no), no
