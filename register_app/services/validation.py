"""Field-level validation of what the user enters. Problems are returned as data (a list of
issues with a stable code and the field's path), never raised, so the same list can feed the
form, the CLI and the importer. Only what cannot be stored sensibly is an error here: gaps in the
register (a missing retention period...) are the checks' business."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from register_app.domain.catalogues import (
    ART9_CONDITIONS,
    CERTIFICATION_KINDS,
    COUNTRIES,
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CNIL_LISTS,
    DPIA_CRITERIA,
    HDS_SCOPES,
    HDS_VERSIONS,
    LEGAL_BASES,
    RECIPIENTS,
    RETENTION_REFERENCES,
    START_EVENTS,
    TRANSFER_TOOLS,
    Lang,
    catalogue,
)
from register_app.domain.words.language import pick
from register_app.services import records as r

SHORT_TEXT_MAX = 500  # names, references, contacts
LONG_TEXT_MAX = 100_000  # descriptions, notes: about 40 pages
REFERENCE_MAX = 40
DURATION_MAX = 1_000
LONG_FIELDS = {
    "description", "notes", "legal_basis_note", "legitimate_interest", "balancing_test", "precision",
    "criterion", "source", "art9_justification", "art10_justification", "nir_justification", "reason",
    "tool_detail", "documentation", "transfer_detail", "scope", "evidence", "address",
    "dpo_not_designated_reason", "representative_contact", "dpo_contact", "service", "software",
    "consequences", "measures_taken", "measures_planned", "delay_reason", "not_notified_reason",
    "subjects_informed_how", "not_informed_reason", "extension_reason", "answer_summary", "requester_contact",
}  # fmt: skip
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# XML 1.0 forbids these; exports would choke on them, so they are refused at the door.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

MESSAGES: dict[str, tuple[str, str]] = {
    "REQUIRED": ("Ce champ est obligatoire.", "This field is required."),
    "TOO-LONG": ("Texte trop long ({length} caractères ; maximum {limit}).",
                 "Text too long ({length} characters; at most {limit})."),
    "CONTROL-CHARS": ("Le texte contient des caractères de contrôle invisibles.",
                      "The text contains invisible control characters."),
    "UNKNOWN-CODE": ("« {code} » n'est pas une valeur connue de la liste {catalogue}.",
                     "'{code}' is not a known value of the {catalogue} list."),
    "DUPLICATE": ("« {code} » figure deux fois.", "'{code}' appears twice."),
    "DURATION-INVALID": ("La durée doit être un nombre entier entre 1 et {limit}.",
                         "The duration must be a whole number between 1 and {limit}."),
    "NEGATIVE": ("La valeur ne peut pas être négative.", "The value cannot be negative."),
    "EMAIL-INVALID": ("Adresse mél invalide.", "Invalid email address."),
    "REFERENCE-INVALID": ("La référence ne peut contenir ni retour à la ligne ni plus de {limit} caractères.",
                          "The reference can have no line break and at most {limit} characters."),
    "REFERENCE-TAKEN": ("La référence « {reference} » est déjà utilisée par un autre traitement.",
                        "Reference '{reference}' is already used by another activity."),
    "LINK-UNKNOWN": ("L'objet lié {uid} n'existe pas dans ce registre.",
                     "The linked object {uid} does not exist in this register."),
    "SELF-LINK": ("Un sous-traitant ne peut pas être son propre sous-traitant ultérieur.",
                  "A subprocessor cannot be its own sub-processor."),
    "DATES-ORDER": ("La date de fin précède la date de début.", "The end date is before the start date."),
    "TIME-WITHOUT-ZONE": ("L'heure doit indiquer son fuseau horaire.", "The time must state its time zone."),
    "BEFORE-DISCOVERY": ("Cette date précède la découverte de la violation.",
                         "This date is before the breach was discovered."),
    "BEFORE-RECEIPT": ("Cette date précède la réception de la demande.",
                       "This date is before the request was received."),
    "IN-FUTURE": ("Cette date est dans le futur : indiquez la date à laquelle c'est arrivé.",
                  "This date is in the future: give the date on which it happened."),
    "HDS-SCOPES-NOT-HDS": ("Les périmètres HDS ne s'appliquent qu'à une certification HDS.",
                           "HDS scopes apply only to an HDS certification."),
    "HDS-VERSION-NOT-HDS": ("Le référentiel HDS ne s'applique qu'à une certification HDS.",
                            "The HDS standard version applies only to an HDS certification."),
    # What an imported document's structure or links get wrong (`interchange`).
    "LINK-MISSING": ("Lien vers {uid}, qui n'est ni dans le document ni dans le registre.",
                     "Links to {uid}, which is neither in the document nor in the register."),
    "NESTED-TOO-DEEP": ("Imbriqué trop profondément.", "Nested too deeply."),
    "NOT-UTF8": ("Pas un texte UTF-8 ({reason}).", "Not UTF-8 text ({reason})."),
    "NOT-JSON": ("JSON illisible à la ligne {line}, colonne {column} ({reason}).",
                 "{reason} (line {line}, column {column})."),
    "EXPECTED": ("« {expected} » attendu.", "Expected '{expected}'."),
    "WHOLE-NUMBER": ("Un nombre entier est attendu.", "Expected a whole number."),
    "NEWER-FORMAT": ("La version {version} est plus récente que la {current}, la dernière que l'application lit.",
                     "Version {version} is newer than {current}, the latest the application reads."),
    "UNKNOWN-FIELD": ("Ce champ n'existe pas dans le format.", "This field is not part of the format."),
    "NOT-ALLOWED": ("Valeur non admise ; valeurs possibles : {expected_fr}.", "Input should be {expected}."),
    "INVALID": ("Valeur refusée ({reason}).", "{reason}."),
}  # fmt: skip


@dataclass(frozen=True)
class Issue:
    code: str
    field: str
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: Lang = "fr") -> str:
        return pick(MESSAGES[self.code], lang, **dict(self.params))


def issue(code: str, field: str, /, **params: Any) -> Issue:
    return Issue(code, field, tuple(sorted(params.items())))


def text_issues(record: Any, prefix: str = "") -> list[Issue]:
    """Length and character checks on every text field of a record, nested records included."""
    found: list[Issue] = []
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        path = f"{prefix}{f.name}"
        if isinstance(value, str):
            limit = LONG_TEXT_MAX if f.name in LONG_FIELDS else SHORT_TEXT_MAX
            if len(value) > limit:
                found.append(issue("TOO-LONG", path, length=len(value), limit=limit))
            if FORBIDDEN_CHARS.search(value):
                found.append(issue("CONTROL-CHARS", path))
        elif dataclasses.is_dataclass(value):
            found += text_issues(value, f"{path}.")
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if dataclasses.is_dataclass(item):
                    found += text_issues(item, f"{path}[{i}].")
    return found


def code_issue(name: str, code: str | None, path: str) -> list[Issue]:
    if code is None or code in catalogue(name):
        return []
    return [issue("UNKNOWN-CODE", path, code=code, catalogue=name)]


def coded_list_issues(name: str, items: Iterable[Any], path: str) -> list[Issue]:
    found: list[Issue] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        found += code_issue(name, item.code, f"{path}[{i}].code")
        if item.code in seen:
            found.append(issue("DUPLICATE", f"{path}[{i}].code", code=item.code))
        seen.add(item.code)
    return found


def email_issue(value: str, path: str) -> list[Issue]:
    return [issue("EMAIL-INVALID", path)] if value and not EMAIL.match(value) else []


def contact_issues(contact: r.Contact, path: str) -> list[Issue]:
    return code_issue(COUNTRIES, contact.country or None, f"{path}.country") + email_issue(
        contact.email, f"{path}.email"
    )


def duration_issues(duration: r.Duration | None, path: str) -> list[Issue]:
    if duration is None or 1 <= duration.value <= DURATION_MAX:
        return []
    return [issue("DURATION-INVALID", f"{path}.value", limit=DURATION_MAX)]


def validate_activity(data: r.ActivityInput) -> list[Issue]:
    found = text_issues(data)
    if not data.name.strip():
        found.append(issue("REQUIRED", "name"))
    if len(data.reference) > REFERENCE_MAX or "\n" in data.reference:
        found.append(issue("REFERENCE-INVALID", "reference", limit=REFERENCE_MAX))
    found += email_issue(data.owner_email, "owner_email")
    for i, purpose in enumerate(data.purposes):
        found += code_issue(LEGAL_BASES, purpose.legal_basis, f"purposes[{i}].legal_basis")
    found += coded_list_issues(DATA_SUBJECTS, data.data_subjects, "data_subjects")
    for i, subject in enumerate(data.data_subjects):
        if subject.estimated_count is not None and subject.estimated_count < 0:
            found.append(issue("NEGATIVE", f"data_subjects[{i}].estimated_count"))
    found += coded_list_issues(DATA_CATEGORIES, data.data_categories, "data_categories")
    found += code_issue(ART9_CONDITIONS, data.art9_condition, "art9_condition")
    found += coded_list_issues(DATA_SOURCES, data.data_sources, "data_sources")
    found += coded_list_issues(RECIPIENTS, data.recipients, "recipients")
    for i, transfer in enumerate(data.transfers):
        path = f"transfers[{i}]"
        if not transfer.country:
            found.append(issue("REQUIRED", f"{path}.country"))
        found += code_issue(COUNTRIES, transfer.country or None, f"{path}.country")
        found += code_issue(TRANSFER_TOOLS, transfer.tool, f"{path}.tool")
    for i, rule in enumerate(data.retention):
        path = f"retention[{i}]"
        found += code_issue(DATA_CATEGORIES, rule.category, f"{path}.category")
        found += duration_issues(rule.active, f"{path}.active")
        found += duration_issues(rule.archive, f"{path}.archive")
        found += code_issue(START_EVENTS, rule.start_event, f"{path}.start_event")
        found += code_issue(RETENTION_REFERENCES, rule.reference_code, f"{path}.reference_code")
    seen: set[str] = set()
    for i, link in enumerate(data.measures):
        if link.measure_uid in seen:
            found.append(issue("DUPLICATE", f"measures[{i}].measure_uid", code=link.measure_uid))
        seen.add(link.measure_uid)
    for i, code in enumerate(data.dpia.criteria):
        found += code_issue(DPIA_CRITERIA, code, f"dpia.criteria[{i}]")
    if len(set(data.dpia.criteria)) != len(data.dpia.criteria):
        found.append(issue("DUPLICATE", "dpia.criteria", code=", ".join(data.dpia.criteria)))
    found += code_issue(DPIA_CNIL_LISTS, data.dpia.list_match, "dpia.list_match")
    return found


def validate_subprocessor(data: r.SubprocessorInput) -> list[Issue]:
    found = text_issues(data)
    if not data.name.strip():
        found.append(issue("REQUIRED", "name"))
    found += code_issue(COUNTRIES, data.country or None, "country")
    found += email_issue(data.contact_email, "contact_email")
    seen: set[tuple[str, str]] = set()
    for i, hosting in enumerate(data.countries):
        found += code_issue(COUNTRIES, hosting.country, f"countries[{i}].country")
        if (hosting.country, hosting.role) in seen:
            found.append(issue("DUPLICATE", f"countries[{i}].country", code=hosting.country))
        seen.add((hosting.country, hosting.role))
    found += code_issue(TRANSFER_TOOLS, data.transfer_tool, "transfer_tool")
    found += code_issue(TRANSFER_TOOLS, data.transfer_fallback, "transfer_fallback")
    for i, cert in enumerate(data.certifications):
        path = f"certifications[{i}]"
        found += code_issue(CERTIFICATION_KINDS, cert.kind, f"{path}.kind")
        for j, scope in enumerate(cert.hds_scopes):
            found += code_issue(HDS_SCOPES, scope, f"{path}.hds_scopes[{j}]")
        if cert.hds_scopes and cert.kind != "hds":
            found.append(issue("HDS-SCOPES-NOT-HDS", f"{path}.hds_scopes"))
        found += code_issue(HDS_VERSIONS, cert.hds_version, f"{path}.hds_version")
        if cert.hds_version and cert.kind != "hds":
            found.append(issue("HDS-VERSION-NOT-HDS", f"{path}.hds_version"))
        if cert.valid_from and cert.expires and cert.expires < cert.valid_from:
            found.append(issue("DATES-ORDER", f"{path}.expires"))
    return found


def validate_measure(data: r.MeasureInput) -> list[Issue]:
    found = text_issues(data)
    if not data.name.strip():
        found.append(issue("REQUIRED", "name"))
    return found


def validate_organisation(data: r.Organisation) -> list[Issue]:
    found = text_issues(data)
    found += contact_issues(data.identity, "identity")
    found += contact_issues(data.representative, "representative")
    found += contact_issues(data.dpo, "dpo")
    return found


def validate_controller(data: r.ControllerInput) -> list[Issue]:
    found = text_issues(data) + contact_issues(data.contact, "contact")
    if not data.contact.name.strip():
        found.append(issue("REQUIRED", "contact.name"))
    return found
