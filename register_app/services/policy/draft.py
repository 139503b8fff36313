"""Accepted proposals into a register, through the import's single transaction: the activities enter
as drafts, the measures as the catalogue's own (declared in place, for the whole organisation), the
hosts as subprocessors. Every object notes the policy file it was drafted from, so its creation in
the history says so."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from register_app.domain.base import utcnow
from register_app.domain.catalogues import Lang
from register_app.domain.enums import ActivityStatus, DpoStatus, DurationUnit, FinalFate, MeasureStatus
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.interchange import ImportSummary, import_document
from register_app.services.policy import proposals as p
from register_app.services.policy.extract import extract
from register_app.services.policy.reader import read_policy
from register_app.services.registers import new_register
from register_app.store.register_file import RegisterFile

NOTE = {
    "fr": "Rédigé depuis la politique de confidentialité « {source} » : à relire avant de l'activer.",
    "en": "Drafted from the privacy policy “{source}”: review it before making it active.",
}


def draft_from_policy(policy: Path, out: Path, *, lang: Lang = "fr", author: str | None = None) -> tuple[
        p.Proposals, ImportSummary]:  # fmt: skip
    """Read the policy, extract its proposals and write them as a new register at `out` (which must not
    exist): all of them or, if anything fails, no file at all."""
    proposals = extract(read_policy(policy), lang)
    return proposals, draft_register(out, proposals, lang=lang, author=author)


def draft_register(out: Path, proposals: p.Proposals, *, lang: Lang = "fr", author: str | None = None) -> ImportSummary:
    """A new register at `out` holding the (accepted) proposals, or no file at all."""
    name = proposals.organisation.name if proposals.organisation and proposals.organisation.name else out.stem
    register = new_register(out, organisation=name, author=author, lang=lang)
    try:
        summary = apply_proposals(register, proposals)
    except BaseException:
        register.close()
        out.unlink(missing_ok=True)
        raise
    register.close()
    return summary


def apply_proposals(register: RegisterFile, proposals: p.Proposals) -> ImportSummary:
    """Write the (accepted) proposals into an open register, in one transaction."""
    return import_document(register, document_of(proposals, register_organisation(register)))


def register_organisation(register: RegisterFile) -> r.Organisation:
    from register_app.services.snapshot import take_snapshot

    return take_snapshot(register).organisation


def document_of(proposals: p.Proposals, current: r.Organisation) -> RegisterDocument:
    now = utcnow()
    note = NOTE["fr" if proposals.lang == "fr" else "en"].format(source=proposals.source)
    measures = {m.code: _measure(m, now, note) for m in proposals.measures}
    hosts = {s.name: _subprocessor(s, now, note) for s in proposals.subprocessors}
    activities = tuple(_activity(a, now, note, measures, hosts) for a in proposals.activities)
    return RegisterDocument(
        organisation=_organisation(proposals, current),
        measures=tuple(measures.values()),
        subprocessors=tuple(hosts.values()),
        activities=activities,
    )


def _organisation(proposals: p.Proposals, current: r.Organisation) -> r.Organisation:
    o, d = proposals.organisation, proposals.dpo
    identity = current.identity
    if o is not None:
        identity = r.Contact(name=o.name or identity.name, address=o.address or identity.address,
                             postcode=o.postcode or identity.postcode, city=o.city or identity.city,
                             country=o.country or identity.country, phone=identity.phone,
                             email=o.email or identity.email)  # fmt: skip
    result = r.Organisation(
        identity=identity, legal_form=(o.legal_form if o else "") or current.legal_form,
        websites=", ".join(o.websites) if o and o.websites else current.websites,
        siren=(o.siren if o else "") or current.siren, trade_names=current.trade_names,
        representative=current.representative, dpo_status=current.dpo_status, dpo=current.dpo,
        dpo_title=current.dpo_title, dpo_company=current.dpo_company,
        dpo_not_designated_reason=current.dpo_not_designated_reason,
    )  # fmt: skip
    if d is not None:
        result = r.Organisation(**{**result.__dict__, "dpo_status": DpoStatus.DESIGNATED,
                                   "dpo": r.Contact(name=d.name, email=d.email, phone=d.phone),
                                   "dpo_company": d.company})  # fmt: skip
    return result


def _measure(m: p.Measure, now: datetime, note: str) -> r.Measure:
    return r.Measure(uid=str(uuid.uuid4()), created_at=now, updated_at=now, name=m.name, heading=m.heading,  # type: ignore[arg-type]
                     description=m.detail, status=MeasureStatus.IN_PLACE, organisation_wide=True,
                     evidence=note, catalogue_code=m.code)  # fmt: skip


def _subprocessor(s: p.Subprocessor, now: datetime, note: str) -> r.Subprocessor:
    countries = (r.HostingCountry(country=s.country),) if s.country else ()
    return r.Subprocessor(uid=str(uuid.uuid4()), created_at=now, updated_at=now, name=s.name, service=s.service,
                          country=s.country, countries=countries,
                          certifications=tuple(r.Certification(kind=c) for c in s.certifications),
                          notes=f"{note}\n{s.sources[0].text}" if s.sources else note)  # fmt: skip


def _retention(rule: p.Retention) -> r.RetentionRule:
    """A rule as the register keeps it; "supprimées dès le paiement" (nothing kept after the event) is
    no duration but the event and deletion as the final fate."""
    at_once = rule.duration_value == 0
    active = (r.Duration(value=rule.duration_value, unit=DurationUnit(rule.duration_unit))
              if rule.duration_value and rule.duration_unit else None)  # fmt: skip
    return r.RetentionRule(category=rule.data_category or "other", label=rule.label, active=active,
                           start_event=rule.start_event, final_fate=FinalFate.DELETE if at_once else None,
                           criterion=rule.text)  # fmt: skip


def _activity(a: p.Activity, now: datetime, note: str, measures: dict[str, r.Measure],
              hosts: dict[str, r.Subprocessor]) -> r.Activity:  # fmt: skip
    categories = {c.code: c for c in a.data_categories}
    for rule in a.retention:  # a period stated for a kind of data says the activity holds it
        if rule.data_category and rule.data_category not in categories:
            categories[rule.data_category] = p.Coded(rule.data_category, rule.label)
    return r.Activity(
        uid=str(uuid.uuid4()), created_at=now, updated_at=now, name=a.name, status=ActivityStatus.DRAFT,
        purposes=tuple(r.Purpose(description=x.text, legal_basis=x.legal_basis,
                                 legal_basis_note=x.legal_basis_quote) for x in a.purposes),
        data_subjects=tuple(r.DataSubject(code=c.code, precision=c.detail) for c in a.data_subjects),
        data_categories=tuple(r.DataCategory(code=c.code, description=c.detail) for c in categories.values()),
        recipients=tuple(r.CodedItem(code=c.code, precision=c.detail) for c in a.recipients),
        subprocessor_uids=tuple(hosts[n].uid for n in a.subprocessors if n in hosts),
        transfers=tuple(r.Transfer(recipient=t.recipient, country=t.country, tool=t.safeguard,
                                   subprocessor_uid=hosts[t.recipient].uid if t.recipient in hosts else None)
                        for t in a.transfers),
        retention=tuple(_retention(rule) for rule in a.retention),
        measures=tuple(r.MeasureLink(measure_uid=measures[c].uid) for c in a.measures if c in measures),
        notes=note,
    )  # fmt: skip
