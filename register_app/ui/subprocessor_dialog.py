"""The subprocessor editor: identity and service, hosting countries and transfer tool, the Art. 28
contract, certifications with scope and expiry, measures, and the activities it serves."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import CERTIFICATION_KINDS, HDS_SCOPES, HDS_VERSIONS, TRANSFER_TOOLS, catalogue
from register_app.domain.enums import ContractStatus, CountryRole, SubprocessorRole
from register_app.services import records as r
from register_app.services.validation import Issue, validate_subprocessor
from register_app.ui import screen_labels, suggestions
from register_app.ui.activity_description import text_box
from register_app.ui.form_dialog import CheckList, FormDialog
from register_app.ui.widgets import (
    Checklist,
    CodeCombo,
    CountryCombo,
    DateField,
    EnumCombo,
    ErrorLabel,
    RowList,
    fit_to_screen,
    hint,
    muted_brush,
    muted_font,
    scroll_page,
    with_error,
)


def form_page() -> tuple[QWidget, QFormLayout]:
    """A page holding a form at its top (the stretch below keeps rows from spreading out)."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


class HostingRow(QWidget):
    """One country where the subprocessor hosts the data or accesses it from. A new row starts on
    `country` when given, else on no country: a guess left unchanged would be recorded as a fact."""

    def __init__(self, country: str | None = None) -> None:
        super().__init__()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.country = CountryCombo(empty=self.tr("— country —"))
        self.country.set_code(country)
        self.role = EnumCombo(CountryRole)
        self.error = ErrorLabel()
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Data is"), self.role)
        form.addRow("", self.error)
        self.setFocusProxy(self.country)

    def load(self, value: r.HostingCountry) -> None:
        self.country.set_code(value.country)
        self.role.set_value(value.role)

    def value(self) -> r.HostingCountry:
        return r.HostingCountry(country=self.country.code() or "", role=self.role.value())


class CertificationRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = CodeCombo(CERTIFICATION_KINDS)
        self.name = QLineEdit()
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("what the certificate covers (services, sites)"))
        self.hds = Checklist(HDS_SCOPES)
        for code, text in self.hds.texts.items():
            text.hide()
            box = self.hds.boxes[code]
            box.setToolTip(box.text())
            box.setText(screen_labels.hds_short(code))
        self.hds_version = CodeCombo(HDS_VERSIONS, empty=self.tr("— unknown —"))
        self.hds_version.setToolTip(self.tr("The HDS certification standard the certificate was issued under"))
        self.hds_version_note = hint("")
        self.hds_version.currentIndexChanged.connect(self.on_hds_version_changed)
        self.issuer = QLineEdit()
        self.reference = QLineEdit()
        self.valid_from = DateField()
        self.expires = DateField()
        self.error = ErrorLabel()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scope"), self.scope)
        self.hds_label = hint(self.tr("HDS activities covered:"))
        form.addRow(self.hds_label)
        form.addRow(self.hds)
        form.addRow(self.tr("HDS standard"), self.hds_version)
        form.addRow("", self.hds_version_note)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow(self.tr("Certificate number"), self.reference)
        form.addRow(self.tr("Valid from"), self.valid_from)
        form.addRow(self.tr("Expires on"), self.expires)
        form.addRow("", self.error)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.on_kind_changed()
        self.setFocusProxy(self.kind)

    def on_kind_changed(self) -> None:
        hds = self.kind.code() == "hds"
        self.hds.setVisible(hds)
        self.hds_label.setVisible(hds)
        self.form.setRowVisible(self.hds_version, hds)
        self.on_hds_version_changed()

    def on_hds_version_changed(self) -> None:
        """Say until when a standard's certificates cover health-data hosting (catalogue data)."""
        entry = catalogue(HDS_VERSIONS).get(self.hds_version.code())
        until = entry.get("covers_hosting_until") if entry else None
        text = ""
        if until:
            when = screen_labels.local_date(date.fromisoformat(until))
            text = self.tr("Covers health-data hosting until {date} only: the certificate must be renewed under "
                           "the current standard.").format(date=when)  # fmt: skip
        self.hds_version_note.setText(text)
        self.form.setRowVisible(self.hds_version_note, bool(text) and self.kind.code() == "hds")

    def load(self, value: r.Certification) -> None:
        self.kind.set_code(value.kind)
        self.name.setText(value.name)
        self.scope.setText(value.scope)
        self.hds.set_checked((code, "") for code in value.hds_scopes)
        self.hds_version.set_code(value.hds_version)
        self.issuer.setText(value.issuer)
        self.reference.setText(value.reference)
        self.valid_from.set_value(value.valid_from)
        self.expires.set_value(value.expires)

    def value(self) -> r.Certification:
        kind = self.kind.code() or "other"
        return r.Certification(
            kind=kind,
            name=self.name.text().strip(),
            scope=self.scope.text().strip(),
            hds_scopes=tuple(code for code, _ in self.hds.checked()) if kind == "hds" else (),
            hds_version=self.hds_version.code() if kind == "hds" else None,
            issuer=self.issuer.text().strip(),
            reference=self.reference.text().strip(),
            valid_from=self.valid_from.value(),
            expires=self.expires.value(),
        )


class SubprocessorDialog(FormDialog):
    help_topic = "subprocessors"

    def __init__(self, *, data: r.SubprocessorInput, submit: Callable[[r.SubprocessorInput], None], title: str,
                 measures: list[r.Measure], others: list[tuple[str, str]], linked: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(submit=submit, validate=validate_subprocessor, title=title, parent=parent)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity_page(), self.tr("Identity"))
        self.tabs.addTab(self._hosting_page(others), self.tr("Hosting and transfers"))
        self.tabs.addTab(self._contract_page(), self.tr("Contract (Art. 28)"))
        self.tabs.addTab(self._certifications_page(), self.tr("Certifications"))
        self.tabs.addTab(self._measures_page(measures, linked), self.tr("Measures, activities, notes"))
        self.finish_layout(self.tabs)
        fit_to_screen(self, 860, 700)
        self.start(data)
        self.name.setFocus()

    def _identity_page(self) -> QWidget:
        """Name, service, role, contact and address."""
        e = self.errors
        page, form = form_page()
        self.name = QLineEdit()
        self.service = text_box(2)
        self.service.setPlaceholderText(self.tr("e.g. hosting, payroll, emailing, CRM"))
        self.role = EnumCombo(SubprocessorRole)
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_phone = QLineEdit()
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = CountryCombo(empty=self.tr("— country —"))
        form.addRow(self.tr("Name *"), with_error(self.name, e, "name"))
        form.addRow(self.tr("Service provided"), with_error(self.service, e, "service"))
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Contact person"), self.contact_name)
        form.addRow(self.tr("Contact email"), with_error(self.contact_email, e, "contact_email"))
        form.addRow(self.tr("Contact phone"), self.contact_phone)
        form.addRow(self.tr("Address"), with_error(self.address, e, "address"))
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Country"), with_error(self.country, e, "country"))
        return scroll_page(page)

    def _hosting_page(self, others: list[tuple[str, str]]) -> QWidget:
        """Where the data is hosted or accessed from, the transfer tools, and its own subprocessors."""
        e = self.errors
        page, form = form_page()
        self.hosting = RowList(lambda: HostingRow(self.likely_host()), self.tr("Add a country"))
        self.hosting.changed.connect(self.on_hosting_changed)
        self.transfer_tool = CodeCombo(TRANSFER_TOOLS, empty=self.tr("— none (EEA or adequate country) —"))
        self.transfer_fallback = CodeCombo(TRANSFER_TOOLS, empty=self.tr("— none —"))
        self.transfer_fallback.setToolTip(self.tr(
            "The tool to rely on should the transfer tool fall, e.g. should the EU-US Data Privacy Framework be "
            "annulled: standard contractual clauses with a transfer impact assessment."))  # fmt: skip
        self.transfer_detail = text_box(2)
        self.dpf = QCheckBox(self.tr("Certified under the EU-US Data Privacy Framework"))
        self.uses = CheckList(others)
        self.uses.setMaximumHeight(120)
        form.addRow(hint(self.tr("Where the data is hosted, or accessed from:")))
        form.addRow(self.hosting)
        form.addRow("", e.add("countries", ErrorLabel()))
        form.addRow(self.tr("Transfer tool"), with_error(self.transfer_tool, e, "transfer_tool"))
        form.addRow(self.tr("Fallback tool"), with_error(self.transfer_fallback, e, "transfer_fallback"))
        form.addRow(self.tr("Safeguards in detail"), with_error(self.transfer_detail, e, "transfer_detail"))
        form.addRow("", self.dpf)
        form.addRow(self.tr("Its own subprocessors"), with_error(self.uses, e, "uses_uids"))
        return scroll_page(page)

    def _contract_page(self) -> QWidget:
        """The Art. 28 contract: status, dates, where it is filed."""
        page, form = form_page()
        self.contract_status = EnumCombo(ContractStatus)
        self.contract_signed = DateField()
        self.contract_review = DateField()
        self.contract_reference = QLineEdit()
        self.contract_reference.setPlaceholderText(self.tr("where the signed contract is filed"))
        form.addRow(hint(self.tr("The contract required by GDPR Art. 28 (data processing agreement).")))
        form.addRow(self.tr("Status"), self.contract_status)
        form.addRow(self.tr("Signed on"), self.contract_signed)
        form.addRow(self.tr("Next review"), self.contract_review)
        form.addRow(self.tr("Document reference"), self.contract_reference)
        return scroll_page(page)

    def _certifications_page(self) -> QWidget:
        """Certifications, one row each."""
        e = self.errors
        self.certifications = RowList(CertificationRow, self.tr("Add a certification"))
        self.certifications.changed.connect(self.on_certifications_changed)
        cert_page = QWidget()
        cert_layout = QVBoxLayout(cert_page)
        cert_layout.addWidget(self.certifications)
        cert_layout.addWidget(e.add("certifications", ErrorLabel()))
        cert_layout.addStretch(1)
        return scroll_page(cert_page)

    def _measures_page(self, measures: list[r.Measure], linked: list[tuple[str, str, str]]) -> QWidget:
        """Its security measures (suggestions shown muted), the activities using it, notes."""
        e = self.errors
        page, form = form_page()
        self.measures = CheckList([(m.uid, m.name) for m in measures])
        for i, measure in enumerate(measures):
            if suggestions.is_suggestion(measure):
                item = self.measures.item(i)
                item.setFont(muted_font(item.font()))
                item.setForeground(muted_brush())
                item.setToolTip(self.tr("{explained} Ticking it declares it in place.")
                                .format(explained=suggestions.explained()))  # fmt: skip
        self.linked = QListWidget()
        self.linked.addItems([f"{ref} {name}" for _uid, ref, name in linked] or [self.tr("(none yet)")])
        self.linked.setMaximumHeight(110)
        self.notes = text_box(3)
        form.addRow(self.tr("Security measures"), self.measures)
        form.addRow(self.tr("Activities using it"), self.linked)
        form.addRow(self.tr("Notes"), with_error(self.notes, e, "notes"))
        return scroll_page(page)

    def likely_host(self) -> str | None:
        """The country a new hosting row starts on: the subprocessor's own (its address), the one a
        DPO most often records first, unless already listed; otherwise none."""
        own = self.country.code()
        return own if own and own not in {row.value().country for row in self.hosting.rows()} else None

    def on_hosting_changed(self) -> None:
        self.errors.forget("countries[")
        for i, row in enumerate(self.hosting.rows()):
            self.errors.add(f"countries[{i}]", row.error)

    def on_certifications_changed(self) -> None:
        self.errors.forget("certifications[")
        for i, row in enumerate(self.certifications.rows()):
            self.errors.add(f"certifications[{i}]", row.error)

    def issue_shown(self, issues: list[Issue]) -> None:
        tab_of = {"countries": 1, "transfer": 1, "uses": 1, "dpf": 1, "contract": 2, "certifications": 3,
                  "measure": 4, "notes": 4}  # fmt: skip
        first = issues[0].field
        self.tabs.setCurrentIndex(next((tab for key, tab in tab_of.items() if first.startswith(key)), 0))

    def load(self, data: r.SubprocessorInput) -> None:
        self.name.setText(data.name)
        self.service.setPlainText(data.service)
        self.role.set_value(data.role)
        self.contact_name.setText(data.contact_name)
        self.contact_email.setText(data.contact_email)
        self.contact_phone.setText(data.contact_phone)
        self.address.setText(data.address)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.country.set_code(data.country or None)
        self.hosting.clear()
        for hosting in data.countries:
            self.hosting.add_row().load(hosting)
        self.transfer_tool.set_code(data.transfer_tool)
        self.transfer_fallback.set_code(data.transfer_fallback)
        self.transfer_detail.setPlainText(data.transfer_detail)
        self.dpf.setChecked(data.dpf_certified)
        self.uses.set_checked(data.uses_uids)
        self.contract_status.set_value(data.contract_status)
        self.contract_signed.set_value(data.contract_signed)
        self.contract_review.set_value(data.contract_review)
        self.contract_reference.setText(data.contract_reference)
        self.certifications.clear()
        for cert in data.certifications:
            self.certifications.add_row().load(cert)
        self.measures.set_checked(data.measure_uids)
        self.notes.setPlainText(data.notes)

    def to_input(self) -> r.SubprocessorInput:
        return dataclasses.replace(
            self.base,
            name=self.name.text().strip(),
            service=self.service.toPlainText().strip(),
            role=self.role.value(),
            contact_name=self.contact_name.text().strip(),
            contact_email=self.contact_email.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            address=self.address.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            country=self.country.code() or "",
            countries=tuple(row.value() for row in self.hosting.rows() if row.value().country),
            transfer_tool=self.transfer_tool.code(),
            transfer_fallback=self.transfer_fallback.code(),
            transfer_detail=self.transfer_detail.toPlainText().strip(),
            dpf_certified=self.dpf.isChecked(),
            uses_uids=self.uses.checked(),
            contract_status=self.contract_status.value(),
            contract_signed=self.contract_signed.value(),
            contract_review=self.contract_review.value(),
            contract_reference=self.contract_reference.text().strip(),
            certifications=tuple(row.value() for row in self.certifications.rows()),
            measure_uids=self.measures.checked(),
            notes=self.notes.toPlainText().strip(),
        )
