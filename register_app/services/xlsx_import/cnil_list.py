"""The CNIL model's sheet 'Liste des traitements': the organisation blocks (controller,
representative, DPO: 'Nom :' labels with the value in the next cell) and the list of activities."""

from __future__ import annotations

from dataclasses import dataclass, field

from register_app.domain.catalogues import country_code
from register_app.services import records as r
from register_app.services.xlsx_import.cnil_fiche import ours
from register_app.services.xlsx_import.matching import actor_name, is_placeholder, key
from register_app.services.xlsx_import.reader import Sheet, cell_name
from register_app.services.xlsx_import.report import Action, Parsed

BLOCKS = {"coordonnees du responsable": "controller", "coordonnees du representant": "representative",
          "coordonnees du delegue": "dpo"}  # fmt: skip
FIELDS = {"nom": "last", "prenom": "first", "adresse": "address", "adresse mel": "email", "code postal": "postcode",
          "ville": "city", "telephone": "phone", "pays": "country", "societe": "company", "mel": "email",
          "email": "email"}  # fmt: skip


@dataclass
class ListRow:
    row: int
    name: str
    reference: str
    created: object
    updated: object
    purpose: str
    sensitive: str


@dataclass
class ListSheet:
    sheet: str
    contacts: dict[str, r.Contact] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    dpo_company: str = ""
    rows: list[ListRow] = field(default_factory=list)
    not_applicable: list[tuple[str, str]] = field(default_factory=list)  # kind of field, cell


def header_row(sheet: Sheet) -> int | None:
    """The row of the table's headers, the model's or our workbook's (in French or English)."""
    for row in sheet.rows():
        name, reference = key(sheet.text(row, 1)), key(sheet.text(row, 2))
        if name in {"nom du traitement", *ours("activity_name")} and (reference.startswith("n°")
                                                                       or reference in ours("reference")):  # fmt: skip
            return row
    return None


def read_list(sheet: Sheet, parsed: Parsed) -> ListSheet:
    result = ListSheet(sheet.name)
    header = header_row(sheet) or 0
    block = ""
    values: dict[str, dict[str, str]] = {}
    for row in sheet.rows():
        if row >= header:
            break
        title = key(sheet.text(row, 1))
        block = next((b for prefix, b in BLOCKS.items() if title.startswith(prefix)), block if not title else "")
        if block:
            _labelled_values(sheet, row, values.setdefault(block, {}), result, block)
    for block, found in values.items():
        if not found:
            continue
        name = actor_name(" ".join(x for x in (found.get("first", ""), found.get("last", "")) if x))
        code = country_code(found.get("country", ""), organisations=False) if found.get("country") else ""
        if code is None:
            parsed.note(Action.AMBIGUOUS, sheet.name, result.cells.get(f"{block}.country", ""),
                        f"country '{found['country']}' not recognised: left empty")  # fmt: skip
        result.contacts[block] = r.Contact(name=name, address=found.get("address", ""),
                                           postcode=found.get("postcode", ""), city=found.get("city", ""),
                                           country=code or "", phone=found.get("phone", ""),
                                           email=found.get("email", ""))  # fmt: skip
        result.dpo_company = result.dpo_company or (actor_name(found.get("company", "")) if block == "dpo" else "")
    # the model's purposes in E to G and sensitive data in H; our workbook's in E, then F
    own = key(sheet.text(header, 6)) in ours("sensitive_q") if header else False
    last_purpose, sensitive = (5, 6) if own else (7, 8)
    for row in sheet.rows():
        if row <= header or not header:
            continue
        cells = [sheet.text(row, col) for col in range(1, 9)]
        for col in range(4, last_purpose):
            if is_placeholder(cells[col]):
                result.not_applicable.append(("purpose", cell_name(row, col + 1)))
                cells[col] = ""
        if not any(cells[:last_purpose] + cells[sensitive - 1 : sensitive]):
            continue
        purpose = "\n".join(x for x in cells[4:last_purpose] if x)
        result.rows.append(ListRow(row, cells[0], cells[1], sheet.get(row, 3), sheet.get(row, 4), purpose,
                                   cells[sensitive - 1]))  # fmt: skip
    return result


def _labelled_values(sheet: Sheet, row: int, out: dict[str, str], result: ListSheet, block: str) -> None:
    """'Nom :' then the value in the next cell (or after the colon in the same cell)."""
    cols = sorted(c for (rw, c) in sheet.cells if rw == row and c > 1)
    for col in cols:
        text = sheet.text(row, col)
        if ":" not in text:
            continue
        label, _, inline = text.partition(":")
        name = FIELDS.get(key(label))
        if name is None:
            continue
        value = inline.strip()
        if not value:
            nxt = sheet.text(row, col + 1)
            value = "" if ":" in nxt and FIELDS.get(key(nxt.partition(":")[0])) else nxt
        where = cell_name(row, col + (0 if inline.strip() else 1))
        if value and is_placeholder(value):
            result.not_applicable.append(({"dpo": "DPO"}.get(block, block), where))
        elif value:
            out[name] = value
            result.cells[f"{block}.{name}"] = where
