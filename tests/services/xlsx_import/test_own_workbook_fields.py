"""Every kind of field our own workbook shows, edited in a spreadsheet and imported back, in French and
English, from the full register and the Article 30 extract: the register then holds exactly those edits
(compared record by record with the register before, edits applied by hand) and nothing else changed;
the findings the DPO dismissed are still dismissed."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from register_app.domain.catalogues import DATA_CATEGORIES, DATA_SUBJECTS, DPIA_CRITERIA, TRANSFER_TOOLS, catalogue
from register_app.domain.enums import ActivityStatus, DpiaConclusion
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.exports.json_export import document_of
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.checks import dismiss, run_checks
from register_app.services.document import Profile
from register_app.services.retention_text import read_retention
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile, open_register


def _row(ws: Worksheet, label: str, after: int = 0) -> int:
    return next(row for row in range(after + 1, ws.max_row + 1) if ws.cell(row, 1).value == label)


def _replace_item(items: tuple[object, ...], index: int, **changes: object) -> tuple[object, ...]:
    return (*items[:index], dataclasses.replace(items[index], **changes), *items[index + 1 :])  # type: ignore[type-var]


def _edit(path: Path, snap: r.Snapshot, lang: str, full: bool) -> tuple[r.Snapshot, int]:
    """One edit per kind of field, written with openpyxl; the snapshot those edits should give, and
    how many fields they set."""
    t = lambda key, **values: text(key, lang, **values)  # noqa: E731
    book = openpyxl.load_workbook(path)
    listing, fiche = book.worksheets[0], book.worksheets[1]
    org, activities = snap.organisation, list(snap.activities)
    a = activities[0]
    edits = 0

    def put(ws: Worksheet, row: int, col: int, value: str) -> None:
        nonlocal edits
        ws.cell(row, col, value)
        edits += 1

    # Fiche: a text field, the legal basis and its note, a retention period, a category not collected
    # until now, a data subject's type and its precision with its estimated number, the DPO.
    put(fiche, _row(fiche, t("description")), 2, "Bulletins de paie")
    main = _row(fiche, t("main_purpose"))
    put(fiche, main, 5, f"{catalogue('legal_bases').label('legal_obligation', lang)}\nCode du travail, art. L.3243-2")
    category, period = a.data_categories[0].code, "10 ans à compter de la fin du contrat"
    put(fiche, _row(fiche, catalogue(DATA_CATEGORIES).label(category, lang)), 5, period)
    put(fiche, _row(fiche, catalogue(DATA_CATEGORIES).label("personal_life", lang)), 2, "Situation familiale")
    subjects = _row(fiche, t("subject_n", n=1))
    put(fiche, subjects, 2, catalogue(DATA_SUBJECTS).label("candidates", lang))
    put(fiche, subjects, 5, f"Salariés en CDI\n{t('estimated_count')} : 45")
    dpo = _row(fiche, t("dpo"))
    put(fiche, dpo, 2, f"Claire Fontanel-Roy\n{org.dpo_title}")
    put(fiche, _row(fiche, t("dpo_company")), 2, "Azimut Conformité SAS")
    retention = tuple(x for x in a.retention if x.category != category)
    read = read_retention(period)
    new_rule = r.RetentionRule(category=category, criterion=period,
                               active=read.duration, start_event=read.start_event)  # fmt: skip
    first = next(i for i, x in enumerate(a.retention) if x.category == category)
    a = dataclasses.replace(
        a, description="Bulletins de paie",
        purposes=_replace_item(a.purposes, 0, legal_basis="legal_obligation", legitimate_interest="",
                               legal_basis_note="Code du travail, art. L.3243-2"),  # type: ignore[arg-type]
        retention=(*retention[:first], new_rule, *retention[first:]),
        data_categories=(*a.data_categories, r.DataCategory(code="personal_life", description="Situation familiale")),
        data_subjects=_replace_item(a.data_subjects, 0, code="candidates", precision="Salariés en CDI",
                                    estimated_count=45),  # type: ignore[arg-type]
    )  # fmt: skip
    if full:  # the fields only the full register shows: the DPIA block, the notes, the business owner
        put(fiche, _row(fiche, t("owner")), 2, "Julie Martin — julie.martin@example.org")
        put(fiche, _row(fiche, t("dpia_criteria")), 2, catalogue(DPIA_CRITERIA).label("large_scale", lang))
        put(fiche, _row(fiche, t("dpia_conclusion")), 2, enum_label(DpiaConclusion.REQUIRED, lang))
        put(fiche, _row(fiche, t("block_notes"), _row(fiche, t("block_notes"))), 2, "Revoir en 2027")
        a = dataclasses.replace(a, owner_name="Julie Martin", owner_email="julie.martin@example.org",
                                notes="Revoir en 2027",
                                dpia=dataclasses.replace(a.dpia, criteria=("large_scale",),
                                                         conclusion=DpiaConclusion.REQUIRED))  # fmt: skip
    activities[0] = a

    # A recorded transfer's safeguard (tool and detail) and documentation (with its TIA).
    index = next(i for i, x in enumerate(activities) if len(x.transfers) >= 2)
    ws = book[next(name for name in book.sheetnames if name.startswith(activities[index].reference))]
    row = _row(ws, t("transfer_n", n=1))
    put(ws, row, 6, f"{catalogue(TRANSFER_TOOLS).label('bcr', lang)}\nBCR du groupe, approuvées en 2024")
    put(ws, row, 8, f"Contrat de sous-traitance\n{t('tia')} : TIA-2026-01")
    activities[index] = dataclasses.replace(activities[index], transfers=_replace_item(
        activities[index].transfers, 0, tool="bcr", tool_detail="BCR du groupe, approuvées en 2024",
        documentation="Contrat de sous-traitance", tia_reference="TIA-2026-01"))  # type: ignore[arg-type]  # fmt: skip

    # The list sheet: an activity's name and status, the controller's name beside its SIREN, the
    # representative (empty until now), the DPO's email.
    row = _row(listing, activities[1].name)
    put(listing, row, 1, "Recrutement")
    put(listing, row, 8, enum_label(ActivityStatus.DRAFT, lang))
    activities[1] = dataclasses.replace(activities[1], name="Recrutement", status=ActivityStatus.DRAFT)
    put(listing, _row(listing, t("controller")), 2, f"Solvéa Santé ({t('siren')} {org.siren})")
    put(listing, _row(listing, t("representative")), 2, "EU Rep Ltd")
    put(listing, _row(listing, t("dpo")), 10, "dpo@azimut.example")
    org = dataclasses.replace(
        org, identity=dataclasses.replace(org.identity, name="Solvéa Santé"),
        representative=dataclasses.replace(org.representative, name="EU Rep Ltd"),
        dpo=dataclasses.replace(org.dpo, name="Claire Fontanel-Roy", email="dpo@azimut.example"),
        dpo_company="Azimut Conformité SAS",
    )  # fmt: skip
    book.save(path)
    return dataclasses.replace(snap, organisation=org, activities=tuple(activities)), edits


def _export_and_edit(register: RegisterFile, folder: Path, lang: str, profile: Profile) -> tuple[
        Path, r.Snapshot, r.Snapshot, int]:  # fmt: skip
    """The register (a finding dismissed) exported and edited: the workbook, the register before, the
    register the edits should give, how many fields they set."""
    dismiss(register, finding=run_checks(register, today=date(2026, 1, 1)).findings[0], reason="Accepté")
    before = take_snapshot(register)
    path = folder / "register.xlsx"
    path.write_bytes(export_xlsx(before, profile, lang))  # type: ignore[arg-type]
    shown = tuple(a for a in before.activities if profile is Profile.FULL or a.status is ActivityStatus.ACTIVE)
    expected, edits = _edit(path, dataclasses.replace(before, activities=shown), lang, profile is Profile.FULL)
    edited = {a.uid: a for a in expected.activities}
    expected = dataclasses.replace(expected, activities=tuple(edited.get(a.uid, a) for a in before.activities))
    return path, before, expected, edits


def _import_and_compare(register: RegisterFile, path: Path, before: r.Snapshot, expected: r.Snapshot,
                        edits: int) -> None:  # fmt: skip
    plan = plan_workbook_import(register, path)
    assert plan.layout == "register_app"
    assert [str(x) for x in plan.lines if "not applied" in x.message or "also changed" in x.message] == []
    assert sum(1 for x in plan.lines if x.action is Action.UPDATE and "»" in x.message) == edits
    apply_import(register, plan)
    after = take_snapshot(register)
    want = tuple(dataclasses.replace(a, updated_at=b.updated_at)
                 for a, b in zip(expected.activities, after.activities, strict=True))  # fmt: skip
    assert document_of(dataclasses.replace(after, taken_at=None)) == document_of(
        dataclasses.replace(expected, activities=want, taken_at=None)
    )
    assert after.dismissed_findings == before.dismissed_findings and after.dismissed_findings


# Each language and each profile in the fast set; the other two pairings in CI (each is an export
# and import of the whole demo workbook).
@pytest.mark.parametrize(("lang", "profile"), [
    pytest.param("fr", Profile.FULL, id="fr-full"),
    pytest.param("en", Profile.EXTRACT, id="en-extract"),
    pytest.param("en", Profile.FULL, id="en-full", marks=pytest.mark.slow),
    pytest.param("fr", Profile.EXTRACT, id="fr-extract", marks=pytest.mark.slow),
])  # fmt: skip
def test_every_kind_of_field_edited_in_the_workbook_is_applied_and_nothing_else(demo_path: Path,
    tmp_path: Path, lang: str, profile: Profile
) -> None:
    register = open_register(demo_path)
    try:
        path, before, expected, edits = _export_and_edit(register, tmp_path, lang, profile)
        _import_and_compare(register, path, before, expected, edits)
    finally:
        register.close()


@pytest.mark.slow  # LibreOffice takes 10 to 30 s to start and convert
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (apt: libreoffice-calc-nogui)")
def test_the_workbook_edited_then_saved_as_ods_by_libreoffice_is_ours_and_its_edits_applied(
    demo_path: Path, tmp_path: Path
) -> None:
    register = open_register(demo_path)
    try:
        path, before, expected, edits = _export_and_edit(register, tmp_path, "fr", Profile.FULL)
        subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(path)],
                       env={**os.environ, "HOME": str(tmp_path)}, check=True, capture_output=True,
                       timeout=300)  # fmt: skip
        _import_and_compare(register, path.with_suffix(".ods"), before, expected, edits)
    finally:
        register.close()
