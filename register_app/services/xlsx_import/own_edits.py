"""The cells a DPO changed in a workbook this app exported: the import writes the same workbook again
from the records of its hidden identifiers sheet and compares the visible sheets cell by cell, so no
change made in Excel or LibreOffice passes unseen. Every field a list or fiche cell shows as the DPO
wrote it (`own_fiche`, `own_measures`, `own_list`) is applied, field by field, with its old and new values;
every other changed cell (a derived column, a row moved) is named by sheet and cell, not applied."""

from __future__ import annotations

import dataclasses
import io
from typing import Final

from register_app.domain.catalogues import Lang
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import IDS_SHEET, RegisterDocument
from register_app.services.placeholders import listed_places
from register_app.services.xlsx_import.annex_edits import ANNEXES, annex_of, apply_annex
from register_app.services.xlsx_import.own_fiche import fiche_targets
from register_app.services.xlsx_import.own_list import organisation_targets, row_targets
from register_app.services.xlsx_import.own_measures import measure_targets
from register_app.services.xlsx_import.own_targets import Draft, Target
from register_app.services.xlsx_import.reader import Sheet, Workbook, cell_name, one_line, same_value, xlsx_sheets
from register_app.services.xlsx_import.report import Action, ReportLine

NOT_APPLIED: Final = (
    "cells changed since the export, not applied (this import takes them from the hidden identifiers "
    "sheet; make these changes in the application): {cells}",
    "cellules modifiées depuis l'export, non appliquées (cet import les reprend de la feuille cachée des "
    "identifiants ; faites ces modifications dans l'application) : {cells}",
)

TWICE: Final = ("{label}: also changed in {first}; this cell's value is the one kept",
                "{label} : aussi modifié en {first} ; c'est la valeur de cette cellule qui est gardée")


def apply_visible_edits(
    book: Workbook, document: RegisterDocument, lang: str, fiches: dict[str, str], list_sheet: str
) -> tuple[RegisterDocument, list[ReportLine]]:
    """`document` (read from the hidden sheet) with the list and fiche sheets' edits applied, and one
    line per applied field and per sheet with other changed cells. `fiches`: fiche sheet name ->
    activity uid; `list_sheet`: the sheet with the organisation blocks and the table of activities."""
    if lang not in ("fr", "en"):
        return document, []
    language: Lang = "fr" if lang == "fr" else "en"
    snapshot = r.Snapshot(
        organisation=document.organisation, controllers=document.controllers, measures=document.measures,
        subprocessors=document.subprocessors, activities=document.activities, taken_at=book.created,
    )  # fmt: skip
    data = export_xlsx(snapshot, document.profile, language, findings=False)
    written = {sheet.name: sheet for sheet in xlsx_sheets(io.BytesIO(data), book.path) if sheet.name != IDS_SHEET}
    subprocessors = {s.uid: s for s in document.subprocessors}
    draft = Draft(document.organisation, {a.uid: a for a in document.activities}, {m.uid: m for m in document.measures})
    lines: list[ReportLine] = []
    for sheet in book.sheets:
        original = written.get(sheet.name)
        cells = _changed(original, sheet) if original is not None else []
        if original is None or not cells:
            continue
        uid, annex = fiches.get(sheet.name), annex_of(sheet.name)
        if annex in ANNEXES:
            objects = draft.measures if annex == "sheet_measures" else subprocessors
            apply_annex(original, sheet, objects, kind=annex, lang=language, lines=lines)
            continue
        targets: dict[tuple[int, int], Target] = {}
        if uid in draft.activities:
            targets = _by_row(original, fiche_targets(draft.activities[uid], document.organisation, language))
            targets |= measure_targets(original, draft.activities[uid], language)
        elif sheet.name == list_sheet:
            targets = _by_row(original, organisation_targets(document.organisation, language))
            targets |= row_targets(original, document.activities, language)
        cells = _apply(draft, targets, original, sheet, cells=cells, lines=lines)
        if cells:
            places = [cell_name(row, col) for row, col in cells]
            en, fr = (NOT_APPLIED[i].format(cells=listed_places(places, lang)) for i, lang in ((0, "en"), (1, "fr")))
            lines.append(ReportLine(Action.AMBIGUOUS, sheet.name, cell_name(*cells[0]), en, fr))
    activities = tuple(draft.activities[a.uid] for a in document.activities)
    measures = tuple(draft.measures.values())  # the register's, then those added from the catalogue
    return dataclasses.replace(document, organisation=draft.organisation, measures=measures,
                               subprocessors=tuple(subprocessors.values()), activities=activities), lines


Cells = list[tuple[int, int]]


def _by_row(sheet: Sheet, targets: dict[tuple[str, int], Target]) -> dict[tuple[int, int], Target]:
    """The targets keyed by the cell they are in: (row label, column) -> (row, column)."""
    found = {}
    for (row, col) in sorted({(row, col) for row in sheet.rows() for (label, col) in targets
                              if label == sheet.text(row, 1)}):  # fmt: skip
        found[(row, col)] = targets[(sheet.text(row, 1), col)]
    return found


def _apply(draft: Draft, targets: dict[tuple[int, int], Target], original: Sheet, edited: Sheet, *, cells: Cells,
           lines: list[ReportLine]) -> Cells:  # fmt: skip
    """Applies the edited cells to `draft`; returns the changed cells left unapplied: those whose row
    moved (its anchor cells changed too), or holds no field mapped here, or whose original text is not
    what the field says, or whose new text cannot be read."""
    left = []
    for row, col in cells:
        target = targets.get((row, col))
        new, old = edited.text(row, col), original.text(row, col)
        if target is None or not any(original.text(row, c) == edited.text(row, c) for c in target.anchors if c != col):
            left.append((row, col))
            continue
        shown = old if target.old is None else target.old.strip()
        written = all(original.text(row, c) == value.strip() for c, value in ((col, shown), *target.row))
        draft.at, draft.why, twice = f"{edited.name}!{cell_name(row, col)}", None, len(draft.twice)
        if not (written and target.put(draft, new, old)):
            if draft.why is None:
                left.append((row, col))
            else:  # the setter said why
                lines.append(ReportLine(Action.AMBIGUOUS, edited.name, cell_name(row, col), *draft.why))
            continue
        label = target.label or original.text(row, 1)
        for _, first in dict.fromkeys(draft.twice[twice:]):
            lines.append(ReportLine(Action.AMBIGUOUS, edited.name, cell_name(row, col), TWICE[0].format(
                label=label, first=first), TWICE[1].format(label=label, first=first)))  # fmt: skip
        was, now = one_line(original.get(row, col)), one_line(edited.get(row, col))
        lines.append(ReportLine(Action.UPDATE, edited.name, cell_name(row, col), f"{label}: « {was} » → « {now} »",
                                f"{label} : « {was} » → « {now} »"))  # fmt: skip
    return left


def _changed(original: Sheet, edited: Sheet) -> list[tuple[int, int]]:
    places = sorted(set(original.cells) | set(edited.cells))
    return [(row, col) for row, col in places if not same_value(original.get(row, col), edited.get(row, col))]
