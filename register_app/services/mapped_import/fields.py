"""The activity fields a source column can be mapped to, with their labels, and the words in other
registers' headers that propose them (`headers.json`)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from register_app.domain.catalogues import DPIA_CRITERIA, catalogue
from register_app.services.text import fold

# Header words too common to propose a field inside a longer header ('Data protection officer' is not
# a data category, 'Service provider' not a department): they count only as the whole header.
EXACT_ONLY = frozenset({"data", "daten", "donnees", "traitement", "activite", "activity", "service", "title",
                        "titel", "verfahren", "securite", "massnahmen"})  # fmt: skip
IGNORE = ""  # a column mapped to nothing
DPIA_CRITERION = "dpia:"  # prefix of a yes/no column ticking one DPIA criterion: 'dpia:large_scale'

FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Nom du traitement", "Activity name"),
    "reference": ("Référence", "Reference"),
    "description": ("Description", "Description"),
    "purposes": ("Finalités", "Purposes"),
    "legal_basis": ("Base légale", "Legal basis"),
    "data_subjects": ("Personnes concernées", "Data subjects"),
    "data_categories": ("Catégories de données", "Data categories"),
    "special_categories": ("Données sensibles", "Special categories of data"),
    "art9_condition": ("Condition de l'article 9", "Article 9 condition"),
    "recipients": ("Destinataires", "Recipients"),
    "processors": ("Sous-traitants (par nom)", "Processors (by name)"),
    "transfer_countries": ("Pays de transfert", "Transfer countries"),
    "safeguards": ("Garanties des transferts", "Transfer safeguards"),
    "retention": ("Durée de conservation", "Retention period"),
    "security_measures": ("Mesures de sécurité", "Security measures"),
    "dpia": ("AIPD requise", "DPIA required"),
    "owner": ("Responsable interne", "Owner"),
    "department": ("Service", "Department"),
    "notes": ("Notes", "Notes"),
}
# Fields whose cell may name several items, one per line, or separated by ';' or ','.
LIST_FIELDS = frozenset({"data_subjects", "data_categories", "special_categories", "recipients", "processors",
                         "transfer_countries", "security_measures"})  # fmt: skip


def field_label(code: str) -> tuple[str, str]:
    """The (French, English) label of a target field, a DPIA criterion column, or 'ignore'."""
    if code == IGNORE:
        return ("— ignorer —", "— ignore —")
    if code.startswith(DPIA_CRITERION):
        entry = catalogue(DPIA_CRITERIA).get(code.removeprefix(DPIA_CRITERION))
        if entry is not None:
            return (f"Critère AIPD : {entry.fr}", f"DPIA criterion: {entry.en}")
    return FIELDS.get(code, (code, code))


def is_field(code: str) -> bool:
    if code in FIELDS or code == IGNORE:
        return True
    return code.startswith(DPIA_CRITERION) and code.removeprefix(DPIA_CRITERION) in catalogue(DPIA_CRITERIA)


def all_fields() -> list[str]:
    """Every target a column can be given, in the order a DPO reads them."""
    return [*FIELDS, *(DPIA_CRITERION + e.code for e in catalogue(DPIA_CRITERIA))]


def header_key(text: str) -> str:
    """'Zweck der Verarbeitung (Art. 30)' -> 'zweck der verarbeitung'; 'data_use' -> 'data use'."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", fold(text).replace("’", "'"))
    return " ".join(re.sub(r"[\s_.:/?*►…-]+", " ", text).split())


@functools.cache
def _header_words() -> dict[str, str]:
    raw = json.loads(Path(__file__).with_name("headers.json").read_text(encoding="utf-8"))
    words: dict[str, str] = {}
    for code, names in raw["fields"].items():
        for name in names:
            words.setdefault(header_key(name), code)
    return words


def propose_field(header: str) -> str:
    """The field a column's header names in French, English or German ('Löschfrist' -> 'retention'):
    the whole header, or else the longest known word it contains; IGNORE when none."""
    wanted = header_key(header)
    words = _header_words()
    if not wanted:
        return IGNORE
    if wanted in words:
        return words[wanted]
    found = [w for w in words if len(w) >= 5 and w not in EXACT_ONLY
             and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", wanted)]  # fmt: skip
    return words[max(found, key=len)] if found else IGNORE


def is_known_header(header: str) -> bool:
    return propose_field(header) != IGNORE
