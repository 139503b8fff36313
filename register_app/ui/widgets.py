"""Small form widgets shared by the editors: catalogue and enum pickers, optional dates, durations,
checklists with precision text, repeatable rows, and the error labels that show validation issues
beside their field."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from register_app.domain.catalogues import COUNTRIES, catalogue, country_status
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui import screen_labels
from register_app.ui.type_ahead import TypeAheadCombo


class ErrorLabel(QLabel):
    """A validation message shown beside its field; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class ErrorMap:
    """Routes issues to the error label of the field (path prefix) they concern."""

    def __init__(self) -> None:
        self._labels: dict[str, ErrorLabel] = {}

    def add(self, prefix: str, label: ErrorLabel) -> ErrorLabel:
        self._labels[prefix] = label
        return label

    def forget(self, prefix: str) -> None:
        """Drop the labels of rows (prefix "purposes[") before registering the current ones."""
        for key in [k for k in self._labels if k.startswith(prefix)]:
            del self._labels[key]

    def clear(self) -> None:
        for label in self._labels.values():
            label.show_messages([])

    def owner(self, field: str) -> str | None:
        best = None
        for prefix in self._labels:
            matches = field == prefix or field.startswith((prefix + ".", prefix + "["))
            if matches and (best is None or len(prefix) > len(best)):
                best = prefix
        return best

    def route(self, issues: Iterable[Issue]) -> list[Issue]:
        """Show each issue beside its field; returns the issues no field here owns."""
        grouped: dict[str, list[str]] = {}
        rest = []
        for item in issues:
            prefix = self.owner(item.field)
            if prefix is None:
                rest.append(item)
            else:
                grouped.setdefault(prefix, []).append(item.message(screen_labels.lang()))
        for prefix, label in self._labels.items():
            label.show_messages(grouped.get(prefix, []))
        return rest


class CodeCombo(TypeAheadCombo):
    """Pick a code from a catalogue; `empty` adds a first "not set" entry."""

    def __init__(self, name: str, *, empty: str | None = None, codes: Iterable[str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.name = name
        if empty is not None:
            self.addItem(empty, None)
        cat = catalogue(name)
        for entry in cat:
            if codes is None or entry.code in codes:
                self.addItem(entry.label(screen_labels.lang()), entry.code)
                hint = str(entry.get(f"{screen_labels.lang()}_hint") or "")
                if hint:
                    self.setItemData(self.count() - 1, hint, Qt.ItemDataRole.ToolTipRole)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


ORGANISATION_KIND = "international_organisation"  # the `kind` of such entries in the countries catalogue
HOME_COUNTRY = "FR"  # the app serves French organisations: their country comes first


def country_group(code: str) -> int:
    """0 for France, 1 for the rest of the EEA, 2 for every other country."""
    return 0 if code == HOME_COUNTRY else 1 if country_status(code) == "eea" else 2


class CountryCombo(CodeCombo):
    """Countries by name in the interface language (accents ignored), France then the rest of the EEA
    first, each showing its transfer status (EEA, adequate, third country). With `organisations`, the
    catalogue's international organisations follow, under their own heading: a transfer's
    destination can be one (GDPR Art. 30(1)(e)), an address or a host cannot."""

    def __init__(self, *, empty: str | None = None, organisations: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        TypeAheadCombo.__init__(self, parent)
        self.name = COUNTRIES
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        if empty is not None:
            self.addItem(empty, None)
        entries = sorted(catalogue(COUNTRIES), key=lambda e: screen_labels.collation_key(e.label(screen_labels.lang())))
        countries = [entry for entry in entries if entry.get("kind", "country") != ORGANISATION_KIND]
        countries.sort(key=lambda e: country_group(e.code))  # stable: alphabetical inside each group
        previous = -1
        for entry in countries:
            group = country_group(entry.code)
            if group == 2 and previous in (0, 1):
                self.insertSeparator(self.count())  # the EEA above, the rest of the world below
            self.addItem(screen_labels.country_label(entry.code), entry.code)
            previous = group
        found = [entry for entry in entries if entry.get("kind") == ORGANISATION_KIND]
        if organisations and found:
            self.insertSeparator(self.count())
            self.addItem(self.tr("International organisations"), None)
            heading = self.model().item(self.count() - 1)  # type: ignore[attr-defined]
            heading.setEnabled(False)
            heading.setFont(muted_font(heading.font()))
            for entry in found:
                self.addItem(screen_labels.country_label(entry.code), entry.code)


class EnumCombo(TypeAheadCombo):
    def __init__(self, enum: type[Enum], *, empty: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        if empty is not None:
            self.addItem(empty, None)
        for value in enum:
            self.addItem(screen_labels.label(value), value)

    def value(self) -> Any:
        """The chosen member (Qt hands a string enum's item data back as a plain string)."""
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(self.findData(value), 0))


DATE_FORMATS = ("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd",
                "yyyy-M-d")  # fmt: skip
SHOWN_FORMAT = "dd/MM/yyyy"
INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; }"


def parse_date(text: str) -> date | None:
    """A typed date: day/month/year (with /, . or -) or ISO year-month-day; None if not a date."""
    for fmt in DATE_FORMATS:
        parsed = QDate.fromString(text.strip(), fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


class DateField(QWidget):
    """An optional date typed with the keyboard (15/03/2025 or 2025-03-15) or picked in a calendar
    that opens on the value, or today. An empty field means "not set"; a text that is not a date
    (31/02/2025, "abc") is outlined in red with a message and kept on screen, while the field's value
    stays the last date it held: a typo never saves as an emptied date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # Children made with their parent: reparenting them later breaks Qt's focus chain (Tab loops).
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        self.edit.editingFinished.connect(self.on_edit_editing_finished)
        self.edit.textChanged.connect(self.on_edit_text_changed)
        self.button = QToolButton(self)
        self.button.setText("▾")  # an arrow as on a drop-down (no emoji font on many Linux desktops)
        self.button.setToolTip(self.tr("Choose in a calendar"))
        self.button.setAccessibleName(self.tr("Choose in a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.kept: date | None = None  # the last date set or typed in full: the value while the text is not a date
        self.message = ErrorLabel(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.on_calendar_picked)
        self.calendar.activated.connect(self.on_calendar_picked)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        """The date typed, None when emptied, the last date held while the text is not a date."""
        return parse_date(self.edit.text()) if self.is_valid() else self.kept

    def set_value(self, value: date | None) -> None:
        self.kept = value
        self.edit.setText(QDate(value.year, value.month, value.day).toString(SHOWN_FORMAT) if value else "")

    def is_valid(self) -> bool:
        """Empty or a date."""
        return not self.edit.text().strip() or parse_date(self.edit.text()) is not None

    def on_edit_editing_finished(self) -> None:
        if self.is_valid():  # 2025-03-15 and 5/3/2025 are shown as 15/03/2025 and 05/03/2025
            self.set_value(parse_date(self.edit.text()))

    def on_edit_text_changed(self, _text: str) -> None:
        valid = self.is_valid()
        self.edit.setStyleSheet("" if valid else INVALID_STYLE)
        self.edit.setToolTip("" if valid else self.tr("Not a date: type it as dd/mm/yyyy, e.g. 15/03/2025"))
        self.message.show_messages([] if valid else [self.tr("Not a date: the previous value is kept.")])

    def open_calendar(self) -> None:
        current = self.value() or date.today()
        shown = QDate(current.year, current.month, current.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.popup.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def on_calendar_picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.popup.hide()
        self.edit.setFocus()


class DurationField(QWidget):
    """A whole number and a unit; 0 means "no duration"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.number = QSpinBox()
        self.number.setRange(0, 1000)
        self.number.setSpecialValueText("—")
        self.unit = EnumCombo(DurationUnit)
        self.unit.set_value(DurationUnit.YEARS)
        layout.addWidget(self.number)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.number)

    def value(self) -> r.Duration | None:
        return r.Duration(value=self.number.value(), unit=self.unit.value()) if self.number.value() else None

    def set_value(self, value: r.Duration | None) -> None:
        self.number.setValue(value.value if value else 0)
        if value:
            self.unit.set_value(value.unit)


class Checklist(QWidget):
    """Catalogue entries as check boxes, each with a precision text enabled once checked."""

    toggled = Signal()

    def __init__(self, name: str, *, codes: Iterable[str] | None = None, precision_hint: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        wanted = list(codes) if codes is not None else None
        entries = [e for e in catalogue(name) if wanted is None or e.code in wanted]
        for row, entry in enumerate(entries):
            box = QCheckBox(entry.label(screen_labels.lang()))
            hint = str(entry.get(f"{screen_labels.lang()}_hint") or "")
            box.setToolTip(hint)
            text = QLineEdit()
            text.setPlaceholderText(hint or precision_hint)
            text.setEnabled(False)
            box.toggled.connect(text.setEnabled)
            box.toggled.connect(lambda _on: self.toggled.emit())
            grid.addWidget(box, row, 0)
            grid.addWidget(text, row, 1)
            self.boxes[entry.code] = box
            self.texts[entry.code] = text

    def checked(self) -> list[tuple[str, str]]:
        return [(code, self.texts[code].text().strip()) for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, items: Iterable[tuple[str, str]]) -> None:
        values = dict(items)
        for code, box in self.boxes.items():
            box.setChecked(code in values)
            self.texts[code].setText(values.get(code, ""))


class RowList(QWidget):
    """Repeatable rows (purposes, transfers...) with a remove button each and an add button."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], QWidget], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        outer.addLayout(self._rows_layout)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.on_add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._rows: list[QWidget] = []

    def rows(self) -> list[Any]:
        return list(self._rows)

    def on_add_clicked(self) -> None:
        row = self.add_row()
        row.setFocus()

    def add_row(self) -> Any:
        row = self._make_row()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(row, 1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_row(row))
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        row.setProperty("frame", frame)
        self._rows_layout.addWidget(frame)
        self._rows.append(row)
        self.place_in_tab_order(frame)
        self.changed.emit()
        return row

    def place_in_tab_order(self, frame: QWidget) -> None:
        """A new row is made last, so Tab would reach it after everything else: put its fields just
        before the add button, after what precedes that button."""

        def outside(widget: QWidget) -> bool:
            return not (widget.isAncestorOf(self.add_button) or widget is frame or frame.isAncestorOf(widget))

        before, after = self.add_button.previousInFocusChain(), self.add_button.nextInFocusChain()
        while not outside(before):
            before = before.previousInFocusChain()
        while not outside(after):
            after = after.nextInFocusChain()
        for first, following in itertools.pairwise([before, *widget_fields(frame), self.add_button, after]):
            QWidget.setTabOrder(first, following)

    def remove_row(self, row: QWidget) -> None:
        frame = row.property("frame")
        self._rows.remove(row)
        frame.setParent(None)
        frame.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self._rows):
            self.remove_row(row)


def scroll_page(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


def out_of_sight(page: QWidget) -> bool:
    """Whether `page` is one of a stack's pages other than the one shown: such a page reloads when
    next shown rather than after every edit."""
    stack = page.parentWidget()
    return isinstance(stack, QStackedWidget) and stack.currentWidget() is not page


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def muted_font(font: QFont) -> QFont:
    """The font of what is only suggested, not recorded: italics."""
    italic = QFont(font)
    italic.setItalic(True)
    return italic


def muted_brush() -> QBrush:
    """The colour of what is only suggested, not recorded: the placeholder text's grey."""
    return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))


def with_error(widget: QWidget, errors: ErrorMap, prefix: str) -> QWidget:
    """The field with its error label underneath, registered for issues about `prefix`."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.add(prefix, ErrorLabel()))
    box.setFocusProxy(widget)
    return box


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None:
        width = min(width, int(screen.width() * 0.95))
        height = min(height, int(screen.height() * 0.92))
    dialog.resize(width, height)


def busy_progress(parent: QWidget, label: str, *, cancel: str | None = None) -> QProgressDialog:
    """A window-modal 'working…' dialog shown at once, for a worker thread; a Cancel button (of
    text `cancel`) only when the job can stop."""
    progress = QProgressDialog(label, cancel or "", 0, 0, parent)
    if cancel is None:
        progress.setCancelButton(None)  # type: ignore[arg-type]
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setWindowTitle(parent.windowTitle())
    progress.show()
    return progress


def laid_out_fields(layout: QLayout) -> list[QWidget]:
    """The widgets that take focus with Tab in `layout`, in the order they are laid out: a form row
    by row (rows inserted later included), a grid line by line, a box in its order."""
    if isinstance(layout, QFormLayout):
        roles = (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole)
        items = [layout.itemAt(row, role) for row in range(layout.rowCount()) for role in roles]
    elif isinstance(layout, QGridLayout):
        cells = [(layout.getItemPosition(i)[:2], layout.itemAt(i)) for i in range(layout.count())]
        items = [item for _cell, item in sorted(cells, key=lambda pair: pair[0])]
    else:
        items = [layout.itemAt(i) for i in range(layout.count())]
    found: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        if item.widget() is not None:
            found += widget_fields(item.widget())
        elif item.layout() is not None:
            found += laid_out_fields(item.layout())
    return found


def widget_fields(widget: QWidget) -> list[QWidget]:
    """`widget` itself when it takes focus with Tab, else the fields of its layout (a scroll area's
    content's)."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        return widget_fields(widget.widget())
    if isinstance(widget, QTabWidget):  # its tabs, then each page
        return [widget.tabBar()] + [w for i in range(widget.count()) for w in widget_fields(widget.widget(i))]
    own = [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    if widget.layout() is None or (own and widget.focusProxy() is None and not isinstance(widget, QGroupBox)):
        return own
    return laid_out_fields(widget.layout())


def follow_layout_order(widget: QWidget, *, after: QWidget | None = None) -> None:
    """Tab goes through `widget`'s fields in the order they are laid out (the order shown), whatever
    the order they were made in, right after `after` when given (a widget that is not their
    ancestor: Qt puts a widget given after a compound one after all of its children)."""
    chain = ([after] if after is not None else []) + widget_fields(widget)
    for before, following in itertools.pairwise(chain):
        QWidget.setTabOrder(before, following)
