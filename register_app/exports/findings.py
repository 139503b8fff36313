"""The compliance checks as the full register's exports show them: the report of the snapshot on
the day it was taken, and each finding's object and field in words. Shared by the PDF annex and
the workbook sheet; the Article 30 extract never carries findings."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from register_app.domain.catalogues import Lang
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.checks import CheckReport, Finding, Severity, report_of

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

def check_date(snapshot: r.Snapshot) -> date:
    """The day of the check: the local date the snapshot was taken, or the register rebuilt as of."""
    return (snapshot.as_of or snapshot.taken_at or datetime.now(UTC)).astimezone().date()


def findings_report(snapshot: r.Snapshot, *, shown: r.Snapshot | None = None) -> CheckReport:
    """The checks' report on the register, the one the app's checks page gives. With `shown`, the
    snapshot a document states, the findings about a measure it does not state (a catalogue
    suggestion the DPO never declared) are left out, as the measure is."""
    report = report_of(snapshot, today=check_date(snapshot))
    if shown is None:
        return report
    stated = {m.uid for m in shown.measures}

    def kept(finding: Finding) -> bool:
        return finding.object_kind != "measure" or finding.object_uid in stated

    return dataclasses.replace(report, findings=tuple(f for f in report.findings if kept(f)),
                               dismissed=tuple(d for d in report.dismissed if kept(d[0])))  # fmt: skip


def by_severity(findings: tuple[Finding, ...]) -> list[tuple[Severity, list[Finding]]]:
    """The findings grouped by severity, errors first; severities without a finding left out."""
    groups = [(s, [f for f in findings if f.severity == s]) for s in SEVERITIES]
    return [(s, group) for s, group in groups if group]


def object_text(finding: Finding) -> str:
    """The object as the register names it: an activity by its reference and name, otherwise its name."""
    return finding.object_label or finding.object_ref


def summary_text(report: CheckReport, lang: Lang) -> str:
    return text("findings_summary", lang, errors=report.count(Severity.ERROR),
                warnings=report.count(Severity.WARNING), infos=report.count(Severity.INFO),
                dismissed=len(report.dismissed))  # fmt: skip
