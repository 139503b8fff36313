"""Frozen versions stay as frozen and export exactly so; the report of changes since the last frozen
version lists the activities created, retired, deleted and changed field by field (in words), and
the subprocessors and measures added or removed."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text
from support.factories import full_activity, full_measure, full_subprocessor

from register_app.exports.changes import export_changes, to_json
from register_app.exports.formats import exported, json_exporter
from register_app.services import activities, measures, subprocessors
from register_app.services.change_report import changes_between
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.versions import (
    VersionAlteredError,
    VersionNameError,
    freeze_version,
    last_version,
    list_versions,
    version_document,
    version_snapshot,
)
from register_app.store.register_file import RegisterFile


@pytest.fixture
def frozen_then_edited(register: RegisterFile) -> dict[str, str]:
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    payroll = activities.create_activity(register, data=full_activity(subprocessors=(sub.uid,)))
    hiring = activities.create_activity(register, data=dataclasses.replace(full_activity(reference="RH-02"),
                                                                           name="Recrutement"))  # fmt: skip
    freeze_version(register, name="Revue annuelle 2026", comment="Validé par la DPO")
    renamed = dataclasses.replace(activities.input_of(payroll), name="Paie et frais", subprocessor_uids=())
    activities.update_activity(register, uid=payroll.uid, data=renamed)
    activities.retire_activity(register, uid=hiring.uid)
    activities.create_activity(register, data=full_activity(reference="RH-03"))
    subprocessors.delete_subprocessor(register, uid=sub.uid)
    measures.create_measure(register, data=full_measure())
    return {"payroll": payroll.uid}


def test_changes_since_the_last_frozen_version(register: RegisterFile, frozen_then_edited: dict[str, str]) -> None:
    version = last_version(register)
    report = changes_between(register, since=version.frozen_at, since_version=version.name)
    by_ref = {a.reference: a for a in report.activities}
    assert {ref: a.change for ref, a in by_ref.items()} == {"RH-01": "changed", "RH-02": "retired", "RH-03": "created"}
    fields = {f.field: (f.old, f.new) for f in by_ref["RH-01"].fields}
    transfers = fields.pop("transfers")  # the deleted subprocessor's transfer no longer names it
    assert [t.subprocessor_uid is None for t in transfers[0] + transfers[1]] == [False, True]
    assert fields == {"name": ("Gestion de la paie", "Paie et frais"), "subprocessor_uids": (("Nuage Santé SAS",), ())}
    assert {(o.kind, o.change) for o in report.objects} == {("subprocessor", "removed"), ("measure", "added")}
    assert json.loads(to_json(report))["since_version"] == "Revue annuelle 2026"


def test_the_changes_read_in_words_in_pdf_and_workbook(
    register: RegisterFile, frozen_then_edited: dict[str, str]
) -> None:
    version = last_version(register)
    report = changes_between(register, since=version.frozen_at, since_version=version.name)
    pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(export_changes(report, Path("c.pdf"), "fr"))).pages)
    assert "depuis la version figée « Revue annuelle 2026 »" in pdf
    assert "Sous-traitants" in pdf and "subprocessor_uids" not in pdf and "Nuage Santé SAS" in pdf
    book = load_workbook(io.BytesIO(export_changes(report, Path("c.xlsx"), "en")))
    rows = [tuple(c or "" for c in row) for row in book.active.iter_rows(min_row=5, values_only=True)]
    assert ("Activity RH-01 Paie et frais", "changed", "Name", "Gestion de la paie", "Paie et frais") in rows
    retired = next(r for r in rows if r[0] == "Activity RH-02 Recrutement")
    assert retired[1:3] == ("retired", "Status")


def test_a_frozen_version_exports_exactly_as_frozen(register: RegisterFile) -> None:
    activities.create_activity(register, data=full_activity())
    then = exported(json_exporter, take_snapshot(register), Profile.FULL, "fr")
    freeze_version(register, name="V1")
    activities.create_activity(register, data=full_activity(reference="RH-02"))
    assert json.loads(version_document(register, name="V1"))["activities"] == json.loads(then)["activities"]
    assert [a.reference for a in version_snapshot(register, name="V1").activities] == ["RH-01"]
    assert [v.name for v in list_versions(register)] == ["V1"]
    with pytest.raises(VersionNameError):
        freeze_version(register, name="V1")


def test_a_version_changed_behind_the_apps_back_is_refused(register: RegisterFile) -> None:
    activities.create_activity(register, data=full_activity())
    freeze_version(register, name="V1")
    with register.engine.begin() as db:  # not through the app's sessions: no journal, no check
        db.execute(text("UPDATE frozen_version SET document = replace(document, 'Gestion de la paie', 'Autre chose')"))
    with pytest.raises(VersionAlteredError):
        version_document(register, name="V1")


def test_breaches_and_rights_requests_are_in_the_changes_and_the_bundle(register: RegisterFile, tmp_path: Path) -> None:
    import zipfile
    from datetime import UTC, datetime

    from support.factories import full_breach, full_request

    from register_app.services import breaches, rights_requests
    from register_app.services.export_files import write_bundle

    freeze_version(register, name="Avant l'incident")
    since = last_version(register).frozen_at
    breach = breaches.create_breach(register, data=full_breach())
    rights_requests.create_request(register, data=full_request())
    moment = datetime.now(UTC)
    breaches.delete_breach(register, uid=breach.uid)

    report = changes_between(register, since=since, until=moment)
    assert {(o.kind, o.name, o.change) for o in report.objects} == {
        ("breach", "V-2026-01 Envoi d'un fichier de paie au mauvais destinataire", "added"),
        ("rights_request", "D-2026-07 Jeanne Martin", "added"),
    }
    book = load_workbook(io.BytesIO(export_changes(report, Path("c.xlsx"), "fr")))
    rows = [tuple(c or "" for c in row) for row in book.active.iter_rows(min_row=5, values_only=True)]
    assert ("Violation de données V-2026-01 Envoi d'un fichier de paie au mauvais destinataire", "ajouté", "", "",
            "") in rows  # fmt: skip
    assert ("Demande d'exercice de droits D-2026-07 Jeanne Martin", "ajouté", "", "", "") in rows
    removed = changes_between(register, since=moment)
    assert [(o.kind, o.change) for o in removed.objects] == [("breach", "removed")]

    zipped = write_bundle(register, tmp_path / "bundle.zip", as_of=moment, lang="fr")
    with zipfile.ZipFile(zipped) as archive:
        full = load_workbook(io.BytesIO(archive.read("registre-complet.xlsx")))
        journal = archive.read("historique.csv").decode("utf-8-sig")
    assert "Violations" in full.sheetnames  # the breach, as it stood then (deleted since)
    cells = {c for row in full["Violations"].iter_rows(values_only=True) for c in row}
    assert "V-2026-01" in cells
    assert ",Violation de données," in journal and ",Demande d'exercice de droits," in journal
