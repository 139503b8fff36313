"""Retention: a rule for each data category, limited in time, counted from an event, and within
the reference durations of the catalogue."""

from __future__ import annotations

from typing import Any

import pytest
from services.checks.check_builders import (
    NEWSLETTER,
    PAYROLL,
    activity,
    clean,
    hits,
    months,
    where,
    with_activity,
    years,
)

from register_app.domain.catalogues import RETENTION_REFERENCES, catalogue
from register_app.services import records as r


def test_each_data_category_needs_a_retention_rule() -> None:
    partial = with_activity(clean(), PAYROLL, retention=activity(clean(), PAYROLL).retention[:2])
    [finding] = hits(partial, "RETENTION-CATEGORY-MISSING")
    assert where([finding]) == [(PAYROLL, "data_categories[2]")]
    assert (
        finding.message_fr
        == "Aucune durée de conservation n'est indiquée pour la catégorie « Données concernant la santé »."
    )
    by_criterion = (*partial.activities[0].retention, r.RetentionRule(category="health", criterion="Fin de l'arrêt"))
    assert hits(with_activity(partial, PAYROLL, retention=by_criterion), "RETENTION-CATEGORY-MISSING") == []


def test_no_retention_at_all_is_reported_once_for_the_activity() -> None:
    nothing = with_activity(clean(), PAYROLL, retention=())
    assert hits(nothing, "RETENTION-CATEGORY-MISSING") == []
    assert len(hits(nothing, "ART30-RETENTION-MISSING")) == 1


def test_an_unlimited_retention_is_an_error() -> None:
    forever = (r.RetentionRule(category="civil_status", criterion="Durée indéfinie (archives)"),)
    [finding] = hits(with_activity(clean(), NEWSLETTER, retention=forever), "RETENTION-INDEFINITE")
    assert where([finding]) == [(NEWSLETTER, "retention[0].criterion")] and finding.severity == "error"
    open_ended_contract = (
        r.RetentionRule(category="civil_status", criterion="Pendant le contrat à durée indéterminée, puis 5 ans"),
    )
    assert hits(with_activity(clean(), NEWSLETTER, retention=open_ended_contract), "RETENTION-INDEFINITE") == []


def test_a_duration_needs_the_event_it_runs_from() -> None:
    unanchored = (r.RetentionRule(category="civil_status", active=years(3)),)
    assert where(hits(with_activity(clean(), NEWSLETTER, retention=unanchored), "RETENTION-START-MISSING")) == [
        (NEWSLETTER, "retention[0].start_event")
    ]
    criterion_only = (r.RetentionRule(category="civil_status", criterion="Jusqu'au désabonnement"),)
    assert hits(with_activity(clean(), NEWSLETTER, retention=criterion_only), "RETENTION-START-MISSING") == []


def test_retention_beyond_the_chosen_reference_is_flagged_with_its_source() -> None:
    def kept(active: r.Duration, archive: r.Duration | None = None) -> r.Snapshot:
        rule = r.RetentionRule(category="civil_status", active=active, archive=archive,
                               start_event="end_of_relationship", reference_code="customers_prospecting")  # fmt: skip
        return with_activity(clean(), NEWSLETTER, retention=(rule,))

    [finding] = hits(kept(years(2), months(13)), "RETENTION-EXCEEDS-REFERENCE")
    assert finding.field == "retention[0]"
    assert finding.message_fr == (
        "La conservation de la catégorie « État civil, identité, données d'identification, images » (2 ans en base "
        "active, puis 13 mois en archivage intermédiaire) dépasse la durée de référence « Clients — prospection "
        "commerciale » (3 ans en base active)."
    )
    assert "gestion des activités commerciales" in finding.reference_fr
    assert hits(kept(years(2), months(12)), "RETENTION-EXCEEDS-REFERENCE") == []


def test_without_a_chosen_reference_the_longest_one_for_the_subjects_applies() -> None:
    def kept(duration: r.Duration) -> r.Snapshot:
        rule = r.RetentionRule(category="civil_status", active=duration, start_event="end_of_relationship")
        return with_activity(clean(), NEWSLETTER, name="Suivi des clients", purposes=(), retention=(rule,))

    # Nothing names the kind of data: for customers' identity the longest reference is 5 years (evidence,
    # anti-money laundering).
    [finding] = hits(kept(years(6)), "RETENTION-EXCEEDS-REFERENCE")
    assert "la plus longue durée de référence" in finding.message_fr
    assert hits(kept(years(5)), "RETENTION-EXCEEDS-REFERENCE") == []


def kept_as(criterion: str, category: str = "civil_status", **activity: Any) -> r.Snapshot:
    rule = r.RetentionRule(category=category, criterion=criterion, start_event="collection")
    categories = (r.DataCategory(code=category),)
    return with_activity(clean(), NEWSLETTER, retention=(rule,), data_categories=categories, **activity)


def test_cookies_are_measured_against_their_own_reference_whoever_the_subjects_are() -> None:
    # The newsletter's subjects are customers only: no website visitors are recorded.
    [finding] = hits(kept_as("Cookies de suivi des clics : 24 mois", "internet"), "RETENTION-EXCEEDS-REFERENCE")
    assert finding.message_fr == (
        "La conservation de la catégorie « Internet » (« Cookies de suivi des clics : 24 mois ») dépasse la durée "
        "de référence pour ces données « Durée de vie des cookies et traceurs » (13 mois en base active)."
    )
    assert "2020-091" in finding.reference_fr
    assert hits(kept_as("Cookies de suivi des clics : 13 mois", "internet"), "RETENTION-EXCEEDS-REFERENCE") == []
    audience = kept_as("Statistiques de mesure d'audience : 25 mois", "internet")
    assert hits(audience, "RETENTION-EXCEEDS-REFERENCE") == []
    assert len(hits(kept_as("Mesure d'audience : 26 mois", "internet"), "RETENTION-EXCEEDS-REFERENCE")) == 1


def test_the_activity_name_says_what_data_a_rule_is_about() -> None:
    cookies = kept_as("2 ans", "internet", name="Cookies", purposes=())
    [finding] = hits(cookies, "RETENTION-EXCEEDS-REFERENCE")
    assert "« Durée de vie des cookies et traceurs »" in finding.message_fr


def test_prospects_keep_their_reference_beside_customers() -> None:
    subjects = (r.DataSubject(code="customers"), r.DataSubject(code="prospects"))
    four = kept_as("Prospects : 4 ans après le dernier contact", data_subjects=subjects)
    [finding] = hits(four, "RETENTION-EXCEEDS-REFERENCE")
    assert "« Prospects (non clients) » (3 ans en base active)" in finding.message_fr
    three = kept_as("Prospects : 3 ans après le dernier contact", data_subjects=subjects)
    assert hits(three, "RETENTION-EXCEEDS-REFERENCE") == []


@pytest.mark.parametrize(
    ("source", "criterion", "flagged"),
    [
        ("Code de commerce, art. L.123-22", "", False),
        ("", "Pièces justificatives : article L.3243-4 du code du travail", False),
        ("French Commercial Code, Art. L.123-22", "", False),
        ("CNIL, référentiel gestion des activités commerciales (2021)", "", True),
        ("Principe de limitation de la conservation (RGPD, art. 5.1.e)", "", True),
    ],
)
def test_a_rule_citing_the_law_that_sets_its_period_is_not_too_long(source: str, criterion: str,
                                                                    flagged: bool) -> None:  # fmt: skip
    rule = r.RetentionRule(category="civil_status", active=years(10), start_event="end_of_relationship",
                           source=source, criterion=criterion)  # fmt: skip
    snapshot = with_activity(clean(), NEWSLETTER, retention=(rule,))
    assert len(hits(snapshot, "RETENTION-EXCEEDS-REFERENCE")) == flagged


def test_the_reference_s_own_source_does_not_justify_exceeding_it() -> None:
    source = catalogue(RETENTION_REFERENCES).get("bank_card_immediate").text("source", "fr")  # type: ignore[union-attr]
    rule = r.RetentionRule(category="civil_status", archive=months(24), start_event="transaction", source=source,
                           reference_code="bank_card_immediate")  # fmt: skip
    assert len(hits(with_activity(clean(), NEWSLETTER, retention=(rule,)), "RETENTION-EXCEEDS-REFERENCE")) == 1


def test_a_period_written_only_as_text_still_needs_its_start() -> None:
    def written(criterion: str) -> r.Snapshot:
        return with_activity(clean(), NEWSLETTER, retention=(r.RetentionRule(category="civil_status",
                                                                             criterion=criterion),))  # fmt: skip

    [finding] = hits(written("13 mois"), "RETENTION-START-MISSING")
    assert where([finding]) == [(NEWSLETTER, "retention[0].start_event")]
    assert "« 13 mois »" in finding.message_fr and "'13 mois'" in finding.message_en
    assert hits(written("5 ans à compter de la fin du contrat"), "RETENTION-START-MISSING") == []
    assert hits(written("3 years of inactivity"), "RETENTION-START-MISSING") == []


@pytest.mark.parametrize(
    "criterion", ["Tant que nécessaire", "as long as necessary", "La durée strictement nécessaire"]
)
def test_a_retention_with_neither_period_nor_event_is_vague(criterion: str) -> None:
    vague = (r.RetentionRule(category="civil_status", criterion=criterion),)
    [finding] = hits(with_activity(clean(), NEWSLETTER, retention=vague), "RETENTION-VAGUE")
    assert where([finding]) == [(NEWSLETTER, "retention[0].criterion")] and finding.severity == "warning"
    assert f"« {criterion} »" in finding.message_fr


@pytest.mark.parametrize(
    "rule",
    [
        r.RetentionRule(category="civil_status", criterion="Pendant toute la durée du contrat"),
        r.RetentionRule(category="civil_status", criterion="Supprimées dès le paiement"),
        r.RetentionRule(category="civil_status", criterion="Tant que nécessaire", start_event="end_of_contract"),
        r.RetentionRule(category="civil_status", criterion="Tant que nécessaire", active=years(1)),
        r.RetentionRule(category="civil_status", criterion="Durée légale (Code de commerce, art. L.123-22)"),
    ],
)
def test_an_event_a_period_or_a_cited_law_is_not_vague(rule: r.RetentionRule) -> None:
    assert hits(with_activity(clean(), NEWSLETTER, retention=(rule,)), "RETENTION-VAGUE") == []


def test_a_period_written_as_text_can_be_recorded_as_a_structured_one() -> None:
    def written(criterion: str, **fields: Any) -> r.Snapshot:
        rule = r.RetentionRule(category="civil_status", criterion=criterion, **fields)
        return with_activity(clean(), NEWSLETTER, retention=(rule,))

    [finding] = hits(written("5 ans à compter de la fin du contrat"), "RETENTION-TEXT-ONLY")
    assert finding.severity == "info" and finding.field == "retention[0].active"
    assert finding.fix_fr.startswith("Enregistrez-la comme 5 ans à compter de « Fin du contrat » :")
    assert finding.fix_en.startswith("Record it as 5 years from 'End of the contract':")
    [unanchored] = hits(written("13 months"), "RETENTION-TEXT-ONLY")
    assert "Record it as 13 months: " in unanchored.fix_en and "and the start event" in unanchored.fix_en
    assert hits(written("5 ans après la fin du contrat", active=years(5)), "RETENTION-TEXT-ONLY") == []
    assert hits(written("Tant que nécessaire"), "RETENTION-TEXT-ONLY") == []
    assert hits(written("Supprimées dès le paiement"), "RETENTION-TEXT-ONLY") == []


def test_findings_name_the_activity_by_reference_and_name() -> None:
    vague = (r.RetentionRule(category="civil_status", criterion="Tant que nécessaire"),)
    [finding] = hits(with_activity(clean(), NEWSLETTER, retention=vague), "RETENTION-VAGUE")
    assert (finding.object_ref, finding.object_label) == (NEWSLETTER, f"{NEWSLETTER} Lettre d'information")


def test_a_retention_rule_for_a_category_the_activity_does_not_record() -> None:
    stray = (*activity(clean(), NEWSLETTER).retention, r.RetentionRule(category="location", criterion="Fin de l'envoi"))
    [finding] = hits(with_activity(clean(), NEWSLETTER, retention=stray), "RETENTION-CATEGORY-UNLISTED")
    assert where([finding]) == [(NEWSLETTER, "retention[1].category")]
    assert "« Données de localisation »" in finding.message_fr
    listed = with_activity(
        clean(), NEWSLETTER, retention=stray,
        data_categories=(*activity(clean(), NEWSLETTER).data_categories, r.DataCategory(code="location")),
    )  # fmt: skip
    assert hits(listed, "RETENTION-CATEGORY-UNLISTED") == []
