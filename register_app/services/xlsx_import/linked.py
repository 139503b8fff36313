"""Objects an import links activities to — the register's activities (matched by reference, or by
name when only one has it), subprocessors and other controllers by name, measures by heading and name —
found in the register or created once. The CNIL-model and the mapped imports share it."""

from __future__ import annotations

import uuid
from datetime import datetime

from register_app.domain.enums import CnilHeading
from register_app.services import records as r
from register_app.services.xlsx_import.matching import key


class Linked:
    def __init__(self, existing: r.Snapshot, now: datetime) -> None:
        self.now = now
        self.by_reference = {a.reference.strip(): a for a in existing.activities if a.reference.strip()}
        names: dict[str, list[r.Activity]] = {}
        for a in existing.activities:
            names.setdefault(key(a.name), []).append(a)
        self.by_name = {name: found[0] for name, found in names.items() if len(found) == 1}
        self.matched: set[str] = set()
        self.subprocessors = {key(s.name): s.uid for s in existing.subprocessors}
        self.measures = {(m.heading, key(m.name)): m.uid for m in existing.measures}
        self.controllers = {key(c.contact.name): c.uid for c in existing.controllers}
        self.new_subprocessors: list[r.Subprocessor] = []
        self.new_measures: list[r.Measure] = []
        self.new_controllers: list[r.Controller] = []

    def activity(self, reference: str, name: str) -> r.Activity | None:
        """The register's activity a row or fiche describes: same reference, or, without one, same name
        (when only one activity has it). Each is matched once."""
        found = self.by_reference.get(reference) if reference else self.by_name.get(key(name))
        if found is None or found.uid in self.matched:
            return None
        self.matched.add(found.uid)
        return found

    def subprocessor(self, name: str) -> str:
        if key(name) not in self.subprocessors:
            s = r.Subprocessor(uid=str(uuid.uuid4()), created_at=self.now, updated_at=self.now, name=name)
            self.new_subprocessors.append(s)
            self.subprocessors[key(name)] = s.uid
        return self.subprocessors[key(name)]

    def measure(self, heading: CnilHeading, name: str) -> str:
        if (heading, key(name)) not in self.measures:
            m = r.Measure(uid=str(uuid.uuid4()), created_at=self.now, updated_at=self.now, name=name, heading=heading)
            self.new_measures.append(m)
            self.measures[(heading, key(name))] = m.uid
        return self.measures[(heading, key(name))]

    def controller(self, contact: r.Contact) -> str:
        if key(contact.name) not in self.controllers:
            c = r.Controller(uid=str(uuid.uuid4()), created_at=self.now, updated_at=self.now, contact=contact)
            self.new_controllers.append(c)
            self.controllers[key(contact.name)] = c.uid
        return self.controllers[key(contact.name)]
