"""Completeness: the share of Article 30 items filled, per activity and for the register, shown
without rounding a gap away."""

from __future__ import annotations

import dataclasses

from services.checks.check_builders import HOSTING, NEWSLETTER, PAYROLL, activity, clean, with_activity

from register_app.services import records as r
from register_app.services.checks import Score, completeness


def test_a_complete_register_scores_100_percent() -> None:
    result = completeness(clean())
    assert result.score.percent("fr") == "100,0\u00a0%" and result.score.percent("en") == "100.0%"
    assert all(a.missing == () for a in result.activities)


def test_a_score_is_rounded_down_so_a_gap_never_shows_as_100_percent() -> None:
    assert Score(2499, 2500).percent("fr") == "99,9\u00a0%"
    assert Score(2499, 2500).percent("en") == "99.9%"
    assert Score(996, 1000).percent("fr") == "99,6\u00a0%"
    assert Score(0, 0).percent("fr") == "n.d." and Score(0, 0).ratio is None


def test_a_partly_filled_item_counts_for_its_share() -> None:
    two_of_three = with_activity(clean(), PAYROLL, retention=activity(clean(), PAYROLL).retention[:2])
    payroll = completeness(two_of_three).of(activity(clean(), PAYROLL).uid)
    assert payroll is not None and payroll.missing == ("retention",)
    assert payroll.score.percent("fr") == "95,2\u00a0%"  # 6 items and 2/3 of one, out of 7
    assert completeness(two_of_three).score.percent("fr") == "98,1\u00a0%"  # 17 2/3 of 18 items in the register


def test_items_depend_on_the_role_and_on_transfers() -> None:
    result = completeness(clean())
    items = {a.activity_ref: [code for code, _ in a.items] for a in result.activities}
    assert items[HOSTING] == ["controller", "processing", "security"]
    assert "transfers" in items[NEWSLETTER] and "transfers" not in items[PAYROLL]
    unrecorded = completeness(with_activity(clean(), NEWSLETTER, transfers=()))
    newsletter = unrecorded.of(activity(clean(), NEWSLETTER).uid)
    assert newsletter is not None and newsletter.missing == ("transfers",)


def test_an_incomplete_controller_identity_lowers_every_activity() -> None:
    anonymous = dataclasses.replace(
        clean(), organisation=dataclasses.replace(clean().organisation, identity=r.Contact())
    )
    assert all("controller" in a.missing for a in completeness(anonymous).activities)


def test_an_empty_register_has_no_score_rather_than_a_perfect_one() -> None:
    empty = dataclasses.replace(clean(), activities=())
    assert completeness(empty).score.percent("en") == "n/a"


def test_a_postal_address_on_one_line_completes_the_controller() -> None:
    one_line = r.Contact(name="SoPlace", address="341 avenue Adolphe Alphand, 34080 Montpellier", country="FR")
    street_only = dataclasses.replace(one_line, address="341 avenue Adolphe Alphand")

    def missing(identity: r.Contact) -> list[bool]:
        organisation = dataclasses.replace(clean().organisation, identity=identity)
        snapshot = dataclasses.replace(clean(), organisation=organisation)
        return ["controller" in a.missing for a in completeness(snapshot).activities]

    assert missing(one_line) == [False, False, False]
    assert missing(street_only) == [True, True, True]
