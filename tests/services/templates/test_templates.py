"""Templates of typical processings: the shipped catalogue loads with every value sourced; each
template drafted into a register, once a DPO has filled what the template leaves open (the
organisation, the processors, the measures declared, the DPIA), passes the checks with no error;
packs round-trip and a bad pack is refused in one sentence, writing nothing."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from register_app.domain.catalogues import HDS_SCOPES as HDS_SCOPES_NAME
from register_app.domain.catalogues import catalogue
from register_app.domain.enums import ContractStatus, DpiaStatus, DpoStatus, MeasureStatus
from register_app.services import records as r
from register_app.services.activities import get_activity, input_of, list_activities, update_activity
from register_app.services.checks import Severity, run_checks
from register_app.services.files import open_file
from register_app.services.history import object_history
from register_app.services.measures import update_measure
from register_app.services.organisation import update_organisation
from register_app.services.snapshot import take_snapshot
from register_app.services.subprocessors import create_subprocessor
from register_app.services.templates.drafts import draft_from_templates, new_register_from_templates
from register_app.services.templates.model import builtin_pack
from register_app.services.templates.packs import (
    TemplateNotFound,
    TemplatePackError,
    export_pack,
    import_pack,
    list_templates,
    packs_dir,
)
from register_app.store.register_file import RegisterFile

TODAY = date(2026, 12, 15)
HDS_SCOPES = tuple(e.code for e in catalogue(HDS_SCOPES_NAME))
ASKED = {"payroll", "personnel_file", "recruitment", "customers_prospects", "suppliers", "accounting",
         "website_audience", "newsletter", "video_surveillance", "access_badges", "it_logs", "telephony",
         "whistleblowing", "patient_file", "medical_appointments", "ecommerce_orders", "events_webinars",
         "training", "works_council", "rights_requests"}  # fmt: skip


def test_the_shipped_templates_cover_the_typical_processings_and_cite_a_source_for_every_value() -> None:
    pack = builtin_pack()
    assert len(pack.entries) >= 20 and {t.code for t in pack.entries} >= ASKED
    assert pack.version
    for t in pack.entries:
        assert t.purposes and t.data_subjects and t.data_categories and t.recipients and t.retention, t.code
        assert t.measures.codes and t.placeholders, t.code
        for key in t.sources():
            ref = pack.references[key]
            assert ref.fr and ref.en and ref.url.startswith("https://"), key
    figures = {(t.code, x.reference): x for t in pack.entries for x in t.retention}
    assert figures[("recruitment", "candidates_unsuccessful")].active == _d(2, "years")
    assert figures[("video_surveillance", "video_surveillance")].active == _d(1, "months")
    assert figures[("access_badges", "access_badge_logs")].active == _d(3, "months")
    assert figures[("accounting", "accounting_documents")].archive == _d(10, "years")


def _d(value: int, unit: str) -> object:
    from register_app.services.templates.model import Duration

    return Duration(value=value, unit=unit)  # type: ignore[arg-type]


def test_templates_list_in_french_and_english() -> None:
    fr = {row.template.code: row.template.name("fr") for row, _ in list_templates("fr")}
    en = {row.template.code: row.template.name("en") for row, _ in list_templates("en")}
    assert fr["payroll"] == "Gestion de la paie" and en["payroll"] == "Payroll"


def test_a_draft_is_a_draft_whose_note_says_what_to_complete_and_claims_no_measure(tmp_path: Path) -> None:
    out = tmp_path / "new.rgpd"
    summary = new_register_from_templates(out, organisation="Société Test SAS", codes=["payroll", "whistleblowing"],
                                          author="dpo", lang="en")  # fmt: skip
    assert summary.created == 2
    register = open_file(out, author="dpo")
    try:
        snapshot = take_snapshot(register)
        payroll = next(a for a in snapshot.activities if a.name == "Payroll")
        assert payroll.status.value == "draft" and payroll.software == "" and payroll.subprocessor_uids == ()
        assert "To complete: " in payroll.notes and "Payroll software used" in payroll.notes
        assert "https://www.legifrance.gouv.fr" in payroll.retention[0].source
        assert payroll.retention[0].reference_code == "payslips"
        linked = {m.uid: m for m in snapshot.measures}
        assert payroll.measures and all(linked[x.measure_uid].status is MeasureStatus.NOT_DECLARED
                                        for x in payroll.measures)  # fmt: skip
        whistle = next(a for a in snapshot.activities if a.name == "Whistle-blowing scheme")
        assert whistle.dpia.list_match == "req_whistleblowing_professional"
        assert payroll.dpia.list_match is None  # an exemption depends on the organisation: only hinted
        assert "exempt" in payroll.notes
        for activity in snapshot.activities:  # the creation is in the history, as the DPO's own would be
            assert [h.action for h in object_history(register, uid=activity.uid)][:1] == ["create"]
    finally:
        register.close()


def test_an_unknown_code_writes_no_file(tmp_path: Path) -> None:
    out = tmp_path / "new.rgpd"
    with pytest.raises(TemplateNotFound, match="no_such_template"):
        new_register_from_templates(out, organisation="X", codes=["payroll", "no_such_template"])
    assert not out.exists()


def fill(register: RegisterFile) -> None:
    """What a DPO completes after drafting: the organisation, the processors (named, contract signed,
    HDS-certified for health data), the measures declared, the DPIA done where one is needed."""
    org = take_snapshot(register).organisation
    update_organisation(register, data=dataclasses.replace(
        org, identity=dataclasses.replace(org.identity, address="1 rue de la Paix", postcode="75002", city="Paris",
                                          email="contact@example.fr"),
        dpo_status=DpoStatus.DESIGNATED, dpo=r.Contact(name="Claire Martin", email="dpo@example.fr")))  # fmt: skip
    snapshot = take_snapshot(register)
    placeholders = {t.name("fr"): t.placeholders for t in builtin_pack().entries}
    measures = {m.uid: m for m in snapshot.measures}
    for uid in {link.measure_uid for a in snapshot.activities for link in a.measures}:
        update_measure(register, uid=uid, data=dataclasses.replace(r.input_part(measures[uid], r.MeasureInput),
                                                                   status=MeasureStatus.IN_PLACE))  # fmt: skip
    for row in list_activities(register):
        activity = get_activity(register, uid=row.uid)
        health = any(c.code == "health" for c in activity.data_categories)
        hds = (r.Certification(kind="hds", hds_scopes=HDS_SCOPES, hds_version="v2", valid_from=date(2025, 3, 1),
                               expires=date(2028, 3, 1)),)  # fmt: skip
        provider = create_subprocessor(register, data=r.SubprocessorInput(
            name=f"Prestataire {activity.reference}", service="Hébergement et logiciel", country="FR",
            countries=(r.HostingCountry(country="FR"),), contract_status=ContractStatus.SIGNED,
            contract_signed=date(2025, 1, 10), certifications=hds if health else ()))  # fmt: skip
        data = dataclasses.replace(input_of(activity), owner_name="Responsable", department="Direction",
                                   subprocessor_uids=(provider.uid,))  # fmt: skip
        if any(p.field == "dpia" for p in placeholders[activity.name]):
            data = dataclasses.replace(data, dpia=dataclasses.replace(
                data.dpia, status=DpiaStatus.DONE, completed_on=date(2026, 6, 1), reference="AIPD-2026"))  # fmt: skip
        update_activity(register, uid=row.uid, data=data)


@pytest.mark.slow  # 21 activities drafted, filled and checked: several seconds on a shared machine
def test_every_template_once_filled_passes_the_checks_with_no_error(tmp_path: Path) -> None:
    codes = [t.code for t in builtin_pack().entries]
    out = tmp_path / "all.rgpd"
    new_register_from_templates(out, organisation="Société Test SAS", codes=codes, author="dpo")
    register = open_file(out, author="dpo")
    try:
        before = run_checks(register, today=TODAY)
        assert before.at_least(Severity.ERROR)  # drafted, not yet filled: the gaps show
        fill(register)
        errors = [f"{f.object_label}: {f.code} {f.message_en}" for f in run_checks(register, today=TODAY).findings
                  if f.severity is Severity.ERROR]  # fmt: skip
    finally:
        register.close()
    assert errors == []


def test_drafting_into_an_open_register_adds_activities_in_one_transaction(register: RegisterFile) -> None:
    uids = draft_from_templates(register, ["newsletter", "telephony"], lang="fr")
    assert [get_activity(register, uid=u).name for u in uids] == ["Lettre d'information",
                                                                   "Téléphonie et enregistrement des appels"]
    with pytest.raises(TemplateNotFound):
        draft_from_templates(register, ["suppliers", "nope"])
    assert len(list_activities(register)) == 2


def test_a_pack_round_trips_and_its_templates_are_listed_and_drafted(tmp_path: Path, register: RegisterFile) -> None:
    out = tmp_path / "pack.json"
    assert export_pack(out, ["payroll", "newsletter"]) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["code"] for e in data["entries"]] == ["payroll", "newsletter"]
    assert set(data["references"]) == {k for t in builtin_pack().entries if t.code in ("payroll", "newsletter")
                                       for k in t.sources()}  # fmt: skip
    for entry in data["entries"]:  # a company's own templates under its own codes
        entry["code"] = "acme_" + entry["code"]
        entry["fr"] = "ACME " + entry["fr"]
    own = tmp_path / "acme templates.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    kept, pack = import_pack(own)
    assert kept.parent == packs_dir() and kept.name == "acme-templates.json" and len(pack.entries) == 2
    listed = {row.template.code: row.pack for row, _ in list_templates("fr")}
    assert listed["acme_payroll"] == "acme-templates.json" and listed["payroll"] == ""
    again = tmp_path / "again.json"
    export_pack(again, ["acme_payroll"])
    assert json.loads(again.read_text(encoding="utf-8"))["entries"][0] == data["entries"][0]
    [uid] = draft_from_templates(register, ["acme_payroll"])
    assert get_activity(register, uid=uid).name == "ACME Gestion de la paie"
    import_pack(own)  # the same file again replaces its copy
    assert len(list(packs_dir().glob("*.json"))) == 1


@pytest.mark.parametrize(("content", "fr", "en"), [
    (b"\xff\xfe not json", "n'est pas un fichier JSON valide", "it is not a valid JSON file"),
    (b'{"catalogue": "other"}', "processing_templates", "not marked"),
    (b'{"catalogue": "processing_templates", "version": "1", "references": {}, "entries": [{"code": "x"}]}',
     "$.entries[0].fr", "$.entries[0].fr"),
])  # fmt: skip
def test_a_bad_pack_is_refused_in_one_sentence_and_nothing_is_kept(tmp_path: Path, content: bytes, fr: str,
                                                                    en: str) -> None:  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(TemplatePackError) as caught:
        import_pack(bad)
    assert fr in caught.value.message_in("fr") and en in caught.value.message
    assert caught.value.message.count("\n") == 0
    assert not packs_dir().exists() or not list(packs_dir().glob("*"))


def test_a_pack_with_unknown_codes_or_sources_or_a_taken_code_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "pack.json"
    export_pack(out, ["suppliers"])
    data = json.loads(out.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.json"
    data["entries"][0]["code"] = "own_suppliers"
    data["entries"][0]["purposes"][0]["legal_basis"] = "whim"
    data["entries"][0]["retention"][0]["source"] = "nowhere"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplatePackError, match=r"source 'nowhere' .* \(and 1 more error\(s\)\)"):
        import_pack(bad)
    data = json.loads(out.read_text(encoding="utf-8"))
    bad.write_text(json.dumps(data), encoding="utf-8")  # "suppliers" is a shipped template's code
    with pytest.raises(TemplatePackError, match="already a template's"):
        import_pack(bad)


def test_a_pack_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2_000_001)
    with pytest.raises(TemplatePackError, match="larger than 2 MB"):
        import_pack(big)
