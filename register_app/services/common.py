"""Helpers shared by the service modules: resolving linked objects by uid, refusing invalid input."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain.base import WithUid
from register_app.errors import NotFoundError, ValidationFailed
from register_app.services.validation import Issue, issue

T = TypeVar("T", bound=WithUid)
Rows = dict[tuple[type[Any], str], Any]  # rows by (model, uid); None: no such row


def raise_if_invalid(issues: list[Issue]) -> None:
    if issues:
        first = issues[0]
        more = len(issues) - 1
        more_fr = f" (+{more} autre{'s' if more > 1 else ''})" if more else ""
        more_en = f" (+{more} more)" if more else ""
        summary = (f"{first.field} : {first.message('fr')}{more_fr}", f"{first.field}: {first.message('en')}{more_en}")
        raise ValidationFailed(list(issues), summary=summary)


def get_by_uid(session: Session, model: type[T], uid: str, kind: str) -> T:
    found = session.scalar(select(model).where(model.uid == uid))
    if found is None:
        raise NotFoundError(kind=kind, ident=uid)
    return found


class Resolver:
    """Looks up the objects a record links to by uid, collecting an issue for each missing one
    instead of stopping at the first."""

    def __init__(self, session: Session, prefix: str = "", *, rows: Rows | None = None) -> None:
        """`rows`: the rows known already (a batch's), which the resolver completes."""
        self.session = session
        self.prefix = prefix
        self.issues: list[Issue] = []
        self._cache: Rows = {} if rows is None else rows

    def one(self, model: type[T], uid: str, field: str) -> T | None:
        key = (model, uid)
        if key not in self._cache:
            self._cache[key] = self.session.scalar(select(model).where(model.uid == uid))
        found = self._cache[key]
        if found is None:
            self.issues.append(issue("LINK-UNKNOWN", self.prefix + field, uid=uid))
        return cast(T | None, found)

    def preload(self, model: type[T], uids: Iterable[str]) -> None:
        """Look up the objects `uids` name in one query, rather than one per link (`one` then finds them)."""
        missing = [uid for uid in dict.fromkeys(uids) if (model, uid) not in self._cache]
        if missing:
            rows = {row.uid: row for row in self.session.scalars(select(model).where(model.uid.in_(missing)))}
            self._cache.update({(model, uid): rows.get(uid) for uid in missing})

    def many(self, model: type[T], uids: tuple[str, ...], field: str) -> list[T]:
        self.preload(model, uids)
        found = [self.one(model, uid, f"{field}[{i}]") for i, uid in enumerate(dict.fromkeys(uids))]
        return [item for item in found if item is not None]
