"""What a DPO adds to the two expected registers once the policy is no longer the only source:
legal bases, the Art. 9 condition, the DPO, retention for every category with its start event,
signed contracts, the HDS certificate's scope and expiry, the providers the policy leaves unnamed,
the missing security headings, and TLS instead of SSL. Names of the providers are invented."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from support.expected_registers import STAMPS, uid

from register_app.domain.enums import CnilHeading, ContractStatus, DpiaConclusion, DpiaStatus, DpoStatus, DurationUnit
from register_app.services import records as r
from register_app.services.document import RegisterDocument

Change = Callable[[r.Activity], dict[str, Any]]


def years(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.YEARS)


def months(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.MONTHS)


def based(activity: r.Activity, *bases: str, **documented: str) -> tuple[r.Purpose, ...]:
    """The activity's purposes with their bases (the last one repeated), an interest documented
    wherever the basis is a legitimate interest."""
    chosen = [*bases, *[bases[-1]] * len(activity.purposes)]
    return tuple(
        dataclasses.replace(p, legal_basis=basis, **(documented if basis == "legitimate_interest" else {}))
        for p, basis in zip(activity.purposes, chosen, strict=False)
    )


INTEREST = {
    "legitimate_interest": "Connaître et améliorer l'usage du service par les clients",
    "balancing_test": "Clients informés par la politique de confidentialité, droit d'opposition, données limitées",
}


def rule(category: str, *, active: r.Duration | None = None, archive: r.Duration | None = None, start: str,
         criterion: str = "", source: str = "") -> r.RetentionRule:  # fmt: skip
    return r.RetentionRule(
        category=category, active=active, archive=archive, start_event=start, criterion=criterion, source=source
    )


ACCOUNTING = rule(
    "economic_financial", archive=years(10), start="end_of_fiscal_year", source="Code de commerce, art. L.123-22"
)


def started(retention: tuple[r.RetentionRule, ...], start: str) -> tuple[r.RetentionRule, ...]:
    return tuple(x if x.start_event else dataclasses.replace(x, start_event=start) for x in retention)


def done(criteria: tuple[str, ...], reference: str, list_match: str | None = None) -> r.Dpia:
    return r.Dpia(
        criteria=criteria,
        list_match=list_match,
        conclusion=DpiaConclusion.REQUIRED,
        status=DpiaStatus.DONE,
        completed_on=date(2026, 11, 2),
        reference=reference,
    )


def measure(name: str, heading: CnilHeading) -> r.Measure:
    return r.Measure(uid=uid("measure", name), name=name, heading=heading, **STAMPS)


def provider(name: str, service: str, **fields: Any) -> r.Subprocessor:
    return r.Subprocessor(
        uid=uid("subprocessor", name),
        name=name,
        service=service,
        country="FR",
        countries=(r.HostingCountry(country="FR"),),
        **(signed() | fields),
        **STAMPS,
    )


def signed() -> dict[str, Any]:
    return {
        "contract_status": ContractStatus.SIGNED,
        "contract_signed": date(2026, 1, 15),
        "contract_review": date(2027, 1, 15),
        "contract_reference": "DPA-2026",
    }


def completed(
    document: RegisterDocument,
    changes: dict[str, Change],
    *,
    organisation: dict[str, Any] | None = None,
    measures: tuple[r.Measure, ...] = (),
    subprocessors: tuple[r.Subprocessor, ...] = (),
    subprocessor_changes: dict[str, dict[str, Any]] | None = None,
    measure_changes: dict[str, dict[str, Any]] | None = None,
) -> RegisterDocument:
    """The document with each named activity changed, and objects added or changed."""
    assert set(changes) <= {a.name for a in document.activities}, set(changes) - {a.name for a in document.activities}
    return dataclasses.replace(
        document,
        organisation=dataclasses.replace(document.organisation, **(organisation or {})),
        measures=tuple(dataclasses.replace(m, **(measure_changes or {}).get(m.name, {})) for m in document.measures)
        + measures,
        subprocessors=tuple(
            dataclasses.replace(s, **(subprocessor_changes or {}).get(s.name, {})) for s in document.subprocessors
        )
        + subprocessors,
        activities=tuple(
            dataclasses.replace(a, **changes[a.name](a)) if a.name in changes else a for a in document.activities
        ),
    )


def itiaki(document: RegisterDocument) -> RegisterDocument:
    care_measures = (
        measure("Journalisation des accès aux dossiers", CnilHeading.TRACEABILITY),
        measure("Mises à jour de sécurité et antivirus", CnilHeading.SOFTWARE_PROTECTION),
        measure("Sauvegardes chiffrées quotidiennes hors site", CnilHeading.BACKUP),
    )
    mailer = provider("Routeur Mail SAS", "Envoi des campagnes d'emailing et mesure de leur efficacité")
    audience = provider("Mesure Web SAS", "Mesure d'audience du site")

    def patients(a: r.Activity) -> dict[str, Any]:
        return {
            "purposes": based(a, "contract"),
            "art9_condition": "health_care",
            "retention": (
                *a.retention,
                *(dataclasses.replace(a.retention[0], category=c) for c in ("personal_life", "health")),
            ),
            "measures": (*a.measures, *(r.MeasureLink(measure_uid=m.uid) for m in care_measures)),
            "dpia": done(("sensitive_data", "vulnerable_subjects"), "AIPD-2026-01"),
        }

    return completed(
        document,
        {
            "Inscription et gestion des comptes utilisateurs (accès à l'espace de gestion du cabinet)": lambda a: {
                "purposes": based(a, "contract")
            },
            "Données créées par l'utilisateur dans le logiciel (agenda, patients et contacts, consultations, "
            "courriers)": patients,
            "Bonne utilisation et amélioration du service (adresse IP, journaux de connexion)": lambda a: {
                "purposes": based(a, "legitimate_interest", **INTEREST),
                "retention": started(a.retention, "collection"),
            },
            "Règlement de l'abonnement (facturation)": lambda a: {
                "purposes": based(a, "legal_obligation"),
                "retention": (dataclasses.replace(ACCOUNTING, category="civil_status"), ACCOUNTING),
            },
            "Relation client, informations et offres commerciales (dont mesure des campagnes d'emailing)": lambda a: {
                "purposes": based(a, "contract", "legitimate_interest", "legitimate_interest", "consent", **INTEREST),
                "retention": (
                    rule("civil_status", active=years(3), start="end_of_relationship"),
                    rule("internet", active=months(13), start="collection"),
                ),
                "subprocessor_uids": (*a.subprocessor_uids, mailer.uid),
            },
            "Cookies techniques et mesure d'audience": lambda a: {
                "purposes": based(a, "legitimate_interest", "consent", **INTEREST),
                "subprocessor_uids": (*a.subprocessor_uids, audience.uid),
            },
        },
        organisation={
            "dpo_status": DpoStatus.DESIGNATED,
            "dpo": r.Contact(name="Claire Martin", email="dpo@itiaki.com"),
            "dpo_company": "Cabinet Conformité Santé",
        },
        measures=care_measures,
        subprocessors=(mailer, audience),
        subprocessor_changes={
            "AZNetwork": signed()
            | {
                "certifications": (
                    r.Certification(
                        kind="hds",
                        hds_scopes=("physical_sites", "hardware_infrastructure", "virtual_infrastructure"),
                        hds_version="v2",
                        valid_from=date(2025, 3, 1),
                        expires=date(2028, 3, 1),
                    ),
                )
            }
        },
    )


def wimi(document: RegisterDocument) -> RegisterDocument:
    host = provider("Centres de Données Paris SAS", "Hébergement des serveurs (centres de données en France)")
    crm = provider("Éditeur CRM SAS", "Solution de CRM")

    def everywhere(a: r.Activity) -> dict[str, Any]:
        return {"subprocessor_uids": (host.uid,)}

    def prospecting(a: r.Activity) -> dict[str, Any]:
        return {
            "subprocessor_uids": (host.uid, crm.uid),
            "retention": (
                *started(a.retention, "end_of_relationship"),
                rule("connection", active=years(3), start="last_contact"),
            ),
        }

    return completed(
        document,
        {
            "Gestion des inscriptions, abonnements et connexions aux services Wimi": lambda a: {
                "subprocessor_uids": (host.uid, crm.uid),
                "retention": started(a.retention, "last_contact"),
            },
            "Support, demandes de contact et d'assistance": lambda a: {
                "purposes": based(a, "contract"),
                "subprocessor_uids": (host.uid, crm.uid),
            },
            "Newsletter, gestion et suivi de la relation client et des prospects (segmentation, ciblage)": lambda a: {
                **prospecting(a),
                "purposes": based(a, "consent", "legitimate_interest", **INTEREST),
            },
            "Profilage à des fins de prospection commerciale": lambda a: {
                **prospecting(a),
                "dpia": done(
                    ("evaluation_scoring", "matching_combining"), "AIPD-2026-02", "req_profiling_external_data"
                ),
            },
            "Comptabilité, facturation, impayés et contentieux": lambda a: {
                "purposes": based(a, "legal_obligation"),
                "subprocessor_uids": (host.uid,),
                "retention": (
                    *started(a.retention, "transaction"),
                    dataclasses.replace(ACCOUNTING, category="civil_status"),
                ),
            },
            "Conservation des données de connexion (obligations légales de sécurité)": lambda a: {
                **everywhere(a),
                "retention": started(a.retention, "last_contact"),
            },
            "Enquêtes de satisfaction et statistiques d'optimisation des services": lambda a: {
                **everywhere(a),
                "purposes": based(a, "legitimate_interest", **INTEREST),
                "retention": (
                    rule("civil_status", active=years(3), start="collection"),
                    rule("connection", active=years(1), start="collection"),
                ),
            },
            "Gestion des demandes d'exercice des droits": lambda a: {
                **everywhere(a),
                "purposes": based(a, "legal_obligation"),
                "retention": (rule("civil_status", archive=years(5), start="event", criterion="après la réponse"),),
            },
            "Cookies": lambda a: {
                **everywhere(a),
                "purposes": based(a, "consent"),
                "retention": started(a.retention, "collection"),
            },
        },
        subprocessors=(host, crm),
        measure_changes={
            "Chiffrement SSL des transmissions": {
                "name": "Chiffrement TLS des transmissions",
                "description": "TLS 1.2 minimum entre les terminaux des utilisateurs et les serveurs.",
            }
        },
    )


COMPLETIONS: dict[str, Callable[[RegisterDocument], RegisterDocument]] = {
    "itiaki-expected.json": itiaki,
    "wimi-expected.json": wimi,
}
# Warnings a completed register keeps, each because it is right: (code, object, field).
JUSTIFIED_WARNINGS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "itiaki-expected.json": (),
    # The newsletter segments and targets people, fed by bought customer databases: what the CNIL
    # lists as profiling with data from external sources. Only the DPO can confirm it or run the DPIA.
    "wimi-expected.json": (("DPIA-PROBABLE", "T-003", "dpia.status"),),
}
