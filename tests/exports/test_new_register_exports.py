"""A brand-new register (organisation name only, measure catalogue loaded, DPO not yet decided, no
activity) exported in every format, language and profile states nothing nobody declared: no
measure, no DPO designation (nor its absence), no empty list of activities, no activity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from exports.declared_samples import FORMATS, document_text, export, pdf_pages
from pypdf import PdfReader

from register_app.domain.enums import DpoStatus, MeasureStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot


@pytest.fixture(scope="module")
def brand_new(tmp_path_factory: pytest.TempPathFactory) -> r.Snapshot:
    register = new_register(tmp_path_factory.mktemp("new") / "new.rgpd", organisation="Boulangerie Dupain SARL")
    try:
        return take_snapshot(register)
    finally:
        register.close()


def test_a_new_register_holds_catalogue_suggestions_only(brand_new: r.Snapshot) -> None:
    assert len(brand_new.measures) > 50 and not brand_new.activities
    assert {m.status for m in brand_new.measures} == {MeasureStatus.NOT_DECLARED}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("profile", list(Profile))
def test_a_new_register_exports_nothing_undeclared(brand_new: r.Snapshot, fmt: str, lang: str, profile: Profile):
    data = export(brand_new, fmt, profile, lang)
    everything = document_text(data, fmt, hidden=True)
    assert "Boulangerie Dupain SARL" in everything
    assert [m.name for m in brand_new.measures if m.name in everything] == []
    for status in (MeasureStatus.IN_PLACE, MeasureStatus.PLANNED):
        assert enum_label(status, lang) not in everything
    shown = document_text(data, fmt)
    assert text("dpo_not_recorded", lang) in shown
    claims = (text("no_dpo", lang), "Un délégué à la protection des données est désigné",
              "A data protection officer is designated", "DPO désigné", "DPO designated")  # fmt: skip
    for designation in claims:
        assert designation not in shown
    assert f"{text('linked_activities', lang)} —" not in shown
    assert "T-001" not in everything
    count = f"{text('activity_count', lang)} 0"
    if fmt == "pdf":
        cover, *rest = pdf_pages(data)
        assert count in cover
        empty = "no_activity" if profile is Profile.FULL else "no_active_activity"
        assert text(empty, lang) in " ".join(rest)
        assert text("no_measures", lang) in " ".join(rest)  # the measures annex, heading by heading
    else:
        assert count in shown


def test_a_new_register_pdf_has_the_organisation_as_author(brand_new: r.Snapshot, tmp_path: Path) -> None:
    (tmp_path / "new.pdf").write_bytes(export(brand_new, "pdf", Profile.EXTRACT, "fr"))
    meta = PdfReader(tmp_path / "new.pdf").metadata
    assert meta is not None and meta.author == "Boulangerie Dupain SARL"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cover_asks_the_controllers_approval_until_a_dpo_is_designated(brand_new: r.Snapshot, lang: str) -> None:
    cover = pdf_pages(export(brand_new, "pdf", Profile.EXTRACT, lang))[0]
    assert text("signature_controller", lang) in cover and text("signature", lang) not in cover
    organisation = dataclasses.replace(
        brand_new.organisation, dpo_status=DpoStatus.DESIGNATED, dpo=r.Contact(name="Claire Martin")
    )
    designated = dataclasses.replace(brand_new, organisation=organisation)
    assert text("signature", lang) in pdf_pages(export(designated, "pdf", Profile.EXTRACT, lang))[0]
