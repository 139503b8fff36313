"""The JSON import writes new subprocessors and activities as plain rows, a table at a time, and
everything else through the per-object writer. Imported both ways, a document must leave the same
register: same rows, same history (entry for entry, in the same order), same search texts."""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from support.engines import copy_register
from support.factories import full_activity, full_controller, full_measure, full_organisation, full_subprocessor

from register_app.domain import models as m
from register_app.errors import ImportFailed
from register_app.exports.json_export import export_json
from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.checks import dismiss, run_checks
from register_app.services.interchange import ImportSummary, import_document, parse_document
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile, create_register, open_register

Document = dict[str, Any]


def source_document(folder: Path) -> Document:
    """A register with every field set, then what only a hand-made document holds: chains that name
    a later subprocessor, links named twice, activities without a reference."""
    reg = create_register(folder / "source.rgpd", author="source")
    try:
        organisation.update_organisation(reg, data=full_organisation())
        client = organisation.create_controller(reg, data=full_controller())
        other = organisation.create_controller(reg, data=r.ControllerInput(contact=r.Contact(name="Alpha SA")))
        encryption = measures.create_measure(reg, data=full_measure())  # a catalogue measure
        backup = [measures.create_measure(reg, data=r.MeasureInput(name="Sauvegarde")).uid for _ in range(2)]
        first = subprocessors.create_subprocessor(reg, data=full_subprocessor(measures=(encryption.uid,)))
        subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="Backup GmbH", country="DE"))
        third = subprocessors.create_subprocessor(reg, data=r.SubprocessorInput(name="Atelier", notes="x"))
        activities.create_activity(
            reg,
            data=full_activity(
                client=client.uid,
                joint=(other.uid, client.uid),
                subprocessors=(third.uid, first.uid),
                measures=(encryption.uid, *backup),
            ),
        )
        activities.create_activity(reg, data=r.ActivityInput(name="Vide", reference="T-007"))
        activities.create_activity(reg, data=r.ActivityInput(name="Sans référence", notes="à numéroter"))
        report = run_checks(reg, today=date(2026, 1, 1))
        dismiss(reg, finding=report.findings[0], reason="Accepté par la direction")
        doc: Document = json.loads(export_json(take_snapshot(reg)))
    finally:
        reg.close()
    subs = {s["name"]: s for s in doc["subprocessors"]}
    atelier, backup_gmbh, nuage = subs["Atelier"], subs["Backup GmbH"], subs["Nuage Santé SAS"]
    doc["subprocessors"] = [nuage, backup_gmbh, atelier]
    nuage["uses_uids"] = [atelier["uid"], backup_gmbh["uid"], atelier["uid"]]  # later ones: second pass
    backup_gmbh["uses_uids"] = [nuage["uid"]]  # an earlier one: first pass
    atelier["measure_uids"] = [*backup, backup[0]]
    nuage["certifications"][0]["hds_scopes"] = ["offsite_backup", "physical_sites", "offsite_backup"]
    full, empty, unnumbered = sorted(doc["activities"], key=lambda a: a["name"] != "Gestion de la paie")[:3]
    full["joint_controller_uids"] += full["joint_controller_uids"][:1]
    full["subprocessor_uids"] += [backup_gmbh["uid"], full["subprocessor_uids"][0]]
    full["dpia"]["criteria"] = ["vulnerable_subjects", "evaluation_scoring"]
    full["measures"].reverse()  # the history lists them by name
    unnumbered["reference"] = ""
    later = copy.deepcopy(unnumbered) | {"uid": "a-later", "name": "Numérotée après T-007"}
    doc["activities"] = [unnumbered, full, empty, later]
    return doc


@dataclass(frozen=True)
class Result:
    summary: ImportSummary
    export: bytes
    history: list[tuple[Any, ...]]
    search_texts: dict[str, str]
    counts: dict[str, int]


def imported(raw: bytes, path: Path, *, bulk: bool, start: Path | None = None) -> Result:
    """Import into a copy of `start`, or into a new empty register."""
    if start is None:
        reg = create_register(path, author="importer")
    else:
        copy_register(start, path)
        reg = open_register(path, author="importer")
    try:
        summary = import_document(reg, parse_document(raw), bulk=bulk)
        return Result(summary, export_json(take_snapshot(reg)), *facts(reg))
    finally:
        reg.close()


def facts(reg: RegisterFile) -> tuple[list[tuple[Any, ...]], dict[str, str], dict[str, int]]:
    h = m.HistoryEntry
    with reg.session() as session:
        history = session.execute(
            select(h.author, h.action, h.object_kind, h.object_uid, h.object_label, h.field, h.old_value, h.new_value)
            .order_by(h.id)
        ).all()
        texts = dict(session.execute(select(m.Activity.uid, m.Activity.search_text)).all())
        tables = m.Base.metadata.sorted_tables
        counts = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables}
    return [tuple(row) for row in history], texts, counts


def assert_same(folder: Path, raw: bytes, start: Path | None = None) -> Result:
    bulk = imported(raw, folder / "bulk.rgpd", bulk=True, start=start)
    one_by_one = imported(raw, folder / "one-by-one.rgpd", bulk=False, start=start)
    assert bulk.export == one_by_one.export
    assert bulk.history == one_by_one.history
    assert bulk.search_texts == one_by_one.search_texts
    assert bulk.counts == one_by_one.counts
    assert bulk.summary == one_by_one.summary
    return bulk


def test_a_new_register_gets_the_same_rows_and_history_either_way(tmp_path: Path) -> None:
    doc = source_document(tmp_path)
    result = assert_same(tmp_path, json.dumps(doc).encode())
    assert result.summary == ImportSummary(created=2 + 3 + 3 + 4, updated=0)
    exported = json.loads(result.export)
    assert {a["uid"]: a["reference"] for a in exported["activities"]} == {  # numbered in document order
        doc["activities"][0]["uid"]: "T-001",
        doc["activities"][1]["uid"]: "RH-01",
        doc["activities"][2]["uid"]: "T-007",
        "a-later": "T-008",
    }
    assert {a["uid"]: a["created_at"] for a in exported["activities"]} == {
        a["uid"]: a["created_at"] for a in doc["activities"]
    }
    actions = [(action.value, kind, field) for _, action, kind, _, _, field, _, _ in result.history]
    assert actions.count(("create", "activity", "")) == 4
    assert ("link", "subprocessor", "uses_uids") in actions
    nuage = next(s["uid"] for s in doc["subprocessors"] if s["name"] == "Nuage Santé SAS")
    chain = [row[7] for row in result.history if row[3] == nuage and row[5] == "uses_uids"]
    assert len(chain) == 2  # each member once, recorded once all are written


def test_a_register_with_the_catalogue_gets_the_same_rows_and_history_either_way(tmp_path: Path) -> None:
    start = tmp_path / "catalogue.rgpd"
    new_register(start, organisation="Cible", author="setup").close()
    result = assert_same(tmp_path, json.dumps(source_document(tmp_path)).encode(), start=start)
    assert result.summary.updated == 1  # the catalogue measure, matched by its code


def test_a_register_holding_part_of_the_document_gets_the_same_rows_and_history_either_way(tmp_path: Path) -> None:
    doc = source_document(tmp_path)
    part = copy.deepcopy(doc)
    part["subprocessors"] = part["subprocessors"][1:2]
    part["subprocessors"][0]["uses_uids"] = []
    part["activities"] = [a for a in part["activities"] if a["reference"] == "RH-01"]
    held = part["activities"][0]
    held |= {"name": "Ancien nom", "subprocessor_uids": [], "transfers": [], "joint_controller_uids": []}
    held["measures"] = held["measures"][1:]
    held["measures"][0]["note"] = "ancienne note"
    start = tmp_path / "part.rgpd"
    imported(json.dumps(part).encode(), start, bulk=False)
    result = assert_same(tmp_path, json.dumps(doc).encode(), start=start)
    # controllers and measures all held as they are: only the subprocessor (its chain) and the activity changed
    assert result.summary == ImportSummary(created=2 + 3, updated=1 + 1)
    assert any(row[1].value == "update" and row[5] == "name" and row[6] == "Ancien nom" for row in result.history)


def test_importing_the_same_document_again_records_nothing_new(tmp_path: Path) -> None:
    raw = json.dumps(source_document(tmp_path)).encode()
    start = tmp_path / "once.rgpd"
    once = imported(raw, start, bulk=True)
    twice = assert_same(tmp_path, once.export, start=start)
    assert twice.export == once.export
    assert twice.history == once.history
    assert twice.summary == ImportSummary(created=0, updated=0)


def test_a_generated_reference_taken_later_in_the_document_is_an_error_with_its_path(register: RegisterFile) -> None:
    doc = source_document(register.path.parent)
    doc["activities"][2]["reference"] = "T-001"  # what the first activity, without a reference, gets
    with pytest.raises(ImportFailed) as caught:
        import_document(register, parse_document(json.dumps(doc).encode()))
    assert caught.value.errors == ["$.activities[2].reference: Reference 'T-001' is already used by another activity."]
    assert caught.value.errors_in("fr") == \
        ["$.activities[2].reference : La référence « T-001 » est déjà utilisée par un autre traitement."]  # fmt: skip
    assert activities.list_activities(register) == []


@pytest.mark.parametrize("bulk", [True, False])
def test_errors_anywhere_leave_the_register_untouched(register: RegisterFile, bulk: bool) -> None:
    doc = source_document(register.path.parent)
    doc["subprocessors"][2]["uses_uids"] = ["nowhere"]
    doc["activities"][1]["measures"][0]["measure_uid"] = "missing"
    before = export_json(take_snapshot(register))
    with pytest.raises(ImportFailed) as caught:
        import_document(register, parse_document(json.dumps(doc).encode()), bulk=bulk)
    assert [e.split(":")[0] for e in caught.value.errors] == [
        "$.subprocessors[2].uses_uids[0]",
        "$.activities[1].measures[0].measure_uid",
    ]
    assert export_json(take_snapshot(register)) == before
