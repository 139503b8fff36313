"""Undoable edits as the screens use them, without Qt: each runs a change of `services.changes` and
keeps the inverse it returns, so undo and redo each apply the steps the previous one returned. The
Qt undo commands in `undo.py` are thin wrappers; what an edit does lives in the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from register_app.services import changes
from register_app.services.activities import ACTIVITIES
from register_app.services.aggregate_writes import Aggregate
from register_app.services.breaches import BREACHES
from register_app.services.conflicts import EditConflict
from register_app.services.measures import MEASURES
from register_app.services.organisation import CONTROLLERS
from register_app.services.rights_requests import RIGHTS_REQUESTS
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.store.register_file import RegisterFile

ACTIVITY = ACTIVITIES.kind
SUBPROCESSOR = SUBPROCESSORS.kind
MEASURE = MEASURES.kind
CONTROLLER = CONTROLLERS.kind
ORGANISATION = changes.ORGANISATION
BREACH = BREACHES.kind
RIGHTS_REQUEST = RIGHTS_REQUESTS.kind

# Other pages that show something of a kind (counts, names), so they reload when it changes.
SHOWN_IN: dict[str, frozenset[str]] = {
    ACTIVITY: frozenset({SUBPROCESSOR, MEASURE, BREACH}),
    SUBPROCESSOR: frozenset({ACTIVITY, BREACH}),
    MEASURE: frozenset({ACTIVITY, SUBPROCESSOR}),
    CONTROLLER: frozenset({ACTIVITY}),
}


@dataclass(frozen=True)
class Change:
    """What an edit touched: the kinds of objects (a page reloads when its kind is in there), the
    object the edit was about, so a page can select it, and when known the (kind, uid) of every
    object written, so a list can update those rows in place instead of reloading."""

    kinds: frozenset[str]
    uid: str | None = None
    objects: frozenset[tuple[str, str]] | None = None  # None: not known (reload what `kinds` concerns)
    by_others: bool = False  # saved by someone else in a team register (ui/team_watch.py), not by an edit here

    def concerns(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def uids(self, kind: str) -> set[str]:
        """The uids of the objects of `kind` written (empty when not known)."""
        return {uid for k, uid in self.objects or () if k == kind}


EVERYTHING = Change(frozenset({ACTIVITY, SUBPROCESSOR, MEASURE, CONTROLLER, ORGANISATION, BREACH, RIGHTS_REQUEST}))


def change_of(kinds: frozenset[str], uid: str | None, objects: frozenset[tuple[str, str]] | None, *,
              by_others: bool = False) -> Change:  # fmt: skip
    """The change of writing objects of `kinds`, with the other pages that show something of them."""
    shown = {kind for touched in kinds for kind in SHOWN_IN.get(touched, ())}
    return Change(kinds | shown, uid, objects, by_others)


class Edit(Protocol):
    def apply(self, register: RegisterFile) -> Change: ...

    def revert(self, register: RegisterFile) -> Change: ...


class Steps:
    """An edit done by the services: `first` makes it; then undo and redo alternate, each applying
    the inverse the previous step returned, in one transaction."""

    def __init__(self, first: Callable[[RegisterFile], changes.Done]) -> None:
        self.first: Callable[[RegisterFile], changes.Done] | None = first
        self.inverse: tuple[changes.Step, ...] = ()

    def apply(self, register: RegisterFile) -> Change:
        done = self.first(register) if self.first is not None else changes.apply(register, self.inverse)
        self.first = None
        self.inverse = done.inverse
        return change_of(done.kinds, done.uid, done.objects)

    revert = apply

    def settle(self, conflict: EditConflict, data: Any) -> None:
        """An undo or redo refused by `conflict` (someone else saved the object since): its step about
        that object saves `data` (what the user chose) from the other version when applied again."""
        self.inverse = tuple(settled(step, conflict, data) for step in self.inverse)


def settled(step: changes.Step, conflict: EditConflict, data: Any) -> changes.Step:
    if isinstance(step, changes.Revise) and (step.agg.kind, step.uid) == (conflict.kind, conflict.uid):
        return changes.Revise(step.agg, step.uid, data, conflict.version)  # from their version now
    if isinstance(step, changes.Restore) and (step.agg.kind, str(step.record.uid)) == (conflict.kind, conflict.uid):
        return changes.Revise(step.agg, conflict.uid, data, conflict.version)  # someone else brought it back
    if isinstance(step, changes.ReviseOrganisation) and conflict.kind == ORGANISATION:
        return changes.ReviseOrganisation(data, conflict.version)
    return step


def create(agg: Aggregate[Any, Any], data: Any) -> Steps:
    return Steps(lambda register: changes.create(register, agg, data))


def update(agg: Aggregate[Any, Any], uid: str, data: Any, version: int | None = None) -> Steps:
    """Revise an object; with the `version` its editor opened, refused when someone else saved it since."""
    return Steps(lambda register: changes.update(register, agg, uid, data, version))


def delete(agg: Aggregate[Any, Any], uid: str) -> Steps:
    return Steps(lambda register: changes.delete_object(register, agg, uid))


def update_organisation(data: Any, version: int | None = None) -> Steps:
    return Steps(lambda register: changes.update_organisation(register, data, version))
