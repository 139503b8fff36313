"""Open the editor a finding is about, on the field it names: the field is shown (section, tab,
scrolled into view), focused, and the finding's message is shown beside it the way validation
issues are (or at the top of the editor when the field has no message label)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QStyle, QTabWidget, QWidget

from register_app.domain.catalogues import Lang
from register_app.domain.words.fields import PATH
from register_app.errors import UserError
from register_app.services import records as r
from register_app.ui import editors, screen_labels
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.errors import show_error
from register_app.ui.form_dialog import FormDialog
from register_app.ui.organisation_page import OrganisationPage
from register_app.ui.register_context import RegisterContext
from register_app.ui.widgets import Checklist, ErrorLabel, ErrorMap

DESCRIPTION = {"name": "name", "reference": "reference", "description": "description", "status": "status",
               "role": "role", "client_uid": "client", "joint_controller_uids": "joint",
               "last_review": "last_review"}  # fmt: skip
SPECIAL = ("art9_condition", "art9_justification", "art10_justification", "nir_justification")
PURPOSE_PARTS = {"legal_basis": "basis", "legitimate_interest": "interest", "balancing_test": "interest"}
TRANSFER_PARTS = {"tool": "tool", "tia_reference": "tia", "country": "country", "recipient": "recipient"}
RETENTION_PARTS = {"criterion": "criterion", "start_event": "start", "final_fate": "fate"}
SUBPROCESSOR = {"contract_status": "contract_status", "contract_review": "contract_review",
                "transfer_tool": "transfer_tool", "dpf_certified": "dpf", "name": "name", "notes": "notes",
                "countries": "hosting"}  # fmt: skip


class Target(Protocol):
    """What an editor is opened on: a finding, or an agenda item (ui.agenda_list.DueTarget)."""

    @property
    def code(self) -> str: ...
    @property
    def object_kind(self) -> str: ...
    @property
    def object_uid(self) -> str: ...
    @property
    def field(self) -> str: ...
    def message(self, lang: Lang) -> str: ...


@dataclass(frozen=True)
class Note:
    """A finding's message in the shape of a validation issue, so an ErrorMap shows it."""

    field: str
    text: str

    def message(self, _lang: str = "fr") -> str:
        return self.text


@dataclass
class Spot:
    """Where a finding is fixed: the widget to focus and, when it has one, its message label."""

    widget: QWidget
    label: ErrorLabel | None = None


def split(path: str) -> tuple[str, int | None, str | None]:
    match = PATH.match(path)
    if match is None:
        return path, None, None
    return match["name"], int(match["index"]) if match["index"] else None, match["part"]


def first_box(checklist: Checklist) -> QWidget:
    return next(iter(checklist.boxes.values()))


def nth(rows: list[QWidget], index: int | None) -> QWidget | None:
    if not rows:
        return None
    return rows[index] if index is not None and 0 <= index < len(rows) else rows[0]


# --- the activity editor
def activity_spot(dialog: ActivityDialog, data: r.ActivityInput, finding: Target) -> Spot:
    name, index, part = split(finding.field)
    if name == "joint_controller_uids" and dialog.description.joint_boxes:
        return Spot(next(iter(dialog.description.joint_boxes.values())))
    if name in DESCRIPTION:
        return Spot(getattr(dialog.description, DESCRIPTION[name]))
    if name in SPECIAL:
        return Spot(getattr(dialog.special, name))
    if name == "purposes":
        row = nth(dialog.purposes.list.rows(), index)
        if row is None:
            return Spot(dialog.purposes.list.add_button)
        return Spot(getattr(row, PURPOSE_PARTS.get(part or "", "description")))
    if name == "data_subjects":
        return Spot(first_box(dialog.data.subjects))
    if name == "data_categories":
        return category_spot(dialog, data, index, finding.code)
    if name in ("recipients", "subprocessor_uids"):
        return Spot(first_box(dialog.recipients.recipients))
    if name == "transfers":
        row = nth(dialog.transfers.list.rows(), index) if index is not None else None
        if row is None:
            return Spot(dialog.transfers.from_subs)
        return Spot(getattr(row, TRANSFER_PARTS.get(part or "", "tool")), row.tool_error)  # type: ignore[attr-defined]
    if name == "retention":
        return retention_spot(dialog, data, index, part)
    if name == "measures":
        return Spot(dialog.measures.tree)
    if name == "dpia":
        dpia = dialog.dpia
        widgets = {"status": dpia.status, "reason": dpia.reason, "criteria": next(iter(dpia.criteria.values())),
                   "list_match": dpia.list_match, "reference": dpia.reference,
                   "completed_on": dpia.completed}  # fmt: skip
        return Spot(widgets.get(part or "", dpia.conclusion))
    return Spot(dialog.description.name)


def category_spot(dialog: ActivityDialog, data: r.ActivityInput, index: int | None, code: str) -> Spot:
    if index is None or index >= len(data.data_categories):
        return Spot(first_box(dialog.data.categories))
    category = data.data_categories[index].code
    row = dialog.retention.first_row(category)
    if code.startswith("RETENTION-") and row is not None:
        return Spot(row.active, row.error)  # the category has no retention period: fix it there
    return category_box(dialog, category)


def category_box(dialog: ActivityDialog, category: str) -> Spot:
    for checklist in (dialog.data.categories, dialog.special.art9, dialog.special.art10, dialog.special.nir):
        if category in checklist.boxes:
            return Spot(checklist.boxes[category])
    return Spot(first_box(dialog.data.categories))


def retention_spot(dialog: ActivityDialog, data: r.ActivityInput, index: int | None, part: str | None) -> Spot:
    if index is not None and index < len(data.retention):
        row = dialog.retention.row_of_rule(index)  # that very rule, not the first of its category
    else:
        row = next(iter(dialog.retention.visible_rows()), None)
    if row is None:
        return Spot(first_box(dialog.data.categories))
    if row.isHidden():  # a rule for a category not ticked: the editor shows it once the category is ticked
        return category_box(dialog, row.category)
    return Spot(getattr(row, RETENTION_PARTS.get(part or "", "active")), row.error)


def focus_activity(dialog: ActivityDialog, finding: Target) -> QWidget:
    spot = activity_spot(dialog, dialog.base, finding)
    block = next((b for b in dialog.blocks if b.isAncestorOf(spot.widget)), dialog.description)
    note = Note(finding.field, finding.message(screen_labels.lang()))
    rest = [note] if spot.label is None and block.errors.route([note]) else []
    if spot.label is not None:
        spot.label.show_messages([note.text])
    dialog.banner.show_messages([note.text] if rest else [])
    item = dialog.sections.item(dialog.blocks.index(block))
    item.setIcon(dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
    dialog.show_section(block)
    return spot.widget


# --- the subprocessor and measure editors
def form_spot(dialog: FormDialog, finding: Target) -> Spot:
    name, index, part = split(finding.field)
    if name == "certifications":
        rows = dialog.certifications.rows()  # type: ignore[attr-defined]
        row = nth(rows, index)
        if row is None:
            return Spot(dialog.certifications.add_button)  # type: ignore[attr-defined]
        return Spot(row.expires if part == "expires" else row.kind, row.error)
    attr = SUBPROCESSOR.get(name, name)
    widget = getattr(dialog, attr, None)
    return Spot(widget if isinstance(widget, QWidget) else dialog.buttons)


def focus_form(dialog: FormDialog, finding: Target) -> QWidget:
    spot = form_spot(dialog, finding)
    note = Note(finding.field, finding.message(screen_labels.lang()))
    if spot.label is not None:
        spot.label.show_messages([note.text])
        rest = []
    else:
        rest = dialog.errors.route([note])  # type: ignore[list-item]
    dialog.banner.show_messages([note.text] if rest else [])
    return spot.widget


# --- the organisation page (edited in place)
# The parts of each contact form in the order a finding about it looks for the first empty one.
CONTACT_PARTS = {
    "identity": ("name", "address", "postcode", "city", "phone", "email"),
    "dpo": ("name", "email", "phone"),
    "representative": ("name", "address", "postcode", "city", "email", "phone"),
}


def organisation_spot(page: OrganisationPage, finding: Target) -> tuple[QWidget, str]:
    name, _index, _part = split(finding.field)
    if name in CONTACT_PARTS:
        form = getattr(page, name)
        empty = next((p for p in CONTACT_PARTS[name] if not getattr(form, p).text().strip()), "name")
        return getattr(form, empty), f"{name}.{empty}"
    if name == "processor_register":
        return page.controllers, name
    if name == "dpo_status":
        return page.dpo_status, "dpo.name"
    return page.identity.name, "identity.name"


def focus_organisation(page: OrganisationPage, finding: Target) -> QWidget:
    widget, path = organisation_spot(page, finding)
    route_note(page.errors, Note(path, finding.message(screen_labels.lang())))
    return widget


def route_note(errors: ErrorMap, note: Note) -> list[object]:
    return list(errors.route([note]))  # type: ignore[list-item]


# --- showing and focusing
def reveal(widget: QWidget) -> None:
    """Bring the widget into view: its tab, then its place in scroll areas; then focus it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                if parent.widget(i).isAncestorOf(widget):
                    parent.setCurrentIndex(i)
        parent = parent.parentWidget()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 20, 40)
        parent = parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


class FocusOnShow(QObject):
    """Reveal and focus a widget once its window is shown (a modal editor is built before exec())."""

    def __init__(self, window: QWidget, widget: QWidget) -> None:
        super().__init__(window)
        self.widget = widget
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            reveal(self.widget)
            QTimer.singleShot(0, lambda: reveal(self.widget))
        return False


def open_finding(ctx: RegisterContext, parent: QWidget, finding: Target, *,
                 organisation: Callable[[], OrganisationPage],
                 show_page: Callable[[QWidget], None]) -> None:  # fmt: skip
    """Open the right editor on the finding's field (the Organisation page for the organisation,
    built if it was not yet)."""
    try:
        if finding.object_kind == "organisation":
            page = organisation()
            show_page(page)
            reveal(focus_organisation(page, finding))
            return
        if finding.object_kind == "activity":
            activity = editors.activity_dialog(ctx, parent, finding.object_uid)
            FocusOnShow(activity, focus_activity(activity, finding))
            activity.exec()
            return
        if finding.object_kind in ("breach", "rights_request"):
            from register_app.ui.breaches_page import breach_dialog
            from register_app.ui.requests_page import request_dialog

            register_dialog = breach_dialog if finding.object_kind == "breach" else request_dialog
            form: FormDialog = register_dialog(ctx, parent, finding.object_uid)
            FocusOnShow(form, focus_form(form, finding))
            form.exec()
            return
        make = editors.subprocessor_dialog if finding.object_kind == "subprocessor" else editors.measure_dialog
        form = make(ctx, parent, finding.object_uid)
        FocusOnShow(form, focus_form(form, finding))
        form.exec()
    except UserError as exc:
        show_error(parent, exc)
