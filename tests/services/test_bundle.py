"""The inspection bundle: every file listed in its manifest, every hash right (`sha256sum -c`), the
README in the bundle's language, the register as of the moment asked for."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
import subprocess
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.factories import full_activity, full_subprocessor

from register_app.services import activities, subprocessors
from register_app.services.export_files import write_bundle
from register_app.services.versions import freeze_version
from register_app.store.register_file import RegisterFile


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs sha256sum (coreutils)")
def test_the_bundle_checks_with_sha256sum_and_holds_the_register_as_of_then(
    register: RegisterFile, tmp_path: Path
) -> None:
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    payroll = activities.create_activity(register, data=full_activity(subprocessors=(sub.uid,)))
    freeze_version(register, name="V1")
    time.sleep(0.01)
    moment = datetime.now(UTC)
    renamed = dataclasses.replace(activities.input_of(payroll), name="Paie renommée plus tard")
    activities.update_activity(register, uid=payroll.uid, data=renamed)

    out = tmp_path / "out"
    zipped = write_bundle(register, tmp_path / "bundle.zip", as_of=moment, lang="en")
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(out)
        names = set(archive.namelist())
    manifest = (out / "MANIFEST.sha256").read_text().splitlines()
    assert {line.split("  ", 1)[1] for line in manifest} == names - {"MANIFEST.sha256"}
    done = subprocess.run(["sha256sum", "-c", "MANIFEST.sha256"], cwd=out, capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert {"register-full.pdf", "register-article-30-extract.xlsx", "subprocessors.xlsx", "journal.csv",
            "compliance-findings.json", "dpia-screening.csv", "README.txt"} <= names  # fmt: skip
    assert "sha256sum -c MANIFEST.sha256" in (out / "README.txt").read_text()
    full = "\n".join(p.extract_text() for p in PdfReader(out / "register-full.pdf").pages)
    assert "Register as of" in full and "Gestion de la paie" in full and "Paie renommée" not in full
    journal = (out / "journal.csv").read_text(encoding="utf-8-sig").splitlines()
    assert journal[0].startswith("No.,Date and time (UTC),Author") and "V1" in journal[1]  # since the version
    assert not any("Paie renommée" in line for line in journal)

    (out / "journal.csv").write_text("altered")
    assert subprocess.run(["sha256sum", "-c", "MANIFEST.sha256"], cwd=out, capture_output=True,
                          check=False).returncode != 0  # fmt: skip


def test_the_bundle_journal_says_what_each_entry_did_in_the_bundle_language(
    register: RegisterFile, tmp_path: Path
) -> None:
    payroll = activities.create_activity(register, data=full_activity())
    renamed = dataclasses.replace(activities.input_of(payroll), name="Paie des intérimaires")
    activities.update_activity(register, uid=payroll.uid, data=renamed)

    for lang, words in (
        ("fr", {("créé", "Traitement", ""), ("modifié", "Traitement", "Nom")}),
        ("en", {("created", "Processing activity", ""), ("changed", "Processing activity", "Name")}),
    ):
        zipped = write_bundle(register, tmp_path / f"bundle-{lang}.zip", lang=lang)
        with zipfile.ZipFile(zipped) as archive:
            journal = archive.read("historique.csv" if lang == "fr" else "journal.csv").decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(journal)))
        head = rows[0]
        names = ("Action", "Type d'objet", "Champ", "Objet") if lang == "fr" else ("Action", "Object kind", "Field",
                                                                                 "Object")  # fmt: skip
        action, kind, field, label = (head.index(n) for n in names)
        said = {(row[action], row[kind], row[field]) for row in rows[1:] if payroll.uid in row}
        assert said == words
        renaming = next(row for row in rows[1:] if row[field] in ("Nom", "Name"))
        assert renaming[label] == f"{payroll.reference} Paie des intérimaires"
        moment = head.index("Date et heure (UTC)" if lang == "fr" else "Date and time (UTC)")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", renaming[moment]), renaming[moment]
