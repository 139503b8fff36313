"""DPIA screening: criteria or a CNIL list match call for a DPIA, and deciding otherwise is explained.
Criteria and list matches are also read from the register itself and proposed for confirmation."""

from __future__ import annotations

from typing import Any

import pytest
from services.checks.check_builders import NEWSLETTER, PAYROLL, activity, clean, hits, where, with_activity

from register_app.domain.enums import DpiaConclusion, DpiaStatus
from register_app.services import records as r
from register_app.services.checks import Severity

TWO_CRITERIA = ("sensitive_data", "vulnerable_subjects")


def screened(**dpia: Any) -> r.Snapshot:
    return with_activity(clean(), PAYROLL, dpia=r.Dpia(**dpia))


def test_two_criteria_without_a_dpia_is_an_error() -> None:
    [finding] = hits(screened(criteria=TWO_CRITERIA), "DPIA-MISSING")
    assert where([finding]) == [(PAYROLL, "dpia.status")] and finding.severity == "error"
    assert "2 critères du CEPD sont remplis" in finding.message_fr and "2 EDPB criteria are met" in finding.message_en
    assert hits(screened(criteria=TWO_CRITERIA, status=DpiaStatus.IN_PROGRESS), "DPIA-MISSING") == []
    one_criterion = with_activity(clean(), NEWSLETTER, dpia=r.Dpia(criteria=("large_scale",)))
    assert hits(one_criterion, "DPIA-MISSING") == []


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


def newsletter(**changes: Any) -> r.Snapshot:
    """The newsletter (customers' identity, nothing risky) with what a test adds to it."""
    return with_activity(clean(), NEWSLETTER, **changes)


def test_criteria_read_from_the_register_call_for_a_dpia_and_are_named() -> None:
    health_of_patients = newsletter(
        data_subjects=(r.DataSubject(code="patients"),),
        data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="health")),
    )
    [finding] = hits(health_of_patients, "DPIA-MISSING")
    assert finding.message_fr == (
        "Une analyse d'impact (AIPD) est requise : 2 critères du CEPD sont remplis (Données sensibles ou données à "
        "caractère hautement personnel, d'après la catégorie « Données concernant la santé » ; Données concernant "
        "des personnes vulnérables, d'après les personnes concernées « Patients »). Aucune n'est pourtant réalisée "
        "ni en cours."
    )
    assert finding.fix_fr == (
        "Confirmez dans l'évaluation de la nécessité d'une AIPD les critères relevés dans le registre (Données "
        "sensibles ou données à caractère hautement personnel ; Données concernant des personnes vulnérables), puis "
        "réalisez l'AIPD ou indiquez pourquoi elle n'est pas requise."
    )
    assert "going by the data subjects 'Patients'" in finding.message_en
    justified = r.Dpia(conclusion=DpiaConclusion.NOT_REQUIRED, reason="Données de santé facultatives, très limitées")
    assert hits(with_activity(health_of_patients, NEWSLETTER, dpia=justified), "DPIA-MISSING") == []
    assert hits(newsletter(data_subjects=(r.DataSubject(code="patients"),)), "DPIA-MISSING") == []


@pytest.mark.parametrize(
    ("changes", "criterion"),
    [
        ({"purposes": (r.Purpose(description="Profilage et segmentation des abonnés", legal_basis="consent"),)},
         "Évaluation ou notation (y compris le profilage)"),
        ({"purposes": (r.Purpose(description="Customer scoring and targeting", legal_basis="consent"),)},
         "Évaluation ou notation (y compris le profilage)"),
        ({"data_sources": (r.CodedItem(code="other", precision="Achat de fichiers auprès d'un courtier"),)},
         "Croisement ou combinaison d'ensembles de données"),
        ({"data_sources": (r.CodedItem(code="partners"),)}, "Croisement ou combinaison d'ensembles de données"),
        ({"name": "Vidéosurveillance du parking"}, "Surveillance systématique"),
        ({"purposes": (r.Purpose(description="GPS tracking of deliveries", legal_basis="contract"),)},
         "Surveillance systématique"),
        ({"data_subjects": (r.DataSubject(code="customers", estimated_count=50_000),)},
         "Données traitées à grande échelle"),
        ({"description": "Tri des demandes par intelligence artificielle"}, "Usage innovant"),
        ({"data_subjects": (r.DataSubject(code="other", precision="Enfants inscrits au centre de loisirs"),)},
         "Données concernant des personnes vulnérables"),
        ({"data_categories": (r.DataCategory(code="civil_status"), r.DataCategory(code="criminal_convictions"))},
         "Données sensibles"),
        ({"data_categories": (r.DataCategory(code="civil_status"), r.DataCategory(code="nir"))}, "Données sensibles"),
    ],
)  # fmt: skip
def test_each_sign_in_the_register_is_proposed_as_a_criterion(changes: dict[str, Any], criterion: str) -> None:
    [finding] = hits(newsletter(**changes), "DPIA-CRITERIA-UNTICKED")
    assert finding.field == "dpia.criteria" and criterion in finding.message_fr


@pytest.mark.parametrize(
    "changes",
    [
        {"purposes": (r.Purpose(description="Envoi de la lettre, sans profilage ni segmentation",
                                legal_basis="consent"),)},
        {"description": "Badges nominatifs sans biométrie"},
        {"data_sources": (r.CodedItem(code="data_subject", precision="Formulaire d'inscription"),)},
        {"data_sources": (r.CodedItem(code="third_party", precision="Taux transmis par l'administration fiscale"),)},
        {"data_subjects": (r.DataSubject(code="customers", estimated_count=800),)},
    ],
)  # fmt: skip
def test_what_the_register_does_not_show_is_not_proposed(changes: dict[str, Any]) -> None:
    assert hits(newsletter(**changes), "DPIA-CRITERIA-UNTICKED") == []


def test_profiling_with_bought_data_is_on_the_cnil_list_even_if_nothing_is_ticked() -> None:
    profiling = newsletter(
        purposes=(r.Purpose(description="Profilage à des fins de prospection commerciale", legal_basis="consent"),),
        data_sources=(r.CodedItem(code="third_party", precision="Achat de base de données client"),),
    )
    # read in the purpose's and the source's words, not ticked or coded: probable, for the DPO to confirm
    assert hits(profiling, "DPIA-MISSING") == []
    [finding] = hits(profiling, "DPIA-PROBABLE")
    assert finding.severity is Severity.WARNING
    entry = "« Traitements de profilage faisant appel à des données provenant de sources externes »"
    assert entry in finding.message_fr and "d'après le registre" in finding.message_fr
    assert "le type de traitement de la liste de la CNIL" in finding.fix_fr
    proposals = hits(profiling, "DPIA-CRITERIA-UNTICKED")
    assert where(proposals) == [(NEWSLETTER, "dpia.criteria"), (NEWSLETTER, "dpia.list_match")]
    assert entry in proposals[1].message_fr
    recorded = r.Dpia(criteria=("evaluation_scoring", "matching_combining"), list_match="req_profiling_external_data")
    assert where(hits(with_activity(profiling, NEWSLETTER, dpia=recorded), "DPIA-MISSING")) == [
        (NEWSLETTER, "dpia.status")
    ]
    assert hits(with_activity(profiling, NEWSLETTER, dpia=recorded), "DPIA-CRITERIA-UNTICKED") == []
    own_data_only = with_activity(profiling, NEWSLETTER, data_sources=())
    assert hits(own_data_only, "DPIA-MISSING") == hits(own_data_only, "DPIA-PROBABLE") == []
    from_another_body = with_activity(profiling, NEWSLETTER, data_sources=(r.CodedItem(code="third_party"),))
    [finding] = hits(from_another_body, "DPIA-PROBABLE")
    assert entry in finding.message_fr and "critères du CEPD" not in finding.message_fr


@pytest.mark.parametrize(
    ("changes", "entry"),
    [
        ({"data_subjects": (r.DataSubject(code="patients"),),
          "data_categories": (r.DataCategory(code="civil_status"), r.DataCategory(code="health")),
          "purposes": (r.Purpose(description="Gestion des consultations et du dossier médical",
                                 legal_basis="contract"),)},
         "Traitements de données de santé mis en œuvre par les établissements de santé"),
        ({"data_subjects": (r.DataSubject(code="employees"),),
          "purposes": (r.Purpose(description="Surveillance constante de l'activité des postes (DLP)",
                                 legal_basis="legitimate_interests"),)},
         "surveiller de manière constante l'activité des employés"),
        ({"data_subjects": (r.DataSubject(code="customers", estimated_count=40_000),),
          "data_categories": (r.DataCategory(code="civil_status"), r.DataCategory(code="location"))},
         "Traitements de données de localisation à large échelle"),
    ],
)  # fmt: skip
def test_other_cnil_list_types_read_from_the_register(changes: dict[str, Any], entry: str) -> None:
    snapshot = newsletter(**changes)
    [proposal] = [f for f in hits(snapshot, "DPIA-CRITERIA-UNTICKED") if f.field == "dpia.list_match"]
    assert entry in proposal.message_fr
    # one call for a DPIA: firm (DPIA-MISSING) when coded facts meet two criteria, else probable
    assert len(hits(snapshot, "DPIA-MISSING") + hits(snapshot, "DPIA-PROBABLE")) == 1


def test_coded_facts_require_a_dpia_words_only_suggest_one() -> None:
    """Patients and health data, as coded, meet two EDPB criteria: the DPIA is required. The same
    words in free text (a purpose about "surveillance", an "Achat de fichier" source) only suggest it."""
    coded = newsletter(data_subjects=(r.DataSubject(code="patients"),),
                       data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="health")))
    assert [f.severity for f in hits(coded, "DPIA-MISSING")] == [Severity.ERROR]
    worded = newsletter(
        purposes=(r.Purpose(description="Surveillance de la navigation et ciblage", legal_basis="consent"),))
    assert hits(worded, "DPIA-MISSING") == []
    assert [f.severity for f in hits(worded, "DPIA-PROBABLE")] == [Severity.WARNING]


def test_an_activity_carried_out_for_a_client_is_not_screened() -> None:
    hosting = activity(clean(), "T-003")
    assert hosting.role == "processor" and hits(clean(), "DPIA-CRITERIA-UNTICKED") == []


def test_staff_management_may_be_exempt_so_coded_signs_only_suggest_a_dpia() -> None:
    """Payroll: employees (vulnerable) and their NIR meet two criteria as coded, but the CNIL exempts
    staff management in organisations under 250 staff without profiling, which the register cannot
    tell: a warning that names the exemption, not an error. Ticked criteria still require the DPIA."""
    payroll = newsletter(data_subjects=(r.DataSubject(code="employees"),),
                         data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="nir")),
                         nir_justification="Déclarations sociales (décret n° 2019-341)")  # fmt: skip
    assert hits(payroll, "DPIA-MISSING") == []
    [finding] = hits(payroll, "DPIA-PROBABLE")
    assert "liste des traitements dispensés" in finding.message_fr and "250" in finding.message_fr
    ticked = with_activity(payroll, NEWSLETTER, dpia=r.Dpia(criteria=("vulnerable_subjects", "sensitive_data")))
    assert [f.severity for f in hits(ticked, "DPIA-MISSING")] == [Severity.ERROR]
    talents = r.Purpose(description="Profilage des salariés (gestion des talents)", legal_basis="legitimate_interests")
    profiled = with_activity(payroll, NEWSLETTER, purposes=(talents,))
    assert [f.severity for f in hits(profiled, "DPIA-MISSING")] == [Severity.ERROR]  # no exemption with profiling
