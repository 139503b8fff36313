"""What a visible cell of our own workbook sets when the DPO changed it: a `Target` holds the text the
export wrote there and a setter that reads the DPO's new text into the register's field. The fiche
sheets' targets are in `own_fiche`, the list sheet's in `own_list`; `own_edits` applies them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from register_app.domain.catalogues import LEGAL_BASES, country_code
from register_app.domain.words.enum_labels import enum_texts
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.mapped_import.values import legal_bases, says_more
from register_app.services.xlsx_import.matching import as_date, key, match_code

T = TypeVar("T")


@dataclass
class Draft:
    """The register's organisation and activities as the edits applied so far leave them, and which
    cell set each field: a field two cells set (the list sheet and a fiche) is noted in `twice`."""

    organisation: r.Organisation
    activities: dict[str, r.Activity]
    measures: dict[str, r.Measure] = dataclasses.field(default_factory=dict)  # by uid, with those the catalogue adds
    at: str = ""  # the cell being applied ('Sheet!B5')
    why: tuple[str, str] | None = None  # why the cell being applied cannot be (English, French), when a setter says
    set_at: dict[str, str] = dataclasses.field(default_factory=dict)  # 'uid.purposes[0].description' -> cell
    twice: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (cell, cell that set it before)

    def refuse(self, message: tuple[str, str], **values: str) -> bool:
        """Says why the cell being applied is not (`message` in English and French, with `values`)."""
        english, french = message
        self.why = (english.format(**values), french.format(**values))
        return False

    def changed(self, owner: str, before: object, after: object) -> None:
        for path in _paths(before, after, owner):
            first = self.set_at.setdefault(path, self.at)
            if first != self.at:
                self.twice.append((self.at, first))


def _paths(before: object, after: object, path: str) -> Iterator[str]:
    """The fields that differ, down to an item's field; a list that grew or shrank is not followed."""
    if before == after:
        return
    if dataclasses.is_dataclass(before) and type(before) is type(after):
        for f in dataclasses.fields(before):
            yield from _paths(getattr(before, f.name), getattr(after, f.name), f"{path}.{f.name}")
    elif isinstance(before, tuple) and isinstance(after, tuple):
        if len(before) == len(after):
            for i, (x, y) in enumerate(zip(before, after, strict=True)):
                yield from _paths(x, y, f"{path}[{i}]")
    else:
        yield path


Setter = Callable[[Draft, str, str], bool]  # (draft, new text, text the export wrote) -> applied
Put = Callable[[Any, str, str], Any]  # the object with the new text read into it, or None when it cannot be


class Target(NamedTuple):
    old: str | None  # the text the export wrote in the cell (None: whatever the export wrote there)
    put: Setter
    row: tuple[tuple[int, str], ...] = ()  # other cells of the row that must read as written (column, text)
    anchors: tuple[int, ...] = (1,)  # columns of which one must be unchanged, or the row is another one
    label: str = ""  # how the report names the field (default: the row's label in column A)


def on_activity(uid: str, put: Put) -> Setter:
    def apply(draft: Draft, new: str, old: str) -> bool:
        changed = put(draft.activities[uid], new, old)
        if changed is not None:
            draft.changed(uid, draft.activities[uid], changed)
            draft.activities[uid] = changed
        return changed is not None

    return apply


def on_organisation(put: Put) -> Setter:
    def apply(draft: Draft, new: str, old: str) -> bool:
        changed = put(draft.organisation, new, old)
        if changed is not None:
            draft.changed("organisation", draft.organisation, changed)
            draft.organisation = changed
        return changed is not None

    return apply


def field(name: str) -> Put:
    """Sets a text field as it is written."""

    def put(obj: Any, new: str, _old: str) -> Any:
        change: dict[str, Any] = {name: new}
        return dataclasses.replace(obj, **change)

    return put


def item(group: str, index: int, name: str, read: Callable[[str], Any] = str) -> Put:
    """Sets field `name` of the `index`-th item of `group` to `read(new)` (None: cannot be read)."""

    def put(obj: Any, new: str, _old: str) -> Any:
        value = read(new)
        if value is None:
            return None
        return replace_item(obj, group, index, **{name: value})

    return put


def replace_item(obj: T, group: str, index: int, **changes: Any) -> T:
    items = getattr(obj, group)
    changed = dataclasses.replace(items[index], **changes)
    new_items: dict[str, Any] = {group: (*items[:index], changed, *items[index + 1 :])}
    return dataclasses.replace(obj, **new_items)  # type: ignore[type-var]


def enum_field(name: str, kind: type[StrEnum]) -> Put:
    """Sets an enum field from its label, in French or English."""

    def put(obj: Any, new: str, _old: str) -> Any:
        value = enum_of(kind, new)
        change: dict[str, Any] = {name: value}
        return None if value is None else dataclasses.replace(obj, **change)

    return put


def date_field(name: str) -> Put:
    """Sets a date (a timestamp, `created_at`, or a day, `last_review`) read as `as_date` reads one: a
    date cell, 31/12/2026, 2026-12-31 or an Excel serial date; emptied, a day is unset (a timestamp stays)."""

    def put(obj: Any, new: str, _old: str) -> Any:
        found = as_date(new)
        timestamp = name.endswith("_at")
        if found is None and (new or timestamp):
            return None
        value = found if timestamp or found is None else found.date()
        change: dict[str, Any] = {name: value}
        return dataclasses.replace(obj, **change)

    return put


def enum_of(kind: type[StrEnum], text: str) -> Any:
    wanted = key(text)
    return next((v for v in kind if wanted and wanted in {key(label) for label in enum_texts(v)}), None)


def country(new: str) -> str | None:
    """A country by its name or code; '' for an emptied cell; None when it is not recognised."""
    return country_code(new) if new else ""


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def labelled(line: str, label: str) -> str | None:
    """'Label : value' (any spacing, any case) -> 'value'; None for a line that does not start with `label`."""
    found = re.match(rf"\s*{re.escape(label)}\s*:\s*(.*)$", line, re.IGNORECASE | re.DOTALL)
    return found.group(1).strip() if found else None


@dataclass(frozen=True)
class BasisCell:
    """What a legal basis cell of our workbook says: the basis (on a line of its own), 'Legitimate interest
    pursued : …', 'Balancing test : …', and its other lines (the note)."""

    basis: str | None
    interest: str
    balancing: str
    notes: tuple[str, ...]


def basis_cell(cell: str) -> BasisCell:
    basis, interest, balancing, notes = None, "", "", []
    for line in lines(cell):
        said = {name: labelled_any(line, name) for name in ("legitimate_interest", "balancing_test")}
        if said["legitimate_interest"] is not None:
            interest = said["legitimate_interest"]
        elif said["balancing_test"] is not None:
            balancing = said["balancing_test"]
        elif basis is None and (code := one_basis(line)) is not None:
            basis = code
        else:
            notes.append(line)
    return BasisCell(basis, interest or "", balancing or "", tuple(notes))


def one_basis(line: str) -> str | None:
    """The legal basis a line names by its label, or cites alone ('Art. 6(1)(c) RGPD')."""
    found = match_code(LEGAL_BASES, line)
    if found is None:
        cited = legal_bases(line)
        found = cited[0] if len(cited) == 1 and not says_more(line, cited) else None
    return found


def labelled_any(line: str, label_key: str) -> str | None:
    """`labelled` with the export's label `label_key`, in French or English."""
    return next((v for lang in ("fr", "en") if (v := labelled(line, text(label_key, lang))) is not None), None)
