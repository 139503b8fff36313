"""Editor blocks 8 to 10: security measures under the seven CNIL headings, DPIA screening, notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem

from register_app.domain.catalogues import DPIA_CNIL_LISTS, DPIA_CRITERIA, catalogue
from register_app.domain.enums import CnilHeading, DpiaConclusion, DpiaStatus, MeasureStatus
from register_app.services import records as r
from register_app.ui import screen_labels, suggestions
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.activity_data import group
from register_app.ui.activity_description import text_box
from register_app.ui.widgets import DateField, EnumCombo, ErrorLabel, hint, muted_brush, muted_font, with_error

UID_ROLE = Qt.ItemDataRole.UserRole


class MeasuresBlock(Block):
    help_topic = "measures"
    fields = ("measures",)

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Security measures"),
            self.tr("Tick the measures that protect this processing, under the CNIL's seven headings. "
                    "Measures are described once on the Security measures page."),
            lookups,
        )  # fmt: skip
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Measure"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Security measures"))
        self.tree.setMinimumHeight(320)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.headings: dict[CnilHeading, QTreeWidgetItem] = {}
        for heading in CnilHeading:
            top = QTreeWidgetItem([screen_labels.label(heading), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            self.headings[heading] = top
        self.suggested: set[str] = set()  # catalogue suggestions: saving declares the ticked ones in place
        for measure in lookups.measures:
            item = QTreeWidgetItem([measure.name, suggestions.status_text(measure)])
            item.setData(0, UID_ROLE, measure.uid)
            item.setToolTip(0, measure.description)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if measure.status == MeasureStatus.PLANNED:
                item.setForeground(1, Qt.GlobalColor.darkYellow)
            if suggestions.is_suggestion(measure):
                self.suggested.add(measure.uid)
                item.setToolTip(1, suggestions.explained())
                for column in (0, 1):
                    item.setFont(column, muted_font(item.font(column)))
                    item.setForeground(column, muted_brush())
            self.headings[measure.heading].addChild(item)
            self.items[measure.uid] = item
        self.tree.expandAll()
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self.on_tree_item_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.errors.add("measures", ErrorLabel()))
        self.notes: dict[str, str] = {}
        self.on_tree_item_changed()

    def on_tree_item_changed(self, *_args: object) -> None:
        for heading, top in self.headings.items():
            n = sum(top.child(i).checkState(0) == Qt.CheckState.Checked for i in range(top.childCount()))
            top.setText(1, self.tr("%n ticked", "", n) if n else "")
            del heading
        checked = self.checked()
        for uid in self.suggested:
            item = self.items[uid]
            ticked = item.checkState(0) == Qt.CheckState.Checked
            text = self.tr("Suggestion → in place") if ticked else suggestions.short()
            if item.text(1) != text:
                item.setText(1, text)
                item.setToolTip(1, self.tr("A catalogue suggestion: saving declares it in place.") if ticked
                                else suggestions.explained())  # fmt: skip
        summary = self.tr("%n measure(s) ticked.", "", len(checked))
        ticked_suggestions = sum(uid in self.suggested for uid in checked)
        if ticked_suggestions:
            summary += " " + self.tr("Of these, %n catalogue suggestion(s) will be declared in place when you save.",
                                     "", ticked_suggestions)  # fmt: skip
        self.summary.setText(summary)

    def checked(self) -> list[str]:
        return [uid for uid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def load(self, data: r.ActivityInput) -> None:
        self.notes = {link.measure_uid: link.note for link in data.measures}
        for uid, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if uid in self.notes else Qt.CheckState.Unchecked)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        links = tuple(r.MeasureLink(measure_uid=uid, note=self.notes.get(uid, "")) for uid in self.checked())
        unknown = tuple(link for link in data.measures if link.measure_uid not in self.items)
        return dataclasses.replace(data, measures=links + unknown)


class DpiaBlock(Block):
    help_topic = "dpia"
    fields = ("dpia",)

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("DPIA screening"),
            self.tr("Meeting two or more of these nine criteria generally means a data protection impact "
                    "assessment (DPIA) is required. The CNIL also lists processing that always requires "
                    "one, and processing that never does."),
            lookups,
        )  # fmt: skip
        self.criteria: dict[str, QCheckBox] = {}
        criteria_box = group(self.tr("Criteria met"))
        for entry in catalogue(DPIA_CRITERIA):
            box = QCheckBox(entry.label(screen_labels.lang()))
            box.setToolTip(str(entry.get(f"{screen_labels.lang()}_hint") or ""))
            box.toggled.connect(self.on_criteria_toggled)
            self.criteria[entry.code] = box
            criteria_box.layout().addWidget(box)  # type: ignore[union-attr]
        self.count = QLabel()
        self.count.setWordWrap(True)
        criteria_box.layout().addWidget(self.count)  # type: ignore[union-attr]
        self.layout_.addWidget(criteria_box)
        self.list_match = QComboBox()
        self.list_match.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_match.setMinimumContentsLength(20)
        self.list_match.addItem(self.tr("— not on a CNIL list —"), None)
        for entry in catalogue(DPIA_CNIL_LISTS):
            prefix = self.tr("DPIA required:") if entry.get("list") == "required" else self.tr("No DPIA needed:")
            self.list_match.addItem(f"{prefix} {entry.label(screen_labels.lang())}", entry.code)
            self.list_match.setItemData(self.list_match.count() - 1, entry.label(screen_labels.lang()),
                                        Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.conclusion = EnumCombo(DpiaConclusion)
        self.reason = text_box(2)
        self.status = EnumCombo(DpiaStatus)
        self.completed = DateField()
        self.reference = QLineEdit()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        e = self.errors
        form.addRow(self.tr("CNIL list"), with_error(self.list_match, e, "dpia.list_match"))
        form.addRow(self.tr("Conclusion"), self.conclusion)
        form.addRow(self.tr("Reason"), with_error(self.reason, e, "dpia.reason"))
        form.addRow(self.tr("DPIA status"), self.status)
        form.addRow(self.tr("Completed on"), self.completed)
        form.addRow(self.tr("DPIA reference"), with_error(self.reference, e, "dpia.reference"))
        self.layout_.addLayout(form)
        self.layout_.addWidget(e.add("dpia", ErrorLabel()))
        self.finish()
        self.on_criteria_toggled()

    def on_criteria_toggled(self) -> None:
        n = sum(box.isChecked() for box in self.criteria.values())
        if n >= 2:
            self.count.setText(self.tr("{n} criteria met: a DPIA is generally required.").format(n=n))
        else:
            self.count.setText(self.tr("{n} criterion met.").format(n=n))

    def load(self, data: r.ActivityInput) -> None:
        for code, box in self.criteria.items():
            box.setChecked(code in data.dpia.criteria)
        self.list_match.setCurrentIndex(max(self.list_match.findData(data.dpia.list_match), 0))
        self.conclusion.set_value(data.dpia.conclusion)
        self.reason.setPlainText(data.dpia.reason)
        self.status.set_value(data.dpia.status)
        self.completed.set_value(data.dpia.completed_on)
        self.reference.setText(data.dpia.reference)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        return dataclasses.replace(data, dpia=r.Dpia(
            criteria=tuple(code for code, box in self.criteria.items() if box.isChecked()),
            list_match=self.list_match.currentData(),
            conclusion=self.conclusion.value(),
            reason=self.reason.toPlainText().strip(),
            status=self.status.value(),
            completed_on=self.completed.value(),
            reference=self.reference.text().strip(),
        ))  # fmt: skip


class NotesBlock(Block):
    help_topic = "notes"
    fields = ("notes",)

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(self.tr("Notes"), self.tr("Internal notes: left out of the Article 30 extract."), lookups)
        self.notes = text_box(12)
        self.notes.setMaximumHeight(16777215)
        self.layout_.addWidget(with_error(self.notes, self.errors, "notes"), 1)
        self.layout_.addWidget(hint(""))

    def load(self, data: r.ActivityInput) -> None:
        self.notes.setPlainText(data.notes)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        return dataclasses.replace(data, notes=self.notes.toPlainText().strip())
