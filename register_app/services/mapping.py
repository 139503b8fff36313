"""Conversions between ORM rows and records, in both directions."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.catalogues import DPIA_CRITERIA, HDS_SCOPES, catalogue
from register_app.domain.enums import MeasureStatus
from register_app.services import bulk
from register_app.services import records as r
from register_app.services.common import Resolver


@functools.cache
def catalogue_positions(name: str) -> dict[str, int]:
    return {entry.code: i for i, entry in enumerate(catalogue(name))}


def in_catalogue_order(name: str, codes: Iterable[str]) -> tuple[str, ...]:
    """Codes of an unordered set, in the catalogue's own order (unknown codes last)."""
    position = catalogue_positions(name)
    return tuple(sorted(codes, key=lambda code: (position.get(code, len(position)), code)))


CONTACT_FIELDS = ("name", "address", "postcode", "city", "country", "phone", "email")


def read_contact(row: object, prefix: str = "") -> r.Contact:
    return r.Contact(**{f: getattr(row, prefix + f) for f in CONTACT_FIELDS})


def write_contact(row: object, contact: r.Contact, prefix: str = "") -> None:
    for f in CONTACT_FIELDS:
        setattr(row, prefix + f, getattr(contact, f))


def organisation_record(row: m.Organisation) -> r.Organisation:
    return r.Organisation(
        identity=read_contact(row),
        legal_form=row.legal_form,
        trade_names=row.trade_names,
        websites=row.websites,
        siren=row.siren,
        representative=read_contact(row, "rep_"),
        dpo_status=row.dpo_status,
        dpo=read_contact(row, "dpo_"),
        dpo_title=row.dpo_title,
        dpo_company=row.dpo_company,
        dpo_not_designated_reason=row.dpo_not_designated_reason,
    )


def apply_organisation(row: m.Organisation, data: r.Organisation) -> None:
    write_contact(row, data.identity)
    row.legal_form = data.legal_form
    row.trade_names = data.trade_names
    row.websites = data.websites
    row.siren = data.siren
    write_contact(row, data.representative, "rep_")
    row.dpo_status = data.dpo_status
    write_contact(row, data.dpo, "dpo_")
    row.dpo_title = data.dpo_title
    row.dpo_company = data.dpo_company
    row.dpo_not_designated_reason = data.dpo_not_designated_reason


def controller_record(row: m.ExternalController) -> r.Controller:
    return r.Controller(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        contact=read_contact(row),
        representative_name=row.rep_name,
        representative_contact=row.rep_contact,
        dpo_name=row.dpo_name,
        dpo_contact=row.dpo_contact,
        notes=row.notes,
    )


def apply_controller(row: m.ExternalController, data: r.ControllerInput) -> None:
    write_contact(row, data.contact)
    row.rep_name = data.representative_name
    row.rep_contact = data.representative_contact
    row.dpo_name = data.dpo_name
    row.dpo_contact = data.dpo_contact
    row.notes = data.notes


def measure_record(row: m.Measure | Row[Any]) -> r.Measure:
    return r.Measure(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        name=row.name,
        heading=row.heading,
        category=row.category,
        description=row.description,
        status=row.status,
        evidence=row.evidence,
        review_date=row.review_date,
        organisation_wide=row.organisation_wide,
        reference=row.reference,
        catalogue_code=row.catalogue_code,
    )


def apply_measure(row: m.Measure, data: r.MeasureInput) -> None:
    row.name = data.name
    row.heading = data.heading
    row.category = data.category
    row.description = data.description
    row.status = data.status
    row.evidence = data.evidence
    row.review_date = data.review_date
    row.organisation_wide = data.organisation_wide
    row.reference = data.reference
    row.catalogue_code = data.catalogue_code


def _duration(value: int | None, unit: object) -> r.Duration | None:
    return r.Duration(value=value, unit=unit) if value is not None and unit is not None else None  # type: ignore[arg-type]


@dataclass(frozen=True)
class ActivityLinks:
    """What an activity's record takes from rows other than its own: its child rows as records and
    the uids of the objects it links to, in the order the record lists them."""

    client_uid: str | None
    joint_controller_uids: tuple[str, ...]
    purposes: tuple[r.Purpose, ...]
    data_subjects: tuple[r.DataSubject, ...]
    data_categories: tuple[r.DataCategory, ...]
    data_sources: tuple[r.CodedItem, ...]
    recipients: tuple[r.CodedItem, ...]
    subprocessor_uids: tuple[str, ...]
    transfers: tuple[r.Transfer, ...]
    retention: tuple[r.RetentionRule, ...]
    measures: tuple[r.MeasureLink, ...]
    dpia_criteria: tuple[str, ...]


# Child rows come either as ORM objects or as plain result rows with the same attribute names.
ChildRow = Any


def purpose_record(p: ChildRow) -> r.Purpose:
    return r.Purpose(
        description=p.description,
        legal_basis=p.legal_basis,
        legal_basis_note=p.legal_basis_note,
        legitimate_interest=p.legitimate_interest,
        balancing_test=p.balancing_test,
    )


def data_subject_record(s: ChildRow) -> r.DataSubject:
    return r.DataSubject(code=s.code, precision=s.precision, estimated_count=s.estimated_count)


def data_category_record(c: ChildRow) -> r.DataCategory:
    return r.DataCategory(code=c.code, description=c.description)


def coded_item_record(s: ChildRow) -> r.CodedItem:
    return r.CodedItem(code=s.code, precision=s.precision)


def transfer_record(t: ChildRow, subprocessor_uid: str | None) -> r.Transfer:
    return r.Transfer(
        recipient=t.recipient,
        country=t.country,
        tool=t.tool,
        tool_detail=t.tool_detail,
        documentation=t.documentation,
        tia_reference=t.tia_reference,
        subprocessor_uid=subprocessor_uid,
    )


def retention_record(k: ChildRow) -> r.RetentionRule:
    return r.RetentionRule(
        category=k.category,
        label=k.label,
        active=_duration(k.active_value, k.active_unit),
        archive=_duration(k.archive_value, k.archive_unit),
        start_event=k.start_event,
        final_fate=k.final_fate,
        criterion=k.criterion,
        source=k.source,
        reference_code=k.reference_code,
    )


def activity_links(row: m.Activity) -> ActivityLinks:
    """The links of a loaded ORM activity (the bulk reader in snapshot.py builds the same)."""
    return ActivityLinks(
        client_uid=row.client.uid if row.client else None,
        joint_controller_uids=tuple(c.uid for c in row.joint_controllers),
        purposes=tuple(purpose_record(p) for p in row.purposes),
        data_subjects=tuple(data_subject_record(s) for s in row.data_subjects),
        data_categories=tuple(data_category_record(c) for c in row.data_categories),
        data_sources=tuple(coded_item_record(s) for s in row.data_sources),
        recipients=tuple(coded_item_record(s) for s in row.recipients),
        subprocessor_uids=tuple(s.uid for s in row.subprocessors),
        transfers=tuple(transfer_record(t, t.subprocessor.uid if t.subprocessor else None) for t in row.transfers),
        retention=tuple(retention_record(k) for k in row.retention_rules),
        measures=tuple(
            r.MeasureLink(measure_uid=link.measure.uid, note=link.note)
            for link in sorted(row.measure_links, key=lambda link: (link.measure.name, link.measure.uid))
        ),
        dpia_criteria=in_catalogue_order(DPIA_CRITERIA, (c.code for c in row.dpia_criteria)),
    )


def activity_record(row: m.Activity) -> r.Activity:
    return activity_record_from(row, activity_links(row))


def activity_record_from(row: m.Activity | Row[Any], links: ActivityLinks) -> r.Activity:
    """An activity's record from its own columns (an ORM object or a plain row) and its links."""
    return r.Activity(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        reference=row.reference,
        name=row.name,
        description=row.description,
        role=row.role,
        client_uid=links.client_uid,
        joint_controller_uids=links.joint_controller_uids,
        department=row.department,
        owner_name=row.owner_name,
        owner_email=row.owner_email,
        status=row.status,
        software=row.software,
        last_review=row.last_review,
        retired_on=row.retired_on,
        purposes=links.purposes,
        data_subjects=links.data_subjects,
        data_categories=links.data_categories,
        art9_condition=row.art9_condition,
        art9_justification=row.art9_justification,
        art10_justification=row.art10_justification,
        nir_justification=row.nir_justification,
        data_sources=links.data_sources,
        recipients=links.recipients,
        subprocessor_uids=links.subprocessor_uids,
        transfers=links.transfers,
        retention=links.retention,
        measures=links.measures,
        dpia=r.Dpia(
            criteria=links.dpia_criteria,
            list_match=row.dpia_list_match,
            conclusion=row.dpia_conclusion,
            reason=row.dpia_reason,
            status=row.dpia_status,
            completed_on=row.dpia_date,
            reference=row.dpia_reference,
        ),
        notes=row.notes,
    )


def apply_activity(session: Session, row: m.Activity, data: r.ActivityInput, resolver: Resolver) -> None:
    """Write every field of `data` onto the row; missing linked objects are left to the resolver's
    issues. Child rows are replaced: cleared and flushed first, so a code kept across the edit
    never meets its old row in a unique index. (`bulk.NewRows` writes new activities with the
    same column values.)"""
    for name, value in bulk.activity_columns(data).items():
        setattr(row, name, value)
    carriers = (t.subprocessor_uid for t in data.transfers if t.subprocessor_uid)
    resolver.preload(m.Subprocessor, [*data.subprocessor_uids, *carriers])  # the links in a query per kind
    resolver.preload(m.Measure, (link.measure_uid for link in data.measures))
    row.client = resolver.one(m.ExternalController, data.client_uid, "client_uid") if data.client_uid else None
    row.joint_controllers = resolver.many(m.ExternalController, data.joint_controller_uids, "joint_controller_uids")
    row.subprocessors = resolver.many(m.Subprocessor, data.subprocessor_uids, "subprocessor_uids")

    for collection in (
        row.purposes, row.data_subjects, row.data_categories, row.data_sources, row.recipients,
        row.transfers, row.retention_rules, row.dpia_criteria, row.measure_links,
    ):  # fmt: skip
        collection.clear()
    if row.id is not None:
        session.flush()

    row.purposes = [m.Purpose(position=i, **bulk.purpose_columns(p)) for i, p in enumerate(data.purposes)]
    row.data_subjects = [
        m.ActivityDataSubject(position=i, **bulk.data_subject_columns(s)) for i, s in enumerate(data.data_subjects)
    ]
    row.data_categories = [
        m.ActivityDataCategory(position=i, **bulk.data_category_columns(c))
        for i, c in enumerate(data.data_categories)
    ]
    row.data_sources = [
        m.ActivityDataSource(position=i, **bulk.coded_item_columns(s)) for i, s in enumerate(data.data_sources)
    ]
    row.recipients = [
        m.ActivityRecipient(position=i, **bulk.coded_item_columns(s)) for i, s in enumerate(data.recipients)
    ]
    row.transfers = [
        m.Transfer(
            position=i,
            **bulk.transfer_columns(t),
            subprocessor=(
                resolver.one(m.Subprocessor, t.subprocessor_uid, f"transfers[{i}].subprocessor_uid")
                if t.subprocessor_uid
                else None
            ),
        )
        for i, t in enumerate(data.transfers)
    ]
    row.retention_rules = [
        m.RetentionRule(position=i, **bulk.retention_columns(k)) for i, k in enumerate(data.retention)
    ]
    row.dpia_criteria = [m.ActivityDpiaCriterion(code=code) for code in dict.fromkeys(data.dpia.criteria)]
    links = []
    for i, link in enumerate(data.measures):
        measure = resolver.one(m.Measure, link.measure_uid, f"measures[{i}].measure_uid")
        if measure is not None:
            links.append(m.ActivityMeasure(measure=declared(measure), note=link.note))
    row.measure_links = links


def declared(measure: m.Measure) -> m.Measure:
    """Applying a measure to an activity or a subprocessor declares it: a catalogue suggestion the DPO
    ticks becomes a measure in place (the DPO can then mark it planned)."""
    if measure.status is MeasureStatus.NOT_DECLARED:
        measure.status = MeasureStatus.IN_PLACE
        measure.updated_at = utcnow()
    return measure


def subprocessor_record(row: m.Subprocessor) -> r.Subprocessor:
    return r.Subprocessor(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        name=row.name,
        service=row.service,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        contact_phone=row.contact_phone,
        address=row.address,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        countries=tuple(r.HostingCountry(country=c.country, role=c.role) for c in row.countries),
        role=row.role,
        contract_status=row.contract_status,
        contract_signed=row.contract_signed,
        contract_review=row.contract_review,
        contract_reference=row.contract_reference,
        transfer_tool=row.transfer_tool,
        transfer_detail=row.transfer_detail,
        dpf_certified=row.dpf_certified,
        transfer_fallback=row.transfer_fallback,
        certifications=tuple(
            r.Certification(
                kind=c.kind,
                name=c.name,
                scope=c.scope,
                hds_scopes=in_catalogue_order(HDS_SCOPES, (s.code for s in c.hds_scopes)),
                hds_version=c.hds_version,
                issuer=c.issuer,
                reference=c.reference,
                valid_from=c.valid_from,
                expires=c.expires,
            )
            for c in row.certifications
        ),
        uses_uids=tuple(s.uid for s in row.uses),
        measure_uids=tuple(s.uid for s in row.measures),
        notes=row.notes,
    )


def apply_subprocessor(session: Session, row: m.Subprocessor, data: r.SubprocessorInput, resolver: Resolver) -> None:
    """(`bulk.NewRows` writes new subprocessors with the same column values.)"""
    for name, value in bulk.subprocessor_columns(data).items():
        setattr(row, name, value)
    row.countries.clear()
    row.certifications.clear()
    if row.id is not None:
        session.flush()
    row.countries = [
        m.SubprocessorCountry(position=i, **bulk.country_columns(c)) for i, c in enumerate(data.countries)
    ]
    row.certifications = [
        m.Certification(
            position=i,
            **bulk.certification_columns(c),
            hds_scopes=[m.CertificationHdsScope(code=code) for code in dict.fromkeys(c.hds_scopes)],
        )
        for i, c in enumerate(data.certifications)
    ]
    row.uses = resolver.many(m.Subprocessor, data.uses_uids, "uses_uids")
    row.measures = [declared(measure) for measure in resolver.many(m.Measure, data.measure_uids, "measure_uids")]


# The DPO's other registers: a breach and a rights request as records.
BREACH_LIST_FIELDS = ("natures", "data_categories", "subject_categories", "activity_uids", "subprocessor_uids")
BREACH_PLAIN_FIELDS = tuple(name for name in r.BreachInput.__dataclass_fields__ if name not in BREACH_LIST_FIELDS)


def _in_utc(value: Any) -> Any:
    """A moment as the database gives it back (UTC), even from an object just written with another offset."""
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def breach_record(row: m.Breach) -> r.Breach:
    return r.Breach(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        **{name: _in_utc(getattr(row, name)) for name in BREACH_PLAIN_FIELDS},
        natures=tuple(row.natures),
        data_categories=tuple(row.data_categories),
        subject_categories=tuple(row.subject_categories),
        activity_uids=tuple(a.uid for a in row.activities),
        subprocessor_uids=tuple(s.uid for s in row.subprocessors),
    )


def breach_label(row: m.Breach) -> str:
    return f"{row.reference} {row.title}".strip()


REQUEST_FIELDS = tuple(r.RightsRequestInput.__dataclass_fields__)


def request_record(row: m.RightsRequest) -> r.RightsRequest:
    return r.RightsRequest(
        uid=row.uid,
        created_at=row.created_at,
        updated_at=row.updated_at,
        **{name: getattr(row, name) for name in REQUEST_FIELDS},
    )


def request_label(row: m.RightsRequest) -> str:
    return f"{row.reference} {row.requester}".strip()
