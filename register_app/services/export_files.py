"""Export the register to a file, for the command line and the desktop app alike: the format follows
the file's extension (exports/formats.py), the document is built from one snapshot, and the file is
written atomically, never over the register itself."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError
from register_app.exports.formats import exporter_for, write_atomically
from register_app.services import records as r
from register_app.services.breaches import find_breach
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


def export_file(register: RegisterFile, dest: Path, *, profile: Profile, lang: Lang, findings: bool = True,
                cancelled: Callable[[], bool] = lambda: False) -> Path | None:  # fmt: skip
    """Write the register to `dest`: the path written, or None when `cancelled()` turned true while
    the document was built (an exporter cannot be interrupted half way; nothing is written then).
    `findings`: whether the full register ends with the findings of the checks (Excel, PDF)."""
    exporter = exporter_for(dest)
    data = exporter(take_snapshot(register), profile, lang, findings=findings)
    if cancelled():
        return None
    write_atomically(dest, data, register=register.path)
    return dest


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
