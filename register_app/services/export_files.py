"""Export the register to a file, for the command line and the desktop app alike: the format follows
the file's extension (exports/formats.py), the document is built from one snapshot — the register
now, as of a past moment, or a frozen version — and the file is written atomically, never over the
register itself. The inspection bundle and the report of what changed are written here too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError
from register_app.exports.bundle import bundle_files, zip_bytes
from register_app.exports.changes import export_changes
from register_app.exports.formats import atomic_file, exporter_for, write_atomically
from register_app.services import records as r
from register_app.services.as_of import snapshot_as_of
from register_app.services.breaches import find_breach
from register_app.services.bundle import bundle_content
from register_app.services.change_report import ChangeReport, changes_between
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.versions import last_version, version_document, version_snapshot
from register_app.store.register_file import RegisterFile


def export_file(register: RegisterFile, dest: Path, *, profile: Profile, lang: Lang, findings: bool = True,
                as_of: datetime | None = None, version: str | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> Path | None:  # fmt: skip
    """Write the register to `dest`: the path written, or None when `cancelled()` turned true while
    the document was built (an exporter cannot be interrupted half way; nothing is written then).
    `findings`: whether the full register ends with the findings of the checks (Excel, PDF).
    `as_of`: the register as it stood then, rebuilt from the journal; `version`: the frozen version
    of that name (its full JSON document byte for byte as frozen)."""
    exporter = exporter_for(dest)
    if version is not None and dest.suffix.lower() == ".json" and profile is Profile.FULL:
        data = version_document(register, name=version)
        if cancelled():
            return None
        write_atomically(dest, data, register=register.path)
        return dest
    snapshot = _snapshot(register, as_of, version)
    try:
        with atomic_file(dest, register=register.path) as out:  # the document goes to it as it is made
            exporter(snapshot, out, profile, lang, findings=findings)
            if cancelled():
                raise _Cancelled  # the temporary file is removed, any previous file left as it was
    except _Cancelled:
        return None
    return dest


class _Cancelled(Exception):
    """The export was cancelled while the document was built."""


def _snapshot(register: RegisterFile, as_of: datetime | None, version: str | None) -> r.Snapshot:
    if version is not None:
        return version_snapshot(register, name=version)
    if as_of is not None:
        return snapshot_as_of(register, as_of)
    return take_snapshot(register)


def write_bundle(register: RegisterFile, dest: Path, *, as_of: datetime | None = None, lang: Lang = "fr") -> Path:
    """Write the inspection bundle (a zip) of the register now, or as of `as_of`."""
    if dest.suffix.lower() != ".zip":
        raise UnsupportedFormatError(path=dest, expected=".zip")
    data = zip_bytes(bundle_files(bundle_content(register, as_of=as_of), lang))
    write_atomically(dest, data, register=register.path)
    return dest


def write_changes(register: RegisterFile, dest: Path, *, since: datetime | None, until: datetime | None,
                  lang: Lang) -> ChangeReport:  # fmt: skip
    """Write what changed between `since` (None: the last frozen version) and `until` (None: now)
    in the format `dest`'s extension names (.json, .xlsx, .pdf); the report written."""
    version = None
    if since is None:
        version = last_version(register)
        since = version.frozen_at
    report = changes_between(register, since=since, until=until, since_version=version.name if version else None)
    write_atomically(dest, export_changes(report, dest, lang), register=register.path)
    return report
def export_breach_notice_file(register: RegisterFile, dest: Path, *, breach: str, lang: Lang) -> r.Breach:
    """Write one breach (its reference or identifier) as a PDF draft of the notification to the
    supervisory authority; the breach written."""
    if dest.suffix.lower() != ".pdf":
        raise UnsupportedFormatError(path=dest, expected=".pdf")
    from register_app.exports.pdf.breach_notice import export_breach_notice  # reportlab: loaded when needed

    snapshot = take_snapshot(register)
    found = find_breach(snapshot.breaches, breach)
    write_atomically(dest, export_breach_notice(found, snapshot, lang), register=register.path)
    return found
