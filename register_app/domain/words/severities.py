"""The words of a compliance finding: its severity, and the kind of object it is about (the history
names its objects' kinds with the same words)."""

from __future__ import annotations

from register_app.domain.words.language import Lang, Pair, pick

# By the checks' Severity value ("error", "warning", "info"), most severe first.
SEVERITIES: dict[str, Pair] = {
    "error": ("Erreur", "Error"),
    "warning": ("Alerte", "Warning"),
    "info": ("Information", "Information"),
}
KINDS: dict[str, Pair] = {
    "organisation": ("Organisme", "Organisation"),
    "activity": ("Traitement", "Processing activity"),
    "subprocessor": ("Sous-traitant", "Subprocessor"),
    "measure": ("Mesure de sécurité", "Security measure"),
    "controller": ("Responsable du traitement", "Controller"),
    "version": ("Version figée", "Frozen version"),
    "register": ("Registre", "Register"),
    "breach": ("Violation de données", "Data breach"),
    "rights_request": ("Demande d'exercice de droits", "Rights request"),
}


def severity_word(severity: str, lang: Lang) -> str:
    return pick(SEVERITIES[severity], lang)


def kind_word(kind: str, lang: Lang) -> str:
    """The kind of an object in words; an unknown kind as it is."""
    return pick(KINDS[kind], lang) if kind in KINDS else kind
