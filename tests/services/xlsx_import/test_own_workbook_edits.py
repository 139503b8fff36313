"""Our own workbook, edited in a spreadsheet and imported back: every visible cell the DPO changed is
named in the plan by sheet and cell, and nothing else, also after LibreOffice has re-saved the file."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from register_app.exports.profiles import Profile
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services.demo import write_demo
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import ImportPlan, plan_workbook_import
from register_app.store.register_file import RegisterFile


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterFile]:
    register = write_demo(tmp_path_factory.mktemp("demo") / "demo.rgpd")
    yield register
    register.close()


def _export(register: RegisterFile, folder: Path, lang: str) -> Path:
    path = folder / f"register-{lang}.xlsx"
    path.write_bytes(export_xlsx(take_snapshot(register), Profile.FULL, lang))  # type: ignore[arg-type]
    return path


def _edited(plan: ImportPlan) -> dict[str, str]:
    """Sheet -> the cells the plan says were changed."""
    return {
        line.sheet: line.message.rpartition(": ")[2]
        for line in plan.lines
        if "changed since the export" in line.message
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unchanged_workbook_names_no_edited_cell(demo: RegisterFile, tmp_path: Path, lang: str) -> None:
    assert _edited(plan_workbook_import(demo, _export(demo, tmp_path, lang))) == {}


def _edit(path: Path) -> tuple[str, str]:
    """Change a fiche's name (B5) and an activity's name in the list sheet (A20); the two sheets' names."""
    book = openpyxl.load_workbook(path)
    listing, fiche = book.worksheets[0], book.worksheets[1]
    assert fiche["B5"].value
    fiche["B5"] = f"{fiche['B5'].value} (corrigé)"
    listing["A20"] = "Traitement renommé dans Excel"
    book.save(path)
    return listing.title, fiche.title


def test_cells_changed_in_excel_are_named_by_sheet_and_cell(demo: RegisterFile, tmp_path: Path) -> None:
    path = _export(demo, tmp_path, "fr")
    listing, fiche = _edit(path)

    assert _edited(plan_workbook_import(demo, path)) == {listing: "A20", fiche: "B5"}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_cells_changed_then_saved_by_libreoffice_are_named_and_nothing_else(demo: RegisterFile, tmp_path: Path) -> None:
    path = _export(demo, tmp_path, "fr")
    listing, fiche = _edit(path)
    out = tmp_path / "libreoffice"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)  # fmt: skip

    assert _edited(plan_workbook_import(demo, out / path.name)) == {listing: "A20", fiche: "B5"}
