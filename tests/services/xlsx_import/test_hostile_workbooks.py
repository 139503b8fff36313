"""Hostile workbooks: damaged bytes, odd cell values and XML bombs never crash, hang or
half-import; each gets a clear message and the register is left as it was."""

from __future__ import annotations

import random
import resource
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import Cell, MergedCell
from support.cnil_model import CNIL_ODS
from support.fuzz import SCALE

from register_app.errors import UserError
from register_app.exports.json_export import export_json
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import activities
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.store.register_file import RegisterFile, create_register

# The fuzz tests (slow): about 400 workbooks in a developer's run, 2,400 in CI (support.fuzz.SCALE).
SETTINGS = settings(max_examples=150 * SCALE, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterFile]:
    reg = create_register(tmp_path_factory.mktemp("hostile") / "target.rgpd", author="fuzz")
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def own_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our own export of a small register (a path: hypothesis prints the arguments of failing cases)."""
    folder = tmp_path_factory.mktemp("source")
    reg = create_register(folder / "source.rgpd", author="fuzz")
    try:
        activities.create_activity(reg, data=r.ActivityInput(
            name="Paie", purposes=(r.Purpose(description="Salaires", legal_basis="legal_obligation"),),
            data_categories=(r.DataCategory(code="civil_status", description="Nom"),),
        ))  # fmt: skip
        path = folder / "own.xlsx"
        path.write_bytes(export_xlsx(take_snapshot(reg), Profile.FULL, "fr"))
        return path
    finally:
        reg.close()


@pytest.fixture(scope="module")
def own_book(own_workbook: Path) -> openpyxl.Workbook:
    """Our own workbook loaded once (loading binds every merged range's borders: most of an example's
    time); each example puts back the cells it changed."""
    return openpyxl.load_workbook(own_workbook)


def import_or_refuse(register: RegisterFile, path: Path) -> None:
    """Import `path` whole, or refuse it with a UserError leaving the register unchanged."""
    before = export_json(take_snapshot(register))
    refusal: UserError | None = None
    try:
        plan = plan_workbook_import(register, path)
        if plan.ok:
            apply_import(register, plan)
    except UserError as exc:
        refusal = exc
    if refusal is not None:
        assert refusal.message.strip()
        assert export_json(take_snapshot(register)) == before


def flip_bytes(data: bytes, positions: list[int], values: list[int]) -> bytes:
    mutable = bytearray(data)
    for position, value in zip(positions, values, strict=False):
        mutable[position % len(mutable)] = value
    return bytes(mutable)


@pytest.mark.slow
@pytest.mark.fuzz
@SETTINGS
@given(positions=st.lists(st.integers(0, 10**7), min_size=1, max_size=8), values=st.lists(st.integers(0, 255),
       min_size=8, max_size=8), truncate=st.none() | st.integers(0, 10**7))  # fmt: skip
def test_damaged_xlsx_bytes(target: RegisterFile, own_workbook: Path, tmp_path_factory: pytest.TempPathFactory,  # noqa: PLR0917
                            positions: list[int], values: list[int], truncate: int | None) -> None:  # fmt: skip
    data = flip_bytes(own_workbook.read_bytes(), positions, values)
    if truncate is not None:
        data = data[: truncate % len(data)]
    path = tmp_path_factory.mktemp("x") / "damaged.xlsx"
    path.write_bytes(data)
    import_or_refuse(target, path)


@pytest.mark.slow
@pytest.mark.fuzz
@settings(max_examples=100 * SCALE, deadline=None, suppress_health_check=list(HealthCheck))
@given(positions=st.lists(st.integers(0, 10**7), min_size=1, max_size=8), values=st.lists(st.integers(0, 255),
       min_size=8, max_size=8))  # fmt: skip
def test_damaged_ods_bytes(target: RegisterFile, tmp_path_factory: pytest.TempPathFactory, positions: list[int],
                           values: list[int]) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("o") / "damaged.ods"
    path.write_bytes(flip_bytes(CNIL_ODS.read_bytes(), positions, values))
    import_or_refuse(target, path)


cell_values = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),  # what a cell can hold
    st.integers(-(10**12), 10**12), st.floats(allow_nan=True), st.booleans(), st.none(),
    st.sampled_from(["=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "T-001", "health", "9999-99-99", "{}", "[]",
                     '{"uid": 1}', "x" * 5000]),
)  # fmt: skip


@pytest.mark.slow
@pytest.mark.fuzz
@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(0, 20), st.integers(1, 60), st.integers(1, 12), cell_values),
                      min_size=1, max_size=12), seed=st.integers(0, 2**16))  # fmt: skip
def test_odd_cell_values_in_our_own_workbook(target: RegisterFile, own_book: openpyxl.Workbook,
                                             tmp_path_factory: pytest.TempPathFactory,
                                             edits: list[tuple[int, int, int, object]], seed: int) -> None:  # fmt: skip
    sheets = own_book.worksheets
    rng = random.Random(seed)
    before: list[tuple[Cell, object]] = []
    for sheet_index, row, column, value in edits:
        cell = sheets[sheet_index % len(sheets)].cell(row=row, column=column)
        if not isinstance(cell, MergedCell):  # only the top-left cell of a merged range holds a value
            before.append((cell, cell.value))
            cell.value = value if rng.random() < 0.9 else None
    path = tmp_path_factory.mktemp("c") / "edited.xlsx"
    try:
        own_book.save(path)
    finally:
        for cell, value in reversed(before):  # the next example starts from our own workbook again
            cell.value = value
    import_or_refuse(target, path)


BILLION_LAUGHS = (
    b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">"""
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10) for i in range(1, 10)
    )
    + b"""]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""
)


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/workbook.xml"])
def test_xml_entity_bomb_stays_within_bounded_time_and_memory(target: RegisterFile, own_workbook: Path, tmp_path: Path,
                                            member: str) -> None:  # fmt: skip
    source = zipfile.ZipFile(own_workbook)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item.filename, BILLION_LAUGHS if item.filename == member else source.read(item.filename))
    started, memory = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    import_or_refuse(target, path)  # the parser must not expand the entities: refused or harmless
    assert time.perf_counter() - started < 20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - memory < 300 * 1024  # KiB
    assert not any(len(a.name) > 10_000 for a in take_snapshot(target).activities)


def test_high_compression_zip_bomb_is_refused_before_parsing(target: RegisterFile, own_workbook: Path,
                                                              tmp_path: Path) -> None:  # fmt: skip
    source = zipfile.ZipFile(own_workbook)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item.filename, source.read(item.filename))
        bomb.writestr("xl/media/padding.bin", b"\0" * (40 * 1024 * 1024))
    started = time.perf_counter()
    with pytest.raises(UserError):
        plan_workbook_import(target, path)
    assert time.perf_counter() - started < 5
