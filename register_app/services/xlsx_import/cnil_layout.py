"""The CNIL spreadsheet model as DPOs fill it (ODS as published, or re-saved as XLSX): the list
sheet with the organisation blocks, and every fiche sheet, assembled into a register document.
Activities are matched to the register's by reference, measures by heading and name, joint
controllers by name, so importing the same workbook twice updates instead of duplicating."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from register_app.domain.enums import ActivityRole
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.xlsx_import.annex_edits import annex_of, apply_annexes
from register_app.services.xlsx_import.cnil_example import is_example_contact, is_example_fiche, is_example_row
from register_app.services.xlsx_import.cnil_fiche import Fiche, is_fiche, read_fiche, sensitive
from register_app.services.xlsx_import.cnil_list import ListRow, ListSheet, header_row, read_list
from register_app.services.xlsx_import.linked import Linked
from register_app.services.xlsx_import.matching import as_date, key
from register_app.services.xlsx_import.reader import Workbook, cell_name
from register_app.services.xlsx_import.report import Action, Parsed

BLOCKS_FR = {"controller": "responsable du traitement", "representative": "représentant", "dpo": "DPO"}
ATTRS_FR = {"identity": "responsable du traitement", "representative": "représentant", "dpo": "DPO"}
FIELDS_FR = {"name": "nom", "address": "adresse", "postcode": "code postal", "city": "ville", "country": "pays",
             "phone": "téléphone", "email": "adresse mél"}  # fmt: skip
CONTACT_FIELDS = ("name", "address", "postcode", "city", "country", "phone", "email")
EXAMPLE_LEFT_OUT = ("left out: the CNIL model's example", "laissé de côté : l'exemple du modèle de la CNIL")


def is_cnil(book: Workbook) -> bool:
    return any(header_row(s) is not None or is_fiche(s) for s in book.sheets)


def parse_cnil(book: Workbook, existing: r.Snapshot, now: datetime | None = None) -> Parsed:
    parsed = Parsed(RegisterDocument())
    registry = Linked(existing, now or datetime.now(UTC))
    listing: ListSheet | None = None
    fiches: list[Fiche] = []
    for sheet in book.sheets:
        if listing is None and header_row(sheet) is not None:
            listing = read_list(sheet, parsed)
            _leave_out_example(parsed, listing)
        elif is_fiche(sheet) and is_example_fiche(sheet):
            parsed.note(Action.SKIP, sheet.name, "", *EXAMPLE_LEFT_OUT)
        elif is_fiche(sheet):
            fiches.append(read_fiche(sheet, parsed))
        elif sheet.cells and annex_of(sheet.name) is None:  # our workbook's annexes: `apply_annexes`
            parsed.note(Action.SKIP, sheet.name, "", "not a list or fiche sheet of the CNIL model (help, lists)",
                        "ni une liste ni une fiche du modèle de la CNIL (aide, listes)")  # fmt: skip
    rows = list(listing.rows) if listing else []
    for kind, cell in listing.not_applicable if listing else ():
        parsed.placeholder(kind, listing.sheet if listing else "", cell)
    activities: list[r.Activity] = []
    for fiche in fiches:
        if not fiche.has_content:
            parsed.note(Action.SKIP, fiche.sheet, "", "blank fiche (the model to copy): nothing to import",
                        "fiche vierge (le modèle à copier) : rien à importer")  # fmt: skip
            continue
        for kind, cell in fiche.not_applicable:
            parsed.placeholder(kind, fiche.sheet, cell)
        row = _matching_row(rows, fiche)
        activities.append(_activity(parsed, registry, fiche, row, listing))
    for row in rows:
        activities.append(_activity(parsed, registry, Fiche(listing.sheet if listing else ""), row, listing))
    _unique_references(parsed, activities)
    parsed.document = RegisterDocument(
        organisation=_organisation(parsed, existing.organisation, listing, fiches),
        controllers=tuple(registry.new_controllers), measures=tuple(registry.new_measures),
        activities=tuple(activities),
    )  # fmt: skip
    apply_annexes(book, parsed, existing)
    return parsed


def _leave_out_example(parsed: Parsed, listing: ListSheet) -> None:
    """The list sheet's example row and example actors are the model's, not the organisation's."""
    for row in [x for x in listing.rows if is_example_row(x.name, x.reference, x.created, x.updated, x.purpose)]:
        listing.rows.remove(row)
        parsed.note(Action.SKIP, listing.sheet, cell_name(row.row, 1), f"{EXAMPLE_LEFT_OUT[0]}: row '{row.name}'",
                    f"{EXAMPLE_LEFT_OUT[1]} : ligne « {row.name} »")  # fmt: skip
    for block, contact in list(listing.contacts.items()):
        if is_example_contact(contact):
            del listing.contacts[block]
            parsed.note(Action.SKIP, listing.sheet, listing.cells.get(f"{block}.last", ""),
                        f"{EXAMPLE_LEFT_OUT[0]}: {block} '{contact.name}'",
                        f"{EXAMPLE_LEFT_OUT[1]} : {BLOCKS_FR[block]} « {contact.name} »")  # fmt: skip


def _matching_row(rows: list[ListRow], fiche: Fiche) -> ListRow | None:
    for row in rows:
        if (fiche.reference and key(row.reference) == key(fiche.reference)) or (
            not fiche.reference and fiche.name and key(row.name) == key(fiche.name)
        ):
            rows.remove(row)
            return row
    return None


def _activity(
    parsed: Parsed, reg: Linked, fiche: Fiche, row: ListRow | None, listing: ListSheet | None
) -> r.Activity:
    list_sheet = listing.sheet if listing else ""
    name = fiche.name or (row.name if row else "")
    reference = (fiche.reference or (row.reference if row else "")).strip()
    if fiche.cells:
        sheet, cell = fiche.sheet, fiche.cells.get("name", "A1")
    else:
        sheet, cell = list_sheet, cell_name(row.row, 1) if row else ""
    if not name:
        name = reference or fiche.sheet
        parsed.note(Action.AMBIGUOUS, sheet, cell, f"no activity name: named '{name}' after its reference or sheet",
                    f"traitement sans nom : nommé « {name} » d'après sa référence ou sa feuille")  # fmt: skip
    purposes = list(fiche.purposes)
    if not purposes and row and row.purpose:
        purposes = [r.Purpose(description=row.purpose)]
    if row and key(row.sensitive) == "oui" and fiche.cells and not sensitive(fiche):
        parsed.note(Action.AMBIGUOUS, list_sheet, cell_name(row.row, 8),
                    "the list says 'sensitive data: yes' but the fiche ticks no sensitive category",
                    "la liste indique « données sensibles : oui » mais la fiche ne coche aucune catégorie "
                    "sensible")  # fmt: skip
    created = as_date(fiche.created) or as_date(row.created if row else None)
    updated = as_date(fiche.updated) or as_date(row.updated if row else None)
    known = reg.activity(reference, name)
    reference = reference or (known.reference if known else "")
    created = created or (known.created_at if known else reg.now)
    joint = tuple(reg.controller(c) for c in fiche.joint if c.name)
    measures = tuple(dict.fromkeys(reg.measure(h, n) for h, n, _ in fiche.measures))
    for (_, _, where), uid in zip(fiche.measures, measures, strict=False):
        parsed.where.setdefault(uid, (fiche.sheet, where))
    for i, uid in enumerate(joint):
        parsed.where.setdefault(uid, (fiche.sheet, fiche.cells.get(f"joint{i}", "")))
    activity = r.Activity(
        uid=known.uid if known else str(uuid.uuid4()), created_at=created, updated_at=updated or created,
        reference=reference, name=name, role=ActivityRole.JOINT_CONTROLLER if joint else ActivityRole.CONTROLLER,
        joint_controller_uids=joint, purposes=tuple(purposes), data_sources=tuple(fiche.sources),
        data_subjects=tuple(fiche.subjects), data_categories=tuple(fiche.categories),
        recipients=tuple(fiche.recipients), transfers=tuple(fiche.transfers), retention=tuple(fiche.retention),
        measures=tuple(r.MeasureLink(measure_uid=u) for u in measures), notes="\n".join(fiche.notes),
        **fiche.texts,
    )  # fmt: skip
    parsed.where[activity.uid] = (sheet, cell)
    _empty_lines(parsed, activity, fiche, sheet)
    return activity


def _empty_lines(parsed: Parsed, a: r.Activity, fiche: Fiche, sheet: str) -> None:
    checks = (("purposes", a.purposes, "no purpose", "aucune finalité"),
              ("categories", a.data_categories, "no data category", "aucune catégorie de données"),
              ("subjects", a.data_subjects, "no category of data subjects", "aucune catégorie de personnes"),
              ("recipients", a.recipients, "no recipient", "aucun destinataire"),
              ("categories", a.retention, "no retention period", "aucune durée de conservation"),
              ("measures", a.measures, "no security measure", "aucune mesure de sécurité"))  # fmt: skip
    for section, values, message, fr in checks:
        if not values:
            parsed.note(Action.EMPTY, sheet, fiche.sections.get(section, ""), f"{a.reference} {a.name}: {message}",
                        f"{a.reference} {a.name} : {fr}")  # fmt: skip


def _unique_references(parsed: Parsed, activities: list[r.Activity]) -> None:
    seen: set[str] = set()
    for i, a in enumerate(activities):
        if a.reference and a.reference in seen:
            sheet, cell = parsed.where.get(a.uid, ("", ""))
            parsed.note(Action.AMBIGUOUS, sheet, cell, f"reference '{a.reference}' appears twice: this one gets a "
                        "new number", f"la référence « {a.reference} » apparaît deux fois : celle-ci reçoit un "
                        "nouveau numéro")  # fmt: skip
            activities[i] = r.Activity(**{**a.__dict__, "reference": ""})
        seen.add(a.reference)


def _organisation(
    parsed: Parsed, current: r.Organisation, listing: ListSheet | None, fiches: list[Fiche]
) -> r.Organisation:
    """The register's organisation completed from the workbook: empty fields are filled, differing
    ones are kept as they are and reported."""
    merged = {}
    for block, attr in (("controller", "identity"), ("representative", "representative"), ("dpo", "dpo")):
        sources = [(listing.sheet, listing.cells, listing.contacts)] if listing else []
        sources += [(f.sheet, f.cells, f.contacts) for f in fiches]
        found = next(((s, cells, c[block]) for s, cells, c in sources if block in c), None)
        mine: r.Contact = getattr(current, attr)
        if found is None:
            merged[attr] = mine
            continue
        sheet, cells, theirs = found
        values = {}
        for f in CONTACT_FIELDS:
            old, new = getattr(mine, f), getattr(theirs, f)
            values[f] = old or new
            if old and new and key(old) != key(new):
                cell = cells.get(f"{block}.{f}", cells.get(block, ""))
                parsed.note(Action.AMBIGUOUS, sheet, cell, f"{attr} {f}: the register's '{old}' is kept, the "
                            f"workbook says '{new}'", f"{ATTRS_FR[attr]}, {FIELDS_FR[f]} : « {old} » du registre "
                            f"est gardé, le classeur indique « {new} »")  # fmt: skip
            elif new and not old:
                parsed.note(Action.UPDATE, sheet, cells.get(f"{block}.{f}", cells.get(block, "")),
                            f"organisation {attr} {f} set to '{new}'",
                            f"organisme, {ATTRS_FR[attr]}, {FIELDS_FR[f]} : « {new} »")  # fmt: skip
        merged[attr] = r.Contact(**values)
    company = (listing.dpo_company if listing else "") or next((f.dpo_company for f in fiches if f.dpo_company), "")
    return r.Organisation(**{**current.__dict__, **merged, "dpo_company": current.dpo_company or company})
