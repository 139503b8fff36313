"""Words the exports share: retention rules and dates as a reader expects them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from register_app.domain.enums import DurationUnit, FinalFate
from register_app.exports.view import format_date, retention_text
from register_app.services import records as r

YEARS, MONTHS = DurationUnit.YEARS, DurationUnit.MONTHS


@pytest.mark.parametrize(
    ("rule", "fr", "en"),
    [
        (
            r.RetentionRule(category="civil_status", active=r.Duration(value=3, unit=YEARS),
                            archive=r.Duration(value=1, unit=MONTHS), start_event="end_of_contract",
                            final_fate=FinalFate.DELETE),
            "3 ans en base active, puis 1 mois en archive intermédiaire, à compter de : fin du contrat, "
            "puis suppression.",
            "3 years in the active database, then 1 month in intermediate archive, from: end of the contract, "
            "then deletion.",
        ),
        (
            r.RetentionRule(category="economic_financial", archive=r.Duration(value=5, unit=YEARS),
                            criterion="À compter du versement de la paie"),
            "5 ans en archive intermédiaire. À compter du versement de la paie.",
            "5 years in intermediate archive. À compter du versement de la paie.",
        ),
        (r.RetentionRule(category="health", criterion="jusqu'à la fin du suivi"), "Jusqu'à la fin du suivi.",
         "Jusqu'à la fin du suivi."),
        (r.RetentionRule(category="health"), "Non renseigné", "Not set"),
    ],
)  # fmt: skip
def test_retention_in_words(rule: r.RetentionRule, fr: str, en: str) -> None:
    assert retention_text(rule, "fr") == fr
    assert retention_text(rule, "en") == en


def test_timestamps_are_dated_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    import time

    time.tzset()
    try:
        assert format_date(datetime(2026, 3, 1, 23, 30, tzinfo=UTC), "fr") == "02/03/2026"
        assert format_date(date(2026, 3, 1), "en") == "2026-03-01"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
