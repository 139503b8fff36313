"""Editor block 7: retention, one rule per data category, with structured durations and the
reference durations of the catalogue to start from."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from register_app.domain.catalogues import DATA_CATEGORIES, RETENTION_REFERENCES, START_EVENTS, catalogue
from register_app.domain.enums import DurationUnit, FinalFate
from register_app.exports.view import retention_text
from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui import labels
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.widgets import CodeCombo, DurationField, EnumCombo, ErrorLabel, hint


def duration(raw: object) -> r.Duration | None:
    if isinstance(raw, dict) and raw.get("value"):
        return r.Duration(value=int(raw["value"]), unit=DurationUnit(raw["unit"]))
    return None


def rule_title(rule: r.RetentionRule) -> str:
    """The category, and the data the rule covers when the DPO named it: "Vie professionnelle (CV)"."""
    category = labels.code_label(DATA_CATEGORIES, rule.category)
    return f"{category} ({rule.label})" if rule.label else category


class RetentionRow(QGroupBox):
    def __init__(self, category: str) -> None:
        super().__init__(labels.code_label(DATA_CATEGORIES, category))
        self.category = category
        self.kept = r.RetentionRule(category=category)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reference = QComboBox()
        self.reference.addItem(self.tr("— start from a reference duration —"), None)
        for entry in catalogue(RETENTION_REFERENCES):
            if entry.get("category") in (None, category):
                self.reference.addItem(entry.label(labels.lang()), entry.code)
                self.reference.setItemData(self.reference.count() - 1, entry.get(f"{labels.lang()}_hint"), 3)
        self.reference.setVisible(self.reference.count() > 1)
        self.reference.activated.connect(self.on_reference_activated)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("which data of this category, in your own words"))
        self.active = DurationField()
        self.archive = DurationField()
        self.start = CodeCombo(START_EVENTS, empty=self.tr("— from when —"))
        self.fate = EnumCombo(FinalFate, empty=self.tr("— then —"))
        self.criterion = QLineEdit()
        self.criterion.setPlaceholderText(self.tr("when no fixed duration: e.g. until the end of the contract"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("law, CNIL reference framework…"))
        self.error = ErrorLabel()
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

    def on_reference_activated(self) -> None:
        entry = catalogue(RETENTION_REFERENCES).get(self.reference.currentData())
        if entry is None:
            return
        self.active.set_value(duration(entry.get("active")))
        self.archive.set_value(duration(entry.get("archive")))
        self.start.set_code(entry.get("start_event"))
        self.source.setText(entry.text("source", labels.lang()))
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


class RetentionBlock(Block):
    help_topic = "retention"
    fields = ("retention",)

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Retention periods"),
            self.tr("For each category of data ticked earlier: how long it is kept, from when, and what "
                    "happens then. Where no fixed duration is possible, give the criterion."),
            lookups,
        )  # fmt: skip
        self.rows: dict[str, RetentionRow] = {}
        self.container = QWidget()
        self.container_layout = QVBoxLayout(self.container)
        self.container_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_hint = hint(self.tr('Tick data categories in "Data subjects and personal data" first.'))
        self.layout_.addWidget(self.empty_hint)
        self.layout_.addWidget(self.container)
        self.kept_label = hint("")
        self.kept_label.setVisible(False)
        self.layout_.addWidget(self.kept_label)
        self.layout_.addWidget(self.errors.add("retention", ErrorLabel()))
        self.finish()

    def sync(self, categories: list[str]) -> None:
        """Show one row per ticked category, in catalogue order. Rows of unticked categories are
        hidden, unless they hold a rule: that is never dropped behind the user's back."""
        wanted = set(categories) | {code for code, row in self.rows.items() if not row.is_empty()}
        order = [e.code for e in catalogue(DATA_CATEGORIES)]
        for code in order:
            if code in wanted and code not in self.rows:
                self.rows[code] = RetentionRow(code)
        for code in order:
            if code in self.rows:
                row = self.rows[code]
                self.container_layout.removeWidget(row)
                self.container_layout.addWidget(row)
                row.setVisible(code in wanted)
        self.empty_hint.setVisible(not wanted)
        self.errors.forget("retention[")
        for i, code in enumerate(c for c in order if c in wanted and c in self.rows):
            self.errors.add(f"retention[{i}]", self.rows[code].error)

    def load(self, data: r.ActivityInput) -> None:
        """One row per category holds its first rule; further rules for a category already shown
        are kept exactly as they are, listed read-only under the rows."""
        self.loaded: list[tuple[str, r.RetentionRule | None]] = []  # (category, kept rule or None: row)
        for rule in data.retention:
            if any(code == rule.category and kept is None for code, kept in self.loaded):
                self.loaded.append((rule.category, rule))
                continue
            self.loaded.append((rule.category, None))
            if rule.category not in self.rows:
                self.rows[rule.category] = RetentionRow(rule.category)
            self.rows[rule.category].load(rule)
        kept = [rule for _, rule in self.loaded if rule is not None]
        self.kept_label.setVisible(bool(kept))
        self.kept_label.setText(
            self.tr("Other rules for these categories, kept as they are:")
            + "".join(f"\n• {rule_title(k)} — {retention_text(k, labels.lang())}" for k in kept)
        )  # fmt: skip
        self.sync([c.code for c in data.data_categories] + [rule.category for rule in data.retention])

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        """The rules in their original order (so an unchanged activity compares equal), a row
        emptied by the user removed, then rules written in rows that had none."""
        order = [e.code for e in catalogue(DATA_CATEGORIES)]
        visible = [c for c in order if c in self.rows and not self.rows[c].isHidden()]
        rules: list[r.RetentionRule] = []
        self.positions: list[int] = []
        used: set[str] = set()
        for code, kept in getattr(self, "loaded", []):
            if kept is not None:
                rules.append(kept)
                self.positions.append(len(visible) + len(rules))  # owned by no row: shown above the rows
            elif code in visible and not self.rows[code].is_empty():
                rules.append(self.rows[code].value())
                self.positions.append(visible.index(code))
            used.add(code)
        for code in visible:
            if code not in used and not self.rows[code].is_empty():
                rules.append(self.rows[code].value())
                self.positions.append(visible.index(code))
        return dataclasses.replace(data, retention=tuple(rules))

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        return self.errors.route(self.reindex(issues, "retention", getattr(self, "positions", [])))
