"""Small registers made by hand for the notice tests: an organisation with a DPO, and activities
whose every fact is set unless a test changes it."""

from __future__ import annotations

from datetime import UTC, datetime

from register_app.domain.enums import ActivityRole, ActivityStatus, DpoStatus, DurationUnit
from register_app.services import records as r

MOMENT = datetime(2026, 12, 15, 9, 0, tzinfo=UTC)


def organisation(**changes: object) -> r.Organisation:
    values: dict[str, object] = {
        "identity": r.Contact(name="Atelier Lune SARL", address="4 rue des Lilas", postcode="69003", city="Lyon",
                              country="FR", email="contact@atelier-lune.example"),
        "dpo_status": DpoStatus.DESIGNATED,
        "dpo": r.Contact(name="Inès Roux", email="dpo@atelier-lune.example"),
    }  # fmt: skip
    return r.Organisation(**(values | changes))  # type: ignore[arg-type]


def activity(reference: str, name: str, **values: object) -> r.Activity:
    defaults: dict[str, object] = {
        "status": ActivityStatus.ACTIVE,
        "role": ActivityRole.CONTROLLER,
        "data_subjects": (r.DataSubject(code="customers"),),
        "data_categories": (r.DataCategory(code="civil_status", description="Nom, prénom, adresse"),),
        "data_sources": (r.CodedItem(code="data_subject"),),
        "recipients": (r.CodedItem(code="internal_service", precision="Service commercial"),),
        "purposes": (r.Purpose(description="Suivi des commandes", legal_basis="contract"),),
        "retention": (r.RetentionRule(category="civil_status", active=r.Duration(value=3, unit=DurationUnit.YEARS),
                                      start_event="end_of_contract"),),
    }  # fmt: skip
    return r.Activity(reference=reference, name=name, uid=f"uid-{reference}", created_at=MOMENT, updated_at=MOMENT,
                      **(defaults | values))  # type: ignore[arg-type]  # fmt: skip


def snapshot(*activities: r.Activity, subprocessors: tuple[r.Subprocessor, ...] = (),
             org: r.Organisation | None = None) -> r.Snapshot:  # fmt: skip
    return r.Snapshot(organisation=org or organisation(), activities=activities, subprocessors=subprocessors,
                      taken_at=MOMENT)  # fmt: skip


def flat(value: str) -> str:
    """Whitespace collapsed, so that text wrapped by a layout compares with the register's."""
    return " ".join(value.split())
