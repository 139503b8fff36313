"""A check report as plain text for a terminal, or as JSON data for other tools (the command line's
`check --format json`)."""

from __future__ import annotations

from typing import Any

from register_app.domain.catalogues import Lang
from register_app.domain.enums import Severity
from register_app.domain.words.language import colon, pick
from register_app.domain.words.severities import kind_word, severity_word
from register_app.services.checks.dismissals import Dismissal
from register_app.services.checks.engine import Finding
from register_app.services.checks.report import CheckReport

TEXTS = {
    "completeness": ("Complétude du registre (éléments de l'article 30 renseignés) : {score}",
                     "Register completeness (Article 30 items filled): {score}"),
    "none": ("Aucun point à signaler.", "Nothing to report."),
    "fix": ("Correction", "Fix"),
    "reference": ("Référence", "Reference"),
    "dismissed": ("Points écartés ({count}) :", "Dismissed findings ({count}):"),
    "dismissed_by": ("écarté par {author} le {day} : {reason}", "dismissed by {author} on {day}: {reason}"),
    "summary": ("{errors} erreur(s), {warnings} alerte(s), {infos} information(s) ; {dismissed} point(s) écarté(s).",
                "{errors} error(s), {warnings} warning(s), {infos} info; {dismissed} dismissed."),
}  # fmt: skip


def finding_data(finding: Finding, lang: Lang) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "object": {
            "kind": finding.object_kind,
            "uid": finding.object_uid,
            "reference": finding.object_ref,
            "label": finding.object_label,
        },
        "field": finding.field,
        "message": finding.message(lang),
        "fix": finding.fix(lang),
        "legal_reference": finding.reference(lang),
    }


def dismissal_data(dismissal: Dismissal) -> dict[str, Any]:
    return {"reason": dismissal.reason, "author": dismissal.author, "at": dismissal.at.isoformat()}


def report_data(report: CheckReport, *, lang: Lang) -> dict[str, Any]:
    score = report.completeness.score
    return {
        "checked_on": report.checked_on.isoformat(),
        "lang": lang,
        "summary": {severity.value: report.count(severity) for severity in Severity}
        | {"dismissed": len(report.dismissed)},
        "completeness": {
            "ratio": score.ratio,
            "percent": score.percent(lang),
            "activities": [
                {"uid": a.activity_uid, "reference": a.activity_ref, "ratio": a.score.ratio, "missing": list(a.missing)}
                for a in report.completeness.activities
            ],
        },
        "findings": [finding_data(f, lang) for f in report.findings],
        "dismissed": [finding_data(f, lang) | {"dismissal": dismissal_data(d)} for f, d in report.dismissed],
    }


def finding_lines(finding: Finding, lang: Lang) -> list[str]:
    width = max(len(severity_word(s, lang)) for s in Severity)
    return [
        f"{severity_word(finding.severity, lang).upper():<{width}} {finding.code}  "
        f"{kind_word(finding.object_kind, lang)} {finding.object_label}  [{finding.field}]",
        f"        {finding.message(lang)}",
        f"        {colon(pick(TEXTS['fix'], lang), finding.fix(lang), lang)}",
        f"        {colon(pick(TEXTS['reference'], lang), finding.reference(lang), lang)}",
    ]


def report_text(report: CheckReport, *, lang: Lang) -> str:
    lines = [pick(TEXTS["completeness"], lang).format(score=report.completeness.score.percent(lang)), ""]
    for finding in report.findings:
        lines += [*finding_lines(finding, lang), ""]
    if not report.findings:
        lines += [pick(TEXTS["none"], lang), ""]
    if report.dismissed:
        lines.append(pick(TEXTS["dismissed"], lang).format(count=len(report.dismissed)))
        for finding, dismissal in report.dismissed:
            day = dismissal.at.date().isoformat()
            by = pick(TEXTS["dismissed_by"], lang).format(author=dismissal.author, day=day, reason=dismissal.reason)
            lines += [f"  {finding.code}  {finding.object_label}  [{finding.field}] — {by}"]
        lines.append("")
    lines.append(
        pick(TEXTS["summary"], lang).format(
            errors=report.count(Severity.ERROR),
            warnings=report.count(Severity.WARNING),
            infos=report.count(Severity.INFO),
            dismissed=len(report.dismissed),
        )
    )
    return "\n".join(lines)
