"""Transfers outside the EEA: a tool that applies, the DPF only for certified vendors, a transfer
impact assessment where one is expected, and every subprocessor country recorded."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from services.checks.check_builders import (
    HOST,
    HOSTING,
    MAILER,
    NEWSLETTER,
    clean,
    hits,
    where,
    with_activity,
    with_subprocessor,
)

from register_app.domain import catalogues
from register_app.domain.enums import CountryRole
from register_app.services import records as r


def transfer(**fields: Any) -> r.Transfer:
    base = {
        "recipient": "Mailer Inc.",
        "country": "US",
        "tool": "scc",
        "tia_reference": "AIT-1",
        "subprocessor_uid": MAILER,
    }
    return r.Transfer(**(base | fields))


def test_a_transfer_to_a_third_country_needs_a_tool() -> None:
    snapshot = with_activity(clean(), NEWSLETTER, transfers=(transfer(tool=None),))
    [finding] = hits(snapshot, "TRANSFER-TOOL-MISSING")
    assert where([finding]) == [(NEWSLETTER, "transfers[0].tool")]
    assert finding.message_fr == (
        "Le transfert (pays : États-Unis, destinataire : Mailer Inc.) n'est encadré par aucun outil de transfert."
    )
    # Switzerland is adequate: no tool to choose.
    adequate = with_activity(clean(), NEWSLETTER, transfers=(transfer(country="CH", tool=None),))
    assert hits(adequate, "TRANSFER-TOOL-MISSING") == []


def test_a_subprocessor_in_a_third_country_needs_a_tool() -> None:
    snapshot = with_subprocessor(clean(), MAILER, transfer_tool=None)
    assert where(hits(snapshot, "TRANSFER-TOOL-MISSING")) == [("Mailer Inc.", "transfer_tool")]
    in_the_uk = with_subprocessor(snapshot, MAILER, countries=(r.HostingCountry(country="GB"),))
    assert hits(with_activity(in_the_uk, NEWSLETTER, transfers=()), "TRANSFER-TOOL-MISSING") == []


def test_adequacy_and_the_dpf_only_cover_their_countries() -> None:
    us_adequacy = with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="adequacy"),))
    [finding] = hits(us_adequacy, "TRANSFER-TOOL-INAPPLICABLE")
    assert finding.field == "transfers[0].tool" and "Data Privacy Framework" in finding.message_fr
    dpf_to_india = with_activity(clean(), NEWSLETTER, transfers=(transfer(country="IN", tool="dpf"),))
    assert "Inde" in hits(dpf_to_india, "TRANSFER-TOOL-INAPPLICABLE")[0].message_fr
    japan = with_activity(clean(), NEWSLETTER, transfers=(transfer(country="JP", tool="adequacy"),))
    assert hits(japan, "TRANSFER-TOOL-INAPPLICABLE") == []


def test_a_subprocessor_tool_must_cover_all_its_third_countries() -> None:
    both = (r.HostingCountry(country="US"), r.HostingCountry(country="IN", role=CountryRole.ACCESS))
    snapshot = with_subprocessor(clean(), MAILER, transfer_tool="dpf", dpf_certified=True, countries=both)
    assert where(hits(snapshot, "TRANSFER-TOOL-INAPPLICABLE")) == [("Mailer Inc.", "transfer_tool")]
    us_only = with_subprocessor(snapshot, MAILER, countries=both[:1])
    assert hits(us_only, "TRANSFER-TOOL-INAPPLICABLE") == []


def test_the_dpf_needs_a_certified_vendor() -> None:
    relying = with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="dpf", tia_reference=""),))
    relying = with_subprocessor(relying, MAILER, transfer_tool="dpf")
    assert where(hits(relying, "TRANSFER-DPF-NOT-CERTIFIED")) == [
        (NEWSLETTER, "transfers[0].tool"),
        ("Mailer Inc.", "dpf_certified"),
    ]
    certified = with_subprocessor(relying, MAILER, dpf_certified=True)
    assert hits(certified, "TRANSFER-DPF-NOT-CERTIFIED") == []


def test_clauses_need_a_transfer_impact_assessment() -> None:
    snapshot = with_activity(clean(), NEWSLETTER, transfers=(transfer(tia_reference=" "),))
    [finding] = hits(snapshot, "TRANSFER-TIA-MISSING")
    assert finding.field == "transfers[0].tia_reference" and finding.severity == "warning"
    # A derogation of Art. 49 is not followed by an assessment.
    derogation = with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="derogation_consent", tia_reference=""),))
    assert hits(derogation, "TRANSFER-TIA-MISSING") == []


def test_subprocessor_countries_outside_the_eea_appear_among_the_transfers() -> None:
    unrecorded = with_activity(clean(), NEWSLETTER, transfers=())
    [finding] = hits(unrecorded, "TRANSFER-NOT-RECORDED")
    assert where([finding]) == [(NEWSLETTER, "transfers")]
    assert "Mailer Inc. (États-Unis)" in finding.message_fr
    # A recorded transfer to the country, naming no subprocessor, counts.
    unnamed = with_activity(clean(), NEWSLETTER, transfers=(transfer(subprocessor_uid=None),))
    assert hits(unnamed, "TRANSFER-NOT-RECORDED") == []


def test_a_sub_processor_used_by_a_subprocessor_counts_too() -> None:
    chained = with_subprocessor(clean(), HOST, uses_uids=(MAILER,))
    assert where(hits(chained, "TRANSFER-NOT-RECORDED")) == [(HOSTING, "transfers")]
    recorded = with_activity(chained, HOSTING, transfers=(transfer(),))
    assert hits(recorded, "TRANSFER-NOT-RECORDED") == []


def test_a_vendor_on_the_dpf_needs_a_fallback_and_the_finding_quotes_the_challenge() -> None:
    relying = with_subprocessor(clean(), MAILER, transfer_tool="dpf", dpf_certified=True)
    relying = with_activity(relying, NEWSLETTER, transfers=(transfer(tool="dpf", tia_reference=""),))
    [finding] = hits(relying, "TRANSFER-FALLBACK-MISSING")  # said once, on the vendor the transfer names
    assert (finding.object_ref, finding.field, finding.severity) == ("Mailer Inc.", "transfer_fallback", "warning")
    assert "Latombe, T-553/23" in finding.message_fr and "C-703/25 P" in finding.message_fr
    assert "Trump v. Slaughter" in finding.message_en and "(as of 2 December 2026)" in finding.message_en
    assert hits(with_subprocessor(relying, MAILER, transfer_fallback="scc"), "TRANSFER-FALLBACK-MISSING") == []
    unnamed = with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="dpf", subprocessor_uid=None),))
    assert where(hits(unnamed, "TRANSFER-FALLBACK-MISSING")) == [(NEWSLETTER, "transfers[0].tool")]
    assert hits(clean(), "TRANSFER-FALLBACK-MISSING") == []  # clauses are not under challenge


@pytest.fixture
def organisations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The countries catalogue with two international organisations, as the catalogue records them
    (a code of the form INT-..., the kind marker, a transfer status)."""
    folder = tmp_path / "catalogues"
    shutil.copytree(catalogues.CATALOGUE_DIR, folder)
    path = folder / "countries.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"] += [
        {"code": "INT-EPO", "fr": "Organisation européenne des brevets", "en": "European Patent Organisation",
         "kind": "international_organisation", "status": "adequate"},
        {"code": "INT-UN", "fr": "Organisation des Nations unies", "en": "United Nations",
         "kind": "international_organisation", "status": "third"},
    ]  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(catalogues, "CATALOGUE_DIR", folder)
    catalogues.catalogue.cache_clear()
    yield
    catalogues.catalogue.cache_clear()


@pytest.mark.usefixtures("organisations")
def test_an_international_organisation_is_a_destination_of_the_catalogue() -> None:
    epo = transfer(recipient="OEB", country="INT-EPO", tool=None, subprocessor_uid=None)
    adequate = with_activity(clean(), NEWSLETTER, transfers=(epo,))
    assert hits(adequate, "TRANSFER-TOOL-MISSING") == []
    assert hits(with_activity(clean(), NEWSLETTER, transfers=(transfer(tool="adequacy", country="INT-EPO"),)),
                "TRANSFER-TOOL-INAPPLICABLE") == []  # fmt: skip
    un = with_activity(clean(), NEWSLETTER, transfers=(transfer(recipient="ONU", country="INT-UN", tool=None),))
    [finding] = hits(un, "TRANSFER-TOOL-MISSING")
    assert finding.message_fr.startswith(
        "Le transfert (organisation internationale : Organisation des Nations unies, destinataire : ONU)"
    )
    assert finding.message_en.startswith("The transfer (international organisation: United Nations, recipient: ONU)")
