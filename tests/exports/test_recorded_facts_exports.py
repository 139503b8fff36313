"""Facts the register records, shown where a DPO expects them: the organisation's legal form, trade
names and websites; a retention rule's own label beside its category; an HDS certificate's
référentiel version; a subprocessor's fallback transfer tool beside its tool; a transfer's
destination by its catalogue name (an international organisation too), an unknown code as itself."""

from __future__ import annotations

import dataclasses

import pytest
from exports.declared_samples import FORMATS, document_text, export, pdf_pages, snapshot
from exports.xlsx.helpers import load_values, row_of

from register_app.domain import catalogues
from register_app.domain.catalogues import COUNTRIES, Entry
from register_app.exports import view
from register_app.exports.export_texts import text
from register_app.services.document import Profile

EPO = {"fr": "Organisation européenne des brevets", "en": "European Patent Organisation"}
FALLBACK = {
    "fr": "Data Privacy Framework UE–États-Unis (organisation certifiée) "
          "(outil de repli : Clauses contractuelles types (CCT))",
    "en": "EU-US Data Privacy Framework (certified organisation) (fallback: Standard contractual clauses (SCCs))",
}  # fmt: skip
HDS_V2 = {"fr": "Référentiel HDS v2 (2024)", "en": "HDS standard v2 (2024)"}


@pytest.fixture
def epo_in_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """The countries catalogue as it reads once it lists international organisations."""
    countries = catalogues.catalogue(COUNTRIES)
    epo = Entry("INT-EPO", EPO["fr"], EPO["en"], {"status": "adequate", "kind": "international_organisation"})
    extended = dataclasses.replace(countries, entries=(*countries.entries, epo))

    def with_epo(name: str) -> catalogues.Catalogue:
        return extended if name == COUNTRIES else catalogues.catalogue(name)

    monkeypatch.setattr(view, "catalogue", with_epo)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cover_and_the_list_sheet_name_the_organisation_fully(lang: str) -> None:
    cover = pdf_pages(export(snapshot(), "pdf", Profile.EXTRACT, lang))[0]
    colon = " : " if lang == "fr" else ": "
    assert f"{text('legal_form', lang)}{colon}Société par actions simplifiée" in cover
    assert f"{text('trade_names', lang)}{colon}Atelier Num, Numéria" in cover
    assert f"{text('websites', lang)}{colon}https://atelier.example https://numeria.example" in cover
    ws = load_values(export(snapshot(), "xlsx", Profile.EXTRACT, lang)).worksheets[0]
    assert row_of(ws, text("legal_form", lang))[1] == "Société par actions simplifiée"
    assert row_of(ws, text("trade_names", lang))[1] == "Atelier Num, Numéria"
    assert row_of(ws, text("websites", lang))[1] == "https://atelier.example\nhttps://numeria.example"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_retention_label_hds_version_and_fallback_tool(fmt: str, lang: str) -> None:
    shown = document_text(export(snapshot(), fmt, Profile.FULL, lang), fmt)
    colon = " : " if lang == "fr" else ": "
    assert f"Bulletins de paie{colon}{'5 ans en base active' if lang == 'fr' else '5 years in the active'}" in shown
    assert HDS_V2[lang] in shown
    assert FALLBACK[lang] in shown  # in the subprocessors annex and on the transfer it implies


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unknown_destination_code_shows_as_itself(fmt: str) -> None:
    shown = document_text(export(snapshot(), fmt, Profile.EXTRACT, "fr"), fmt)
    assert "INT-XYZ" in shown


@pytest.mark.usefixtures("epo_in_catalogue")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_international_organisation_shows_by_its_name(fmt: str, lang: str) -> None:
    shown = document_text(export(snapshot(), fmt, Profile.EXTRACT, lang), fmt)
    assert EPO[lang] in shown and "INT-EPO" not in shown
