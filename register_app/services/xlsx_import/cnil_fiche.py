"""One 'fiche de registre' sheet of the CNIL model read into an activity: blocks are found by
their titles in column A, rows by their labels, so inserted or removed rows do not matter. The fiches
of our own workbook follow the model's layout with our labels, in French or English (`exports.export_texts`):
they are read the same way, with the columns their block titles' rows name (legal basis, transfers)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from register_app.domain.catalogues import DATA_SOURCES, DATA_SUBJECTS, RECIPIENTS, category_regime, country_code
from register_app.domain.enums import CnilHeading
from register_app.domain.words.enum_labels import UNITS, enum_texts
from register_app.exports.export_texts import text
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
from register_app.services.xlsx_import.own_targets import basis_cell, labelled_any
from register_app.services.xlsx_import.reader import Sheet, cell_name
from register_app.services.xlsx_import.report import Action, Parsed

SECTIONS = {
    "description du traitement": "description", "acteurs": "actors", "finalite du traitement effectue": "purposes",
    "categories de donnees personnelles concernees": "categories", "donnees sensibles": "categories",
    "categories de personnes concernees": "subjects", "destinataires": "recipients",
    "mesures de securite": "measures", "transferts hors ue": "transfers",
}  # fmt: skip
MAX_DURATION = 1000  # what the register accepts (`validation`); a larger number is kept as text only
# Our workbook's block titles, in French and English, and the section each opens ('skip': not read).
OWN_SECTIONS = {"block_description": "description", "block_actors": "actors", "block_purposes": "purposes",
                "block_categories": "categories", "block_sensitive": "categories", "block_subjects": "subjects",
                "block_sources": "sources", "block_recipients": "recipients", "block_measures": "measures",
                "block_transfers": "transfers", "block_dpia": "skip", "block_notes": "notes"}  # fmt: skip
# Our fiche's rows of free text: label -> the activity's field.
OWN_TEXTS = {"description": "description", "department": "department", "software": "software",
             "art9_condition": "art9_justification", "art10_justification": "art10_justification",
             "nir_justification": "nir_justification"}  # fmt: skip


def ours(*label_keys: str) -> set[str]:
    """Our workbook's labels, in French and English, as `key` compares them."""
    return {key(text(k, lang)) for k in label_keys for lang in ("fr", "en")}


SECTIONS |= {label: section for name, section in OWN_SECTIONS.items() for label in ours(name)}
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
    purposes: list[r.Purpose] = field(default_factory=list)
    categories: list[r.DataCategory] = field(default_factory=list)
    retention: list[r.RetentionRule] = field(default_factory=list)
    subjects: list[r.DataSubject] = field(default_factory=list)
    recipients: list[r.CodedItem] = field(default_factory=list)
    measures: list[tuple[CnilHeading, str, str]] = field(default_factory=list)  # heading, name, cell
    transfers: list[r.Transfer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)  # section -> cell of its title
    headers: dict[str, dict[int, str]] = field(default_factory=dict)  # section -> its title row's column headers
    texts: dict[str, Any] = field(default_factory=dict)  # the activity's text fields our fiche shows
    sources: list[r.CodedItem] = field(default_factory=list)
    not_applicable: list[tuple[str, str]] = field(default_factory=list)  # kind of field, cell

    @property
    def has_content(self) -> bool:
        return bool(self.name or self.purposes or self.categories or self.subjects or self.recipients
                    or self.measures or self.transfers)  # fmt: skip


def is_fiche(sheet: Sheet) -> bool:
    labels = {key(sheet.text(row, 1)) for row in sheet.rows()}
    return bool(labels & {"nom du traitement", *ours("name_acronym")} and labels & {"acteurs", *ours("block_actors")})


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
        if label in SECTIONS and not (SECTIONS[label] == section == "notes"):  # our notes: title, then row
            section = SECTIONS[label]
            fiche.sections.setdefault(section, cell_name(row, 1))
            fiche.headers.setdefault(section, {c: key(sheet.text(row, c)) for c in range(2, 9) if sheet.text(row, c)})
            continue
        if label and section:
            READERS[section](fiche, sheet, row, label, parsed)
    if "skip" in fiche.sections:
        parsed.note(Action.SKIP, sheet.name, fiche.sections["skip"], "DPIA block not imported: record it again",
                    "bloc AIPD non importé : saisissez-le à nouveau")  # fmt: skip
    return fiche


def _description(fiche: Fiche, sheet: Sheet, row: int, label: str, _parsed: Parsed) -> None:
    value, where = sheet.get(row, 2), cell_name(row, 2)
    if label == "nom du traitement" or label in ours("name_acronym"):
        fiche.name, fiche.cells["name"] = sheet.text(row, 2), where
    elif label.startswith("n°") or label.startswith("no "):
        fiche.reference, fiche.cells["reference"] = sheet.text(row, 2), where
    elif "creation" in label or label in ours("created"):
        fiche.created, fiche.cells["created"] = value, where
    elif "mise a jour" in label or label in ours("updated"):
        fiche.updated, fiche.cells["updated"] = value, where
    else:
        _own_text(fiche, sheet, row, label)


def _own_text(fiche: Fiche, sheet: Sheet, row: int, label: str) -> None:
    """A row of free text of our own fiche (description, department…), kept in its field."""
    name = next((name for k, name in OWN_TEXTS.items() if label in ours(k)), None)
    if name is not None and sheet.text(row, 2):
        fiche.texts[name] = sheet.text(row, 2)


def contact_of(fiche: Fiche, sheet: Sheet, row: int, parsed: Parsed, kind: str) -> r.Contact:
    name, address, postcode, city, country, phone, email = (_join(fiche, sheet, row, (c, c), kind)
                                                            for c in range(2, 9))  # fmt: skip
    name = actor_name(name)
    code = country_code(country, organisations=False) if country else ""
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 6),
                    f"country '{country}' not recognised: kept in the address",
                    f"pays « {country} » non reconnu : gardé dans l'adresse")  # fmt: skip
        address, code = "\n".join(x for x in (address, country) if x), ""
    return r.Contact(name=name, address=address, postcode=postcode, city=city, country=code, phone=phone, email=email)


def _actors(fiche: Fiche, sheet: Sheet, row: int, label: str, parsed: Parsed) -> None:
    if label.startswith(("societe", "company")):
        fiche.dpo_company = actor_name(_join(fiche, sheet, row, (2, 8), "DPO"))
        fiche.cells["dpo_company"] = cell_name(row, 2)
        return
    role = ("joint" if "conjoint" in label or "joint" in label
            else "dpo" if "delegue" in label or "dpo" in label or label in ours("dpo")
            else "representative" if label.startswith(("representant", "representative"))
            else "controller")  # fmt: skip
    contact = contact_of(fiche, sheet, row, parsed, ACTOR_KINDS[role])
    if role == "dpo":  # our workbook writes the DPO's title under the name
        contact = dataclasses.replace(contact, name=contact.name.partition("\n")[0].strip())
    if contact == r.Contact():
        return
    if role == "joint":
        fiche.joint.append(contact)
        fiche.cells[f"joint{len(fiche.joint) - 1}"] = cell_name(row, 2)
    else:
        fiche.contacts[role], fiche.cells[role] = contact, cell_name(row, 2)


def _purposes(fiche: Fiche, sheet: Sheet, row: int, _label: str, _parsed: Parsed) -> None:
    """The purpose (columns B to H), or in our fiche the purpose (B to D) and its legal basis (E to H)."""
    basis_col = next((c for c, h in fiche.headers.get("purposes", {}).items() if h in ours("legal_basis")), None)
    description = _join(fiche, sheet, row, (2, (basis_col or 9) - 1), "purpose")
    if basis_col is None:
        if description:
            fiche.purposes.append(r.Purpose(description=description))
        return
    read = basis_cell(_join(fiche, sheet, row, (basis_col, 8), "legal basis"))
    if description or read.basis or read.notes:
        fiche.purposes.append(r.Purpose(description=description, legal_basis=read.basis,
                                        legitimate_interest=read.interest, legal_basis_note="\n".join(read.notes),
                                        balancing_test=read.balancing))  # fmt: skip


def _categories(fiche: Fiche, sheet: Sheet, row: int, label: str, parsed: Parsed) -> None:
    if label in ours(*OWN_TEXTS):  # our fiche's Art. 9, Art. 10 and NIR rows
        _own_text(fiche, sheet, row, label)
        return
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
                    f"'{sheet.text(row, 1)}' is not a CNIL data category: filed under 'other categories'",
                    f"« {sheet.text(row, 1)} » n'est pas une catégorie de données de la CNIL : classée dans « autres "
                    "catégories »")  # fmt: skip
        code, description = "other", f"{sheet.text(row, 1)} : {description}".strip(" :")
    existing = next((c for c in fiche.categories if c.code == code), None)
    if existing is not None:
        fiche.categories.remove(existing)
        description = "\n".join(x for x in (existing.description, description) if x)
    fiche.categories.append(r.DataCategory(code=code, description=description))
    if retention:
        fiche.retention.append(_retention(code, retention, sheet.name, cell_name(row, 5), parsed))


def _retention(code: str, text: str, sheet: str, cell: str, parsed: Parsed) -> r.RetentionRule:
    """`retention_rule`, the duration it counted (if any) noted for the DPO to check."""
    rule = retention_rule(code, text)
    if rule.active is not None:
        start = f" from '{rule.start_event}'" if rule.start_event else ""
        unit = UNITS[rule.active.unit][0][rule.active.value > 1]
        fr_start = f" à compter de « {rule.start_event} »" if rule.start_event else ""
        parsed.note(Action.AMBIGUOUS, sheet, cell,
                    f"retention '{text}' read as {rule.active.value} {rule.active.unit.value}{start}",
                    f"durée de conservation « {text} » lue comme {rule.active.value} {unit}{fr_start}")  # fmt: skip
    return rule


def retention_rule(code: str, text: str) -> r.RetentionRule:
    """The DPO's retention text, kept as written, and the duration and start event it counts, where it
    counts one ("5 ans à compter de la fin du contrat"): what the DPO wrote, in the register's fields."""
    read = read_retention(text)
    if read.duration is None or not 1 <= read.duration.value <= MAX_DURATION:
        return r.RetentionRule(category=code, criterion=text)
    return r.RetentionRule(category=code, criterion=text, active=read.duration, start_event=read.start_event)


def _coded(fiche: Fiche, sheet: Sheet, row: int, parsed: Parsed, name: str) -> r.CodedItem | None:
    what = {DATA_SUBJECTS: "data subjects", DATA_SOURCES: "data source"}.get(name, "recipient")
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
    """A category of data subjects; our fiche writes its estimated number under the precision."""
    item = _coded(fiche, sheet, row, parsed, DATA_SUBJECTS)
    if item is None:
        return
    counts = {s.code: s.estimated_count for s in fiche.subjects}
    precision = []
    for line in item.precision.split("\n"):
        count = labelled_any(line, "estimated_count")
        if count is not None and count.replace(" ", "").isdigit():
            counts[item.code] = int(count.replace(" ", ""))
        else:
            precision.append(line)
    item = r.CodedItem(code=item.code, precision="\n".join(precision))
    merged = _merge([r.CodedItem(code=s.code, precision=s.precision) for s in fiche.subjects], item)
    fiche.subjects = [r.DataSubject(code=x.code, precision=x.precision, estimated_count=counts.get(x.code))
                      for x in merged]  # fmt: skip


def _sources(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    item = _coded(fiche, sheet, row, parsed, DATA_SOURCES)
    if item is not None:
        fiche.sources = _merge(fiche.sources, item)


def _notes(fiche: Fiche, sheet: Sheet, row: int, _label: str, _parsed: Parsed) -> None:
    note = _join(fiche, sheet, row, (2, 8), "notes")
    if note:
        fiche.notes.append(note)


def _skip(_fiche: Fiche, _sheet: Sheet, _row: int, _label: str, _parsed: Parsed) -> None:
    """A block not read (our fiche's DPIA block): `read_fiche` names it once."""


def _recipients(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    item = _coded(fiche, sheet, row, parsed, RECIPIENTS)
    if item is not None:
        fiche.recipients = _merge(fiche.recipients, item)


def _measures(fiche: Fiche, sheet: Sheet, row: int, label: str, parsed: Parsed) -> None:
    kind, precision = (_join(fiche, sheet, row, (2, 4), "security measure"),
                       _join(fiche, sheet, row, (5, 8), "security measure"))  # fmt: skip
    own = heading(sheet.text(row, 1))  # our fiche: the heading in column A, the measure's name in B
    if own is not None and label not in SECTIONS:
        if kind:
            fiche.measures.append((own, kind, cell_name(row, 2)))
        return
    if not (kind or precision):
        return
    found = heading(kind) if kind else None
    if found is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, 2),
                    f"'{kind}' is not one of the seven CNIL headings: filed under 'other measures'")  # fmt: skip
        found, precision = CnilHeading.OTHER, " — ".join(x for x in (kind, precision) if x)
    fiche.measures.append((found, precision or enum_texts(found)[0], cell_name(row, 2)))


TRANSFER_HEADERS = {"recipient": ("destinataire", *ours("recipient")), "country": ("pays", *ours("country")),
                    "tool": ("type de garanties", *ours("guarantee_type")),
                    "docs": ("liens vers la documentation", *ours("documentation"))}  # fmt: skip
CNIL_TRANSFER_COLS = {"recipient": (2, 2), "country": (3, 3), "tool": (4, 5), "docs": (6, 8)}


def _transfer_cols(fiche: Fiche) -> dict[str, tuple[int, int]]:
    """Each part's columns, from the block title row's headers (the model's own when they are not all there)."""
    headers = fiche.headers.get("transfers", {})
    starts = {part: next((c for c, h in headers.items() if h in names), 0) for part, names in TRANSFER_HEADERS.items()}
    if not all(starts.values()):
        return CNIL_TRANSFER_COLS
    ordered = sorted(starts.items(), key=lambda x: x[1])
    return {part: (col, ordered[i + 1][1] - 1 if i + 1 < len(ordered) else 8) for i, (part, col) in enumerate(ordered)}


def _transfers(fiche: Fiche, sheet: Sheet, row: int, _label: str, parsed: Parsed) -> None:
    cols = _transfer_cols(fiche)
    recipient, country, tool_text, docs = (_join(fiche, sheet, row, cols[part], kind) for part, kind in (
        ("recipient", "transfer"), ("country", "country"), ("tool", "transfer"), ("docs", "transfer")))  # fmt: skip
    if not (recipient or country or tool_text or docs):
        return
    code = country_code(country) if country else None
    if code is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, cols["country"][0]),
                    f"country '{country}' not recognised: this transfer is kept in the activity's notes, record it "
                    "again with its country")  # fmt: skip
        fiche.notes.append(" — ".join(x for x in (recipient, country, tool_text, docs) if x))
        return
    tool, detail = (tool_code(tool_text) if tool_text else None), ""
    first, _, rest = tool_text.partition("\n")
    if tool is None and tool_code(_without_fallback(first)):  # our fiche: the tool, then its detail
        tool, detail = tool_code(_without_fallback(first)), rest
    elif tool_text and tool is None:
        parsed.note(Action.AMBIGUOUS, sheet.name, cell_name(row, cols["tool"][0]),
                    f"safeguard '{tool_text}' is not a current transfer tool (Privacy Shield was invalidated in "
                    "2020): kept as detail; choose one")  # fmt: skip
        detail = tool_text
    lines = docs.split("\n")
    tia = next((v for line in lines if (v := labelled_any(line, "tia")) is not None), "")  # our fiche's TIA line
    docs = "\n".join(line for line in lines if labelled_any(line, "tia") is None)
    fiche.transfers.append(r.Transfer(recipient=recipient, country=code, tool=tool, tool_detail=detail,
                                      documentation=docs, tia_reference=tia))  # fmt: skip

def _without_fallback(tool: str) -> str:
    """'Data Privacy Framework (fallback: SCCs)' -> 'Data Privacy Framework': the tool our fiche names first
    (the fallback is the subprocessor's, recorded on its own sheet)."""
    for lang in ("fr", "en"):
        words = text("fallback_tool", lang, tool="")
        at = tool.casefold().rfind(f"({words.casefold()}")
        if at > 0 and tool.endswith(")"):
            return tool[:at].strip()
    return tool


READERS = {
    "description": _description, "actors": _actors, "purposes": _purposes, "categories": _categories,
    "subjects": _subjects, "recipients": _recipients, "measures": _measures, "transfers": _transfers,
    "sources": _sources, "notes": _notes, "skip": _skip,
}  # fmt: skip


def sensitive(fiche: Fiche) -> bool:
    return any(category_regime(c.code) != "standard" for c in fiche.categories)

