"""The cells of a fiche sheet of our own workbook that a DPO's edit sets, by row label (column A) and
column: the description block, the organisation's controller, DPO and representative rows, purposes
and their legal bases, data categories and their retention, data subjects, sources and recipients,
recorded transfers (recipient, country, safeguard, documentation), the dates, the DPIA block and the notes.
The security measures' rows are `own_measures`'."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Final

from register_app.domain.catalogues import (
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CRITERIA,
    RECIPIENTS,
    Lang,
    catalogue,
)
from register_app.domain.enums import ActivityRole, ActivityStatus, DpiaConclusion, DpiaStatus
from register_app.exports.export_texts import text
from register_app.exports.view import country_name, dpo_contact, retention_line
from register_app.services import records as r
from register_app.services.document import FICHE_LEFT as LEFT
from register_app.services.mapped_import.values import code_for, transfer_tool
from register_app.services.xlsx_import.cnil_fiche import retention_rule
from register_app.services.xlsx_import.cnil_layout import CONTACT_FIELDS  # columns B to H of a fiche's actor rows
from register_app.services.xlsx_import.matching import match_code
from register_app.services.xlsx_import.own_targets import (
    Put,
    Target,
    basis_cell,
    country,
    date_field,
    enum_field,
    field,
    item,
    labelled,
    lines,
    on_activity,
    on_organisation,
    replace_item,
)

VALUE_COL: Final = 2  # column B; the right-hand value (precision, retention) starts LEFT columns further
RIGHT_COL: Final = VALUE_COL + LEFT
TRANSFER_COLS: Final = {"recipient": 2, "country": 4, "tool": 6, "documentation": 8}  # B, D, F, H
# A fiche's label (column A) -> the activity's text field its value (column B) holds.
TEXT_FIELDS: Final = {"name_acronym": "name", "reference": "reference", "description": "description",
                      "department": "department", "software": "software", "dpia_reason": "dpia.reason",
                      "dpia_reference": "dpia.reference", "block_notes": "notes",
                      "art10_justification": "art10_justification",
                      "nir_justification": "nir_justification"}  # fmt: skip
# A fiche's dates: the record's creation and last update, its last review, the DPIA's date.
DATE_FIELDS: Final = {"created": "created_at", "updated": "updated_at", "last_review": "last_review",
                      "dpia_date": "dpia.completed_on"}  # fmt: skip
ENUM_FIELDS: Final = {"role": ("role", ActivityRole), "status": ("status", ActivityStatus),
                      "dpia_conclusion": ("dpia.conclusion", DpiaConclusion),
                      "dpia_status": ("dpia.status", DpiaStatus)}  # fmt: skip


def fiche_targets(a: r.Activity, org: r.Organisation, lang: Lang) -> dict[tuple[str, int], Target]:
    """(row label, column) -> the text the export wrote there, and how to set the DPO's new one."""
    targets: dict[tuple[str, int], Target] = {}

    def add(label: str, col: int, put: Put, old: str | None = None, row: tuple[tuple[int, str], ...] = (), *,
            column: str = "") -> None:  # fmt: skip
        named = f"{a.reference} {label}" + (f", {text(column, lang)}" if column else "")
        targets[(label, col)] = Target(old, on_activity(a.uid, put), row, label=named)

    for name, path in TEXT_FIELDS.items():
        add(text(name, lang), VALUE_COL, path_field(path))
    for name, (path, kind) in ENUM_FIELDS.items():
        add(text(name, lang), VALUE_COL, path_field(path, enum_field(path.rpartition(".")[2], kind)))
    for name, path in DATE_FIELDS.items():
        add(text(name, lang), VALUE_COL, path_field(path, date_field(path.rpartition(".")[2])))
    add(text("owner", lang), VALUE_COL, _owner)
    add(text("dpia_criteria", lang), VALUE_COL, _criteria)
    for i, p in enumerate(a.purposes):
        label = text("main_purpose", lang) if i == 0 else text("sub_purpose", lang, n=i)
        add(label, VALUE_COL, item("purposes", i, "description"), p.description)
        add(label, RIGHT_COL, _legal_basis(i), column="legal_basis")
    yes = text("yes", lang)  # what the fiche shows for a category collected without a description
    for entry in catalogue(DATA_CATEGORIES):
        label = catalogue(DATA_CATEGORIES).label(entry.code, lang)
        add(label, VALUE_COL, _category(entry.code, yes))
        add(label, RIGHT_COL, _retention(entry.code, lang), column="retention")
    for group, row_key, name in (("data_subjects", "subject_n", DATA_SUBJECTS), ("data_sources", "source_n",
                                 DATA_SOURCES), ("recipients", "recipient_n", RECIPIENTS)):  # fmt: skip
        for i, _ in enumerate(getattr(a, group)):
            label = text(row_key, lang, n=i + 1)
            add(label, VALUE_COL, item(group, i, "code", functools.partial(_code, name)), column="type")
            add(label, RIGHT_COL, _subject(i, lang) if group == "data_subjects" else item(group, i, "precision"),
                column="precision")
    for i, transfer in enumerate(a.transfers):  # the fiche lists them in this order, then the subprocessors'
        label, shown = text("transfer_n", lang, n=i + 1), country_name(transfer.country, lang)
        row = ((TRANSFER_COLS["recipient"], transfer.recipient), (TRANSFER_COLS["country"], shown))
        add(label, TRANSFER_COLS["recipient"], item("transfers", i, "recipient"), transfer.recipient, row)
        add(label, TRANSFER_COLS["country"], item("transfers", i, "country", country), shown, row, column="country")
        add(label, TRANSFER_COLS["tool"], _tool(i), row=row, column="guarantee_type")
        add(label, TRANSFER_COLS["documentation"], _documentation(i, lang), row=row, column="documentation")
    targets.update(actor_targets(org, lang, first_col=VALUE_COL, contact_line=False))
    return targets


def actor_targets(org: r.Organisation, lang: Lang, *, first_col: int, contact_line: bool) -> dict[
        tuple[str, int], Target]:  # fmt: skip
    """The controller's, representative's and (designated) DPO's rows, name in `first_col` and the other
    fields in the next columns, on a fiche; the list sheet (`contact_line`) has its own columns."""
    columns = dict(zip(CONTACT_FIELDS, range(first_col, first_col + len(CONTACT_FIELDS)), strict=True))
    if contact_line:
        columns = {"name": 2, "address": 5, "postcode": 6, "city": 7, "country": 8, "phone": 9, "email": 10}
    targets: dict[tuple[str, int], Target] = {}
    rows = [("controller", "identity", org.identity), ("representative", "representative", org.representative)]
    if org.dpo_designated:
        rows.append(("dpo", "dpo", dpo_contact(org)))
    for label_key, attr, contact in rows:
        for name, col in columns.items():
            shown = country_name(contact.country, lang) if name == "country" else getattr(contact, name)
            put = _dpo_name if attr == "dpo" and name == "name" else _contact(attr, name)
            named = f"{text(label_key, lang)}, {text(name, lang)}"
            targets[(text(label_key, lang), col)] = Target(shown, on_organisation(put), label=named)
    if org.dpo_designated:
        company = (text("dpo", lang), 11) if contact_line else (text("dpo_company", lang), VALUE_COL)
        targets[company] = Target(org.dpo_company, on_organisation(field("dpo_company")),
                                  label=text("dpo_company", lang))  # fmt: skip
    return targets


def _contact(attr: str, name: str) -> Put:
    def put(org: r.Organisation, new: str, _old: str) -> r.Organisation | None:
        value = country(new) if name == "country" else new
        if value is None:
            return None
        change: dict[str, Any] = {attr: dataclasses.replace(getattr(org, attr), **{name: value})}
        return dataclasses.replace(org, **change)

    return put


def _dpo_name(org: r.Organisation, new: str, _old: str) -> r.Organisation:
    """The DPO's name cell: the name, then the title on the next line."""
    name, _, title = new.partition("\n")
    return dataclasses.replace(org, dpo=dataclasses.replace(org.dpo, name=name.strip()), dpo_title=title.strip())


def path_field(path: str, put: Put | None = None) -> Put:
    """A field of the activity ('notes') or of its DPIA ('dpia.reason')."""
    head, _, name = path.rpartition(".")
    inner = put or field(name)
    if not head:
        return inner

    def on_dpia(a: r.Activity, new: str, old: str) -> r.Activity | None:
        dpia = inner(a.dpia, new, old)
        return None if dpia is None else dataclasses.replace(a, dpia=dpia)

    return on_dpia


def _code(name: str, label: str) -> str | None:
    """A catalogue entry by its label (the export's, 'Other' included) or by other registers' words."""
    return match_code(name, label) or code_for(name, label)


def _owner(a: r.Activity, new: str, _old: str) -> r.Activity:
    """'Name — email', as the fiche shows the business owner; a lone address is the email."""
    name, _, email = new.partition(" — ")
    if not email and "@" in name and " " not in name.strip():
        name, email = "", name
    return dataclasses.replace(a, owner_name=name.strip(), owner_email=email.strip())


def _criteria(a: r.Activity, new: str, _old: str) -> r.Activity | None:
    codes = [match_code(DPIA_CRITERIA, line) for line in lines(new)]
    if None in codes:
        return None
    return dataclasses.replace(a, dpia=dataclasses.replace(a.dpia, criteria=tuple(c for c in codes if c)))


def _legal_basis(index: int) -> Put:
    """The legal basis cell (`basis_cell`). A part the cell does not show (the extract's note) is kept."""

    def put(a: r.Activity, new: str, old: str) -> r.Activity:
        p, read = a.purposes[index], basis_cell(new)
        shown_note = not p.legal_basis_note or p.legal_basis_note in lines(old)
        shown_test = not p.balancing_test or basis_cell(old).balancing == p.balancing_test
        note = "\n".join(read.notes) if shown_note or read.notes else p.legal_basis_note
        return replace_item(a, "purposes", index, legal_basis=read.basis, legitimate_interest=read.interest,
                            legal_basis_note=note,
                            balancing_test=read.balancing if shown_test or read.balancing else p.balancing_test)

    return put


def _category(code: str, yes: str) -> Put:
    """A category's description ('Yes' alone: collected without one); a category the activity did not
    collect is added."""

    def put(a: r.Activity, new: str, _old: str) -> r.Activity:
        description = "" if new == yes else new
        index = next((i for i, c in enumerate(a.data_categories) if c.code == code), None)
        if index is None:
            added = r.DataCategory(code=code, description=description)
            return dataclasses.replace(a, data_categories=(*a.data_categories, added))
        return replace_item(a, "data_categories", index, description=description)

    return put


def _retention(code: str, lang: Lang) -> Put:
    """The category's retention rules, one a line: a line as the export wrote it keeps its rule, a new
    line is read as `cnil_fiche.retention_rule` reads the CNIL model's."""

    def put(a: r.Activity, new: str, _old: str) -> r.Activity:
        shown = {retention_line(rule, lang): rule for rule in a.retention if rule.category == code}
        rules = [shown.get(line) or retention_rule(code, line) for line in lines(new)]
        kept: list[r.RetentionRule] = []
        for rule in a.retention:
            if rule.category != code:
                kept.append(rule)
            elif rules:
                kept, rules = kept + rules, []
        return dataclasses.replace(a, retention=(*kept, *rules))

    return put


def _subject(index: int, lang: Lang) -> Put:
    """A data subject's precision, and the estimated number the full register shows under it."""

    def put(a: r.Activity, new: str, _old: str) -> r.Activity | None:
        count, precision = a.data_subjects[index].estimated_count, []
        for line in lines(new):
            value = labelled(line, text("estimated_count", lang))
            if value is not None and not value.replace(" ", "").isdigit():
                return None
            if value is not None:
                count = int(value.replace(" ", ""))
            else:
                precision.append(line)
        return replace_item(a, "data_subjects", index, precision="\n".join(precision), estimated_count=count)

    return put


def _tool(index: int) -> Put:
    """A recorded transfer's safeguard: its tool on the first line (kept as written, or another tool
    named), then its detail."""

    def put(a: r.Activity, new: str, old: str) -> r.Activity:
        written, transfer = lines(new), a.transfers[index]
        if not written:
            return replace_item(a, "transfers", index, tool=None, tool_detail="")
        kept = transfer.tool is not None and lines(old)[:1] == written[:1]
        tool = transfer.tool if kept else transfer_tool(written[0])
        detail = written[1:] if tool is not None else written  # no tool named: the text is kept as detail
        return replace_item(a, "transfers", index, tool=tool, tool_detail="\n".join(detail))

    return put


def _documentation(index: int, lang: Lang) -> Put:
    def put(a: r.Activity, new: str, _old: str) -> r.Activity:
        tia, documentation = "", []
        for line in lines(new):
            value = labelled(line, text("tia", lang))
            if value is None:
                documentation.append(line)
            else:
                tia = value
        return replace_item(a, "transfers", index, documentation="\n".join(documentation), tia_reference=tia)

    return put
