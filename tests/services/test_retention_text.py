"""Retention text read where it can be counted: a duration, the event it runs from, or neither."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from register_app.domain.catalogues import START_EVENTS, catalogue
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.retention_text import MAX_CHARS, ReadRetention, read_retention

DAYS, MONTHS, YEARS = DurationUnit.DAYS, DurationUnit.MONTHS, DurationUnit.YEARS


def read(duration: tuple[int, DurationUnit] | None, event: str | None = None, *, vague: bool = False) -> ReadRetention:
    kept = r.Duration(value=duration[0], unit=duration[1]) if duration else None
    return ReadRetention(duration=kept, start_event=event, vague=vague)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 ans à compter de la fin du contrat", read((5, YEARS), "end_of_contract")),
        ("13 mois", read((13, MONTHS))),
        ("13 months", read((13, MONTHS))),
        ("3 years of inactivity", read((3, YEARS), "last_activity")),
        ("trois ans après le dernier contact", read((3, YEARS), "last_contact")),
        ("jusqu'à 25 mois", read((25, MONTHS))),
        ("6 months from collection", read((6, MONTHS), "collection")),
        ("Pendant toute la durée du contrat et 1 an après sa cessation", read((1, YEARS), "end_of_contract")),
        ("Deux (2) ans à compter du départ du salarié", read((2, YEARS), "end_of_employment")),
        ("5 ans après la fin du contrat de travail", read((5, YEARS), "end_of_employment")),
        ("un an après la dernière connexion", read((1, YEARS), "last_activity")),
        ("a year after the account is closed", read((1, YEARS), "account_closure")),
        ("vingt-cinq mois", read((25, MONTHS))),
        ("douze mois glissants", read((12, MONTHS))),
        ("twelve months", read((12, MONTHS))),
        ("ten years from the end of the financial year", read((10, YEARS), "end_of_fiscal_year")),
        ("2 semaines", read((14, DAYS))),
    ],
)
def test_a_countable_period_is_read_with_its_start(text: str, expected: ReadRetention) -> None:
    assert read_retention(text) == expected
    assert read_retention(text).countable


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pendant toute la durée du contrat", read(None, "end_of_contract")),
        ("Jusqu'au désabonnement", read(None, "withdrawal")),
        ("pendant toute l'utilisation du service", read(None, "account_closure")),
        ("supprimées dès le paiement", read((0, DAYS), "transaction")),
        ("deleted once the payment is made", read((0, DAYS), "transaction")),
        ("supprimées, en principe, dès la transaction réalisée", read((0, DAYS), "transaction")),
    ],
)
def test_an_event_alone_or_nothing_kept_after_it(text: str, expected: ReadRetention) -> None:
    assert read_retention(text) == expected
    assert not read_retention(text).countable and not read_retention(text).vague


@pytest.mark.parametrize(
    "text",
    ["tant que nécessaire", "As long as necessary", "la durée strictement nécessaire", "Durée légale de conservation",
     "no longer than is necessary for the purposes"],
)  # fmt: skip
def test_a_promise_of_necessity_is_vague(text: str) -> None:
    assert read_retention(text) == read(None, vague=True)


@pytest.mark.parametrize("text", ["", "Code de commerce, art. L.123-22", "1,5 an", "jusqu'à J+30", "Fin de l'envoi"])
def test_text_that_says_neither_is_not_guessed(text: str) -> None:
    assert read_retention(text) == read(None)


def test_every_event_the_text_can_name_is_in_the_catalogue() -> None:
    events = catalogue(START_EVENTS)
    added = {"account_closure", "last_activity", "withdrawal"}
    assert added <= {e.code for e in events}
    for entry in events:
        for term in entry.get("terms", ()):
            assert read_retention(f"3 ans à compter de : {term.rstrip('*')}").start_event is not None, term


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    result = read_retention(text)
    assert result.duration is None or result.duration.value >= 0


@settings(max_examples=20, deadline=None)
@given(st.text(min_size=1, max_size=50))
def test_only_the_beginning_of_a_long_text_is_read(noise: str) -> None:
    long_text = "x " * MAX_CHARS + noise * 20_000 + " 3 ans à compter de la fin du contrat"
    started = time.perf_counter()
    assert read_retention(long_text) == read(None)
    assert time.perf_counter() - started < 0.5
