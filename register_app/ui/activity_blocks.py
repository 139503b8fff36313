"""What the activity editor's blocks share: the block base class and the register data they pick
from (controllers, subprocessors, measures), gathered once when the editor opens."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui.help_window import help_link
from register_app.ui.widgets import ErrorMap, heading, hint


@dataclass
class Lookups:
    organisation: r.Organisation
    controllers: list[tuple[str, str]] = field(default_factory=list)  # (uid, name)
    subprocessors: list[r.Subprocessor] = field(default_factory=list)
    measures: list[r.Measure] = field(default_factory=list)
    # Asks the user for a new subprocessor and creates it; returns it, or None when cancelled.
    new_subprocessor: Callable[[QWidget], r.Subprocessor | None] | None = None


class Block(QWidget):
    """One section of the editor. `fields` are the ActivityInput fields it edits: issues about them
    show inside it, and its entry in the section list is marked."""

    fields: tuple[str, ...] = ()
    help_topic = ""  # its page (anchor) in the guide

    def __init__(self, title: str, intro: str, lookups: Lookups) -> None:
        super().__init__()
        self.title = title
        self.lookups = lookups
        self.errors = ErrorMap()
        self.layout_ = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(title))
        top.addWidget(help_link(self.help_topic, self))
        top.addStretch(1)
        self.layout_.addLayout(top)
        if intro:
            self.layout_.addWidget(hint(intro))

    def owns(self, item: Issue) -> bool:
        return any(item.field == f or item.field.startswith((f + ".", f + "[")) for f in self.fields)

    def load(self, data: r.ActivityInput) -> None:
        raise NotImplementedError

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        raise NotImplementedError

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        return self.errors.route(issues)

    @staticmethod
    def reindex(issues: list[Issue], name: str, positions: list[int]) -> list[Issue]:
        """Issues about `name[k]` of the saved tuple, renumbered to the row shown at positions[k]
        (empty rows are dropped when saving, so the numbering can differ)."""
        out = []
        head = f"{name}["
        for found in issues:
            item = found
            if item.field.startswith(head):
                k, _, rest = item.field[len(head) :].partition("]")
                if k.isdigit() and int(k) < len(positions):
                    item = dataclasses.replace(item, field=f"{head}{positions[int(k)]}]{rest}")
            out.append(item)
        return out

    def finish(self) -> None:
        self.layout_.addStretch(1)
