"""The snapshot reads activities in bulk, as plain rows, while the editor reads one activity through
the ORM: both must give the same record, or an export would differ from what the DPO edited."""

from __future__ import annotations

from pathlib import Path

from support.factories import full_activity, full_controller, full_measure, full_subprocessor

from register_app.services import records as r
from register_app.services.activities import create_activity, get_activity
from register_app.services.measures import create_measure
from register_app.services.organisation import create_controller
from register_app.services.snapshot import take_snapshot
from register_app.services.subprocessors import create_subprocessor, get_subprocessor
from register_app.store.register_file import RegisterFile, open_register


def read_one_by_one(register: RegisterFile, snapshot: r.Snapshot) -> tuple[r.Activity, ...]:
    return tuple(get_activity(register, uid=activity.uid) for activity in snapshot.activities)


def test_bulk_activities_equal_those_the_editor_reads(register: RegisterFile) -> None:
    # Namesakes, so that the order of linked objects must come from their uid, as in the editor.
    twin_controllers = [
        create_controller(register, data=full_controller()).uid for _ in range(3)
    ]
    twin_processors = [create_subprocessor(register, data=full_subprocessor()).uid for _ in range(3)]
    twin_measures = [create_measure(register, data=full_measure()).uid for _ in range(3)]
    create_activity(
        register,
        data=full_activity(
            reference="B-02",
            client=twin_controllers[0],
            joint=tuple(reversed(twin_controllers)),
            subprocessors=tuple(reversed(twin_processors)),
            measures=tuple(reversed(twin_measures)),
        ),
    )
    create_activity(register, data=r.ActivityInput(reference="A-01", name="Empty"))
    create_activity(register, data=full_activity(reference="C-03", subprocessors=(twin_processors[1],)))

    snapshot = take_snapshot(register)

    assert [a.reference for a in snapshot.activities] == ["A-01", "B-02", "C-03"]
    assert snapshot.activities == read_one_by_one(register, snapshot)
    linked = snapshot.activities[1]
    assert linked.joint_controller_uids == tuple(sorted(twin_controllers))
    assert linked.subprocessor_uids == tuple(sorted(twin_processors))
    assert [link.measure_uid for link in linked.measures] == sorted(twin_measures)
    assert linked.transfers[0].subprocessor_uid == twin_processors[2]
    assert snapshot.activities[0].purposes == () and snapshot.activities[0].client_uid is None
    assert snapshot.subprocessors == tuple(
        sorted((get_subprocessor(register, uid=uid) for uid in twin_processors), key=lambda s: (s.name, s.uid))
    )


def test_bulk_read_of_the_demo_equals_the_editor(demo_path: Path) -> None:
    register = open_register(demo_path)
    try:
        snapshot = take_snapshot(register)
        assert len(snapshot.activities) == 17
        assert snapshot.activities == read_one_by_one(register, snapshot)
    finally:
        register.close()
