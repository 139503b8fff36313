"""Retention periods written as text, read where they can be counted: "5 ans à compter de la fin du
contrat" is five years from the end of the contract, "13 months" a duration with no start, "supprimées
dès le paiement" nothing kept after the payment, "tant que nécessaire" nothing countable at all.

A pure function of the text (no register, no Qt): the checks use it, and importers can use it to
propose a structured duration. Events are recognised by the phrases of the start_events catalogue."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from register_app.domain.catalogues import START_EVENTS, catalogue
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.terms import folded, terms_pattern

MAX_CHARS = 600  # a retention criterion says its period early; the rest is not read

FR_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen")  # fmt: skip
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}


def _number_words() -> dict[str, int]:
    words: dict[str, int] = {"une": 1}  # "une semaine"
    for units, teens, tens, et_un in ((FR_UNITS, FR_TEENS, FR_TENS, "et un"), (EN_UNITS, EN_TEENS, EN_TENS, "")):
        words |= {w: i + 1 for i, w in enumerate(units)} | {w: i + 10 for i, w in enumerate(teens)} | tens
        for ten, value in tens.items():
            for i, unit in enumerate(units[1:] if et_un else units, start=2 if et_un else 1):
                for sep in ("-", " "):
                    words[f"{ten}{sep}{unit}"] = value + i
            if et_un:
                words[f"{ten} et un"] = words[f"{ten}-et-un"] = value + 1
    return words


NUMBER_WORDS = _number_words()
UNIT_WORDS = {
    DurationUnit.DAYS: ("jours", "jour", "j", "days", "day"),
    DurationUnit.MONTHS: ("mois", "months", "month"),
    DurationUnit.YEARS: ("annees", "annee", "ans", "an", "years", "year", "yrs"),
}
WEEK_WORDS = ("semaines", "semaine", "weeks", "week")
_units = sorted((*(w for ws in UNIT_WORDS.values() for w in ws), *WEEK_WORDS), key=len, reverse=True)
_numbers = sorted(NUMBER_WORDS, key=len, reverse=True)
DURATION = re.compile(
    r"(?<![\d.,])\b(?P<number>\d{1,4}|" + "|".join(re.escape(w) for w in _numbers) + r"|a(?= (?:year|month|week|day)))"
    r"(?:\s*\(\s*\d{1,4}\s*\))?\s*"  # "trois (3) ans"
    r"(?P<unit>" + "|".join(_units) + r")\b"
)
UNIT_OF = {w: unit for unit, ws in UNIT_WORDS.items() for w in ws}

# Nothing is kept after the event: "supprimées dès le paiement", "deleted once the payment is made".
AT_ONCE = re.compile(
    r"\bdes (?:le|la|l'|les|que|reception|son|sa|leur)\b|\baussitot\b|\bimmediatement\b|\bsans delai\b|"
    r"\bonce\b|\bas soon as\b|\bimmediately\b|\bupon\b|\bwithout delay\b"
)
# Neither a period nor an event: a promise of necessity, or a reference to "the law" without naming it.
VAGUE = re.compile(
    r"\btant que (?:de )?(?:necessaire|utile|besoin)|\baussi longtemps que (?:necessaire|utile|besoin)|"
    r"\ble temps (?:strictement |raisonnablement )?(?:necessaire|utile)|"
    r"\bduree (?:strictement |raisonnablement )?(?:necessaire|utile|raisonnable|adaptee|proportionnee|appropriee)|"
    r"\bplus longtemps que (?:necessaire|utile)|\bdurees? (?:legales?|reglementaires?)|"
    r"\bdelais? (?:legaux|legal|reglementaires?)|\bprevues? par (?:la loi|les textes|la reglementation)|"
    r"\bconformement (?:a la|aux) (?:loi|lois|reglementation|obligations)|"
    r"\bas long as (?:is )?(?:necessary|needed|required|useful)|"
    r"\b(?:time|period) (?:strictly )?(?:necessary|needed|required)|"
    r"\bno longer than (?:is )?(?:necessary|needed|required)|\breasonable (?:period|time)|"
    r"\b(?:legal|statutory|regulatory) (?:retention )?(?:period|requirements?|obligations?)|"
    r"\b(?:as required|permitted) by (?:the |applicable )?law"
)


@dataclass(frozen=True)
class ReadRetention:
    """What a retention text says: a duration (zero when nothing is kept after the event), the
    start_events code of the event it runs from (or ends with: "pendant la durée du contrat"), and
    whether it is vague, that is, neither countable nor tied to an event."""

    duration: r.Duration | None = None
    start_event: str | None = None
    vague: bool = False

    @property
    def countable(self) -> bool:
        return self.duration is not None and self.duration.value > 0


@functools.lru_cache(maxsize=4096)  # several rules read the same criterion, and registers repeat them
def read_retention(text: str) -> ReadRetention:
    """Read a retention criterion in French or English; never raises, looks at MAX_CHARS at most."""
    plain = folded(text, MAX_CHARS)
    duration = first_duration(plain)
    event = first_event(plain)
    if duration is None and event is not None and AT_ONCE.search(plain):
        duration = r.Duration(value=0, unit=DurationUnit.DAYS)
    vague = duration is None and event is None and VAGUE.search(plain) is not None
    return ReadRetention(duration=duration, start_event=event, vague=vague)


def first_duration(plain: str) -> r.Duration | None:
    match = DURATION.search(plain)
    if match is None:
        return None
    number, unit = match["number"], match["unit"]
    value = int(number) if number.isdigit() else NUMBER_WORDS.get(number, 1)  # "a year"
    if unit in WEEK_WORDS:
        return r.Duration(value=value * 7, unit=DurationUnit.DAYS)
    return r.Duration(value=value, unit=UNIT_OF[unit])


def first_event(plain: str) -> str | None:
    """The event named first in the text; of two phrases starting at the same place, the longer
    ("fin du contrat de travail" is the end of employment, not of a contract)."""
    found: list[tuple[int, int, str]] = []
    for entry in catalogue(START_EVENTS):
        match = terms_pattern(entry.get("terms", ())).search(plain)
        if match:
            found.append((match.start(), -len(match.group()), entry.code))
    return min(found)[2] if found else None
