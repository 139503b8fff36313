"""Our workbook whose hidden identifiers sheet was deleted: its visible sheets follow the CNIL layout
with our labels, so it still imports, in French and English — into a new register as its content, and
into a register that has the activities, matched by reference, without a duplicate."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl
import pytest

from register_app.exports.view import retention_line
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.demo import write_demo
from register_app.services.document import IDS_SHEET as SHEET
from register_app.services.document import Profile
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action

FIELDS = ("reference", "name", "description", "department", "software", "purposes", "data_categories",
          "data_subjects", "data_sources", "nir_justification", "art10_justification")  # fmt: skip


def _fields(a: r.Activity) -> dict[str, object]:
    """The fields compared; the categories in the order the fiche lists them (the catalogue's)."""
    fields: dict[str, object] = {f: getattr(a, f) for f in FIELDS}
    fields["data_categories"] = sorted(a.data_categories, key=lambda c: c.code)
    return fields


def _without_ids(snapshot: r.Snapshot, path: Path, lang: str) -> Path:
    path.write_bytes(export_xlsx(snapshot, Profile.FULL, lang))  # type: ignore[arg-type]
    book = openpyxl.load_workbook(path)
    del book[SHEET]
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_workbook_without_its_hidden_sheet_imports_from_its_visible_sheets(tmp_path: Path, lang: str) -> None:
    demo = write_demo(tmp_path / "demo.rgpd")
    source = take_snapshot(demo)
    path = _without_ids(source, tmp_path / "register.xlsx", lang)
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
