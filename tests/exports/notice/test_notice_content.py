"""What the notice says, read from its content: every fact of the chosen activities and nothing
from the others, retention in words, the rights that apply, transfers with their safeguard, and a
placeholder plus a missing-list entry for each fact the register lacks."""

from __future__ import annotations

import re
import string

import pytest
from exports.notice.samples import activity, flat, organisation, snapshot

from register_app.domain.catalogues import LEGAL_BASES, RECIPIENTS, START_EVENTS, catalogue
from register_app.domain.enums import ActivityRole, ActivityStatus, DpoStatus, DurationUnit, FinalFate
from register_app.exports.notice.content import audiences, build_notice, notice_activities
from register_app.exports.notice.model import block_lines
from register_app.exports.notice.retention import retention_sentences
from register_app.exports.notice.wording import event_phrase, wording
from register_app.exports.view import RegisterView, country_name
from register_app.services import records as r


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("audience", ["customers", "candidates"])
def test_the_demo_notice_states_every_fact_of_the_audience_activities_and_none_of_the_others(
    demo: r.Snapshot, audience: str, lang: str
) -> None:
    notice = build_notice(demo, audience=audience, lang=lang)  # type: ignore[arg-type]
    words = flat(notice.plain_text())
    chosen = notice_activities(demo, audience)
    assert chosen and all(any(s.code == audience for s in a.data_subjects) for a in chosen)
    view = RegisterView(demo)
    for a in chosen:
        assert a.name in words
        for purpose in a.purposes:
            assert flat(purpose.description) in words
            if purpose.legal_basis:
                assert catalogue(LEGAL_BASES).label(purpose.legal_basis, lang) in words  # type: ignore[arg-type]
            if purpose.legitimate_interest:
                assert flat(purpose.legitimate_interest) in words
        for category in a.data_categories:
            assert flat(category.description) in words
        linked = view.direct_subprocessors(a)
        for item in a.recipients:
            if item.code == "processors" and linked:
                continue  # the category is replaced by the processors named one by one, checked below
            assert flat(item.precision) in words
            assert catalogue(RECIPIENTS).label(item.code, lang) in words  # type: ignore[arg-type]
        for sub in linked:
            assert f"{sub.name}{' :' if lang == 'fr' else ':'} {flat(sub.service)}" in words
        for line in view.transfers(a):
            assert country_name(line.country, lang) in words  # type: ignore[arg-type]
        for rule in a.retention:
            assert flat(retention_sentences(rule, lang)) in words  # type: ignore[arg-type]
    others = [a for a in demo.activities if a not in chosen]
    assert others
    for a in others:
        assert a.name not in words
        for purpose in a.purposes:
            assert flat(purpose.description) not in words


def test_processor_draft_and_retired_activities_are_left_out(demo: r.Snapshot) -> None:
    covered = notice_activities(demo, None)
    assert covered and all(a.status is ActivityStatus.ACTIVE and a.role is not ActivityRole.PROCESSOR
                           for a in covered)  # fmt: skip
    words = build_notice(demo, lang="fr").plain_text()
    for a in demo.activities:
        assert (a.name in words) == (a in covered), a.reference


def test_the_audiences_are_the_subjects_of_the_activities_a_notice_covers() -> None:
    register = snapshot(
        activity("T-1", "Recrutement", data_subjects=(r.DataSubject(code="candidates"),)),
        activity("T-2", "Hébergement client", role=ActivityRole.PROCESSOR,
                 data_subjects=(r.DataSubject(code="patients"),)),
        activity("T-3", "Ancien fichier", status=ActivityStatus.RETIRED, data_subjects=(r.DataSubject(code="users"),)),
        activity("T-4", "Boutique", data_subjects=(r.DataSubject(code="customers"),)),
    )  # fmt: skip
    assert audiences(register) == ["customers", "candidates"]


def test_a_us_transfer_under_scc_says_so_and_where_to_get_a_copy() -> None:
    transfer = r.Transfer(recipient="Cloudly Inc.", country="US", tool="scc",
                          documentation="https://atelier-lune.example/cct")  # fmt: skip
    register = snapshot(activity("T-1", "Boutique", transfers=(transfer,)))
    fr = flat(build_notice(register, lang="fr").plain_text())
    assert "Cloudly Inc. (États-Unis) Encadrement du transfert : Clauses contractuelles types (CCT)" in fr
    assert "art. 46.2.c du RGPD" in fr
    assert "Vous pouvez obtenir une copie de ces garanties en écrivant à dpo@atelier-lune.example." in fr
    assert "Elles sont aussi consultables à l'adresse https://atelier-lune.example/cct." in fr
    en = flat(build_notice(register, lang="en").plain_text())
    assert "Cloudly Inc. (United States) Transfer safeguard: Standard contractual clauses (SCCs)" in en
    assert "You can obtain a copy of these safeguards by writing to dpo@atelier-lune.example." in en


def test_an_adequacy_transfer_has_no_copy_to_offer_and_an_eea_host_is_no_transfer() -> None:
    transfers = (r.Transfer(recipient="Nordic AS", country="NO", tool=None),
                 r.Transfer(recipient="Swiss AG", country="CH", tool="adequacy"))  # fmt: skip
    words = flat(build_notice(snapshot(activity("T-1", "Boutique", transfers=transfers)), lang="fr").plain_text())
    assert "Swiss AG (Suisse) Encadrement du transfert : Décision d'adéquation (art. 45 du RGPD)." in words
    assert "copie de ces garanties" not in words
    assert "Nordic AS" not in words


def test_a_transfer_without_safeguard_is_a_placeholder_and_listed_missing() -> None:
    register = snapshot(activity("T-1", "Boutique", transfers=(r.Transfer(recipient="Call Maroc", country="MA"),)))
    notice = build_notice(register, lang="fr")
    assert "Call Maroc (Maroc) [À compléter : encadrement du transfert vers Maroc]" in notice.plain_text()
    assert notice.missing == ("T-1 Boutique : encadrement du transfert vers Maroc",)


def test_no_transfer_no_transfer_section() -> None:
    notice = build_notice(snapshot(activity("T-1", "Boutique")), lang="en")
    assert "transfers" not in [s.key for s in notice.sections]
    assert notice.missing == ()


@pytest.mark.parametrize(("rule", "fr", "en"), [
    (r.RetentionRule(category="civil_status", active=r.Duration(value=3, unit=DurationUnit.YEARS),
                     start_event="last_contact"),
     "3 ans à compter du dernier contact.", "3 years from the last contact."),
    (r.RetentionRule(category="civil_status", active=r.Duration(value=1, unit=DurationUnit.YEARS),
                     archive=r.Duration(value=4, unit=DurationUnit.YEARS), start_event="end_of_contract",
                     final_fate=FinalFate.DELETE),
     "1 an à compter de la fin du contrat, puis 4 ans en archivage intermédiaire, puis suppression.",
     "1 year from the end of the contract, then 4 years in intermediate archives, then deletion."),
    (r.RetentionRule(category="connection", active=r.Duration(value=13, unit=DurationUnit.MONTHS),
                     start_event="collection", final_fate=FinalFate.ANONYMISE, criterion="Cookies de mesure"),
     "13 mois à compter de la collecte des données, puis anonymisation. Cookies de mesure.",
     "13 months from the collection of the data, then anonymisation. Cookies de mesure."),
    (r.RetentionRule(category="economic_financial", start_event="event", criterion="jusqu'au paiement"),
     "Jusqu'au paiement.", "Jusqu'au paiement."),
])  # fmt: skip
def test_retention_in_words(rule: r.RetentionRule, fr: str, en: str) -> None:
    assert retention_sentences(rule, "fr") == fr
    assert retention_sentences(rule, "en") == en


def test_every_start_event_reads_after_a_compter_except_those_the_dpo_describes() -> None:
    described = {"event", "other"}
    for entry in catalogue(START_EVENTS):
        phrase = event_phrase(entry.code, "fr")
        assert (phrase is None) == (entry.code in described), entry.code
        assert phrase is None or re.match(r"(du|de la|de l'|des|de votre) ", phrase), phrase


def test_wording_is_complete_in_both_languages_with_the_same_names() -> None:
    data = wording()
    assert data["version"] and data["sources"]
    names = string.Formatter()
    for key, (fr, en) in data["texts"].items():
        assert fr.strip() and en.strip(), key
        assert {n for _, n, _, _ in names.parse(fr) if n} == {n for _, n, _, _ in names.parse(en) if n}, key


def test_missing_facts_are_placeholders_in_the_text_and_listed() -> None:
    register = snapshot(
        activity("T-1", "Boutique", purposes=(r.Purpose(description="Relances", legal_basis=None),
                                              r.Purpose(description="Statistiques", legal_basis="legitimate_interest")),
                 data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="health")),
                 recipients=(), data_sources=()),
        org=organisation(dpo_status=DpoStatus.UNDECIDED, identity=r.Contact(name="Atelier Lune SARL")),
    )  # fmt: skip
    notice = build_notice(register, lang="fr")
    text = notice.plain_text()
    assert "Relances. [À compléter : base légale]" in text
    assert "[À compléter : intérêt légitime poursuivi]" in text
    assert "[À compléter : exception de l'article 9.2 du RGPD" in text
    health = "Données concernant la santé"
    assert f"{health} | [À compléter : durée de conservation des données « {health} »]" in text
    assert notice.missing == (
        "Organisation : adresse postale ou électronique du responsable du traitement",
        "Organisation : désignation ou non d'un délégué à la protection des données (rien n'est enregistré)",
        "T-1 Boutique, finalité « Relances » : base légale",
        "T-1 Boutique, finalité « Statistiques » : intérêt légitime poursuivi",
        "T-1 Boutique : exception de l'article 9.2 du RGPD permettant de traiter ces données sensibles",
        "T-1 Boutique : source des données",
        "T-1 Boutique : destinataires des données",
        "T-1 Boutique : durée de conservation des données « Données concernant la santé »",
        "Organisation : adresse à laquelle exercer vos droits",
    )


@pytest.mark.parametrize(("bases", "present", "absent"), [
    (("contract",), ["article 20"], ["article 21", "article 7.3"]),
    (("consent",), ["article 20", "article 7.3"], ["article 21"]),
    (("legitimate_interest",), ["article 21"], ["article 20", "article 7.3"]),
    (("legal_obligation",), [], ["article 20", "article 21", "article 7.3"]),
])  # fmt: skip
def test_only_the_rights_that_apply_are_listed(bases: tuple[str, ...], present: list[str], absent: list[str]) -> None:
    purposes = tuple(r.Purpose(description=f"Finalité {b}", legal_basis=b, legitimate_interest="Vente") for b in bases)
    notice = build_notice(snapshot(activity("T-1", "Boutique", purposes=purposes)), lang="fr")
    section = next(s for s in notice.sections if s.key == "rights")
    words = flat(" ".join(line for block in section.blocks for line in block_lines(block)))
    for always in ("article 15", "article 16", "article 17", "article 18", "article 85 de la loi n° 78-17"):
        assert always in words
    for ref in present:
        assert ref in words
    for ref in absent:
        assert ref not in words


def test_the_notice_without_a_dpo_sends_requests_to_the_controller_and_always_names_the_cnil() -> None:
    org = organisation(dpo_status=DpoStatus.NOT_DESIGNATED)
    notice = build_notice(snapshot(activity("T-1", "Boutique"), org=org), lang="fr")
    assert "dpo" not in [s.key for s in notice.sections]
    words = flat(notice.plain_text())
    assert "écrivez à contact@atelier-lune.example ou Atelier Lune SARL, 4 rue des Lilas, 69003 Lyon." in words
    assert "adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL)" in words
    assert notice.missing == ()


def test_an_audience_no_activity_concerns_is_said_missing() -> None:
    notice = build_notice(snapshot(activity("T-1", "Boutique")), audience="patients", lang="fr")
    assert notice.missing == ("Patients : aucun traitement en cours ne concerne ces personnes",)
