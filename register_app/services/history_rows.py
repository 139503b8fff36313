"""The journal as the screens read it: each entry with its old and new values decoded back to their
types (an enum member, a date, a flag, a list of items), and the last known name of every object,
deleted ones included, so that a link reads as a name and not as a uid."""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import dataclass
from datetime import date
from enum import Enum
from types import NoneType, UnionType
from typing import Any

from sqlalchemy import select

from register_app.domain.models import HistoryEntry
from register_app.services import records as r
from register_app.services.history import search_history
from register_app.services.records import HistoryItem
from register_app.store.register_file import RegisterFile

# The record type whose fields an entry's `field` names, by the entry's object kind.
INPUT_TYPES: dict[str, type[Any]] = {
    "activity": r.ActivityInput,
    "subprocessor": r.SubprocessorInput,
    "measure": r.MeasureInput,
    "controller": r.ControllerInput,
    "organisation": r.Organisation,
}


@dataclass(frozen=True)
class ChangeRow:
    """One journal entry, `old` and `new` decoded (None when the entry has no such value)."""

    entry_id: int
    item: HistoryItem
    old: Any
    new: Any


def object_changes(register: RegisterFile, *, uid: str) -> list[ChangeRow]:
    """Every recorded change of one object, newest first. The baseline states an upgraded register
    records on opening are no change anyone made: left out, here and below."""
    return [_row(item) for item in search_history(register, object_uid=uid, limit=None)]


def register_changes(register: RegisterFile) -> list[ChangeRow]:
    """Every recorded change of the register, newest first (read once; screens filter in memory)."""
    return [_row(item) for item in search_history(register, limit=None)]


def last_names(register: RegisterFile) -> dict[str, str]:
    """uid -> the object's name as last recorded in the journal (deleted objects included)."""
    with register.session() as session:
        pairs = session.execute(
            select(HistoryEntry.object_uid, HistoryEntry.object_label).order_by(HistoryEntry.id)
        ).all()
    return {uid: label for uid, label in pairs if label}


def base_field(path: str) -> str:
    """'measures[3f2a…].note' -> 'measures'; 'status' -> 'status'."""
    return path.split("[", 1)[0].split(".", 1)[0]


def decode(kind: str, field: str, text: str | None) -> Any:
    """A value as the journal stored it (`history.as_text`), back to its type where the field's
    type is known; JSON lists and objects come back as plain lists and dicts."""
    if text is None:
        return None
    input_type = INPUT_TYPES.get(kind)
    hint = _hints(input_type).get(base_field(field)) if input_type and "." not in field else str
    if hint is str or hint is None:
        return text
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _typed(text, hint)
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return _typed(value, hint)


def _typed(value: Any, hint: Any) -> Any:
    """A JSON value given back its enums and dates, inside lists and records too."""
    if isinstance(hint, type) and issubclass(hint, Enum) and isinstance(value, str):
        try:
            return hint(value)
        except ValueError:
            return value
    if hint is date and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, list) and typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        return [_typed(v, item) for v in value]
    if isinstance(value, dict) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        order = [k for k in hints if k in value] + [k for k in value if k not in hints]  # the record's order
        return {k: _typed(value[k], hints.get(k)) for k in order}
    return value


_HINTS: dict[Any, dict[str, Any]] = {}


def _hints(record_type: Any) -> dict[str, Any]:
    """A record's field types, Optional removed (worked out once per type)."""
    if record_type in _HINTS:
        return _HINTS[record_type]
    found: dict[str, Any] = _HINTS.setdefault(record_type, {})
    for name, hint in typing.get_type_hints(record_type).items():
        args = [a for a in typing.get_args(hint) if a is not NoneType]
        optional = isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union
        found[name] = (args[0] if len(args) == 1 else None) if optional else hint
    return found


def _row(item: HistoryItem) -> ChangeRow:
    return ChangeRow(
        entry_id=item.entry_id,
        item=item,
        old=decode(item.object_kind, item.field, item.old_value),
        new=decode(item.object_kind, item.field, item.new_value),
    )
