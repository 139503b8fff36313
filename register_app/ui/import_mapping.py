"""The import wizard's mapping step, for a source of no known layout: each source column with the field
it goes to (the proposed one selected, "— ignore —" allowed), a preset to start from, a live preview
of the first rows as they would import, and "Save preset…" to reuse the mapping (also from the CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import DATA_CATEGORIES, DATA_SUBJECTS
from register_app.domain.words.language import pick
from register_app.services import records as r
from register_app.services.mapped_import.fields import all_fields, field_label
from register_app.services.mapped_import.mapping import Mapping, load_mapping, preset_names, save_mapping
from register_app.services.mapped_import.plan import mapping_for, preview_activities
from register_app.services.mapped_import.sources import Table
from register_app.services.mapped_import.values import text_of
from register_app.ui.screen_labels import code_label, lang, short_legal_basis
from register_app.ui.widgets import heading, hint

PREVIEW_ROWS = 5
FIELD_WIDTH = 300  # the field combo's column: its longest labels (DPIA criteria) are elided beyond this
SOURCE_WIDTH = 280  # the source column at most: a long header (the ICO template's) is elided, its tooltip whole
# The shipped presets by what they read, not their file names ("ciso_assistant", "ropa_json").
PRESET_NAMES = {
    "ciso_assistant": QT_TRANSLATE_NOOP("MappingStep", "CISO Assistant processing workbook"),
    "fides": QT_TRANSLATE_NOOP("MappingStep", "Fides-style data map"),
    "ico": QT_TRANSLATE_NOOP("MappingStep", "ICO documentation template (UK)"),
    "koos": QT_TRANSLATE_NOOP("MappingStep", "KOOS register in Markdown (German VVT keys)"),
    "ropa_json": QT_TRANSLATE_NOOP("MappingStep", "ROPA as a JSON list"),
}


def preset_label(name: str) -> str:
    return QCoreApplication.translate("MappingStep", PRESET_NAMES[name]) if name in PRESET_NAMES else name


def _label(code: str) -> str:
    return pick(field_label(code), lang())


class MappingStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.proposed = Mapping()
        self.title = heading("")
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Preset"))
        self.preset.activated.connect(self.on_preset_activated)
        save = QPushButton(self.tr("Save preset…"))
        save.clicked.connect(self.on_save_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Start from")))
        row.addWidget(self.preset, 1)
        row.addWidget(save)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Source column"), self.tr("Goes to"), self.tr("First value")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.columns.setColumnWidth(1, FIELD_WIDTH)
        self.preview = QTableWidget(0, 5)
        self.preview.setHorizontalHeaderLabels([self.tr("Activity"), self.tr("Purposes and legal basis"),
                                                self.tr("Data subjects"), self.tr("Data categories"),
                                                self.tr("Retention")])  # fmt: skip
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(hint(self.tr("This file is neither the CNIL model nor a register of this application: say "
                                      "which field each column goes to. Text that cannot be read as a code is kept "
                                      "as text.")))  # fmt: skip
        layout.addLayout(row)
        layout.addWidget(self.columns, 3)
        layout.addWidget(QLabel(self.tr("First rows as they would import")))
        layout.addWidget(self.preview, 2)

    def load(self, table: Table, proposed: Mapping) -> None:
        self.table, self.proposed = table, proposed
        self.title.setText(self.tr("{source}: map the columns").format(source=table.name))
        self.preset.clear()
        self.preset.addItem(self.tr("Proposed from the headers"), "")
        for name in preset_names():
            self.preset.addItem(preset_label(name), name)
        self.show_mapping(proposed)

    def show_mapping(self, mapping: Mapping) -> None:
        if self.table is None:
            return
        fields = all_fields()
        self.columns.setRowCount(len(self.table.columns))
        for i, column in enumerate(self.table.columns):
            source = QTableWidgetItem(column)
            source.setToolTip(column)
            self.columns.setItem(i, 0, source)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for {column}").format(column=column))
            combo.addItem(_label(""), "")
            for code in fields:
                combo.addItem(_label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(mapping.field_of(column))))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.columns.setCellWidget(i, 1, combo)
            first = next((text_of(row.values[column]) for row in self.table.rows if column in row.values), "")
            self.columns.setItem(i, 2, QTableWidgetItem(" ".join(first.split())[:120]))
        self.columns.resizeColumnToContents(0)  # the field column stays in view, whatever the headers' length
        self.columns.setColumnWidth(0, min(self.columns.columnWidth(0), SOURCE_WIDTH))
        self.refresh_preview()

    def mapping(self) -> Mapping:
        if self.table is None:
            return Mapping()
        columns = {}
        for i, column in enumerate(self.table.columns):
            combo = self.columns.cellWidget(i, 1)
            columns[column] = combo.currentData() if isinstance(combo, QComboBox) else ""
        return Mapping(columns, name=self.preset.currentData() or "", sheet=self.proposed.sheet)

    def refresh_preview(self) -> None:
        if self.table is None:
            return
        activities = preview_activities(self.table, self.mapping(), PREVIEW_ROWS)
        self.preview.setRowCount(len(activities))
        for i, a in enumerate(activities):
            for j, text in enumerate(_preview_cells(a)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview.setItem(i, j, item)
        self.preview.resizeRowsToContents()  # five rows at most

    # --- handlers
    def on_preset_activated(self, _index: int) -> None:
        if self.table is None:
            return
        name = self.preset.currentData()
        chosen = load_mapping(name) if name else self.proposed
        self.show_mapping(mapping_for(self.table, chosen))

    def on_save_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save preset"), "mapping.json",
                                                self.tr("Mappings (*.json)"))  # fmt: skip
        if chosen:
            save_mapping(self.mapping(), Path(chosen))


def _preview_cells(a: r.Activity) -> list[str]:
    def names(name: str, codes: list[tuple[str, str]]) -> str:
        return ", ".join(f"{code_label(name, c)}{f' ({p})' if p else ''}" for c, p in codes)

    purposes = "; ".join(f"{p.description} — {short_legal_basis(p.legal_basis)}" if p.legal_basis
                         else p.description or p.legal_basis_note for p in a.purposes)  # fmt: skip
    none = QCoreApplication.translate("MappingStep", "—")
    return [
        a.name,
        purposes or none,
        names(DATA_SUBJECTS, [(s.code, s.precision) for s in a.data_subjects]) or none,
        names(DATA_CATEGORIES, [(c.code, c.description) for c in a.data_categories]) or none,
        "; ".join(rule.criterion for rule in a.retention) or none,
    ]
