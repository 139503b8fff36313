"""JSON interchange: lossless round trip, the published schema, all-or-nothing imports that
report every error with its JSON path."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from support.factories import full_activity, full_controller, full_measure, full_organisation, full_subprocessor

from register_app.errors import ImportFailed
from register_app.exports.json_export import export_json, json_schema, schema_text
from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.checks import dismiss, run_checks
from register_app.services.document import Profile
from register_app.services.interchange import import_document, parse_document
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_json_import
from register_app.store.register_file import RegisterFile, create_register

SCHEMA_FILE = Path(__file__).parents[2] / "docs" / "register.schema.json"


def fill(register: RegisterFile) -> None:
    organisation.update_organisation(register, data=full_organisation())
    client = organisation.create_controller(register, data=full_controller())
    measure = measures.create_measure(register, data=full_measure())
    other = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="Zeta Backup", country="DE"))
    sub = subprocessors.create_subprocessor(
        register, data=full_subprocessor(uses=(other.uid,), measures=(measure.uid,))
    )
    activities.create_activity(
        register,
        data=full_activity(
            client=client.uid, joint=(client.uid,), subprocessors=(sub.uid, other.uid), measures=(measure.uid,)
        ),
    )
    activities.create_activity(register, data=r.ActivityInput(name="Vide"))
    report = run_checks(register, today=date(2026, 1, 1))
    dismiss(register, finding=report.findings[0], reason="Accepté par la direction, voir PV du 3 mars")


def round_trip(data: bytes, tmp_path: Path, name: str = "copy.rgpd") -> bytes:
    copy = create_register(tmp_path / name, author="import")
    try:
        import_document(copy, parse_document(data))
        return export_json(take_snapshot(copy))
    finally:
        copy.close()


def test_export_import_export_is_identical(register: RegisterFile, tmp_path: Path) -> None:
    fill(register)
    first = export_json(take_snapshot(register))
    assert json.loads(first)["dismissed_findings"][0]["reason"].startswith("Accepté")
    assert round_trip(first, tmp_path) == first


def test_export_validates_against_the_published_schema(register: RegisterFile) -> None:
    fill(register)
    document = json.loads(export_json(take_snapshot(register)))
    jsonschema.Draft202012Validator(json_schema()).validate(document)
    assert document["activities"][0]["retention"][0]["active"] == {"value": 5, "unit": "years"}


def test_published_schema_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "docs/register.schema.json is stale: regenerate it from register_app.exports.json_export.schema_text()"
    )


def test_extract_profile_leaves_out_internal_notes(register: RegisterFile) -> None:
    fill(register)
    full = export_json(take_snapshot(register)).decode()
    extract = export_json(take_snapshot(register), profile=Profile.EXTRACT).decode()
    assert "Note interne" in full and "Audit prévu" in full
    assert "Note interne" not in extract and "Audit prévu" not in extract
    assert "Gestion de la paie" in extract


def test_importing_its_own_export_again_updates_instead_of_duplicating(register: RegisterFile) -> None:
    fill(register)
    data = export_json(take_snapshot(register))
    summary = import_document(register, parse_document(data))
    assert summary.created == 0
    assert export_json(take_snapshot(register)) == data


def test_catalogue_measures_are_matched_by_code(tmp_path: Path) -> None:
    source = new_register(tmp_path / "a.rgpd", organisation="A")
    target = new_register(tmp_path / "b.rgpd", organisation="B")
    try:
        count = len(measures.list_measures(target))
        import_document(target, parse_document(export_json(take_snapshot(source))))
        assert len(measures.list_measures(target)) == count
    finally:
        source.close()
        target.close()


def errors_of(raw: bytes, register: RegisterFile) -> list[str]:
    with pytest.raises(ImportFailed) as caught:
        import_document(register, parse_document(raw))
    return caught.value.errors


def test_import_is_all_or_nothing_and_reports_every_error_with_its_path(register: RegisterFile) -> None:
    fill(register)
    document = json.loads(export_json(take_snapshot(register)))
    document["activities"][0]["purposes"][1]["legal_basis"] = "faith"
    document["activities"][1]["subprocessor_uids"] = ["missing-uid"]
    document["activities"][1]["uid"] = "fresh"
    document["activities"][1]["reference"] = document["activities"][0]["reference"]
    document["activities"][0]["name"] = "Renamed, but must not be saved"
    before = export_json(take_snapshot(register))
    errors = errors_of(json.dumps(document).encode(), register)
    assert any(e.startswith("$.activities[0].purposes[1].legal_basis:") for e in errors)
    assert any(e.startswith("$.activities[1].subprocessor_uids[0]:") for e in errors)
    assert any(e.startswith("$.activities[1].reference:") for e in errors)
    assert export_json(take_snapshot(register)) == before


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"\xff\xfe garbage", "not UTF-8"),
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "not a register_app register"),
        (b'{"format": "register_app.register", "format_version": 99}', "newer version"),
        (b'{"format": "register_app.register"}', "format version"),
    ],
)
def test_unreadable_documents_get_one_clear_sentence(raw: bytes, fragment: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_document(raw)
    assert fragment in caught.value.message


def test_structural_errors_carry_json_paths() -> None:
    raw = json.dumps(
        {
            "format": "register_app.register",
            "format_version": 1,
            "activities": [
                {
                    "uid": "a",
                    "created_at": "2024-01-01T00:00:00Z",
                    "updated_at": "yesterday",
                    "name": "x",
                    "surprise": 1,
                    "retention": [{"category": "nir", "active": {"value": "3"}}],
                }
            ],
        }
    ).encode()
    with pytest.raises(ImportFailed) as caught:
        parse_document(raw)
    paths = {e.split(":")[0] for e in caught.value.errors}
    assert {
        "$.activities[0].updated_at",
        "$.activities[0].surprise",
        "$.activities[0].retention[0].active.unit",
    } <= paths


def _unnumbered(uid_prefix: str) -> bytes:
    return json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": f"{uid_prefix}-{i}", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": name} for i, name in enumerate(("Paie", "Recrutement"))]}).encode()  # fmt: skip


def test_reimporting_activities_without_references_never_renumbers_them(register: RegisterFile) -> None:
    activities.create_activity(register, data=r.ActivityInput(name="Existante"))  # T-001
    first = import_document(register, parse_document(_unnumbered("a")))
    numbered = {a.name: a.reference for a in take_snapshot(register).activities}
    assert numbered == {"Existante": "T-001", "Paie": "T-002", "Recrutement": "T-003"}
    assert (first.created, first.updated) == (2, 0)
    again = import_document(register, parse_document(_unnumbered("a")))  # same uids
    other_tool = import_document(register, parse_document(_unnumbered("b")))  # new uids, same names
    assert (again.created, again.updated) == (0, 0) and (other_tool.created, other_tool.updated) == (0, 0)
    assert {a.name: a.reference for a in take_snapshot(register).activities} == numbered


def test_a_document_from_another_tool_gets_no_placeholder_object_and_its_countries_coded(
    register: RegisterFile, tmp_path: Path
) -> None:
    stamp = {"created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z"}
    raw = json.dumps({"format": "register_app.register", "format_version": 1,
        "organisation": {"identity": {"name": "(personne morale) ACME SAS", "country": "France"},
                         "dpo": {"name": "Non concerné"}, "representative": {"name": "N/A", "country": "N/A"}},
        "controllers": [{"uid": "c1", **stamp, "contact": {"name": "Néant"}}],
        "subprocessors": [{"uid": "s1", **stamp, "name": "—"},
                          {"uid": "s2", **stamp, "name": "Hébergeur", "country": "Allemagne",
                           "countries": [{"country": "USA", "role": "hosting"},
                                         {"country": "n/a", "role": "hosting"}]}],
        "activities": [{"uid": "a1", **stamp, "name": "Clients", "joint_controller_uids": ["c1"],
                        "subprocessor_uids": ["s1", "s2"],
                        "data_categories": [{"code": "civil_status", "description": "Noms"},
                                            {"code": "health", "description": "Non concernée."},
                                            {"code": "biometric", "description": "Oui"}],
                        "transfers": [{"recipient": "Aucun", "country": "Sans objet"},
                                      {"recipient": "OEB", "country": "Office européen des brevets"},
                                      {"recipient": "Hébergeur", "country": "Royaume Uni"}]}],
    }).encode()  # fmt: skip
    (tmp_path / "doc.json").write_bytes(raw)
    plan = plan_json_import(register, tmp_path / "doc.json")
    assert plan.ok and plan.layout == "json"
    reported = " ".join(line.message for line in plan.lines if "not applicable" in line.message)
    assert "(sensitive data): $.activities[0].data_categories[1].description" in reported
    assert "(subprocessor): $.subprocessors[0].name" in reported and "(DPO): $.organisation.dpo.name" in reported
    apply_import(register, plan)
    snap = take_snapshot(register)
    (activity,) = snap.activities
    assert [(c.code, c.description) for c in activity.data_categories] == [("civil_status", "Noms"), ("biometric", "")]
    assert [(t.recipient, t.country) for t in activity.transfers] == [("OEB", "INT-EPO"), ("Hébergeur", "GB")]
    assert activity.joint_controller_uids == () and snap.controllers == ()
    (host,) = snap.subprocessors
    assert (host.name, host.country, [c.country for c in host.countries]) == ("Hébergeur", "DE", ["US"])
    assert activity.subprocessor_uids == (host.uid,)
    o = snap.organisation
    assert (o.identity.name, o.identity.country, o.dpo.name, o.representative) == ("ACME SAS", "FR", "", r.Contact())
