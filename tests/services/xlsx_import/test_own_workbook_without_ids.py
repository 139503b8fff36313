"""Our workbook whose hidden identifiers sheet was deleted: its visible sheets follow the CNIL layout
with our labels, so it still imports, in French and English — into a new register as its content, and
into a register that has the activities, matched by reference, without a duplicate; the edits of its
measures and subprocessors sheets are applied to the register's objects of the same name."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from register_app.domain.enums import MeasureStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.exports.view import retention_line
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import IDS_SHEET as SHEET
from register_app.services.document import Profile
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import open_register

FIELDS = ("reference", "name", "description", "department", "software", "purposes", "data_categories",
          "data_subjects", "data_sources", "nir_justification", "art10_justification")  # fmt: skip


def _fields(a: r.Activity) -> dict[str, object]:
    """The fields compared; the categories in the order the fiche lists them (the catalogue's)."""
    fields: dict[str, object] = {f: getattr(a, f) for f in FIELDS}
    fields["data_categories"] = sorted(a.data_categories, key=lambda c: c.code)
    return fields


def _without_ids(snapshot: r.Snapshot, path: Path, lang: str) -> Workbook:
    """The workbook exported to `path`, then without its identifiers sheet, as saved there (loading it
    again would take seconds: edit this one and save it again)."""
    path.write_bytes(export_xlsx(snapshot, Profile.FULL, lang))  # type: ignore[arg-type]
    book = openpyxl.load_workbook(path)
    del book[SHEET]
    book.save(path)
    return book


@pytest.mark.parametrize("lang", ["fr", pytest.param("en", marks=pytest.mark.slow)])  # each language, one fast
def test_workbook_without_its_hidden_sheet_imports_from_its_visible_sheets(
    demo_path: Path, tmp_path: Path, lang: str
) -> None:
    demo = open_register(demo_path)
    source = take_snapshot(demo)
    path = tmp_path / "register.xlsx"
    _without_ids(source, path, lang)
    target = new_register(tmp_path / "new.rgpd", organisation="", author="t", with_catalogue=False)
    try:
        plan = plan_workbook_import(target, path)
        assert plan.layout == "cnil" and plan.ok
        apply_import(target, plan)
        imported = take_snapshot(target)
        assert [a.reference for a in imported.activities] == [a.reference for a in source.activities]
        for old, new in zip(source.activities, imported.activities, strict=True):
            assert _fields(new) == _fields(old), old.reference
            assert {x.category: x.criterion for x in new.retention} == {
                code: "\n".join(retention_line(x, lang) for x in old.retention if x.category == code)  # type: ignore[arg-type]
                for code in {x.category for x in old.retention}
            }
            assert [dataclasses.replace(t, subprocessor_uid=None) for t in new.transfers] == [
                dataclasses.replace(t, subprocessor_uid=None) for t in old.transfers
            ]
        org, was = imported.organisation, source.organisation
        assert (org.identity, org.dpo, org.dpo_company) == (was.identity, was.dpo, was.dpo_company)

        again = plan_workbook_import(demo, path)  # the register the workbook came from: same activities
        assert not [line for line in again.lines if line.action is Action.CREATE and "activity" in line.message]
    finally:
        target.close()
        demo.close()


def _header_col(ws: Worksheet, label: str) -> int:
    return next(col for col in range(1, ws.max_column + 1) if ws.cell(4, col).value == label)


@pytest.mark.parametrize("lang", [pytest.param("fr", marks=pytest.mark.slow), "en"])
def test_annex_sheets_edited_without_the_hidden_sheet_are_applied_by_name(
    demo_path: Path, tmp_path: Path, lang: str
) -> None:
    demo = open_register(demo_path)
    try:
        before = take_snapshot(demo)
        path = tmp_path / "register.xlsx"
        book = _without_ids(before, path, lang)
        t = lambda key: text(key, lang)  # noqa: E731
        measures, subs = book[t("sheet_measures")], book[t("sheet_subprocessors")]
        measure = next(m for m in before.measures if m.status is MeasureStatus.IN_PLACE and not m.organisation_wide)
        row = next(r_ for r_ in range(5, measures.max_row + 1) if measures.cell(r_, 2).value == measure.name)
        measures.cell(row, _header_col(measures, t("description")), "Revue trimestrielle")
        measures.cell(row, _header_col(measures, t("status")), enum_label(MeasureStatus.PLANNED, lang))
        measures.cell(row, _header_col(measures, t("review_date")), "31/12/2026")
        measures.cell(measures.max_row + 1, 2, "Coffre à clés maison")  # not in the register
        sub = before.subprocessors[0]
        row = next(r_ for r_ in range(5, subs.max_row + 1) if subs.cell(r_, 1).value == sub.name)
        subs.cell(row, _header_col(subs, t("contract_reference")), "DPA-2026-07")
        subs.cell(row, _header_col(subs, t("block_notes")), "Audit prévu en mars")
        book[t("sheet_transfers")].cell(5, 2, "Autre destinataire")  # repeats the fiches: not read
        book.save(path)

        plan = plan_workbook_import(demo, path)
        updates = [x.said(lang) for x in plan.lines if x.action is Action.UPDATE and "»" in x.message]
        assert f"{measure.name}, {t('description')} : « {measure.description} » → « Revue trimestrielle »".replace(
            " : ", " : " if lang == "fr" else ": ") in updates  # fmt: skip
        assert len(updates) == 5
        checks = [x.said(lang) for x in plan.lines if x.action is Action.AMBIGUOUS and "Coffre" in x.message]
        assert len(checks) == 1 and "« Coffre à clés maison »" in checks[0]
        assert any(x.sheet == t("sheet_transfers") and x.action is Action.SKIP for x in plan.lines)
        apply_import(demo, plan)
        after = take_snapshot(demo)
        got = next(m for m in after.measures if m.uid == measure.uid)
        assert got == dataclasses.replace(measure, description="Revue trimestrielle", status=MeasureStatus.PLANNED,
                                          review_date=date(2026, 12, 31), updated_at=got.updated_at)  # fmt: skip
        got_sub = next(s for s in after.subprocessors if s.uid == sub.uid)
        assert got_sub == dataclasses.replace(sub, contract_reference="DPA-2026-07", notes="Audit prévu en mars",
                                              updated_at=got_sub.updated_at)  # fmt: skip
        assert len(after.measures) == len(before.measures) and len(after.subprocessors) == len(before.subprocessors)
    finally:
        demo.close()
