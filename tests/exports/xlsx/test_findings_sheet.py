"""The findings sheet of the full workbook read back: every deliberate gap of the demo with its
message and legal reference, the dismissed finding in its own block with its reason, a styled
filterable table; never in the Article 30 extract, nor when left out."""

from __future__ import annotations

from datetime import datetime

import pytest
from exports.conftest import DISMISSAL_REASON, DismissedDemo
from exports.xlsx.helpers import load, load_values, rows, texts

from register_app.domain.words.fields import field_text
from register_app.exports.findings import findings_report
from register_app.exports.xlsx import workbook
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services.checks import CheckReport
from register_app.services.demo import DELIBERATE_GAPS
from register_app.services.document import Profile

HEADER = ["Gravité", "Code", "Type d'objet", "Objet", "Champ", "Constat", "Référence", "Comment corriger"]


@pytest.fixture(scope="module")
def report(dismissed_demo: DismissedDemo) -> CheckReport:
    return findings_report(dismissed_demo.snapshot)


@pytest.fixture(scope="module")
def sheet_rows(dismissed_demo: DismissedDemo) -> tuple[object, list[list[object]]]:
    ws = load(export_xlsx(dismissed_demo.snapshot, Profile.FULL, "fr"))["Points de vigilance"]
    return ws, rows(ws)


def test_open_findings_table_has_each_gap_with_message_and_reference(sheet_rows, report: CheckReport) -> None:
    ws, values = sheet_rows
    header = values.index([*HEADER, None])
    end = next(i for i, row in enumerate(values) if row[0] == "Constats écartés (1)")
    table = [row for row in values[header + 1 : end] if row[0]]
    # 12 gaps + 1 info + 2 DPIA criteria read from the register (large scale: T-003, T-005) - 1 dismissed
    assert len(table) == len(report.findings) == len(DELIBERATE_GAPS) + 2
    dismissed = {(f.object_ref, f.field) for f, _ in report.dismissed}
    for gap in DELIBERATE_GAPS:
        if (gap.target, gap.field) in dismissed:
            continue
        finding = next(f for f in report.findings if (f.object_ref, f.field) == (gap.target, gap.field))
        named = finding.object_label  # an activity by reference and name
        match = [row for row in table if row[1:5] == [finding.code, row[2], named, field_text(gap.field, "fr")]]
        assert [row[5:7] for row in match] == [[finding.message_fr, finding.reference_fr]], gap
    assert [row[0] for row in table] == sorted((row[0] for row in table), key=["Erreur", "Alerte", "Information"].index)
    assert table[0][:3] == ["Erreur", "ART6-LEGAL-BASIS-MISSING", "Traitement"]
    assert table[0][3].startswith("T-003 ") and table[0][4] == "Finalité n° 3 : base légale"
    first = header + 1
    assert ws.auto_filter.ref == f"A{first}:H{first + len(table)}"
    assert ws.freeze_panes == f"B{first + 1}"
    assert ws.print_title_rows == f"${first}:${first}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.cell(first, 1).font.bold and ws.cell(first + 1, 6).alignment.wrap_text


def test_dismissed_block_with_reason_author_and_date(sheet_rows, dismissed_demo: DismissedDemo) -> None:
    _ws, values = sheet_rows
    start = next(i for i, row in enumerate(values) if row[0] == "Constats écartés (1)")
    assert values[start + 1][6:9] == ["Motif", "Écarté par", "Écarté le"]
    row = values[start + 2]
    assert row[1] == dismissed_demo.dismissed.code and row[5] == dismissed_demo.dismissed.message_fr
    assert row[6:8] == [DISMISSAL_REASON, "tests"]
    at = dismissed_demo.snapshot.dismissed_findings[0].at.astimezone()
    assert isinstance(row[8], datetime) and row[8].date() == at.date()


def test_completeness_block(sheet_rows, report: CheckReport) -> None:
    _ws, values = sheet_rows
    title = f"Complétude du registre (éléments de l'article 30 renseignés) : {report.completeness.score.percent()}"
    start = next(i for i, row in enumerate(values) if row[0] == title)
    t004 = next(row for row in values[start:] if row[0] == "T-004")
    assert t004[4:6] == ["93,7\u00a0%", "Durées de conservation"]
    assert len([row for row in values[start + 2 :] if row[0]]) == len(report.completeness.activities)


def test_english_sheet(dismissed_demo: DismissedDemo) -> None:
    ws = load_values(export_xlsx(dismissed_demo.snapshot, Profile.FULL, "en"))["Findings"]
    values = rows(ws)
    assert ["Severity", "Code", "Object type", "Object", "Field", "Finding", "Reference", "How to fix", None] in values
    first = next(row for row in values if row[:2] == ["Error", "ART6-LEGAL-BASIS-MISSING"])
    assert first[2] == "Processing activity" and first[3].startswith("T-003 ") and first[4] == "Purpose 3: legal basis"


def test_no_findings_in_the_extract_or_when_left_out(dismissed_demo: DismissedDemo, report: CheckReport) -> None:
    for data in (export_xlsx(dismissed_demo.snapshot, Profile.EXTRACT, "fr", findings=True),
                 export_xlsx(dismissed_demo.snapshot, Profile.FULL, "fr", findings=False)):  # fmt: skip
        book = load_values(data)
        assert "Points de vigilance" not in book.sheetnames
        everything = texts(book, visible_only=False)
        assert DISMISSAL_REASON not in everything
        for finding in report.findings:
            assert finding.message_fr not in everything


def test_a_register_without_finding_says_so(dismissed_demo: DismissedDemo, report: CheckReport,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    clean = CheckReport(report.checked_on, (), (), report.completeness)
    monkeypatch.setattr(workbook, "findings_report", lambda _snapshot, **_: clean)
    values = rows(load_values(export_xlsx(dismissed_demo.snapshot, Profile.FULL, "fr"))["Points de vigilance"])
    header = values.index([*HEADER, None])
    assert values[header + 1][0] == "Aucun point de vigilance : les contrôles n'ont rien relevé sur ce registre."
    dismissed = next(i for i, row in enumerate(values) if row[0] == "Constats écartés (0)")
    assert values[dismissed + 1][0] == "Aucun constat écarté."
