"""The dates and the security measures on a fiche of our own workbook, edited in a spreadsheet and
imported back: dates typed as French text, ISO text or an Excel serial number; a measure renamed to
another of the register's (by its English label), one typed from the catalogue (added to the register),
one emptied (unlinked), a note changed; a measure nobody knows and one that applies to the whole
organisation are lines to check, never invented or applied. A measure's description edited on the
measures sheet is applied too."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from support.engines import copy_register

from register_app.domain.catalogues import SECURITY_MEASURES, catalogue
from register_app.domain.enums import MeasureStatus
from register_app.exports.export_texts import text
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services.document import Profile
from register_app.services.files import open_file
from register_app.services.measures import delete_measure
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import apply_import, plan_workbook_import
from register_app.services.xlsx_import.report import Action


def _row(ws: Worksheet, label: str, col: int = 1) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, col).value == label)


# English in CI: the fast set reads an English fiche's dates and measures in test_roundtrip (the whole
# sample register, lossless) and edits an English measures sheet in test_own_workbook_without_ids.
@pytest.mark.parametrize("lang", ["fr", pytest.param("en", marks=pytest.mark.slow)])
def test_dates_and_measures_edited_on_a_fiche_are_applied_and_unknown_ones_named(demo_source: Path, tmp_path: Path,
                                                                                 lang: str) -> None:  # fmt: skip
    register = open_file(copy_register(demo_source, tmp_path / "demo.rgpd"), for_writing=True)
    try:
        snap = take_snapshot(register)
        gone = next(m for m in snap.measures if m.catalogue_code == "pseudonymisation")
        delete_measure(register, uid=gone.uid)  # in the catalogue, no longer in the register
        before = take_snapshot(register)
        a = before.activities[0]
        measures = {m.uid: m for m in before.measures}
        linked = [measures[link.measure_uid] for link in a.measures]
        path = tmp_path / "register.xlsx"
        path.write_bytes(export_xlsx(before, Profile.FULL, lang))  # type: ignore[arg-type]

        book = openpyxl.load_workbook(path)
        fiche = book.worksheets[1]
        fiche.cell(_row(fiche, text("created", lang)), 2, "01/01/2020")
        fiche.cell(_row(fiche, text("updated", lang)), 2, "2025-06-15")
        fiche.cell(_row(fiche, text("last_review", lang)), 2, "46000")  # an Excel serial date: 09/12/2025
        fiche.cell(_row(fiche, text("dpia_date", lang)), 2, datetime(2026, 3, 15))
        codes = ("mfa", "access_rights_review", "data_minimisation", "paper_records_security", "retention_purge")
        mfa, rights, minimisation, paper, purge = (m for m in linked if m.catalogue_code in codes)
        english = catalogue(SECURITY_MEASURES).label("separate_admin_accounts", "en")
        fiche.cell(_row(fiche, rights.name, 2), 2, english)  # another of the register's measures
        fiche.cell(_row(fiche, mfa.name, 2), 5, f"{mfa.description}\nTOTP imposé depuis 2025")
        fiche.cell(_row(fiche, minimisation.name, 2), 2).value = None  # unlinked
        fiche.cell(_row(fiche, paper.name, 2), 2, "Coffre à clés maison")  # known nowhere
        fiche.cell(_row(fiche, purge.name, 2), 2, gone.name)  # from the catalogue
        wide = next(m for m in before.measures if m.organisation_wide and m.heading is mfa.heading)
        fiche.cell(_row(fiche, wide.name, 2), 2, gone.name)  # applies to every activity: not changed here
        annex = book[text("sheet_measures", lang)]  # the measures sheet: a description edited there is applied
        rest = next(m for m in before.measures if m.catalogue_code == "encryption_at_rest")
        annex.cell(_row(annex, rest.name, 2), 4, "AES-256 sur les serveurs et les sauvegardes")
        book.save(path)

        plan = plan_workbook_import(register, path)
        checks = [x for x in plan.lines if x.action is Action.AMBIGUOUS]
        assert [x.said(lang) for x in checks if "Coffre" in x.said(lang)] == [
            ("security measure « Coffre à clés maison » is neither in the register nor in the measure catalogue: "
             "not linked (create it in the application, then import again)") if lang == "en" else
            ("mesure de sécurité « Coffre à clés maison » ni dans le registre ni dans le catalogue des mesures : "
             "non rattachée (créez-la dans l'application, puis importez à nouveau)")]  # fmt: skip
        assert any(wide.name in x.said(lang) for x in checks)
        assert not any("not applied" in x.message for x in plan.lines)
        assert sum(1 for x in plan.lines if x.action is Action.UPDATE and "»" in x.message) == 9

        apply_import(register, plan)
        after = take_snapshot(register)
        got = after.activities[0]
        assert (got.created_at, got.updated_at) == (datetime(2020, 1, 1, tzinfo=UTC), datetime(2025, 6, 15, tzinfo=UTC))
        assert (got.last_review, got.dpia.completed_on) == (date(2025, 12, 9), date(2026, 3, 15))
        added = next(m for m in after.measures if m.catalogue_code == "pseudonymisation")
        admin = next(m for m in after.measures if m.catalogue_code == "separate_admin_accounts")
        assert added.status is MeasureStatus.IN_PLACE and added.uid != gone.uid
        links = {link.measure_uid: link.note for link in got.measures}
        notes = {link.measure_uid: link.note for link in a.measures}
        want = {uid: note for uid, note in notes.items() if uid not in (rights.uid, minimisation.uid, purge.uid)}
        want |= {mfa.uid: "TOTP imposé depuis 2025", admin.uid: notes[rights.uid], added.uid: notes[purge.uid]}
        assert links == want  # the unknown and the organisation-wide edits changed nothing
        assert len(after.measures) == len(before.measures) + 1  # only the catalogue's measure was added
        assert next(m for m in after.measures if m.uid == rest.uid).description == (
            "AES-256 sur les serveurs et les sauvegardes")  # fmt: skip
        assert dataclasses.replace(got, created_at=a.created_at, updated_at=a.updated_at, last_review=a.last_review,
                                   dpia=a.dpia, measures=a.measures) == a  # fmt: skip
    finally:
        register.close()
