"""A DPO's text that reads like an Excel error code ("#N/A", "#REF!") is written as text: Excel
would otherwise show it as an error, and a formula summing the column would fail."""

from __future__ import annotations

from exports.xlsx.helpers import load

from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import activities
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


def test_text_that_reads_like_an_error_code_stays_text(register: RegisterFile) -> None:
    activities.create_activity(register, data=r.ActivityInput(name="#N/A", software="#REF!", notes="#DIV/0!"))
    book = load(export_xlsx(take_snapshot(register), Profile.FULL, "fr"))
    cells = [cell for ws in book.worksheets for row in ws.iter_rows() for cell in row
             if cell.value in ("#N/A", "#REF!", "#DIV/0!")]  # fmt: skip
    assert {cell.value for cell in cells} == {"#N/A", "#REF!", "#DIV/0!"}
    assert [cell.coordinate for cell in cells if cell.data_type != "s"] == []
