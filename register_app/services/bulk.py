"""New subprocessors and activities written as plain rows, a few statements per table instead of a
few dozen per object: what an import into a new register spends its time on.

The column values come from the same functions `mapping.apply_activity` and `apply_subprocessor`
use, so both writers store a record the same way (tests/services/test_bulk_import.py compares them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.services import records as r

ACTIVITY_FIELDS = (
    "reference", "name", "description", "role", "department", "owner_name", "owner_email", "status", "software",
    "last_review", "retired_on", "art9_condition", "art9_justification", "art10_justification", "nir_justification",
    "notes",
)  # fmt: skip
SUBPROCESSOR_FIELDS = (
    "name", "service", "contact_name", "contact_email", "contact_phone", "address", "postcode", "city", "country",
    "role", "contract_status", "contract_signed", "contract_review", "contract_reference", "transfer_tool",
    "transfer_detail", "dpf_certified", "transfer_fallback", "notes",
)  # fmt: skip


def activity_columns(data: r.ActivityInput) -> dict[str, Any]:
    """The activity's own columns (its links and child rows aside)."""
    dpia = data.dpia
    return {name: getattr(data, name) for name in ACTIVITY_FIELDS} | {
        "dpia_list_match": dpia.list_match,
        "dpia_conclusion": dpia.conclusion,
        "dpia_reason": dpia.reason,
        "dpia_status": dpia.status,
        "dpia_date": dpia.completed_on,
        "dpia_reference": dpia.reference,
    }


def purpose_columns(p: r.Purpose) -> dict[str, Any]:
    return {
        "description": p.description,
        "legal_basis": p.legal_basis,
        "legal_basis_note": p.legal_basis_note,
        "legitimate_interest": p.legitimate_interest,
        "balancing_test": p.balancing_test,
    }


def data_subject_columns(s: r.DataSubject) -> dict[str, Any]:
    return {"code": s.code, "precision": s.precision, "estimated_count": s.estimated_count}


def data_category_columns(c: r.DataCategory) -> dict[str, Any]:
    return {"code": c.code, "description": c.description}


def coded_item_columns(s: r.CodedItem) -> dict[str, Any]:
    return {"code": s.code, "precision": s.precision}


def transfer_columns(t: r.Transfer) -> dict[str, Any]:
    """A transfer's columns, the subprocessor that carries it aside."""
    return {
        "recipient": t.recipient,
        "country": t.country,
        "tool": t.tool,
        "tool_detail": t.tool_detail,
        "documentation": t.documentation,
        "tia_reference": t.tia_reference,
    }


def retention_columns(k: r.RetentionRule) -> dict[str, Any]:
    return {
        "category": k.category,
        "label": k.label,
        "active_value": k.active.value if k.active else None,
        "active_unit": k.active.unit if k.active else None,
        "archive_value": k.archive.value if k.archive else None,
        "archive_unit": k.archive.unit if k.archive else None,
        "start_event": k.start_event,
        "final_fate": k.final_fate,
        "criterion": k.criterion,
        "source": k.source,
        "reference_code": k.reference_code,
    }


def subprocessor_columns(data: r.SubprocessorInput) -> dict[str, Any]:
    return {name: getattr(data, name) for name in SUBPROCESSOR_FIELDS}


def country_columns(c: r.HostingCountry) -> dict[str, Any]:
    return {"country": c.country, "role": c.role}


def certification_columns(c: r.Certification) -> dict[str, Any]:
    """A certificate's columns, its HDS scopes aside."""
    return {
        "kind": c.kind,
        "name": c.name,
        "scope": c.scope,
        "hds_version": c.hds_version,
        "issuer": c.issuer,
        "reference": c.reference,
        "valid_from": c.valid_from,
        "expires": c.expires,
    }


LINKED = (m.ExternalController, m.Measure, m.Subprocessor)  # what new rows link to, by id


def table(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


class _Ids(dict[str, int]):
    """The ids of one table's rows by uid, read again (after a flush) when asked for a uid not seen yet."""

    def __init__(self, session: Session, model: type[m.Base]) -> None:
        super().__init__()
        self.session, self.model = session, model
        self.read()

    def read(self) -> None:
        model: Any = self.model
        self.session.flush()
        self.update(self.session.execute(select(model.uid, model.id)).all())

    def __missing__(self, uid: str) -> int:
        self.read()
        if not dict.__contains__(self, uid):
            raise KeyError(uid)
        return dict.__getitem__(self, uid)


@dataclass(frozen=True)
class _New:
    uid: str
    timestamps: tuple[datetime, datetime]
    derived: dict[str, Any]


@dataclass(frozen=True)
class _NewSubprocessor(_New):
    data: r.SubprocessorInput


@dataclass(frozen=True)
class _NewActivity(_New):
    data: r.ActivityInput


class NewRows:
    """Subprocessors and activities to create, kept as records until `insert()` writes them a table
    at a time. The objects they link to are named by uid and looked up by id when the rows are
    written; a subprocessor's link to one it uses waits until that one is written too (it may come
    later in the document). The caller records the history; only the rows are written here."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[type[m.Base], _Ids] = {}
        self._subprocessors: list[_NewSubprocessor] = []
        self._activities: list[_NewActivity] = []
        self._chain: list[tuple[int, str]] = []  # (subprocessor id, uid of the one it uses) not written yet

    def add_subprocessor(
        self, uid: str, timestamps: tuple[datetime, datetime], data: r.SubprocessorInput, derived: dict[str, Any]
    ) -> None:
        self._subprocessors.append(_NewSubprocessor(uid, timestamps, derived, data))

    def add_activity(
        self, uid: str, timestamps: tuple[datetime, datetime], data: r.ActivityInput, derived: dict[str, Any]
    ) -> None:
        self._activities.append(_NewActivity(uid, timestamps, derived, data))

    def insert(self) -> None:
        """Write every row added so far (after what the session has pending)."""
        if not (self._subprocessors or self._activities or self._chain):
            return
        self.session.flush()
        if not self._ids:
            self._ids = {model: _Ids(self.session, model) for model in LINKED}
        if self._subprocessors:
            self._insert_subprocessors(self._subprocessors)
            self._subprocessors = []
        known = self._ids[m.Subprocessor]
        ready = [{"subprocessor_id": i, "uses_id": known[u]} for i, u in self._chain if u in known]
        self._many(m.subprocessor_chain, ready)
        self._chain = [(i, u) for i, u in self._chain if u not in known]
        if self._activities:
            assert not self._chain, "every subprocessor is written before the first activity"
            self._insert_activities(self._activities)
            self._activities = []

    def _parents(self, model: type[m.Base], new: list[Any], columns: Any) -> list[int]:
        rows = [
            {"uid": n.uid, "created_at": n.timestamps[0], "updated_at": n.timestamps[1]} | columns(n.data) | n.derived
            for n in new
        ]
        t = table(model)
        ids = list(self.session.execute(insert(t).returning(t.c.id, sort_by_parameter_order=True), rows).scalars())
        if model in self._ids:
            self._ids[model].update((n.uid, id_) for n, id_ in zip(new, ids, strict=True))
        return ids

    def _many(self, model: type[m.Base] | Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.session.execute(insert(model if isinstance(model, Table) else table(model)), rows)

    def _insert_subprocessors(self, new: list[_NewSubprocessor]) -> None:
        ids = self._parents(m.Subprocessor, new, subprocessor_columns)
        measures = self._ids[m.Measure]
        countries, certifications, scopes, linked = [], [], [], []
        for n, id_ in zip(new, ids, strict=True):
            data = n.data
            countries += [
                {"subprocessor_id": id_, "position": i} | country_columns(c) for i, c in enumerate(data.countries)
            ]
            certifications += [
                ({"subprocessor_id": id_, "position": i} | certification_columns(c), c.hds_scopes)
                for i, c in enumerate(data.certifications)
            ]
            self._chain += [(id_, u) for u in dict.fromkeys(data.uses_uids)]
            linked += [{"subprocessor_id": id_, "measure_id": measures[u]} for u in dict.fromkeys(data.measure_uids)]
        self._many(m.SubprocessorCountry, countries)
        if certifications:
            t = table(m.Certification)
            certificate_ids = self.session.execute(
                insert(t).returning(t.c.id, sort_by_parameter_order=True), [row for row, _ in certifications]
            ).scalars()
            for (_, codes), certificate_id in zip(certifications, certificate_ids, strict=True):
                scopes += [{"certification_id": certificate_id, "code": code} for code in dict.fromkeys(codes)]
        self._many(m.CertificationHdsScope, scopes)
        self._many(m.subprocessor_measure, linked)

    def _insert_activities(self, new: list[_NewActivity]) -> None:
        controllers, subprocessors, measures = (self._ids[x] for x in (m.ExternalController, m.Subprocessor, m.Measure))

        def columns(data: r.ActivityInput) -> dict[str, Any]:
            client = controllers[data.client_uid] if data.client_uid else None
            return activity_columns(data) | {"client_id": client}

        ids = self._parents(m.Activity, new, columns)
        children: dict[type[m.Base] | Table, list[dict[str, Any]]] = {
            model: []
            for model in (
                m.Purpose, m.ActivityDataSubject, m.ActivityDataCategory, m.ActivityDataSource, m.ActivityRecipient,
                m.Transfer, m.RetentionRule, m.ActivityDpiaCriterion, m.ActivityMeasure,
                m.activity_joint_controller, m.activity_subprocessor,
            )
        }  # fmt: skip

        def add(model: type[m.Base], id_: int, items: tuple[Any, ...], columns: Any) -> None:
            children[model] += [{"activity_id": id_, "position": i} | columns(x) for i, x in enumerate(items)]

        for n, id_ in zip(new, ids, strict=True):
            data = n.data
            add(m.Purpose, id_, data.purposes, purpose_columns)
            add(m.ActivityDataSubject, id_, data.data_subjects, data_subject_columns)
            add(m.ActivityDataCategory, id_, data.data_categories, data_category_columns)
            add(m.ActivityDataSource, id_, data.data_sources, coded_item_columns)
            add(m.ActivityRecipient, id_, data.recipients, coded_item_columns)
            children[m.Transfer] += [
                {"activity_id": id_, "position": i}
                | transfer_columns(t)
                | {"subprocessor_id": subprocessors[t.subprocessor_uid] if t.subprocessor_uid else None}
                for i, t in enumerate(data.transfers)
            ]
            add(m.RetentionRule, id_, data.retention, retention_columns)
            children[m.ActivityDpiaCriterion] += [
                {"activity_id": id_, "code": code} for code in dict.fromkeys(data.dpia.criteria)
            ]
            children[m.ActivityMeasure] += [
                {"activity_id": id_, "measure_id": measures[link.measure_uid], "note": link.note}
                for link in data.measures
            ]
            children[m.activity_joint_controller] += [
                {"activity_id": id_, "controller_id": controllers[u]} for u in dict.fromkeys(data.joint_controller_uids)
            ]
            children[m.activity_subprocessor] += [
                {"activity_id": id_, "subprocessor_id": subprocessors[u]} for u in dict.fromkeys(data.subprocessor_uids)
            ]
        for model, rows in children.items():
            self._many(model, rows)
