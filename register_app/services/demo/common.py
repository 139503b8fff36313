"""What the demo's builders share: duration shorthands, dates relative to today, and `DemoIds`, which
knows the uids created just before the activities that link to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from register_app.domain.enums import (
    DurationUnit,
)
from register_app.services import records as r
from register_app.services.text import fold

DOMAIN = "solvea-sante.fr"


def shift_months(day: date, months: int) -> date:
    """`day` moved by a number of months (negative: back), on the 28th at most so it always exists."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def years(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.YEARS)


def months(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.MONTHS)


def days(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.DAYS)


@dataclass(frozen=True)
class DemoIds:
    """What the activity builders link to: uids by short key, and the day the demo is written."""

    today: date
    measures: Mapping[str, str]  # catalogue code, or key of one of the company's own measures
    subprocessors: Mapping[str, str]
    controllers: Mapping[str, str]

    def months_ago(self, n: int) -> date:
        return shift_months(self.today, -n)

    def days_ago(self, n: int) -> date:
        return self.today - timedelta(days=n)

    def measure(self, key: str, note: str = "") -> r.MeasureLink:
        return r.MeasureLink(measure_uid=self.measures[key], note=note)

    def subs(self, *keys: str) -> tuple[str, ...]:
        return tuple(self.subprocessors[key] for key in keys)


def staff(name: str) -> tuple[str, str]:
    """(owner name, owner email) of a member of staff: "Prénom Nom" -> prenom.nom@domain."""
    first, last = name.split(" ", 1)
    return name, f"{fold(first)}.{fold(last).replace(' ', '')}@{DOMAIN}"
