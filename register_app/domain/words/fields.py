"""A field of the register as a finding or an error names it: its path ("purposes[1].legal_basis",
as in validation issues and check findings) in words ("Finalité n° 2 : base légale")."""

from __future__ import annotations

import re

from register_app.domain.words.language import Lang, Pair, colon, pick

# A field as a whole.
FIELDS: dict[str, Pair] = {
    "identity": ("Identité et coordonnées", "Identity and contact details"),
    "dpo": ("Délégué à la protection des données", "Data protection officer"),
    "dpo_status": ("Désignation d'un délégué à la protection des données", "Designation of a data protection officer"),
    "subprocessors": ("Sous-traitants", "Subprocessors"),
    "authentication": ("Authentification", "Authentication"),
    "representative": ("Représentant dans l'Union", "Representative in the EU"),
    "processor_register": ("Registre sous-traitant", "Processor register"),
    "name": ("Nom", "Name"),
    "description": ("Description", "Description"),
    "client_uid": ("Responsable du traitement (client)", "Controller (client)"),
    "joint_controller_uids": ("Responsable(s) conjoint(s)", "Joint controller(s)"),
    "last_review": ("Dernière revue", "Last review"),
    "purposes": ("Finalités", "Purposes"),
    "data_subjects": ("Catégories de personnes concernées", "Categories of data subjects"),
    "data_categories": ("Catégories de données", "Data categories"),
    "art9_condition": ("Exception de l'article 9.2 du RGPD", "GDPR Art. 9(2) condition"),
    "art10_justification": ("Fondement du traitement des données d'infraction (art. 10)",
                            "Basis for processing offence data (Art. 10)"),
    "nir_justification": ("Fondement de l'utilisation du NIR", "Basis for using the social security number (NIR)"),
    "recipients": ("Destinataires", "Recipients"),
    "transfers": ("Transferts hors UE", "Transfers outside the EU"),
    "retention": ("Durées de conservation", "Retention periods"),
    "measures": ("Mesures de sécurité", "Security measures"),
    "dpia": ("Analyse d'impact", "DPIA"),
    "contract_status": ("Contrat (art. 28)", "Contract (Art. 28)"),
    "contract_review": ("Révision prévue du contrat", "Contract review due"),
    "transfer_tool": ("Outil de transfert", "Transfer tool"),
    "transfer_fallback": ("Outil de transfert de repli", "Fallback transfer tool"),
    "countries": ("Pays d'hébergement et d'accès", "Hosting and access countries"),
    "dpf_certified": ("Certifié DPF (Data Privacy Framework)", "DPF (Data Privacy Framework) certified"),
    "certifications": ("Certifications", "Certifications"),
    # The other fields the history names.
    "reference": ("Référence", "Reference"),
    "role": ("Rôle (responsable ou sous-traitant)", "Role (controller or processor)"),
    "department": ("Service", "Department"),
    "owner_name": ("Responsable opérationnel", "Process owner"),
    "owner_email": ("Courriel du responsable opérationnel", "Process owner's e-mail"),
    "status": ("Statut", "Status"),
    "software": ("Logiciels", "Software"),
    "retired_on": ("Date de retrait", "Retired on"),
    "data_sources": ("Sources des données", "Data sources"),
    "subprocessor_uids": ("Sous-traitants", "Subprocessors"),
    "art9_justification": ("Justification de l'exception de l'article 9.2", "Art. 9(2) condition: justification"),
    "notes": ("Notes internes", "Internal notes"),
    "sha256": ("Empreinte SHA-256", "SHA-256 fingerprint"),  # of a frozen version
    # Breaches and rights requests
    "authority_status": ("Notification à l'autorité de contrôle", "Notification to the supervisory authority"),
    "delay_reason": ("Raisons du retard de notification", "Reasons for the late notification"),
    "not_notified_reason": ("Raison de ne pas notifier", "Reason for not notifying"),
    "extension_reason": ("Motifs de la prolongation", "Reasons for the extension"),
    "requester": ("Personne concernée", "Person"),
    "requester_contact": ("Coordonnées de la personne", "Person's contact details"),
    "request_type": ("Droit exercé", "Right exercised"),
    "channel": ("Reçue par", "Received by"),
    "received_on": ("Reçue le", "Received on"),
    "identity_check": ("Vérification d'identité", "Identity check"),
    "extended": ("Délai prolongé", "Period extended"),
    "answered_on": ("Répondue le", "Answered on"),
    "answer_summary": ("Réponse", "Answer"),
}  # fmt: skip
# One numbered item of a field, {n} counted from 1.
ITEMS: dict[str, Pair] = {
    "purposes": ("Finalité n° {n}", "Purpose {n}"),
    "data_categories": ("Catégorie de données n° {n}", "Data category {n}"),
    "transfers": ("Transfert n° {n}", "Transfer {n}"),
    "retention": ("Durée de conservation n° {n}", "Retention period {n}"),
    "certifications": ("Certification n° {n}", "Certification {n}"),
}
# A part of a field or of an item.
PARTS: dict[str, Pair] = {
    "legal_basis": ("base légale", "legal basis"),
    "legitimate_interest": ("intérêt légitime poursuivi", "legitimate interest pursued"),
    "balancing_test": ("mise en balance", "balancing test"),
    "tool": ("outil de transfert", "transfer tool"),
    "tia_reference": ("analyse d'impact des transferts", "transfer impact assessment"),
    "category": ("catégorie de données", "data category"),
    "criterion": ("critère", "criterion"),
    "start_event": ("point de départ", "start of the period"),
    "expires": ("date d'expiration", "expiry date"),
    "status": ("état", "status"),
    "reason": ("justification", "reason"),
    "criteria": ("critères du CEPD", "EDPB criteria"),
    "list_match": ("liste de la CNIL", "CNIL list"),
    "active": ("durée", "duration"),
    "hds_scopes": ("périmètre HDS", "HDS scope"),
    "conclusion": ("conclusion", "conclusion"),
    "completed_on": ("date", "date"),
    "reference": ("référence", "reference"),
    "note": ("note", "note"),
}
PATH = re.compile(r"^(?P<name>[a-z_0-9]+)(\[(?P<index>\d+)\])?(\.(?P<part>[a-z_0-9]+))?$")


def field_text(path: str, lang: Lang) -> str:
    """'purposes[1].legal_basis' → 'Finalité n° 2 : base légale'; an unknown path is given as it is."""
    match = PATH.match(path)
    if match is None or match["name"] not in FIELDS:
        return path
    name, index, part = match["name"], match["index"], match["part"]
    if index is not None and name in ITEMS:
        text = pick(ITEMS[name], lang, n=int(index) + 1)
    else:
        text = pick(FIELDS[name], lang)
    if part:
        return colon(text, pick(PARTS[part], lang) if part in PARTS else part, lang)
    return text
