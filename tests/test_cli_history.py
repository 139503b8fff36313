"""The register over time from the command line: `export --as-of` gives the register as it stood
then, saying so on the cover and in the headers; `verify` exits 0 on an untouched register and 3
with the object named after an edit made with sqlite3."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text
from support.engines import edited_outside_the_app
from support.factories import full_activity
from test_cli import cli

from register_app.cli import main
from register_app.services import activities
from register_app.services.registers import new_register


@pytest.fixture
def edited(tmp_path: Path) -> tuple[Path, str]:
    """A register whose payroll was renamed after the returned moment."""
    path = tmp_path / "r.rgpd"
    reg = new_register(path, organisation="Société Test SAS", author="dpo", with_catalogue=False)
    payroll = activities.create_activity(reg, data=full_activity())
    time.sleep(0.01)
    moment = datetime.now().astimezone().isoformat()
    renamed = dataclasses.replace(activities.input_of(payroll), name="Paie renommée l'après-midi")
    activities.update_activity(reg, uid=payroll.uid, data=renamed)
    reg.close()
    return path, moment


def test_a_pdf_as_of_gives_the_register_as_it_stood_then(edited: tuple[Path, str], tmp_path: Path) -> None:
    path, moment = edited
    cli("export", path, tmp_path / "then.pdf", "--as-of", moment, data_dir=tmp_path / "app-data")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "then.pdf").pages]
    text = "\n".join(pages)
    assert "Registre à la date du" in pages[0] and "Reconstitué d'après l'historique" in pages[0]
    assert "Registre à la date du" in pages[-1]  # the running header
    assert "Gestion de la paie" in text and "Paie renommée" not in text


def test_a_workbook_as_of_gives_the_register_as_it_stood_then(edited: tuple[Path, str], tmp_path: Path) -> None:
    path, moment = edited
    cli("export", path, tmp_path / "then.xlsx", "--as-of", moment, "--lang", "en", data_dir=tmp_path / "app-data")
    book = load_workbook(tmp_path / "then.xlsx", read_only=True)
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(max_row=3, values_only=True) for c in row if c]
    assert any("Register as of" in c for c in cells)
    assert any("Gestion de la paie" in c for c in cells) and not any("Paie renommée" in c for c in cells)


def test_a_moment_that_is_not_a_date_is_one_sentence(edited: tuple[Path, str], tmp_path: Path) -> None:
    done = cli("export", edited[0], tmp_path / "x.json", "--as-of", "hier", data_dir=tmp_path / "d", check=False)
    assert done.returncode == 1 and "« hier » n'est pas une date" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.json").exists()


def test_verify_passes_then_names_an_edit_made_with_sqlite3(
    edited: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = edited[0]
    assert main(["verify", str(path), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("History intact: ")
    with edited_outside_the_app(path) as db:
        db.execute(text("UPDATE activity SET description = 'Changée à la main'"))
    assert main(["verify", str(path)]) == 3
    assert "Traitement « RH-01 Paie renommée l'après-midi » : modifié hors de l'application" in capsys.readouterr().out
