from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from exports.xlsx.helpers import load
from exports.xlsx.sample_register import build_sample
from support.cnil_model import OWN_PAYROLL, from_model

from register_app.exports.json_export import document_of
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services.document import Profile
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action

SOFFICE = shutil.which("soffice")


def _cells(data: bytes) -> dict[str, list[list[object]]]:
    book = load(data)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets}


def _same_register(a: object, b: object) -> None:
    first, second = document_of(a), document_of(b)  # type: ignore[arg-type]
    assert dataclasses.replace(first, generator="") == dataclasses.replace(second, generator="")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_own_workbook_round_trip_is_lossless(tmp_path: Path, lang: str) -> None:
    source = build_sample(tmp_path / "source.rgpd")
    first = take_snapshot(source)
    source.close()
    exported = export_xlsx(first, Profile.FULL, lang)  # type: ignore[arg-type]
    (tmp_path / "out.xlsx").write_bytes(exported)
    target = new_register(tmp_path / "target.rgpd", organisation="", author="t", with_catalogue=False)
    plan = plan_workbook_import(target, tmp_path / "out.xlsx")
    assert plan.ok and plan.layout == "register_app"
    apply_import(target, plan)
    second = take_snapshot(target)
    _same_register(first, second)
    assert _cells(export_xlsx(second, Profile.FULL, lang)) == _cells(exported)  # type: ignore[arg-type]
    again = plan_workbook_import(target, tmp_path / "out.xlsx")  # stable identifiers: nothing new
    assert again.count(Action.CREATE) == 0 and again.count(Action.UPDATE) == 0
    summary = apply_import(target, again)
    assert (summary.created, summary.updated) == (0, 0)
    target.close()


def test_importing_an_extract_keeps_the_registers_internal_notes(tmp_path: Path) -> None:
    register = build_sample(tmp_path / "r.rgpd")
    before = take_snapshot(register)
    (tmp_path / "extract.xlsx").write_bytes(export_xlsx(before, Profile.EXTRACT, "fr"))
    plan = plan_workbook_import(register, tmp_path / "extract.xlsx")
    assert any(line.action is Action.AMBIGUOUS and "notes" in line.message for line in plan.lines)
    apply_import(register, plan)
    after = take_snapshot(register)
    assert after.activities[0].notes == "Note interne : revoir en 2026"
    assert after.activities[0].measures == before.activities[0].measures
    register.close()


def test_cnil_model_to_register_to_workbook_and_back(tmp_path: Path) -> None:
    filled = from_model(tmp_path / "filled.xlsx", OWN_PAYROLL)
    first_reg = new_register(tmp_path / "a.rgpd", organisation="Ma Société", author="t", with_catalogue=False)
    apply_import(first_reg, plan_workbook_import(first_reg, filled))
    first = take_snapshot(first_reg)
    assert [a.name for a in first.activities] == ["Paie des salariés"]
    (tmp_path / "a.xlsx").write_bytes(export_xlsx(first, Profile.FULL, "fr"))
    second_reg = new_register(tmp_path / "b.rgpd", organisation="", author="t", with_catalogue=False)
    apply_import(second_reg, plan_workbook_import(second_reg, tmp_path / "a.xlsx"))
    _same_register(first, take_snapshot(second_reg))
    first_reg.close()
    second_reg.close()


@pytest.mark.slow  # LibreOffice converts every export
@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (apt: libreoffice-calc-nogui)")
def test_libreoffice_opens_every_export(tmp_path: Path) -> None:
    register = build_sample(tmp_path / "r.rgpd")
    snapshot = take_snapshot(register)
    register.close()
    paths = []
    for profile in Profile:
        for lang in ("fr", "en"):
            path = tmp_path / f"register-{profile.value}-{lang}.xlsx"
            path.write_bytes(export_xlsx(snapshot, profile, lang))  # type: ignore[arg-type]
            paths.append(path)
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run([SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    *map(str, paths)], check=True, capture_output=True, env=env, timeout=300)  # fmt: skip
    for path in paths:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        assert pdf.stat().st_size > 10_000, f"LibreOffice could not render {path.name}"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout \
            if shutil.which("pdftotext") else ""
        assert not text or "Gestion de la paie" in text
