"""Pieces of findings' messages in both languages: catalogue labels, dates, durations, lists.
Every helper returns a (French, English) pair."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from register_app.domain.catalogues import catalogue
from register_app.domain.words.enum_labels import duration_words
from register_app.services import records as r
from register_app.services.checks.engine import Texts

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def label(catalogue_name: str, code: str | None) -> Texts:
    entries = catalogue(catalogue_name)
    return entries.label(code, "fr"), entries.label(code, "en")


def quoted(text: Texts) -> Texts:
    return f"« {text[0]} »", f"'{text[1]}'"


def joined(items: Iterable[Texts], sep: str = ", ", en_sep: str | None = None) -> Texts:
    """Join pairs, e.g. joined(parts, " et ", " and "); French ' ; ' becomes English '; '."""
    pairs = list(items)
    if en_sep is None:
        en_sep = "; " if sep == " ; " else sep
    return sep.join(fr for fr, _ in pairs), en_sep.join(en for _, en in pairs)


def same(text: str) -> Texts:
    """A text that reads the same in both languages (a name, a reference)."""
    return text, text


def date_text(day: date) -> Texts:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS_FR[day.month - 1]} {day.year}", f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def duration_text(duration: r.Duration) -> Texts:
    return duration_words(duration.value, duration.unit)


def durations_text(active: r.Duration | None, archive: r.Duration | None) -> Texts:
    """'2 ans en base active, puis 3 ans en archivage intermédiaire', or either part alone."""
    parts: list[Texts] = []
    if active:
        fr, en = duration_text(active)
        parts.append((f"{fr} en base active", f"{en} in the active database"))
    if archive:
        fr, en = duration_text(archive)
        parts.append((f"{fr} en archivage intermédiaire", f"{en} in intermediate archiving"))
    return joined(parts, ", puis ", ", then ")
