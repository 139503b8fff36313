"""Packs of templates: the shipped ones plus those the user imported, kept in the app's data folder
(beside the backups) because a template is no statement about one register but a starting point
reused across registers; a register keeps only the activities drafted from it. A pack is exported to
and imported from JSON: all of it or none, size-capped, every fault reported in one sentence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from register_app.domain.catalogues import Lang
from register_app.errors import UserError
from register_app.services.templates.model import PACK, Pack, Template, builtin_pack, parse_pack
from register_app.services.text import fold
from register_app.store.backups import data_dir

MAX_PACK_BYTES = 2_000_000


class TemplatePackError(UserError):
    """{path} is not a usable pack of templates: {reason}"""

    fr = "{path} n'est pas un paquet de modèles de traitements utilisable : {reason}"


class TemplateNotFound(UserError):
    """No template has the code '{code}'; `register-app templates` lists them."""

    fr = "Aucun modèle n'a le code « {code} » ; `register-app templates` les liste."


@dataclass(frozen=True)
class Listed:
    """A template as the gallery and the command line list it, with the pack it comes from."""

    template: Template
    pack: str  # "" for the shipped templates, else the imported pack's file name


def cited_sources(template: Template, pack: Pack, lang: Lang) -> list[str]:
    """The sources the template cites, with their titles and addresses."""
    return [pack.references[key].cite(lang) for key in template.sources()]


def packs_dir() -> Path:
    return data_dir() / "templates"


def imported_packs() -> list[tuple[str, Pack]]:
    """The packs the user imported, by file name; a file damaged since is left out, not fatal."""
    found = []
    for path in sorted(packs_dir().glob("*.json")):
        try:
            pack, errors = parse_pack(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
        if pack is not None and not errors:
            found.append((path.name, pack))
    return found


def all_packs() -> list[tuple[str, Pack]]:
    return [("", builtin_pack()), *imported_packs()]


def list_templates(lang: Lang = "fr") -> list[tuple[Listed, Pack]]:
    """Every template, shipped then imported, each in its pack (which holds its references), by name."""
    rows = [(Listed(t, name), pack) for name, pack in all_packs() for t in pack.entries]
    return sorted(rows, key=lambda row: (row[0].pack != "", fold(row[0].template.name(lang))))


def find_template(code: str) -> tuple[Template, Pack]:
    for _name, pack in all_packs():
        template = pack.get(code)
        if template is not None:
            return template, pack
    raise TemplateNotFound(code=code)


def export_pack(out: Path, codes: list[str] | None = None, *, version: str = "") -> int:
    """Write the templates named (all by default) as one pack with the references they cite;
    returns how many were written."""
    chosen = [find_template(code) for code in codes] if codes else [
        (t, pack) for _name, pack in all_packs() for t in pack.entries]  # fmt: skip
    references = {key: pack.references[key] for t, pack in chosen for key in t.sources()}
    pack = Pack(catalogue="processing_templates", version=version or builtin_pack().version,
                references=references, entries=tuple(t for t, _ in chosen))  # fmt: skip
    out.write_bytes(PACK.dump_json(pack, indent=1, exclude_none=True) + b"\n")
    return len(chosen)


def read_pack(path: Path) -> Pack:
    """The pack in `path`, checked; raises TemplatePackError naming the first fault."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TemplatePackError(path=path, reason=("le fichier est introuvable ou illisible.",
                                                   "the file cannot be found or read.")) from exc  # fmt: skip
    if size > MAX_PACK_BYTES:
        raise TemplatePackError(path=path, reason=(f"il dépasse {MAX_PACK_BYTES // 1_000_000} Mo.",
                                                   f"it is larger than {MAX_PACK_BYTES // 1_000_000} MB."))  # fmt: skip
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise TemplatePackError(path=path, reason=("ce n'est pas un fichier JSON valide.",
                                                   "it is not a valid JSON file.")) from exc  # fmt: skip
    if not isinstance(data, dict) or data.get("catalogue") != "processing_templates":
        raise TemplatePackError(path=path, reason=(
            "il n'est pas marqué « catalogue »: « processing_templates ».",
            "it is not marked \"catalogue\": \"processing_templates\"."))  # fmt: skip
    pack, errors = parse_pack(data)
    if pack is None or errors:
        more = len(errors) - 1
        fr = f"{errors[0]}" + (f" (et {more} autre(s) erreur(s))." if more else ".")
        en = f"{errors[0]}" + (f" (and {more} more error(s))." if more else ".")
        raise TemplatePackError(path=path, reason=(fr, en))
    return pack


def import_pack(path: Path) -> tuple[Path, Pack]:
    """Check the pack and keep a copy in the data folder; importing a file of the same name again
    replaces it. A code already used by a shipped template or another pack is refused."""
    pack = read_pack(path)
    name = _file_name(path)
    taken = {t.code: other for other, p in all_packs() if other != name for t in p.entries}
    clash = next((t.code for t in pack.entries if t.code in taken), None)
    if clash is not None:
        where = taken[clash] or ("les modèles fournis", "the shipped templates")
        raise TemplatePackError(path=path, reason=(
            f"le code « {clash} » est déjà celui d'un modèle ({_pick(where, 'fr')}).",
            f"the code '{clash}' is already a template's ({_pick(where, 'en')})."))  # fmt: skip
    packs_dir().mkdir(parents=True, exist_ok=True)
    target = packs_dir() / name
    partial = target.with_suffix(".part")
    partial.write_bytes(PACK.dump_json(pack, indent=1, exclude_none=True) + b"\n")
    partial.replace(target)
    return target, pack


def _pick(value: str | tuple[str, str], lang: str) -> str:
    return value if isinstance(value, str) else value[0 if lang == "fr" else 1]


def _file_name(path: Path) -> str:
    stem = re.sub(r"[^\w.-]+", "-", path.stem).strip(".-") or "pack"
    return f"{stem}.json"
