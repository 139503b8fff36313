"""One 'fiche de registre' sheet of the CNIL model read into an activity: blocks are found by
their titles in column A, rows by their labels, so inserted or removed rows do not matter."""

from __future__ import annotations

from dataclasses import dataclass, field

from register_app.domain.catalogues import DATA_SUBJECTS, RECIPIENTS, category_regime, country_code
from register_app.domain.enums import CnilHeading
from register_app.domain.words.enum_labels import enum_texts
from register_app.services import records as r
from register_app.services.placeholders import is_tick, says_no, says_yes
from register_app.services.retention_text import read_retention
from register_app.services.xlsx_import.matching import (
    actor_name,
    category_code,
    heading,
    is_placeholder,
    is_prompt,
    key,
    match_code,
    tool_code,
)
from register_app.services.xlsx_import.reader import Sheet, cell_name
from register_app.services.xlsx_import.report import Action, Parsed

SECTIONS = {
    "description du traitement": "description", "acteurs": "actors", "finalite du traitement effectue": "purposes",
    "categories de donnees personnelles concernees": "categories", "donnees sensibles": "categories",
    "categories de personnes concernees": "subjects", "destinataires": "recipients",
    "mesures de securite": "measures", "transferts hors ue": "transfers",
}  # fmt: skip
ACTOR_KINDS = {"controller": "controller", "dpo": "DPO", "representative": "representative",
               "joint": "joint controller"}  # fmt: skip


@dataclass
class Fiche:
    """What one fiche sheet says, before it becomes records."""

    sheet: str
    cells: dict[str, str] = field(default_factory=dict)  # field -> cell it was read from
    name: str = ""
    reference: str = ""
    created: object = None
    updated: object = None
    contacts: dict[str, r.Contact] = field(default_factory=dict)  # controller, dpo, representative
    dpo_company: str = ""
    joint: list[r.Contact] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    categories: list[r.DataCategory] = field(default_factory=list)
    retention: list[r.RetentionRule] = field(default_factory=list)
    subjects: list[r.DataSubject] = field(default_factory=list)
    recipients: list[r.CodedItem] = field(default_factory=list)
    measures: list[tuple[CnilHeading, str, str]] = field(default_factory=list)  # heading, name, cell
    transfers: list[r.Transfer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)  # section -> cell of its title
    not_applicable: list[tuple[str, str]] = field(default_factory=list)  # kind of field, cell

    @property
    def has_content(self) -> bool:
        return bool(self.name or self.purposes or self.categories or self.subjects or self.recipients
                    or self.measures or self.transfers)  # fmt: skip


def is_fiche(sheet: Sheet) -> bool:
    labels = {key(sheet.text(row, 1)) for row in sheet.rows()}
    return "nom du traitement" in labels and "acteurs" in labels


def _join(fiche: Fiche, sheet: Sheet, row: int, cols: tuple[int, int], kind: str, *, ticks: bool = False) -> str:
    """The cells' text; a 'not applicable' value counts as empty and is remembered under `kind`. With
    `ticks` (a yes/no column), an 'X' is kept: it ticks the row."""
    parts = []
    for col in range(cols[0], cols[1] + 1):
        text = sheet.text(row, col)
        tick = ticks and is_tick(text)
        if text and not is_prompt(text) and is_placeholder(text) and not tick:
            fiche.not_applicable.append((kind, cell_name(row, col)))
        elif text and not is_prompt(text):
            parts.append(text)
    return "\n".join(parts)


def read_fiche(sheet: Sheet, parsed: Parsed) -> Fiche:
    fiche = Fiche(sheet.name)
    section = ""
    for row in sheet.rows():
        label = key(sheet.text(row, 1))
        if label in SECTIONS:
            section = SECTIONS[label]
            fiche.sections.setdefault(section, cell_name(row, 1))
            continue
        if label and section:
            READERS[section](fiche, sheet, row, label, parsed)
    return fiche


def _description(fiche: Fiche, sheet: Sheet, row: int, label: str, _parsed: Parsed) -> None:
    value, where = sheet.get(row, 2), cell_name(row, 2)
    if label == "nom du traitement":
        fiche.name, fiche.cells["name"] = sheet.text(row, 2), where
    elif label.startswith("n°") or label.startswith("no "):
        fiche.reference, fiche.cells["reference"] = sheet.text(row, 2), where
    elif "creation" in label:
        fiche.created, fiche.cells["created"] = value, where
    elif "mise a jour" in label:
        fiche.updated, fiche.cells["updated"] = value, where


def contact_of(fiche: Fiche, sheet: Sheet, row: int, parsed: Parsed, kind: str) -> r.Contact:
    name, address, postcode, city, country, phone, email = (_join(fiche, sheet, row, (c, c), kind)
                                                            for c in range(2, 9))  # fmt: skip
    name = actor_name(name)
    code = country_code(country, organisations=False) if country else ""
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 6),
                    f"country '{country}' not recognised: kept in the address")  # fmt: skip
        address, code = "\n".join(x for x in (address, country) if x), ""
    return r.Contact(name=name, address=address, postcode=postcode, city=city, country=code, phone=phone, email=email)


def _actors(fiche: Fiche, sheet: Sheet, row: int, label: str, parsed: Parsed) -> None:
    if label.startswith("societe"):
        fiche.dpo_company = actor_name(_join(fiche, sheet, row, (2, 8), "DPO"))
        fiche.cells["dpo_company"] = cell_name(row, 2)
        return
    role = ("joint" if "conjoint" in label else "dpo" if "delegue" in label or "dpo" in label
            else "representative" if label.startswith("representant") else "controller")  # fmt: skip
    contact = contact_of(fiche, sheet, row, parsed, ACTOR_KINDS[role])
    if contact == r.Contact():
        return
    if role == "joint":
        fiche.joint.append(contact)
        fiche.cells[f"joint{len(fiche.joint) - 1}"] = cell_name(row, 2)
    else:
        fiche.contacts[role], fiche.cells[role] = contact, cell_name(row, 2)


def _purposes(fiche: Fiche, sheet: Sheet, row: int, _label: str, _parsed: Parsed) -> None:
    text = _join(fiche, sheet, row, (2, 8), "purpose")
    if text:
        fiche.purposes.append(text)


def _categories(fiche: Fiche, sheet: Sheet, row: int, label: str, parsed: Parsed) -> None:
    code = category_code(sheet.text(row, 1))
    kind = "sensitive data" if code and category_regime(code) != "standard" else "data category"
    description = _join(fiche, sheet, row, (2, 4), kind, ticks=True)
    if description and says_no(description):  # 'Non' where yes or a description is expected
        fiche.not_applicable.append((kind, cell_name(row, 2)))
        return
    ticked = says_yes(description)  # 'Oui' alone: the category, without a description
    description = "" if ticked else description
    retention = _join(fiche, sheet, row, (5, 8), "retention period")
    if not (description or retention or ticked):
        return
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 1),
                    f"'{sheet.text(row, 1)}' is not a CNIL data category: filed under 'other categories'")  # fmt: skip
        code, description = "other", f"{sheet.text(row, 1)} : {description}".strip(" :")
    existing = next((c for c in fiche.categories if c.code == code), None)
    if existing is not None:
        fiche.categories.remove(existing)
        description = "\n".join(x for x in (existing.description, description) if x)
    fiche.categories.append(r.DataCategory(code=code, description=description))
    if retention:
        fiche.retention.append(_retention(code, retention, sheet.name, cell_name(row, 5), parsed))


def _retention(code: str, text: str, sheet: str, cell: str, parsed: Parsed) -> r.RetentionRule:
    """The DPO's retention text, kept as written, and the duration and start event it counts, where it
    counts one ("5 ans à compter de la fin du contrat"): what the DPO wrote, in the register's fields."""
    read = read_retention(text)
    if read.duration is None:
        return r.RetentionRule(category=code, criterion=text)
    start = f" from '{read.start_event}'" if read.start_event else ""
    parsed.note(Action.AMBIGUOUS, sheet, cell,
                f"retention '{text}' read as {read.duration.value} {read.duration.unit.value}{start}")  # fmt: skip
    return r.RetentionRule(category=code, criterion=text, active=read.duration, start_event=read.start_event)


def _coded(fiche: Fiche, sheet: Sheet, row: int, parsed: Parsed, name: str) -> r.CodedItem | None:
    what = "data subjects" if name == DATA_SUBJECTS else "recipient"
    kind, precision = _join(fiche, sheet, row, (2, 4), what), _join(fiche, sheet, row, (5, 8), what)
    if not (kind or precision):
        return None
    code = match_code(name, kind) if kind else None
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 2),
                    f"'{kind}' is not in the list: recorded as 'other' with the text as precision")  # fmt: skip
        code, precision = "other", " — ".join(x for x in (kind, precision) if x)
    return r.CodedItem(code=code, precision=precision)


def _merge(items: list[r.CodedItem], item: r.CodedItem) -> list[r.CodedItem]:
    same = next((x for x in items if x.code == item.code), None)
    if same is None:
        return [*items, item]
    merged = r.CodedItem(code=item.code, precision="\n".join(x for x in (same.precision, item.precision) if x))
    return [merged if x is same else x for x in items]


def _subjects(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    item = _coded(fiche, sheet, row, parsed, DATA_SUBJECTS)
    if item is not None:
        merged = _merge([r.CodedItem(code=s.code, precision=s.precision) for s in fiche.subjects], item)
        fiche.subjects = [r.DataSubject(code=x.code, precision=x.precision) for x in merged]


def _recipients(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    item = _coded(fiche, sheet, row, parsed, RECIPIENTS)
    if item is not None:
        fiche.recipients = _merge(fiche.recipients, item)


def _measures(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    kind, precision = (_join(fiche, sheet, row, (2, 4), "security measure"),
                       _join(fiche, sheet, row, (5, 8), "security measure"))  # fmt: skip
    if not (kind or precision):
        return
    found = heading(kind) if kind else None
    if found is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 2),
                    f"'{kind}' is not one of the seven CNIL headings: filed under 'other measures'")  # fmt: skip
        found, precision = CnilHeading.OTHER, " — ".join(x for x in (kind, precision) if x)
    fiche.measures.append((found, precision or enum_texts(found)[0], cell_name(row, 2)))


def _transfers(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    recipient, country, tool_text, docs = (
        _join(fiche, sheet, row, (2, 2), "transfer"), _join(fiche, sheet, row, (3, 3), "country"),
        _join(fiche, sheet, row, (4, 5), "transfer"), _join(fiche, sheet, row, (6, 8), "transfer"))  # fmt: skip
    if not (recipient or country or tool_text or docs):
        return
    code = country_code(country) if country else None
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 3), f"country '{country}' not recognised: this "
                    "transfer is kept in the activity's notes, record it again with its country")  # fmt: skip
        fiche.notes.append(" — ".join(x for x in (recipient, country, tool_text, docs) if x))
        return
    tool = tool_code(tool_text) if tool_text else None
    if tool_text and tool is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 4), f"safeguard '{tool_text}' is not a current "
                    "transfer tool (Privacy Shield was invalidated in 2020): kept as detail; choose one")  # fmt: skip
    fiche.transfers.append(r.Transfer(recipient=recipient, country=code, tool=tool,
                                      tool_detail=tool_text if tool is None else "", documentation=docs))  # fmt: skip


READERS = {
    "description": _description, "actors": _actors, "purposes": _purposes, "categories": _categories,
    "subjects": _subjects, "recipients": _recipients, "measures": _measures, "transfers": _transfers,
}  # fmt: skip


def sensitive(fiche: Fiche) -> bool:
    return any(category_regime(c.code) != "standard" for c in fiche.categories)

