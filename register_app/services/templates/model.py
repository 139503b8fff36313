"""What a template is, and how a pack of them (the shipped catalogue, or a company's own file) is read
and checked: its structure by pydantic, then every code against the register's catalogues and every
value's source against the pack's references."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError

from register_app.domain import catalogues as c
from register_app.domain.catalogues import CATALOGUE_DIR, Lang, catalogue
from register_app.domain.enums import DurationUnit, FinalFate
from register_app.domain.words.language import pick

NAME = "processing_templates"
MAX_TEMPLATES = 500
STRICT = ConfigDict(extra="forbid", str_max_length=4_000)


@dataclass(frozen=True)
class Reference:
    """A source: a CNIL référentiel, recommendation or guide, or an article of a code, with its address."""

    __pydantic_config__ = STRICT
    fr: str
    en: str
    url: str = ""

    def cite(self, lang: Lang) -> str:
        title = pick((self.fr, self.en), lang)
        return f"{title}, {self.url}" if self.url else title


@dataclass(frozen=True)
class Coded:
    """A catalogue code (data subject, data category, recipient) with the template's precision."""

    __pydantic_config__ = STRICT
    code: str
    fr: str
    en: str
    source: str


@dataclass(frozen=True)
class Purpose:
    __pydantic_config__ = STRICT
    fr: str
    en: str
    legal_basis: str
    basis_fr: str
    basis_en: str
    source: str


@dataclass(frozen=True)
class Duration:
    __pydantic_config__ = STRICT
    value: Annotated[int, Field(ge=1, le=1_000)]
    unit: DurationUnit


@dataclass(frozen=True)
class Retention:
    __pydantic_config__ = STRICT
    category: str
    fr: str
    en: str
    start_event: str
    source: str
    active: Duration | None = None
    archive: Duration | None = None
    final_fate: FinalFate | None = None
    criterion_fr: str = ""
    criterion_en: str = ""
    reference: str | None = None  # a retention_references code the rule is measured against


@dataclass(frozen=True)
class Justification:
    """Why Art. 9, Art. 10 or NIR data may be processed; `condition` is the Art. 9(2) condition."""

    __pydantic_config__ = STRICT
    fr: str
    en: str
    source: str
    condition: str | None = None


@dataclass(frozen=True)
class DpiaHint:
    __pydantic_config__ = STRICT
    fr: str
    en: str
    source: str
    criteria: tuple[str, ...] = ()
    list_match: str | None = None
    required: bool = False


@dataclass(frozen=True)
class Measures:
    __pydantic_config__ = STRICT
    codes: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Placeholder:
    """What the DPO must adapt (the software, the processors, the owner...): never drafted as a fact."""

    __pydantic_config__ = STRICT
    field: str
    fr: str
    en: str


@dataclass(frozen=True)
class Template:
    __pydantic_config__ = STRICT
    code: str
    fr: str
    en: str
    description_fr: str
    description_en: str
    source: str
    purposes: tuple[Purpose, ...]
    data_subjects: tuple[Coded, ...]
    data_categories: tuple[Coded, ...]
    recipients: tuple[Coded, ...]
    retention: tuple[Retention, ...]
    measures: Measures
    placeholders: tuple[Placeholder, ...] = ()
    art9: Justification | None = None
    art10: Justification | None = None
    nir: Justification | None = None
    dpia: DpiaHint | None = None

    def name(self, lang: Lang) -> str:
        return pick((self.fr, self.en), lang)

    def description(self, lang: Lang) -> str:
        return pick((self.description_fr, self.description_en), lang)

    def sources(self) -> list[str]:
        """Every source key the template cites, in order of first use."""
        keys = [self.source, *(p.source for p in self.purposes),
                *(x.source for x in (*self.data_subjects, *self.data_categories, *self.recipients)),
                *(x.source for x in self.retention), self.measures.source,
                *(x.source for x in (self.art9, self.art10, self.nir, self.dpia) if x is not None)]  # fmt: skip
        return list(dict.fromkeys(keys))


@dataclass(frozen=True)
class Pack:
    """A set of templates with the sources they cite; the shipped catalogue is one, a company's file another."""

    __pydantic_config__ = STRICT
    catalogue: Literal["processing_templates"]
    version: str
    references: dict[str, Reference]
    entries: tuple[Template, ...]
    sources: tuple[str, ...] = ()

    def get(self, code: str) -> Template | None:
        return next((t for t in self.entries if t.code == code), None)


PACK = TypeAdapter(Pack)


def structure_errors(data: object) -> list[str]:
    """The pack's structural errors, each as `$.path: message` (empty when it is well formed)."""
    try:
        PACK.validate_python(data)
    except ValidationError as exc:
        return [_path(e["loc"]) + ": " + e["msg"] for e in exc.errors()]
    return []


def _path(loc: tuple[object, ...]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)


def parse_pack(data: object) -> tuple[Pack | None, list[str]]:
    """The pack, or None and every error found (structure first, then codes and sources)."""
    errors = structure_errors(data)
    if errors:
        return None, errors
    pack = PACK.validate_python(data)
    return pack, content_errors(pack)


def content_errors(pack: Pack) -> list[str]:
    """Codes unknown to the register's catalogues, sources missing from the pack's references,
    templates with a duplicated code or nothing to draft."""
    errors: list[str] = []
    if len(pack.entries) > MAX_TEMPLATES:
        errors.append(f"$.entries: more than {MAX_TEMPLATES} templates")
    seen: set[str] = set()
    for i, t in enumerate(pack.entries):
        where = f"$.entries[{i}]"
        if not t.code.strip() or t.code in seen:
            errors.append(f"{where}.code: '{t.code}' is empty or used twice")
        seen.add(t.code)
        if not (t.fr.strip() and t.en.strip() and t.purposes):
            errors.append(f"{where}: a template needs a French and an English name and at least one purpose")
        errors += [f"{where}: source '{key}' is not among the pack's references"
                   for key in t.sources() if key not in pack.references]  # fmt: skip
        errors += _code_errors(t, where)
    return errors


def _code_errors(t: Template, where: str) -> list[str]:
    dpia = t.dpia
    checks: list[tuple[str, str, str | None]] = [
        *((f"{where}.purposes[{i}].legal_basis", c.LEGAL_BASES, p.legal_basis) for i, p in enumerate(t.purposes)),
        *((f"{where}.data_subjects[{i}].code", c.DATA_SUBJECTS, x.code) for i, x in enumerate(t.data_subjects)),
        *((f"{where}.data_categories[{i}].code", c.DATA_CATEGORIES, x.code)
          for i, x in enumerate(t.data_categories)),
        *((f"{where}.recipients[{i}].code", c.RECIPIENTS, x.code) for i, x in enumerate(t.recipients)),
        *((f"{where}.retention[{i}].category", c.DATA_CATEGORIES, x.category) for i, x in enumerate(t.retention)),
        *((f"{where}.retention[{i}].start_event", c.START_EVENTS, x.start_event) for i, x in enumerate(t.retention)),
        *((f"{where}.retention[{i}].reference", c.RETENTION_REFERENCES, x.reference)
          for i, x in enumerate(t.retention)),
        *((f"{where}.measures.codes[{i}]", c.SECURITY_MEASURES, code) for i, code in enumerate(t.measures.codes)),
        (f"{where}.art9.condition", c.ART9_CONDITIONS, t.art9.condition if t.art9 else None),
        (f"{where}.dpia.list_match", c.DPIA_CNIL_LISTS, dpia.list_match if dpia else None),
        *((f"{where}.dpia.criteria[{i}]", c.DPIA_CRITERIA, code)
          for i, code in enumerate(dpia.criteria if dpia else ())),
    ]  # fmt: skip
    return [f"{path}: unknown code '{code}'"
            for path, name, code in checks if code is not None and code not in catalogue(name)]  # fmt: skip


@functools.cache
def builtin_pack() -> Pack:
    """The templates shipped with the app (a catalogue like the others: dated, versioned, sourced)."""
    import json

    data = json.loads((CATALOGUE_DIR / f"{NAME}.json").read_text(encoding="utf-8"))
    pack, errors = parse_pack(data)
    if pack is None or errors:
        raise ValueError(f"the shipped templates are invalid: {errors[:3]}")
    return pack
