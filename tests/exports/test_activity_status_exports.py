"""The Article 30 extract describes the processing actually carried out: active activities only,
and its counts say so; the full register shows drafts and retired activities with their status
and a retired activity's end date, in the lists and in the fiches."""

from __future__ import annotations

import pytest
from exports.declared_samples import (
    ACTIVE,
    DRAFT,
    FORMATS,
    RETIRED,
    RETIRED_ON,
    document_text,
    export,
    pdf_pages,
    snapshot,
)
from exports.xlsx.helpers import load_values, row_of

from register_app.domain.enums import ActivityStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.exports.json_export import export_json
from register_app.exports.view import format_date
from register_app.services.document import Profile

ENDED = {"fr": f"Terminé (fin du traitement le {format_date(RETIRED_ON, 'fr')})",
         "en": f"Retired (ended on {RETIRED_ON.isoformat()})"}  # fmt: skip
COUNT = {"fr": "3 (En cours : 1, Brouillon : 1, Terminé : 1)", "en": "3 (Active: 1, Draft: 1, Retired: 1)"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_extract_holds_the_active_activity_only(fmt: str, lang: str) -> None:
    data = export(snapshot(), fmt, Profile.EXTRACT, lang)
    everything = document_text(data, fmt, hidden=True)
    assert ACTIVE in everything and DRAFT not in everything and RETIRED not in everything
    assert f"{text('activity_count', lang)} 1 " in document_text(data, fmt) + " "
    if fmt == "xlsx":
        book = load_values(data)
        assert [name for name in book.sheetnames if name.startswith("T-")] == [f"T-001 {ACTIVE}"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_pdf_shows_every_activity_with_its_status(lang: str) -> None:
    cover, *pages = pdf_pages(export(snapshot(), "pdf", Profile.FULL, lang))
    assert f"{text('activity_count', lang)} {COUNT[lang]}" in cover
    summary = next(page for page in pages if page.startswith(text("summary", lang)))
    for name, status in ((ACTIVE, enum_label(ActivityStatus.ACTIVE, lang)),
                         (DRAFT, enum_label(ActivityStatus.DRAFT, lang)), (RETIRED, ENDED[lang])):  # fmt: skip
        assert f"{name} Finalité de {name}" in summary and status in summary
    fiche = {name: next(p for p in pages if p.startswith(f"{text('fiche', lang)} T-") and name in p)
             for name in (DRAFT, RETIRED)}  # fmt: skip
    status = text("status", lang) + (" :" if lang == "fr" else ":")
    assert f"{status} {enum_label(ActivityStatus.DRAFT, lang)}" in fiche[DRAFT]  # under the fiche's title
    assert f"{status} {ENDED[lang]}" in fiche[RETIRED]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_full_workbook_shows_every_activity_with_its_status(lang: str) -> None:
    book = load_values(export(snapshot(), "xlsx", Profile.FULL, lang))
    ws = book[book.sheetnames[0]]
    assert row_of(ws, text("activity_count", lang))[1] == COUNT[lang]
    status_column = row_of(ws, text("activity_name", lang)).index(text("status", lang))
    assert row_of(ws, ACTIVE)[status_column] == enum_label(ActivityStatus.ACTIVE, lang)
    assert row_of(ws, DRAFT)[status_column] == enum_label(ActivityStatus.DRAFT, lang)
    assert row_of(ws, RETIRED)[status_column] == ENDED[lang]
    retired = book[f"T-003 {RETIRED}"]
    assert retired["A1"].value == f"{text('fiche', lang)} — T-003 {RETIRED} — {ENDED[lang]}"
    assert row_of(retired, text("status", lang))[1] == ENDED[lang]
    draft = book[book.sheetnames[2]]  # its name cut at 31 characters
    assert draft["A1"].value.endswith(f" — {enum_label(ActivityStatus.DRAFT, lang)}")


def test_the_json_extract_holds_what_the_article_30_extract_states() -> None:
    """The JSON extract is the Article 30 extract as data: the same activities and measures as the
    PDF and the workbook; the full JSON keeps the whole register (lossless interchange)."""
    full, extract = export_json(snapshot()).decode(), export_json(snapshot(), profile=Profile.EXTRACT).decode()
    assert all(name in full for name in (ACTIVE, DRAFT, RETIRED))
    assert ACTIVE in extract and DRAFT not in extract and RETIRED not in extract
