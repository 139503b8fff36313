"""One snapshot index for the checks and the exports: a sub-processor down the chain hosting the
activity's data outside the EEA is an onward transfer of that data (Art. 44 GDPR). The checks ask
for it to be recorded, and until it is, the register's exports show it, marked as made by that
sub-processor through the activity's own subprocessor; once recorded, neither does."""

from __future__ import annotations

from exports.xlsx.helpers import load, rows
from services.checks.check_builders import (
    HOST,
    HOSTING,
    MAILER,
    activity,
    clean,
    hits,
    with_activity,
    with_subprocessor,
)

from register_app.exports.view import RegisterView
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.checks.register_index import RegisterIndex
from register_app.services.document import Profile
from register_app.services.snapshot_index import SnapshotIndex

# T-003 is hosted by Nuage Santé (France), which uses Mailer Inc. (United States).
CHAINED = with_subprocessor(clean(), HOST, uses_uids=(MAILER,))


def test_the_chain_is_followed_with_who_leads_where() -> None:
    index = SnapshotIndex(CHAINED)
    reached = [(x.subprocessor.uid, x.through.uid if x.through else None)
               for x in index.reached(activity(CHAINED, HOSTING))]  # fmt: skip
    assert reached == [(HOST, None), (MAILER, HOST)]
    [implied] = index.implied_transfers(activity(CHAINED, HOSTING))
    assert (implied.made_by.uid, implied.country, implied.through and implied.through.uid) == (MAILER, "US", HOST)


def test_checks_and_exports_see_the_same_onward_transfer() -> None:
    hosting = activity(CHAINED, HOSTING)
    assert [(sub.uid, countries) for sub, countries in RegisterIndex(CHAINED).missing_transfers(hosting)] == [
        (MAILER, ("US",))
    ]
    assert [f.object_ref for f in hits(CHAINED, "TRANSFER-NOT-RECORDED")] == [HOSTING]
    [line] = RegisterView(CHAINED).transfers(hosting)
    assert (line.recipient, line.country, line.recorded) == ("Mailer Inc.", "US", False)
    assert line.origin("fr") == ("Transfert ultérieur : déduit de l'hébergement ou de l'accès par ce sous-traitant "
                                 "ultérieur de Nuage Santé SAS")  # fmt: skip


def test_the_workbook_shows_the_onward_transfer_marked_as_such() -> None:
    values = rows(load(export_xlsx(CHAINED, Profile.FULL, "en"))["Transfers outside the EU"])
    [row] = [row for row in values if row[0] and str(row[0]).startswith(HOSTING)]
    assert row[1:3] == ["Mailer Inc.", "United States"]
    assert row[6] == "Onward transfer: derived from the hosting or access of this sub-processor of Nuage Santé SAS"


def test_a_recorded_onward_transfer_is_neither_a_finding_nor_derived_again() -> None:
    recorded = r.Transfer(recipient="Mailer Inc.", country="US", tool="scc", subprocessor_uid=MAILER)
    snapshot = with_activity(CHAINED, HOSTING, transfers=(recorded,))
    assert hits(snapshot, "TRANSFER-NOT-RECORDED") == []
    lines = RegisterView(snapshot).transfers(activity(snapshot, HOSTING))
    assert [(x.recipient, x.recorded) for x in lines] == [("Mailer Inc.", True)]


def test_a_direct_subprocessor_transfer_is_derived_without_a_chain() -> None:
    snapshot = with_activity(clean(), HOSTING, subprocessor_uids=(HOST, MAILER))
    [line] = RegisterView(snapshot).transfers(activity(snapshot, HOSTING))
    assert line.through is None and line.origin("en") == "Derived from the subprocessor's hosting or access"
