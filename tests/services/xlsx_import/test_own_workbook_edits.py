"""Our own workbook, edited in a spreadsheet and imported back: the fiche fields the import maps are
applied with their old and new values, every other visible cell the DPO changed is named by sheet
and cell, and nothing else changes, also after LibreOffice has re-saved the file."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from support.engines import copy_register

from register_app.domain.catalogues import DATA_CATEGORIES, catalogue
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.checks import dismiss, run_checks
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import ImportPlan, apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile, create_register, open_register

DESCRIPTION = "Bulletins de paie et déclarations sociales"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_source: Path) -> Iterator[RegisterFile]:
    path = tmp_path_factory.mktemp("demo") / "demo.rgpd"
    copy_register(demo_source, path)
    register = open_register(path)
    yield register
    register.close()


def _export(register: RegisterFile, folder: Path, lang: str) -> Path:
    path = folder / f"register-{lang}.xlsx"
    path.write_bytes(export_xlsx(take_snapshot(register), Profile.FULL, lang))  # type: ignore[arg-type]
    return path


def _edited(plan: ImportPlan) -> dict[str, str]:
    """Sheet -> the cells the plan names as changed but not applied."""
    return {line.sheet: line.message.rpartition(": ")[2] for line in plan.lines if "not applied" in line.message}


def _applied(plan: ImportPlan) -> list[str]:
    return [str(line) for line in plan.lines if line.action is Action.UPDATE and "»" in line.message]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unchanged_workbook_names_no_edited_cell(demo: RegisterFile, tmp_path: Path, lang: str) -> None:
    plan = plan_workbook_import(demo, _export(demo, tmp_path, lang))
    assert _edited(plan) == {}
    assert _applied(plan) == []


def _row(sheet: Worksheet, label: str) -> int:
    return next(row for row in range(1, sheet.max_row + 1) if sheet.cell(row, 1).value == label)


CATEGORY = "Nom, prénom, numéro de sécurité sociale"
PRECISION = "Service paie uniquement"


def _category_label(activity: r.Activity) -> str:
    return catalogue(DATA_CATEGORIES).label(activity.data_categories[0].code, "fr")


def _edit(path: Path, activity: r.Activity) -> tuple[str, Worksheet]:
    """Change T-001's name, description, main purpose, first data category's description and first
    recipient's precision on its fiche, and whether an activity has sensitive data in the list sheet
    (F20, which the export derives from the categories: the import does not apply it); the list
    sheet's name and the fiche as saved."""
    book = openpyxl.load_workbook(path)
    listing, fiche = book.worksheets[0], book.worksheets[1]
    fiche.cell(_row(fiche, "Nom / sigle"), 2, "Paie et personnel")
    fiche.cell(_row(fiche, "Description"), 2, DESCRIPTION)
    fiche.cell(_row(fiche, "Finalité principale"), 2, "Verser les salaires")
    fiche.cell(_row(fiche, _category_label(activity)), 2, CATEGORY)
    fiche.cell(_row(fiche, "Destinataire 1"), 5, PRECISION)
    listing["F20"] = "Peut-être"
    book.save(path)
    return listing.title, fiche


def _check_edits(register: RegisterFile, path: Path, listing: str, sheet: Worksheet) -> None:
    """`sheet`: the edited fiche, as in the workbook at `path` (loading a workbook takes seconds)."""
    before = take_snapshot(register).activities
    plan = plan_workbook_import(register, path)
    fiche = sheet.title
    old = before[0]
    category, recipient = old.data_categories[0], old.recipients[0]
    assert _edited(plan) == {listing: "F20"}
    assert sorted(_applied(plan)) == sorted([
        f"[update] {fiche}!B5: T-001 Nom / sigle: « {old.name} » → « Paie et personnel »",
        f"[update] {fiche}!B9: T-001 Description: « {old.description} » → « {DESCRIPTION} »",
        f"[update] {fiche}!B{_row(sheet, 'Finalité principale')}: T-001 Finalité principale: "
        f"« {old.purposes[0].description} » → « Verser les salaires »",
        f"[update] {fiche}!B{_row(sheet, _category_label(old))}: T-001 {_category_label(old)}: "
        f"« {category.description or 'Oui'} » → « {CATEGORY} »",
        f"[update] {fiche}!E{_row(sheet, 'Destinataire 1')}: T-001 Destinataire 1, Précisions: "
        f"« {recipient.precision} » → « {PRECISION} »",
    ])  # fmt: skip
    apply_import(register, plan)
    after = take_snapshot(register).activities
    expected = dataclasses.replace(
        old, name="Paie et personnel", description=DESCRIPTION,
        purposes=(dataclasses.replace(old.purposes[0], description="Verser les salaires"), *old.purposes[1:]),
        data_categories=(dataclasses.replace(category, description=CATEGORY), *old.data_categories[1:]),
        recipients=(dataclasses.replace(recipient, precision=PRECISION), *old.recipients[1:]),
        updated_at=after[0].updated_at,
    )  # fmt: skip
    assert after[0] == expected
    assert after[1:] == before[1:]


def test_fields_changed_in_excel_are_applied_and_other_cells_named(demo_path: Path, tmp_path: Path) -> None:
    register = open_register(demo_path)
    try:
        path = _export(register, tmp_path, "fr")
        listing, fiche = _edit(path, take_snapshot(register).activities[0])
        _check_edits(register, path, listing, fiche)
    finally:
        register.close()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_fields_changed_then_saved_by_libreoffice_are_applied(demo_path: Path, tmp_path: Path) -> None:
    register = open_register(demo_path)
    try:
        path = _export(register, tmp_path, "fr")
        listing, fiche = _edit(path, take_snapshot(register).activities[0])
        out = tmp_path / "libreoffice"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                        "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                       check=True, capture_output=True, timeout=300)  # fmt: skip
        _check_edits(register, out / path.name, listing, openpyxl.load_workbook(out / path.name)[fiche.title])
    finally:
        register.close()


def test_dismissed_findings_survive_the_workbook_into_a_new_register(demo_path: Path, tmp_path: Path) -> None:
    source = open_register(demo_path)
    try:
        finding = run_checks(source, today=date(2026, 1, 1)).findings[0]
        dismiss(source, finding=finding, reason="Accepté par la direction, voir PV du 3 mars")
        dismissed = take_snapshot(source).dismissed_findings
        path = _export(source, tmp_path, "fr")
    finally:
        source.close()
    target = create_register(tmp_path / "new.rgpd", author="test")
    try:
        apply_import(target, plan_workbook_import(target, path))
        assert take_snapshot(target).dismissed_findings == dismissed
        assert finding.key not in {f.key for f in run_checks(target, today=date(2026, 1, 1)).findings}
    finally:
        target.close()


def test_transfer_recipient_and_country_by_name_are_applied_an_unknown_country_named(
    demo_path: Path, tmp_path: Path
) -> None:
    register = open_register(demo_path)
    try:
        before = take_snapshot(register).activities
        index, activity = next((i, a) for i, a in enumerate(before) if len(a.transfers) >= 2)
        path = _export(register, tmp_path, "fr")
        book = openpyxl.load_workbook(path)
        fiche = book.worksheets[index + 1]  # the list sheet, then one fiche per activity in order
        first, second = _row(fiche, "Organisme destinataire 1"), _row(fiche, "Organisme destinataire 2")
        fiche.cell(first, 2, "Zenitick Inc.")
        fiche.cell(first, 4, "Atlantide")
        fiche.cell(second, 4, "Tunisie")
        book.save(path)

        plan = plan_workbook_import(register, path)
        assert _edited(plan) == {fiche.title: f"D{first}"}
        assert sorted(_applied(plan)) == sorted([
            f"[update] {fiche.title}!B{first}: {activity.reference} Organisme destinataire 1: "
            f"« {activity.transfers[0].recipient} » → « Zenitick Inc. »",
            f"[update] {fiche.title}!D{second}: {activity.reference} Organisme destinataire 2, Pays: "
            "« Maroc » → « Tunisie »",
        ])  # fmt: skip
        apply_import(register, plan)
        (one, two) = take_snapshot(register).activities[index].transfers
        assert (one.recipient, one.country, two.recipient, two.country) == (
            "Zenitick Inc.", "US", activity.transfers[1].recipient, "TN")  # fmt: skip
    finally:
        register.close()


def test_organisation_block_edits_are_applied(demo_path: Path, tmp_path: Path) -> None:
    register = open_register(demo_path)
    try:
        before = take_snapshot(register).organisation
        path = _export(register, tmp_path, "en")
        book = openpyxl.load_workbook(path)
        listing = book.worksheets[0]
        controller = _row(listing, "Controller")
        listing.cell(controller, 7, "Lyon")  # city
        listing.cell(controller, 8, "Belgium")  # country, by its name
        listing.cell(_row(listing, "Representative"), 10, "eu-rep@example.org")
        book.save(path)

        plan = plan_workbook_import(register, path)
        assert _edited(plan) == {}
        assert len(_applied(plan)) == 3
        apply_import(register, plan)
        after = take_snapshot(register).organisation
        assert after == dataclasses.replace(
            before,
            identity=dataclasses.replace(before.identity, city="Lyon", country="BE"),
            representative=dataclasses.replace(before.representative, email="eu-rep@example.org"),
        )
    finally:
        register.close()


def test_a_field_changed_on_the_list_and_on_the_fiche_keeps_the_fiche_and_says_so(
    demo_path: Path, tmp_path: Path
) -> None:
    register = open_register(demo_path)
    try:
        activity = take_snapshot(register).activities[1]
        path = _export(register, tmp_path, "fr")
        book = openpyxl.load_workbook(path)
        listing, fiche = book.worksheets[0], book.worksheets[2]
        row = _row(listing, activity.name)
        listing.cell(row, 1, "Recrutement (liste)")
        fiche.cell(_row(fiche, "Nom / sigle"), 2, "Recrutement (fiche)")
        listing.cell(row, 13, "Note de la liste")  # another field of the same activity: no conflict
        book.save(path)

        plan = plan_workbook_import(register, path)
        twice = [str(x) for x in plan.lines if "aussi" in x.text("fr") or "also changed" in x.message]
        assert twice == [f"[ambiguous] {fiche.title}!B5: T-002 Nom / sigle: also changed in {listing.title}!A{row}; "
                         "this cell's value is the one kept"]  # fmt: skip
        apply_import(register, plan)
        after = take_snapshot(register).activities[1]
        assert (after.name, after.notes) == ("Recrutement (fiche)", "Note de la liste")
    finally:
        register.close()
