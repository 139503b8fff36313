"""The breach register in the workbook and the PDF dossier (full register only), and one breach as a
draft notification: each read back."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from support.factories import full_breach, full_organisation

from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.pdf.breach_notice import export_breach_notice
from register_app.exports.profiles import Profile
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r

STAMPS = {"created_at": datetime(2026, 3, 1, tzinfo=UTC), "updated_at": datetime(2026, 3, 1, tzinfo=UTC)}


def snapshot() -> r.Snapshot:
    payroll = r.Activity(uid="a1", **STAMPS, reference="T-001", name="Gestion de la paie")
    host = r.Subprocessor(uid="s1", **STAMPS, name="Paie Services SAS")
    breach = r.Breach(uid="b1", **STAMPS, **vars(full_breach(activities=("a1",), subprocessors=("s1",))))
    return r.Snapshot(organisation=full_organisation(), activities=(payroll,), subprocessors=(host,),
                      breaches=(breach,), taken_at=datetime(2026, 4, 2, 9, 0, tzinfo=UTC))  # fmt: skip


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", " ", done.stdout.decode("utf-8"))


def test_the_full_workbook_has_the_breach_register_and_the_extract_has_none() -> None:
    book = load_workbook(io.BytesIO(export_xlsx(snapshot(), Profile.FULL, "fr")))
    sheet = book["Violations"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(row for row in values if row and row[0] == "Référence")
    row = dict(zip(header, values[values.index(header) + 1], strict=False))
    assert row["Violation"] == "Envoi d'un fichier de paie au mauvais destinataire"
    assert row["Découverte le"] == "27/03/2026 17:30 UTC"  # 18:30 in Paris
    assert row["Fin du délai de 72 heures"] == "30/03/2026 17:30 UTC"
    assert row["Nature de la violation"] == "Atteinte à la confidentialité, Atteinte à l'intégrité"
    assert row["Traitements concernés"] == "T-001 Gestion de la paie"
    assert row["Référence de la notification"] == "CNIL-2026-123456"
    assert row["Nombre approximatif de personnes"] == "42"
    extract = load_workbook(io.BytesIO(export_xlsx(snapshot(), Profile.EXTRACT, "fr")))
    assert "Violations" not in extract.sheetnames


def test_the_full_dossier_has_the_breach_annex_and_the_extract_has_none(tmp_path: Path) -> None:
    full = pdf_text(exported(pdf_exporter, snapshot(), Profile.FULL, "en"), tmp_path)
    assert "Breach register (GDPR Art. 33(5))" in full
    assert "V-2026-01 Envoi d'un fichier de paie" in full and "CNIL-2026-123456" in full
    assert "2026-03-30 17:30 UTC" in full
    extract = pdf_text(exported(pdf_exporter, snapshot(), Profile.EXTRACT, "en"), tmp_path)
    assert "Breach register" not in extract and "CNIL-2026-123456" not in extract


def test_one_breach_as_a_draft_notification(tmp_path: Path) -> None:
    data = export_breach_notice(snapshot().breaches[0], snapshot(), "fr")
    assert PdfReader(io.BytesIO(data)).metadata.title == "Projet de notification — V-2026-01"
    text = pdf_text(data, tmp_path)
    assert "Projet de notification d'une violation de données personnelles" in text
    assert "à vérifier avant de le reporter" in text
    org = full_organisation()
    assert org.identity.name in text and org.dpo.name in text  # Art. 33(3)(b): the contact point
    for fact in ("27/03/2026 17:30 UTC", "Un courriel contenant l'export de paie", "Divulgation des salaires",
                 "Chiffrement des exports de paie", "Périmètre établi le 30 mars", "Courriel individuel"):
        assert fact in text, fact
    assert "Voir le ticket 4711" not in text  # internal notes stay in the register
