"""A mapping says which source column (or JSON/YAML key) goes to which activity field. It is proposed
from the headers, or read from a shipped preset (`presets/*.json`, each with its source and date) or
from the DPO's own file, and can be saved to be edited and reused."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from register_app.errors import UserError
from register_app.services.mapped_import.fields import IGNORE, header_key, is_field, propose_field

PRESETS = Path(__file__).with_name("presets")
PROPOSED = "proposed"  # the name of the mapping the headers propose


class MappingFileError(UserError):
    """{path} is not a usable mapping: {reason}."""

    fr = "{path} n'est pas une correspondance utilisable : {reason}."


@dataclass(frozen=True)
class Mapping:
    """`columns`: source column -> field code (IGNORE for a column left out). `sheet`: the workbook sheet
    to read ('' for the first one with a header row)."""

    columns: dict[str, str] = field(default_factory=dict)
    name: str = ""
    sheet: str = ""
    source: str = ""
    date: str = ""

    def field_of(self, column: str) -> str:
        """The column's field: named as is, or by the same header once case, accents and hints are set
        aside ('Purpose of processing' for 'Purpose of processing (if applicable)')."""
        if column in self.columns:
            return self.columns[column]
        wanted = header_key(column)
        return next((f for c, f in self.columns.items() if header_key(c) == wanted), IGNORE)

    def for_columns(self, columns: list[str]) -> Mapping:
        """This mapping spelled with the source's own column names (every one listed)."""
        return Mapping({c: self.field_of(c) for c in columns}, self.name, self.sheet, self.source, self.date)

    def to_json(self) -> str:
        data: dict[str, Any] = {"name": self.name, "sheet": self.sheet, "columns": self.columns}
        if self.source:
            data |= {"source": self.source, "date": self.date}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def propose(columns: list[str]) -> Mapping:
    """Each column given the field its header names, or none."""
    return Mapping({c: propose_field(c) for c in columns}, name=PROPOSED)


def from_data(data: Any, path: Path) -> Mapping:
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingFileError(
            path=path,
            reason=(
                "un objet avec « columns » : {colonne source : champ} est attendu",
                "expected an object with 'columns': {source column: field}",
            ),
        )
    columns = {str(k): str(v or IGNORE) for k, v in data["columns"].items()}
    unknown = sorted(v for v in columns.values() if not is_field(v))
    if unknown:
        raise MappingFileError(
            path=path, reason=(f"champ(s) inconnu(s) : {', '.join(unknown)}", f"unknown field(s): {', '.join(unknown)}")
        )
    text = {k: str(data.get(k) or "") for k in ("name", "sheet", "source", "date")}
    return Mapping(columns, **text)


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESETS.glob("*.json"))


def load_mapping(spec: str) -> Mapping:
    """A shipped preset by name ('ico', 'fides', 'koos'...) or a mapping file's path."""
    path = PRESETS / f"{spec}.json" if spec in preset_names() else Path(spec)
    if not path.is_file():
        raise MappingFileError(
            path=path,
            reason=(
                f"fichier introuvable, et ce n'est pas un préréglage ({', '.join(preset_names())})",
                f"no such file, and not a preset ({', '.join(preset_names())})",
            ),
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MappingFileError(path=path, reason=("ce n'est pas du JSON valide", "not valid JSON")) from exc
    return from_data(data, path)


def save_mapping(mapping: Mapping, path: Path) -> None:
    path.write_text(mapping.to_json(), encoding="utf-8")
