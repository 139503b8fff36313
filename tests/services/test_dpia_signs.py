"""DPIA signs read from an activity's records, and the catalogues that say what shows each one."""

from __future__ import annotations

from services.checks.check_builders import NEWSLETTER, activity, clean

from register_app.domain.catalogues import (
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CNIL_LISTS,
    DPIA_CRITERIA,
    DPIA_SIGNS,
    catalogue,
)
from register_app.services import records as r
from register_app.services.dpia_signs import cnil_list_matches, dpia_signs


def test_each_sign_points_to_an_edpb_criterion_and_each_list_reading_to_known_codes() -> None:
    criteria = {e.code for e in catalogue(DPIA_CRITERIA)}
    signs = {e.code for e in catalogue(DPIA_SIGNS)}
    assert all(e.get("criterion") in criteria for e in catalogue(DPIA_SIGNS))
    known = {"signs": signs, "categories": {e.code for e in catalogue(DATA_CATEGORIES)},
             "subjects": {e.code for e in catalogue(DATA_SUBJECTS)},
             "sources": {e.code for e in catalogue(DATA_SOURCES)} | {"external"}}  # fmt: skip
    readings = [e.get("read_from_register") for e in catalogue(DPIA_CNIL_LISTS) if e.get("read_from_register")]
    assert len(readings) >= 4
    for conditions in readings:
        for condition in conditions:
            assert set(condition) <= {*known, "terms"}
            assert all(set(condition.get(key, ())) <= codes for key, codes in known.items()), condition
    assert {e.code for e in catalogue(DATA_SOURCES) if e.get("external")} == {
        "third_party",
        "public_sources",
        "partners",
    }


def test_a_profiling_activity_fed_by_a_bought_list() -> None:
    profiling = r.ActivityInput(
        name="Profilage à des fins de prospection commerciale",
        purposes=(r.Purpose(description="Profilage à des fins de prospection commerciale"),),
        data_subjects=(r.DataSubject(code="customers"), r.DataSubject(code="prospects")),
        data_categories=(r.DataCategory(code="civil_status"), r.DataCategory(code="connection")),
        data_sources=(
            r.CodedItem(code="data_subject", precision="formulaires d'inscription et de contact du site"),
            r.CodedItem(code="other", precision="achat de base de données client"),
        ),
    )
    signs = dpia_signs(profiling)
    assert [(s.code, s.criterion) for s in signs] == [
        ("profiling", "evaluation_scoring"),
        ("external_sources", "matching_combining"),
    ]
    assert signs[1].evidence[0] == "la source des données « Autre (à préciser) : achat de base de données client »"
    assert cnil_list_matches(profiling) == ("req_profiling_external_data",)


def test_an_ordinary_newsletter_shows_no_sign() -> None:
    assert dpia_signs(activity(clean(), NEWSLETTER)) == ()
    assert cnil_list_matches(activity(clean(), NEWSLETTER)) == ()
