"""Retention: a rule for each data category, limited in time, counted from an event, and within
the reference durations of the catalogue."""

from __future__ import annotations

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


def test_without_a_chosen_reference_the_longest_one_for_the_data_applies() -> None:
    def kept(duration: r.Duration) -> r.Snapshot:
        rule = r.RetentionRule(category="civil_status", active=duration, start_event="end_of_relationship")
        return with_activity(clean(), NEWSLETTER, retention=(rule,))

    # For customers' identity the longest reference is 5 years (evidence, anti-money laundering).
    [finding] = hits(kept(years(6)), "RETENTION-EXCEEDS-REFERENCE")
    assert "la plus longue durée de référence" in finding.message_fr
    assert hits(kept(years(5)), "RETENTION-EXCEEDS-REFERENCE") == []


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
