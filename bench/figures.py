"""The measurements, one function per figure. Each runs in its own process (see bench.run), so
the peak memory it reports (ru_maxrss) is its own; each returns {series: [seconds per run]}. A
figure that also runs floors measures the app first and returns its peak as "peak_mb": the
floors' own inputs (such as every cell of the workbook, for the Excel floor) must not count."""

from __future__ import annotations

import copy
import gc
import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Series = dict[str, list[float]]
QUERY = "sécurité"  # typed one character at a time; one word, so the bare proxy finds the same rows
QUERY_FOLDED = "securite"
T = TypeVar("T")


def peak_mb() -> list[float]:
    """The process's peak memory so far, in MB, as a series of one."""
    import resource

    return [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]


def timed(run: Callable[[], Any], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Seconds per run; `clock` time.process_time counts this process's CPU time only, which holds
    on a machine shared with other work (the wall clock can then run 3 to 5 times faster)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        run()
        times.append(clock() - start)
    return times


def _app() -> Any:
    from register_app.app import create_app

    app, settings, _lang = create_app()
    return app, settings


def _drain(app: Any) -> None:
    app.processEvents()
    app.processEvents()


# --- 1. open a register and fill the activities table -----------------------------------------
def fig_open(path: Path, repeat: int) -> Series:
    from register_app.store.register_file import open_register
    from register_app.ui.activities_page import ActivitiesPage
    from register_app.ui.register_context import RegisterContext

    app, settings = _app()

    def run() -> None:
        register = open_register(path, author="bench")
        ctx = RegisterContext(register, settings)
        page = ActivitiesPage(ctx)
        page.resize(1200, 700)
        page.show()
        _drain(app)
        page.close()
        page.deleteLater()
        ctx.deleteLater()
        register.close()
        _drain(app)

    first = timed(run, 1)  # the first opening of the day also makes the daily backup
    return {"first_open_of_day": first, "app": timed(run, repeat)}


# --- 2. filter as you type and sort, against a bare QSortFilterProxyModel ------------------------
def _bare_rows(page: Any, texts: dict[str, str]) -> list[tuple[str, ...]]:
    model = page.model
    columns = model.columnCount()
    return [(*(str(model.index(i, c).data()) for c in range(columns)), texts[model.row_at(i).uid])
            for i in range(model.rowCount())]  # fmt: skip


def _bare_view(rows: list[tuple[str, ...]], standard: bool) -> Any:
    """A stock QSortFilterProxyModel over the same rows (display texts and the searchable text in a
    hidden column), filtering every column, case-insensitive; over a minimal Python model, or
    (standard=True) over a QStandardItemModel whose data() is C++."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    width = len(rows[0]) if rows else 1

    class Bare(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else width

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    if standard:
        source: Any = QStandardItemModel(len(rows), width)
        for i, row in enumerate(rows):
            for c, value in enumerate(row):
                source.setItem(i, c, QStandardItem(value))
    else:
        source = Bare()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(False)
    view.setColumnHidden(width - 1, True)
    view.verticalHeader().hide()
    view.resize(1200, 700)
    view.show()
    view._keep = (source, proxy)  # type: ignore[attr-defined]
    return view


def fig_table(path: Path, repeat: int) -> Series:
    from PySide6.QtCore import Qt

    from register_app.services import activities
    from register_app.store.register_file import open_register
    from register_app.ui.activities_page import ActivitiesPage
    from register_app.ui.register_context import RegisterContext

    app, settings = _app()
    register = open_register(path, author="bench", read_only=True)
    ctx = RegisterContext(register, settings)
    page = ActivitiesPage(ctx)
    page.resize(1200, 700)
    page.show()
    _drain(app)
    page.search.blockSignals(True)  # each keystroke is applied below, then the view repainted
    series: Series = {"filter_app": [], "filter_first_app": [], "sort_app": [], "filter_bare": [],
                      "sort_bare": [], "filter_bare_cpp": [], "sort_bare_cpp": []}  # fmt: skip
    columns = page.model.columnCount()

    def keystroke(text: str) -> float:
        start = time.perf_counter()
        page.search.setText(text)
        page.on_search_timeout()
        _drain(app)
        return time.perf_counter() - start

    for _ in range(repeat):
        page.search.setText("")
        page.reload()  # a fresh load: search texts and sort keys are computed again
        _drain(app)
        strokes = [keystroke(QUERY[: n + 1]) for n in range(len(QUERY))]
        series["filter_first_app"].append(strokes[0])  # includes loading the search texts
        series["filter_app"] += strokes
        keystroke("")
        for column in range(columns):
            start = time.perf_counter()
            page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            _drain(app)
            series["sort_app"].append(time.perf_counter() - start)
    matched = len(activities.matching(activities.search_texts(register), QUERY))
    rows = _bare_rows(page, activities.search_texts(register))
    page.close()
    for standard, suffix in ((False, ""), (True, "_cpp")):
        view = _bare_view(rows, standard)
        proxy = view.model()
        _drain(app)
        for _ in range(repeat):
            for n in range(len(QUERY_FOLDED)):
                start = time.perf_counter()
                proxy.setFilterFixedString(QUERY_FOLDED[: n + 1])
                _drain(app)
                series["filter_bare" + suffix].append(time.perf_counter() - start)
            bare_matched = proxy.rowCount()
            proxy.setFilterFixedString("")
            for column in range(columns):
                start = time.perf_counter()
                proxy.sort(column, Qt.SortOrder.AscendingOrder)
                _drain(app)
                series["sort_bare" + suffix].append(time.perf_counter() - start)
            proxy.sort(-1)
        view.close()
        assert bare_matched == matched, (bare_matched, matched)  # the same rows found both ways
    register.close()
    return series


# --- 3. Excel export against raw openpyxl ----------------------------------------------------
def _snapshot(path: Path) -> Any:
    from register_app.services.snapshot import take_snapshot
    from register_app.store.register_file import open_register

    register = open_register(path, author="bench", read_only=True)
    try:
        return take_snapshot(register)
    finally:
        register.close()


def _captured_sheets(snapshot: Any) -> list[dict[str, Any]]:
    """The content of each sheet export_xlsx writes, caught as the sheet goes into the archive
    (its cells are released right after)."""
    from register_app.exports.xlsx import workbook_writer
    from register_app.exports.xlsx.workbook import export_xlsx
    from register_app.services.document import Profile

    sheets: list[dict[str, Any]] = []
    seen: dict[tuple[int, ...], tuple[Any, ...]] = {}
    original = workbook_writer._write_sheet

    def catching(archive: Any, ws: Any) -> None:
        sheets.append(_sheet_content(ws, seen))
        original(archive, ws)

    from register_app.exports.xlsx import findings_sheet, ids_sheet, table

    workbook_writer._write_sheet = catching
    release_every = table.RELEASE_EVERY
    for module in (table, findings_sheet, ids_sheet):  # every row caught: none let go of before the sheet is written
        module.RELEASE_EVERY = 1 << 62  # type: ignore[attr-defined]
    try:
        export_xlsx(snapshot, Profile.FULL, "fr")
    finally:
        workbook_writer._write_sheet = original
        for module in (table, findings_sheet, ids_sheet):
            module.RELEASE_EVERY = release_every  # type: ignore[attr-defined]
    assert sheets
    return sheets


def _sheet_content(ws: Any, seen: dict[tuple[int, ...], tuple[Any, ...]]) -> dict[str, Any]:
    """Rows of (value, font, fill, border, alignment, number format), merges, widths, heights,
    state: what the floor writes again with nothing but openpyxl. `seen` shares the style objects
    of cells styled alike, as in any writer."""
    rows: list[list[tuple[Any, ...] | None]] = []
    for row in ws.iter_rows():
        cells: list[tuple[Any, ...] | None] = []
        for cell in row:
            if getattr(cell, "_style", None) is None or (cell.value is None and not cell.has_style):
                cells.append(None)
                continue
            key = tuple(cell._style)
            styles = seen.get(key)
            if styles is None:
                styles = seen[key] = (copy.copy(cell.font), copy.copy(cell.fill), copy.copy(cell.border),
                                      copy.copy(cell.alignment))  # fmt: skip
            cells.append((cell.value, *styles, cell.number_format, cell.data_type))
        rows.append(cells)
    return {
        "title": ws.title, "state": ws.sheet_state, "rows": rows,
        "merged": [str(r) for r in ws.merged_cells.ranges],
        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        "heights": {k: d.height for k, d in ws.row_dimensions.items() if d.height},
        "freeze": ws.freeze_panes,
    }  # fmt: skip


def xlsx_floor(sheets: list[dict[str, Any]]) -> bytes:
    """Raw openpyxl at its fastest (a write-only workbook) writing the same cells and styles."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet.cell_range import CellRange

    book = Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet["title"])
        ws.sheet_state = sheet["state"]
        for key, width in sheet["widths"].items():
            ws.column_dimensions[key].width = width
        for key, height in sheet["heights"].items():
            ws.row_dimensions[key].height = height
        if sheet["freeze"]:
            ws.freeze_panes = sheet["freeze"]
        for ref in sheet["merged"]:
            ws.merged_cells.add(CellRange(ref))
        for row in sheet["rows"]:
            out: list[Any] = []
            for spec in row:
                if spec is None:
                    out.append(None)
                    continue
                value, font, fill, border, alignment, number_format, data_type = spec
                cell = WriteOnlyCell(ws, value=value)
                if data_type == "s" and isinstance(value, str):
                    cell.data_type = "s"
                cell.font, cell.fill, cell.border, cell.alignment = font, fill, border, alignment
                cell.number_format = number_format
                out.append(cell)
            ws.append(out)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def paused(work: Callable[[Any], T], argument: Any) -> T:
    """A floor run as the export runs: with the cyclic collector paused (register_app/gc_pause.py)."""
    from register_app.gc_pause import collection_paused

    with collection_paused():
        return work(argument)


def fig_xlsx(path: Path, repeat: int) -> Series:
    from register_app.exports.xlsx.workbook import export_xlsx
    from register_app.services.document import Profile

    snapshot = _snapshot(path)
    app = timed(lambda: export_xlsx(snapshot, Profile.FULL, "fr"), repeat)
    peak = peak_mb()
    sheets = _captured_sheets(snapshot)
    gc.collect()
    return {"app": app, "peak_mb": peak, "floor": timed(lambda: paused(xlsx_floor, sheets), repeat)}


# --- 4. PDF export against two floors --------------------------------------------------------
def fig_pdf(path: Path, repeat: int) -> Series:
    import tempfile

    from bench.bench_pdf import canvas_floor, layout_floor
    from register_app.exports.pdf.document import export_pdf
    from register_app.exports.pdf.fonts import register_fonts
    from register_app.services.document import Profile

    register_fonts()
    snapshot = _snapshot(path)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as folder:  # written to a file, as the app's export
        app = timed(lambda: export_pdf(snapshot, Path(folder) / "dossier.pdf", Profile.FULL, "fr", findings=False),
                    repeat)  # fmt: skip
    return {
        "app": app,
        "peak_mb": peak_mb(),
        "floor": timed(lambda: layout_floor(snapshot), repeat),
        "canvas": timed(lambda: paused(canvas_floor, snapshot), repeat),
    }


# --- 5. JSON export and import ----------------------------------------------------------------
def fig_json(path: Path, repeat: int) -> Series:
    from register_app.exports.json_export import export_json

    snapshot = _snapshot(path)
    return {"export": timed(lambda: export_json(snapshot), repeat), "snapshot": timed(lambda: _snapshot(path), repeat)}


def fig_import(path: Path, repeat: int) -> Series:
    import tempfile

    from register_app.exports.json_export import export_json
    from register_app.services.interchange import import_document, parse_document
    from register_app.store.register_file import create_register

    raw = export_json(_snapshot(path))
    folder = Path(tempfile.mkdtemp(prefix="bench-json-"))
    count = iter(range(1_000_000))

    def import_once() -> None:
        register = create_register(folder / f"import-{next(count)}.rgpd", author="bench")
        try:
            import_document(register, parse_document(raw))
        finally:
            register.close()

    return {"import": timed(import_once, repeat)}


def fig_history(path: Path, repeat: int) -> Series:
    from bench.bench_history import fig_history as measure

    return measure(path, repeat)


def fig_bundle(path: Path, repeat: int) -> Series:
    from bench.bench_history import fig_bundle as measure

    return measure(path, repeat)


def fig_edit(path: Path, repeat: int) -> Series:
    from bench.bench_edit import measure_edits

    return measure_edits(path, repeat)


def fig_checks(path: Path, repeat: int) -> Series:
    from bench.bench_edit import measure_checks

    return measure_checks(path, repeat)


FIGURES: dict[str, Callable[[Path, int], Series]] = {
    "open": fig_open, "table": fig_table, "xlsx": fig_xlsx, "pdf": fig_pdf, "json": fig_json, "import": fig_import,
    "history": fig_history, "bundle": fig_bundle, "edit": fig_edit, "checks": fig_checks,
}  # fmt: skip
