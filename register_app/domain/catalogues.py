"""Reference catalogues: versioned, bilingual data files shipped in the package (countries and their
transfer status, measures, retention references...), so that lists which change over time can be
updated without touching the code."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from register_app.domain.words import language
from register_app.domain.words.language import pick

Lang = language.Lang  # where most modules import it from

CATALOGUE_DIR = Path(__file__).with_name("catalogues")


@dataclass(frozen=True)
class Entry:
    code: str
    fr: str
    en: str
    extra: Mapping[str, Any] = field(default_factory=dict)

    def label(self, lang: Lang) -> str:
        return pick((self.fr, self.en), lang)

    def text(self, key: str, lang: Lang) -> str:
        """A bilingual extra such as `description` (stored as description_fr / description_en)."""
        return str(self.extra.get(f"{key}_{lang}") or "")

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)


@dataclass(frozen=True)
class Catalogue:
    name: str
    version: str
    sources: tuple[str, ...]
    entries: tuple[Entry, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def by_code(self) -> dict[str, Entry]:
        return {entry.code: entry for entry in self.entries}

    def __contains__(self, code: object) -> bool:
        return code in self.by_code

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str | None) -> Entry | None:
        return self.by_code.get(code) if code is not None else None

    def label(self, code: str | None, lang: Lang) -> str:
        """The entry's label, or the code itself when it is not (or no longer) in the catalogue."""
        entry = self.get(code)
        return entry.label(lang) if entry else (code or "")


@functools.cache
def catalogue(name: str) -> Catalogue:
    raw = json.loads((CATALOGUE_DIR / f"{name}.json").read_text(encoding="utf-8"))
    entries = tuple(
        Entry(
            code=item["code"],
            fr=item["fr"],
            en=item["en"],
            extra={k: v for k, v in item.items() if k not in ("code", "fr", "en")},
        )
        for item in raw["entries"]
    )
    meta = {k: v for k, v in raw.items() if k not in ("catalogue", "version", "sources", "entries")}
    return Catalogue(name, raw["version"], tuple(raw.get("sources", ())), entries, meta)


def catalogue_names() -> list[str]:
    return sorted(path.stem for path in CATALOGUE_DIR.glob("*.json"))


# Catalogue names, as constants so a typo fails at import rather than at run time.
DATA_CATEGORIES = "data_categories"
DATA_SUBJECTS = "data_subjects"
DATA_SOURCES = "data_sources"
RECIPIENTS = "recipients"
LEGAL_BASES = "legal_bases"
ART9_CONDITIONS = "art9_conditions"
TRANSFER_TOOLS = "transfer_tools"
COUNTRIES = "countries"
DPIA_CRITERIA = "dpia_criteria"
DPIA_CNIL_LISTS = "dpia_cnil_lists"
DPIA_SIGNS = "dpia_signs"
RETENTION_REFERENCES = "retention_references"
START_EVENTS = "start_events"
HDS_SCOPES = "hds_scopes"
HDS_VERSIONS = "hds_versions"
CERTIFICATION_KINDS = "certification_kinds"
SECURITY_MEASURES = "security_measures"
BREACH_NATURES = "breach_natures"
BREACH_CAUSES = "breach_causes"
BREACH_RISK_LEVELS = "breach_risk_levels"
REQUEST_TYPES = "request_types"
REQUEST_CHANNELS = "request_channels"
DEADLINES = "deadlines"


def category_regime(code: str) -> str:
    """'standard', 'art9', 'art10' or 'nir' for a data-category code (unknown codes are standard)."""
    entry = catalogue(DATA_CATEGORIES).get(code)
    return str(entry.get("regime", "standard")) if entry else "standard"


def country_status(code: str) -> str:
    """'eea', 'adequate' or 'third' for an ISO country code; unknown codes count as third countries."""
    entry = catalogue(COUNTRIES).get(code)
    return str(entry.get("status", "third")) if entry else "third"


INTERNATIONAL_ORGANISATION = "international_organisation"  # the `kind` of a destination that is not a country


def country_kind(code: str) -> str:
    """'country', or 'international_organisation' for a transfer destination such as INT-EPO (Art. 30(1)(e))."""
    entry = catalogue(COUNTRIES).get(code)
    return str(entry.get("kind", "country")) if entry else "country"


def _name_key(text: str) -> str:
    """'États-Unis', 'ETATS UNIS' and 'Etats-Unis.' all give 'etats unis'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


@functools.cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in catalogue(COUNTRIES):
        for name in (entry.code, entry.get("alpha3", ""), entry.fr, entry.en, *entry.get("aliases", ())):
            if name:
                names.setdefault(_name_key(name), entry.code)
    return names


def country_code(text: str, *, organisations: bool = True) -> str | None:
    """The catalogue code of a country (or international organisation) written as its French or English
    name, a common alias, or its ISO 3166 alpha-2 or alpha-3 code, whatever the case and accents:
    'USA', 'Etats Unis', 'Royaume-Uni', 'DEU', 'de'. None when nothing matches; with `organisations`
    False, international organisations are not accepted (an address or a host is in a country)."""
    code = _country_names().get(_name_key(text))
    if code is None or (not organisations and country_kind(code) == INTERNATIONAL_ORGANISATION):
        return None
    return code
