"""Every mapped class, imported in one place so the metadata is complete."""

from register_app.domain.activity import (
    Activity,
    ActivityDataCategory,
    ActivityDataSource,
    ActivityDataSubject,
    ActivityDpiaCriterion,
    ActivityMeasure,
    ActivityRecipient,
    Purpose,
    RetentionRule,
    Transfer,
    activity_joint_controller,
    activity_subprocessor,
)
from register_app.domain.base import Base
from register_app.domain.breach import Breach, breach_activity, breach_subprocessor
from register_app.domain.compared_policy import ComparedPolicy
from register_app.domain.finding import DismissedFinding
from register_app.domain.history import FrozenVersion, HistoryEntry, HistorySeal
from register_app.domain.measure import Measure
from register_app.domain.organisation import ExternalController, Organisation
from register_app.domain.rights_request import RightsRequest
from register_app.domain.subprocessor import (
    Certification,
    CertificationHdsScope,
    Subprocessor,
    SubprocessorCountry,
    subprocessor_chain,
    subprocessor_measure,
)

__all__ = [
    "Activity",
    "ActivityDataCategory",
    "ActivityDataSource",
    "ActivityDataSubject",
    "ActivityDpiaCriterion",
    "ActivityMeasure",
    "ActivityRecipient",
    "Base",
    "Breach",
    "Certification",
    "CertificationHdsScope",
    "ComparedPolicy",
    "DismissedFinding",
    "ExternalController",
    "FrozenVersion",
    "HistoryEntry",
    "HistorySeal",
    "Measure",
    "Organisation",
    "Purpose",
    "RetentionRule",
    "RightsRequest",
    "Subprocessor",
    "SubprocessorCountry",
    "Transfer",
    "activity_joint_controller",
    "activity_subprocessor",
    "breach_activity",
    "breach_subprocessor",
    "subprocessor_chain",
    "subprocessor_measure",
]
