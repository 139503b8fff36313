"""Recipients described as providers that no recorded subprocessor answers to."""

from __future__ import annotations

import dataclasses

from services.checks.check_builders import (
    HOST,
    MAILER,
    NEWSLETTER,
    PAYROLL,
    STAMPS,
    activity,
    clean,
    hits,
    with_activity,
    with_subprocessor,
)

from register_app.domain.enums import CnilHeading, MeasureStatus
from register_app.services import records as r

CODE = "SUBPROCESSOR-UNNAMED"


def recipients(snapshot: r.Snapshot, reference: str, *texts: str) -> r.Snapshot:
    items = (*activity(snapshot, reference).recipients, *(r.CodedItem(code="other", precision=t) for t in texts))
    return with_activity(snapshot, reference, recipients=items)


def test_providers_cited_by_an_activity_with_no_subprocessor_are_unnamed() -> None:
    outsourced = recipients(clean(), PAYROLL, "Prestataires de services (paie externalisée), freelances")
    [finding] = hits(outsourced, CODE)
    assert (finding.object_kind, finding.field, finding.severity) == ("organisation", "subprocessors", "warning")
    assert "(« prestataire », « freelance ») sans qu'aucun sous-traitant leur soit rattaché : T-001 Paie." in (
        finding.message_fr
    )
    assert hits(with_activity(outsourced, PAYROLL, subprocessor_uids=(HOST,)), CODE) == []
    typed = with_activity(clean(), PAYROLL, recipients=(r.CodedItem(code="processors"),))
    assert "« processors »" in hits(typed, CODE)[0].message_fr
    assert hits(recipients(clean(), PAYROLL, "Service comptabilité", "Organismes sociaux"), CODE) == []


def test_a_kind_of_service_no_subprocessor_provides_is_unnamed() -> None:
    audience = recipients(clean(), NEWSLETTER, "Prestataires techniques de mesure d'audience")
    [finding] = hits(audience, CODE)
    assert "ne fournit ces services : Mesure d'audience (« mesure d'audience » ; T-002)." in finding.message_fr
    assert "services: Audience measurement ('mesure d'audience'; T-002)." in finding.message_en
    measured = with_subprocessor(audience, MAILER, service="Envoi de courriels et mesure d'audience du site")
    assert hits(measured, CODE) == []
    routed = recipients(clean(), NEWSLETTER, "Prestataire de routage")
    assert "Envoi de courriels et campagnes (« routage » ; T-002)" in hits(
        with_subprocessor(routed, MAILER, service="Hébergement"), CODE
    )[0].message_fr
    newsletters = with_subprocessor(routed, MAILER, service="Plateforme d'envoi de lettres d'information")
    assert hits(newsletters, CODE) == []


def test_hosting_stated_in_a_declared_measure_needs_a_host() -> None:
    hosting = r.Measure(
        uid="00000000-0000-4000-8000-0000000m0099",
        name="Hébergement dans des centres de données en France",
        heading=CnilHeading.PROCESSOR_CONTROL,
        organisation_wide=True,
        **STAMPS,
    )
    unnamed_host = with_subprocessor(
        dataclasses.replace(clean(), measures=(*clean().measures, hosting)), HOST, service="Infogérance"
    )
    [finding] = hits(unnamed_host, CODE)
    assert "Hébergement (« hébergement », « centre de données » ; T-001, T-002, T-003)" in finding.message_fr
    suggestion = dataclasses.replace(hosting, status=MeasureStatus.NOT_DECLARED)
    suggested = with_subprocessor(dataclasses.replace(clean(), measures=(*clean().measures, suggestion)), HOST,
                                  service="Infogérance")  # fmt: skip
    assert hits(suggested, CODE) == []


def test_a_complete_register_names_its_providers() -> None:
    assert hits(clean(), CODE) == []
