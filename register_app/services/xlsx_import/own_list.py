"""The cells of our own workbook's list sheet that a DPO's edit sets: the controller's (with its SIREN),
representative's and designated DPO's contact rows, the legal form, trade names and websites, and in
the table of activities each activity's name, reference, purposes, role, status, DPIA conclusion and
(full register) notes. A table row is its activity's while its name or its reference reads as written."""

from __future__ import annotations

import dataclasses
from typing import Final

from register_app.domain.catalogues import Lang
from register_app.domain.enums import ActivityRole, ActivityStatus, DpiaConclusion
from register_app.exports.export_texts import text
from register_app.exports.xlsx.list_sheet import COLUMNS
from register_app.services import records as r
from register_app.services.xlsx_import.own_fiche import VALUE_COL, actor_targets, path_field
from register_app.services.xlsx_import.own_targets import (
    Put,
    Target,
    enum_field,
    field,
    lines,
    on_activity,
    on_organisation,
    replace_item,
)
from register_app.services.xlsx_import.reader import Sheet

COL: Final = {name: i for i, name in enumerate(COLUMNS, start=1)}
NOTES_COL: Final = len(COLUMNS) + 1  # after the model's columns and ours, in the full register


def organisation_targets(org: r.Organisation, lang: Lang) -> dict[tuple[str, int], Target]:
    """(row label, column) -> target, for the organisation blocks above the table."""
    targets = actor_targets(org, lang, first_col=VALUE_COL, contact_line=True)
    targets |= {(text(name, lang), VALUE_COL): Target(getattr(org, name), on_organisation(field(name)))
                for name in ("legal_form", "trade_names", "websites")}  # fmt: skip
    if org.siren:  # the controller's name is shown with its SIREN, which must stay
        suffix = f" ({text('siren', lang)} {org.siren})"
        targets[(text("controller", lang), 2)] = Target(org.identity.name + suffix, on_organisation(_named(suffix)),
                                                        label=f"{text('controller', lang)}, {text('name', lang)}")
    return targets


def row_targets(sheet: Sheet, activities: tuple[r.Activity, ...], lang: Lang) -> dict[tuple[int, int], Target]:
    """(row, column) -> target, for the table of activities: one row per activity in the document's order."""
    header = next((row for row in sheet.rows() if sheet.text(row, 1) == text("activity_name", lang)
                   and sheet.text(row, 2) == text("reference", lang)), None)  # fmt: skip
    if header is None:
        return {}
    targets: dict[tuple[int, int], Target] = {}
    for row, a in enumerate(activities, start=header + 1):
        columns: dict[int, tuple[str, Put]] = {
            COL["activity_name"]: ("activity_name", field("name")),
            COL["reference"]: ("reference", field("reference")),
            COL["purpose"]: ("purpose", _purposes),
            COL["role"]: ("role", enum_field("role", ActivityRole)),
            COL["status"]: ("status", enum_field("status", ActivityStatus)),
            COL["dpia_conclusion"]: ("dpia_conclusion",
                                     path_field("dpia.conclusion", enum_field("conclusion", DpiaConclusion))),
            NOTES_COL: ("block_notes", field("notes")),
        }
        for col, (name, put) in columns.items():
            anchors = (COL["activity_name"], COL["reference"])
            targets[(row, col)] = Target(None, on_activity(a.uid, put), anchors=anchors,
                                         label=f"{a.reference} {text(name, lang)}")  # fmt: skip
    return targets


def _named(suffix: str) -> Put:
    def put(org: r.Organisation, new: str, _old: str) -> r.Organisation | None:
        if not new.endswith(suffix):
            return None
        return dataclasses.replace(org, identity=dataclasses.replace(org.identity, name=new.removesuffix(suffix)))

    return put


def _purposes(a: r.Activity, new: str, old: str) -> r.Activity | None:
    """The described purposes, one a line: applied line by line while the count stays the same."""
    described = [i for i, p in enumerate(a.purposes) if p.description]
    written = lines(new)
    if len(written) != len(described) or len(lines(old)) != len(described):
        return None
    for i, description in zip(described, written, strict=True):
        a = replace_item(a, "purposes", i, description=description)
    return a

