"""One register per rule code that triggers it (spoiling one detail of the engine tests' clean
register), with the editor and the widget a finding of that code must open on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from services.checks.check_builders import (
    HOST,
    HOSTING,
    MAILER,
    NEWSLETTER,
    PAYROLL,
    TODAY,
    activity,
    clean,
    contact,
    with_activity,
    with_breach,
    with_organisation,
    with_request,
    with_subprocessor,
    years,
)

from register_app.domain.enums import ActivityRole, AuthorityNotification, ContractStatus, DpiaConclusion, DpoStatus
from register_app.exports.json_export import document_of
from register_app.services import records as r
from register_app.services.interchange import import_document
from register_app.services.registers import new_register

TWO_CRITERIA = ("sensitive_data", "vulnerable_subjects")


def transfer(**fields: Any) -> r.Transfer:
    base: dict[str, Any] = {"recipient": "Mailer Inc.", "country": "US", "tool": "scc", "tia_reference": "AIT-1",
                            "subprocessor_uid": MAILER}  # fmt: skip
    return r.Transfer(**(base | fields))


def written(path: Path, snapshot: r.Snapshot) -> Path:
    """A register file holding the snapshot (as the engine's command-line tests write one)."""
    register = new_register(path, organisation="Société Exemple SAS", author="dpo", with_catalogue=False)
    import_document(register, document_of(snapshot))
    register.close()
    return path


def first(boxes: dict[str, Any]) -> Any:
    return next(iter(boxes.values()))


def first_retention_row(d: Any) -> Any:
    return d.retention.visible_rows()[0]


def not_org_wide(keep: Callable[[r.Measure], bool] = lambda _m: False) -> r.Snapshot:
    snapshot = clean()
    return dataclasses.replace(
        snapshot, measures=tuple(dataclasses.replace(m, organisation_wide=keep(m)) for m in snapshot.measures)
    )


def ssl_measure() -> r.Snapshot:
    snapshot = clean()
    measures = list(snapshot.measures)
    measures[4] = dataclasses.replace(measures[4], description="Flux chiffrés par certificat SSL")
    return dataclasses.replace(snapshot, measures=tuple(measures))


Build = Callable[[], r.Snapshot]
Widget = Callable[[Any], Any]  # the editor (or the organisation page) → the widget to focus

# code: (register, kind of editor, widget)
CASES: dict[str, tuple[Build, str, Widget]] = {
    "ART30-CONTROLLER-MISSING": (
        lambda: with_organisation(clean(), identity=r.Contact(name="Société Exemple SAS", email="c@exemple.fr")),
        "organisation", lambda p: p.identity.address),
    "ART30-DPO-MISSING": (lambda: with_organisation(clean(), dpo=r.Contact(name="Claire Martin")),
                          "organisation", lambda p: p.dpo.email),
    "ART30-CONTROLLER-CONTACT-MISSING": (
        lambda: with_organisation(clean(), identity=dataclasses.replace(contact("Exemple SA"), phone="", email="")),
        "organisation", lambda p: p.identity.phone),
    "DPO-REQUIRED-NOT-RECORDED": (lambda: with_organisation(clean(), dpo_status=DpoStatus.UNDECIDED),
                                  "organisation", lambda p: p.dpo_status),
    "DPO-NOT-RECORDED": (
        lambda: with_organisation(dataclasses.replace(clean(), activities=(activity(clean(), NEWSLETTER),)),
                                  dpo_status=DpoStatus.UNDECIDED),
        "organisation", lambda p: p.dpo_status),
    # the organisation page has no list of subprocessors: the finding opens on the organisation
    "SUBPROCESSOR-UNNAMED": (
        lambda: with_activity(clean(), PAYROLL, recipients=(r.CodedItem(code="processors", precision="Prestataires"),)),
        "organisation", lambda p: p.identity.name),
    "ART30-REPRESENTATIVE-MISSING": (
        lambda: with_organisation(clean(), identity=dataclasses.replace(contact("Exemple SA"), country="CH")),
        "organisation", lambda p: p.representative.name),
    "PROCESSOR-REGISTER-MISSING": (lambda: dataclasses.replace(clean(), activities=clean().activities[:2]),
                                   "organisation", lambda p: p.controllers),
    "ART30-JOINT-CONTROLLERS-MISSING": (lambda: with_activity(clean(), NEWSLETTER, role=ActivityRole.JOINT_CONTROLLER),
                                        "activity", lambda d: first(d.description.joint_boxes)),
    "ART30-PURPOSE-MISSING": (
        lambda: with_activity(clean(), PAYROLL, purposes=(r.Purpose(description="", legal_basis="contract"),)),
        "activity", lambda d: d.purposes.list.rows()[0].description),
    "ART30-SUBJECTS-MISSING": (lambda: with_activity(clean(), PAYROLL, data_subjects=()),
                               "activity", lambda d: first(d.data.subjects.boxes)),
    "ART30-CATEGORIES-MISSING": (lambda: with_activity(clean(), NEWSLETTER, data_categories=(), retention=()),
                                 "activity", lambda d: first(d.data.categories.boxes)),
    "ART30-RECIPIENTS-MISSING": (lambda: with_activity(clean(), PAYROLL, recipients=()),
                                 "activity", lambda d: first(d.recipients.recipients.boxes)),
    "ART30-RETENTION-MISSING": (lambda: with_activity(clean(), PAYROLL, retention=()),
                                "activity", lambda d: first_retention_row(d).active),
    "ART30-SECURITY-MISSING": (not_org_wide, "activity", lambda d: d.measures.tree),
    "ART30-CLIENT-MISSING": (lambda: with_activity(clean(), HOSTING, client_uid=None),
                             "activity", lambda d: d.description.client),
    "ART30-PROCESSING-MISSING": (lambda: with_activity(clean(), HOSTING, description=""),
                                 "activity", lambda d: d.description.description),
    "ART6-LEGAL-BASIS-MISSING": (
        lambda: with_activity(clean(), PAYROLL, purposes=(
            r.Purpose(description="Paie", legal_basis="legal_obligation"), r.Purpose(description="Statistiques RH"))),
        "activity", lambda d: d.purposes.list.rows()[1].basis),
    "ART6-INTEREST-MISSING": (
        lambda: with_activity(clean(), NEWSLETTER,
                              purposes=(r.Purpose(description="Relances", legal_basis="legitimate_interest"),)),
        "activity", lambda d: d.purposes.list.rows()[0].interest),
    "ART9-CONDITION-MISSING": (lambda: with_activity(clean(), PAYROLL, art9_condition=None),
                               "activity", lambda d: d.special.art9_condition),
    "ART10-JUSTIFICATION-MISSING": (
        lambda: with_activity(clean(), PAYROLL, data_categories=(
            *activity(clean(), PAYROLL).data_categories, r.DataCategory(code="criminal_convictions"))),
        "activity", lambda d: d.special.art10_justification),
    "NIR-JUSTIFICATION-MISSING": (lambda: with_activity(clean(), PAYROLL, nir_justification=""),
                                  "activity", lambda d: d.special.nir_justification),
    "REVIEW-OVERDUE": (lambda: with_activity(clean(), PAYROLL, last_review=date(2025, 6, 14)),
                       "activity", lambda d: d.description.last_review),
    "SECURITY-HEADING-EMPTY": (lambda: not_org_wide(lambda m: m.uid != clean().measures[1].uid),
                               "activity", lambda d: d.measures.tree),
    "DPIA-MISSING": (lambda: with_activity(clean(), PAYROLL, dpia=r.Dpia(criteria=TWO_CRITERIA)),
                     "activity", lambda d: d.dpia.status),
    "DPIA-PROBABLE": (
        lambda: with_activity(clean(), NEWSLETTER, purposes=(
            r.Purpose(description="Profilage à des fins de prospection", legal_basis="consent"),),
            data_sources=(r.CodedItem(code="third_party", precision="Achat de base de données client"),)),
        "activity", lambda d: d.dpia.status),
    "DPIA-NOT-REQUIRED-UNJUSTIFIED": (
        lambda: with_activity(clean(), PAYROLL,
                              dpia=r.Dpia(criteria=TWO_CRITERIA, conclusion=DpiaConclusion.NOT_REQUIRED)),
        "activity", lambda d: d.dpia.reason),
    "DPIA-CRITERIA-UNTICKED": (lambda: with_activity(clean(), PAYROLL, dpia=r.Dpia(criteria=("sensitive_data",))),
                               "activity", lambda d: first(d.dpia.criteria)),
    "RETENTION-CATEGORY-MISSING": (
        lambda: with_activity(clean(), PAYROLL, retention=activity(clean(), PAYROLL).retention[:2]),
        "activity", lambda d: d.retention.first_row("health").active),
    "RETENTION-CATEGORY-UNLISTED": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(
            *activity(clean(), NEWSLETTER).retention,
            r.RetentionRule(category="location", criterion="Fin de l'envoi"))),
        # the editor keeps showing a rule whose category is not ticked (it never drops it)
        "activity", lambda d: d.retention.first_row("location").active),
    "RETENTION-INDEFINITE": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(
            r.RetentionRule(category="civil_status", criterion="Durée indéfinie (archives)"),)),
        "activity", lambda d: d.retention.first_row("civil_status").criterion),
    "RETENTION-START-MISSING": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(r.RetentionRule(category="civil_status",
                                                                               active=years(3)),)),
        "activity", lambda d: d.retention.first_row("civil_status").start),
    "RETENTION-VAGUE": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(
            r.RetentionRule(category="civil_status", criterion="Tant que nécessaire"),)),
        "activity", lambda d: d.retention.first_row("civil_status").criterion),
    "RETENTION-TEXT-ONLY": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(
            r.RetentionRule(category="civil_status", criterion="5 ans à compter de la fin du contrat"),)),
        "activity", lambda d: d.retention.first_row("civil_status").active),
    "RETENTION-EXCEEDS-REFERENCE": (
        lambda: with_activity(clean(), NEWSLETTER, retention=(
            r.RetentionRule(category="civil_status", active=years(6), start_event="end_of_relationship"),)),
        "activity", lambda d: d.retention.first_row("civil_status").active),
    "TRANSFER-TOOL-MISSING": (lambda: with_subprocessor(clean(), MAILER, transfer_tool=None),
                              "subprocessor", lambda d: d.transfer_tool),
    "TRANSFER-TOOL-INAPPLICABLE": (lambda: with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="adequacy"),)),
                                   "activity", lambda d: d.transfers.list.rows()[0].tool),
    "TRANSFER-DPF-NOT-CERTIFIED": (
        lambda: with_subprocessor(with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="dpf"),)),
                                  MAILER, transfer_tool="dpf"),
        "activity", lambda d: d.transfers.list.rows()[0].tool),
    "TRANSFER-TIA-MISSING": (lambda: with_activity(clean(), NEWSLETTER, transfers=(transfer(tia_reference=""),)),
                             "activity", lambda d: d.transfers.list.rows()[0].tia),
    "TRANSFER-NOT-RECORDED": (lambda: with_activity(clean(), NEWSLETTER, transfers=()),
                              "activity", lambda d: d.transfers.from_subs),
    "HDS-MISSING": (lambda: with_subprocessor(clean(), HOST, certifications=()),
                    "subprocessor", lambda d: d.certifications.add_button),
    "CONTRACT-MISSING": (lambda: with_subprocessor(clean(), MAILER, contract_status=ContractStatus.IN_NEGOTIATION),
                         "subprocessor", lambda d: d.contract_status),
    "CONTRACT-REVIEW-OVERDUE": (lambda: with_subprocessor(clean(), MAILER, contract_review=date(2026, 6, 1)),
                                "subprocessor", lambda d: d.contract_review),
    "CERT-EXPIRED": (
        lambda: with_subprocessor(clean(), MAILER, certifications=(
            r.Certification(kind="iso27001", expires=TODAY - timedelta(days=1)),)),
        "subprocessor", lambda d: d.certifications.rows()[0].expires),
    "CERT-EXPIRING": (
        lambda: with_subprocessor(clean(), MAILER, certifications=(
            r.Certification(kind="soc2", name="SOC 2 Type II", expires=TODAY + timedelta(days=60)),)),
        "subprocessor", lambda d: d.certifications.rows()[0].expires),
    "SSL-WORDING": (ssl_measure, "measure", lambda d: d.description),
    "MFA-WORDING": (lambda: dataclasses.replace(clean(), measures=(
        dataclasses.replace(clean().measures[0], description="Mot de passe et code envoyé par e-mail"),
        *clean().measures[1:])), "measure", lambda d: d.description),
    "HDS-OUTSIDE-EEA": (lambda: with_subprocessor(clean(), HOST, countries=(r.HostingCountry(country="CH"),)),
                        "subprocessor", lambda d: d.hosting),
    "HDS-CERT-INCOMPLETE": (lambda: with_subprocessor(clean(), HOST, certifications=(r.Certification(kind="hds"),)),
                            "subprocessor", lambda d: d.certifications.rows()[0].expires),
    # the fallback's own field comes with the subprocessor editor of the ui branch
    "TRANSFER-FALLBACK-MISSING": (lambda: with_subprocessor(clean(), MAILER, transfer_tool="dpf", dpf_certified=True),
                                  "subprocessor", lambda d: getattr(d, "transfer_fallback", d.buttons)),
    "BREACH-NOTIFICATION-OVERDUE": (lambda: with_breach(discovered_at=datetime(2026, 6, 1, tzinfo=UTC)),
                                    "breach", lambda d: d.authority_status),
    "BREACH-DELAY-UNEXPLAINED": (
        lambda: with_breach(discovered_at=datetime(2026, 6, 1, tzinfo=UTC),
                            authority_status=AuthorityNotification.NOTIFIED,
                            authority_notified_at=datetime(2026, 6, 5, tzinfo=UTC)),
        "breach", lambda d: d.delay_reason),
    "BREACH-NOT-NOTIFIED-UNEXPLAINED": (
        lambda: with_breach(discovered_at=datetime(2026, 6, 1, tzinfo=UTC),
                            authority_status=AuthorityNotification.NOT_NOTIFIED),
        "breach", lambda d: d.not_notified_reason),
    "REQUEST-OVERDUE": (lambda: with_request(received_on=date(2026, 5, 1)), "rights_request", lambda d: d.status),
    "REQUEST-EXTENSION-UNEXPLAINED": (lambda: with_request(received_on=date(2026, 6, 1), extended=True),
                                      "rights_request", lambda d: d.extension_reason),
}  # fmt: skip
