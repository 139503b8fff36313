"""Checks made on the raw file before any spreadsheet library parses it: is it a workbook at all,
is it encrypted, is it a zip bomb."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Final, Literal

from register_app.errors import UserError

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES: Final = 300 * 1024 * 1024
MAX_MEMBERS: Final = 5_000
MAX_RATIO: Final = 200  # uncompressed / compressed, for members big enough to matter
OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIMETYPE: Final = b"application/vnd.oasis.opendocument.spreadsheet"
ENCRYPTION_INFO: Final = "EncryptionInfo".encode("utf-16-le")

Kind = Literal["xlsx", "ods"]


class NotAWorkbookError(UserError):
    """{path} is not a spreadsheet workbook (expected an .xlsx or .ods file)."""

    fr = "{path} n'est pas un classeur de tableur (un fichier .xlsx ou .ods est attendu)."


class OldWorkbookError(UserError):
    """{path} is an old Excel workbook (.xls) or another OLE document, not one this app reads: save it as .xlsx."""

    fr = ("{path} est un ancien classeur Excel (.xls) ou un autre document OLE, que cette application ne lit "
          "pas : enregistrez-le en .xlsx.")


class ProtectedWorkbookError(UserError):
    """{path} is protected by a password; open it in your spreadsheet, remove the password, save and import again."""

    fr = ("{path} est protégé par un mot de passe ; ouvrez-le dans votre tableur, retirez le mot de passe, "
          "enregistrez-le et importez-le à nouveau.")  # fmt: skip


class WorkbookTooLargeError(UserError):
    """{path} is too large to import safely ({reason})."""

    fr = "{path} est trop volumineux pour être importé sans risque ({reason})."


def check_workbook_file(path: Path) -> Kind:
    """The workbook's kind, or a UserError saying why the file cannot be imported."""
    if not path.is_file():
        raise NotAWorkbookError(path=path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookTooLargeError(path=path, reason=(f"{size // (1024 * 1024)} Mo sur le disque",
                                                      f"{size // (1024 * 1024)} MB on disk"))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:
        # An OLE container: an encrypted .xlsx (it holds an 'EncryptionInfo' stream, named in UTF-16
        # in the container's directory), or else a legacy .xls, which no password has to protect.
        if ENCRYPTION_INFO in path.read_bytes():
            raise ProtectedWorkbookError(path=path)
        raise OldWorkbookError(path=path)
    if not zipfile.is_zipfile(path):
        raise NotAWorkbookError(path=path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect(path, archive)
    # what a damaged zip directory or member raises: bad names, bad CRCs, bad compressed streams...
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, KeyError, OSError) as exc:
        raise NotAWorkbookError(path=path) from exc


def _inspect(path: Path, archive: zipfile.ZipFile) -> Kind:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise WorkbookTooLargeError(path=path, reason=(f"{len(members)} parties dans l'archive",
                                                      f"{len(members)} parts in the archive"))
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookTooLargeError(path=path, reason=(f"{total // (1024 * 1024)} Mo une fois décompressé",
                                                      f"{total // (1024 * 1024)} MB once uncompressed"))
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise WorkbookTooLargeError(path=path, reason=(f"{member.filename} est anormalement compressé",
                                                          f"{member.filename} is compressed suspiciously well"))
    names = {m.filename for m in members}
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        if archive.read("mimetype").strip() != ODS_MIMETYPE:
            raise NotAWorkbookError(path=path)
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        if b"encryption-data" in manifest:
            raise ProtectedWorkbookError(path=path)
        return "ods"
    if "EncryptionInfo" in names:
        raise ProtectedWorkbookError(path=path)
    raise NotAWorkbookError(path=path)


MACRO_PARTS: Final = ("xl/vbaProject.bin", "xl/macrosheets/", "xl/activeX/", "Basic/", "Scripts/")


def macro_parts(path: Path) -> tuple[str, ...]:
    """The parts of a workbook (already checked) that hold macros: VBA, Excel 4 macro sheets, ActiveX,
    LibreOffice Basic or scripts. Never run; named so the import can say they were left out."""
    with zipfile.ZipFile(path) as archive:
        return tuple(name for name in archive.namelist() if name.startswith(MACRO_PARTS))
