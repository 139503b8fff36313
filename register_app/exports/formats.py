"""Which export and import formats exist, chosen by the file's extension."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError, UserError
from register_app.exports.json_export import export_json
from register_app.exports.pdf.document import export_pdf
from register_app.exports.profiles import Profile
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r

Exporter = Callable[[r.Snapshot, Profile, Lang], bytes]

EXPORTERS: dict[str, Exporter] = {
    ".json": lambda snapshot, profile, _lang: export_json(snapshot, profile=profile),
    ".xlsx": export_xlsx,
    ".pdf": export_pdf,
}


class OverwriteRegisterError(UserError):
    """Refusing to export over the register file itself ({path}); choose another file name."""


def exporter_for(path: Path) -> Exporter:
    exporter = EXPORTERS.get(path.suffix.lower())
    if exporter is None:
        raise UnsupportedFormatError(path=path, expected=", ".join(sorted(EXPORTERS)))
    return exporter


def write_atomically(dest: Path, data: bytes, *, register: Path | None = None) -> None:
    """Write to a temporary file beside `dest`, then rename: a reader never sees half a file, and
    a failed export leaves any previous file as it was."""
    if register is not None and dest.exists() and dest.resolve() == register.resolve():
        raise OverwriteRegisterError(path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
