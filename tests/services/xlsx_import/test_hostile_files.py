"""Hostile files given to `register-app import`, each in a fresh process: one sentence on stderr and
never a traceback, bounded time and peak memory (the README's table comes from these cases), and the
register left as it was."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from support.hostile_files import (
    bad_crc,
    entity_bomb,
    expanding_ods,
    external_entity,
    import_in_child,
    ole,
    xlsx_with,
)

from register_app.exports.json_export import export_json
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.guard import WorkbookTooLargeError
from register_app.services.xlsx_import.reader import MAX_ROWS, read_workbook
from register_app.store.register_file import create_register, open_register

PEAK_MB = 500


def _deep_json(path: Path) -> Path:
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return path


CASES: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "deep-json": ("deep.json", _deep_json, "nested too deeply"),
    "truncated-sheet": ("t.xlsx", lambda p: xlsx_with(p, "xl/worksheets/sheet1.xml", lambda d: d[: len(d) // 2]),
                        "cannot be read (it may be damaged):"),
    "sheet-not-xml": ("n.xlsx", lambda p: xlsx_with(p, "xl/worksheets/sheet1.xml", lambda d: b"\0PK garbage"),
                      "cannot be read (it may be damaged):"),
    "bad-content-types": ("c.xlsx", lambda p: xlsx_with(p, "[Content_Types].xml", lambda d: d[:60]),
                          "cannot be read (it may be damaged):"),
    "bad-crc": ("crc.xlsx", bad_crc, "cannot be read (it may be damaged):"),
    "entity-bomb-ods": ("bomb.ods", entity_bomb, "declares XML entities"),
    "external-entity-ods": ("xxe.ods", external_entity, "declares XML entities"),
    "280-MB-content-ods": ("big.ods", lambda p: expanding_ods(p, 280, filled=False), "too large to import safely"),
    "60-MB-filled-ods": ("filled.ods", lambda p: expanding_ods(p, 60, filled=True), "too large to import safely"),
    "renamed-xls": ("old.xlsx", lambda p: ole(p, encrypted=False), "old Excel workbook (.xls)"),
    "encrypted-xlsx": ("locked.xlsx", lambda p: ole(p, encrypted=True), "protected by a password"),
}  # fmt: skip


# The two expanding spreadsheets are generated (hundreds of MB of XML) and read for most of a minute:
# CI runs them; the fast set keeps a too-large workbook refused in one sentence (test_cnil_import's
# test_bad_files_get_a_clear_message_and_change_nothing) and every other hostile file in a process.
LARGE = ("280-MB-content-ods", "60-MB-filled-ods")


@pytest.mark.parametrize("case", [pytest.param(case, marks=pytest.mark.slow) if case in LARGE else case
                                  for case in CASES])  # fmt: skip
def test_hostile_file_is_one_sentence_in_bounded_time_and_memory(tmp_path: Path, case: str) -> None:
    name, make, fragment = CASES[case]
    source = make(tmp_path / name)
    target = tmp_path / "target.rgpd"
    register = create_register(target, author="test")
    before = export_json(take_snapshot(register))
    register.close()

    outcome = import_in_child(target, source)

    assert outcome.status == 1
    assert "Traceback" not in outcome.stderr
    assert re.fullmatch(r"register-app: [^\n]+(\n  \S[^\n]*)?", outcome.stderr), outcome.stderr  # and its JSON path
    assert fragment in outcome.stderr
    assert "password" not in outcome.stderr or case == "encrypted-xlsx"
    assert outcome.peak_mb < PEAK_MB
    assert outcome.seconds < 60
    register = open_register(target)
    try:
        assert export_json(take_snapshot(register)) == before
    finally:
        register.close()


def _with_dimension(tmp_path: Path, rows: int, dimension: bytes) -> Path:
    book = openpyxl.Workbook()
    for row in range(1, 51):
        book.active.cell(row=row, column=1, value=f"ligne {row}")
    if rows > 50:
        book.active.cell(row=rows, column=1, value="loin")
    path = tmp_path / "dimension.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        members = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = re.sub(rb"<dimension [^>]*/>", dimension, sheet)
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


@pytest.mark.parametrize("dimension", [b'<dimension ref="A1:A2"/>', b""], ids=["lying", "missing"])
def test_sheet_dimension_that_lies_or_is_missing_loses_no_row(tmp_path: Path, dimension: bytes) -> None:
    sheet = read_workbook(_with_dimension(tmp_path, 50, dimension)).sheets[0]
    assert sheet.max_row == 50
    assert sheet.text(50, 1) == "ligne 50"


@pytest.mark.parametrize("dimension", [b'<dimension ref="A1:A2"/>', b""], ids=["lying", "missing"])
def test_sheet_without_a_true_dimension_stops_at_the_row_limit(tmp_path: Path, dimension: bytes) -> None:
    with pytest.raises(WorkbookTooLargeError, match=f"more than {MAX_ROWS} rows"):
        read_workbook(_with_dimension(tmp_path, MAX_ROWS + 1, dimension))


# The README's table: PYTHONPATH=.:tests python tests/services/xlsx_import/test_hostile_files.py
if __name__ == "__main__":
    import tempfile

    for case, (name, make, _) in CASES.items():
        folder = Path(tempfile.mkdtemp())
        made = make(folder / name)
        create_register(folder / "target.rgpd", author="bench").close()
        result = import_in_child(folder / "target.rgpd", made)
        print(f"{case}: {made.stat().st_size / 1e6:.2f} MB on disk, {result.cpu_seconds:.1f} s CPU "
              f"({result.seconds:.1f} s wall), {result.peak_mb:.0f} MB peak: {result.stderr}")
