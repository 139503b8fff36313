"""Spreadsheets of other layouts brought in through a mapping: the ICO template (its preset), a
Fides-style datamap in CSV, a workbook headed in German, French or English (the proposed mapping)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from register_app.domain.enums import DpiaConclusion, DurationUnit
from register_app.services import records as r
from register_app.services.mapped_import.mapping import load_mapping
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import ImportPlan, apply_import, plan_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import RegisterFile

ICO_HEADERS = [
    "Business function", "Purpose of processing", "Name and contact details of joint controller (if applicable)",
    "Categories of individuals", "Categories of personal data", "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations "
    "(if applicable)", "Retention schedule (if applicable)",
    "General description of technical and organisational security measures (if applicable)",
    "Article 6 lawful basis for processing personal data", "Data Protection Impact Assessment required?",
]  # fmt: skip


def _imported(register: RegisterFile, path: Path, mapping: str | None = None) -> tuple[ImportPlan, r.Snapshot]:
    plan = plan_import(register, path, mapping=load_mapping(mapping) if mapping else None)
    assert plan.ok, [str(x) for x in plan.lines if x.action is Action.ERROR]
    apply_import(register, plan)
    return plan, take_snapshot(register)


def _messages(plan: ImportPlan) -> list[str]:
    return [str(line) for line in plan.lines]


def test_ico_template_comes_in_field_by_field(register: RegisterFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Controller"
    sheet.append(["Record of processing activities — ACME Ltd"])  # a title above the header row
    sheet.append([])
    sheet.append(ICO_HEADERS)
    sheet.append(["HR", "Payroll", "N/A", "Employees", "Contact details; Bank details", "HMRC, Payroll provider",
                  "https://contracts/payroll", "United States", "Standard contractual clauses",
                  "6 years after the end of employment", "Encryption at rest\nRole-based access",
                  "Article 6(1)(c) - legal obligation", "No"])  # fmt: skip
    sheet.append(["Marketing", "Newsletter", "", "Customers", "Email address", "", "", "", "", "", "",
                  "Consent", "Yes"])  # fmt: skip
    book.save(tmp_path / "ico.xlsx")

    plan, snap = _imported(register, tmp_path / "ico.xlsx", "ico")
    payroll, newsletter = sorted(snap.activities, key=lambda a: a.reference)
    assert payroll.name == "Payroll"  # no name column: named after its purpose, and the plan says so
    assert any("Controller!A4: no activity name: named 'Payroll'" in m for m in _messages(plan))
    assert payroll.department == "HR"
    assert [(p.description, p.legal_basis, p.legal_basis_note) for p in payroll.purposes] == [
        ("Payroll", "legal_obligation", "")]
    assert [(s.code, s.precision) for s in payroll.data_subjects] == [("employees", "")]
    assert [(c.code, c.description) for c in payroll.data_categories] == [
        ("civil_status", "Contact details"), ("economic_financial", "Bank details")]
    assert [(x.code, x.precision) for x in payroll.recipients] == [("other", "HMRC, Payroll provider")]
    assert [(t.country, t.tool) for t in payroll.transfers] == [("US", "scc")]
    (rule,) = payroll.retention
    assert rule.criterion == "6 years after the end of employment"
    assert rule.active == r.Duration(value=6, unit=DurationUnit.YEARS)
    names = {m.uid: m.name for m in snap.measures}
    assert sorted(names[link.measure_uid] for link in payroll.measures) == ["Encryption at rest", "Role-based access"]
    assert payroll.dpia.conclusion is DpiaConclusion.NOT_REQUIRED
    assert payroll.notes == "https://contracts/payroll"  # the processor contract link, kept as text
    # 'N/A' for the joint controller is empty, and said so
    assert any("left empty" in m and "C4" in m for m in _messages(plan))
    assert [(p.description, p.legal_basis) for p in newsletter.purposes] == [("Newsletter", "consent")]
    assert newsletter.dpia.conclusion is DpiaConclusion.REQUIRED
    # nothing invented: what the row leaves blank stays blank
    assert (newsletter.transfers, newsletter.recipients, newsletter.retention, newsletter.measures) == ((), (), (), ())
    assert newsletter.notes == "" and newsletter.subprocessor_uids == ()


def test_fides_datamap_csv_in_windows_encoding(register: RegisterFile, tmp_path: Path) -> None:
    text = (
        "system.name;system.description;data_use;data_categories;data_subjects;legal_basis_for_processing;"
        "retention;third_country_transfers;system.egress\n"
        "CRM;Suivi des clients;Prospection commerciale;Identité, user.contact.email;Clients;"
        "Intérêt légitime;3 ans à compter du dernier contact;USA, Atlantis;Salesforce, Mailjet\n"
    )
    (tmp_path / "datamap.csv").write_bytes(text.encode("cp1252"))
    plan, snap = _imported(register, tmp_path / "datamap.csv", "fides")
    (crm,) = snap.activities
    assert (crm.name, crm.description) == ("CRM", "Suivi des clients")
    assert [(p.description, p.legal_basis) for p in crm.purposes] == [
        ("Prospection commerciale", "legitimate_interest")]
    assert [(c.code, c.description) for c in crm.data_categories] == [
        ("civil_status", "Identité"), ("other", "user.contact.email")]
    assert [s.code for s in crm.data_subjects] == ["customers"]
    assert [t.country for t in crm.transfers] == ["US"]
    assert "Transfer: Atlantis" in crm.notes  # an unknown country is kept, and the plan says where
    assert any("datamap.csv!H2: country 'Atlantis' not recognised" in m for m in _messages(plan))
    assert sorted(s.name for s in snap.subprocessors) == ["Mailjet", "Salesforce"]
    assert set(crm.subprocessor_uids) == {s.uid for s in snap.subprocessors}
    (rule,) = crm.retention
    assert (rule.active, rule.start_event) == (r.Duration(value=3, unit=DurationUnit.YEARS), "last_contact")


@pytest.mark.parametrize(
    ("headers", "row"),
    [
        (["Bezeichnung", "Zweck der Verarbeitung", "Rechtsgrundlage", "Betroffene Personen", "Datenkategorien",
          "Empfänger", "Löschfrist", "Drittländer"],
         ["Lohnabrechnung", "Gehaltszahlung", "Art. 6 Abs. 1 lit. c DSGVO i.V.m. § 41 EStG", "Beschäftigte",
          "Bankverbindung", "Finanzamt", "10 Jahre", "—"]),
        (["Nom du traitement", "Finalité", "Base légale", "Personnes concernées", "Catégories de données",
          "Destinataires", "Durée de conservation", "Transferts hors UE"],
         ["Lohnabrechnung", "Gehaltszahlung", "Art. 6 Abs. 1 lit. c DSGVO i.V.m. § 41 EStG", "Beschäftigte",
          "Bankverbindung", "Finanzamt", "10 Jahre", "—"]),
        (["Processing activity", "Purpose", "Lawful basis", "Data subjects", "Categories of personal data",
          "Recipients", "Retention period", "Third countries"],
         ["Lohnabrechnung", "Gehaltszahlung", "Art. 6 Abs. 1 lit. c DSGVO i.V.m. § 41 EStG", "Beschäftigte",
          "Bankverbindung", "Finanzamt", "10 Jahre", "—"]),
    ],
    ids=["de", "fr", "en"],
)
def test_headers_in_german_french_or_english_propose_the_fields(
    register: RegisterFile, tmp_path: Path, headers: list[str], row: list[str]
) -> None:
    book = openpyxl.Workbook()
    book.active.append(headers)
    book.active.append(row)
    book.save(tmp_path / "register.xlsx")
    plan, snap = _imported(register, tmp_path / "register.xlsx")  # no mapping: the headers propose one
    assert plan.layout == "mapped" and plan.mapping is not None
    assert list(plan.mapping.columns.values()) == ["name", "purposes", "legal_basis", "data_subjects",
                                                   "data_categories", "recipients", "retention",
                                                   "transfer_countries"]  # fmt: skip
    (a,) = snap.activities
    assert a.name == "Lohnabrechnung"
    (purpose,) = a.purposes
    # the basis is read, and what the cell says beyond it (the tax law) is kept as its note
    assert (purpose.description, purpose.legal_basis) == ("Gehaltszahlung", "legal_obligation")
    assert purpose.legal_basis_note == "Art. 6 Abs. 1 lit. c DSGVO i.V.m. § 41 EStG"
    assert [(s.code, s.precision) for s in a.data_subjects] == [("employees", "Beschäftigte")]
    assert [(c.code, c.description) for c in a.data_categories] == [("economic_financial", "Bankverbindung")]
    assert [(x.code, x.precision) for x in a.recipients] == [("other", "Finanzamt")]
    assert [rule.criterion for rule in a.retention] == ["10 Jahre"]  # not counted: kept as the criterion
    assert a.transfers == () and a.notes == ""  # '—' says none


def test_unmapped_columns_are_named_in_the_plan(register: RegisterFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Activity name", "Purpose", "Colour", "Budget", "Sensitive data"])
    book.active.append(["Website", "Analytics", "blue", "1000", "Oui"])
    book.save(tmp_path / "mine.xlsx")
    plan, snap = _imported(register, tmp_path / "mine.xlsx")
    assert any("columns ignored: 'Colour', 'Budget'" in m for m in _messages(plan))
    # a 'yes' where categories are asked names none: reported, and no category is made up
    assert any("Sheet!E2: 'Sensitive data' says yes" in m for m in _messages(plan))
    (a,) = snap.activities
    assert "blue" not in repr(a) and "1000" not in repr(a)
    assert a.data_categories == ()


def test_a_reference_twice_in_the_source_is_kept_once(register: RegisterFile, tmp_path: Path) -> None:
    (tmp_path / "twice.csv").write_text("Ref;Activity name;Purpose\nT-1;Payroll;Pay\nT-1;Hiring;Recruit\n",
                                        encoding="utf-8")  # fmt: skip
    plan, snap = _imported(register, tmp_path / "twice.csv")
    assert any("twice.csv!A3: reference 'T-1' appears twice" in m for m in _messages(plan))
    assert sorted((a.reference == "T-1", a.name) for a in snap.activities) == [(False, "Hiring"), (True, "Payroll")]


def test_ciso_assistant_processing_workbook(register: RegisterFile, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Processings"
    book.active.append(["Ref id", "Name", "Description", "Status", "Owner", "Purposes", "Legal basis",
                        "Data subjects", "Personal data", "Recipients", "Country", "Guarantees",
                        "DPIA required", "Has sensitive personal data"])  # fmt: skip
    book.active.append(["PRC-3", "Customer support", "Tickets", "in_progress", "dpo@acme.example", "Support",
                        "Contract", "Customers", "Contact details", "Support team", "India", "SCC",
                        "False", "True"])  # fmt: skip
    book.save(tmp_path / "ciso.xlsx")
    plan, snap = _imported(register, tmp_path / "ciso.xlsx", "ciso_assistant")
    (a,) = snap.activities
    assert (a.reference, a.name, a.description) == ("PRC-3", "Customer support", "Tickets")
    assert (a.owner_name, a.owner_email) == ("", "dpo@acme.example")
    assert [(p.description, p.legal_basis) for p in a.purposes] == [("Support", "contract")]
    assert [(t.country, t.tool) for t in a.transfers] == [("IN", "scc")]
    assert a.dpia.conclusion is DpiaConclusion.NOT_REQUIRED and a.dpia.criteria == ("sensitive_data",)
    assert any("columns ignored: 'Status'" in m for m in _messages(plan))
