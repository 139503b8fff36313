"""The export formats, chosen by the file's extension (JSON, Excel, PDF), and the atomic write of
the file. Each exporter's module (openpyxl, reportlab) is imported on first use: the app's first
screen does not need them. What an import reads is in services/document.py."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError, UserError
from register_app.services import records as r
from register_app.services.document import Profile


class Exporter(Protocol):
    """Writes the document to `out`, a binary file. `findings`: whether the full register ends with
    the findings of the checks (Excel, PDF)."""

    def __call__(self, snapshot: r.Snapshot, out: IO[bytes], profile: Profile, lang: Lang, *,
                 findings: bool = True) -> None: ...  # fmt: skip


def json_exporter(snapshot: r.Snapshot, out: IO[bytes], profile: Profile, lang: Lang, *, findings: bool = True) -> None:
    from register_app.exports.json_export import export_json

    out.write(export_json(snapshot, profile=profile))  # a data document: findings are worked out again on import


def xlsx_exporter(snapshot: r.Snapshot, out: IO[bytes], profile: Profile, lang: Lang, *, findings: bool = True) -> None:
    from register_app.exports.xlsx.workbook import export_xlsx

    out.write(export_xlsx(snapshot, profile, lang, findings=findings))


def pdf_exporter(snapshot: r.Snapshot, out: IO[bytes], profile: Profile, lang: Lang, *, findings: bool = True) -> None:
    from register_app.exports.pdf.document import export_pdf

    export_pdf(snapshot, out, profile, lang, findings=findings)  # written as it is made, never held whole


EXPORTERS: dict[str, Exporter] = {".json": json_exporter, ".xlsx": xlsx_exporter, ".pdf": pdf_exporter}
FORMAT_NAMES = {".json": "JSON", ".xlsx": "Excel", ".pdf": "PDF", ".ods": "OpenDocument", ".csv": "CSV"}


def format_name(extension: str) -> str:
    """A format's name as menus and dialogs show it ("Excel" for .xlsx)."""
    return FORMAT_NAMES.get(extension, extension.lstrip(".").upper())


def exported(exporter: Exporter, snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = True) -> bytes:
    """The document as bytes, for what holds it in memory anyway (the inspection bundle's zip)."""
    buffer = io.BytesIO()
    exporter(snapshot, buffer, profile, lang, findings=findings)
    return buffer.getvalue()


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
    """Write `data` to `dest` atomically (see atomic_file)."""
    with atomic_file(dest, register=register) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(dest: Path, *, register: Path | None = None) -> Iterator[IO[bytes]]:
    """A binary file to write `dest`'s content to: a temporary file beside `dest`, renamed to it
    when the block ends, removed if it raises: a reader never sees half a file, and a failed or
    cancelled export leaves any previous file as it was. The file gets the permissions of any
    file the user creates (their umask), not the temporary file's owner-only ones."""
    if register is not None and dest.exists() and dest.resolve() == register.resolve():
        raise OverwriteRegisterError(path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def output(out: Path | IO[bytes]) -> Iterator[IO[bytes]]:
    """`out` as a binary file to write a document to: a path is written atomically (atomic_file),
    a file object is used as it is."""
    if isinstance(out, Path):
        with atomic_file(out) as handle:
            yield handle
    else:
        yield out
