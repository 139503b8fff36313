"""Recognising the CNIL model's wording: labels compared without case, accents, punctuation or
parenthesised hints, and mapped onto the app's catalogues and enums."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Final

from register_app.domain.catalogues import DATA_CATEGORIES, TRANSFER_TOOLS, catalogue
from register_app.domain.enums import CnilHeading
from register_app.domain.words.enum_labels import enum_texts
from register_app.services import placeholders
from register_app.services.text import fold

# The CNIL list of safeguards (sheet "Listes"), which predates the app's transfer tools.
CNIL_TOOLS = {"pays adequat": "adequacy", "clauses contractuelles types": "scc", "code de conduite": "code_of_conduct",
              "regles d'entreprise contraignantes": "bcr", "certification": "certification"}  # fmt: skip


def key(text: str) -> str:
    """'Vie personnelle (habitudes de vie…)' -> 'vie personnelle'."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", fold(text))
    text = re.sub(r"[\s…:.►]+", " ", text.replace("’", "'"))
    return text.strip(" ,;")


def is_prompt(text: str) -> bool:
    """The model's own drop-down prompt, left as it was: not an answer."""
    return key(text).startswith("selectionnez un element")


def is_placeholder(text: str) -> bool:
    """The prompt, or a value that says 'not applicable' (`services.placeholders`)."""
    return is_prompt(text) or placeholders.is_placeholder(text)


# What people write before an actor's name: the CNIL model's hints and field labels.
_NAME_PREFIX = re.compile(
    r"^\s*(?:\(\s*personnes?\s+(?:morales?|physiques?)\s*\)|(?:nom(?:\s+et\s+pr[ée]nom)?|pr[ée]nom\s+et\s+nom"
    r"|raison\s+sociale|d[ée]nomination(?:\s+sociale)?|soci[ée]t[ée]|organisme|name|company)\s*:)[\s:]*",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r"\s*\(\s*personnes?\s+(?:morales?|physiques?)\s*\)\s*$", re.IGNORECASE)


def actor_name(text: str) -> str:
    """'(personne morale) Nom : ACME SAS' -> 'ACME SAS': the organisation's (or person's) name alone."""
    previous = None
    while previous != text:
        previous, text = text, _NAME_SUFFIX.sub("", _NAME_PREFIX.sub("", text))
    return text.strip()


def match_code(name: str, text: str, *, prefix: bool = False) -> str | None:
    """The catalogue code whose French or English label matches the text (or starts it)."""
    wanted = key(text)
    if not wanted:
        return None
    for entry in catalogue(name):
        for label in (entry.fr, entry.en):
            k = key(label)
            if wanted == k or (prefix and (wanted.startswith(k) or k.startswith(wanted))):
                return entry.code
    return None


def category_code(label: str) -> str | None:
    wanted = key(label)
    if "securite sociale" in wanted or wanted.endswith("nir"):
        return "nir"
    return match_code(DATA_CATEGORIES, label, prefix=True)


def tool_code(text: str) -> str | None:
    return CNIL_TOOLS.get(key(text)) or match_code(TRANSFER_TOOLS, text)


def heading(text: str) -> CnilHeading | None:
    wanted = key(text)
    for value in CnilHeading:
        fr, en = enum_texts(value)
        if wanted and any(key(label) == wanted or wanted.startswith(key(label)) for label in (fr, en)):
            return value
    return None


# Excel's serial dates (days since 30/12/1899) read as dates between 1927 and 2173 only: a smaller number
# in a date cell is more likely a year or a count than a date.
SERIAL_DAYS: Final = (10_000, 100_000)


def as_date(value: object) -> datetime | None:
    """A date cell, a text such as 26/05/2018, 2018-05-26 or 2018-05-26 14:30:00, or an Excel serial date
    (43246, a date cell saved without its format), as midnight UTC (a time given is kept)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    text = str(value or "").strip()
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text) and SERIAL_DAYS[0] <= float(text) < SERIAL_DAYS[1]:
        return datetime(1899, 12, 30, tzinfo=UTC) + timedelta(days=int(float(text)))
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None
