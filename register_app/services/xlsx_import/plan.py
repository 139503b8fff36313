"""The two steps of a workbook import, for the CLI and the desktop wizard: `plan_workbook_import`
reads the file and says what would be created, updated, interpreted or left empty, with sheet and
cell; `apply_import` then writes it all in one transaction, or nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from register_app.domain.words.fields import field_text
from register_app.domain.words.language import Text
from register_app.domain.words.severities import kind_word
from register_app.errors import ImportFailed, UserError
from register_app.services import records as r
from register_app.services.aggregate_writes import unchanged
from register_app.services.document import FORMAT, RegisterDocument
from register_app.services.interchange import (
    ImportSummary,
    import_document,
    import_summary,
    parse_document,
    prepare_document,
)
from register_app.services.placeholders import listed_places
from register_app.services.snapshot import take_snapshot
from register_app.services.validation import (
    Issue,
    validate_activity,
    validate_controller,
    validate_measure,
    validate_organisation,
    validate_subprocessor,
)
from register_app.services.xlsx_import.cnil_layout import is_cnil, parse_cnil
from register_app.services.xlsx_import.own_layout import own_sheet, parse_own
from register_app.services.xlsx_import.reader import Workbook, cell_name, read_workbook
from register_app.services.xlsx_import.report import Action, Parsed, ReportLine
from register_app.store.register_file import RegisterFile

if TYPE_CHECKING:
    from register_app.services.mapped_import.mapping import Mapping

# Sources only a mapping can read (a folder is one too: Markdown files).
MAPPED_SUFFIXES = (".csv", ".tsv", ".md", ".markdown")


class UnknownLayoutError(UserError):
    """{path} is a workbook, but neither the CNIL register model nor a register exported by this application."""

    fr = ("{path} est un classeur, mais ni le modèle de registre de la CNIL ni un registre exporté par cette "
          "application.")  # fmt: skip


@dataclass(frozen=True)
class ImportPlan:
    source: Path
    layout: str  # "cnil", "register_app" (our workbook), "json" or "mapped" (any table, through `mapping`)
    document: RegisterDocument
    lines: tuple[ReportLine, ...]
    mapping: Mapping | None = None
    lang: str = ""  # the language our own workbook was exported in ('' for another source)

    @property
    def ok(self) -> bool:
        return not any(line.action is Action.ERROR for line in self.lines)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def contents(self) -> tuple[int, int, int, int]:
        """How many activities, subprocessors, measures and other controllers the source holds."""
        doc = self.document
        return len(doc.activities), len(doc.subprocessors), len(doc.measures), len(doc.controllers)

    @property
    def importable(self) -> bool:
        """Whether applying the plan would bring anything in: no error, and something to import."""
        return self.ok and any(self.contents)


def plan_workbook_import(register: RegisterFile, path: Path) -> ImportPlan:
    """Read and check a workbook against the register; writes nothing. Raises a UserError when the
    file cannot be read at all (not a workbook, password-protected, too large, unknown layout)."""
    book = read_workbook(path)
    existing = take_snapshot(register)
    sheet = own_sheet(book)
    if sheet is not None:
        parsed, layout = parse_own(book, sheet, existing), "register_app"
    elif is_cnil(book):
        parsed, layout = parse_cnil(book, existing), "cnil"
    else:
        raise UnknownLayoutError(path=path)
    lines = [*_object_lines(parsed, existing), *parsed.lines, *parsed.not_applicable_lines(),
             *_validation_lines(parsed, existing), *_runnable_lines(book)]  # fmt: skip
    lang = sheet.text(1, 4) if sheet is not None and sheet.text(1, 4) in ("fr", "en") else ""
    return ImportPlan(path, layout, parsed.document, tuple(lines), lang=lang)


def plan_json_import(register: RegisterFile, path: Path) -> ImportPlan:
    """Read a JSON register document and say what importing it would do; writes nothing. Raises
    ImportFailed when the document's structure is wrong (not JSON, another format, bad fields)."""
    parsed = Parsed(RegisterDocument())
    document = parse_document(path.read_bytes(), notes=parsed)
    parsed.document, errors = prepare_document(register, document)
    lines = [*_object_lines(parsed, take_snapshot(register)), *parsed.not_applicable_lines()]
    lines += [ReportLine(Action.ERROR, "", error.path, error.words[1], error.words[0]) for error in errors]
    return ImportPlan(path, "json", parsed.document, tuple(lines))


def plan_from_parsed(path: Path, layout: str, parsed: Parsed, existing: r.Snapshot, notes: list[ReportLine], *,
                     mapping: Mapping | None = None) -> ImportPlan:  # fmt: skip
    """The plan of a document another reader built (`mapped_import`) against the register's snapshot
    `existing`, checked as a workbook's is."""
    lines = [*_object_lines(parsed, existing), *notes, *parsed.lines, *parsed.not_applicable_lines(),
             *_validation_lines(parsed, existing)]  # fmt: skip
    return ImportPlan(path, layout, parsed.document, tuple(lines), mapping)


def needs_mapping(path: Path) -> bool:
    """Whether `path` is none of the layouts read as they are (our JSON document, our workbook, the CNIL
    model), so that only a mapping of its columns can bring it in."""
    if path.is_dir() or path.suffix.lower() in MAPPED_SUFFIXES:
        return True
    if path.suffix.lower() == ".json":
        with path.open("rb") as file:
            head = file.read(4096).decode("utf-8-sig", errors="replace").lstrip()
        return not head.startswith("{") or FORMAT not in head  # our document names its format first
    try:
        book = read_workbook(path)
    except UserError:
        return False  # the workbook importer says why it cannot be read
    return own_sheet(book) is None and not is_cnil(book)


def plan_import(register: RegisterFile, path: Path, *, mapping: Mapping | None = None) -> ImportPlan:
    """The plan of importing `path`: a JSON document (.json), a workbook (.xlsx, .ods) of a known layout,
    or, through `mapping` (or the mapping its headers propose), any table, JSON list or Markdown folder."""
    if mapping is not None or needs_mapping(path):
        from register_app.services.mapped_import.plan import plan_mapped_import

        return plan_mapped_import(register, path, mapping)
    return plan_json_import(register, path) if path.suffix.lower() == ".json" else plan_workbook_import(register, path)


def apply_import(register: RegisterFile, plan: ImportPlan) -> ImportSummary:
    """Write the planned document in one transaction; nothing is written if anything fails."""
    if not plan.ok:
        errors: list[Text] = [(line.text("fr"), line.text("en")) for line in plan.lines if line.action is Action.ERROR]
        raise ImportFailed(errors, summary=import_summary(errors, "document" if plan.layout == "json" else "workbook"))
    return import_document(register, plan.document)


# The CNIL model's own formulas: its help links to cnil.fr and the fiche's copy of its reference
# (H1 = B5). Every filled-in model has them; naming them would only hide the DPO's own.
MODEL_FORMULA = re.compile(r'^=\s*(HYPERLINK\("https://www\.cnil\.fr/[^"]*";"[^"]*"\)|\[?\.?\$?B\$?5\]?)$', re.I)


def _runnable_lines(book: Workbook) -> list[ReportLine]:
    """What a spreadsheet would run, named so the DPO checks it: formulas and DDE strings (read as their
    text), macros (left out)."""
    lines = []
    for sheet in book.sheets:
        own = [(row, col) for row, col in sheet.formulas if not MODEL_FORMULA.match(sheet.text(row, col))]
        if own:
            own_cells = [cell_name(row, col) for row, col in own]
            cells = listed_places(own_cells)
            lines.append(ReportLine(Action.AMBIGUOUS, sheet.name, "", f"formulas or commands (DDE) read as their text, "
                                    f"never evaluated: {cells}", "formules ou commandes (DDE) lues comme du texte, "
                                    f"jamais calculées : {listed_places(own_cells, 'fr')}"))  # fmt: skip
    if book.macros:
        lines.append(ReportLine(Action.SKIP, "", "", f"macros left out, never run: {', '.join(book.macros)}",
                                f"macros laissées de côté, jamais exécutées : {', '.join(book.macros)}"))  # fmt: skip
    return lines


def _kinds(doc: RegisterDocument) -> list[tuple[str, Any, tuple[Any, ...]]]:
    return [("controller", validate_controller, doc.controllers), ("measure", validate_measure, doc.measures),
            ("subprocessor", validate_subprocessor, doc.subprocessors),
            ("activity", validate_activity, doc.activities)]  # fmt: skip


def _label(item: Any) -> str:
    if isinstance(item, r.Activity):
        return f"{item.reference} {item.name}".strip()
    return str(item.contact.name if isinstance(item, r.Controller) else item.name)


# Each kind of object, in French: a new one, one updated.
KINDS_FR = {"controller": ("nouveau responsable du traitement tiers", "responsable du traitement tiers mis à jour"),
            "measure": ("nouvelle mesure", "mesure mise à jour"),
            "subprocessor": ("nouveau sous-traitant", "sous-traitant mis à jour"),
            "activity": ("nouveau traitement", "traitement mis à jour")}  # fmt: skip


def _object_lines(parsed: Parsed, existing: r.Snapshot) -> list[ReportLine]:
    doc = parsed.document
    objects: tuple[Any, ...] = (*existing.controllers, *existing.measures, *existing.subprocessors,
                                *existing.activities)  # fmt: skip
    known: dict[str, Any] = {x.uid: x for x in objects}
    by_code = {m.catalogue_code: m for m in existing.measures if m.catalogue_code}
    lines = []
    for kind, _, items in _kinds(doc):
        for item in items:
            sheet, cell = parsed.where.get(item.uid, ("", ""))
            old = known.get(item.uid) or (by_code.get(item.catalogue_code) if kind == "measure" else None)
            new, updated = KINDS_FR[kind]
            if old is None:
                lines.append(ReportLine(Action.CREATE, sheet, cell, f"new {kind}: {_label(item)}",
                                        f"{new} : {_label(item)}"))  # fmt: skip
            elif not unchanged(old, item):
                lines.append(ReportLine(Action.UPDATE, sheet, cell, f"{kind} updated: {_label(item)}",
                                        f"{updated} : {_label(item)}"))  # fmt: skip
    return lines


def _validation_lines(parsed: Parsed, existing: r.Snapshot) -> list[ReportLine]:
    doc = parsed.document
    lines: list[ReportLine] = []

    def add(item_uid: str, kind: str, label: str, issues: list[Issue]) -> None:
        sheet, cell = parsed.where.get(item_uid, ("", ""))
        fr = f"{kind_word(kind, 'fr')} {label}".strip()
        lines.extend(ReportLine(Action.ERROR, sheet, cell, f"{f'{kind} {label}'.strip()}: {i.field}: {i.message('en')}",
                                f"{fr} : {field_text(i.field, 'fr')} : {i.message('fr')}") for i in issues)  # fmt: skip

    add("organisation", "organisation", "", validate_organisation(doc.organisation))
    for kind, validate, items in _kinds(doc):
        for item in items:
            add(item.uid, kind, _label(item), validate(item))
    taken = {a.reference: a.uid for a in existing.activities}
    for a in doc.activities:
        if a.reference and taken.get(a.reference, a.uid) != a.uid:
            sheet, cell = parsed.where.get(a.uid, ("", ""))
            lines.append(ReportLine(Action.ERROR, sheet, cell, f"reference '{a.reference}' is already used by another "
                                    f"activity", f"la référence « {a.reference} » est déjà celle d'un autre "
                                    "traitement"))  # fmt: skip
    return lines
