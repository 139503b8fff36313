"""Legal bases and the three regimes of sensitive data, each checked on its own terms."""

from __future__ import annotations

from services.checks.check_builders import HOSTING, NEWSLETTER, PAYROLL, activity, clean, hits, where, with_activity

from register_app.services import records as r


def test_every_purpose_needs_a_legal_basis() -> None:
    purposes = (
        r.Purpose(description="Paie", legal_basis="legal_obligation"),
        r.Purpose(description="Statistiques RH", legal_basis=None),
    )
    [finding] = hits(with_activity(clean(), PAYROLL, purposes=purposes), "ART6-LEGAL-BASIS-MISSING")
    assert where([finding]) == [(PAYROLL, "purposes[1].legal_basis")]
    assert finding.message_fr == "La finalité « Statistiques RH » n'a pas de base légale."
    assert finding.message_en == "The purpose 'Statistiques RH' has no legal basis."
    # A processor acts on its client's legal basis.
    hosted = with_activity(clean(), HOSTING, purposes=(r.Purpose(description="Hébergement"),))
    assert hits(hosted, "ART6-LEGAL-BASIS-MISSING") == []


def test_legitimate_interest_needs_the_interest_then_the_balancing_test() -> None:
    def relying(**documented: str) -> r.Snapshot:
        purpose = r.Purpose(description="Relances", legal_basis="legitimate_interest", **documented)
        return with_activity(clean(), NEWSLETTER, purposes=(purpose,))

    assert where(hits(relying(), "ART6-INTEREST-MISSING")) == [(NEWSLETTER, "purposes[0].legitimate_interest")]
    assert where(hits(relying(legitimate_interest="Fidéliser les clients"), "ART6-INTEREST-MISSING")) == [
        (NEWSLETTER, "purposes[0].balancing_test")
    ]
    documented = relying(legitimate_interest="Fidéliser les clients", balancing_test="Clients existants, opposition")
    assert hits(documented, "ART6-INTEREST-MISSING") == []


def test_special_category_data_needs_an_article_9_condition() -> None:
    [finding] = hits(with_activity(clean(), PAYROLL, art9_condition=None), "ART9-CONDITION-MISSING")
    assert finding.field == "art9_condition" and "Données concernant la santé" in finding.message_fr
    # NIR and offence data are not special categories: the condition is not asked for them.
    no_health = with_activity(
        clean(),
        PAYROLL,
        art9_condition=None,
        data_categories=(r.DataCategory(code="nir"), r.DataCategory(code="criminal_convictions")),
        art10_justification="Contrôle d'honorabilité imposé par la loi",
    )
    assert hits(no_health, "ART9-CONDITION-MISSING") == []


def test_offence_data_needs_its_own_justification() -> None:
    categories = (*activity(clean(), PAYROLL).data_categories, r.DataCategory(code="criminal_convictions"))
    with_offences = with_activity(clean(), PAYROLL, data_categories=categories)
    assert where(hits(with_offences, "ART10-JUSTIFICATION-MISSING")) == [(PAYROLL, "art10_justification")]
    # The Art. 9 condition already recorded does not cover offence data; a justification does.
    justified = with_activity(with_offences, PAYROLL, art10_justification="Contrôle d'honorabilité imposé par la loi")
    assert hits(justified, "ART10-JUSTIFICATION-MISSING") == []


def test_the_nir_needs_the_text_that_allows_it() -> None:
    [finding] = hits(with_activity(clean(), PAYROLL, nir_justification=""), "NIR-JUSTIFICATION-MISSING")
    assert finding.field == "nir_justification" and "2019-341" in finding.reference_fr
    assert hits(clean(), "NIR-JUSTIFICATION-MISSING") == []
    without_nir = with_activity(clean(), NEWSLETTER, nir_justification="")
    assert hits(without_nir, "NIR-JUSTIFICATION-MISSING") == []


def test_a_legitimate_interest_stated_in_the_justification_counts() -> None:
    purpose = r.Purpose(
        description="Relances",
        legal_basis="legitimate_interest",
        legal_basis_note="Notre intérêt légitime à fidéliser nos clients existants",
    )
    found = hits(with_activity(clean(), NEWSLETTER, purposes=(purpose,)), "ART6-INTEREST-MISSING")
    assert where(found) == [(NEWSLETTER, "purposes[0].balancing_test")]  # the balancing test is still asked for


def test_health_data_for_care_is_pointed_at_the_care_condition() -> None:
    patients = with_activity(
        clean(),
        NEWSLETTER,
        data_subjects=(r.DataSubject(code="patients"),),
        data_categories=(r.DataCategory(code="health"),),
    )
    [finding] = hits(patients, "ART9-CONDITION-MISSING")
    assert "art. 9.2.h du RGPD" in finding.fix_fr and "prise en charge sanitaire" in finding.fix_fr
    assert "GDPR Art. 9(2)(h)" in finding.fix_en and "9.2.b" not in finding.fix_fr
    [payroll] = hits(with_activity(clean(), PAYROLL, art9_condition=None), "ART9-CONDITION-MISSING")
    assert "droit du travail, 9.2.b" in payroll.fix_fr  # employees' health data: employment law
