"""The demo register: what a user opening it would notice, the flaws it keeps on purpose, and that it
survives the JSON round trip."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from support.engines import copy_register

from register_app.cli import main
from register_app.domain.catalogues import category_regime, country_status
from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    ContractStatus,
    DpiaStatus,
    DpoStatus,
    MeasureStatus,
)
from register_app.errors import RegisterExistsError
from register_app.exports.json_export import export_json
from register_app.services import demo
from register_app.services import records as r
from register_app.services.demo import DELIBERATE_GAPS, DemoGap, write_demo
from register_app.services.demo import build as demo_build
from register_app.services.interchange import import_document, parse_document
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import create_register, open_register


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> Iterator[r.Snapshot]:
    """The demo, as write_demo wrote it once for the run (its own data folder, like every test)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        register = open_register(copy_register(demo_by("démo"), folder / "demo.rgpd"), author="démo")
        try:
            yield take_snapshot(register)
        finally:
            register.close()


def activity(snapshot: r.Snapshot, reference: str) -> r.Activity:
    return next(a for a in snapshot.activities if a.reference == reference)


def subprocessor(snapshot: r.Snapshot, name: str) -> r.Subprocessor:
    return next(s for s in snapshot.subprocessors if s.name == name)


def measure(snapshot: r.Snapshot, name: str) -> r.Measure:
    return next(m for m in snapshot.measures if m.name == name)


def target_of(snapshot: r.Snapshot, gap: DemoGap) -> Any:
    candidates: dict[str, list[Any]] = {
        "activity": [a for a in snapshot.activities if a.reference == gap.target],
        "subprocessor": [s for s in snapshot.subprocessors if s.name == gap.target],
        "measure": [m for m in snapshot.measures if m.name == gap.target],
    }
    found = candidates[gap.kind]
    assert len(found) == 1, f"{gap.kind} {gap.target!r} found {len(found)} times"
    return found[0]


def resolve(record: Any, path: str) -> Any:
    """The value at a field path such as 'purposes[2].legal_basis'."""
    value = record
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", path):
        value = getattr(value, name)
        if index:
            value = value[int(index)]
    return value


def test_the_organisation_is_fully_identified(snapshot: r.Snapshot) -> None:
    org = snapshot.organisation
    identity = org.identity
    assert all((identity.name, identity.address, identity.postcode, identity.city, identity.phone, identity.email))
    assert identity.country == "FR"
    assert re.fullmatch(r"\d{9}", org.siren)
    assert org.dpo_status is DpoStatus.DESIGNATED and org.dpo.name and org.dpo.email and org.dpo_company
    assert org.representative == r.Contact()  # no EU representative needed


def test_activities_cover_both_registers_and_every_status(snapshot: r.Snapshot) -> None:
    acts = snapshot.activities
    assert len(acts) >= 12
    controller = [a for a in acts if a.role is ActivityRole.CONTROLLER]
    processor = [a for a in acts if a.role is ActivityRole.PROCESSOR]
    assert len(controller) >= 10
    assert len(processor) >= 3
    client_uids = {c.uid for c in snapshot.controllers}
    assert len(client_uids) >= 2
    assert all(a.client_uid in client_uids for a in processor)
    assert all(c.dpo_name and c.dpo_contact for c in snapshot.controllers)
    statuses = [a.status for a in acts]
    assert statuses.count(ActivityStatus.DRAFT) == 1
    assert statuses.count(ActivityStatus.RETIRED) == 1
    assert all(a.name and a.description and a.owner_name and a.department for a in acts)
    assert all(a.purposes and a.data_subjects and a.data_categories and a.recipients for a in acts)


def test_activities_carry_the_detail_a_dpo_records(snapshot: r.Snapshot) -> None:
    acts = snapshot.activities
    purposes = [p for a in acts for p in a.purposes]
    assert len({p.legal_basis for p in purposes} - {None}) >= 5
    legitimate = [p for p in purposes if p.legal_basis == "legitimate_interest"]
    assert legitimate and all(p.legitimate_interest and p.balancing_test for p in legitimate)
    assert all(s.estimated_count for a in acts for s in a.data_subjects)
    assert all(c.description for a in acts for c in a.data_categories)
    assert any(a.art9_condition == "health_care" for a in acts)
    payroll = activity(snapshot, "T-001")
    assert "nir" in {c.code for c in payroll.data_categories} and payroll.nir_justification
    offences = [a for a in acts if any(category_regime(c.code) == "art10" for c in a.data_categories)]
    assert offences and all(a.art10_justification for a in offences)
    rules = [rule for a in acts for rule in a.retention]
    assert any(rule.active and rule.start_event and rule.final_fate and rule.source for rule in rules)
    assert any(rule.archive and rule.reference_code for rule in rules)
    assert any(rule.criterion and rule.start_event and not rule.active and not rule.archive for rule in rules)
    dpias = [a.dpia for a in acts]
    assert any(d.status is DpiaStatus.DONE and d.completed_on and d.reference and d.list_match for d in dpias)
    assert any(d.list_match and d.list_match.startswith("ex_") for d in dpias)
    assert all(a.last_review for a in acts)
    transfers = [t for a in acts for t in a.transfers]
    assert {"dpf", "scc"} <= {t.tool for t in transfers}


def test_subprocessors_show_hosting_contracts_and_certificates(snapshot: r.Snapshot) -> None:
    today = date.today()
    subs = snapshot.subprocessors
    assert len(subs) >= 8
    hds = [
        s for s in subs
        if any(c.kind == "hds" and c.hds_scopes and c.expires and c.expires > today for c in s.certifications)
        and any(c.kind == "iso27001" for c in s.certifications)
        and {h.country for h in s.countries} == {"FR"}
    ]  # fmt: skip
    assert hds
    dpf = [s for s in subs if s.transfer_tool == "dpf" and s.dpf_certified]
    assert dpf and all({h.country for h in s.countries} == {"US"} for s in dpf)
    assert any(c.expires and c.expires < today for s in subs for c in s.certifications)
    assert any(s.uses_uids for s in subs)
    assert all(s.measure_uids for s in subs)
    signed = [s for s in subs if s.contract_status is ContractStatus.SIGNED and s.contract_signed]
    assert {s.name for s in subs} - {s.name for s in signed} == {demo.PIXELUNE}
    linked = {uid for a in snapshot.activities for uid in a.subprocessor_uids}
    assert {s.uid for s in subs} <= linked


def test_many_catalogue_measures_are_linked_with_notes(snapshot: r.Snapshot) -> None:
    by_uid = {m.uid: m for m in snapshot.measures}
    links = [link for a in snapshot.activities for link in a.measures]
    linked = {link.measure_uid for link in links}
    assert len({uid for uid in linked if by_uid[uid].catalogue_code}) >= 25
    assert all(link.note for link in links)
    own = [m for m in snapshot.measures if m.catalogue_code is None]
    assert 1 <= len(own) <= 2
    assert any(m.status is MeasureStatus.PLANNED for m in own)
    assert {m.uid for m in own} <= linked
    assert any(m.organisation_wide and m.evidence and m.review_date for m in snapshot.measures)


@pytest.mark.parametrize("gap", DELIBERATE_GAPS, ids=lambda g: f"{g.target}-{g.field}")
def test_each_deliberate_gap_points_at_an_existing_object(snapshot: r.Snapshot, gap: DemoGap) -> None:
    resolve(target_of(snapshot, gap), gap.field)  # raises if the field path does not exist
    assert gap.description.endswith(".")


def test_the_deliberate_gaps_are_really_there(snapshot: r.Snapshot) -> None:
    today = date.today()
    assert len(DELIBERATE_GAPS) >= 10
    assert activity(snapshot, "T-003").purposes[2].legal_basis is None
    newsletter = activity(snapshot, "T-004")
    assert "internet" in {c.code for c in newsletter.data_categories}
    assert "internet" not in {rule.category for rule in newsletter.retention}
    support = activity(snapshot, "T-006")
    indefinite = support.retention[3]
    assert "indéfinie" in indefinite.criterion and indefinite.start_event is None
    assert indefinite.active is None and indefinite.archive is None
    assert country_status(support.transfers[1].country) == "third" and support.transfers[1].tool is None
    assert today - activity(snapshot, "T-008").last_review > timedelta(days=365)  # type: ignore[operator]
    logging_dpia = activity(snapshot, "T-009").dpia
    assert len(logging_dpia.criteria) >= 2 and logging_dpia.status is DpiaStatus.NOT_STARTED
    events = activity(snapshot, "T-011")
    assert "health" in {c.code for c in events.data_categories} and events.art9_condition is None
    visiolien = subprocessor(snapshot, demo.VISIOLIEN)
    assert visiolien.uid in activity(snapshot, "T-015").subprocessor_uids
    assert not any(c.kind == "hds" for c in visiolien.certifications)
    assert subprocessor(snapshot, demo.PIXELUNE).contract_status is not ContractStatus.SIGNED
    assert subprocessor(snapshot, demo.MAILORA).certifications[0].expires < today  # type: ignore[operator]
    assert "SSL" in measure(snapshot, demo.SSL_MEASURE).description


def test_dates_follow_the_day_the_demo_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Later(date):
        @classmethod
        def today(cls) -> Later:
            return cls(2041, 3, 31)

    monkeypatch.setattr(demo_build, "date", Later)
    register = write_demo(tmp_path / "later.rgpd")
    try:
        later = take_snapshot(register)
    finally:
        register.close()
    mailora = subprocessor(later, demo.MAILORA).certifications[0]
    assert mailora.expires == date(2041, 1, 28)
    hexacloud = subprocessor(later, "Hexacloud Santé SAS")
    assert date(2041, 4, 30) in {c.expires for c in hexacloud.certifications}
    assert activity(later, "T-008").last_review == date(2040, 1, 28)
    dates = [a.last_review for a in later.activities]
    dates += [c.expires for s in later.subprocessors for c in s.certifications]
    assert all(date(2035, 1, 1) < d < date(2045, 1, 1) for d in dates if d)


def test_the_demo_survives_a_json_round_trip(snapshot: r.Snapshot, tmp_path: Path) -> None:
    first = export_json(snapshot)
    copy = create_register(tmp_path / "copy.rgpd", author="import")
    try:
        import_document(copy, parse_document(first))
        second = export_json(take_snapshot(copy))
    finally:
        copy.close()
    assert second == first


def test_an_existing_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "demo.rgpd"
    path.write_bytes(b"precious")
    with pytest.raises(RegisterExistsError):
        write_demo(path)
    assert path.read_bytes() == b"precious"


def test_the_cli_writes_the_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "d.rgpd"
    assert main(["--author", "démo", "demo", str(path)]) == 0
    assert "Solvéa Santé SAS" in capsys.readouterr().out
    assert main(["info", str(path), "--lang", "en"]) == 0
    assert "Activities:      17 (15 active, 1 draft, 1 retired)" in capsys.readouterr().out
