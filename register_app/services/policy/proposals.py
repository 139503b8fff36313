"""What the extraction proposes, each proposal with the sentence(s) it came from (exact substrings of
the policy's text, with their offsets). Nothing here is a fact until the DPO accepts it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    legal_form: str = ""
    siren: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO code
    email: str = ""
    websites: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Dpo:
    name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    external: bool = False
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Purpose:
    text: str
    legal_basis: str | None = None  # a legal_bases code, only where the policy states it
    legal_basis_quote: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Retention:
    label: str  # the data the policy names ("Données relatives aux prospects"), or ""
    text: str  # the policy's words for the period
    duration_value: int | None = None
    duration_unit: str | None = None  # DurationUnit value
    start_event: str | None = None  # start_events code
    vague: bool = False
    data_category: str | None = None  # data_categories code the label names
    sources: tuple[Source, ...] = ()

    @property
    def duration_iso(self) -> str | None:
        if self.duration_value is None or self.duration_unit is None:
            return None
        return f"P{self.duration_value}{self.duration_unit[0].upper()}"


@dataclass(frozen=True)
class Measure:
    code: str  # security_measures catalogue code
    name: str
    heading: str
    detail: str  # the first sentence naming it, the DPO's description to edit
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Subprocessor:
    name: str
    service: str = ""
    country: str = ""  # ISO code, only where the policy or the known provider's seat says it
    country_stated: bool = False
    certifications: tuple[str, ...] = ()  # certification_kinds codes
    hosts_everything: bool = False  # "toutes les données sont hébergées chez …"
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Transfer:
    country: str  # ISO code
    recipient: str = ""
    safeguard: str | None = None  # transfer_tools code
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Coded:
    """A data category, data subject or recipient: its catalogue code and the policy's words."""

    code: str
    detail: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Activity:
    name: str
    family: str  # the vocabulary's activity code, or "" for a purpose of its own
    purposes: tuple[Purpose, ...]
    data_categories: tuple[Coded, ...] = ()
    data_subjects: tuple[Coded, ...] = ()
    recipients: tuple[Coded, ...] = ()
    retention: tuple[Retention, ...] = ()
    subprocessors: tuple[str, ...] = ()  # names of the subprocessors proposed
    measures: tuple[str, ...] = ()  # codes of the measures proposed
    transfers: tuple[Transfer, ...] = ()


@dataclass(frozen=True)
class Proposals:
    source: str
    lang: str
    text: str  # the policy's text as read: the sources' offsets point into it
    organisation: Organisation | None = None
    dpo: Dpo | None = None
    activities: tuple[Activity, ...] = ()
    retention: tuple[Retention, ...] = ()
    measures: tuple[Measure, ...] = ()
    subprocessors: tuple[Subprocessor, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    data_categories: tuple[Coded, ...] = ()
    legal_bases: tuple[Purpose, ...] = field(default=())  # statements of a basis no purpose could take

    def to_json(self) -> dict[str, Any]:
        """Every proposal with its sources; the policy's text last, for the offsets."""
        data = asdict(self)
        data["text"] = data.pop("text")
        data["retention"] = [{**asdict(rule), "duration_iso": rule.duration_iso} for rule in self.retention]
        return data
