"""The DPO's three states, wherever a document names the DPO (workbook list and fiches, PDF cover,
fiches and processor register, PDF metadata): a designated DPO with identity, title, company and
contact; no DPO designated, with the reason; not yet decided, nothing recorded. A DPO's details
left in the register while the designation is undecided or refused are never printed."""

from __future__ import annotations

import io

import pytest
from exports.declared_samples import FORMATS, document_text, export, pdf_pages, processor_activity, snapshot
from exports.xlsx.helpers import load_values, row_of, rows
from pypdf import PdfReader

from register_app.domain.enums import DpoStatus
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.document import Profile

REASON = "Pas de suivi régulier à grande échelle"


def register(status: DpoStatus) -> r.Snapshot:
    """Two activities (one as processor for a client), the DPO's details filled in whatever the state."""
    activities = (*snapshot().activities[:1], processor_activity())
    return snapshot(activities, dpo=status)


def stated(status: DpoStatus, lang: str) -> list[str]:
    """What each place says of the DPO."""
    if status is DpoStatus.DESIGNATED:
        return ["Claire Martin", "Juriste", "dpo@atelier.example", "DPO Conseil SARL"]
    if status is DpoStatus.NOT_DESIGNATED:
        return [text("no_dpo", lang), REASON]
    return [text("dpo_not_recorded", lang)]


def unsaid(status: DpoStatus, lang: str) -> list[str]:
    """What no place may say in that state."""
    return [words for state in DpoStatus if state is not status for words in stated(state, lang)]


@pytest.mark.parametrize("status", list(DpoStatus))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pdf_states_the_dpo_as_recorded_in_every_place(status: DpoStatus, lang: str) -> None:
    data = export(register(status), "pdf", Profile.FULL, lang)
    pages = pdf_pages(data)
    fiches = [p for p in pages if p.startswith(text("fiche", lang) + " T-")]
    processor = next(p for p in pages if text("processor_identity", lang) in p)
    assert len(fiches) == 2
    for place in (pages[0], *fiches, processor):
        assert all(words in place for words in stated(status, lang)), (status, place[:300])
    everything = " ".join(pages)
    assert [words for words in unsaid(status, lang) if words in everything] == []
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.author == ("Claire Martin" if status is DpoStatus.DESIGNATED else "Atelier Numérique SAS")


@pytest.mark.parametrize("status", list(DpoStatus))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_workbook_states_the_dpo_as_recorded_in_every_place(status: DpoStatus, lang: str) -> None:
    data = export(register(status), "xlsx", Profile.FULL, lang)
    book = load_values(data)
    places = [book.worksheets[0], book.worksheets[1], book.worksheets[2]]  # the list, then each fiche
    for ws in places:
        row = " ".join(str(v) for v in row_of(ws, text("dpo", lang)) if v)
        if status is DpoStatus.DESIGNATED:
            company = row_of(ws, text("dpo_company", lang)) if ws is not places[0] else row
            row += " " + " ".join(str(v) for v in company if v)
        assert all(words in row for words in stated(status, lang)), (ws.title, row)
    processor = " ".join(str(v) for row in rows(book[text("sheet_processor", lang)]) for v in row if v)
    assert all(words in processor for words in stated(status, lang))
    everything = document_text(data, "xlsx")
    assert [words for words in unsaid(status, lang) if words in everything] == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_extract_states_the_dpo_too(fmt: str) -> None:
    for status in DpoStatus:
        shown = document_text(export(register(status), fmt, Profile.EXTRACT, "fr"), fmt)
        assert all(words in shown for words in stated(status, "fr"))
        assert [words for words in unsaid(status, "fr") if words in shown] == []
