"""Sources read as tables of rows: a spreadsheet sheet (.xlsx, .xlsm, .ods), a CSV file (delimiter and
encoding sniffed), a JSON list of objects, or Markdown files with YAML front matter (one activity per
file). Every value keeps its place (sheet and cell, file and line, JSON path) for the report."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from register_app.errors import UserError
from register_app.services.mapped_import.fields import is_known_header
from register_app.services.xlsx_import.reader import Sheet, cell_name, read_workbook

WORKBOOKS = (".xlsx", ".xlsm", ".ods")
MARKDOWN = (".md", ".markdown")
HEADER_SEARCH = 30  # rows looked at for the header row
MAX_ROWS = 100_000
MAX_TEXT_BYTES = 50 * 1024 * 1024  # a CSV, JSON or Markdown source larger than this is refused


class UnreadableSourceError(UserError):
    """{path} cannot be read as a table of activities: {reason}."""

    fr = "{path} ne peut pas être lu comme un tableau de traitements : {reason}."


@dataclass
class Row:
    """One activity's values by source column, and where each was read."""

    values: dict[str, Any]
    places: dict[str, tuple[str, str]]
    place: tuple[str, str]  # the row itself: sheet and first cell, file and line, JSON path


@dataclass
class Table:
    kind: str  # "workbook", "csv", "json" or "markdown"
    name: str  # the sheet, the file or the folder
    columns: list[str]
    rows: list[Row] = field(default_factory=list)


def read_table(path: Path, *, sheet: str = "") -> Table:
    """The rows of `path` (a folder of Markdown files, too); `sheet` picks a workbook's sheet, otherwise
    the first sheet with a recognisable header row."""
    if path.is_dir():
        return _markdown(sorted(p for p in path.iterdir() if p.suffix.lower() in MARKDOWN), path.name)
    suffix = path.suffix.lower()
    if suffix in WORKBOOKS:
        return _workbook(path, sheet)
    if suffix in MARKDOWN:
        return _markdown([path], path.name)
    raw = _read_bytes(path)
    if suffix == ".json":
        return _json(path, raw)
    return _csv(path, raw)


def _read_bytes(path: Path) -> bytes:
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise UnreadableSourceError(
            path=path,
            reason=(f"plus de {MAX_TEXT_BYTES // 1024 // 1024} Mo", f"larger than {MAX_TEXT_BYTES // 1024 // 1024} MB"),
        )
    return path.read_bytes()


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, as spreadsheets save CSV on French Windows."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def header_row(grid: list[list[str]]) -> int:
    """The index of the header row: the first with several non-empty cells naming known fields, else
    the first with several non-empty cells."""
    for i, cells in enumerate(grid[:HEADER_SEARCH]):
        if sum(1 for c in cells if c and is_known_header(c)) >= 2:
            return i
    return next((i for i, cells in enumerate(grid[:HEADER_SEARCH]) if sum(1 for c in cells if c) >= 2), 0)


def _grid_table(kind: str, name: str, grid: list[list[Any]], place: Any) -> Table:
    texts = [[str(v).strip() if v is not None else "" for v in cells] for cells in grid]
    top = header_row(texts)
    headers = texts[top] if texts else []
    columns = [h or f"({cell_name(1, i + 1).rstrip('1')})" for i, h in enumerate(headers)]
    table = Table(kind, name, columns)
    for i, cells in enumerate(grid[top + 1 :], start=top + 1):
        values = {columns[j]: v for j, v in enumerate(cells[: len(columns)]) if v not in (None, "")}
        if values:
            places = {columns[j]: place(i, j) for j in range(len(columns))}
            table.rows.append(Row(values, places, place(i, 0)))
    return table


def _workbook(path: Path, wanted: str) -> Table:
    book = read_workbook(path)
    sheets = [s for s in book.sheets if not wanted or s.name == wanted]
    if not sheets:
        raise UnreadableSourceError(
            path=path, reason=(f"il n'a pas de feuille nommée « {wanted} »", f"it has no sheet named '{wanted}'")
        )
    grids = [(s, _sheet_grid(s)) for s in sheets]
    sheet, grid = next(((s, g) for s, g in grids if _has_header(g)), grids[0])
    numbers = list(sheet.rows())  # the grid skips empty rows: its row i is the sheet's row numbers[i]
    return _grid_table("workbook", sheet.name, grid, lambda i, j: (sheet.name, cell_name(numbers[i], j + 1)))


def _sheet_grid(sheet: Sheet) -> list[list[Any]]:
    width = max((c for _, c in sheet.cells), default=0)
    return [[sheet.get(row, col) for col in range(1, width + 1)] for row in list(sheet.rows())[:MAX_ROWS]]


def _has_header(grid: list[list[Any]]) -> bool:
    texts = [[str(v).strip() if v is not None else "" for v in cells] for cells in grid[:HEADER_SEARCH]]
    return any(sum(1 for c in cells if c and is_known_header(c)) >= 2 for cells in texts)


def _csv(path: Path, raw: bytes) -> Table:
    text = decode(raw)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        grid = [cells for cells, _ in zip(csv.reader(io.StringIO(text), dialect), range(MAX_ROWS), strict=False)]
    except csv.Error as exc:
        raise UnreadableSourceError(
            path=path, reason=(f"ce n'est pas un tableau CSV ({exc})", f"not a CSV table ({exc})")
        ) from exc
    return _grid_table("csv", path.name, grid, lambda i, j: (path.name, cell_name(i + 1, j + 1)))


def flatten(value: Any, prefix: str = "", depth: int = 0) -> dict[str, Any]:
    """{'system': {'name': 'CRM'}} -> {'system.name': 'CRM'}; lists stay lists (of texts)."""
    if isinstance(value, dict) and depth < 8:
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k), depth + 1))
        return out
    if isinstance(value, list):
        return {prefix: [_item_text(v) for v in value]}
    return {prefix: value}


def _item_text(value: Any) -> str:
    if isinstance(value, dict):
        return " — ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def _json(path: Path, raw: bytes) -> Table:
    try:
        data = json.loads(decode(raw))
    except json.JSONDecodeError as exc:
        raise UnreadableSourceError(path=path, reason=("ce n'est pas du JSON valide", "not valid JSON")) from exc
    except RecursionError as exc:  # '[[[[…' thousands deep
        raise UnreadableSourceError(
            path=path,
            reason=(
                "il est trop profondément imbriqué pour être un registre",
                "it is nested too deeply to be a register",
            ),
        ) from exc
    if isinstance(data, dict):  # {"activities": [...]} or {"processing_activities": [...]}
        data = next((v for v in data.values() if isinstance(v, list) and v and isinstance(v[0], dict)), None)
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise UnreadableSourceError(
            path=path,
            reason=(
                "une liste d'objets, un par traitement, est attendue",
                "expected a list of objects, one per activity",
            ),
        )
    table = Table("json", path.name, [])
    for i, item in enumerate(data[:MAX_ROWS]):
        values = {k: v for k, v in flatten(item).items() if v not in (None, "", [])}
        for k in values:
            if k not in table.columns:
                table.columns.append(k)
        places = {k: (path.name, f"$[{i}].{k}") for k in values}
        table.rows.append(Row(values, places, (path.name, f"$[{i}]")))
    return table


def front_matter(text: str) -> tuple[str, int]:
    """The YAML between the first two '---' lines, and the line it starts on ('' when none)."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return "", 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    return ("\n".join(lines[1:end]), 2) if end is not None else ("", 0)


def _markdown(files: list[Path], name: str) -> Table:
    table = Table("markdown", name, [])
    for path in files:
        block, first = front_matter(decode(_read_bytes(path)))
        if not block:
            continue
        try:
            if any(isinstance(token, yaml.AliasToken) for token in yaml.scan(block)):
                # a register's keys never need them, and aliases of aliases expand exponentially
                raise UnreadableSourceError(
                    path=path,
                    reason=("son en-tête YAML utilise des alias (*nom)", "its front matter uses YAML aliases (*name)"),
                )
            data = yaml.safe_load(block)
        except yaml.YAMLError as exc:
            raise UnreadableSourceError(
                path=path,
                reason=(f"son en-tête n'est pas du YAML valide ({exc})", f"its front matter is not valid YAML ({exc})"),
            ) from exc
        except RecursionError as exc:
            raise UnreadableSourceError(
                path=path,
                reason=("son en-tête est trop profondément imbriqué", "its front matter is nested too deeply"),
            ) from exc
        if not isinstance(data, dict):
            continue
        values = {k: v for k, v in flatten(data).items() if v not in (None, "", [])}
        lines = block.splitlines()
        places = {}
        for k in values:
            top = k.split(".")[0]
            line = next((i for i, text in enumerate(lines) if text.startswith(f"{top}:")), 0)
            places[k] = (path.name, f"line {first + line}")
            if k not in table.columns:
                table.columns.append(k)
        table.rows.append(Row(values, places, (path.name, "line 1")))
    if not table.rows:
        raise UnreadableSourceError(
            path=Path(name),
            reason=("aucun fichier Markdown avec un en-tête YAML", "no Markdown file with YAML front matter"),
        )
    return table
