"""Reading an exported workbook back the way a user would see it."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any
from xml.etree import ElementTree

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet


def load(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def load_values(data: bytes) -> Any:
    """The workbook's cells and sheets without their formatting (openpyxl's read-only mode): for a
    test that reads only values, a second where `load` takes seconds binding the merged ranges."""
    return openpyxl.load_workbook(io.BytesIO(data), read_only=True)


def rows(ws: Worksheet) -> list[list[Any]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def row_of(ws: Worksheet, label: str, col: int = 1) -> list[Any]:
    """The first row whose cell in `col` equals `label`, as values."""
    for row in ws.iter_rows():
        if row[col - 1].value == label:
            return [c.value for c in row]
    raise AssertionError(f"no row labelled {label!r} in {ws.title}")


def texts(book: Any, *, visible_only: bool = True) -> str:
    return "\n".join(str(c.value) for ws in book.worksheets if not visible_only or ws.sheet_state == "visible"
                     for row in ws.iter_rows() for c in row if c.value is not None)  # fmt: skip


def xml_parts(data: bytes) -> dict[str, str | bytes]:
    """Every part of a workbook, the XML ones in canonical form (C14N 2.0): the document itself,
    however the serialiser spelt it (`<a/>` or `<a />`, `é` or `&#233;`, attributes in any order).
    The time of saving is left out."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, str | bytes] = {}
    for name in archive.namelist():
        part = archive.read(name)
        if name.endswith((".xml", ".rels")):
            part = re.sub(rb"<dcterms:modified.*?</dcterms:modified>", b"", part)
            parts[name] = ElementTree.canonicalize(part.decode("utf-8"), rewrite_prefixes=True)
        else:
            parts[name] = part
    return parts
