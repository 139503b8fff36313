"""Article 30 items: each rule flags a register missing the item and accepts a near miss."""

from __future__ import annotations

import dataclasses

from services.checks.check_builders import (
    CLIENT,
    HOSTING,
    NEWSLETTER,
    PAYROLL,
    clean,
    contact,
    hits,
    where,
    with_activity,
    with_organisation,
)

from register_app.domain.enums import ActivityRole, DpoStatus
from register_app.services import records as r


def test_controller_identity_needs_a_name_and_a_postal_address() -> None:
    bare = with_organisation(clean(), identity=r.Contact(name="Société Exemple SAS", email="contact@exemple.fr"))
    [finding] = hits(bare, "ART30-CONTROLLER-MISSING")
    assert finding.object_kind == "organisation" and finding.field == "identity"
    assert "(manque : adresse, code postal, ville)" in finding.message_fr and "téléphone" not in finding.message_fr
    street_only = r.Contact(name="SoPlace", address="341 avenue Adolphe Alphand", email="contact@itiaki.com")
    [finding] = hits(with_organisation(clean(), identity=street_only), "ART30-CONTROLLER-MISSING")
    assert "(manque : code postal, ville)" in finding.message_fr
    phone_only = dataclasses.replace(contact("Société Exemple SAS"), email="")
    assert hits(with_organisation(clean(), identity=phone_only), "ART30-CONTROLLER-MISSING") == []


def test_a_postcode_and_city_inside_the_address_line_count() -> None:
    for address in ("341 avenue Adolphe Alphand, 34080 Montpellier", "Keizersgracht 1\n1015 CJ Amsterdam",
                    "10 Downing Street, London SW1A 2AA"):  # fmt: skip
        one_line = r.Contact(name="SoPlace", address=address, email="contact@itiaki.com")
        assert hits(with_organisation(clean(), identity=one_line), "ART30-CONTROLLER-MISSING") == [], address


def test_a_postal_address_without_phone_or_email_is_at_most_information() -> None:
    address_only = dataclasses.replace(contact("Cloud Solutions"), phone="", email="")
    assert hits(with_organisation(clean(), identity=address_only), "ART30-CONTROLLER-MISSING") == []
    [finding] = hits(with_organisation(clean(), identity=address_only), "ART30-CONTROLLER-CONTACT-MISSING")
    assert (finding.severity, finding.field) == ("info", "identity")
    assert hits(clean(), "ART30-CONTROLLER-CONTACT-MISSING") == []
    nothing = r.Contact(name="Cloud Solutions")  # the error says it: no second finding
    assert hits(with_organisation(clean(), identity=nothing), "ART30-CONTROLLER-CONTACT-MISSING") == []


def test_a_designated_dpo_needs_a_name_and_a_way_to_reach_them() -> None:
    [finding] = hits(with_organisation(clean(), dpo=r.Contact(name="Claire Martin")), "ART30-DPO-MISSING")
    assert finding.field == "dpo"
    not_designated = with_organisation(clean(), dpo_status=DpoStatus.NOT_DESIGNATED, dpo=r.Contact())
    assert hits(not_designated, "ART30-DPO-MISSING") == []


def test_an_organisation_outside_the_union_needs_a_representative() -> None:
    swiss = dataclasses.replace(contact("Exemple SA"), country="CH")
    [finding] = hits(with_organisation(clean(), identity=swiss), "ART30-REPRESENTATIVE-MISSING")
    assert "Suisse" in finding.message_fr and "Switzerland" in finding.message_en
    represented = with_organisation(clean(), identity=swiss, representative=contact("Représentant UE SARL"))
    assert hits(represented, "ART30-REPRESENTATIVE-MISSING") == []


def test_joint_control_needs_the_joint_controller() -> None:
    joint = with_activity(clean(), NEWSLETTER, role=ActivityRole.JOINT_CONTROLLER)
    assert where(hits(joint, "ART30-JOINT-CONTROLLERS-MISSING")) == [(NEWSLETTER, "joint_controller_uids")]
    named = with_activity(joint, NEWSLETTER, joint_controller_uids=(CLIENT,))
    assert hits(named, "ART30-JOINT-CONTROLLERS-MISSING") == []


def test_a_purpose_must_be_described() -> None:
    blank = with_activity(clean(), PAYROLL, purposes=(r.Purpose(description="  ", legal_basis="contract"),))
    assert where(hits(blank, "ART30-PURPOSE-MISSING")) == [(PAYROLL, "purposes")]
    one_described = with_activity(
        clean(),
        PAYROLL,
        purposes=(
            r.Purpose(description="", legal_basis="contract"),
            r.Purpose(description="Paie", legal_basis="contract"),
        ),
    )
    assert hits(one_described, "ART30-PURPOSE-MISSING") == []


def test_data_subjects_must_be_stated() -> None:
    assert where(hits(with_activity(clean(), PAYROLL, data_subjects=()), "ART30-SUBJECTS-MISSING")) == [
        (PAYROLL, "data_subjects")
    ]
    # A processor's register does not list them (Art. 30(2)).
    assert hits(with_activity(clean(), HOSTING, data_subjects=()), "ART30-SUBJECTS-MISSING") == []


def test_data_categories_must_be_stated() -> None:
    empty = with_activity(clean(), NEWSLETTER, data_categories=())
    assert where(hits(empty, "ART30-CATEGORIES-MISSING")) == [(NEWSLETTER, "data_categories")]
    assert hits(with_activity(clean(), HOSTING, data_categories=()), "ART30-CATEGORIES-MISSING") == []


def test_recipients_must_be_stated() -> None:
    assert where(hits(with_activity(clean(), PAYROLL, recipients=()), "ART30-RECIPIENTS-MISSING")) == [
        (PAYROLL, "recipients")
    ]
    assert hits(with_activity(clean(), HOSTING, recipients=()), "ART30-RECIPIENTS-MISSING") == []


def test_retention_must_be_given_as_a_duration_or_a_criterion() -> None:
    blank_rules = (r.RetentionRule(category="civil_status"), r.RetentionRule(category="nir", criterion=" "))
    assert where(hits(with_activity(clean(), PAYROLL, retention=blank_rules), "ART30-RETENTION-MISSING")) == [
        (PAYROLL, "retention")
    ]
    criterion = (r.RetentionRule(category="civil_status", criterion="Jusqu'à la fin de l'abonnement"),)
    assert hits(with_activity(clean(), NEWSLETTER, retention=criterion), "ART30-RETENTION-MISSING") == []


def test_security_measures_may_be_linked_or_organisation_wide() -> None:
    no_org_wide = dataclasses.replace(
        clean(), measures=tuple(dataclasses.replace(m, organisation_wide=False) for m in clean().measures)
    )
    assert {ref for ref, _ in where(hits(no_org_wide, "ART30-SECURITY-MISSING"))} == {PAYROLL, NEWSLETTER, HOSTING}
    linked = with_activity(no_org_wide, PAYROLL, measures=(r.MeasureLink(measure_uid=clean().measures[0].uid),))
    assert PAYROLL not in {ref for ref, _ in where(hits(linked, "ART30-SECURITY-MISSING"))}
