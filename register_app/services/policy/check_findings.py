"""The differences between the register and the privacy policy the DPO compared it with, as findings
of the checks page (kind "policy"): each names the activity or subprocessor it is about (the
organisation when the register holds nothing of it) and the part of it concerned (its purposes, its
retention periods…), quotes both sides, and has a stable identity (its code ends with a digest of
the side and the subject's French words) so that a dismissal keeps applying to the next comparison."""

from __future__ import annotations

import hashlib

from register_app.domain.enums import Severity
from register_app.domain.words.language import pick
from register_app.services import records as r
from register_app.services.checks.engine import Finding, Target
from register_app.services.checks.register_index import activity_target, organisation_target, subprocessor_target
from register_app.services.policy import proposals as p
from register_app.services.policy.compare import Finding as Difference
from register_app.services.policy.compare import Side, compare

CODE = "POLICY-{kind}-{digest}"  # POLICY-TRANSFER-…, POLICY-RETENTION-…
# The field of the object concerned (words/fields.py names it), by kind of difference and of object.
FIELD = {"purpose": "purposes", "legal_basis": "purposes", "retention": "retention", "recipient": "recipients",
         "transfer": "transfers", "measure": "measures", "subprocessor": "subprocessors"}  # fmt: skip
SUBPROCESSOR_FIELD = {"transfer": "countries", "subprocessor": "name"}
KIND = {"purpose": ("la finalité", "the purpose"), "subprocessor": ("le sous-traitant", "the subprocessor"),
        "recipient": ("le destinataire", "the recipient"), "transfer": ("le transfert vers", "the transfer to"),
        "retention": ("la durée de conservation", "the retention period"),
        "legal_basis": ("la base légale", "the legal basis"), "measure": ("la mesure", "the measure")}  # fmt: skip
SAYS = {
    Side.POLICY_ONLY: ("La politique annonce {what} « {subject} », que le registre ne consigne pas.",
                       "The policy states {what} “{subject}”, which the register does not record."),
    Side.REGISTER_ONLY: ("Le registre consigne {what} « {subject} », que la politique ne mentionne pas.",
                         "The register records {what} “{subject}”, which the policy does not disclose."),
    Side.DIFFERENT: ("La politique et le registre ne disent pas la même chose de {what} « {subject} ».",
                     "The policy and the register do not say the same of {what} “{subject}”."),
}  # fmt: skip
QUOTES = ("Politique : « {policy} ». Registre : {register}.", "Policy: “{policy}”. Register: {register}.")
NOTHING = (("n'en dit rien", "rien de consigné"), ("says nothing of it", "nothing recorded"))
REFERENCE = ("RGPD, art. 12 à 14 (information des personnes) et art. 30 (registre)",
             "GDPR, Art. 12–14 (information to data subjects) and Art. 30 (record)")  # fmt: skip
FIX = ("Mettre la politique et le registre d'accord (corriger celui qui se trompe), puis comparer de nouveau ; "
       "ou écarter ce constat en disant pourquoi.",
       "Bring the policy and the register into line (correct whichever is wrong), then compare again; or dismiss "
       "this finding, saying why.")  # fmt: skip


def check_findings(snapshot: r.Snapshot, policy: p.Proposals) -> list[Finding]:
    """The comparison's differences as warnings, worded in both languages."""
    activities = {a.uid: a for a in snapshot.activities}
    subprocessors = {s.uid: s for s in snapshot.subprocessors}
    found = []
    for fr, en in zip(compare(snapshot, policy, "fr"), compare(snapshot, policy, "en"), strict=True):
        if fr.activity_uid in activities:
            target = activity_target(activities[fr.activity_uid])
        elif fr.subprocessor_uid in subprocessors:
            target = subprocessor_target(subprocessors[fr.subprocessor_uid])
        else:
            target = organisation_target(snapshot.organisation)
        found.append(_finding(target, fr, en))
    return found


def _finding(target: Target, fr: Difference, en: Difference) -> Finding:
    message = tuple(_message(d, lang) for d, lang in ((fr, "fr"), (en, "en")))
    return Finding(
        code=code(fr), severity=Severity.WARNING,
        object_kind=target.kind, object_uid=target.uid, object_ref=target.ref, object_label=target.label,
        field=(SUBPROCESSOR_FIELD if target.kind == "subprocessor" else FIELD).get(fr.kind, FIELD[fr.kind]),
        message_fr=message[0], message_en=message[1],
        reference_fr=REFERENCE[0], reference_en=REFERENCE[1], fix_fr=FIX[0], fix_en=FIX[1],
    )  # fmt: skip


def code(d: Difference) -> str:
    """POLICY-<KIND>-<digest of the side and the subject>: stable from one comparison to the next."""
    digest = hashlib.sha256(f"{d.side.value}|{d.subject}".encode()).hexdigest()[:10]
    return CODE.format(kind=d.kind.upper().replace("_", "-"), digest=digest)


def _message(d: Difference, lang: str) -> str:
    said, recorded = NOTHING[0 if lang == "fr" else 1]
    head = pick(SAYS[d.side], lang, what=pick(KIND[d.kind], lang), subject=d.subject)
    quotes = pick(QUOTES, lang, policy=d.policy_quote or said, register=d.register_quote or recorded)
    return f"{head} {quotes}"
