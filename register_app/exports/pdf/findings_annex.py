"""The findings annex of the full register: the completeness score of the register and of each
activity, the findings still open grouped by severity, then those the DPO dismissed, with the
reason. Never in the Article 30 extract."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from register_app.domain.catalogues import Lang
from register_app.domain.words.fields import field_text
from register_app.domain.words.severities import kind_word
from register_app.exports.export_texts import text
from register_app.exports.findings import by_severity, object_text, summary_text
from register_app.exports.pdf.blocks import Cell, cell, grid, muted, title
from register_app.exports.pdf.styles import BODY, CELL_MUTED, FRAME_HEIGHT, FRAME_WIDTH, H2, H3, esc
from register_app.exports.pdf.text_table import TALL_ROW
from register_app.exports.pdf.textblock import TextBlock
from register_app.exports.view import RegisterView, format_date
from register_app.services.checks import CheckReport, Dismissal, Finding, item_label

FINDING_WIDTHS = (0.18, 0.14, 0.29, 0.16, 0.23)
DISMISSED_WIDTHS = (0.18, 0.14, 0.29, 0.25, 0.14)
CODE = ParagraphStyle("finding_code", parent=CELL_MUTED, fontSize=7, leading=9)  # a rule's code fits on one line
COMPLETENESS_WIDTHS = (0.1, 0.46, 0.15, 0.29)


class FindingsAnnex:
    def __init__(self, report: CheckReport, view: RegisterView, lang: Lang) -> None:
        self.report, self.view, self.lang = report, view, lang

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def story(self) -> list[Flowable]:
        report = self.report
        story: list[Flowable] = [
            Paragraph(esc(self.t("findings_checked", date=format_date(report.checked_on, self.lang))), BODY),
            Paragraph(esc(self.t("completeness_register", score=report.completeness.score.percent(self.lang))), BODY),
            Paragraph(esc(summary_text(report, self.lang)), BODY),
        ]
        return [*story, *self.completeness(), *self.open_findings(), *self.dismissed()]

    def completeness(self) -> list[Flowable]:
        activities = self.report.completeness.activities
        if not activities:
            return []
        names = {a.uid: a.name for a in self.view.snapshot.activities}
        rows: list[list[Cell]] = [
            [cell(a.activity_ref, bold=True), cell(names.get(a.activity_uid, "")), cell(a.score.percent(self.lang)),
             cell(", ".join(item_label(code, self.lang) for code in a.missing))]
            for a in activities
        ]  # fmt: skip
        headers = [self.t(k) for k in ("reference", "activity", "completeness", "missing_items")]
        return [*title(self.t("completeness_by_activity"), H2), grid(headers, rows, COMPLETENESS_WIDTHS)]

    def open_findings(self) -> list[Flowable]:
        story = title(self.t("findings_open"), H2)
        if not self.report.findings:
            return [*story, Paragraph(esc(self.t("no_findings")), BODY)]
        headers = [self.t(k) for k in ("finding_object", "finding_field", "finding_message", "finding_reference",
                                       "finding_fix")]  # fmt: skip
        for severity, findings in by_severity(self.report.findings):
            lead = [Paragraph(esc(self.t(f"severity_group_{severity.value}", count=len(findings))), H3)]
            rows = [[*self.about(f), cell(f.reference(self.lang)), cell(f.fix(self.lang))] for f in findings]
            story += with_first_row(lead, headers, rows, FINDING_WIDTHS)
        return story

    def dismissed(self) -> list[Flowable]:
        pairs = self.report.dismissed
        heading = f"{self.t('dismissed_findings')} ({len(pairs)})"
        if not pairs:
            return [*title(heading, H2), muted(self.t("no_dismissed"))]
        headers = [self.t(k) for k in ("finding_object", "finding_field", "finding_message", "dismissal_reason",
                                       "dismissed_by")]  # fmt: skip
        rows = [[*self.about(f), cell(d.reason), cell(self.by(d))] for f, d in pairs]
        lead = [Paragraph(esc(heading), H2), Paragraph(esc(self.t("dismissed_intro")), BODY)]
        return with_first_row(lead, headers, rows, DISMISSED_WIDTHS)

    def about(self, finding: Finding) -> list[Cell]:
        """Object (its reference or name, and its kind), field in words, message with the rule's code."""
        return [
            [*cell(object_text(finding), bold=True), muted(kind_word(finding.object_kind, self.lang))],
            cell(field_text(finding.field, self.lang)),
            [*cell(finding.message(self.lang)), TextBlock(finding.code, CODE)],
        ]

    def by(self, dismissal: Dismissal) -> str:
        return "\n".join(x for x in (dismissal.author, format_date(dismissal.at.astimezone(), self.lang)) if x)


def with_first_row(lead: list[Paragraph], headers: list[str], rows: list[list[Cell]],
                   widths: tuple[float, ...]) -> list[Flowable]:  # fmt: skip
    """A table after its lead (a title, a sentence), the lead moved to the next page unless the
    table's header and first row fit under it: a table moves whole when its first row does not fit."""
    first = grid(headers, rows[:1], widths).wrap(FRAME_WIDTH, FRAME_HEIGHT)[1]
    room = sum(p.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in lead)
    return [CondPageBreak(room + min(first, TALL_ROW)), *lead, grid(headers, rows, widths)]
