"""The rule engine's vocabulary. A rule is a small function over the register (a Context) that
yields hits; the `rule` decorator gives it a stable code, a severity, its legal or CNIL reference
and how to fix it, and turns each hit into a Finding."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from register_app.domain.catalogues import Lang
from register_app.domain.enums import Severity
from register_app.domain.words.language import pick

if TYPE_CHECKING:
    from register_app.services.checks.register_index import Context


KIND_ORDER = {"organisation": 0, "activity": 1, "subprocessor": 2, "measure": 3, "breach": 4, "rights_request": 5}

Texts = tuple[str, str]  # (French, English)


@dataclass(frozen=True)
class Target:
    """The object a finding is about: kind ('organisation', 'activity', 'subprocessor', 'measure',
    'breach', 'rights_request'), its uid, its reference (an activity's N°/RÉF, otherwise its name) and
    a label for display."""

    kind: str
    uid: str
    ref: str
    label: str


@dataclass(frozen=True)
class Hit:
    """What a rule reports: the object, the field (a path as in validation issues, such as
    `purposes[0].legal_basis`) and the message. A hit may cite a more precise reference than its rule's,
    and give a fix fitted to the case (naming what to record) instead of its rule's general one."""

    target: Target
    field: str
    message: Texts
    reference: Texts | None = None
    fix: Texts | None = None


@dataclass(frozen=True)
class FindingKey:
    """What identifies a finding from one run to the next, so that a dismissal keeps applying."""

    code: str
    object_uid: str
    field: str


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    object_kind: str
    object_uid: str
    object_ref: str
    object_label: str
    field: str
    message_fr: str
    message_en: str
    reference_fr: str
    reference_en: str
    fix_fr: str
    fix_en: str

    @property
    def key(self) -> FindingKey:
        return FindingKey(self.code, self.object_uid, self.field)

    def message(self, lang: Lang) -> str:
        return pick((self.message_fr, self.message_en), lang)

    def reference(self, lang: Lang) -> str:
        return pick((self.reference_fr, self.reference_en), lang)

    def fix(self, lang: Lang) -> str:
        return pick((self.fix_fr, self.fix_en), lang)


def sort_key(finding: Finding) -> tuple[int, int, str, str, str]:
    """Errors first, then by object (organisation, activities by reference, subprocessors, measures)."""
    return (
        -finding.severity.rank,
        KIND_ORDER.get(finding.object_kind, len(KIND_ORDER)),
        finding.object_ref,
        finding.code,
        finding.field,
    )


Check = Callable[["Context"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    reference: Texts
    fix: Texts
    check: Check

    def run(self, ctx: Context) -> list[Finding]:
        return [self.finding(hit) for hit in self.check(ctx)]

    def finding(self, hit: Hit) -> Finding:
        reference = hit.reference or self.reference
        fix = hit.fix or self.fix
        return Finding(
            code=self.code,
            severity=self.severity,
            object_kind=hit.target.kind,
            object_uid=hit.target.uid,
            object_ref=hit.target.ref,
            object_label=hit.target.label,
            field=hit.field,
            message_fr=hit.message[0],
            message_en=hit.message[1],
            reference_fr=reference[0],
            reference_en=reference[1],
            fix_fr=fix[0],
            fix_en=fix[1],
        )


def rule(code: str, severity: Severity, *, ref: Texts, fix: Texts) -> Callable[[Check], Rule]:
    """Declare a rule: the decorated function becomes a Rule, found by the registry in its module."""

    def declare(check: Check) -> Rule:
        return Rule(code=code, severity=severity, reference=ref, fix=fix, check=check)

    return declare
