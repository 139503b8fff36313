"""The findings sheet of the full register: the findings still open as a filterable table (errors
first), then those the DPO dismissed with the reason, then the completeness of each activity.
Never in the Article 30 extract."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from register_app.domain.words.fields import field_text
from register_app.domain.words.severities import kind_word, severity_word
from register_app.exports.findings import check_date, object_text, summary_text
from register_app.exports.view import format_date
from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import put
from register_app.exports.xlsx.sheet_context import Context, Cursor, Span, add_sheet
from register_app.exports.xlsx.table import RELEASE_EVERY, title_rows, write_table
from register_app.exports.xlsx.workbook_writer import release_rows
from register_app.services.checks import CheckReport, Finding, item_label

WIDTHS = [12, 28, 14, 28, 26, 60, 36, 56, 14]
OPEN_KEYS = ("severity", "finding_code", "finding_kind", "finding_object", "finding_field", "finding_message",
             "finding_reference", "finding_fix")  # fmt: skip
DISMISSED_KEYS = ("severity", "finding_code", "finding_kind", "finding_object", "finding_field", "finding_message",
                  "dismissal_reason", "dismissed_by", "dismissed_on")  # fmt: skip


def write_findings(book: Workbook, ctx: Context, report: CheckReport) -> None:
    ws = add_sheet(book, ctx.sheet_name(ctx.t("sheet_findings")))
    t, lang = ctx.t, ctx.lang
    first = title_rows(ws, ctx, t("sheet_findings"), len(WIDTHS))
    summary = [t("findings_checked", date=format_date(check_date(ctx.snapshot), lang)),
               t("completeness_register", score=report.completeness.score.percent(lang)), summary_text(report, lang)]
    put(ws, 3, 1, "   ".join(summary), styles.SUBTITLE)
    rows = ([*about(f, ctx), f.reference(lang), f.fix(lang)] for f in report.findings)  # made as written
    end = write_table(ws, ctx, first_row=first, headers=[t(k) for k in OPEN_KEYS], widths=WIDTHS, rows=rows)
    c = Cursor(ws, ctx, len(WIDTHS))
    if not report.findings:
        c.row = first + 1
        c.line(Span(t("no_findings"), len(OPEN_KEYS), styles.MUTED))
    c.row = end + 1
    c.block(f"{t('dismissed_findings')} ({len(report.dismissed)})")
    if report.dismissed:
        c.line(*(Span(t(k), 1, styles.HEADER) for k in DISMISSED_KEYS))
        for finding, dismissal in report.dismissed:
            c.line(*(Span(v) for v in (*about(finding, ctx), dismissal.reason, dismissal.author)),
                   Span(dismissal.at.astimezone().date()))  # fmt: skip
            _release_every(c, end)
    else:
        c.line(Span(t("no_dismissed"), len(WIDTHS), styles.MUTED))
    c.skip()
    write_completeness(c, report, fit_from=end)
    styles.fit_row_heights(ws, end)


def about(finding: Finding, ctx: Context) -> list[str]:
    """Severity, code, kind and name of the object, field in words, message."""
    lang = ctx.lang
    return [severity_word(finding.severity, lang), finding.code, kind_word(finding.object_kind, lang),
            object_text(finding), field_text(finding.field, lang), finding.message(lang)]  # fmt: skip


def write_completeness(c: Cursor, report: CheckReport, *, fit_from: int) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    c.block(t("completeness_register", score=report.completeness.score.percent(lang)))
    if not report.completeness.activities:
        return
    c.line(Span(t("reference"), 1, styles.HEADER), Span(t("activity"), 3, styles.HEADER),
           Span(t("completeness"), 1, styles.HEADER), Span(t("missing_items"), 4, styles.HEADER))  # fmt: skip
    names = {a.uid: a.name for a in c.ctx.snapshot.activities}
    for a in report.completeness.activities:
        missing = ", ".join(item_label(code, lang) for code in a.missing)
        c.line(Span(a.activity_ref), Span(names.get(a.activity_uid, ""), 3), Span(a.score.percent(lang)),
               Span(missing, 4))  # fmt: skip
        _release_every(c, fit_from)


def _release_every(c: Cursor, first_row: int) -> None:
    """Every RELEASE_EVERY rows, fit the heights of the rows written from `first_row` (as the sheet's
    last fit does) and let go of the rows written."""
    if c.row % RELEASE_EVERY == 0:
        styles.fit_row_heights(c.ws, first_row)
        release_rows(c.ws, c.row)
