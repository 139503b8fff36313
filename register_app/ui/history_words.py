"""A journal entry in the words the DPO reads: the field's label, the enum's label, a date in the
interface's format, a linked object's name. The words are `domain.words`' (fields, kinds of
objects, what an entry did), the exports' words for the fields those do not name, in the interface
language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from register_app.domain.catalogues import catalogue_names
from register_app.domain.enums import HistoryAction
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.breach_rows import WORDS as BREACH_WORDS
from register_app.exports.breach_rows import word as breach_word
from register_app.exports.export_texts import TEXTS
from register_app.services.history import LINK_FIELDS
from register_app.services.history_rows import ChangeRow, base_field
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.finding_words import field_text, kind_text

# Fields whose value is the uid of another object, besides the link lists.
UID_FIELDS = LINK_FIELDS | {"measures", "client_uid", "subprocessor_uid"}
KEYED = re.compile(r"^(?P<name>[a-z_0-9]+)\[(?P<key>[^\]]+)\]\.(?P<part>[a-z_0-9]+)$")
CREATIONS = (HistoryAction.CREATE, HistoryAction.RESTORE)  # entries whose new value is the object's name
# In a list of records, the key that names an item, in order of preference.
ITEM_NAMES = ("name", "label", "description", "recipient", "kind")


@dataclass(frozen=True)
class HistoryLine:
    """One journal entry, worded once when the rows are loaded."""

    key: str
    at: datetime
    when: str
    author: str
    kind: str
    object_uid: str
    object_text: str
    field: str  # the field's code ("" for a creation or deletion)
    field_text: str
    action: str
    old: str
    new: str


def action_text(action: str) -> str:
    """What an entry did ("create") in words ("created"); an unknown action as it is."""
    known = action in set(HistoryAction)
    return enum_label(HistoryAction(action), screen_labels.lang()) if known else action


def field_words(path: str, names: dict[str, str], kind: str = "") -> str:
    """'status' → 'Status'; 'measures[uid].note' → 'Security measures — note (Badge access)'. A
    breach's fields in the words of the breach register (exports/breach_rows.py)."""
    if not path:
        return ""
    keyed = KEYED.match(path)
    if keyed and not keyed["key"].isdigit():
        text = field_words(f"{keyed['name']}.{keyed['part']}", names, kind)
        return f"{text} ({names.get(keyed['key'], keyed['key'])})"
    if kind == "breach" and path in BREACH_WORDS:
        return breach_word(path, screen_labels.lang())
    text = field_text(path)
    if text == path and path in TEXTS:
        fr, en = TEXTS[path]
        return fr if screen_labels.lang() == "fr" else en
    return text


def value_words(value: Any, field: str, names: dict[str, str]) -> str:
    """A decoded value (see services.history_rows.decode) in words."""
    name = base_field(field)
    if value is None or value in ("", [], {}):
        return ""
    if isinstance(value, Enum):
        return screen_labels.label(value)
    if isinstance(value, bool):
        return screen_labels.yes_no(value)
    if isinstance(value, datetime):
        return local_datetime(value)
    if isinstance(value, date):
        return screen_labels.local_date(value)
    if isinstance(value, list):
        return "; ".join(filter(None, (_item_words(item, name, names) for item in value)))
    if isinstance(value, dict):  # a nested record (a contact, the DPIA): its values in order
        return ", ".join(filter(None, (value_words(v, key, names) for key, v in value.items())))
    if isinstance(value, str):
        if name in UID_FIELDS and "." not in field:
            return names.get(value, value)
        if name == "country":
            return screen_labels.country_label(value, with_status=False)
    return str(value)


def _item_words(value: Any, field: str, names: dict[str, str]) -> str:
    """One item of a list (a purpose, a data category, a transfer…) by what names it."""
    if not isinstance(value, dict):
        return value_words(value, field, names)
    code = value.get("code")
    if isinstance(code, str):
        text = screen_labels.code_label(field, code) if field in catalogue_names() else code
        detail = value.get("precision") or value.get("description") or ""
        return f"{text} ({detail})" if detail else text
    if isinstance(value.get("country"), str) and value["country"] and field in ("countries", "transfers"):
        country = screen_labels.country_label(value["country"], with_status=False)
        who = value.get("recipient") or names.get(value.get("subprocessor_uid") or "", "")
        return f"{who} — {country}" if who else country
    if isinstance(value.get("measure_uid"), str):
        return names.get(value["measure_uid"], value["measure_uid"])
    for key in ITEM_NAMES:
        if isinstance(value.get(key), str) and value[key]:
            return str(value[key])
    return ", ".join(filter(None, (value_words(v, key, names) for key, v in value.items()
                                   if not isinstance(v, list | dict))))  # fmt: skip


def lines(rows: list[ChangeRow], names: dict[str, str]) -> list[HistoryLine]:
    """The rows worded; what many rows share (a minute, a field, an object) is worded once."""
    times: dict[datetime, str] = {}
    fields: dict[tuple[str, str], str] = {}
    objects: dict[tuple[str, str], str] = {}
    out = []
    for row in rows:
        item = row.item
        minute = item.at.replace(second=0, microsecond=0)
        when = times.get(minute)
        if when is None:
            when = times[minute] = local_datetime(minute)
        field = fields.get((item.object_kind, item.field))
        if field is None:
            field = fields[(item.object_kind, item.field)] = field_words(item.field, names, item.object_kind)
        key = (item.object_kind, item.object_label)
        obj = objects.get(key)
        if obj is None:
            obj = objects[key] = f"{kind_text(item.object_kind)} — {item.object_label}"
        out.append(HistoryLine(
            key=str(row.entry_id), at=item.at, when=when, author=item.author, kind=item.object_kind,
            object_uid=item.object_uid, object_text=obj, field=base_field(item.field), field_text=field,
            action=action_text(item.action),
            # a deletion keeps the whole record (to restore it), a creation the object's name: the
            # object column names it
            old="" if item.action == "delete" and not item.field else value_words(row.old, item.field, names),
            new="" if item.action in CREATIONS and not item.field else value_words(row.new, item.field, names),
        ))  # fmt: skip
    return out
