"""The DPO: a designated one must be reachable; none recorded is information, or a warning when
the register shows an Art. 37(1) case."""

from __future__ import annotations

from services.checks.check_builders import (
    HOSTING,
    NEWSLETTER,
    PAYROLL,
    clean,
    hits,
    with_activity,
    with_organisation,
)

from register_app.domain.enums import ActivityStatus, DpoStatus
from register_app.services import records as r

CODES = ("ART30-DPO-MISSING", "DPO-NOT-RECORDED", "DPO-REQUIRED-NOT-RECORDED")


def undecided(snapshot: r.Snapshot) -> r.Snapshot:
    return with_organisation(snapshot, dpo_status=DpoStatus.UNDECIDED, dpo=r.Contact())


def without_sensitive_data(snapshot: r.Snapshot) -> r.Snapshot:
    payroll = with_activity(
        snapshot, PAYROLL, data_categories=(r.DataCategory(code="civil_status"),), art9_condition=None
    )
    return with_activity(payroll, HOSTING, data_categories=(r.DataCategory(code="civil_status"),))


def found(snapshot: r.Snapshot) -> dict[str, list[str]]:
    return {code: [f.severity.value for f in hits(snapshot, code)] for code in CODES if hits(snapshot, code)}


def test_no_dpo_beside_special_category_data_is_a_warning_naming_the_activities() -> None:
    [finding] = hits(undecided(clean()), "DPO-REQUIRED-NOT-RECORDED")
    assert (finding.severity, finding.object_kind, finding.field) == ("warning", "organisation", "dpo_status")
    assert "T-001 Paie" in finding.message_fr and "T-003 Hébergement des dossiers patients" in finding.message_fr
    assert finding.reference_fr == "art. 37.1.c du RGPD" and finding.reference_en == "GDPR Art. 37(1)(c)"
    assert found(undecided(clean())) == {"DPO-REQUIRED-NOT-RECORDED": ["warning"]}  # never "designated but incomplete"


def test_no_dpo_without_an_art37_case_is_information() -> None:
    assert found(undecided(without_sensitive_data(clean()))) == {"DPO-NOT-RECORDED": ["info"]}
    retired = with_activity(undecided(clean()), PAYROLL, status=ActivityStatus.RETIRED)
    retired = with_activity(retired, HOSTING, status=ActivityStatus.RETIRED)
    assert found(retired) == {"DPO-NOT-RECORDED": ["info"]}


def test_systematic_monitoring_calls_for_a_dpo() -> None:
    watched = with_activity(
        undecided(without_sensitive_data(clean())), NEWSLETTER, dpia=r.Dpia(criteria=("systematic_monitoring",))
    )
    [finding] = hits(watched, "DPO-REQUIRED-NOT-RECORDED")
    assert "suivi régulier et systématique des personnes (T-002 Lettre d'information)" in finding.message_fr
    assert finding.reference_en == "GDPR Art. 37(1)(b)"


def test_a_dpo_not_designated_needs_its_reason() -> None:
    not_designated = with_organisation(clean(), dpo_status=DpoStatus.NOT_DESIGNATED, dpo=r.Contact())
    [finding] = hits(not_designated, "DPO-REQUIRED-NOT-RECORDED")
    assert finding.message_fr.startswith("Aucun délégué à la protection des données n'est désigné, sans que la raison")
    explained = with_organisation(not_designated, dpo_not_designated_reason="Pas de traitement à grande échelle")
    assert found(explained) == {}
    assert found(clean()) == {}
