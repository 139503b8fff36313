"""Findings in words for the screens: severity, kind of object, and the field path of a finding
("purposes[1].legal_basis") as the user reads it ("Purpose 2 — legal basis")."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from register_app.services.checks import Severity

CONTEXT = "FindingWords"

SEVERITIES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingWords", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingWords", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingWords", "Information"),
}
SEVERITY_COLOURS = {Severity.ERROR: "#b00020", Severity.WARNING: "#9a5b00", Severity.INFO: "#1f5fa8"}
SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
KINDS = {
    "organisation": QT_TRANSLATE_NOOP("FindingWords", "Organisation"),
    "activity": QT_TRANSLATE_NOOP("FindingWords", "Processing activity"),
    "subprocessor": QT_TRANSLATE_NOOP("FindingWords", "Subprocessor"),
    "measure": QT_TRANSLATE_NOOP("FindingWords", "Security measure"),
    "breach": QT_TRANSLATE_NOOP("FindingWords", "Data breach"),
    "rights_request": QT_TRANSLATE_NOOP("FindingWords", "Rights request"),
}
# A field as a whole, and (second) one numbered item of it, with {n} counted from 1.
FIELDS: dict[str, tuple[str, str]] = {
    "identity": (QT_TRANSLATE_NOOP("FindingWords", "Identity and contact details"), ""),
    "dpo": (QT_TRANSLATE_NOOP("FindingWords", "Data protection officer"), ""),
    "dpo_status": (QT_TRANSLATE_NOOP("FindingWords", "Designation of a data protection officer"), ""),
    "subprocessors": (QT_TRANSLATE_NOOP("FindingWords", "Subprocessors"), ""),
    "authentication": (QT_TRANSLATE_NOOP("FindingWords", "Authentication"), ""),
    "representative": (QT_TRANSLATE_NOOP("FindingWords", "Representative in the EU"), ""),
    "processor_register": (QT_TRANSLATE_NOOP("FindingWords", "Register of processing for clients"), ""),
    "name": (QT_TRANSLATE_NOOP("FindingWords", "Name"), ""),
    "description": (QT_TRANSLATE_NOOP("FindingWords", "Description"), ""),
    "client_uid": (QT_TRANSLATE_NOOP("FindingWords", "Client"), ""),
    "joint_controller_uids": (QT_TRANSLATE_NOOP("FindingWords", "Joint controllers"), ""),
    "last_review": (QT_TRANSLATE_NOOP("FindingWords", "Last review"), ""),
    "purposes": (QT_TRANSLATE_NOOP("FindingWords", "Purposes"), QT_TRANSLATE_NOOP("FindingWords", "Purpose {n}")),
    "data_subjects": (QT_TRANSLATE_NOOP("FindingWords", "Data subjects"), ""),
    "data_categories": (QT_TRANSLATE_NOOP("FindingWords", "Data categories"),
                        QT_TRANSLATE_NOOP("FindingWords", "Data category {n}")),
    "art9_condition": (QT_TRANSLATE_NOOP("FindingWords", "Art. 9 exception"), ""),
    "art10_justification": (QT_TRANSLATE_NOOP("FindingWords", "Art. 10 justification"), ""),
    "nir_justification": (QT_TRANSLATE_NOOP("FindingWords", "Social security number justification"), ""),
    "recipients": (QT_TRANSLATE_NOOP("FindingWords", "Recipients"), ""),
    "transfers": (QT_TRANSLATE_NOOP("FindingWords", "Transfers"), QT_TRANSLATE_NOOP("FindingWords", "Transfer {n}")),
    "retention": (QT_TRANSLATE_NOOP("FindingWords", "Retention periods"),
                  QT_TRANSLATE_NOOP("FindingWords", "Retention period {n}")),
    "measures": (QT_TRANSLATE_NOOP("FindingWords", "Security measures"), ""),
    "dpia": (QT_TRANSLATE_NOOP("FindingWords", "DPIA"), ""),
    "contract_status": (QT_TRANSLATE_NOOP("FindingWords", "Contract"), ""),
    "contract_review": (QT_TRANSLATE_NOOP("FindingWords", "Contract review"), ""),
    "authority_status": (QT_TRANSLATE_NOOP("FindingWords", "Notification to the CNIL"), ""),
    "delay_reason": (QT_TRANSLATE_NOOP("FindingWords", "Reasons for the delay"), ""),
    "not_notified_reason": (QT_TRANSLATE_NOOP("FindingWords", "Why not notified"), ""),
    "status": (QT_TRANSLATE_NOOP("FindingWords", "Status"), ""),
    "extension_reason": (QT_TRANSLATE_NOOP("FindingWords", "Reasons for the extension"), ""),
    "transfer_tool": (QT_TRANSLATE_NOOP("FindingWords", "Transfer tool"), ""),
    "transfer_fallback": (QT_TRANSLATE_NOOP("FindingWords", "Fallback transfer tool"), ""),
    "countries": (QT_TRANSLATE_NOOP("FindingWords", "Hosting and access countries"), ""),
    "dpf_certified": (QT_TRANSLATE_NOOP("FindingWords", "Data Privacy Framework certification"), ""),
    "certifications": (QT_TRANSLATE_NOOP("FindingWords", "Certifications"),
                       QT_TRANSLATE_NOOP("FindingWords", "Certification {n}")),
}  # fmt: skip
PARTS = {
    "legal_basis": QT_TRANSLATE_NOOP("FindingWords", "legal basis"),
    "legitimate_interest": QT_TRANSLATE_NOOP("FindingWords", "legitimate interest"),
    "balancing_test": QT_TRANSLATE_NOOP("FindingWords", "balancing test"),
    "tool": QT_TRANSLATE_NOOP("FindingWords", "transfer tool"),
    "tia_reference": QT_TRANSLATE_NOOP("FindingWords", "transfer impact assessment"),
    "category": QT_TRANSLATE_NOOP("FindingWords", "data category"),
    "criterion": QT_TRANSLATE_NOOP("FindingWords", "criterion"),
    "start_event": QT_TRANSLATE_NOOP("FindingWords", "start of the period"),
    "expires": QT_TRANSLATE_NOOP("FindingWords", "expiry date"),
    "status": QT_TRANSLATE_NOOP("FindingWords", "status"),
    "reason": QT_TRANSLATE_NOOP("FindingWords", "reason"),
    "criteria": QT_TRANSLATE_NOOP("FindingWords", "criteria"),
    "list_match": QT_TRANSLATE_NOOP("FindingWords", "CNIL list"),
    "active": QT_TRANSLATE_NOOP("FindingWords", "duration"),
    "hds_scopes": QT_TRANSLATE_NOOP("FindingWords", "HDS scope"),
}
PATH = re.compile(r"^(?P<name>[a-z_0-9]+)(\[(?P<index>\d+)\])?(\.(?P<part>[a-z_0-9]+))?$")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def severity_text(severity: Severity) -> str:
    return tr(SEVERITIES[severity])


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(SEVERITY_ICONS[severity])


def kind_text(kind: str) -> str:
    return tr(KINDS[kind]) if kind in KINDS else kind


def field_text(path: str) -> str:
    """'purposes[1].legal_basis' → 'Purpose 2 — legal basis'; an unknown path is shown as it is."""
    match = PATH.match(path)
    if match is None or match["name"] not in FIELDS:
        return path
    whole, item = FIELDS[match["name"]]
    index = match["index"]
    text = tr(item).format(n=int(index) + 1) if index is not None and item else tr(whole)
    part = match["part"]
    if part:
        pattern = QCoreApplication.translate("FindingWords", "{field} — {part}")
        text = pattern.format(field=text, part=tr(PARTS[part]) if part in PARTS else part)
    return text
