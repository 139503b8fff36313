"""Registers kept as documents: Markdown files with YAML front matter (KOOS VVT keys, one activity per
file) and a JSON list of ROPA objects with DPIA screening booleans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from register_app.domain.enums import DpiaConclusion
from register_app.services.mapped_import.mapping import load_mapping
from register_app.services.mapped_import.sources import UnreadableSourceError
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_import
from register_app.store.register_file import RegisterFile

KOOS_PAYROLL = """---
titel: Personalaktenführung
zweck:
  - Verwaltung der Personalakten
rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO
kategorien_betroffener: [Beschäftigte, Bewerber]
kategorien_daten:
  - Stammdaten
  - Gesundheitsdaten
empfaenger: Lohnbuchhaltung
transfer_drittland: nein
loeschfrist: 3 Jahre nach Austritt
tom:
  - Zugriffskontrolle
  - Verschlüsselung
---
# Personalaktenführung

Freier Text, der nicht importiert wird.
"""
KOOS_WEBSITE = """---
titel: Webseite
zweck: Bereitstellung der Webseite
rechtsgrundlage: berechtigtes Interesse
kategorien_betroffener: Besucher der Webseite
---
"""


def test_koos_markdown_folder_one_activity_per_file(register: RegisterFile, tmp_path: Path) -> None:
    folder = tmp_path / "vvt"
    folder.mkdir()
    (folder / "personal.md").write_text(KOOS_PAYROLL, encoding="utf-8")
    (folder / "webseite.md").write_text(KOOS_WEBSITE, encoding="utf-8")
    (folder / "README.txt").write_text("not an activity", encoding="utf-8")
    plan = plan_import(register, folder, mapping=load_mapping("koos"))
    assert plan.ok and sum("new activity" in line.message for line in plan.lines) == 2
    apply_import(register, plan)
    snap = take_snapshot(register)
    hr, web = sorted(snap.activities, key=lambda a: a.name)
    assert [(p.description, p.legal_basis) for p in hr.purposes] == [("Verwaltung der Personalakten", "contract")]
    assert [(s.code, s.precision) for s in hr.data_subjects] == [("employees", "Beschäftigte"),
                                                                 ("candidates", "Bewerber")]  # fmt: skip
    assert [(c.code, c.description) for c in hr.data_categories] == [("civil_status", "Stammdaten"),
                                                                     ("health", "Gesundheitsdaten")]  # fmt: skip
    assert [(x.code, x.precision) for x in hr.recipients] == [("other", "Lohnbuchhaltung")]
    assert (hr.transfers, hr.notes) == ((), "")  # 'nein': no transfer, not a country kept in the notes
    assert [rule.criterion for rule in hr.retention] == ["3 Jahre nach Austritt"]
    assert sorted(m.name for m in snap.measures) == ["Verschlüsselung", "Zugriffskontrolle"]
    assert [(p.description, p.legal_basis) for p in web.purposes] == [("Bereitstellung der Webseite",
                                                                       "legitimate_interest")]  # fmt: skip
    assert [s.code for s in web.data_subjects] == ["website_visitors"]
    assert (web.data_categories, web.retention, web.measures) == ((), (), ())
    # places are file and line of the key
    assert any(line.sheet == "personal.md" and line.cell.startswith("line ") for line in plan.lines)


def test_broken_front_matter_is_one_sentence(register: RegisterFile, tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\ntitel: [unclosed\n---\n", encoding="utf-8")
    with pytest.raises(UnreadableSourceError, match="front matter is not valid YAML"):
        plan_import(register, tmp_path / "bad.md", mapping=load_mapping("koos"))
    assert take_snapshot(register).activities == ()


def test_yaml_aliases_are_refused_before_they_expand(register: RegisterFile, tmp_path: Path) -> None:
    lines = ["---", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(9)]
    (tmp_path / "bomb.md").write_text("\n".join([*lines, "titel: *j", "---", ""]), encoding="utf-8")
    with pytest.raises(UnreadableSourceError, match="YAML aliases"):
        plan_import(register, tmp_path / "bomb.md", mapping=load_mapping("koos"))


ROPA = [
    {
        "activity_id": "R-7",
        "activity_name": "Video surveillance",
        "purpose_of_processing": "Security of premises",
        "legal_basis": "GDPR Art. 6(1)(f)",
        "data_subjects": ["Employees", "Visitors"],
        "data_categories": ["Images"],
        "recipients": ["Security company"],
        "retention_period": "30 days",
        "dpia_required": True,
        "dpia_screening": {"systematic_monitoring": True, "large_scale": False, "vulnerable_subjects": True},
        "internal_ticket": "JIRA-12",
    },
    {"activity_name": "Supplier invoices", "purpose_of_processing": "Accounting", "legal_basis": "6.1.c"},
]


def test_ropa_json_with_dpia_screening(register: RegisterFile, tmp_path: Path) -> None:
    path = tmp_path / "ropa.json"
    path.write_text(json.dumps({"processing_activities": ROPA}), encoding="utf-8")
    plan = plan_import(register, path)  # not our document: read through the mapping its keys propose
    assert plan.layout == "mapped" and plan.mapping is not None
    assert {c: f for c, f in plan.mapping.columns.items() if c.startswith("dpia")} == {
        "dpia_required": "dpia", "dpia_screening.systematic_monitoring": "dpia:systematic_monitoring",
        "dpia_screening.large_scale": "dpia:large_scale",
        "dpia_screening.vulnerable_subjects": "dpia:vulnerable_subjects"}
    plan = plan_import(register, path, mapping=load_mapping("ropa_json"))
    assert any("columns ignored: 'internal_ticket'" in str(line) for line in plan.lines)
    apply_import(register, plan)
    cctv, invoices = sorted(take_snapshot(register).activities, key=lambda a: a.name, reverse=True)
    assert (cctv.reference, cctv.name) == ("R-7", "Video surveillance")
    assert [(p.description, p.legal_basis) for p in cctv.purposes] == [("Security of premises", "legitimate_interest")]
    assert [(s.code, s.precision) for s in cctv.data_subjects] == [("employees", ""), ("other", "Visitors")]
    # visitors of premises are not the website's visitors: kept as written
    assert [(c.code, c.description) for c in cctv.data_categories] == [("civil_status", "Images")]
    assert [(x.code, x.precision) for x in cctv.recipients] == [("other", "Security company")]
    assert cctv.retention[0].criterion == "30 days" and cctv.retention[0].active is not None
    assert cctv.dpia.conclusion is DpiaConclusion.REQUIRED
    assert sorted(cctv.dpia.criteria) == ["systematic_monitoring", "vulnerable_subjects"]  # false is not ticked
    assert "JIRA-12" not in repr(cctv)
    assert [(p.description, p.legal_basis) for p in invoices.purposes] == [("Accounting", "legal_obligation")]
    assert invoices.dpia.criteria == () and invoices.dpia.conclusion is DpiaConclusion.UNDETERMINED
    assert any(line.cell == "$[0].legal_basis" or line.cell.startswith("$[") for line in plan.lines)


def test_a_json_that_is_no_list_of_objects_is_one_sentence(register: RegisterFile, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(UnreadableSourceError, match="expected a list of objects"):
        plan_import(register, path)


def test_a_json_naming_another_format_is_read_through_a_mapping(register: RegisterFile, tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"format": "ropa-1", "activities": ROPA}), encoding="utf-8")
    plan = plan_import(register, path, mapping=None)
    assert plan.layout == "mapped" and plan.ok
    assert sum("new activity" in line.message for line in plan.lines) == 2
