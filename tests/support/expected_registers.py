"""Registers built from an expected-register file (`tests/data/expected/*-expected.json`, checked-in
copies of `../shared/examples/registers/`): what a DPO enters from a company's privacy policy
alone, taken literally, nothing completed. The file's labels become catalogue codes with the labels kept as
precisions; what has no code (a retention trigger the start events do not know, a data category
in the policy's words) stays in the text fields."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from register_app.domain.catalogues import CERTIFICATION_KINDS, DATA_SUBJECTS, TRANSFER_TOOLS, country_code
from register_app.domain.enums import (
    ActivityStatus,
    CnilHeading,
    CountryRole,
    DpoStatus,
    DurationUnit,
    MeasureCategory,
)
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.interchange import import_document
from register_app.services.organisation import ORGANISATION_UID
from register_app.services.registers import new_register
from register_app.services.text import fold
from register_app.services.xlsx_import.matching import category_code, match_code
from register_app.store.register_file import RegisterFile

REPOSITORY = Path(__file__).resolve().parents[2]
EXPECTED_DIR = REPOSITORY / "tests" / "data" / "expected"
EXPECTED_FILES = ("itiaki-expected.json", "wimi-expected.json")
STAMPS: dict[str, Any] = {
    "created_at": datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
    "updated_at": datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
}

LEGAL_BASES = {"legitimate_interests": "legitimate_interest"}  # the file's code -> ours, where they differ
SUBJECT_WORDS = {"utilisateur": "users"}  # beside the catalogue's own labels
# First word found wins: the recipient's type in the CNIL list, the label kept as its precision.
RECIPIENT_WORDS = (
    ("sous-traitant", "processors"),
    ("prestataire", "processors"),
    ("personnel", "internal_service"),
    ("organismes publics", "public_authorities"),
    ("autorites", "public_authorities"),
    ("partenaire", "partners"),
)
SOURCE_WORDS = (("achat", "third_party"), ("formulaire", "data_subject"))
HEADINGS = {
    "access control": (CnilHeading.ACCESS_CONTROL, None),
    "traceability": (CnilHeading.TRACEABILITY, None),
    "software protection": (CnilHeading.SOFTWARE_PROTECTION, None),
    "backup": (CnilHeading.BACKUP, None),
    "encryption": (CnilHeading.ENCRYPTION, None),
    "hosting": (CnilHeading.PROCESSOR_CONTROL, None),
    "network": (CnilHeading.OTHER, MeasureCategory.NETWORK),
    "organisational": (CnilHeading.OTHER, MeasureCategory.ORGANISATIONAL),
}
# A retention rule names its data in the policy's words; these words give its CNIL category,
# otherwise it is the activity's first one.
RETENTION_CATEGORY_WORDS = (("connexion", "connection"), ("logs", "connection"), ("cookie", "internet"),
                            ("bancaire", "economic_financial"))  # fmt: skip
START_EVENT_WORDS = (("contrat", "end_of_contract"), ("dernier contact", "last_contact"),
                     ("transaction", "transaction"), ("depot du cookie", "collection"))  # fmt: skip
ISO_PERIOD = re.compile(r"P(\d+)([DMY])")
UNITS = {"D": DurationUnit.DAYS, "M": DurationUnit.MONTHS, "Y": DurationUnit.YEARS}


def load_expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED_DIR / name).read_text(encoding="utf-8"))
    return data


def uid(kind: str, name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"expected-register:{kind}:{name}"))


def first_match(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    folded = fold(text)
    return next((code for word, code in table if word in folded), None)


def coded(items: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(code, precision) pairs with one entry per code, the precisions of a repeated code joined."""
    merged: dict[str, list[str]] = {}
    for code, precision in items:
        merged.setdefault(code, []).append(precision)
    return tuple((code, " ; ".join(precisions)) for code, precisions in merged.items())


def organisation(data: dict[str, Any]) -> r.Organisation:
    org, dpo = data["organisation"], data["dpo"]
    identity = r.Contact(
        name=org.get("name") or "",
        address=org.get("address") or "",
        country=country_code(org.get("country") or "") or "",
        email=org.get("contact_email") or "",
    )
    extras: dict[str, Any] = {
        "legal_form": org.get("legal_form") or "",
        "trade_names": ", ".join(org.get("trade_names") or ()),
        "websites": ", ".join(org.get("websites") or ()),
        "siren": org.get("siren") or "",
    }
    if dpo is None:
        return r.Organisation(identity=identity, dpo_status=DpoStatus.UNDECIDED, **extras)
    return r.Organisation(
        identity=identity,
        dpo_status=DpoStatus.DESIGNATED if dpo.get("designated_dpo", True) else DpoStatus.NOT_DESIGNATED,
        dpo=r.Contact(name=dpo.get("name") or "", email=dpo.get("email") or "", phone=dpo.get("phone") or ""),
        dpo_company=dpo.get("company") or "",
        **extras,
    )


def measure(data: dict[str, Any]) -> r.Measure:
    heading, category = HEADINGS[data["category"]]
    return r.Measure(
        uid=uid("measure", data["name"]),
        name=data["name"],
        heading=heading,
        category=category,
        description=data.get("detail") or "",
        **STAMPS,
    )


def certification(label: str) -> r.Certification:
    """A certification named by the policy, with nothing the policy does not say (no scope, no expiry)."""
    kind = match_code(CERTIFICATION_KINDS, label) or ("hds" if fold(label) == "hds" else "other")
    return r.Certification(kind=kind, name="" if kind == "hds" else label)


def subprocessor(data: dict[str, Any]) -> r.Subprocessor:
    country = country_code(data.get("country") or "") or ""
    return r.Subprocessor(
        uid=uid("subprocessor", data["name"]),
        name=data["name"],
        service=data.get("service") or "",
        address=data.get("address") or "",
        country=country,
        countries=(r.HostingCountry(country=country, role=CountryRole.HOSTING),) if country else (),
        certifications=tuple(certification(c) for c in data.get("certifications") or ()),
        **STAMPS,
    )


def duration(iso: str | None) -> r.Duration | None:
    """'P12M' -> 12 months; nothing for a period that is not a whole positive count ('P0D')."""
    match = ISO_PERIOD.fullmatch(iso or "")
    if not match or int(match.group(1)) < 1:
        return None
    return r.Duration(value=int(match.group(1)), unit=UNITS[match.group(2)])


def retention_rule(data: dict[str, Any], categories: tuple[r.DataCategory, ...]) -> r.RetentionRule:
    label, text, trigger = data["data_category"], data["duration"], data.get("trigger") or ""
    start = first_match(trigger, START_EVENT_WORDS) if trigger else None
    criterion = text if start or not trigger else f"{text} (à compter de : {trigger})"
    period = duration(data.get("duration_iso"))
    archived = "archiv" in fold(text)
    fallback = categories[0].code if categories else "other"
    return r.RetentionRule(
        category=first_match(label, RETENTION_CATEGORY_WORDS) or category_code(label) or fallback,
        label=label,
        active=None if archived else period,
        archive=period if archived else None,
        start_event=start,
        criterion=criterion,
    )


def activity(data: dict[str, Any], number: int) -> r.Activity:
    basis = data.get("legal_basis")
    basis = LEGAL_BASES.get(basis, basis) if basis else None
    purposes = tuple(
        r.Purpose(description=p, legal_basis=basis, legal_basis_note=data.get("legal_basis_note") or "")
        for p in data["purposes"]
    )
    subjects = coded(
        [
            (match_code(DATA_SUBJECTS, s, prefix=True) or first_match(s, tuple(SUBJECT_WORDS.items())) or "other", s)
            for s in data["data_subjects"]
        ]
    )
    labels = [*data["data_categories"], *data.get("sensitive_data", ())]
    codes = list(dict.fromkeys(code for label in labels if (code := category_code(label))))
    details = " ; ".join(data.get("data_details") or ())
    categories = tuple(r.DataCategory(code=code, description=details if i == 0 else "") for i, code in enumerate(codes))
    recipients = coded([(first_match(x, RECIPIENT_WORDS) or "other", x) for x in data["recipients"]])
    sources = coded([(first_match(x, SOURCE_WORDS) or "other", x) for x in data.get("data_sources") or ()])
    transfers = tuple(
        r.Transfer(
            recipient=t.get("recipient") or "",
            country=country_code(t.get("country") or "") or "",
            tool=match_code(TRANSFER_TOOLS, t["safeguard"]) if t.get("safeguard") else None,
        )
        for t in data.get("transfers") or ()
    )
    return r.Activity(
        uid=uid("activity", data["name"]),
        reference=f"T-{number:03d}",
        name=data["name"],
        status=ActivityStatus.ACTIVE,
        notes=data.get("role_note") or "",
        purposes=purposes,
        data_subjects=tuple(r.DataSubject(code=c, precision=p) for c, p in subjects),
        data_categories=categories,
        data_sources=tuple(r.CodedItem(code=c, precision=p) for c, p in sources),
        recipients=tuple(r.CodedItem(code=c, precision=p) for c, p in recipients),
        subprocessor_uids=tuple(uid("subprocessor", name) for name in data.get("subprocessors") or ()),
        transfers=transfers,
        retention=tuple(retention_rule(x, categories) for x in data.get("retention") or ()),
        measures=tuple(r.MeasureLink(measure_uid=uid("measure", name)) for name in data.get("security_measures") or ()),
        **STAMPS,
    )


def expected_document(data: dict[str, Any]) -> RegisterDocument:
    """The register an expected-register file describes, as a document the JSON import takes."""
    return RegisterDocument(
        organisation=organisation(data),
        measures=tuple(measure(x) for x in data["security_measures"]),
        subprocessors=tuple(subprocessor(x) for x in data["subprocessors"]),
        activities=tuple(activity(x, i + 1) for i, x in enumerate(data["activities"])),
    )


def build_register(path: Path, document: RegisterDocument) -> RegisterFile:
    """A new register file (without the measure catalogue's suggestions) holding the document."""
    register = new_register(path, organisation=document.organisation.identity.name or "?", with_catalogue=False)
    import_document(register, document)
    return register


def object_uids(document: RegisterDocument) -> dict[str, str]:
    """Every object's uid by the name the expected file gives it ('organisation' and the
    organisation's name for the organisation)."""
    names = {"organisation": ORGANISATION_UID, document.organisation.identity.name: ORGANISATION_UID}
    names |= {x.name: x.uid for x in (*document.measures, *document.subprocessors, *document.activities)}
    return names
