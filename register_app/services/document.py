"""What the files this app writes and reads back are, known in one place by both directions: the
register document (the JSON format, its version, its profiles), the Excel workbook's hidden
identifiers sheet and fiche columns, and the files an import reads. `exports` writes them,
`services` (interchange, the workbook import) reads them; neither knows them from the other."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

from register_app.services import records as r


class Profile(StrEnum):  # what an export carries: the Article 30 extract, or everything (exports/profiles.py)
    EXTRACT = "extract"
    FULL = "full"


# --- the register document (JSON; docs/register.schema.json)
FORMAT: Final = "register_app.register"
FORMAT_VERSION: Final = 3  # 3: the breach register and the rights requests (format_upgrade.py)
SCHEMA_ID: Final = f"https://register-app.example/schema/register-{FORMAT_VERSION}.json"


@dataclass(frozen=True, kw_only=True)
class RegisterDocument:
    """A whole register: organisation, other controllers, measures, subprocessors, activities, and the
    DPO's other registers (breaches, rights requests). Objects carry stable uids; links between them
    are by uid."""

    __pydantic_config__ = r.STRICT
    format: Literal["register_app.register"] = FORMAT
    format_version: int = FORMAT_VERSION
    generator: str = ""
    profile: Profile = Profile.FULL
    organisation: r.Organisation = r.Organisation()
    controllers: tuple[r.Controller, ...] = ()
    measures: tuple[r.Measure, ...] = ()
    subprocessors: tuple[r.Subprocessor, ...] = ()
    activities: tuple[r.Activity, ...] = ()
    dismissed_findings: tuple[r.DismissedFinding, ...] = ()
    breaches: tuple[r.Breach, ...] = ()
    rights_requests: tuple[r.RightsRequest, ...] = ()


# --- the Excel workbook: its hidden identifiers sheet (one row per object: kind, uid, sheet, cell,
# then its record as JSON over as many cells as it needs) and the columns of a fiche's values
IDS_SHEET: Final = "_register_app"
IDS_SIGNATURE: Final = "register_app.workbook"  # cell A1; B1 the version, C1 the profile, D1 the language
IDS_FORMAT_VERSION: Final = 3  # 3: the dismissed findings
IDS_HEADERS: Final = ("kind", "uid", "sheet", "cell", "data")
IDS_FIRST_DATA_COL: Final = 5
IDS_CHUNK: Final = 30_000  # characters per cell, under Excel's 32,767
IDS_KINDS: Final[dict[str, type]] = {  # each kind's record (its JSON through records.adapter)
    "organisation": r.Organisation,
    "controller": r.Controller,
    "measure": r.Measure,
    "subprocessor": r.Subprocessor,
    "activity": r.Activity,
    "dismissed_finding": r.DismissedFinding,
}
FICHE_LEFT, FICHE_RIGHT = 3, 4  # a fiche's two value spans: B:D and E:H, the CNIL model's two value columns

# --- what an import reads: these files (a folder of Markdown files too)
IMPORT_SUFFIXES: Final = (".json", ".xlsx", ".xlsm", ".ods", ".csv", ".tsv", ".md", ".markdown")
