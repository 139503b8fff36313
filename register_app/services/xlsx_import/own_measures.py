"""The security measures' rows of a fiche of our own workbook, one per measure under its CNIL heading
(column A): the measure's name (column B) and its details (the register's description, then the
activity's note). A name typed, replaced or emptied links, relinks or unlinks the measure: it is found
among the register's measures by name, or in the shipped catalogue by its French or English label (and
added to the register from it); a name found in neither is never invented, the plan says to check it."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime
from typing import Final

from register_app.domain.catalogues import SECURITY_MEASURES, Lang, catalogue
from register_app.domain.enums import CnilHeading, MeasureStatus
from register_app.domain.words.enum_labels import enum_label, enum_texts
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.measures import catalogue_measures
from register_app.services.xlsx_import.matching import key
from register_app.services.xlsx_import.own_fiche import RIGHT_COL, VALUE_COL
from register_app.services.xlsx_import.own_targets import Draft, Setter, Target, lines
from register_app.services.xlsx_import.reader import Sheet

UNKNOWN: Final = ("security measure « {name} » is neither in the register nor in the measure catalogue: not linked "
                  "(create it in the application, then import again)",
                  "mesure de sécurité « {name} » ni dans le registre ni dans le catalogue des mesures : non rattachée "
                  "(créez-la dans l'application, puis importez à nouveau)")  # fmt: skip
WHOLE: Final = ("« {name} » applies to the whole organisation: change it in the application",
                "« {name} » s'applique à toute l'organisation : modifiez-la dans l'application")
DESCRIBED: Final = ("the description of « {name} » is the register's for every activity: change it in the "
                    "application; only the lines after it (this activity's note) are read here",
                    "la description de « {name} » est celle du registre pour tous les traitements : modifiez-la "
                    "dans l'application ; seules les lignes qui la suivent (la note de ce traitement) sont lues ici")


def measure_targets(sheet: Sheet, a: r.Activity, lang: Lang) -> dict[tuple[int, int], Target]:
    """(row, column) -> target, for the measures' rows of the fiche `sheet` as the export wrote it."""
    headings = {enum_label(h, lang): h for h in CnilHeading}
    targets: dict[tuple[int, int], Target] = {}
    for row in sheet.rows():
        heading = headings.get(sheet.text(row, 1))
        if heading is None:
            continue
        shown = sheet.text(row, VALUE_COL)
        name = "" if shown == text("none", lang) else shown
        label = f"{a.reference} {sheet.text(row, 1)}"
        named = f"{label}, {text('measure', lang)}"
        targets[(row, VALUE_COL)] = Target(None, _name(a.uid, heading, name, lang), label=named)
        if name:
            targets[(row, RIGHT_COL)] = Target(None, _details(a.uid, heading, name), row=((VALUE_COL, shown),),
                                               label=f"{label} « {name} », {text('precision', lang)}")  # fmt: skip
    return targets


def _shown(draft: Draft, a: r.Activity, heading: CnilHeading, name: str) -> r.Measure | None:
    """The measure the row showed: one the activity links, or one applying to the whole organisation."""
    linked = [draft.measures[x.measure_uid] for x in a.measures if x.measure_uid in draft.measures]
    wide = [m for m in draft.measures.values() if m.organisation_wide]
    return next((m for m in (*linked, *wide) if m.heading is heading and m.name.strip() == name), None)


def _name(uid: str, heading: CnilHeading, name: str, lang: Lang) -> Setter:
    def apply(draft: Draft, new: str, _old: str) -> bool:
        a, none = draft.activities[uid], key(text("none", lang))
        old = _shown(draft, a, heading, name) if name else None
        if name and old is None:
            return False
        links = list(a.measures)
        index = next((i for i, x in enumerate(links) if old is not None and x.measure_uid == old.uid), None)
        if old is not None and index is None:
            return draft.refuse(WHOLE, name=old.name)
        wanted = None
        if key(new) not in ("", none):
            wanted = found_measure(draft, new, heading, lang)
            if wanted is None:
                return draft.refuse(UNKNOWN, name=new)
        if index is not None:
            note = links.pop(index).note
            if wanted is not None:
                links.insert(index, r.MeasureLink(measure_uid=wanted.uid, note=note))
        elif wanted is not None:
            links.append(r.MeasureLink(measure_uid=wanted.uid))
        unique = {x.measure_uid: x for x in reversed(links)}  # a measure linked twice: its first link kept
        changed = dataclasses.replace(a, measures=tuple(x for x in links if unique[x.measure_uid] is x))
        draft.changed(uid, a, changed)
        draft.activities[uid] = changed
        return True

    return apply


def _details(uid: str, heading: CnilHeading, name: str) -> Setter:
    """The details cell: '[Planned]' for a planned measure, its description, then the activity's note."""

    def apply(draft: Draft, new: str, _old: str) -> bool:
        a = draft.activities[uid]
        measure = _shown(draft, a, heading, name)
        index = next((i for i, x in enumerate(a.measures) if measure and x.measure_uid == measure.uid), None)
        if measure is None:
            return False
        if index is None:
            return draft.refuse(WHOLE, name=name)
        written = lines(new)
        if measure.status is MeasureStatus.PLANNED and written[:1] in ([f"[{x}]"] for x in enum_texts(measure.status)):
            written = written[1:]
        described = lines(measure.description)
        if written[: len(described)] != described:
            return draft.refuse(DESCRIBED, name=name)
        links = list(a.measures)
        links[index] = dataclasses.replace(links[index], note="\n".join(written[len(described) :]))
        changed = dataclasses.replace(a, measures=tuple(links))
        draft.changed(uid, a, changed)
        draft.activities[uid] = changed
        return True

    return apply


def found_measure(draft: Draft, name: str, heading: CnilHeading, lang: Lang) -> r.Measure | None:
    """The register's measure named `name` (under `heading` first), or the one from the catalogue entry
    labelled so in French or English, added to the register when it is not there yet; None otherwise."""
    wanted = key(name)
    named = sorted((m for m in draft.measures.values() if key(m.name) == wanted),
                   key=lambda m: m.heading is not heading)  # fmt: skip
    if named:
        return named[0]
    entry = next((e for e in catalogue(SECURITY_MEASURES) if wanted in (key(e.fr), key(e.en))), None)
    if entry is None:
        return None
    known = next((m for m in draft.measures.values() if m.catalogue_code == entry.code), None)
    if known is not None:
        return known
    data = next(x for x in catalogue_measures(lang) if x.catalogue_code == entry.code)
    now = datetime.now(UTC)
    added = r.Measure(**{**dataclasses.asdict(data), "status": MeasureStatus.IN_PLACE}, uid=str(uuid.uuid4()),
                      created_at=now, updated_at=now)  # fmt: skip
    draft.measures[added.uid] = added
    return added
