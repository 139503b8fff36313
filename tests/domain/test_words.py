"""One wording table per concept, shared by the app, the exports and the command line: every value
of every closed list has a label in both languages (keyed by enum type, so two enums sharing a
value keep their own words), and a finding's field, severity and kind read the same everywhere."""

from __future__ import annotations

from enum import StrEnum

import pytest

from register_app.domain import enums
from register_app.domain.enums import ActivityStatus, ContractStatus, DpiaConclusion, DpiaStatus, DurationUnit
from register_app.domain.words import fields, severities
from register_app.domain.words.enum_labels import ENUM_LABELS, duration_words, enum_label
from register_app.domain.words.language import colon, pick

# A finding's severity is worded by words/severities (tested below), not as a list's labels.
NOT_LABELLED: set[type[StrEnum]] = {enums.Severity}
LABELLED = [e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, StrEnum)
            and e is not StrEnum and e not in NOT_LABELLED]  # fmt: skip


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_value_has_its_own_words_in_both_languages(enum: type[StrEnum]) -> None:
    for lang in ("fr", "en"):
        words = [enum_label(value, lang) for value in enum]
        assert all(w.strip() for w in words), (enum, lang)
        assert len(set(words)) == len(words), f"two values of {enum.__name__} read the same in {lang}"


def test_the_table_holds_nothing_but_the_enums_values() -> None:
    assert set(ENUM_LABELS) == {(type(v), v.value) for e in LABELLED for v in e}


def test_a_contract_not_required_is_not_a_dpia_not_required() -> None:
    assert ContractStatus.NOT_REQUIRED == DpiaConclusion.NOT_REQUIRED  # the same stored code...
    assert enum_label(ContractStatus.NOT_REQUIRED, "fr") == "Non requis"  # ...and words of its own
    assert enum_label(DpiaConclusion.NOT_REQUIRED, "fr") == "AIPD non obligatoire"


def test_an_activity_in_progress_is_not_a_dpia_in_progress() -> None:
    assert enum_label(ActivityStatus.ACTIVE, "fr") == "En cours"
    assert enum_label(DpiaStatus.IN_PROGRESS, "fr") != enum_label(ActivityStatus.ACTIVE, "fr")


def test_durations_agree_in_number() -> None:
    assert duration_words(1, DurationUnit.YEARS) == ("1 an", "1 year")
    assert duration_words(3, DurationUnit.MONTHS) == ("3 mois", "3 months")
    assert enum_label(DurationUnit.DAYS, "fr") == "jours"


@pytest.mark.parametrize("table", [fields.FIELDS, fields.ITEMS, fields.PARTS, severities.SEVERITIES, severities.KINDS],
                         ids=["fields", "items", "parts", "severities", "kinds"])  # fmt: skip
def test_every_word_has_both_languages(table: dict[str, tuple[str, str]]) -> None:
    for key, (fr, en) in table.items():
        assert fr.strip() and en.strip(), key


def test_every_item_and_severity_is_known_as_a_whole() -> None:
    assert set(fields.ITEMS) <= set(fields.FIELDS)
    assert all("{n}" in fr and "{n}" in en for fr, en in fields.ITEMS.values())
    assert set(severities.SEVERITIES) == {s.value for s in enums.Severity}


def test_a_field_path_in_words() -> None:
    assert fields.field_text("purposes[1].legal_basis", "fr") == "Finalité n° 2 : base légale"
    assert fields.field_text("purposes[1].legal_basis", "en") == "Purpose 2: legal basis"
    assert fields.field_text("dpia.status", "fr") == "Analyse d'impact : état"
    assert fields.field_text("contract_review", "en") == "Contract review due"
    assert fields.field_text("unknown.path", "fr") == "unknown.path"


def test_one_helper_picks_the_language() -> None:
    assert pick(("Oui", "Yes"), "fr") == "Oui" and pick(("Oui", "Yes"), "en") == "Yes"
    assert pick(("{n} an", "{n} year"), "en", n=1) == "1 year"
    assert pick("SIREN", "en") == "SIREN"
    assert colon("Statut", "En cours", "fr") == "Statut : En cours"
    assert colon("Status", "Active", "en") == "Status: Active"
