"""Only the measures the DPO declared are stated, in every profile of the PDF and the workbook:
catalogue suggestions never appear; a planned measure says so; an organisation-wide measure says
it applies to every activity; a declared measure applied to nothing says so in words."""

from __future__ import annotations

import json

import pytest
from exports.declared_samples import FORMATS, SUGGESTIONS, document_text, export, snapshot
from exports.xlsx.helpers import load_values, row_of

from register_app.domain.enums import MeasureStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.exports.json_export import export_json
from register_app.services.document import Profile


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("profile", list(Profile))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_declared_measures_are_stated(fmt: str, profile: Profile, lang: str) -> None:
    data = export(snapshot(), fmt, profile, lang)
    everything = document_text(data, fmt, hidden=True)
    assert [name for name in SUGGESTIONS if name in everything] == []
    assert enum_label(MeasureStatus.NOT_DECLARED, lang) not in everything
    shown = document_text(data, fmt)
    for declared in ("Authentification à deux facteurs", "Sauvegardes chiffrées hors site", "Charte informatique",
                     "Revue annuelle des habilitations"):  # fmt: skip
        assert declared in shown
    assert text("every_activity", lang) in shown and text("applied_to_none", lang) in shown
    assert f"{text('linked_activities', lang)} —" not in shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_measures_sheet_says_where_each_declared_measure_applies(lang: str) -> None:
    ws = load_values(export(snapshot(), "xlsx", Profile.FULL, lang))[text("sheet_measures", lang)]
    header = row_of(ws, text("heading", lang))
    status, scope = header.index(text("status", lang)), header.index(text("linked_activities", lang))
    by_name = {name: row_of(ws, name, 2) for name in ("Authentification à deux facteurs",
                                                      "Sauvegardes chiffrées hors site", "Charte informatique",
                                                      "Revue annuelle des habilitations")}  # fmt: skip
    assert by_name["Sauvegardes chiffrées hors site"][status] == enum_label(MeasureStatus.PLANNED, lang)
    applied = "T-001 Gestion de la paie\nT-002 Vidéoprotection des locaux"  # the draft too, in the full register
    assert by_name["Authentification à deux facteurs"][scope] == applied
    assert by_name["Charte informatique"][scope] == text("every_activity", lang)
    assert by_name["Revue annuelle des habilitations"][scope] == text("applied_to_none", lang)


def test_the_pdf_fiche_says_a_measure_is_planned() -> None:
    shown = document_text(export(snapshot(), "pdf", Profile.EXTRACT, "fr"), "pdf")
    assert "Sauvegardes chiffrées hors site (Prévue)" in shown


def test_the_full_json_keeps_the_suggestions_and_the_extract_does_not() -> None:
    """The full JSON is the lossless interchange format; the JSON extract states what the Article 30
    extract states, so a suggestion the DPO never declared is not in it."""
    full = json.loads(export_json(snapshot()))
    extract = json.loads(export_json(snapshot(), profile=Profile.EXTRACT))
    assert {m["name"] for m in full["measures"]} >= set(SUGGESTIONS)
    assert not {m["name"] for m in extract["measures"]} & set(SUGGESTIONS)
    assert {m["status"] for m in extract["measures"]} == {"in_place", "planned"}
