"""A transfer's destination can be an international organisation (GDPR Art. 30(1)(e)): the transfer
editor lists the catalogue's organisations after the countries, under their own heading, while the
combos for an address or a host keep to countries. The organisation is injected into a copy of the
catalogue, so the test holds whatever the shipped catalogue contains."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from register_app.domain import catalogues
from register_app.services import records as r

ORG = {"code": "INT-TST", "fr": "Organisation européenne d'essai", "en": "European Test Organisation",
       "kind": "international_organisation", "status": "adequate"}  # fmt: skip


@pytest.fixture
def with_organisation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "catalogues"
    shutil.copytree(catalogues.CATALOGUE_DIR, folder)
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    countries["entries"].append(ORG)
    (folder / "countries.json").write_text(json.dumps(countries, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(catalogues, "CATALOGUE_DIR", folder)
    catalogues.catalogue.cache_clear()
    yield
    catalogues.catalogue.cache_clear()


def codes(combo: Any) -> list[Any]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_transfer_destinations_offer_organisations_after_the_countries(qtbot: Any, with_organisation: None) -> None:
    from register_app.ui.activity_recipients import TransferRow
    from register_app.ui.organisation_page import ContactForm
    from register_app.ui.subprocessor_dialog import HostingRow
    from register_app.ui.widgets import ErrorMap

    row = TransferRow()
    qtbot.addWidget(row)
    combo = row.country
    listed = codes(combo)
    position = listed.index("INT-TST")
    heading = next(i for i in range(combo.count()) if combo.itemText(i) == "International organisations")
    assert heading < position
    assert not combo.model().item(heading).isEnabled()
    assert combo.itemData(heading - 1, Qt.ItemDataRole.AccessibleDescriptionRole) == "separator"
    assert "US" in listed[:heading] and "FR" in listed[:heading]
    assert combo.itemText(position) == "European Test Organisation (adequate)"
    row.load(r.Transfer(recipient="EPO", country="INT-TST"))
    assert row.value().country == "INT-TST"
    assert row.status.text().startswith("Adequacy decision")

    address, host = ContactForm("Organisation", ErrorMap(), "identity", None), HostingRow()
    for form in (address, host):
        qtbot.addWidget(form)
        assert "INT-TST" not in codes(form.country) and "FR" in codes(form.country)


def test_without_organisations_in_the_catalogue_there_is_no_empty_heading(qtbot: Any) -> None:
    from register_app.ui.activity_recipients import TransferRow

    row = TransferRow()
    qtbot.addWidget(row)
    combo = row.country
    organisations = [e for e in catalogues.catalogue("countries") if e.get("kind") == "international_organisation"]
    headings = [i for i in range(combo.count()) if combo.itemText(i) == "International organisations"]
    assert len(headings) == (1 if organisations else 0)
