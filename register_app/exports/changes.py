"""The report of what changed between two dates, as JSON, a workbook or a PDF: one line per change,
fields named in words (the findings' field labels), values as the register states them."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from register_app.domain.catalogues import Lang
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.fields import field_text
from register_app.domain.words.severities import kind_word
from register_app.errors import UnsupportedFormatError
from register_app.exports.view import format_date, retention_line, yes_no
from register_app.services import records as r
from register_app.services.change_report import ChangeReport

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Modifications du registre", "Changes to the register"),
    "period": ("Du {since} au {until}", "From {since} to {until}"),
    "since_version": ("depuis la version figée « {name} »", "since the frozen version '{name}'"),
    "activity": ("Traitement", "Activity"),
    "object": ("Objet", "Object"),
    "change": ("Modification", "Change"),
    "field": ("Champ", "Field"),
    "old": ("Avant", "Before"),
    "new": ("Après", "After"),
    "created": ("créé", "created"),
    "retired": ("retiré", "retired"),
    "deleted": ("supprimé", "deleted"),
    "changed": ("modifié", "changed"),
    "added": ("ajouté", "added"),
    "removed": ("retiré", "removed"),
    "nothing": ("Aucune modification sur la période.", "No change over the period."),
}  # fmt: skip
ITEM_TEXT = ("description", "name", "label", "criterion", "code", "country")


def word(key: str, lang: Lang, **values: object) -> str:
    return WORDS[key][0 if lang == "fr" else 1].format(**values)


def value_text(value: Any, lang: Lang) -> str:
    """A field's value in words: codes as their labels, lists one item a line."""
    if value is None or value in ("", ()):
        return "—"
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, StrEnum):
        return enum_label(value, lang)
    if isinstance(value, date | datetime):
        return format_date(value, lang)
    if isinstance(value, tuple | list):
        return "\n".join(value_text(v, lang) for v in value)
    if isinstance(value, r.RetentionRule):
        return retention_line(value, lang)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [getattr(value, name) for name in ITEM_TEXT if getattr(value, name, "")]
        if parts:
            return value_text(parts[0], lang)
        return "; ".join(value_text(getattr(value, f.name), lang) for f in dataclasses.fields(value)
                         if getattr(value, f.name) not in (None, "", ()))  # fmt: skip
    return str(value)


def rows(report: ChangeReport, lang: Lang) -> list[tuple[str, str, str, str, str]]:
    """(object, change, field, before, after), one row per change."""
    found: list[tuple[str, str, str, str, str]] = []
    for a in report.activities:
        title = f"{word('activity', lang)} {a.reference} {a.name}"
        if not a.fields:
            found.append((title, word(a.change, lang), "", "", ""))
        for f in a.fields:
            found.append((title, word(a.change, lang), field_text(f.field, lang), value_text(f.old, lang),
                          value_text(f.new, lang)))  # fmt: skip
    for o in report.objects:
        found.append((f"{kind_word(o.kind, lang)} {o.name}", word(o.change, lang), "", "", ""))
    return found


def heading(report: ChangeReport, lang: Lang) -> str:
    since, until = (f"{format_date(d.astimezone(), lang)} {d.astimezone():%H:%M}" for d in (report.since, report.until))
    period = word("period", lang, since=since, until=until)
    if report.since_version:
        period += f" ({word('since_version', lang, name=report.since_version)})"
    return period


def to_json(report: ChangeReport) -> bytes:
    def plain(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, StrEnum):
            return value.value
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return value

    return (json.dumps(plain(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_xlsx(report: ChangeReport, lang: Lang) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    ws = book.active
    ws.title = word("title", lang)[:31]
    ws.append([f"{word('title', lang)} — {report.organisation}"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([heading(report, lang)])
    ws.append([])
    ws.append([word(k, lang) for k in ("object", "change", "field", "old", "new")])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    found = rows(report, lang)
    for row in found:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                cell.data_type = "s"  # text that looks like a formula stays text
    if not found:
        ws.append([word("nothing", lang)])
    for column, width in zip("ABCDE", (40, 14, 32, 40, 40), strict=True):
        ws.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_pdf(report: ChangeReport, lang: Lang) -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from register_app.exports.pdf.blocks import grid
    from register_app.exports.pdf.fonts import register_fonts
    from register_app.exports.pdf.styles import BODY, H1, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, esc

    register_fonts()
    out = io.BytesIO()
    title = f"{word('title', lang)} — {report.organisation}"
    doc = SimpleDocTemplate(out, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                            bottomMargin=MARGIN_BOTTOM, title=title)  # fmt: skip
    story: list[Any] = [
        Paragraph(esc(f"{word('title', lang)} — {report.organisation}"), H1),
        Paragraph(esc(heading(report, lang)), BODY),
    ]
    found = rows(report, lang)
    if found:
        headers = [word(k, lang) for k in ("object", "change", "field", "old", "new")]
        story.append(grid(headers, [list(row) for row in found], (0.24, 0.13, 0.17, 0.23, 0.23)))
    else:
        story.append(Paragraph(esc(word("nothing", lang)), BODY))
    doc.build(story)
    return out.getvalue()


def export_changes(report: ChangeReport, out: Path, lang: Lang) -> bytes:
    """The report in the format OUT's extension names."""
    suffix = out.suffix.lower()
    if suffix == ".json":
        return to_json(report)
    if suffix == ".xlsx":
        return to_xlsx(report, lang)
    if suffix == ".pdf":
        return to_pdf(report, lang)
    raise UnsupportedFormatError(path=out, expected=".json, .pdf, .xlsx")
