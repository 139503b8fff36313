"""How complete the register is: the share of the Article 30 items filled in, per activity and for
the whole register. An item partly filled counts for its share (retention given for two data
categories out of three counts 2/3), and the percentage is rounded down, so that 99.96 % shows as
99.9 %: only a register with nothing missing shows 100 %.

Controller activities (Art. 30(1)) have up to eight items: controller (identity and contact, DPO,
joint controllers), purposes, data subjects, data categories, recipients, transfers (only when
data leaves the EEA), retention, security. Activities carried out for a client (Art. 30(2)) have
controller (with the client), categories of processing, transfers and security."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from register_app.domain.catalogues import Lang, country_status
from register_app.domain.enums import ActivityRole
from register_app.domain.words.language import pick
from register_app.services import records as r
from register_app.services.checks.engine import Texts
from register_app.services.checks.register_index import RegisterIndex

# A postcode and a city written in the address itself, after a comma or on a line of their own
# ("341 avenue X, 34080 Montpellier", "Hauptstr. 5, 10115 Berlin", "Keizersgracht 1, 1015 CJ
# Amsterdam"), or a city followed by a postcode at the end ("10 Downing St, London SW1A 2AA",
# "1 Main St, Springfield, IL 62704").
POSTCODE_CITY = re.compile(
    r"[,\n]\s*(?:\d{4,5}|\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2})\s+[^\W\d_]{2,}"
    r"|[^\W\d_]{2,},?\s+(?:[A-Z]{2}\s+)?"
    r"(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{4})?)\s*$"
)

ITEM_LABELS: dict[str, Texts] = {
    "controller": ("Responsable du traitement et DPO", "Controller and DPO"),
    "processing": ("Catégories de traitements effectués", "Categories of processing carried out"),
    "purposes": ("Finalités", "Purposes"),
    "data_subjects": ("Catégories de personnes concernées", "Categories of data subjects"),
    "data_categories": ("Catégories de données personnelles", "Categories of personal data"),
    "recipients": ("Destinataires", "Recipients"),
    "transfers": ("Transferts hors UE", "Transfers outside the EU"),
    "retention": ("Durées de conservation", "Retention periods"),
    "security": ("Mesures de sécurité", "Security measures"),
}


@dataclass(frozen=True)
class Score:
    filled: float
    total: int

    @property
    def ratio(self) -> float | None:
        """Share of the items filled, from 0 to 1; None when nothing is expected (no activity)."""
        return self.filled / self.total if self.total else None

    def percent(self, lang: Lang = "fr") -> str:
        """'99,6 %' / '99.6%', rounded down to one decimal; 'n.d.' / 'n/a' when nothing is expected."""
        if self.ratio is None:
            return pick(("n.d.", "n/a"), lang)
        tenths = math.floor(round(self.ratio * 1000, 6)) / 10
        return pick((f"{tenths:.1f}".replace(".", ",") + "\u00a0%", f"{tenths:.1f}%"), lang)


@dataclass(frozen=True)
class ActivityCompleteness:
    activity_uid: str
    activity_ref: str
    items: tuple[tuple[str, float], ...]  # (item code, share filled), applicable items only

    @property
    def score(self) -> Score:
        return Score(sum(share for _, share in self.items), len(self.items))

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(code for code, share in self.items if share < 1)


@dataclass(frozen=True)
class RegisterCompleteness:
    activities: tuple[ActivityCompleteness, ...]

    @property
    def score(self) -> Score:
        scores = [a.score for a in self.activities]
        return Score(sum(s.filled for s in scores), sum(s.total for s in scores))

    def of(self, activity_uid: str) -> ActivityCompleteness | None:
        return next((a for a in self.activities if a.activity_uid == activity_uid), None)


def item_label(code: str, lang: Lang) -> str:
    return pick(ITEM_LABELS[code], lang)


def completeness(snapshot: r.Snapshot) -> RegisterCompleteness:
    """Completeness of every activity in use (retired ones are left out) and of the register."""
    index = RegisterIndex(snapshot)
    return RegisterCompleteness(tuple(activity_completeness(index, a) for a in index.activities))


def activity_completeness(index: RegisterIndex, activity: r.Activity) -> ActivityCompleteness:
    items: list[tuple[str, float]] = [("controller", float(controller_filled(index, activity)))]
    if activity.role == ActivityRole.PROCESSOR:
        items.append(("processing", float(bool(activity.description.strip() or described(activity.purposes)))))
    else:
        items += [
            ("purposes", described(activity.purposes)),
            ("data_subjects", float(bool(activity.data_subjects))),
            ("data_categories", float(bool(activity.data_categories))),
            ("recipients", float(bool(activity.recipients))),
        ]
    transfers = transfer_parts(index, activity)
    if transfers:
        items.append(("transfers", sum(transfers) / len(transfers)))
    if activity.role != ActivityRole.PROCESSOR:
        items.append(("retention", retention_share(activity)))
    items.append(("security", float(bool(index.measures_of(activity)))))
    return ActivityCompleteness(activity.uid, activity.reference or activity.name, tuple(items))


def controller_gaps(organisation: r.Organisation) -> list[Texts]:
    """What Art. 30(1)(a) misses of the controller: its name, or its postal address (itself a
    contact detail). A postcode and city written in the address count as given."""
    identity = organisation.identity
    gaps: list[Texts] = []
    if not identity.name.strip():
        gaps.append(("nom", "name"))
    if not identity.address.strip():
        gaps.append(("adresse", "address"))
    if not POSTCODE_CITY.search(identity.address.strip()):
        if not identity.postcode.strip():
            gaps.append(("code postal", "postcode"))
        if not identity.city.strip():
            gaps.append(("ville", "city"))
    return gaps


def reachable_directly(organisation: r.Organisation) -> bool:
    """The controller gives a phone number or an email address beside its postal address."""
    return bool(organisation.identity.phone.strip() or organisation.identity.email.strip())


def dpo_incomplete(organisation: r.Organisation) -> bool:
    dpo = organisation.dpo
    return organisation.dpo_designated and not (dpo.name.strip() and (dpo.email.strip() or dpo.phone.strip()))


def controller_filled(index: RegisterIndex, activity: r.Activity) -> bool:
    organisation = index.organisation
    if controller_gaps(organisation) or dpo_incomplete(organisation):
        return False
    if activity.role == ActivityRole.JOINT_CONTROLLER:
        return any(uid in index.controllers for uid in activity.joint_controller_uids)
    if activity.role == ActivityRole.PROCESSOR:
        return activity.client_uid in index.controllers
    return True


def described(purposes: tuple[r.Purpose, ...]) -> float:
    """Share of the purposes that are described; 0 when there is none."""
    return sum(1 for p in purposes if p.description.strip()) / len(purposes) if purposes else 0.0


def usable(rule: r.RetentionRule) -> bool:
    """A retention rule says something: a duration, or a criterion to determine it."""
    return bool(rule.active or rule.archive or rule.criterion.strip())


def retention_share(activity: r.Activity) -> float:
    """Share of the activity's data categories with a retention rule (any rule when none is listed)."""
    covered = {rule.category for rule in activity.retention if usable(rule)}
    if not activity.data_categories:
        return float(bool(covered))
    return sum(1 for c in activity.data_categories if c.code in covered) / len(activity.data_categories)


def transfer_parts(index: RegisterIndex, activity: r.Activity) -> list[float]:
    """One part per transfer recorded (filled when a third country has a transfer tool) and one
    empty part per country outside the EEA reached through a subprocessor but not recorded."""
    parts = [float(bool(t.country and (t.tool or country_status(t.country) != "third"))) for t in activity.transfers]
    parts += [0.0 for _, countries in index.missing_transfers(activity) for _ in countries]
    return parts
