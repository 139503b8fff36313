"""Synthetic registers for the benchmark: realistic French text with accents; each activity has
5 subprocessors drawn from a pool of 300, 8 catalogue measures, 3 transfers and 6 retention rules.

A register is built as one RegisterDocument in memory and imported in one transaction into a new
file; files are cached under bench/.cache/, keyed by size and GENERATOR_VERSION."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from register_app.domain.catalogues import SECURITY_MEASURES, catalogue
from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    ContractStatus,
    CountryRole,
    DurationUnit,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.interchange import import_document
from register_app.services.measures import catalogue_measures
from register_app.store.register_file import create_register

GENERATOR_VERSION = 1
CACHE = Path(__file__).with_name(".cache")
SUBPROCESSOR_POOL = 300
AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)

SERVICES = ["Ressources humaines", "Comptabilité", "Relation client", "Sécurité informatique", "Marketing",
            "Achats", "Juridique", "Qualité", "Santé au travail", "Direction générale", "Logistique",
            "Formation", "Recherche clinique", "Support technique", "Facturation"]  # fmt: skip
OBJECTS = ["dossiers du personnel", "candidatures reçues", "réclamations clients", "contrats fournisseurs",
           "accès aux locaux", "journaux de connexion", "notes de frais", "entretiens annuels",
           "demandes d'exercice des droits", "prospects issus des salons", "abonnés à la lettre d'information",
           "patients suivis à domicile", "tickets d'assistance", "enquêtes de satisfaction",
           "visites médicales", "badges et vidéoprotection", "déclarations sociales", "élèves et stagiaires",
           "bénévoles de l'association", "cartes de fidélité"]  # fmt: skip
VERBS = ["Gestion des", "Suivi des", "Traitement des", "Archivage des", "Analyse des", "Contrôle des",
         "Numérisation des", "Relance des"]  # fmt: skip
SENTENCES = [
    "Les données sont collectées auprès de la personne concernée lors de la création de son dossier.",
    "Elles sont vérifiées par le service compétent puis conservées dans l'application métier hébergée en France.",
    "Chaque accès est journalisé et les habilitations sont revues deux fois par an par le responsable.",
    "Les pièces justificatives reçues par courriel sont déposées dans l'espace sécurisé, jamais sur un poste.",
    "Le traitement répond à une obligation légale prévue par le Code du travail et le Code de la sécurité sociale.",
    "Une analyse d'impact a été menée en février ; ses conclusions ont été validées par le comité de pilotage.",
    "Les échanges avec le prestataire passent par une plateforme chiffrée de bout en bout.",
    "À l'échéance, les données sont anonymisées afin de produire des statistiques agrégées.",
    "Le délégué à la protection des données est consulté avant toute évolution du périmètre.",
    "Les salariés sont informés par une mention figurant dans le règlement intérieur et sur l'intranet.",
    "Les données de santé ne sont accessibles qu'au médecin du travail et à son assistante.",
    "Une procédure écrite décrit la réponse aux demandes d'accès, de rectification et d'effacement.",
]
COMPANIES = ["Nuage", "Hébergement", "Logiciels", "Conseil", "Paie", "Messagerie", "Sauvegarde", "Télécom",
             "Éditions", "Données", "Réseaux", "Santé", "Sécurité", "Archives", "Signature"]  # fmt: skip
SUFFIXES = ["SAS", "SARL", "SA", "Ltd", "GmbH", "Inc.", "SE", "& Associés"]
PLACES = ["Lyon", "Nantes", "Besançon", "Orléans", "Grenoble", "Saint-Étienne", "Montréal", "Genève", "Nîmes",
          "Vénissieux", "Clermont-Ferrand", "Aix-en-Provence"]  # fmt: skip
CATEGORIES = ["civil_status", "personal_life", "professional_life", "economic_financial", "connection", "location",
              "internet"]  # fmt: skip
SUBJECTS = ["employees", "customers", "prospects", "candidates", "patients", "users", "suppliers"]
BASES = ["consent", "contract", "legal_obligation", "legitimate_interest", "public_task"]
EVENTS = ["collection", "last_contact", "end_of_contract", "end_of_relationship", "end_of_employment"]
THIRD_COUNTRIES = ["US", "IN", "MA", "TN", "BR", "SG"]
TOOLS = ["scc", "bcr", "dpf", "scc"]


def prose(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def subprocessor(rng: random.Random, n: int, measure_uids: list[str]) -> r.Subprocessor:
    name = f"{rng.choice(COMPANIES)} {rng.choice(COMPANIES)} {n:03d} {rng.choice(SUFFIXES)}"
    abroad = rng.random() < 0.3
    return r.Subprocessor(
        uid=f"s{n:04d}", name=name, service=f"Prestation « {rng.choice(SERVICES).lower()} »",
        contact_name="Hélène Dupré", contact_email=f"dpo{n}@prestataire.example", city=rng.choice(PLACES),
        country="FR",
        countries=(r.HostingCountry(country="FR"),
                   *((r.HostingCountry(country=rng.choice(THIRD_COUNTRIES), role=CountryRole.ACCESS),) if abroad
                     else ())),
        contract_status=ContractStatus.SIGNED, contract_signed=date(2023, 1 + n % 12, 1 + n % 27),
        transfer_tool="scc" if abroad else None, measure_uids=tuple(rng.sample(measure_uids, 3)),
        notes=prose(rng, 1), created_at=AT, updated_at=AT,
    )  # fmt: skip


def activity(rng: random.Random, n: int, subs: list[str], measure_uids: list[str]) -> r.Activity:
    service = rng.choice(SERVICES)
    mine = rng.sample(subs, 5)
    categories = rng.sample(CATEGORIES, 6)
    stamp = AT + timedelta(minutes=n * 7)
    return r.Activity(
        uid=f"a{n:05d}", reference=f"T-{n:05d}",
        name=f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} — {service.lower()} n°{n}",
        description=prose(rng, 4), role=ActivityRole.PROCESSOR if n % 7 == 0 else ActivityRole.CONTROLLER,
        department=service, owner_name="Agnès Lefèvre", owner_email="agnes@societe.example",
        status=[ActivityStatus.ACTIVE, ActivityStatus.DRAFT, ActivityStatus.ACTIVE][n % 3],
        software=f"Logiciel {rng.choice(COMPANIES)}", last_review=date(2025, 1 + n % 12, 1 + n % 28),
        purposes=tuple(r.Purpose(description=prose(rng, 1), legal_basis=rng.choice(BASES)) for _ in range(2)),
        data_subjects=tuple(r.DataSubject(code=c, precision=prose(rng, 1)) for c in rng.sample(SUBJECTS, 2)),
        data_categories=tuple(r.DataCategory(code=c, description=prose(rng, 1)) for c in categories),
        data_sources=(r.CodedItem(code="data_subject", precision="Formulaire d'inscription complété en ligne"),),
        recipients=(r.CodedItem(code="internal_service", precision=f"Service {service.lower()}"),
                    r.CodedItem(code="processors", precision="Prestataires sous contrat")),
        subprocessor_uids=tuple(mine),
        transfers=tuple(r.Transfer(recipient=f"Support de l'éditeur n°{k + 1}", country=rng.choice(THIRD_COUNTRIES),
                                   tool=rng.choice(TOOLS), documentation="Clauses contractuelles types, annexe II",
                                   subprocessor_uid=mine[k]) for k in range(3)),
        retention=tuple(r.RetentionRule(category=c,
                                        active=r.Duration(value=rng.randint(1, 10), unit=DurationUnit.YEARS),
                                        archive=r.Duration(value=rng.randint(1, 6), unit=DurationUnit.MONTHS),
                                        start_event=rng.choice(EVENTS), final_fate=FinalFate.DELETE,
                                        source="Référentiel CNIL « gestion du personnel »") for c in categories),
        measures=tuple(r.MeasureLink(measure_uid=u, note="Mis en œuvre, vérifié lors de l'audit")
                       for u in rng.sample(measure_uids, 8)),
        notes=prose(rng, 2), created_at=stamp, updated_at=stamp,
    )  # fmt: skip


def document(size: int, seed: int = 30) -> RegisterDocument:
    rng = random.Random(seed)
    measures = tuple(
        r.Measure(uid=f"m-{entry.code}", created_at=AT, updated_at=AT, **vars(data))
        for entry, data in zip(catalogue(SECURITY_MEASURES), catalogue_measures("fr"), strict=True)
    )
    measure_uids = [me.uid for me in measures]
    subprocessors = tuple(subprocessor(rng, n, measure_uids) for n in range(1, SUBPROCESSOR_POOL + 1))
    subs = [s.uid for s in subprocessors]
    organisation = r.Organisation(identity=r.Contact(name="Groupe Hôtelier Émeraude SAS", city="Besançon",
                                                     country="FR"), dpo=r.Contact(name="Zoé Müller"))  # fmt: skip
    return RegisterDocument(
        generator="bench", organisation=organisation, measures=measures, subprocessors=subprocessors,
        activities=tuple(activity(rng, n, subs, measure_uids) for n in range(1, size + 1)),
    )  # fmt: skip


def register_path(size: int) -> Path:
    """The cached register of `size` activities, generated on first use."""
    path = CACHE / f"register-{size}-v{GENERATOR_VERSION}.rgpd"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp.rgpd")
    partial.unlink(missing_ok=True)
    register = create_register(partial, author="bench")
    try:
        import_document(register, document(size))
    finally:
        register.close()
    partial.rename(path)
    return path
