"""Enum labels are keyed by (enum type, value): two enums sharing a value keep their own words."""

from __future__ import annotations

from enum import StrEnum

import pytest

from register_app.domain import enums
from register_app.domain.enums import ContractStatus, DpiaConclusion
from register_app.exports.labels import enum_label

# Closed lists the exports word elsewhere (durations as units, history actions as history).
NOT_LABELLED = {enums.DurationUnit, enums.HistoryAction}
LABELLED = [e for e in vars(enums).values() if isinstance(e, type) and issubclass(e, StrEnum)
            and e is not StrEnum and e not in NOT_LABELLED]  # fmt: skip


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_value_has_words_in_both_languages(enum: type[StrEnum]) -> None:
    for value in enum:
        assert enum_label(value, "fr") and enum_label(value, "en"), value


def test_a_contract_not_required_is_not_a_dpia_not_required() -> None:
    assert ContractStatus.NOT_REQUIRED == DpiaConclusion.NOT_REQUIRED  # the same stored code...
    assert enum_label(ContractStatus.NOT_REQUIRED, "fr") == "Non requis"  # ...and words of its own
    assert enum_label(DpiaConclusion.NOT_REQUIRED, "fr") == "AIPD non requise"
