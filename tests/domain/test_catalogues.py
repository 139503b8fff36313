"""The shipped reference catalogues: complete, bilingual, consistent with each other."""

from __future__ import annotations

import pytest

from register_app.domain.catalogues import (
    COUNTRIES,
    DATA_CATEGORIES,
    RETENTION_REFERENCES,
    SECURITY_MEASURES,
    START_EVENTS,
    catalogue,
    catalogue_names,
    category_regime,
    country_code,
    country_kind,
    country_status,
)
from register_app.domain.enums import CnilHeading, MeasureCategory

EU_27 = {
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
}


@pytest.mark.parametrize("name", catalogue_names())
def test_every_catalogue_is_dated_sourced_bilingual_and_unique(name: str) -> None:
    cat = catalogue(name)
    assert cat.version and cat.sources
    codes = [e.code for e in cat]
    assert len(codes) == len(set(codes))
    assert all(e.fr.strip() and e.en.strip() for e in cat)


def test_countries_and_their_transfer_status() -> None:
    eea = {e.code for e in catalogue(COUNTRIES) if e.get("status") == "eea" and not e.get("eu_part_of")}
    assert eea == EU_27 | {"IS", "LI", "NO"}
    assert len(catalogue(COUNTRIES)) >= 240
    assert country_status("FR") == "eea" and country_status("CH") == "adequate" and country_status("GB") == "adequate"
    assert country_status("US") == "third"  # adequate only for DPF-certified organisations
    assert catalogue(COUNTRIES).get("US").get("adequacy")["partial"] is True  # type: ignore[union-attr]
    assert country_status("CN") == "third" and country_status("??") == "third"
    assert catalogue(COUNTRIES).meta["status_as_of"]


def test_three_sensitive_regimes() -> None:
    assert category_regime("health") == "art9"
    assert category_regime("criminal_convictions") == "art10"
    assert category_regime("nir") == "nir"
    assert category_regime("civil_status") == "standard"
    assert sum(1 for e in catalogue(DATA_CATEGORIES) if e.get("regime") == "art9") == 8


def test_measure_catalogue_covers_the_seven_cnil_headings() -> None:
    measures = list(catalogue(SECURITY_MEASURES))
    assert len(measures) >= 35
    for heading in CnilHeading:
        assert sum(1 for m in measures if m.get("heading") == heading.value) >= 3, heading
    assert all(MeasureCategory(m.get("category")) for m in measures)
    assert {"tls_https", "mfa", "admin_vpn", "encryption_at_rest", "hds_hosting"} <= {m.code for m in measures}
    assert all(m.text("description", "fr") and m.text("description", "en") for m in measures)


def test_retention_references_point_at_known_codes() -> None:
    for ref in catalogue(RETENTION_REFERENCES):
        assert ref.get("start_event") in catalogue(START_EVENTS)
        assert ref.get("category") is None or ref.get("category") in catalogue(DATA_CATEGORIES)
        assert ref.get("source_fr") and ref.get("source_en")


@pytest.mark.parametrize(("text", "code"), [
    ("USA", "US"), ("UK", "GB"), ("États-Unis", "US"), ("Etats Unis", "US"), ("ETATS-UNIS.", "US"),
    ("United States of America", "US"), ("Royaume-Uni", "GB"), ("Allemagne", "DE"), ("DEU", "DE"), ("de", "DE"),
    ("Germany", "DE"), ("Corée du Sud", "KR"), ("Republic of Korea", "KR"), ("ile de man", "IM"), ("CHE", "CH"),
    ("Office européen des brevets", "INT-EPO"), ("OMS", "INT-WHO"), ("Atlantide", None), ("", None),
])  # fmt: skip
def test_countries_are_found_by_name_alias_and_iso_code(text: str, code: str | None) -> None:
    assert country_code(text) == code


def test_every_country_has_its_alpha3_code_and_no_name_points_at_two_countries() -> None:
    countries = [e for e in catalogue(COUNTRIES) if country_kind(e.code) == "country"]
    alpha3 = [e.get("alpha3") for e in countries]
    assert all(isinstance(a, str) and len(a) == 3 and a.isupper() for a in alpha3)
    assert len(set(alpha3)) == len(countries)
    for entry in catalogue(COUNTRIES):
        for name in (entry.fr, entry.en, *entry.get("aliases", ())):
            assert country_code(name) == entry.code, name


def test_international_organisations_are_transfer_destinations_not_addresses() -> None:
    epo = catalogue(COUNTRIES).get("INT-EPO")
    assert epo is not None and country_kind("INT-EPO") == "international_organisation"
    assert country_status("INT-EPO") == "adequate" and "2025/1382" in epo.get("adequacy")["decision"]
    assert {country_status(c) for c in ("INT-UN", "INT-WHO", "INT-OECD")} == {"third"}
    assert country_kind("FR") == "country"
    organisations = [e.code for e in catalogue(COUNTRIES) if country_kind(e.code) != "country"]
    assert all(code.startswith("INT-") and len(code) > 3 for code in organisations)
    assert country_code("OECD") == "INT-OECD" and country_code("OECD", organisations=False) is None
    assert any("2025/1382" in source for source in catalogue(COUNTRIES).sources)
