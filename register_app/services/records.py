"""The register's public shapes: frozen dataclasses that services take and return, exports read,
and the JSON interchange format serialises field for field (so a field added here is a format
change: bump FORMAT_VERSION in services/document.py and regenerate docs/register.schema.json).

Codes from catalogues are plain strings checked by `validation`; closed lists are enums."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    AuthorityNotification,
    CnilHeading,
    ContractStatus,
    CountryRole,
    DpiaConclusion,
    DpiaStatus,
    DpoStatus,
    DurationUnit,
    FinalFate,
    IdentityCheck,
    MeasureCategory,
    MeasureStatus,
    RequestStatus,
    SubjectsInformation,
    SubprocessorRole,
)

if TYPE_CHECKING:
    from pydantic import TypeAdapter

Input = TypeVar("Input")

# Read by pydantic when the JSON importer validates a document: unknown keys are errors, not noise.
STRICT: Final[dict[str, Any]] = {"extra": "forbid"}


@functools.cache
def adapter(shape: Any) -> TypeAdapter[Any]:
    """pydantic's reader and writer of a record shape (a record class, or a tuple of them), built the
    first time it is needed and shared: building one takes pydantic tens of milliseconds, and the
    app's first screen needs none."""
    from pydantic import TypeAdapter

    return TypeAdapter(shape)


@dataclass(frozen=True, kw_only=True)
class Contact:
    __pydantic_config__ = STRICT
    name: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, kw_only=True)
class Organisation:
    """The controller keeping the register, its EU representative and its DPO. Trade names and
    websites are free text, one or several separated by commas or lines, as the DPO writes them."""

    __pydantic_config__ = STRICT
    identity: Contact = Contact()
    legal_form: str = ""
    trade_names: str = ""
    websites: str = ""
    siren: str = ""
    representative: Contact = Contact()
    dpo_status: DpoStatus = DpoStatus.UNDECIDED
    dpo: Contact = Contact()
    dpo_title: str = ""
    dpo_company: str = ""
    dpo_not_designated_reason: str = ""

    @property
    def dpo_designated(self) -> bool:
        return self.dpo_status is DpoStatus.DESIGNATED


@dataclass(frozen=True, kw_only=True)
class ControllerInput:
    """Another controller: joint controller of some activities, or client we process data for."""

    __pydantic_config__ = STRICT
    contact: Contact = Contact()
    representative_name: str = ""
    representative_contact: str = ""
    dpo_name: str = ""
    dpo_contact: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Controller(ControllerInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class Duration:
    __pydantic_config__ = STRICT
    value: int
    unit: DurationUnit


@dataclass(frozen=True, kw_only=True)
class Purpose:
    __pydantic_config__ = STRICT
    description: str = ""
    legal_basis: str | None = None
    legal_basis_note: str = ""
    legitimate_interest: str = ""
    balancing_test: str = ""


@dataclass(frozen=True, kw_only=True)
class DataSubject:
    __pydantic_config__ = STRICT
    code: str
    precision: str = ""
    estimated_count: int | None = None


@dataclass(frozen=True, kw_only=True)
class DataCategory:
    __pydantic_config__ = STRICT
    code: str
    description: str = ""


@dataclass(frozen=True, kw_only=True)
class CodedItem:
    """An entry from a catalogue (recipient type, data source...) with the user's precision."""

    __pydantic_config__ = STRICT
    code: str
    precision: str = ""


@dataclass(frozen=True, kw_only=True)
class Transfer:
    __pydantic_config__ = STRICT
    recipient: str = ""
    country: str = ""
    tool: str | None = None
    tool_detail: str = ""
    documentation: str = ""
    tia_reference: str = ""
    subprocessor_uid: str | None = None


@dataclass(frozen=True, kw_only=True)
class RetentionRule:
    """How long one category of data is kept; `label` says which data, in the DPO's words."""

    __pydantic_config__ = STRICT
    category: str
    label: str = ""
    active: Duration | None = None
    archive: Duration | None = None
    start_event: str | None = None
    final_fate: FinalFate | None = None
    criterion: str = ""
    source: str = ""
    reference_code: str | None = None


@dataclass(frozen=True, kw_only=True)
class MeasureLink:
    __pydantic_config__ = STRICT
    measure_uid: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Dpia:
    """DPIA screening: EDPB criteria met, CNIL list match, conclusion and the DPIA itself."""

    __pydantic_config__ = STRICT
    criteria: tuple[str, ...] = ()
    list_match: str | None = None
    conclusion: DpiaConclusion = DpiaConclusion.UNDETERMINED
    reason: str = ""
    status: DpiaStatus = DpiaStatus.NOT_STARTED
    completed_on: date | None = None
    reference: str = ""


@dataclass(frozen=True, kw_only=True)
class ActivityInput:
    """Everything the user edits on a processing activity, in the CNIL fiche's order.
    An empty reference asks the service to number the activity (T-001, T-002...)."""

    __pydantic_config__ = STRICT
    reference: str = ""
    name: str = ""
    description: str = ""
    role: ActivityRole = ActivityRole.CONTROLLER
    client_uid: str | None = None
    joint_controller_uids: tuple[str, ...] = ()
    department: str = ""
    owner_name: str = ""
    owner_email: str = ""
    status: ActivityStatus = ActivityStatus.DRAFT
    software: str = ""
    last_review: date | None = None
    retired_on: date | None = None
    purposes: tuple[Purpose, ...] = ()
    data_subjects: tuple[DataSubject, ...] = ()
    data_categories: tuple[DataCategory, ...] = ()
    art9_condition: str | None = None
    art9_justification: str = ""
    art10_justification: str = ""
    nir_justification: str = ""
    data_sources: tuple[CodedItem, ...] = ()
    recipients: tuple[CodedItem, ...] = ()
    subprocessor_uids: tuple[str, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    measures: tuple[MeasureLink, ...] = ()
    dpia: Dpia = Dpia()
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Activity(ActivityInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class HostingCountry:
    __pydantic_config__ = STRICT
    country: str
    role: CountryRole = CountryRole.HOSTING


@dataclass(frozen=True, kw_only=True)
class Certification:
    __pydantic_config__ = STRICT
    kind: str
    name: str = ""
    scope: str = ""
    hds_scopes: tuple[str, ...] = ()
    hds_version: str | None = None
    issuer: str = ""
    reference: str = ""
    valid_from: date | None = None
    expires: date | None = None


@dataclass(frozen=True, kw_only=True)
class SubprocessorInput:
    __pydantic_config__ = STRICT
    name: str = ""
    service: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    countries: tuple[HostingCountry, ...] = ()
    role: SubprocessorRole = SubprocessorRole.PROCESSOR
    contract_status: ContractStatus = ContractStatus.NONE
    contract_signed: date | None = None
    contract_review: date | None = None
    contract_reference: str = ""
    transfer_tool: str | None = None
    transfer_detail: str = ""
    dpf_certified: bool = False
    transfer_fallback: str | None = None
    certifications: tuple[Certification, ...] = ()
    uses_uids: tuple[str, ...] = ()
    measure_uids: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Subprocessor(SubprocessorInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class MeasureInput:
    __pydantic_config__ = STRICT
    name: str = ""
    heading: CnilHeading = CnilHeading.OTHER
    category: MeasureCategory | None = None
    description: str = ""
    status: MeasureStatus = MeasureStatus.IN_PLACE
    evidence: str = ""
    review_date: date | None = None
    organisation_wide: bool = False
    reference: str = ""
    catalogue_code: str | None = None


@dataclass(frozen=True, kw_only=True)
class Measure(MeasureInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class BreachInput:
    """A personal data breach as the breach register keeps it (Art. 33(5)), under the headings of
    Art. 33(3) and of the EDPB's common notification template. Times are timezone-aware; codes come
    from the breach_natures, breach_causes, breach_risk_levels, data_categories and data_subjects
    catalogues. Counts are the DPO's approximations."""

    __pydantic_config__ = STRICT
    reference: str = ""
    title: str = ""
    discovered_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    description: str = ""
    natures: tuple[str, ...] = ()
    cause: str | None = None
    data_categories: tuple[str, ...] = ()
    subject_categories: tuple[str, ...] = ()
    people_count: int | None = None
    records_count: int | None = None
    activity_uids: tuple[str, ...] = ()
    subprocessor_uids: tuple[str, ...] = ()
    consequences: str = ""
    measures_taken: str = ""
    measures_planned: str = ""
    risk_level: str | None = None
    authority_status: AuthorityNotification = AuthorityNotification.PENDING
    authority_notified_at: datetime | None = None
    authority_reference: str = ""
    delay_reason: str = ""
    not_notified_reason: str = ""
    subjects_status: SubjectsInformation = SubjectsInformation.PENDING
    subjects_informed_on: date | None = None
    subjects_informed_how: str = ""
    not_informed_reason: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class Breach(BreachInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class RightsRequestInput:
    """A data subject's request: the person (as little as needed to answer), what they asked, when,
    and the answer. The due date is worked out from `received_on` and `extended` (services/clocks.py)."""

    __pydantic_config__ = STRICT
    reference: str = ""
    requester: str = ""
    requester_contact: str = ""
    request_type: str | None = None
    channel: str | None = None
    received_on: date | None = None
    identity_check: IdentityCheck = IdentityCheck.NOT_NEEDED
    extended: bool = False
    extension_reason: str = ""
    status: RequestStatus = RequestStatus.RECEIVED
    answered_on: date | None = None
    answer_summary: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class RightsRequest(RightsRequestInput):
    uid: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class DismissedFinding:
    """A compliance finding the DPO set aside, named by its identity (rule code, object, field)."""

    __pydantic_config__ = STRICT
    code: str
    object_uid: str
    field: str = ""
    reason: str
    author: str = ""
    at: datetime


@dataclass(frozen=True, kw_only=True)
class Snapshot:
    """The whole register at one moment: what exports are pure functions of."""

    __pydantic_config__ = STRICT
    organisation: Organisation
    controllers: tuple[Controller, ...] = ()
    measures: tuple[Measure, ...] = ()
    subprocessors: tuple[Subprocessor, ...] = ()
    activities: tuple[Activity, ...] = ()
    dismissed_findings: tuple[DismissedFinding, ...] = ()
    breaches: tuple[Breach, ...] = ()
    rights_requests: tuple[RightsRequest, ...] = ()
    taken_at: datetime | None = None
    as_of: datetime | None = None  # set when rebuilt from the history: the register as it stood then
    version: str | None = None  # the name of the frozen version it is


@dataclass(frozen=True)
class HistoryItem:
    at: datetime
    author: str
    action: str
    object_kind: str
    object_uid: str
    object_label: str
    field: str
    old_value: str | None
    new_value: str | None
    entry_id: int = 0  # the journal entry's number, in the order entries were recorded


def input_part(record: object, input_type: type[Input]) -> Input:
    """The editable part of a stored record, e.g. the ActivityInput of an Activity: what to modify
    and hand back to an update, or to a restore."""
    return input_type(**{f.name: getattr(record, f.name) for f in dataclasses.fields(input_type)})  # type: ignore[arg-type]
