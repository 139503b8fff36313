"""The compliance checks as the full register's exports show them: the report of the snapshot on
the day it was taken, and each finding's object and field in words. Shared by the PDF annex and
the workbook sheet; the Article 30 extract never carries findings."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime

from register_app.domain.catalogues import Lang
from register_app.exports.labels import text
from register_app.services import records as r
from register_app.services.checks import CheckReport, Finding, Severity, report_of
from register_app.services.checks.output import KIND_WORDS, word

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
INDEX = re.compile(r"\[(\d+)\]")

# A finding's field (a path as in validation issues, indices replaced by []) in words; {n} is the
# item's number as the user counts (from 1). A path not listed here is shown as it is.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "authority_status": ("Notification à l'autorité de contrôle", "Notification to the supervisory authority"),
    "delay_reason": ("Raisons du retard de notification", "Reasons for the late notification"),
    "not_notified_reason": ("Raison de ne pas notifier", "Reason for not notifying"),
    "status": ("État de la demande", "Status of the request"),
    "extension_reason": ("Motifs de la prolongation", "Reasons for the extension"),
    "identity": ("Identité et coordonnées", "Identity and contact details"),
    "dpo": ("Délégué à la protection des données", "Data protection officer"),
    "dpo_status": ("Désignation d'un délégué à la protection des données", "Designation of a data protection officer"),
    "subprocessors": ("Sous-traitants", "Subprocessors"),
    "representative": ("Représentant", "Representative"),
    "processor_register": ("Registre sous-traitant", "Processor register"),
    "name": ("Nom", "Name"),
    "description": ("Description", "Description"),
    "purposes": ("Finalités", "Purposes"),
    "purposes[].legal_basis": ("Finalité n° {n} : base légale", "Purpose {n}: legal basis"),
    "purposes[].legitimate_interest": ("Finalité n° {n} : intérêt légitime poursuivi",
                                       "Purpose {n}: legitimate interest pursued"),
    "purposes[].balancing_test": ("Finalité n° {n} : mise en balance", "Purpose {n}: balancing test"),
    "data_subjects": ("Catégories de personnes concernées", "Categories of data subjects"),
    "data_categories": ("Catégories de données", "Data categories"),
    "data_categories[]": ("Catégorie de données n° {n}", "Data category {n}"),
    "recipients": ("Destinataires", "Recipients"),
    "retention": ("Durées de conservation", "Retention periods"),
    "retention[]": ("Durée de conservation n° {n}", "Retention period {n}"),
    "retention[].active": ("Durée de conservation n° {n} : durée", "Retention period {n}: duration"),
    "retention[].category": ("Durée de conservation n° {n} : catégorie", "Retention period {n}: category"),
    "retention[].criterion": ("Durée de conservation n° {n} : critère", "Retention period {n}: criterion"),
    "retention[].start_event": ("Durée de conservation n° {n} : point de départ", "Retention period {n}: start"),
    "transfers": ("Transferts hors UE", "Transfers outside the EU"),
    "transfers[].tool": ("Transfert n° {n} : outil de transfert", "Transfer {n}: transfer tool"),
    "transfers[].tia_reference": ("Transfert n° {n} : analyse d'impact des transferts",
                                  "Transfer {n}: transfer impact assessment"),
    "measures": ("Mesures de sécurité", "Security measures"),
    "client_uid": ("Responsable du traitement (client)", "Controller (client)"),
    "joint_controller_uids": ("Responsable(s) conjoint(s)", "Joint controller(s)"),
    "art9_condition": ("Exception de l'article 9.2 du RGPD", "GDPR Art. 9(2) condition"),
    "art10_justification": ("Fondement du traitement des données d'infraction (art. 10)",
                            "Basis for processing offence data (Art. 10)"),
    "nir_justification": ("Fondement de l'utilisation du NIR", "Basis for using the NIR"),
    "dpia.status": ("Analyse d'impact : état", "DPIA: status"),
    "dpia.criteria": ("Analyse d'impact : critères du CEPD", "DPIA: EDPB criteria"),
    "dpia.reason": ("Analyse d'impact : justification", "DPIA: reason"),
    "dpia.list_match": ("Analyse d'impact : liste de la CNIL", "DPIA: CNIL list"),
    "last_review": ("Dernière revue", "Last review"),
    "transfer_tool": ("Outil de transfert", "Transfer tool"),
    "transfer_fallback": ("Outil de transfert de repli", "Fallback transfer tool"),
    "countries": ("Pays d'hébergement et d'accès", "Hosting and access countries"),
    "dpf_certified": ("Certifié DPF", "DPF certified"),
    "contract_status": ("Contrat (art. 28)", "Contract (Art. 28)"),
    "contract_review": ("Révision prévue du contrat", "Contract review due"),
    "certifications": ("Certifications", "Certifications"),
    "certifications[].expires": ("Certification n° {n} : date d'expiration", "Certification {n}: expiry date"),
    "certifications[].hds_scopes": ("Certification n° {n} : périmètre HDS", "Certification {n}: HDS scope"),
    "authentication": ("Authentification", "Authentication"),
}  # fmt: skip


def check_date(snapshot: r.Snapshot) -> date:
    """The day of the check: the local date the snapshot was taken."""
    return (snapshot.taken_at or datetime.now(UTC)).astimezone().date()


def findings_report(snapshot: r.Snapshot, *, shown: r.Snapshot | None = None) -> CheckReport:
    """The checks' report on the register, the one the app's checks page gives. With `shown`, the
    snapshot a document states, the findings about a measure it does not state (a catalogue
    suggestion the DPO never declared) are left out, as the measure is."""
    report = report_of(snapshot, today=check_date(snapshot))
    if shown is None:
        return report
    stated = {m.uid for m in shown.measures}

    def kept(finding: Finding) -> bool:
        return finding.object_kind != "measure" or finding.object_uid in stated

    return dataclasses.replace(report, findings=tuple(f for f in report.findings if kept(f)),
                               dismissed=tuple(d for d in report.dismissed if kept(d[0])))  # fmt: skip


def by_severity(findings: tuple[Finding, ...]) -> list[tuple[Severity, list[Finding]]]:
    """The findings grouped by severity, errors first; severities without a finding left out."""
    groups = [(s, [f for f in findings if f.severity == s]) for s in SEVERITIES]
    return [(s, group) for s, group in groups if group]


def severity_word(severity: Severity, lang: Lang) -> str:
    return text(f"severity_{severity.value}", lang)


def kind_word(finding: Finding, lang: Lang) -> str:
    return word(KIND_WORDS.get(finding.object_kind, (finding.object_kind, finding.object_kind)), lang)


def object_text(finding: Finding) -> str:
    """The object as the register names it: an activity by its reference and name, otherwise its name."""
    return finding.object_label or finding.object_ref


def field_text(path: str, lang: Lang) -> str:
    """'purposes[2].legal_basis' → 'Finalité n° 3 : base légale'; the path itself when not known."""
    words = FIELD_WORDS.get(INDEX.sub("[]", path))
    if words is None:
        return path
    numbers = INDEX.findall(path)
    return (words[0] if lang == "fr" else words[1]).format(n=int(numbers[0]) + 1 if numbers else "")


def summary_text(report: CheckReport, lang: Lang) -> str:
    return text("findings_summary", lang, errors=report.count(Severity.ERROR),
                warnings=report.count(Severity.WARNING), infos=report.count(Severity.INFO),
                dismissed=len(report.dismissed))  # fmt: skip
