"""The export formats, chosen by the file's extension (JSON, Excel, PDF), and the atomic write of
the file. Each exporter's module (openpyxl, reportlab) is imported on first use: the app's first
screen does not need them. What an import reads is in services/document.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError, UserError
from register_app.services import records as r
from register_app.services.document import Profile


class Exporter(Protocol):
    """`findings`: whether the full register ends with the findings of the checks (Excel, PDF)."""

    def __call__(self, snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = True) -> bytes: ...


def json_exporter(snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = True) -> bytes:
    from register_app.exports.json_export import export_json

    return export_json(snapshot, profile=profile)  # a data document: findings are worked out again on import


def xlsx_exporter(snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = True) -> bytes:
    from register_app.exports.xlsx.workbook import export_xlsx

    return export_xlsx(snapshot, profile, lang, findings=findings)


def pdf_exporter(snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = True) -> bytes:
    from register_app.exports.pdf.document import export_pdf

    return export_pdf(snapshot, profile, lang, findings=findings)


EXPORTERS: dict[str, Exporter] = {".json": json_exporter, ".xlsx": xlsx_exporter, ".pdf": pdf_exporter}
FORMAT_NAMES = {".json": "JSON", ".xlsx": "Excel", ".pdf": "PDF", ".ods": "OpenDocument", ".csv": "CSV"}


def format_name(extension: str) -> str:
    """A format's name as menus and dialogs show it ("Excel" for .xlsx)."""
    return FORMAT_NAMES.get(extension, extension.lstrip(".").upper())


class OverwriteRegisterError(UserError):
    """Refusing to export over the register file itself ({path}); choose another file name."""

    fr = ("Impossible d'exporter par-dessus le fichier du registre lui-même ({path}) ; choisissez un autre nom "
          "de fichier.")  # fmt: skip


def exporter_for(path: Path) -> Exporter:
    exporter = EXPORTERS.get(path.suffix.lower())
    if exporter is None:
        raise UnsupportedFormatError(path=path, expected=", ".join(sorted(EXPORTERS)))
    return exporter


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells (Linux), since
    exports run in worker threads; elsewhere set and put back at once."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(dest: Path, data: bytes, *, register: Path | None = None) -> None:
    """Write to a temporary file beside `dest`, then rename: a reader never sees half a file, and
    a failed export leaves any previous file as it was. The file gets the permissions of any file
    the user creates (their umask), not the temporary file's owner-only ones."""
    if register is not None and dest.exists() and dest.resolve() == register.resolve():
        raise OverwriteRegisterError(path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
