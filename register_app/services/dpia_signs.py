"""DPIA screening read from the register itself: which EDPB criteria an activity's own records point
to (sensitive data, vulnerable subjects, profiling purposes, external sources, monitoring, large scale,
innovative technology), and which types of the CNIL list of processing requiring a DPIA it looks like.

These are proposals for the DPO to confirm, not conclusions: the checks name them, and the activity
editor can show them beside the criteria to tick. What shows each sign is data (dpia_signs and
dpia_cnil_lists catalogues)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from register_app.domain.catalogues import (
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CNIL_LISTS,
    DPIA_SIGNS,
    Entry,
    catalogue,
    category_regime,
)
from register_app.services import records as r
from register_app.services.terms import folded, mentions

TEXT_LIMIT = 1_000  # of each purpose, name or precision read
QUOTE_LIMIT = 80


@dataclass(frozen=True)
class Sign:
    """A sign read from the register: its dpia_signs code, the EDPB criterion (dpia_criteria code)
    it points to, and what in the register shows it, in French and English. A `recorded` sign comes
    from what the DPO coded (a data category's regime, a data subject or source flagged in its
    catalogue, a count); the others were read in free text and only suggest the criterion."""

    code: str
    criterion: str
    evidence: tuple[str, str]
    recorded: bool = False


def dpia_signs(activity: r.ActivityInput) -> tuple[Sign, ...]:
    """The signs an activity's records show, in the order of the dpia_signs catalogue."""
    found = []
    for entry in catalogue(DPIA_SIGNS):
        reader = READERS.get(entry.code, by_purpose)
        evidence = reader(activity, entry)
        if evidence is not None:
            recorded = reader in CODED_READERS and not _from_precision(activity, entry)
            found.append(Sign(entry.code, str(entry.get("criterion")), evidence, recorded))
    return tuple(found)


def cnil_list_matches(activity: r.ActivityInput, signs: Iterable[Sign] | None = None) -> tuple[str, ...]:
    """Codes of the CNIL list entries (processing requiring a DPIA) the activity's records match."""
    shown = {s.code for s in (dpia_signs(activity) if signs is None else signs)}
    sources = catalogue(DATA_SOURCES)
    source_codes = {s.code for s in activity.data_sources}
    external = any((entry := sources.get(code)) and entry.get("external") for code in source_codes)
    facts = {
        "signs": shown,
        "categories": {c.code for c in activity.data_categories},
        "subjects": {s.code for s in activity.data_subjects},
        "sources": source_codes | ({"external"} if external else set()),
    }
    text = activity_text(activity)
    return tuple(
        entry.code
        for entry in catalogue(DPIA_CNIL_LISTS)
        if entry.get("read_from_register") and all(holds(c, facts, text) for c in entry.get("read_from_register"))
    )


def holds(condition: dict[str, Any], facts: dict[str, set[str]], text: str) -> bool:
    """A condition holds when one of the signs, categories, subjects or sources it lists is there, or
    when the activity's text names one of its terms."""
    if any(facts[key] & set(condition.get(key, ())) for key in facts):
        return True
    return "terms" in condition and mentions(text, condition["terms"])


def activity_text(activity: r.ActivityInput) -> str:
    return folded(" ; ".join((activity.name, activity.description, *(p.description for p in activity.purposes))),
                  TEXT_LIMIT * 4)  # fmt: skip


def quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


def by_regime(activity: r.ActivityInput, entry: Entry) -> tuple[str, str] | None:
    regimes = set(entry.get("regimes", ()))
    codes = [c.code for c in activity.data_categories if category_regime(c.code) in regimes]
    if not codes:
        return None
    labels, unique = catalogue(DATA_CATEGORIES), list(dict.fromkeys(codes))
    fr = ", ".join(f"« {labels.label(c, 'fr')} »" for c in unique)
    en = ", ".join(f"'{labels.label(c, 'en')}'" for c in unique)
    plural = len(unique) > 1
    return (f"les catégories {fr}", f"the categories {en}") if plural else (f"la catégorie {fr}", f"the category {en}")


def by_subjects(activity: r.ActivityInput, entry: Entry) -> tuple[str, str] | None:
    subjects = catalogue(DATA_SUBJECTS)
    for subject in activity.data_subjects:
        known = subjects.get(subject.code)
        said = mentions(folded(subject.precision, TEXT_LIMIT), entry.get("terms", ()))
        if (known and known.get("vulnerable")) or said:
            name = quote(subject.precision) if said else None
            fr = name or subjects.label(subject.code, "fr")
            en = name or subjects.label(subject.code, "en")
            return f"les personnes concernées « {fr} »", f"the data subjects '{en}'"
    return None


def by_sources(activity: r.ActivityInput, entry: Entry) -> tuple[str, str] | None:
    sources = catalogue(DATA_SOURCES)
    for source in activity.data_sources:
        listed = source.code in entry.get("source_codes", ())
        if listed or mentions(folded(source.precision, TEXT_LIMIT), entry.get("terms", ())):
            fr = " : ".join(filter(None, (sources.label(source.code, "fr"), quote(source.precision))))
            en = " : ".join(filter(None, (sources.label(source.code, "en"), quote(source.precision))))
            return f"la source des données « {fr} »", f"the data source '{en}'"
    return None


def by_count(activity: r.ActivityInput, _entry: Entry) -> tuple[str, str] | None:
    total = sum(s.estimated_count or 0 for s in activity.data_subjects)
    if total < int(catalogue(DPIA_SIGNS).meta["large_scale_min_persons"]):
        return None
    return f"l'estimation d'environ {total:,} personnes concernées".replace(
        ",", " "
    ), f"an estimated {total:,} data subjects"


def by_purpose(activity: r.ActivityInput, entry: Entry) -> tuple[str, str] | None:
    """A term found in the activity's purposes, name or description: the text that names it is quoted."""
    terms = entry.get("terms", ())
    for purpose in activity.purposes:
        if mentions(folded(purpose.description, TEXT_LIMIT), terms):
            return f"la finalité « {quote(purpose.description)} »", f"the purpose '{quote(purpose.description)}'"
    if mentions(folded(activity.name, TEXT_LIMIT), terms):
        return f"le nom du traitement « {quote(activity.name)} »", f"the activity's name '{quote(activity.name)}'"
    if mentions(folded(activity.description, TEXT_LIMIT), terms):
        text = quote(activity.description)
        return f"la description du traitement « {text} »", f"the activity's description '{text}'"
    return None


def _from_precision(activity: r.ActivityInput, entry: Entry) -> bool:
    """Whether a subject or source sign rests on the words of a precision rather than on its code."""
    if entry.code == "vulnerable_subjects":
        subjects = catalogue(DATA_SUBJECTS)
        return not any((known := subjects.get(s.code)) and known.get("vulnerable") for s in activity.data_subjects)
    if entry.code == "external_sources":
        return not any(s.code in entry.get("source_codes", ()) for s in activity.data_sources)
    return False


READERS = {
    "special_category": by_regime,
    "offence_data": by_regime,
    "nir": by_regime,
    "vulnerable_subjects": by_subjects,
    "external_sources": by_sources,
    "large_scale": by_count,
}
CODED_READERS = (by_regime, by_subjects, by_sources, by_count)
