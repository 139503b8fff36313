"""Editor blocks 3 and 4: data subjects, data categories and sources; special categories (Art. 9),
offence data (Art. 10) and the NIR, each with its own justification."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout

from register_app.domain.catalogues import (
    ART9_CONDITIONS,
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    catalogue,
    category_regime,
)
from register_app.services import records as r
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.activity_description import text_box
from register_app.ui.widgets import Checklist, CodeCombo, ErrorLabel, hint, with_error

STANDARD = [e.code for e in catalogue(DATA_CATEGORIES) if category_regime(e.code) == "standard"]
SPECIAL = [e.code for e in catalogue(DATA_CATEGORIES) if category_regime(e.code) != "standard"]


def group(title: str, *widgets) -> QGroupBox:  # type: ignore[no-untyped-def]
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class DataBlock(Block):
    help_topic = "data"
    fields = ("data_subjects", "data_categories", "data_sources")
    categories_changed = Signal()

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Data subjects and personal data"),
            self.tr('Tick what applies and add a precision where useful (e.g. "staff and interns").'),
            lookups,
        )
        self.subjects = Checklist(DATA_SUBJECTS, precision_hint=self.tr("precision"))
        self.categories = Checklist(DATA_CATEGORIES, codes=STANDARD, precision_hint=self.tr("description"))
        self.sources = Checklist(DATA_SOURCES, precision_hint=self.tr("precision"))
        self.categories.toggled.connect(self.categories_changed)
        e = self.errors
        self.layout_.addWidget(group(self.tr("Categories of data subjects"), self.subjects,
                                     e.add("data_subjects", ErrorLabel())))  # fmt: skip
        self.layout_.addWidget(group(self.tr("Categories of personal data"), self.categories,
                                     e.add("data_categories", ErrorLabel())))  # fmt: skip
        self.layout_.addWidget(group(self.tr("Where the data comes from"), self.sources,
                                     e.add("data_sources", ErrorLabel())))  # fmt: skip
        self.finish()

    def load(self, data: r.ActivityInput) -> None:
        self.subjects.set_checked((s.code, s.precision) for s in data.data_subjects)
        self.categories.set_checked((c.code, c.description) for c in data.data_categories if c.code in STANDARD)
        self.sources.set_checked((s.code, s.precision) for s in data.data_sources)
        self._counts = {s.code: s.estimated_count for s in data.data_subjects}

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        counts = getattr(self, "_counts", {})
        special = tuple(c for c in data.data_categories if c.code not in STANDARD)
        return dataclasses.replace(
            data,
            data_subjects=tuple(r.DataSubject(code=c, precision=p, estimated_count=counts.get(c))
                                for c, p in self.subjects.checked()),
            data_categories=tuple(r.DataCategory(code=c, description=p) for c, p in self.categories.checked())
            + special,
            data_sources=tuple(r.CodedItem(code=c, precision=p) for c, p in self.sources.checked()),
        )  # fmt: skip


class SpecialBlock(Block):
    help_topic = "special"
    fields = ("art9_condition", "art9_justification", "art10_justification", "nir_justification")
    categories_changed = Signal()

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Sensitive data"),
            self.tr("Special categories (GDPR Art. 9), offence data (Art. 10) and the social security "
                    "number (NIR) each follow their own rules: say why the processing may use them."),
            lookups,
        )  # fmt: skip
        art9 = [c for c in SPECIAL if category_regime(c) == "art9"]
        art10 = [c for c in SPECIAL if category_regime(c) == "art10"]
        nir = [c for c in SPECIAL if category_regime(c) == "nir"]
        self.art9 = Checklist(DATA_CATEGORIES, codes=art9, precision_hint=self.tr("description"))
        self.art9_condition = CodeCombo(ART9_CONDITIONS, empty=self.tr("— choose the Art. 9(2) exception —"))
        self.art9_justification = text_box(2)
        self.art10 = Checklist(DATA_CATEGORIES, codes=art10, precision_hint=self.tr("description"))
        self.art10_justification = text_box(2)
        self.nir = Checklist(DATA_CATEGORIES, codes=nir, precision_hint=self.tr("description"))
        self.nir_justification = text_box(2)
        for checklist in (self.art9, self.art10, self.nir):
            checklist.toggled.connect(self.categories_changed)
            checklist.toggled.connect(self.on_toggled)
        e = self.errors
        form9 = QFormLayout()
        form9.addRow(self.tr("Exception allowing it"), with_error(self.art9_condition, e, "art9_condition"))
        form9.addRow(self.tr("Justification"), with_error(self.art9_justification, e, "art9_justification"))
        box9 = group(self.tr("Special categories of data (Art. 9)"), self.art9)
        box9.layout().addLayout(form9)  # type: ignore[union-attr]
        box10 = group(self.tr("Criminal convictions and offences (Art. 10)"), self.art10,
                      hint(self.tr("Legal ground (the text that authorises it):")),
                      with_error(self.art10_justification, e, "art10_justification"))  # fmt: skip
        box_nir = group(self.tr("Social security number (NIR)"), self.nir,
                        hint(self.tr("Why the NIR is needed (the text that allows its use):")),
                        with_error(self.nir_justification, e, "nir_justification"))  # fmt: skip
        for box in (box9, box10, box_nir):
            self.layout_.addWidget(box)
        self.finish()
        self.on_toggled()

    def on_toggled(self) -> None:
        on9 = bool(self.art9.checked())
        self.art9_condition.setEnabled(on9)
        self.art9_justification.setEnabled(on9)
        self.art10_justification.setEnabled(bool(self.art10.checked()))
        self.nir_justification.setEnabled(bool(self.nir.checked()))

    def load(self, data: r.ActivityInput) -> None:
        special = [(c.code, c.description) for c in data.data_categories if c.code in SPECIAL]
        for checklist in (self.art9, self.art10, self.nir):
            checklist.set_checked(special)
        self.art9_condition.set_code(data.art9_condition)
        self.art9_justification.setPlainText(data.art9_justification)
        self.art10_justification.setPlainText(data.art10_justification)
        self.nir_justification.setPlainText(data.nir_justification)
        self.on_toggled()

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        standard = tuple(c for c in data.data_categories if c.code not in SPECIAL)
        special = [r.DataCategory(code=c, description=p)
                   for checklist in (self.art9, self.art10, self.nir) for c, p in checklist.checked()]  # fmt: skip
        on9 = bool(self.art9.checked())
        return dataclasses.replace(
            data,
            data_categories=standard + tuple(special),
            art9_condition=self.art9_condition.code() if on9 else None,
            art9_justification=self.art9_justification.toPlainText().strip() if on9 else "",
            art10_justification=self.art10_justification.toPlainText().strip() if self.art10.checked() else "",
            nir_justification=self.nir_justification.toPlainText().strip() if self.nir.checked() else "",
        )

    def checked_codes(self) -> list[str]:
        return [c for checklist in (self.art9, self.art10, self.nir) for c, _ in checklist.checked()]
