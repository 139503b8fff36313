"""What each undoable edit does and how it is undone, without Qt (so it is tested without a GUI).

An edit calls services only. `apply` does (or redoes) it, `revert` undoes it; both return the
`Change` the screens need to refresh. The Qt undo commands in `undo.py` are thin wrappers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from register_app.domain.enums import MeasureStatus
from register_app.services import activities, breaches, measures, organisation, rights_requests, subprocessors
from register_app.services import records as r
from register_app.store.register_file import RegisterFile

ACTIVITY = "activity"
SUBPROCESSOR = "subprocessor"
MEASURE = "measure"
CONTROLLER = "controller"
ORGANISATION = "organisation"
BREACH = "breach"
RIGHTS_REQUEST = "rights_request"


@dataclass(frozen=True)
class Change:
    """What an edit touched: the kinds of objects (a page reloads when its kind is in there) and the
    object the edit was about, so a page can select it."""

    kinds: frozenset[str]
    uid: str | None = None

    def concerns(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


def editable(record: Any, input_type: type[Any]) -> Any:
    """The input part of a record (drops uid and timestamps)."""
    names = {f.name for f in dataclasses.fields(input_type)}
    return input_type(**{name: getattr(record, name) for name in names})


@dataclass(frozen=True)
class Kind:
    """The service functions of one aggregate, so the edits below are written once."""

    name: str
    input_type: type[Any]
    get: Callable[[RegisterFile, str], Any]
    create: Callable[[RegisterFile, Any], Any]
    update: Callable[[RegisterFile, str, Any], Any]
    delete: Callable[[RegisterFile, str], Any]
    restore: Callable[[RegisterFile, Any], Any]
    # Objects whose stored input changes when one of this kind is deleted (links dropped).
    dependents: Callable[[RegisterFile, str], list[tuple[Kind, Any]]]
    # Other pages that show something of this kind (counts, names).
    shown_in: frozenset[str] = frozenset()
    # Saving one applies security measures, which declares the catalogue suggestions among them.
    applies_measures: bool = False


def _no_dependents(_register: RegisterFile, _uid: str) -> list[tuple[Kind, Any]]:
    return []


def _subprocessor_dependents(register: RegisterFile, uid: str) -> list[tuple[Kind, Any]]:
    found: list[tuple[Kind, Any]] = [
        (ACTIVITIES, activities.get_activity(register, uid=a_uid))
        for a_uid, _ref, _name in subprocessors.linked_activities(register, uid=uid)
    ]
    for row in subprocessors.list_subprocessors(register):
        if row.uid != uid:
            other = subprocessors.get_subprocessor(register, uid=row.uid)
            if uid in other.uses_uids:
                found.append((SUBPROCESSORS, other))
    return found


def _measure_dependents(register: RegisterFile, uid: str) -> list[tuple[Kind, Any]]:
    usage = measures.measure_usage(register, uid=uid)
    found: list[tuple[Kind, Any]] = [
        (ACTIVITIES, activities.get_activity(register, uid=u)) for u, _ in usage.activities
    ]
    found += [(SUBPROCESSORS, subprocessors.get_subprocessor(register, uid=u)) for u, _ in usage.subprocessors]
    return found


def _breach_dependents(field: str) -> Callable[[RegisterFile, str], list[tuple[Kind, Any]]]:
    """The breaches naming a deleted activity or subprocessor: undo links them again."""
    return lambda register, uid: [(BREACHES, b) for b in breaches.breaches_linking(register, field=field, uid=uid)]


def _controller_dependents(register: RegisterFile, uid: str) -> list[tuple[Kind, Any]]:
    found: list[tuple[Kind, Any]] = []
    for row in activities.list_activities(register):
        activity = activities.get_activity(register, uid=row.uid)
        if activity.client_uid == uid or uid in activity.joint_controller_uids:
            found.append((ACTIVITIES, activity))
    return found


ACTIVITIES = Kind(
    name=ACTIVITY,
    input_type=r.ActivityInput,
    get=lambda reg, uid: activities.get_activity(reg, uid=uid),
    create=lambda reg, data: activities.create_activity(reg, data=data),
    update=lambda reg, uid, data: activities.update_activity(reg, uid=uid, data=data),
    delete=lambda reg, uid: activities.delete_activity(reg, uid=uid),
    restore=lambda reg, rec: activities.restore_activity(reg, activity=rec),
    dependents=_breach_dependents("activity_uids"),
    shown_in=frozenset({SUBPROCESSOR, MEASURE}),
    applies_measures=True,
)
SUBPROCESSORS = Kind(
    name=SUBPROCESSOR,
    input_type=r.SubprocessorInput,
    get=lambda reg, uid: subprocessors.get_subprocessor(reg, uid=uid),
    create=lambda reg, data: subprocessors.create_subprocessor(reg, data=data),
    update=lambda reg, uid, data: subprocessors.update_subprocessor(reg, uid=uid, data=data),
    delete=lambda reg, uid: subprocessors.delete_subprocessor(reg, uid=uid),
    restore=lambda reg, rec: subprocessors.restore_subprocessor(reg, subprocessor=rec),
    dependents=lambda reg, uid: _subprocessor_dependents(reg, uid) + _breach_dependents("subprocessor_uids")(reg, uid),
    shown_in=frozenset({ACTIVITY}),
    applies_measures=True,
)
MEASURES = Kind(
    name=MEASURE,
    input_type=r.MeasureInput,
    get=lambda reg, uid: measures.get_measure(reg, uid=uid),
    create=lambda reg, data: measures.create_measure(reg, data=data),
    update=lambda reg, uid, data: measures.update_measure(reg, uid=uid, data=data),
    delete=lambda reg, uid: measures.delete_measure(reg, uid=uid),
    restore=lambda reg, rec: measures.restore_measure(reg, measure=rec),
    dependents=_measure_dependents,
    shown_in=frozenset({ACTIVITY, SUBPROCESSOR}),
)
CONTROLLERS = Kind(
    name=CONTROLLER,
    input_type=r.ControllerInput,
    get=lambda reg, uid: next(c for c in organisation.list_controllers(reg) if c.uid == uid),
    create=lambda reg, data: organisation.create_controller(reg, data=data),
    update=lambda reg, uid, data: organisation.update_controller(reg, uid=uid, data=data),
    delete=lambda reg, uid: organisation.delete_controller(reg, uid=uid),
    restore=lambda reg, rec: organisation.restore_controller(reg, controller=rec),
    dependents=_controller_dependents,
    shown_in=frozenset({ACTIVITY}),
)

BREACHES = Kind(
    name=BREACH,
    input_type=r.BreachInput,
    get=lambda reg, uid: breaches.get_breach(reg, uid=uid),
    create=lambda reg, data: breaches.create_breach(reg, data=data),
    update=lambda reg, uid, data: breaches.update_breach(reg, uid=uid, data=data),
    delete=lambda reg, uid: breaches.delete_breach(reg, uid=uid),
    restore=lambda reg, rec: breaches.restore_breach(reg, breach=rec),
    dependents=_no_dependents,
)
RIGHTS_REQUESTS = Kind(
    name=RIGHTS_REQUEST,
    input_type=r.RightsRequestInput,
    get=lambda reg, uid: rights_requests.get_request(reg, uid=uid),
    create=lambda reg, data: rights_requests.create_request(reg, data=data),
    update=lambda reg, uid, data: rights_requests.update_request(reg, uid=uid, data=data),
    delete=lambda reg, uid: rights_requests.delete_request(reg, uid=uid),
    restore=lambda reg, rec: rights_requests.restore_request(reg, request=rec),
    dependents=_no_dependents,
)


class Edit(Protocol):
    def apply(self, register: RegisterFile) -> Change: ...

    def revert(self, register: RegisterFile) -> Change: ...


def _change(kind: Kind, uid: str | None, *extra: str) -> Change:
    return Change(frozenset({kind.name, *kind.shown_in, *extra}), uid)


def _suggestions(register: RegisterFile) -> set[str]:
    return {m.uid for m in measures.list_measures(register) if m.status is MeasureStatus.NOT_DECLARED}


class Declarations:
    """The catalogue suggestions an edit declared by applying them to an activity or subprocessor
    (the service declares them in place), so that undoing the edit makes them suggestions again."""

    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        self.uids: frozenset[str] = frozenset()

    def watch(self, register: RegisterFile, step: Callable[[], Any]) -> Any:
        if not self.kind.applies_measures:
            return step()
        before = _suggestions(register)
        result = step()
        self.uids = frozenset(before - _suggestions(register))
        return result

    def undo(self, register: RegisterFile) -> None:
        for uid in sorted(self.uids):
            data = editable(measures.get_measure(register, uid=uid), r.MeasureInput)
            data = dataclasses.replace(data, status=MeasureStatus.NOT_DECLARED)
            measures.update_measure(register, uid=uid, data=data)

    def kinds(self) -> tuple[str, ...]:
        return (MEASURE,) if self.uids else ()


class Create:
    """Create an object (or duplicate one: `make` is then the service call). Undo deletes it;
    redo restores it with the same identifier, so later edits in the stack still find it."""

    def __init__(self, kind: Kind, data: Any = None, *, make: Callable[[RegisterFile], Any] | None = None) -> None:
        self.kind = kind
        self.data = data
        self.make = make
        self.record: Any = None
        self.declared = Declarations(kind)

    def apply(self, register: RegisterFile) -> Change:
        make = self.make
        if self.record is not None:
            self.record = self.declared.watch(register, lambda: self.kind.restore(register, self.record))
        elif make is not None:
            self.record = self.declared.watch(register, lambda: make(register))
        else:
            self.record = self.declared.watch(register, lambda: self.kind.create(register, self.data))
        return _change(self.kind, self.record.uid, *self.declared.kinds())

    def revert(self, register: RegisterFile) -> Change:
        self.record = self.kind.delete(register, self.record.uid)
        self.declared.undo(register)
        return _change(self.kind, None, *self.declared.kinds())


class Update:
    """Replace an object's input; undo puts back the input it had just before (and the catalogue
    suggestions it declared)."""

    def __init__(self, kind: Kind, uid: str, data: Any) -> None:
        self.kind = kind
        self.uid = uid
        self.after = data
        self.before: Any = None
        self.declared = Declarations(kind)

    def apply(self, register: RegisterFile) -> Change:
        if self.before is None:
            self.before = editable(self.kind.get(register, self.uid), self.kind.input_type)
        self.declared.watch(register, lambda: self.kind.update(register, self.uid, self.after))
        return _change(self.kind, self.uid, *self.declared.kinds())

    def revert(self, register: RegisterFile) -> Change:
        self.kind.update(register, self.uid, self.before)
        self.declared.undo(register)
        return _change(self.kind, self.uid, *self.declared.kinds())


class Delete:
    """Delete an object; undo restores it, then puts back the objects that linked to it as they were."""

    def __init__(self, kind: Kind, uid: str) -> None:
        self.kind = kind
        self.uid = uid
        self.gone: Any = None
        self.dependents: list[tuple[Kind, Any]] = []

    def apply(self, register: RegisterFile) -> Change:
        self.dependents = self.kind.dependents(register, self.uid)
        self.gone = self.kind.delete(register, self.uid)
        return _change(self.kind, None, *(k.name for k, _ in self.dependents))

    def revert(self, register: RegisterFile) -> Change:
        self.kind.restore(register, self.gone)
        for kind, record in self.dependents:
            kind.update(register, record.uid, editable(record, kind.input_type))
        return _change(self.kind, self.uid, *(k.name for k, _ in self.dependents))


class UpdateOrganisation:
    def __init__(self, data: r.Organisation) -> None:
        self.after = data
        self.before: r.Organisation | None = None

    def apply(self, register: RegisterFile) -> Change:
        if self.before is None:
            self.before = organisation.get_organisation(register)
        organisation.update_organisation(register, data=self.after)
        return Change(frozenset({ORGANISATION}))

    def revert(self, register: RegisterFile) -> Change:
        assert self.before is not None
        organisation.update_organisation(register, data=self.before)
        return Change(frozenset({ORGANISATION}))
