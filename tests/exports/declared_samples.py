"""Registers for the tests of what the PDF and Excel exports state (only what the DPO declared),
built as snapshots directly, and the exports read back as text in either format."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from exports.xlsx.helpers import load_values, texts
from pypdf import PdfReader

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    CnilHeading,
    DpoStatus,
    DurationUnit,
    MeasureStatus,
)
from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import Profile

AT = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
FORMATS = ("pdf", "xlsx")
ACTIVE, DRAFT, RETIRED = "Gestion de la paie", "Vidéoprotection des locaux", "Jeu-concours de Noël"
RETIRED_ON = date(2025, 12, 31)
SUGGESTIONS = ("Verrouillage automatique des sessions", "Tests d'intrusion annuels")


def _stamp(uid: str, **values: object) -> dict[str, object]:
    return {"uid": uid, "created_at": AT, "updated_at": AT, **values}


def organisation(status: DpoStatus = DpoStatus.DESIGNATED) -> r.Organisation:
    return r.Organisation(
        identity=r.Contact(name="Atelier Numérique SAS", address="12 rue des Lilas", postcode="69003", city="Lyon",
                           country="FR", email="contact@atelier.example"),
        legal_form="Société par actions simplifiée", trade_names="Atelier Num, Numéria",
        websites="https://atelier.example\nhttps://numeria.example", siren="123456789",
        dpo_status=status, dpo=r.Contact(name="Claire Martin", email="dpo@atelier.example"), dpo_title="Juriste",
        dpo_company="DPO Conseil SARL", dpo_not_designated_reason="Pas de suivi régulier à grande échelle",
    )  # fmt: skip


def measures() -> tuple[r.Measure, ...]:
    """Two measures applied to activities (one planned), one for the whole organisation, one
    declared but applied to nothing, and two catalogue suggestions never declared."""
    return (
        r.Measure(**_stamp("m-mfa", name="Authentification à deux facteurs", heading=CnilHeading.ACCESS_CONTROL)),
        r.Measure(**_stamp("m-backup", name="Sauvegardes chiffrées hors site", heading=CnilHeading.BACKUP,
                           status=MeasureStatus.PLANNED)),
        r.Measure(**_stamp("m-charter", name="Charte informatique", heading=CnilHeading.OTHER, organisation_wide=True)),
        r.Measure(**_stamp("m-unused", name="Revue annuelle des habilitations", heading=CnilHeading.ACCESS_CONTROL)),
        r.Measure(**_stamp("m-lock", name=SUGGESTIONS[0], heading=CnilHeading.ACCESS_CONTROL, organisation_wide=True,
                           status=MeasureStatus.NOT_DECLARED)),
        r.Measure(**_stamp("m-pentest", name=SUGGESTIONS[1], heading=CnilHeading.SOFTWARE_PROTECTION,
                           status=MeasureStatus.NOT_DECLARED)),
    )  # fmt: skip


def subprocessor() -> r.Subprocessor:
    """A US host relying on the DPF with standard contractual clauses to fall back on, HDS-certified."""
    return r.Subprocessor(**_stamp(
        "s-cloud", name="CloudUS Inc.", service="Hébergement", country="US",
        countries=(r.HostingCountry(country="US"),), transfer_tool="dpf", dpf_certified=True, transfer_fallback="scc",
        certifications=(r.Certification(kind="hds", hds_version="v2", hds_scopes=("offsite_backup",),
                                        expires=date(2027, 6, 30)),),
    ))  # fmt: skip


def activity(uid: str, name: str, status: ActivityStatus, **values: object) -> r.Activity:
    return r.Activity(**_stamp(
        uid, reference=f"T-{uid[-3:]}", name=name, status=status,
        purposes=(r.Purpose(description=f"Finalité de {name}", legal_basis="contract"),),
        data_categories=(r.DataCategory(code="civil_status", description="Nom, prénom"),),
        retention=(r.RetentionRule(category="civil_status", label="Bulletins de paie",
                                   active=r.Duration(value=5, unit=DurationUnit.YEARS)),),
        **values,
    ))  # fmt: skip


def three_states() -> tuple[r.Activity, ...]:
    """One active activity (with the measures and the subprocessor), one draft, one retired."""
    links = (r.MeasureLink(measure_uid="m-mfa"), r.MeasureLink(measure_uid="m-backup"))
    return (
        activity("a-001", ACTIVE, ActivityStatus.ACTIVE, measures=links, subprocessor_uids=("s-cloud",),
                 transfers=(r.Transfer(recipient="Office européen des brevets", country="INT-EPO", tool="adequacy"),
                            r.Transfer(recipient="Organisme inconnu", country="INT-XYZ", tool="scc"))),
        activity("a-002", DRAFT, ActivityStatus.DRAFT, measures=links),
        activity("a-003", RETIRED, ActivityStatus.RETIRED, retired_on=RETIRED_ON),
    )  # fmt: skip


def snapshot(activities: tuple[r.Activity, ...] | None = None, dpo: DpoStatus = DpoStatus.DESIGNATED) -> r.Snapshot:
    client = r.Controller(**_stamp("c-clinic", contact=r.Contact(name="Clinique du Parc", city="Lyon")))
    return r.Snapshot(organisation=organisation(dpo), controllers=(client,), measures=measures(),
                      subprocessors=(subprocessor(),), activities=three_states() if activities is None else activities,
                      taken_at=AT)  # fmt: skip


def processor_activity() -> r.Activity:
    return activity("a-004", "Hébergement des dossiers patients", ActivityStatus.ACTIVE, role=ActivityRole.PROCESSOR,
                    client_uid="c-clinic")  # fmt: skip


def export(snapshot: r.Snapshot, fmt: str, profile: Profile, lang: str) -> bytes:
    if fmt == "pdf":
        return exported(pdf_exporter, snapshot, profile, lang)  # type: ignore[arg-type]
    return export_xlsx(snapshot, profile, lang)  # type: ignore[arg-type]


def flat(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split())


def pdf_pages(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def document_text(data: bytes, fmt: str, *, hidden: bool = False) -> str:
    """What a document says as one text, white space flattened: every page of a PDF, every visible
    sheet of a workbook (with `hidden`, the hidden identifiers sheet too)."""
    return " ".join(pdf_pages(data)) if fmt == "pdf" else flat(texts(load_values(data), visible_only=not hidden))
