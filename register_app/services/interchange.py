"""Import of a whole register from a JSON document: all or nothing, every error reported with its
JSON path. Objects are matched by uid, so importing a register's own export updates in place;
catalogue measures are also matched by catalogue code, so a register seeded with the catalogue
does not get each measure twice."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.errors import ImportFailed
from register_app.exports.json_export import DOCUMENT, FORMAT, FORMAT_VERSION, RegisterDocument
from register_app.services import records as r
from register_app.services.activities import input_of, write_activity
from register_app.services.measures import MEASURES
from register_app.services.organisation import CONTROLLERS, write_organisation
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.services.validation import (
    Issue,
    issue,
    text_issues,
    validate_activity,
    validate_controller,
    validate_measure,
    validate_organisation,
    validate_subprocessor,
)
from register_app.services.writer import write
from register_app.store.backups import backup_copy
from register_app.store.register_file import RegisterFile


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int


def json_path(loc: Iterable[Any]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def issue_path(prefix: str, item: Issue) -> str:
    return json_path([]) + "." + prefix + item.field


def parse_document(raw: bytes) -> RegisterDocument:
    """Parse and check a document's structure; raises ImportFailed listing every error."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailed([f"$: not UTF-8 text ({exc.reason})"], summary="the file is not UTF-8 text.") from exc
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            [f"$: {exc.msg} (line {exc.lineno}, column {exc.colno})"], summary="the file is not valid JSON."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFailed([f"$.format: expected '{FORMAT}'"], summary="this JSON is not a register_app register.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFailed(["$.format_version: expected a whole number"], summary="the format version is missing.")
    if version > FORMAT_VERSION:
        raise ImportFailed(
            [f"$.format_version: {version} is newer than {FORMAT_VERSION}"],
            summary="the document was written by a newer version of register_app; update the application.",
        )
    try:
        return DOCUMENT.validate_python(data)
    except ValidationError as exc:
        errors = [f"{json_path(e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise ImportFailed(errors, summary=f"{len(errors)} error(s) in the document, first: {errors[0]}") from exc


def _uids(session: Session, model: type[Any]) -> set[str]:
    return set(session.scalars(select(model.uid)))


def _check(doc: RegisterDocument, session: Session, measure_map: dict[str, str]) -> list[str]:
    """Every problem the document would cause, before anything is written."""
    errors: list[str] = []

    def add(prefix: str, issues: list[Issue]) -> None:
        errors.extend(f"{issue_path(prefix, i)}: {i.message('en')}" for i in issues)

    add("organisation.", validate_organisation(doc.organisation))
    for i, c in enumerate(doc.controllers):
        add(f"controllers[{i}].", validate_controller(c))
    for i, me in enumerate(doc.measures):
        add(f"measures[{i}].", validate_measure(me))
    for i, s in enumerate(doc.subprocessors):
        add(f"subprocessors[{i}].", validate_subprocessor(s))
    for i, a in enumerate(doc.activities):
        add(f"activities[{i}].", validate_activity(a))
    for i, d in enumerate(doc.dismissed_findings):
        add(f"dismissed_findings[{i}].", text_issues(d) + ([] if d.reason.strip() else [issue("REQUIRED", "reason")]))

    known = {
        "controller": _uids(session, m.ExternalController) | {c.uid for c in doc.controllers},
        "measure": _uids(session, m.Measure) | {x.uid for x in doc.measures} | set(measure_map.values()),
        "subprocessor": _uids(session, m.Subprocessor) | {s.uid for s in doc.subprocessors},
    }

    def link(path: str, kind: str, uid: str | None) -> None:
        if uid is not None and measure_map.get(uid, uid) not in known[kind]:
            errors.append(f"$.{path}: links to {uid}, which is neither in the document nor in the register")

    for i, s in enumerate(doc.subprocessors):
        for j, uid in enumerate(s.uses_uids):
            link(f"subprocessors[{i}].uses_uids[{j}]", "subprocessor", uid)
        for j, uid in enumerate(s.measure_uids):
            link(f"subprocessors[{i}].measure_uids[{j}]", "measure", uid)
    references: dict[str, str] = dict(session.execute(select(m.Activity.reference, m.Activity.uid)).all())
    for i, a in enumerate(doc.activities):
        p = f"activities[{i}]"
        link(f"{p}.client_uid", "controller", a.client_uid)
        for j, uid in enumerate(a.joint_controller_uids):
            link(f"{p}.joint_controller_uids[{j}]", "controller", uid)
        for j, uid in enumerate(a.subprocessor_uids):
            link(f"{p}.subprocessor_uids[{j}]", "subprocessor", uid)
        for j, t in enumerate(a.transfers):
            link(f"{p}.transfers[{j}].subprocessor_uid", "subprocessor", t.subprocessor_uid)
        for j, ml in enumerate(a.measures):
            link(f"{p}.measures[{j}].measure_uid", "measure", ml.measure_uid)
        if a.reference and references.get(a.reference, a.uid) != a.uid:
            errors.append(f"$.{p}.reference: '{a.reference}' is already used by another activity")
        references.setdefault(a.reference, a.uid)
    uid_lists: dict[str, list[str]] = {
        "controllers": [c.uid for c in doc.controllers],
        "measures": [x.uid for x in doc.measures],
        "subprocessors": [s.uid for s in doc.subprocessors],
        "activities": [a.uid for a in doc.activities],
    }
    for kind, uids in uid_lists.items():
        seen: set[str] = set()
        for i, uid in enumerate(uids):
            if uid in seen:
                errors.append(f"$.{kind}[{i}].uid: {uid} appears twice")
            seen.add(uid)
    return errors


def _catalogue_matches(session: Session, doc: RegisterDocument) -> dict[str, str]:
    """Document measure uid -> register measure uid, for catalogue measures the register already
    has under another uid."""
    existing_uids = _uids(session, m.Measure)
    by_code = dict(
        session.execute(
            select(m.Measure.catalogue_code, m.Measure.uid).where(m.Measure.catalogue_code.is_not(None))
        ).all()
    )
    return {
        me.uid: by_code[me.catalogue_code]
        for me in doc.measures
        if me.uid not in existing_uids and me.catalogue_code in by_code
    }


def _remap(doc: RegisterDocument, measure_map: dict[str, str]) -> RegisterDocument:
    if not measure_map:
        return doc

    def mu(uid: str) -> str:
        return measure_map.get(uid, uid)

    return dataclasses.replace(
        doc,
        measures=tuple(dataclasses.replace(x, uid=mu(x.uid)) for x in doc.measures),
        subprocessors=tuple(
            dataclasses.replace(s, measure_uids=tuple(mu(u) for u in s.measure_uids)) for s in doc.subprocessors
        ),
        activities=tuple(
            dataclasses.replace(
                a, measures=tuple(dataclasses.replace(ml, measure_uid=mu(ml.measure_uid)) for ml in a.measures)
            )
            for a in doc.activities
        ),
    )


def _write_dismissal(session: Session, dismissal: r.DismissedFinding) -> None:
    """A dismissal is kept as it was recorded (reason, author, date): it belongs to the DPO who made it."""
    row = session.scalar(
        select(m.DismissedFinding).where(
            m.DismissedFinding.code == dismissal.code,
            m.DismissedFinding.object_uid == dismissal.object_uid,
            m.DismissedFinding.field == dismissal.field,
        )
    )
    if row is None:
        row = m.DismissedFinding(code=dismissal.code, object_uid=dismissal.object_uid, field=dismissal.field)
        session.add(row)
    row.reason, row.author, row.at = dismissal.reason, dismissal.author, dismissal.at


def subprocessor_chain(session: Session, uid: str) -> list[str]:
    row = session.scalar(select(m.Subprocessor).where(m.Subprocessor.uid == uid))
    return [u.uid for u in row.uses] if row else []


def import_document(register: RegisterFile, document: RegisterDocument) -> ImportSummary:
    """Write a parsed document into the register in one transaction, after a safety copy."""
    created = updated = 0
    if not register.read_only:
        backup_copy(register.path, reason="before-import", policy=register.backup_policy)
    with register.session() as session:
        measure_map = _catalogue_matches(session, document)
        errors = _check(document, session, measure_map)
        if errors:
            raise ImportFailed(errors, summary=f"{len(errors)} error(s) in the document, first: {errors[0]}")
        doc = _remap(document, measure_map)
        author = register.author
        if doc.organisation != r.Organisation():
            write_organisation(session, author=author, data=doc.organisation)

        def upsert(agg: Any, model: type[Any], item: Any, data: Any) -> None:
            nonlocal created, updated
            row = session.scalar(select(model).where(model.uid == item.uid))
            created, updated = created + (row is None), updated + (row is not None)
            write(session, agg, author=author, data=data, row=row, uid=item.uid,
                  timestamps=(item.created_at, item.updated_at))  # fmt: skip

        for c in doc.controllers:
            upsert(CONTROLLERS, m.ExternalController, c, c)
        for me in doc.measures:
            upsert(MEASURES, m.Measure, me, me)
        present = _uids(session, m.Subprocessor)
        for s in doc.subprocessors:  # first with the chain members already there; the rest later
            upsert(SUBPROCESSORS, m.Subprocessor, s,
                   dataclasses.replace(s, uses_uids=tuple(u for u in s.uses_uids if u in present)))  # fmt: skip
            present.add(s.uid)
        for s in doc.subprocessors:
            if set(s.uses_uids) - set(subprocessor_chain(session, s.uid)):
                sub_row = session.scalar(select(m.Subprocessor).where(m.Subprocessor.uid == s.uid))
                write(session, SUBPROCESSORS, author=author, data=s, row=sub_row,
                      timestamps=(s.created_at, s.updated_at))  # fmt: skip
        for a in doc.activities:
            row = session.scalar(select(m.Activity).where(m.Activity.uid == a.uid))
            created, updated = created + (row is None), updated + (row is not None)
            write_activity(session, author=author, data=input_of(a), row=row, uid=a.uid,
                           timestamps=(a.created_at, a.updated_at))  # fmt: skip
        for d in doc.dismissed_findings:
            _write_dismissal(session, d)
    return ImportSummary(created=created, updated=updated)
