"""The inspection bundle: one zip for the CNIL's inspector with the register (Article 30 extract and
full register, Excel and PDF), the processor register, the subprocessors with their certificates and
contracts, the current findings, the DPIA screening list, the journal extract for the period, a short
README in the bundle's language and MANIFEST.sha256 (sha256sum format: `sha256sum -c` checks it)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from register_app.domain.catalogues import Lang
from register_app.domain.enums import HistoryAction
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.fields import field_text
from register_app.domain.words.severities import kind_word
from register_app.exports.findings import findings_report
from register_app.exports.formats import exported, pdf_exporter, xlsx_exporter
from register_app.exports.profiles import for_document
from register_app.exports.view import format_date
from register_app.services import records as r
from register_app.services.bundle import BundleContent, JournalRow
from register_app.services.document import Profile

MANIFEST = "MANIFEST.sha256"
NAMES: dict[str, tuple[str, str]] = {
    "extract": ("registre-extrait-article-30", "register-article-30-extract"),
    "full": ("registre-complet", "register-full"),
    "processor": ("registre-sous-traitant-article-30-2.xlsx", "processor-register-article-30-2.xlsx"),
    "subprocessors": ("sous-traitants.xlsx", "subprocessors.xlsx"),
    "findings": ("constats-conformite.json", "compliance-findings.json"),
    "dpia": ("criblage-aipd.csv", "dpia-screening.csv"),
    "journal": ("historique.csv", "journal.csv"),
    "readme": ("LISEZMOI.txt", "README.txt"),
}  # fmt: skip
DPIA_HEADERS = (
    ("Référence", "Reference"), ("Traitement", "Activity"), ("Statut", "Status"),
    ("Critères du CEPD cochés", "EDPB criteria ticked"), ("Liste de la CNIL", "CNIL list"),
    ("Conclusion", "Conclusion"), ("État de l'AIPD", "DPIA status"), ("Date", "Date"), ("Justification", "Reason"),
)  # fmt: skip
JOURNAL_HEADERS = (
    ("N°", "No."), ("Date et heure (UTC)", "Date and time (UTC)"), ("Auteur", "Author"), ("Action", "Action"),
    ("Type d'objet", "Object kind"), ("Identifiant de l'objet", "Object identifier"), ("Objet", "Object"),
    ("Champ", "Field"), ("Ancienne valeur", "Old value"), ("Nouvelle valeur", "New value"),
    ("Empreinte chaînée (hash)", "Chained hash"),
)  # fmt: skip


def name(key: str, lang: Lang) -> str:
    return NAMES[key][0 if lang == "fr" else 1]


def _csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(["" if v is None else str(v) for v in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # a BOM: Excel reads the accents right


def dpia_screening(snapshot: r.Snapshot, lang: Lang) -> bytes:
    """One line per activity of the full register: its DPIA screening as the DPO recorded it."""
    i = 0 if lang == "fr" else 1
    rows = [
        (a.reference, a.name, enum_label(a.status, lang), len(a.dpia.criteria), a.dpia.list_match,
         enum_label(a.dpia.conclusion, lang) if a.dpia.conclusion else "", enum_label(a.dpia.status, lang),
         format_date(a.dpia.completed_on, lang), a.dpia.reason)
        for a in snapshot.activities
    ]  # fmt: skip
    return _csv([h[i] for h in DPIA_HEADERS], rows)


def journal_csv(rows: Sequence[JournalRow], lang: Lang) -> bytes:
    """One line per journal entry, what it did, the kind of object and the field in the bundle's
    language (the values as the journal holds them), its moment in UTC to the second."""
    i = 0 if lang == "fr" else 1
    return _csv([h[i] for h in JOURNAL_HEADERS], [
        (row.id, row.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), row.author,
         enum_label(HistoryAction(row.action), lang), kind_word(row.object_kind, lang), row.object_uid,
         row.object_label, field_text(row.field, lang), row.old_value, row.new_value, row.hash)
        for row in rows
    ])  # fmt: skip


def findings_json(snapshot: r.Snapshot, lang: Lang) -> bytes:
    from register_app.services.checks.output import report_data

    data = report_data(findings_report(snapshot), lang=lang)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sheets(snapshot: r.Snapshot, lang: Lang, which: str) -> bytes | None:
    """A workbook of one annex of the register: the processor register (None when the organisation
    processes data for no client) or the subprocessors with their certificates and contracts."""
    from openpyxl import Workbook

    from register_app.exports.xlsx.annex_sheets import write_processor_register, write_subprocessors
    from register_app.exports.xlsx.sheet_context import Context

    taken = snapshot.as_of or snapshot.taken_at or datetime.now().astimezone()
    ctx = Context(for_document(snapshot, Profile.FULL), Profile.FULL, lang, taken.astimezone().date(),
                  snapshot.as_of.astimezone().date() if snapshot.as_of else None)  # fmt: skip
    book = Workbook()
    book.remove(book.active)
    (write_processor_register if which == "processor" else write_subprocessors)(book, ctx)
    if not book.worksheets:
        return None
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def readme(snapshot: r.Snapshot, lang: Lang, files: Sequence[str], moment: datetime, since: datetime | None) -> bytes:
    org = snapshot.organisation.identity.name
    when = f"{format_date(moment.astimezone(), lang)} {moment.astimezone():%H:%M}"
    start = f"{format_date(since.astimezone(), lang)} {since.astimezone():%H:%M}" if since else None
    if lang == "fr":
        lines = [
            f"Dossier d'inspection — {org}",
            f"Registre des activités de traitement (article 30 du RGPD) à la date du {when}.",
            "",
            "Contenu :",
            *(f"  - {f}" for f in files),
            "",
            f"Chaque fichier est listé avec son empreinte SHA-256 dans {MANIFEST} ; pour vérifier qu'aucun n'a été "
            f"modifié : sha256sum -c {MANIFEST}",
            f"L'historique ({name('journal', lang)}) couvre la période "
            + (f"du {start} au {when}." if start else f"jusqu'au {when}."),
            "Chaque entrée de l'historique porte une empreinte chaînée à la précédente (colonne hash).",
        ]
    else:
        lines = [
            f"Inspection bundle — {org}",
            f"Record of processing activities (GDPR Article 30) as of {when}.",
            "",
            "Contents:",
            *(f"  - {f}" for f in files),
            "",
            f"Each file is listed with its SHA-256 in {MANIFEST}; to check that none was changed: "
            f"sha256sum -c {MANIFEST}",
            f"The journal ({name('journal', lang)}) covers the period "
            + (f"from {start} to {when}." if start else f"up to {when}."),
            "Each journal entry carries a hash chained to the previous one (column hash).",
        ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def bundle_files(content: BundleContent, lang: Lang) -> dict[str, bytes]:
    """Every file of the bundle by name, the manifest last."""
    snapshot, moment, since = content.snapshot, content.moment, content.since
    files: dict[str, bytes] = {}
    for profile in (Profile.EXTRACT, Profile.FULL):
        base = name(profile.value, lang)
        files[f"{base}.xlsx"] = exported(xlsx_exporter, snapshot, profile, lang)
        files[f"{base}.pdf"] = exported(pdf_exporter, snapshot, profile, lang)
    for which in ("processor", "subprocessors"):
        data = sheets(snapshot, lang, which)
        if data is not None:
            files[name(which, lang)] = data
    files[name("findings", lang)] = findings_json(snapshot, lang)
    files[name("dpia", lang)] = dpia_screening(snapshot, lang)
    files[name("journal", lang)] = journal_csv(content.journal, lang)
    files[name("readme", lang)] = readme(snapshot, lang, [*files, name("readme", lang)], moment, since)
    files[MANIFEST] = "".join(f"{hashlib.sha256(data).hexdigest()}  {n}\n" for n, data in files.items()).encode()
    return files


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for n, data in files.items():
            archive.writestr(n, data)
    return out.getvalue()
