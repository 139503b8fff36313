"""Closed lists fixed by the law or by the app itself, with stable codes stored in register files.
Lists that change over time (countries, measures, retention references...) are catalogues instead."""

from __future__ import annotations

from enum import StrEnum


class ActivityRole(StrEnum):
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"


class ActivityStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class DurationUnit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class FinalFate(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"
    ARCHIVE = "archive"


class CnilHeading(StrEnum):
    """The seven headings of the CNIL register model's security block, in the model's order."""

    ACCESS_CONTROL = "access_control"
    TRACEABILITY = "traceability"
    SOFTWARE_PROTECTION = "software_protection"
    BACKUP = "backup"
    ENCRYPTION = "encryption"
    PROCESSOR_CONTROL = "processor_control"
    OTHER = "other"


class MeasureCategory(StrEnum):
    TECHNICAL = "technical"
    NETWORK = "network"
    PHYSICAL = "physical"
    ORGANISATIONAL = "organisational"


class MeasureStatus(StrEnum):
    """A measure is the organisation's only once the DPO declares it in place or planned; a measure
    loaded from the catalogue and never declared is a suggestion, which no export states."""

    IN_PLACE = "in_place"
    PLANNED = "planned"
    NOT_DECLARED = "not_declared"


class DpoStatus(StrEnum):
    """Whether the organisation has designated a data protection officer (Art. 37)."""

    UNDECIDED = "undecided"
    DESIGNATED = "designated"
    NOT_DESIGNATED = "not_designated"


class SubprocessorRole(StrEnum):
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    JOINT_CONTROLLER = "joint_controller"
    INDEPENDENT_CONTROLLER = "independent_controller"


class ContractStatus(StrEnum):
    """State of the Art. 28 contract (data processing agreement) with a subprocessor."""

    NONE = "none"
    IN_NEGOTIATION = "in_negotiation"
    SIGNED = "signed"
    NOT_REQUIRED = "not_required"


class CountryRole(StrEnum):
    HOSTING = "hosting"
    ACCESS = "access"


class DpiaConclusion(StrEnum):
    UNDETERMINED = "undetermined"
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    EXEMPT = "exempt"


class DpiaStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class HistoryAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    LINK = "link"
    UNLINK = "unlink"
    # The state of an object the register held before its history recorded states (an upgrade).
    BASELINE = "baseline"
    # A deleted object brought back (the deleted items, an undone deletion): a creation, as it was.
    RESTORE = "restore"


class AuthorityNotification(StrEnum):
    """Where the notification of a breach to the supervisory authority stands (Art. 33)."""

    PENDING = "pending"
    NOTIFIED = "notified"
    NOT_NOTIFIED = "not_notified"  # decided: the breach is unlikely to result in a risk (reason recorded)


class SubjectsInformation(StrEnum):
    """Where the communication of a breach to the people concerned stands (Art. 34)."""

    PENDING = "pending"
    INFORMED = "informed"
    NOT_INFORMED = "not_informed"  # decided: no high risk, or an Art. 34(3) exception (reason recorded)


class RequestStatus(StrEnum):
    """Where a data subject's request stands; the first two are open (the answer is due)."""

    RECEIVED = "received"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in (RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)


class IdentityCheck(StrEnum):
    """Whether the requester's identity was checked (Art. 12(6): only when there is a reasonable doubt)."""

    NOT_NEEDED = "not_needed"
    REQUESTED = "requested"
    VERIFIED = "verified"
    FAILED = "failed"


class Severity(StrEnum):
    """A compliance finding's severity (services/checks), here so that a screen can mark errors
    without importing the checks."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self]

    def at_least(self, threshold: Severity) -> bool:
        return self.rank >= threshold.rank


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
