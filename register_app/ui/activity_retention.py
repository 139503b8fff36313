"""Editor block 7: retention, at least one rule per ticked data category and as many more as the
DPO needs (e.g. hired and unsuccessful candidates' CVs), with structured durations, the catalogue's
reference durations to start from, and one rule applied to several categories at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import DATA_CATEGORIES, RETENTION_REFERENCES, START_EVENTS, catalogue
from register_app.domain.enums import DurationUnit, FinalFate
from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui import screen_labels
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.widgets import CodeCombo, DurationField, EnumCombo, ErrorLabel, follow_layout_order, hint


def duration(raw: object) -> r.Duration | None:
    if isinstance(raw, dict) and raw.get("value"):
        return r.Duration(value=int(raw["value"]), unit=DurationUnit(raw["unit"]))
    return None


class RetentionRow(QGroupBox):
    """One retention rule of one data category."""

    add_requested = Signal()
    apply_requested = Signal()
    remove_requested = Signal()

    def __init__(self, category: str, origin: int | None = None) -> None:
        super().__init__(screen_labels.code_label(DATA_CATEGORIES, category))
        self.category = category
        self.origin = origin  # the rule's position in the activity as loaded (None: a new rule)
        self.kept = r.RetentionRule(category=category)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Made in the order shown, which is the order Tab follows.
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("which data of this category, in your own words"))
        self.reference = QComboBox()
        self.reference.addItem(self.tr("— start from a reference duration —"), None)
        for entry in catalogue(RETENTION_REFERENCES):
            if entry.get("category") in (None, category):
                self.reference.addItem(entry.label(screen_labels.lang()), entry.code)
                self.reference.setItemData(self.reference.count() - 1, entry.get(f"{screen_labels.lang()}_hint"), 3)
        self.reference.activated.connect(self.on_reference_activated)
        self.active = DurationField()
        self.archive = DurationField()
        self.start = CodeCombo(START_EVENTS, empty=self.tr("— from when —"))
        self.fate = EnumCombo(FinalFate, empty=self.tr("— then —"))
        self.criterion = QLineEdit()
        self.criterion.setPlaceholderText(self.tr("when no fixed duration: e.g. until the end of the contract"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("law, CNIL reference framework…"))
        self.error = ErrorLabel()
        self.add_button = QPushButton(self.tr("Another rule for this category"))
        self.apply_button = QPushButton(self.tr("Apply to other categories…"))
        self.remove_button = QPushButton(self.tr("Remove this rule"))
        self.add_button.clicked.connect(self.add_requested)
        self.apply_button.clicked.connect(self.apply_requested)
        self.remove_button.clicked.connect(self.remove_requested)
        actions = QHBoxLayout()
        for button in (self.add_button, self.apply_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        form.addRow(self.tr("Data covered"), self.label)
        if self.reference.count() > 1:
            form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("In the active base"), self.active)
        form.addRow(self.tr("In intermediate archive"), self.archive)
        form.addRow(self.tr("Counted from"), self.start)
        form.addRow(self.tr("At the end"), self.fate)
        form.addRow(self.tr("Criterion"), self.criterion)
        form.addRow(self.tr("Source"), self.source)
        form.addRow("", self.error)
        form.addRow("", actions)

    def on_reference_activated(self) -> None:
        entry = catalogue(RETENTION_REFERENCES).get(self.reference.currentData())
        if entry is None:
            return
        self.active.set_value(duration(entry.get("active")))
        self.archive.set_value(duration(entry.get("archive")))
        self.start.set_code(entry.get("start_event"))
        self.source.setText(entry.text("source", screen_labels.lang()))
        self.kept = dataclasses.replace(self.kept, reference_code=entry.code)

    def load(self, rule: r.RetentionRule) -> None:
        self.kept = rule
        index = self.reference.findData(rule.reference_code)
        self.reference.setCurrentIndex(max(index, 0))
        self.label.setText(rule.label)
        self.active.set_value(rule.active)
        self.archive.set_value(rule.archive)
        self.start.set_code(rule.start_event)
        self.fate.set_value(rule.final_fate)
        self.criterion.setText(rule.criterion)
        self.source.setText(rule.source)

    def value(self) -> r.RetentionRule:
        return dataclasses.replace(
            self.kept,
            label=self.label.text().strip(),
            active=self.active.value(),
            archive=self.archive.value(),
            start_event=self.start.code(),
            final_fate=self.fate.value(),
            criterion=self.criterion.text().strip(),
            source=self.source.text().strip(),
        )

    def is_empty(self) -> bool:
        v = self.value()
        return not (v.label or v.active or v.archive or v.start_event or v.final_fate or v.criterion or v.source)


class CategoriesDialog(QDialog):
    """Which of the activity's other categories a rule is applied to."""

    def __init__(self, categories: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply this rule to other categories"))
        self.list = QListWidget()
        for code in categories:
            item = QListWidgetItem(screen_labels.code_label(DATA_CATEGORIES, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The durations, start, end, criterion and source of this rule go to the "
                                        "categories ticked here, in a rule of their own.")))  # fmt: skip
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


def ask_categories(parent: QWidget, categories: list[str]) -> list[str]:
    dialog = CategoriesDialog(categories, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


class RetentionBlock(Block):
    help_topic = "retention"
    fields = ("retention",)
    # Asks which categories a rule goes to (a dialog; tests answer it directly).
    choose_categories: Callable[[QWidget, list[str]], list[str]] = staticmethod(ask_categories)  # type: ignore[assignment]

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Retention periods"),
            self.tr("For each category of data ticked earlier: how long it is kept, from when, and what "
                    "happens then. Where no fixed duration is possible, give the criterion."),
            lookups,
        )  # fmt: skip
        self.rows: list[RetentionRow] = []  # in the order shown: by category (catalogue order), then added
        self.wanted: set[str] = set()
        self.container = QWidget()
        self.container_layout = QVBoxLayout(self.container)
        self.container_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_hint = hint(self.tr('Tick data categories in "Data subjects and personal data" first.'))
        self.layout_.addWidget(self.empty_hint)
        self.layout_.addWidget(self.container)
        self.layout_.addWidget(self.errors.add("retention", ErrorLabel()))
        self.finish()

    # --- rows
    def first_row(self, category: str) -> RetentionRow | None:
        return next((row for row in self.rows if row.category == category), None)

    def row_of_rule(self, index: int) -> RetentionRow | None:
        """The row showing the activity's rule `index` as loaded."""
        return next((row for row in self.rows if row.origin == index), None)

    def visible_rows(self) -> list[RetentionRow]:
        return [row for row in self.rows if not row.isHidden()]

    def new_row(self, category: str, origin: int | None = None) -> RetentionRow:
        row = RetentionRow(category, origin)
        row.add_requested.connect(lambda: self.add_rule(row.category, after=row))
        row.apply_requested.connect(lambda: self.apply_to_others(row))
        row.remove_requested.connect(lambda: self.remove_rule(row))
        same = [i for i, other in enumerate(self.rows) if other.category == category]
        self.rows.insert(same[-1] + 1 if same else len(self.rows), row)
        return row

    def add_rule(self, category: str, *, after: RetentionRow | None = None) -> RetentionRow:
        row = self.new_row(category)
        if after is not None:  # right under the row whose button asked for it
            self.rows.remove(row)
            self.rows.insert(self.rows.index(after) + 1, row)
        self.relayout()
        row.label.setFocus()
        return row

    def remove_rule(self, row: RetentionRow) -> None:
        """A further rule goes; the last rule of a category is emptied (the category keeps its row)."""
        if sum(other.category == row.category for other in self.rows) > 1:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        else:
            row.load(r.RetentionRule(category=row.category))
        self.relayout()

    def apply_to_others(self, source: RetentionRow) -> None:
        others = [code for code in self.ordered(self.wanted) if code != source.category]
        for code in self.choose_categories(self, others):
            self.fill(code, source.value())

    def fill(self, category: str, rule: r.RetentionRule) -> None:
        """`rule`'s terms in a rule of `category`: its first empty row, else a new one. Nothing
        written is overwritten, and the data covered (`label`) stays the category's own."""
        row = next((row for row in self.rows if row.category == category and row.is_empty()), None)
        if row is None:
            row = self.new_row(category)
        row.load(dataclasses.replace(rule, category=category, label=""))
        self.relayout()

    @staticmethod
    def ordered(codes: set[str]) -> list[str]:
        return [e.code for e in catalogue(DATA_CATEGORIES) if e.code in codes]

    def relayout(self) -> None:
        """Rows by category in catalogue order; a row shows while its category is ticked or it holds
        a rule (a rule is never dropped behind the user's back); Tab follows the order shown."""
        order = {code: i for i, code in enumerate(e.code for e in catalogue(DATA_CATEGORIES))}
        self.rows.sort(key=lambda row: order.get(row.category, len(order)))  # stable: added rules stay in place
        shown = {row.category for row in self.rows if row.category in self.wanted or not row.is_empty()}
        counts = {code: sum(row.category == code for row in self.rows) for code in shown}
        seen: dict[str, int] = {}
        for index, row in enumerate(self.rows):
            if self.container_layout.indexOf(row) != index:  # moved only when out of place
                self.container_layout.removeWidget(row)
                self.container_layout.insertWidget(index, row)
            row.setVisible(row.category in self.wanted or not row.is_empty())
            seen[row.category] = seen.get(row.category, 0) + 1
            title = screen_labels.code_label(DATA_CATEGORIES, row.category)
            several = counts.get(row.category, 1) > 1
            row.setTitle(self.tr("{category} — rule {n}").format(category=title, n=seen[row.category])
                         if several else title)  # fmt: skip
            row.remove_button.setVisible(several)
            row.apply_button.setVisible(len(self.wanted - {row.category}) > 0)
        self.empty_hint.setVisible(not shown)
        self.errors.forget("retention[")
        for i, row in enumerate(self.visible_rows()):
            self.errors.add(f"retention[{i}]", row.error)
        follow_layout_order(self.container, after=self.empty_hint)  # the rows, in the order shown

    # --- binding
    def sync(self, categories: list[str]) -> None:
        """At least one row per ticked category."""
        self.wanted = set(categories)
        for code in self.ordered(self.wanted):
            if self.first_row(code) is None:
                self.new_row(code)
        self.relayout()

    def load(self, data: r.ActivityInput) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for i, rule in enumerate(data.retention):
            self.new_row(rule.category, origin=i).load(rule)
        self.sync([c.code for c in data.data_categories] + [rule.category for rule in data.retention])

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        """The loaded rules in their original order (so an unchanged activity compares equal), an
        emptied one removed, then the rules written in new rows, in the order shown."""
        visible = self.visible_rows()
        written = [row for row in visible if not row.is_empty()]
        loaded = sorted((row for row in written if row.origin is not None), key=lambda row: row.origin or 0)
        ordered = loaded + [row for row in written if row.origin is None]
        self.positions = [visible.index(row) for row in ordered]
        return dataclasses.replace(data, retention=tuple(row.value() for row in ordered))

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        return self.errors.route(self.reindex(issues, "retention", getattr(self, "positions", [])))
