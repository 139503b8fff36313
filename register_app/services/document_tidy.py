"""A register document read from JSON, tidied as the spreadsheet importers read cells: 'not
applicable' values (`services.placeholders`) are empty — a controller or subprocessor so named is
no object at all, a data category so described is not processed — and countries written as names
or ISO alpha-3 codes get their catalogue code. Each change is noted with its JSON path."""

from __future__ import annotations

import dataclasses
from typing import Protocol

from register_app.domain.catalogues import COUNTRIES, catalogue, category_regime, country_code
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.placeholders import is_placeholder, says_no, says_yes
from register_app.services.xlsx_import.matching import actor_name


class Notes(Protocol):
    def placeholder(self, kind: str, sheet: str, cell: str) -> None: ...


class Unreported:
    """Notes nobody reads (a caller that only wants the document)."""

    def placeholder(self, kind: str, sheet: str, cell: str) -> None:
        pass


def _text(value: str, kind: str, path: str, notes: Notes) -> str:
    if is_placeholder(value):
        notes.placeholder(kind, "", path)
        return ""
    return value


def _country(value: str, kind: str, path: str, notes: Notes, *, organisations: bool) -> str:
    value = _text(value, kind, path, notes)
    if not value or value in catalogue(COUNTRIES):
        return value
    return country_code(value, organisations=organisations) or value  # unknown: validation names it


def _contact(contact: r.Contact, kind: str, path: str, notes: Notes) -> r.Contact:
    values = {f.name: _text(getattr(contact, f.name), kind, f"{path}.{f.name}", notes)
              for f in dataclasses.fields(contact)}  # fmt: skip
    values["name"] = actor_name(values["name"])
    values["country"] = _country(contact.country, kind, f"{path}.country", notes, organisations=False)
    return r.Contact(**values)


def tidy_document(doc: RegisterDocument, notes: Notes) -> RegisterDocument:
    o = doc.organisation
    organisation = dataclasses.replace(
        o, identity=_contact(o.identity, "controller", "$.organisation.identity", notes),
        representative=_contact(o.representative, "representative", "$.organisation.representative", notes),
        dpo=_contact(o.dpo, "DPO", "$.organisation.dpo", notes),
        dpo_company=actor_name(_text(o.dpo_company, "DPO", "$.organisation.dpo_company", notes)),
    )  # fmt: skip
    controllers = []
    for i, c in enumerate(doc.controllers):
        contact = _contact(c.contact, "joint controller", f"$.controllers[{i}].contact", notes)
        if contact.name.strip() or not c.contact.name.strip():
            controllers.append(dataclasses.replace(c, contact=contact))
    subprocessors = []
    for i, s in enumerate(doc.subprocessors):
        p = f"$.subprocessors[{i}]"
        if not _text(s.name, "subprocessor", f"{p}.name", notes) and s.name.strip():
            continue
        hosts = tuple(dataclasses.replace(h, country=_country(h.country, "country", f"{p}.countries[{j}].country",
                                                              notes, organisations=False))
                      for j, h in enumerate(s.countries))  # fmt: skip
        subprocessors.append(dataclasses.replace(
            s, country=_country(s.country, "country", f"{p}.country", notes, organisations=False),
            countries=tuple(h for h in hosts if h.country)))  # fmt: skip
    gone_controllers = {c.uid for c in doc.controllers} - {c.uid for c in controllers}
    gone_subprocessors = {s.uid for s in doc.subprocessors} - {s.uid for s in subprocessors}
    subprocessors = [dataclasses.replace(s, uses_uids=tuple(u for u in s.uses_uids if u not in gone_subprocessors))
                     for s in subprocessors]  # fmt: skip
    activities = tuple(
        _activity(a, f"$.activities[{i}]", notes, gone_controllers, gone_subprocessors)
        for i, a in enumerate(doc.activities)
    )
    return dataclasses.replace(doc, organisation=organisation, controllers=tuple(controllers),
                               subprocessors=tuple(subprocessors), activities=activities)  # fmt: skip


def _activity(a: r.Activity, p: str, notes: Notes, controllers: set[str], subprocessors: set[str]) -> r.Activity:
    categories = []
    for j, c in enumerate(a.data_categories):
        kind = "data category" if category_regime(c.code) == "standard" else "sensitive data"
        if c.description.strip() and says_no(c.description):
            notes.placeholder(kind, "", f"{p}.data_categories[{j}].description")
            continue
        categories.append(dataclasses.replace(c, description="" if says_yes(c.description) else c.description))
    transfers = []
    for j, t in enumerate(a.transfers):
        recipient = _text(t.recipient, "transfer", f"{p}.transfers[{j}].recipient", notes)
        country = _country(t.country, "country", f"{p}.transfers[{j}].country", notes, organisations=True)
        if recipient or country or not (t.recipient or t.country):
            transfers.append(dataclasses.replace(
                t, recipient=recipient, country=country,
                subprocessor_uid=None if t.subprocessor_uid in subprocessors else t.subprocessor_uid))  # fmt: skip
    return dataclasses.replace(
        a, client_uid=None if a.client_uid in controllers else a.client_uid,
        joint_controller_uids=tuple(u for u in a.joint_controller_uids if u not in controllers),
        subprocessor_uids=tuple(u for u in a.subprocessor_uids if u not in subprocessors),
        data_categories=tuple(categories), transfers=tuple(transfers),
        data_subjects=tuple(dataclasses.replace(s, precision=_text(s.precision, "data subjects",
                            f"{p}.data_subjects[{j}].precision", notes)) for j, s in enumerate(a.data_subjects)),
        recipients=tuple(dataclasses.replace(x, precision=_text(x.precision, "recipient",
                         f"{p}.recipients[{j}].precision", notes)) for j, x in enumerate(a.recipients)),
    )  # fmt: skip
