"""A breach as the exports state it: label and value for each fact the DPO recorded, in the order
of Art. 33(3) and the EDPB's common notification template. Shared by the workbook's breach sheet,
the PDF dossier's annex and the notification draft. Times are written in UTC, the zone stated."""

from __future__ import annotations

from datetime import UTC, datetime

from register_app.domain.catalogues import (
    BREACH_CAUSES,
    BREACH_NATURES,
    BREACH_RISK_LEVELS,
    DATA_CATEGORIES,
    DATA_SUBJECTS,
    Lang,
    catalogue,
)
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.view import format_date
from register_app.services import records as r
from register_app.services.clocks import notification_deadline

WORDS: dict[str, tuple[str, str]] = {
    "reference": ("Référence", "Reference"),
    "title": ("Violation", "Breach"),
    "discovered_at": ("Découverte le", "Discovered on"),
    "deadline": ("Fin du délai de 72 heures", "End of the 72-hour period"),
    "started_at": ("Début de la violation", "Breach began"),
    "ended_at": ("Fin de la violation", "Breach ended"),
    "description": ("Circonstances", "Circumstances"),
    "natures": ("Nature de la violation", "Nature of the breach"),
    "cause": ("Origine", "Cause"),
    "data_categories": ("Catégories de données concernées", "Categories of data concerned"),
    "subject_categories": ("Catégories de personnes concernées", "Categories of people concerned"),
    "people_count": ("Nombre approximatif de personnes", "Approximate number of people"),
    "records_count": ("Nombre approximatif d'enregistrements", "Approximate number of records"),
    "activities": ("Traitements concernés", "Processing activities involved"),
    "subprocessors": ("Sous-traitants concernés", "Subprocessors involved"),
    "consequences": ("Conséquences probables", "Likely consequences"),
    "measures_taken": ("Mesures prises", "Measures taken"),
    "measures_planned": ("Mesures envisagées", "Measures planned"),
    "risk_level": ("Niveau de risque", "Risk level"),
    "authority_status": ("Notification à l'autorité de contrôle", "Notification to the supervisory authority"),
    "authority_notified_at": ("Notifiée le", "Notified on"),
    "authority_reference": ("Référence de la notification", "Notification reference"),
    "delay_reason": ("Raisons du retard", "Reasons for the delay"),
    "not_notified_reason": ("Raison de ne pas notifier", "Reason for not notifying"),
    "subjects_status": ("Information des personnes concernées", "Communication to the people concerned"),
    "subjects_informed_on": ("Informées le", "Informed on"),
    "subjects_informed_how": ("Moyen d'information", "How they were informed"),
    "not_informed_reason": ("Raison de ne pas informer", "Reason for not informing them"),
    "notes": ("Notes internes", "Internal notes"),
    "unknown": ("non connu", "not known"),
}
# Facts a notification states; the rest (decisions, internal notes) belongs to the register only.
NOTIFICATION_FIELDS = (
    "reference", "title", "discovered_at", "started_at", "ended_at", "description", "natures", "cause",
    "data_categories", "subject_categories", "people_count", "records_count", "consequences", "measures_taken",
    "measures_planned", "risk_level", "delay_reason", "subjects_status", "subjects_informed_on",
    "subjects_informed_how", "not_informed_reason",
)  # fmt: skip


def word(key: str, lang: Lang) -> str:
    fr, en = WORDS[key]
    return fr if lang == "fr" else en


def moment_text(moment: datetime | None, lang: Lang) -> str:
    if moment is None:
        return ""
    at = moment.astimezone(UTC)
    return f"{at:%d/%m/%Y %H:%M} UTC" if lang == "fr" else f"{at:%Y-%m-%d %H:%M} UTC"


def _codes(name: str, codes: tuple[str, ...], lang: Lang) -> str:
    return ", ".join(catalogue(name).label(code, lang) for code in codes)


def _count(value: int | None, lang: Lang) -> str:
    return word("unknown", lang) if value is None else f"{value:,}".replace(",", "\u202f" if lang == "fr" else ",")


def breach_values(breach: r.Breach, snapshot: r.Snapshot, lang: Lang) -> dict[str, str]:
    """Every field of the breach as text, keyed as WORDS; an empty text where nothing was recorded."""
    activities = {a.uid: f"{a.reference} {a.name}".strip() for a in snapshot.activities}
    subprocessors = {s.uid: s.name for s in snapshot.subprocessors}
    return {
        "reference": breach.reference,
        "title": breach.title,
        "discovered_at": moment_text(breach.discovered_at, lang),
        "deadline": moment_text(notification_deadline(breach), lang),
        "started_at": moment_text(breach.started_at, lang),
        "ended_at": moment_text(breach.ended_at, lang),
        "description": breach.description,
        "natures": _codes(BREACH_NATURES, breach.natures, lang),
        "cause": catalogue(BREACH_CAUSES).label(breach.cause, lang),
        "data_categories": _codes(DATA_CATEGORIES, breach.data_categories, lang),
        "subject_categories": _codes(DATA_SUBJECTS, breach.subject_categories, lang),
        "people_count": _count(breach.people_count, lang),
        "records_count": _count(breach.records_count, lang),
        "activities": ", ".join(activities.get(u, u) for u in breach.activity_uids),
        "subprocessors": ", ".join(subprocessors.get(u, u) for u in breach.subprocessor_uids),
        "consequences": breach.consequences,
        "measures_taken": breach.measures_taken,
        "measures_planned": breach.measures_planned,
        "risk_level": catalogue(BREACH_RISK_LEVELS).label(breach.risk_level, lang),
        "authority_status": enum_label(breach.authority_status, lang),
        "authority_notified_at": moment_text(breach.authority_notified_at, lang),
        "authority_reference": breach.authority_reference,
        "delay_reason": breach.delay_reason,
        "not_notified_reason": breach.not_notified_reason,
        "subjects_status": enum_label(breach.subjects_status, lang),
        "subjects_informed_on": format_date(breach.subjects_informed_on, lang),
        "subjects_informed_how": breach.subjects_informed_how,
        "not_informed_reason": breach.not_informed_reason,
        "notes": breach.notes,
    }


def breach_rows(
    breach: r.Breach, snapshot: r.Snapshot, lang: Lang, keys: tuple[str, ...] | None = None
) -> list[tuple[str, str]]:
    """(label, value) for each field, all of them or those of `keys`, in that order."""
    values = breach_values(breach, snapshot, lang)
    return [(word(key, lang), values[key]) for key in (keys or tuple(values))]
