"""The plan of a mapped import: the source read as a table, the mapping (given, or proposed from its
headers) applied to every row, and the report saying which columns were used and which ignored, so
it goes through the same plan -> apply path as every import."""

from __future__ import annotations

from pathlib import Path

from register_app.domain.words.enum_labels import in_sentence
from register_app.services import records as r
from register_app.services.mapped_import.fields import IGNORE, field_label
from register_app.services.mapped_import.mapping import PROPOSED, Mapping, propose
from register_app.services.mapped_import.rows import read_rows
from register_app.services.mapped_import.sources import Table, read_table
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import ImportPlan, plan_from_parsed
from register_app.services.xlsx_import.report import Action, ReportLine
from register_app.store.register_file import RegisterFile


def mapping_for(table: Table, mapping: Mapping | None) -> Mapping:
    """The mapping spelled with the table's columns: the one given, or the one its headers propose."""
    return (mapping or propose(table.columns)).for_columns(table.columns)


def plan_mapped_import(register: RegisterFile, path: Path, mapping: Mapping | None = None) -> ImportPlan:
    """Read `path` (a spreadsheet, CSV, JSON list, Markdown file or folder) through `mapping`, or the
    mapping its headers propose; writes nothing."""
    table = read_table(path, sheet=mapping.sheet if mapping else "")
    used = mapping_for(table, mapping)
    existing = take_snapshot(register)
    parsed = read_rows(table, used, existing)
    return plan_from_parsed(path, "mapped", parsed, existing, _column_lines(table, used), mapping=used)


def _column_lines(table: Table, mapping: Mapping) -> list[ReportLine]:
    """Which columns the mapping uses, and for what, and which it ignores, in English and French."""
    how = ("mapping", "association")
    if mapping.name:
        how = (f"mapping '{mapping.name}'", f"association « {mapping.name} »")
    if mapping.name == PROPOSED:
        how = (how[0], "association proposée d'après les en-têtes")
    used = [(c, field_label(f)) for c, f in mapping.columns.items() if f != IGNORE]
    en = ", ".join(f"'{c}' -> {label[1].lower()}" for c, label in used) or "none"
    fr = ", ".join(f"« {c} » → {in_sentence(label[0])}" for c, label in used) or "aucune"
    lines = [ReportLine(Action.AMBIGUOUS, table.name, "", f"{how[0]}, columns used: {en}",
                        f"{how[1]}, colonnes utilisées : {fr}")]  # fmt: skip
    ignored = [c for c, f in mapping.columns.items() if f == IGNORE]
    if ignored:
        lines.append(ReportLine(Action.SKIP, table.name, "", "columns ignored: " + ", ".join(f"'{c}'" for c in ignored),
                                f"colonnes ignorées : {', '.join(f'« {c} »' for c in ignored)}"))  # fmt: skip
    if not used:
        lines.append(ReportLine(Action.ERROR, table.name, "", "no column is mapped to an activity field",
                                "aucune colonne n'est associée à un champ du traitement"))  # fmt: skip
    return lines


def read_source(path: Path, mapping: Mapping | None = None) -> tuple[Table, Mapping]:
    """The source's table and the mapping to start from (the one given, or the proposed one): what the
    mapping step shows before anything is planned."""
    table = read_table(path, sheet=mapping.sheet if mapping else "")
    return table, mapping_for(table, mapping)


def preview_activities(table: Table, mapping: Mapping, limit: int = 5) -> list[r.Activity]:
    """The first rows as they would import into an empty register: the mapping step's live preview."""
    first = Table(table.kind, table.name, table.columns, table.rows[:limit])
    return list(read_rows(first, mapping.for_columns(table.columns), r.Snapshot(organisation=r.Organisation()))
                .document.activities)  # fmt: skip
