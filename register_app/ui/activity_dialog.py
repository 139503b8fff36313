"""The activity editor: the CNIL fiche's blocks in its order, a section list to move between them,
validation messages beside the fields, and a question before unsaved changes are thrown away.
The dialog never saves by itself: `submit` (given by the page) does, and may refuse."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError
from register_app.services import records as r
from register_app.services.validation import Issue, validate_activity
from register_app.ui import screen_labels
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.activity_data import DataBlock, SpecialBlock
from register_app.ui.activity_description import DescriptionBlock, PurposesBlock
from register_app.ui.activity_recipients import RecipientsBlock, TransfersBlock
from register_app.ui.activity_retention import RetentionBlock
from register_app.ui.activity_security import DpiaBlock, MeasuresBlock, NotesBlock
from register_app.ui.form_dialog import discard_confirmed, save
from register_app.ui.help_window import show_help
from register_app.ui.widgets import ErrorLabel, fit_to_screen, scroll_page

log = logging.getLogger(__name__)
Submit = Callable[[r.ActivityInput], None]


class ActivityDialog(QDialog):
    def __init__(self, lookups: Lookups, *, data: r.ActivityInput, submit: Submit, title: str,
                 fiche: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        """`fiche`: saves the saved activity's fiche as a PDF (an activity being created has none yet)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.fiche = fiche
        self.description = DescriptionBlock(lookups)
        self.purposes = PurposesBlock(lookups)
        self.data = DataBlock(lookups)
        self.special = SpecialBlock(lookups)
        self.recipients = RecipientsBlock(lookups)
        self.transfers = TransfersBlock(lookups, self.recipients.selected)
        self.retention = RetentionBlock(lookups)
        self.measures = MeasuresBlock(lookups)
        self.dpia = DpiaBlock(lookups)
        self.notes = NotesBlock(lookups)
        self.blocks: list[Block] = [self.description, self.purposes, self.data, self.special, self.recipients,
                                    self.transfers, self.retention, self.measures, self.dpia, self.notes]  # fmt: skip
        self.setup_ui()
        self.data.categories_changed.connect(self.on_categories_changed)
        self.special.categories_changed.connect(self.on_categories_changed)
        self.load(data)

    def setup_ui(self) -> None:
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget()
        for number, block in enumerate(self.blocks, start=1):
            item = QListWidgetItem(f"{number}. {block.title}")
            self.sections.addItem(item)
            self.pages.addWidget(scroll_page(block) if not isinstance(block, MeasuresBlock | NotesBlock) else block)
        self.sections.setMinimumWidth(self.sections.sizeHintForColumn(0) + 24)
        self.sections.setMaximumWidth(self.sections.sizeHintForColumn(0) + 40)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        self.banner = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fiche_button = self.buttons.addButton(self.tr("Record as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.fiche_button.setToolTip(self.tr("Save this activity's record (fiche) as a PDF, to read or print"))
        self.fiche_button.clicked.connect(self.on_fiche_clicked)
        self.fiche_button.setVisible(self.fiche is not None)
        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self, self.on_next_section)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self, self.on_previous_section)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.on_help)
        self.setTabOrder(self.sections, self.description)
        fit_to_screen(self, 1120, 780)

    def add_history(self, history: QWidget) -> None:
        """A *History* section after the blocks (not numbered: it is not part of the fiche)."""
        self.sections.addItem(QListWidgetItem(self.tr("History")))
        self.pages.addWidget(history)
        self.sections.setMaximumWidth(max(self.sections.maximumWidth(), self.sections.sizeHintForColumn(0) + 40))

    def on_next_section(self) -> None:
        self.sections.setCurrentRow((self.sections.currentRow() + 1) % len(self.blocks))

    def on_previous_section(self) -> None:
        self.sections.setCurrentRow((self.sections.currentRow() - 1) % len(self.blocks))

    def on_help(self) -> None:
        """The guide's page of the section shown."""
        show_help(self, self.blocks[self.sections.currentRow()].help_topic)

    def on_fiche_clicked(self) -> None:
        if self.fiche is None:
            return
        if self.is_modified():
            why = self.tr("The record shows the activity as saved: save your changes first.")
            QMessageBox.information(self, self.tr("Record as PDF"), why)
            return
        self.fiche()

    def on_categories_changed(self) -> None:
        codes = [c for c, _ in self.data.categories.checked()] + self.special.checked_codes()
        self.retention.sync(codes)

    def show_section(self, block: Block) -> None:
        self.sections.setCurrentRow(self.blocks.index(block))

    # --- binding
    def load(self, data: r.ActivityInput) -> None:
        self.base = data
        for block in self.blocks:
            block.load(data)
        self.on_categories_changed()
        self.initial = self.to_input()
        self.description.name.setFocus()

    def to_input(self) -> r.ActivityInput:
        data = self.base
        for block in self.blocks:
            data = block.to_input(data)
        return data

    def is_modified(self) -> bool:
        return self.to_input() != self.initial

    # --- validation
    def show_issues(self, issues: list[Issue]) -> None:
        first: Block | None = None
        rest = list(issues)
        for i, block in enumerate(self.blocks):
            mine = [item for item in issues if block.owns(item)]
            unrouted = block.show_issues(mine)
            rest = [item for item in rest if item not in mine or item in unrouted]
            item = self.sections.item(i)
            if mine:
                first = first or block
                item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setForeground(QBrush(Qt.GlobalColor.darkRed))
            else:
                item.setIcon(QIcon())
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
        messages = [self.tr("Please correct the marked fields before saving.")] if issues else []
        messages += [f"{item.field}: {item.message(screen_labels.lang())}" for item in rest]
        self.banner.show_messages(messages)
        if first is not None:
            self.show_section(first)

    def accept(self) -> None:
        if save(self, validate_activity):
            super().accept()

    def show_save_failure(self, exc: UserError) -> None:
        log.info("save refused: %s", exc.message)
        again = self.tr("Nothing was saved; your changes are still here. Try again, or Cancel to discard them.")
        self.banner.show_messages([exc.message, again])

    def reject(self) -> None:
        if self.is_modified() and not discard_confirmed(
            self, self.tr("This processing activity has changes that are not saved. Discard them?")
        ):
            return
        super().reject()
