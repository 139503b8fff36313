"""The Organisation & DPO page: who keeps the register (the controller), its DPO and EU
representative, and the other controllers its activities involve. Each field is saved when you
leave it, like every other edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.enums import DpoStatus
from register_app.errors import UserError
from register_app.services import organisation
from register_app.services import records as r
from register_app.services.conflicts import opened, opened_organisation
from register_app.services.organisation import CONTROLLERS, ORGANISATION_UID
from register_app.services.validation import validate_controller, validate_organisation
from register_app.ui.activity_description import text_box
from register_app.ui.editors import save_checked, save_revision
from register_app.ui.edits import CONTROLLER, ORGANISATION, Change, create, delete, update_organisation
from register_app.ui.errors import show_error
from register_app.ui.form_dialog import FormDialog
from register_app.ui.history_table import HistoryTab
from register_app.ui.read_only import make_dialog_read_only, make_read_only
from register_app.ui.register_context import RegisterContext
from register_app.ui.undo import run_edit
from register_app.ui.widgets import (
    CountryCombo,
    EnumCombo,
    ErrorMap,
    fit_to_screen,
    follow_layout_order,
    heading,
    hint,
    scroll_page,
    with_error,
)


class ContactForm(QGroupBox):
    """The CNIL fiche's contact block: name, address, postcode, city, country, phone, email."""

    def __init__(self, title: str, errors: ErrorMap, prefix: str, on_edited: Callable[[], None] | None) -> None:
        super().__init__(title)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = CountryCombo(empty="—")
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.extra = form
        form.addRow(self.tr("Name"), with_error(self.name, errors, f"{prefix}.name"))
        form.addRow(self.tr("Address"), with_error(self.address, errors, f"{prefix}.address"))
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Country"), with_error(self.country, errors, f"{prefix}.country"))
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), with_error(self.email, errors, f"{prefix}.email"))
        if on_edited is not None:
            for edit in (self.name, self.address, self.postcode, self.city, self.phone, self.email):
                edit.editingFinished.connect(on_edited)
            self.country.activated.connect(lambda _i: on_edited())

    def load(self, contact: r.Contact) -> None:
        self.name.setText(contact.name)
        self.address.setText(contact.address)
        self.postcode.setText(contact.postcode)
        self.city.setText(contact.city)
        self.country.set_code(contact.country or None)
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)

    def value(self) -> r.Contact:
        return r.Contact(
            name=self.name.text().strip(), address=self.address.text().strip(), postcode=self.postcode.text().strip(),
            city=self.city.text().strip(), country=self.country.code() or "", phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )  # fmt: skip


class ControllerDialog(FormDialog):
    def __init__(self, *, data: r.ControllerInput, submit: Callable[[r.ControllerInput], None], title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(submit=submit, validate=validate_controller, title=title, parent=parent)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contact = ContactForm(self.tr("Controller"), self.errors, "contact", None)
        self.dpo_name = QLineEdit()
        self.dpo_contact = QLineEdit()
        self.representative_name = QLineEdit()
        self.representative_contact = QLineEdit()
        self.notes = text_box(2)
        form = QFormLayout()
        form.addRow(self.tr("Its DPO"), self.dpo_name)
        form.addRow(self.tr("DPO contact"), self.dpo_contact)
        form.addRow(self.tr("Its representative"), self.representative_name)
        form.addRow(self.tr("Representative contact"), self.representative_contact)
        form.addRow(self.tr("Notes"), with_error(self.notes, self.errors, "notes"))
        layout.addWidget(self.contact)
        layout.addLayout(form)
        self.finish_layout(scroll_page(page))
        fit_to_screen(self, 640, 640)
        self.start(data)
        self.contact.name.setFocus()

    def load(self, data: r.ControllerInput) -> None:
        self.contact.load(data.contact)
        self.dpo_name.setText(data.dpo_name)
        self.dpo_contact.setText(data.dpo_contact)
        self.representative_name.setText(data.representative_name)
        self.representative_contact.setText(data.representative_contact)
        self.notes.setPlainText(data.notes)

    def to_input(self) -> r.ControllerInput:
        return dataclasses.replace(
            self.base, contact=self.contact.value(), dpo_name=self.dpo_name.text().strip(),
            dpo_contact=self.dpo_contact.text().strip(), representative_name=self.representative_name.text().strip(),
            representative_contact=self.representative_contact.text().strip(), notes=self.notes.toPlainText().strip(),
        )  # fmt: skip


class OrganisationPage(QWidget):
    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = ErrorMap()
        self._loading = False
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Organisation & DPO")))
        layout.addWidget(hint(self.tr("Who keeps this register. Each change is saved when you leave the field.")))
        self.identity = ContactForm(self.tr("Organisation (controller)"), self.errors, "identity", self.commit)
        self.legal_form = self.line(self.tr("e.g. SAS, SARL, association"))
        self.trade_names = self.line(self.tr("brands, shop or website names, separated by commas"))
        self.siren = self.line()
        self.websites = self.line(self.tr("e.g. www.example.fr, shop.example.fr"))
        self.identity.extra.insertRow(1, self.tr("Legal form"), with_error(self.legal_form, self.errors, "legal_form"))
        self.identity.extra.insertRow(2, self.tr("Trade names"),
                                      with_error(self.trade_names, self.errors, "trade_names"))  # fmt: skip
        self.identity.extra.insertRow(3, self.tr("SIREN"), with_error(self.siren, self.errors, "siren"))
        self.identity.extra.addRow(self.tr("Websites"), with_error(self.websites, self.errors, "websites"))
        self.dpo = ContactForm(self.tr("Data protection officer (DPO)"), self.errors, "dpo", self.commit)
        self.dpo_status = EnumCombo(DpoStatus)
        self.dpo_status.activated.connect(self.on_dpo_status_activated)
        self.dpo_undecided = hint(self.tr("Choose once the organisation has decided whether it designates a "
                                          "DPO (mandatory in the cases of GDPR Art. 37, voluntary otherwise)."))
        self.dpo_reason = self.line(self.tr("e.g. no large-scale processing of sensitive data, no systematic "
                                            "monitoring"))  # fmt: skip
        self.dpo_title = self.line(self.tr("e.g. Data protection officer, GDPR lead"))
        self.dpo_company = self.line(self.tr("when the DPO is external: their company"))
        self.dpo.extra.insertRow(0, self.tr("Designation"), self.dpo_status)
        self.dpo.extra.insertRow(1, "", self.dpo_undecided)
        self.dpo.extra.insertRow(2, self.tr("Why no DPO"), with_error(self.dpo_reason, self.errors,
                                                                          "dpo_not_designated_reason"))  # fmt: skip
        self.dpo.extra.insertRow(4, self.tr("Title"), with_error(self.dpo_title, self.errors, "dpo_title"))
        self.dpo.extra.insertRow(5, self.tr("Company"), with_error(self.dpo_company, self.errors, "dpo_company"))
        self.representative = ContactForm(self.tr("Representative in the EU (if established outside)"), self.errors,
                                          "representative", self.commit)  # fmt: skip
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.identity)
        left.addWidget(self.representative)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.dpo)
        right.addWidget(self.controllers_box())
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll_page(content), self.tr("Organisation & DPO").replace("&", "&&"))
        self.history = HistoryTab(ctx.register, ORGANISATION_UID)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self.on_tab_changed)
        outer.addWidget(self.tabs)
        follow_layout_order(content)  # the rows inserted into the contact forms come in their place
        ctx.changed.connect(self.on_ctx_changed)
        self.reload()

    def line(self, placeholder: str = "") -> QLineEdit:
        """A one-line field saved when the user leaves it; its hint is also its tooltip, as a narrow
        window cuts the placeholder short."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(placeholder)
        edit.editingFinished.connect(self.commit)
        return edit

    def controllers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Other controllers"))
        layout = QVBoxLayout(box)
        layout.addWidget(hint(self.tr("Joint controllers, and the clients we process data for.")))
        self.controllers = QListWidget()
        self.controllers.setMaximumHeight(140)
        self.controllers.itemActivated.connect(lambda _item: self.on_edit_controller_clicked())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.on_add_controller_clicked),
                           (self.tr("Edit…"), self.on_edit_controller_clicked),
                           (self.tr("Delete…"), self.on_delete_controller_clicked)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if slot == self.on_edit_controller_clicked:
                self.edit_controller_button = button  # stays enabled read-only: it opens a read-only view
        buttons.addStretch(1)
        layout.addWidget(self.controllers)
        layout.addLayout(buttons)
        return box

    def on_ctx_changed(self, change: Change) -> None:
        if change.by_others and self.isAncestorOf(QApplication.focusWidget()):
            return  # not under the user's typing: their save from this version meets the other's as a conflict
        if change.concerns(ORGANISATION, CONTROLLER):
            self.reload()
            if self.tabs.currentWidget() is self.history:
                self.history.reload()

    def on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.reload()  # read when looked at: edits elsewhere (an import) add to it

    def reload(self) -> None:
        self._loading = True
        try:
            editing = opened_organisation(self.ctx.register)
            self.current, self.version = editing.record, editing.version
            self.identity.load(self.current.identity)
            self.legal_form.setText(self.current.legal_form)
            self.trade_names.setText(self.current.trade_names)
            self.siren.setText(self.current.siren)
            self.websites.setText(self.current.websites)
            self.dpo.load(self.current.dpo)
            self.dpo_status.set_value(self.current.dpo_status)
            self.dpo_title.setText(self.current.dpo_title)
            self.dpo_company.setText(self.current.dpo_company)
            self.dpo_reason.setText(self.current.dpo_not_designated_reason)
            self.representative.load(self.current.representative)
            self.show_dpo_status(self.current.dpo_status)
            self.controllers.clear()
            for controller in organisation.list_controllers(self.ctx.register):
                item = QListWidgetItem(controller.contact.name)
                item.setData(Qt.ItemDataRole.UserRole, controller.uid)
                self.controllers.addItem(item)
        finally:
            self._loading = False
        if self.ctx.register.read_only:
            make_read_only(self, keep=[self.edit_controller_button])

    def show_dpo_status(self, status: DpoStatus) -> None:
        """The DPO's contact fields, title and company are for a designated DPO; the reason, for a
        decision not to; until the organisation decides, neither (what was typed is kept)."""
        designated = status is DpoStatus.DESIGNATED
        for widget in (self.dpo.name, self.dpo.address, self.dpo.postcode, self.dpo.city, self.dpo.country,
                       self.dpo.phone, self.dpo.email, self.dpo_title, self.dpo_company):  # fmt: skip
            widget.setEnabled(designated)
        self.dpo_reason.setEnabled(status is DpoStatus.NOT_DESIGNATED)
        self.dpo_undecided.setVisible(status is DpoStatus.UNDECIDED)

    def on_dpo_status_activated(self, _index: int) -> None:
        self.show_dpo_status(self.dpo_status.value())
        self.commit()

    def to_input(self) -> r.Organisation:
        return dataclasses.replace(
            self.current, identity=self.identity.value(), legal_form=self.legal_form.text().strip(),
            trade_names=self.trade_names.text().strip(), siren=self.siren.text().strip(),
            websites=self.websites.text().strip(), representative=self.representative.value(),
            dpo_status=self.dpo_status.value(), dpo=self.dpo.value(), dpo_title=self.dpo_title.text().strip(),
            dpo_company=self.dpo_company.text().strip(),
            dpo_not_designated_reason=self.dpo_reason.text().strip(),
        )  # fmt: skip

    def commit(self) -> None:
        if self._loading or self.ctx.register.read_only:
            return
        data = self.to_input()
        issues = validate_organisation(data)
        self.errors.route(issues)
        if issues or data == self.current:
            return
        try:
            save_checked(self.ctx, self, update_organisation, new=data, base=self.current, version=self.version,
                         text=self.tr("Edit the organisation"))  # fmt: skip
        except UserError as exc:
            show_error(self, exc)

    # --- other controllers
    def selected_controller(self) -> str | None:
        item = self.controllers.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def on_add_controller_clicked(self) -> None:
        def submit(data: r.ControllerInput) -> None:
            run_edit(self.ctx, create(CONTROLLERS, data), self.tr("Add “{name}”").format(name=data.contact.name))

        ControllerDialog(data=r.ControllerInput(), submit=submit, title=self.tr("New controller"), parent=self).exec()

    def on_edit_controller_clicked(self) -> None:
        uid = self.selected_controller()
        if uid is None:
            return
        editing = opened(self.ctx.register, CONTROLLERS, uid)
        record = editing.record
        data = r.input_part(record, r.ControllerInput)

        def submit(new: r.ControllerInput) -> None:
            if new != data:
                text = self.tr("Edit “{name}”").format(name=new.contact.name)
                save_revision(self.ctx, dialog, CONTROLLERS, uid=uid, new=new, base=data, version=editing.version,
                              text=text)  # fmt: skip

        dialog = ControllerDialog(data=data, submit=submit, title=record.contact.name, parent=self)
        dialog.add_history(HistoryTab(self.ctx.register, uid))
        if self.ctx.register.read_only:
            make_dialog_read_only(dialog, dialog.buttons)
        dialog.exec()

    def on_delete_controller_clicked(self) -> None:
        uid = self.selected_controller()
        if uid is None:
            return
        name = self.controllers.currentItem().text()
        answer = QMessageBox.question(self, self.tr("Delete the controller"),
                                      self.tr("Delete “{name}”? Activities naming it will no longer do so.")
                                      .format(name=name))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            try:
                run_edit(self.ctx, delete(CONTROLLERS, uid), self.tr("Delete “{name}”").format(name=name))
            except UserError as exc:
                show_error(self, exc)
