"""Import of a whole register from a JSON document: all or nothing, every error reported with its
JSON path. Objects are matched by uid, so importing a register's own export updates in place;
catalogue measures are also matched by catalogue code, so a register seeded with the catalogue
does not get each measure twice."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.enums import HistoryAction
from register_app.domain.words.language import Pair, Text, colon, pick
from register_app.errors import ImportFailed
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, input_of, numbered_reference, reference_number
from register_app.services.aggregate_writes import Aggregate, Batch, derived_columns, unchanged, write
from register_app.services.breaches import BREACHES, validate_breach
from register_app.services.bulk import NewRows, activity_columns
from register_app.services.daily_backups import safety_copy
from register_app.services.document import FORMAT, FORMAT_VERSION, RegisterDocument
from register_app.services.document_tidy import Notes, Unreported, tidy_document
from register_app.services.format_upgrade import document_to_current
from register_app.services.history import Subject, record, record_created
from register_app.services.measures import MEASURES
from register_app.services.organisation import CONTROLLERS, write_organisation
from register_app.services.rights_requests import RIGHTS_REQUESTS, validate_request
from register_app.services.snapshot import ACTIVITY_LOADS, BREACH_LOADS, SUBPROCESSOR_LOADS
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.services.text import fold
from register_app.services.validation import (
    MESSAGES,
    Issue,
    issue,
    text_issues,
    validate_activity,
    validate_controller,
    validate_measure,
    validate_organisation,
    validate_subprocessor,
)
from register_app.store.register_file import RegisterFile


def import_summary(errors: list[Text], where: str) -> Pair:
    """Why nothing was imported, in French and English: how many errors in the document or the
    workbook (`where`), and the first one (each error a text or its (French, English) pair)."""
    fr_where, en_where = {"document": ("le document", "the document"),
                          "workbook": ("le classeur", "the workbook")}[where]  # fmt: skip
    fr, en = pick(errors[0], "fr"), pick(errors[0], "en")
    if len(errors) == 1:
        return f"1 erreur dans {fr_where} : {fr}", f"1 error in {en_where}: {en}"
    return (f"{len(errors)} erreurs dans {fr_where}, la première : {fr}",
            f"{len(errors)} errors in {en_where}, first: {en}")  # fmt: skip


@dataclass(frozen=True)
class DocumentError:
    """One error of a document: where (its JSON path) and what is wrong, in French and English."""

    path: str
    words: Pair

    @property
    def text(self) -> Pair:
        """'$.activities[0].name : …' and '$.activities[0].name: …'."""
        return colon(self.path, self.words[0], "fr"), colon(self.path, self.words[1], "en")


def document_error(path: str, code: str, /, **params: object) -> DocumentError:
    """The error `code` (a message of `validation.MESSAGES`) at `path`."""
    return DocumentError(path, (pick(MESSAGES[code], "fr", **params), pick(MESSAGES[code], "en", **params)))


def refused(errors: list[DocumentError], summary: Text | None = None) -> ImportFailed:
    """The refusal of a document with `errors` (`summary`: its sentence, by default how many and the first)."""
    texts: list[Text] = [e.text for e in errors]
    return ImportFailed(texts, summary=summary if summary is not None else import_summary(texts, "document"))


def _structure_error(error: Any) -> DocumentError:
    """A structural error pydantic found, in our words where we have them (its own English otherwise)."""
    path, kind = json_path(error["loc"]), error["type"]
    if kind == "missing":
        return document_error(path, "REQUIRED")
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return document_error(path, "UNKNOWN-FIELD")
    if kind in ("enum", "literal_error") and "expected" in error.get("ctx", {}):
        expected = error["ctx"]["expected"]  # "'a', 'b' or 'c'"
        return document_error(path, "NOT-ALLOWED", expected=expected, expected_fr=expected.replace(" or ", " ou "))
    return document_error(path, "INVALID", reason=error["msg"])


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


def parse_document(raw: bytes, notes: Notes | None = None) -> RegisterDocument:
    """Parse and check a document's structure, then tidy it (`document_tidy`: 'not applicable' values,
    country names), noting each change in `notes`; raises ImportFailed listing every error."""
    try:
        return _parse(raw, notes)
    except RecursionError as exc:  # '[[[[…' thousands deep: the parser's or a later walk's own limit
        summary = ("le document est imbriqué trop profondément pour être un registre.",
                   "the document is nested too deeply to be a register.")  # fmt: skip
        raise refused([document_error("$", "NESTED-TOO-DEEP")], summary) from exc


def _parse(raw: bytes, notes: Notes | None) -> RegisterDocument:
    try:
        with collection_paused():  # two thirds of the parsing time at 10,000 activities otherwise
            data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise refused([document_error("$", "NOT-UTF8", reason=exc.reason)],
                      ("le fichier n'est pas un texte UTF-8.", "the file is not UTF-8 text.")) from exc  # fmt: skip
    except json.JSONDecodeError as exc:
        raise refused([document_error("$", "NOT-JSON", reason=exc.msg, line=exc.lineno, column=exc.colno)],
                      ("le fichier n'est pas un JSON valide.", "the file is not valid JSON.")) from exc  # fmt: skip
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise refused([document_error("$.format", "EXPECTED", expected=FORMAT)],
                      ("ce JSON n'est pas un registre register_app.", "this JSON is not a register_app register."))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise refused([document_error("$.format_version", "WHOLE-NUMBER")],
                      ("la version du format manque.", "the format version is missing."))  # fmt: skip
    if version > FORMAT_VERSION:
        raise refused(
            [document_error("$.format_version", "NEWER-FORMAT", version=version, current=FORMAT_VERSION)],
            ("le document a été écrit par une version plus récente de register_app ; mettez l'application "
             "à jour.", "the document was written by a newer version of register_app; update the application."),
        )
    data = document_to_current(data, version)
    try:
        with collection_paused():
            document = r.adapter(RegisterDocument).validate_python(data)
    except ValidationError as exc:
        raise refused([_structure_error(e) for e in exc.errors()]) from exc
    return tidy_document(document, notes or Unreported())


def prepare_document(register: RegisterFile, document: RegisterDocument) -> tuple[RegisterDocument,
                                                                                   list[DocumentError]]:
    """The document as `import_document` will write it (activities matched by name where it would), and
    every error it would raise; reads only, so it works on a register opened read-only."""
    with register.session() as session:
        document = _remap_activities(document, _name_matches(session, document))
        errors, _ = _check(document, session, _catalogue_matches(session, document))
    return document, errors


def _uids(session: Session, model: type[Any]) -> set[str]:
    return set(session.scalars(select(model.uid)))


def _check(doc: RegisterDocument, session: Session,
           measure_map: dict[str, str]) -> tuple[list[DocumentError], dict[str, str]]:  # fmt: skip
    """Every problem the document would cause, before anything is written; and the reference each
    activity will have (see `_references`)."""
    references, reference_errors = _references(doc, session)
    errors = [*_part_errors(doc), *_link_errors(doc, session, measure_map), *reference_errors, *_duplicate_uids(doc)]
    return errors, references


def _part_errors(doc: RegisterDocument) -> list[DocumentError]:
    """Each object validated on its own, as the forms validate it."""
    errors: list[DocumentError] = []

    def add(prefix: str, issues: list[Issue]) -> None:
        errors.extend(DocumentError(issue_path(prefix, i), (i.message("fr"), i.message("en"))) for i in issues)

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
    for i, b in enumerate(doc.breaches):
        add(f"breaches[{i}].", validate_breach(b))
    for i, q in enumerate(doc.rights_requests):
        add(f"rights_requests[{i}].", validate_request(q))
    return errors


def _link_errors(doc: RegisterDocument, session: Session, measure_map: dict[str, str]) -> list[DocumentError]:
    """Each link to an object that is neither in the document nor in the register (a catalogue
    measure counts under the register's uid it is matched to)."""
    known = {
        "controller": _uids(session, m.ExternalController) | {c.uid for c in doc.controllers},
        "measure": _uids(session, m.Measure) | {x.uid for x in doc.measures} | set(measure_map.values()),
        "subprocessor": _uids(session, m.Subprocessor) | {s.uid for s in doc.subprocessors},
        "activity": _uids(session, m.Activity) | {a.uid for a in doc.activities},
    }
    links: list[tuple[str, str, str | None]] = []  # (path, kind, uid)
    for i, s in enumerate(doc.subprocessors):
        links += [(f"subprocessors[{i}].uses_uids[{j}]", "subprocessor", u) for j, u in enumerate(s.uses_uids)]
        links += [(f"subprocessors[{i}].measure_uids[{j}]", "measure", u) for j, u in enumerate(s.measure_uids)]
    for i, b in enumerate(doc.breaches):
        links += [(f"breaches[{i}].activity_uids[{j}]", "activity", u) for j, u in enumerate(b.activity_uids)]
        links += [(f"breaches[{i}].subprocessor_uids[{j}]", "subprocessor", u)
                  for j, u in enumerate(b.subprocessor_uids)]  # fmt: skip
    for i, a in enumerate(doc.activities):
        p = f"activities[{i}]"
        links.append((f"{p}.client_uid", "controller", a.client_uid))
        links += [(f"{p}.joint_controller_uids[{j}]", "controller", u) for j, u in enumerate(a.joint_controller_uids)]
        links += [(f"{p}.subprocessor_uids[{j}]", "subprocessor", u) for j, u in enumerate(a.subprocessor_uids)]
        links += [(f"{p}.transfers[{j}].subprocessor_uid", "subprocessor", t.subprocessor_uid)
                  for j, t in enumerate(a.transfers)]  # fmt: skip
        links += [(f"{p}.measures[{j}].measure_uid", "measure", ml.measure_uid) for j, ml in enumerate(a.measures)]
    return [document_error(f"$.{path}", "LINK-MISSING", uid=uid)
            for path, kind, uid in links
            if uid is not None and measure_map.get(uid, uid) not in known[kind]]  # fmt: skip


def _references(doc: RegisterDocument, session: Session) -> tuple[dict[str, str], list[DocumentError]]:
    """The reference each activity will have (stripped, its own when the document has none, or the
    next free T-number, in document order, as `activities.next_reference` gives them one at a time),
    and each reference another activity already holds."""
    references: dict[str, str] = dict(session.execute(select(m.Activity.reference, m.Activity.uid)).all())
    kept = {uid: reference for reference, uid in references.items()}  # an activity's own, when the document has none
    last_number = max((n for ref in references if (n := reference_number(ref)) is not None), default=0)
    prepared: dict[str, str] = {}
    errors: list[DocumentError] = []
    for i, a in enumerate(doc.activities):
        reference = a.reference.strip() or kept.get(a.uid, "")
        if not reference:
            last_number += 1
            reference = numbered_reference(last_number)
        elif (number := reference_number(reference)) is not None:
            last_number = max(last_number, number)
        prepared[a.uid] = reference
        if references.get(reference, a.uid) != a.uid:
            errors.append(document_error(f"$.activities[{i}].reference", "REFERENCE-TAKEN", reference=reference))
        references.setdefault(reference, a.uid)
    return prepared, errors


def _duplicate_uids(doc: RegisterDocument) -> list[DocumentError]:
    """Each uid a list of the document holds twice."""
    uid_lists: dict[str, list[str]] = {
        "controllers": [c.uid for c in doc.controllers],
        "measures": [x.uid for x in doc.measures],
        "subprocessors": [s.uid for s in doc.subprocessors],
        "activities": [a.uid for a in doc.activities],
        "breaches": [b.uid for b in doc.breaches],
        "rights_requests": [q.uid for q in doc.rights_requests],
    }
    errors: list[DocumentError] = []
    for kind, uids in uid_lists.items():
        seen: set[str] = set()
        for i, uid in enumerate(uids):
            if uid in seen:
                errors.append(document_error(f"$.{kind}[{i}].uid", "DUPLICATE", code=uid))
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


def _name_matches(session: Session, doc: RegisterDocument) -> dict[str, str]:
    """Document activity uid -> register activity uid, for activities with neither a known uid nor a
    reference that have the name of exactly one activity of the register (not itself in the document):
    a document from another tool, imported again, updates them instead of adding numbered copies."""
    rows = session.execute(select(m.Activity.uid, m.Activity.name)).all()
    in_doc = {a.uid for a in doc.activities}
    by_name: dict[str, list[str]] = {}
    for uid, name in rows:
        by_name.setdefault(fold(name.strip()), []).append(uid)
    known = {uid for uid, _ in rows}
    matches: dict[str, str] = {}
    for a in doc.activities:
        found = by_name.get(fold(a.name.strip()), [])
        target = found[0] if len(found) == 1 else None
        if target and a.uid not in known and not a.reference.strip() and target not in in_doc | set(matches.values()):
            matches[a.uid] = target
    return matches


def _remap_activities(doc: RegisterDocument, activity_map: dict[str, str]) -> RegisterDocument:
    if not activity_map:
        return doc
    return dataclasses.replace(
        doc,
        activities=tuple(dataclasses.replace(a, uid=activity_map.get(a.uid, a.uid)) for a in doc.activities),
        dismissed_findings=tuple(
            dataclasses.replace(d, object_uid=activity_map.get(d.object_uid, d.object_uid))
            for d in doc.dismissed_findings
        ),
        breaches=tuple(
            dataclasses.replace(b, activity_uids=tuple(activity_map.get(u, u) for u in b.activity_uids))
            for b in doc.breaches
        ),
    )


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


def import_document(register: RegisterFile, document: RegisterDocument, *, bulk: bool = True) -> ImportSummary:
    """Write a parsed document into the register in one transaction, after a safety copy.

    Everything is checked before anything is written. Objects the register has (same uid) are
    updated one at a time as an edit would; new subprocessors and activities are written as plain
    rows, a table at a time (`bulk`; False writes them one at a time too, which gives the same
    rows and history, only slower)."""
    if not register.read_only:
        safety_copy(register, reason="before-import")
    with register.session() as session, collection_paused():  # a third of a re-import's time otherwise
        document = _remap_activities(document, _name_matches(session, document))
        measure_map = _catalogue_matches(session, document)
        errors, references = _check(document, session, measure_map)
        if errors:
            raise refused(errors)
        return _Import(session, author=register.author, bulk=bulk).run(_remap(document, measure_map), references)


CHUNK = 500  # uids per IN (...) query


class _Import:
    """One import's writes, in the order the per-object importer always made them: organisation,
    controllers, measures, subprocessors (those whose chain is not written yet get it in a second
    pass), activities, breaches, rights requests, dismissals. The history is kept in that order and
    written last."""

    def __init__(self, session: Session, *, author: str, bulk: bool) -> None:
        self.session, self.author = session, author
        self.batch = Batch()
        self.new = NewRows(session) if bulk else None
        self.new_subprocessors: set[str] = set()
        self.created = self.updated = 0
        self._names: dict[type[m.Base], dict[str, str]] = {}

    def run(self, doc: RegisterDocument, references: dict[str, str]) -> ImportSummary:
        session, batch = self.session, self.batch
        if doc.organisation != r.Organisation():
            write_organisation(session, author=self.author, data=doc.organisation)
            session.flush()  # its history entry comes first
        for model in (m.ExternalController, m.Measure, m.RightsRequest):
            batch.keep(session.scalars(select(model)))
        batch.keep(session.scalars(select(m.Breach).options(*BREACH_LOADS)))
        batch.keep(session.scalars(select(m.Subprocessor).options(*SUBPROCESSOR_LOADS)))
        uids = [a.uid for a in doc.activities]
        for i in range(0, len(uids), CHUNK):
            chunk = uids[i : i + CHUNK]
            batch.keep(session.scalars(select(m.Activity).where(m.Activity.uid.in_(chunk)).options(*ACTIVITY_LOADS)))

        for c in doc.controllers:
            self.put(CONTROLLERS, c, c)
        for me in doc.measures:
            self.put(MEASURES, me, me)
        self.subprocessors(doc.subprocessors)
        for a in doc.activities:
            self.put(ACTIVITIES, a, dataclasses.replace(input_of(a), reference=references[a.uid]))
        if self.new is not None:
            self.new.insert()
        for b in doc.breaches:
            self.put(BREACHES, b, b)
        for q in doc.rights_requests:
            self.put(RIGHTS_REQUESTS, q, q)
        self.dismissals(doc.dismissed_findings)
        batch.history.write(session)
        return ImportSummary(created=self.created, updated=self.updated)

    def put(self, agg: Aggregate[Any, Any], item: Any, data: Any) -> None:
        """Create or update one object; `item` has its uid and dates, `data` what to write."""
        row = self.batch.rows.get((agg.model, item.uid))
        self.created += row is None
        self.updated += row is not None and not unchanged(agg.to_record(row), data)
        if row is None and self.new is not None and (agg is SUBPROCESSORS or agg is ACTIVITIES):
            self.add_new(agg, item, data)
            return
        if self.new is not None:
            self.new.insert()  # the objects before this one, which it may link to
        write(self.session, agg, author=self.author, data=data, row=row, uid=item.uid,
              timestamps=(item.created_at, item.updated_at), batch=self.batch)  # fmt: skip

    def add_new(self, agg: Aggregate[Any, Any], item: Any, data: Any) -> None:
        """A new object for `NewRows`, with the derived columns and the history `write` would give it.
        A new subprocessor's rows link it to its whole chain at once; its history names only the
        members `data` has, the others are recorded by the second pass."""
        assert self.new is not None
        timestamps = (item.created_at, item.updated_at)
        if agg is ACTIVITIES:
            names = self.names(m.Subprocessor)
            row = SimpleNamespace(  # what `finish` and `label` read of a row
                **activity_columns(data),
                purposes=data.purposes,
                data_categories=data.data_categories,
                subprocessors=[SimpleNamespace(name=names[u]) for u in dict.fromkeys(data.subprocessor_uids)],
            )
            measure_names = self.names(m.Measure)
            created = SimpleNamespace(  # the links of the record `write` would read back
                joint_controller_uids=tuple(dict.fromkeys(data.joint_controller_uids)),
                subprocessor_uids=tuple(dict.fromkeys(data.subprocessor_uids)),
                measures=sorted(data.measures, key=lambda link: (measure_names[link.measure_uid], link.measure_uid)),
            )
            self.new.add_activity(item.uid, timestamps, data, derived=derived_columns(agg, row))
        else:
            row = SimpleNamespace(name=data.name)
            created = SimpleNamespace(
                measure_uids=tuple(dict.fromkeys(data.measure_uids)), uses_uids=tuple(dict.fromkeys(data.uses_uids))
            )
            self.new.add_subprocessor(item.uid, timestamps, item, derived=derived_columns(agg, row))
            self.new_subprocessors.add(item.uid)
        subject = Subject(agg.kind, item.uid, agg.label(row))
        record_created(self.session, author=self.author, subject=subject, created=created, into=self.batch.history)

    def names(self, model: type[m.Subprocessor] | type[m.Measure]) -> dict[str, str]:
        """Names by uid, read when the first new activity needs them, once every subprocessor and
        measure is written: its search text and history list them by the names the import gave."""
        if model not in self._names:
            self.session.flush()
            self._names[model] = dict(self.session.execute(select(model.uid, model.name)).all())
        return self._names[model]

    def subprocessors(self, subprocessors: tuple[r.Subprocessor, ...]) -> None:
        """A subprocessor is written first with the chain members that exist by then, then, once
        all are written, completed with the rest (as two edits would record it)."""
        present = {uid for (model, uid), row in self.batch.rows.items() if model is m.Subprocessor and row is not None}
        first_uses: dict[str, tuple[str, ...]] = {}
        for s in subprocessors:
            first_uses[s.uid] = tuple(u for u in s.uses_uids if u in present)
            self.put(SUBPROCESSORS, s, dataclasses.replace(s, uses_uids=first_uses[s.uid]))
            present.add(s.uid)
        if self.new is not None:
            self.new.insert()
        for s in subprocessors:
            if s.uid not in self.new_subprocessors:  # written by `write`
                row = self.batch.rows[(m.Subprocessor, s.uid)]
                if set(s.uses_uids) - {u.uid for u in row.uses}:
                    write(self.session, SUBPROCESSORS, author=self.author, data=s, row=row,
                          timestamps=(s.created_at, s.updated_at), batch=self.batch)  # fmt: skip
                continue
            subject = Subject(SUBPROCESSORS.kind, s.uid, s.name)
            first = set(first_uses[s.uid])
            for uid in dict.fromkeys(s.uses_uids):
                if uid not in first:
                    record(self.session, author=self.author, action=HistoryAction.LINK, subject=subject,
                           field="uses_uids", new=uid, into=self.batch.history)  # fmt: skip
        self.session.flush()

    def dismissals(self, dismissals: tuple[r.DismissedFinding, ...]) -> None:
        """A dismissal is kept as it was recorded (reason, author, date): it belongs to the DPO who made it."""
        if not dismissals:
            return
        rows = {(d.code, d.object_uid, d.field): d for d in self.session.scalars(select(m.DismissedFinding))}
        for d in dismissals:
            key = (d.code, d.object_uid, d.field)
            row = rows.get(key)
            if row is None:
                row = rows[key] = m.DismissedFinding(code=d.code, object_uid=d.object_uid, field=d.field)
                self.session.add(row)
            row.reason, row.author, row.at = d.reason, d.author, d.at
