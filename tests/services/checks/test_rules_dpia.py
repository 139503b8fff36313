"""DPIA screening: criteria or a CNIL list match call for a DPIA, and deciding otherwise is explained."""

from __future__ import annotations

from typing import Any

from services.checks.check_builders import NEWSLETTER, PAYROLL, clean, hits, where, with_activity

from register_app.domain.enums import DpiaConclusion, DpiaStatus
from register_app.services import records as r

TWO_CRITERIA = ("sensitive_data", "vulnerable_subjects")


def screened(**dpia: Any) -> r.Snapshot:
    return with_activity(clean(), PAYROLL, dpia=r.Dpia(**dpia))


def test_two_criteria_without_a_dpia_is_an_error() -> None:
    [finding] = hits(screened(criteria=TWO_CRITERIA), "DPIA-MISSING")
    assert where([finding]) == [(PAYROLL, "dpia.status")] and finding.severity == "error"
    assert "2 critères du CEPD sont remplis" in finding.message_fr and "2 EDPB criteria are met" in finding.message_en
    assert hits(screened(criteria=TWO_CRITERIA, status=DpiaStatus.IN_PROGRESS), "DPIA-MISSING") == []
    assert hits(screened(criteria=TWO_CRITERIA[:1]), "DPIA-MISSING") == []


def test_a_match_with_the_cnil_list_requires_a_dpia_whatever_the_conclusion() -> None:
    listed = screened(list_match="req_hr_profiling", conclusion=DpiaConclusion.NOT_REQUIRED, reason="Petite équipe")
    [finding] = hits(listed, "DPIA-MISSING")
    assert "liste de la CNIL" in finding.message_fr and "2018-327" in finding.reference_fr
    exempt_list = screened(list_match="ex_hr_small_org", conclusion=DpiaConclusion.EXEMPT)
    assert hits(exempt_list, "DPIA-MISSING") == []


def test_deciding_against_a_dpia_despite_the_criteria_needs_a_reason() -> None:
    unexplained = screened(criteria=TWO_CRITERIA, conclusion=DpiaConclusion.NOT_REQUIRED)
    assert where(hits(unexplained, "DPIA-NOT-REQUIRED-UNJUSTIFIED")) == [(PAYROLL, "dpia.reason")]
    assert hits(unexplained, "DPIA-MISSING") == []
    explained = screened(criteria=TWO_CRITERIA, conclusion=DpiaConclusion.NOT_REQUIRED,
                         reason="Moins de 250 salariés, aucun profilage : liste des traitements dispensés")  # fmt: skip
    assert hits(explained, "DPIA-NOT-REQUIRED-UNJUSTIFIED") == []


def test_criteria_evident_from_the_data_but_not_ticked_are_pointed_out() -> None:
    [finding] = hits(screened(criteria=("sensitive_data",)), "DPIA-CRITERIA-UNTICKED")
    assert finding.severity == "info" and "Données concernant des personnes vulnérables" in finding.message_fr
    assert hits(screened(status=DpiaStatus.DONE), "DPIA-CRITERIA-UNTICKED") == []
    customers_only = with_activity(clean(), NEWSLETTER, dpia=r.Dpia())
    assert hits(customers_only, "DPIA-CRITERIA-UNTICKED") == []
