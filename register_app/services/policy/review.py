"""The DPO's review of the proposals: each reviewable item with a stable key, and the proposals that
remain once some are rejected and some corrected. What is rejected leaves every link with it (a
rejected measure is linked to no activity; a rejected host is no activity's subprocessor); what is
corrected is corrected wherever it is linked (a retention rule in each activity that has it, a
measure chosen from the catalogue instead of the one proposed)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from register_app.domain.catalogues import SECURITY_MEASURES, Lang, catalogue
from register_app.services.policy import proposals as p

# The fields the DPO can correct, by kind of item (the names of the proposals' own fields).
EDITABLE = {"activity": ("name",), "purpose": ("text", "legal_basis"),
            "retention": ("duration_value", "duration_unit", "start_event"), "subprocessor": ("country",),
            "measure": ("code",)}  # fmt: skip
Edits = Mapping[str, Mapping[str, Any]]  # item key → field → the DPO's value


@dataclass(frozen=True)
class Item:
    key: str
    kind: str  # organisation, dpo, activity, purpose, retention, measure, subprocessor, transfer
    label: str
    sources: tuple[p.Source, ...]
    parent: str = ""  # the key of the activity a purpose belongs to
    editable: bool = False


def items(proposals: p.Proposals) -> list[Item]:
    found: list[Item] = []
    o, d = proposals.organisation, proposals.dpo
    if o is not None:
        words = (o.name, o.address, o.postcode, o.city, o.siren, o.email)
        found.append(Item("organisation", "organisation", ", ".join(x for x in words if x), o.sources))
    if d is not None:
        found.append(Item("dpo", "dpo", ", ".join(x for x in (d.name, d.company, d.email, d.phone) if x), d.sources))
    for i, a in enumerate(proposals.activities):
        found.append(Item(f"activity:{i}", "activity", a.name, (), editable=True))
        for j, x in enumerate(a.purposes):
            found.append(Item(f"purpose:{i}:{j}", "purpose", x.text, x.sources, f"activity:{i}", editable=True))
    for k, r in enumerate(proposals.retention):
        found.append(Item(f"retention:{k}", "retention", f"{r.label or '—'} — {r.text}", r.sources))
    for m in proposals.measures:
        found.append(Item(f"measure:{m.code}", "measure", m.name, m.sources))
    for s in proposals.subprocessors:
        found.append(Item(f"subprocessor:{s.name}", "subprocessor", s.name, s.sources))
    for k, t in enumerate(proposals.transfers):
        found.append(Item(f"transfer:{k}", "transfer", f"{t.country} {t.recipient}".strip(), t.sources))
    return found


def accepted(proposals: p.Proposals, rejected: set[str], edits: Edits, lang: Lang = "fr") -> p.Proposals:
    """The proposals without the rejected items, with the DPO's corrections where they made some."""
    rules = {r: _edited(r, edits.get(f"retention:{k}")) for k, r in enumerate(proposals.retention)
             if f"retention:{k}" not in rejected}  # fmt: skip
    chosen = {m.code: _measure(m, edits.get(f"measure:{m.code}"), lang) for m in proposals.measures
              if f"measure:{m.code}" not in rejected}  # fmt: skip
    measures = list({m.code: m for m in chosen.values()}.values())  # two proposals corrected to one measure
    hosts = [_edited(s, edits.get(f"subprocessor:{s.name}"), country_stated=True) for s in proposals.subprocessors
             if f"subprocessor:{s.name}" not in rejected]  # fmt: skip
    moved = {(s.name, s.country) for s in proposals.subprocessors} - {(s.name, s.country) for s in hosts}
    transfers = [t for k, t in enumerate(proposals.transfers)
                 if f"transfer:{k}" not in rejected and (t.recipient, t.country) not in moved]  # fmt: skip
    names = {s.name for s in hosts}
    activities = []
    for i, a in enumerate(proposals.activities):
        if f"activity:{i}" in rejected:
            continue
        purposes = tuple(_purpose(x, edits.get(f"purpose:{i}:{j}")) for j, x in enumerate(a.purposes)
                         if f"purpose:{i}:{j}" not in rejected)  # fmt: skip
        activities.append(replace(
            _edited(a, edits.get(f"activity:{i}")), purposes=purposes,
            retention=tuple(rules[r] for r in a.retention if r in rules),
            measures=tuple(dict.fromkeys(chosen[c].code for c in a.measures if c in chosen)),
            subprocessors=tuple(n for n in a.subprocessors if n in names),
            transfers=tuple(t for t in a.transfers if t in transfers),
        ))  # fmt: skip
    return replace(
        proposals,
        organisation=None if "organisation" in rejected else proposals.organisation,
        dpo=None if "dpo" in rejected else proposals.dpo,
        activities=tuple(activities), retention=tuple(rules.values()), measures=tuple(measures),
        subprocessors=tuple(hosts), transfers=tuple(transfers),
    )  # fmt: skip


def _edited(item: Any, changes: Mapping[str, Any] | None, **also: Any) -> Any:
    """The proposal with the DPO's values (only the fields its kind lets them correct)."""
    if not changes:
        return item
    return replace(item, **{k: v for k, v in changes.items() if k in _fields(item)}, **also)


def _fields(item: Any) -> tuple[str, ...]:
    kind = {p.Activity: "activity", p.Retention: "retention", p.Subprocessor: "subprocessor"}[type(item)]
    return EDITABLE[kind]


def _purpose(x: p.Purpose, changes: Mapping[str, Any] | None) -> p.Purpose:
    """A purpose reworded or given another basis: the policy's quote stays only for the basis it states."""
    if not changes:
        return x
    basis = changes.get("legal_basis", x.legal_basis)
    text = str(changes.get("text") or x.text).strip()
    quote = x.legal_basis_quote if basis == x.legal_basis else ""
    return replace(x, text=text, legal_basis=basis, legal_basis_quote=quote)


def _measure(m: p.Measure, changes: Mapping[str, Any] | None, lang: Lang) -> p.Measure:
    """The measure the DPO chose from the catalogue in place of the one proposed (same sentences)."""
    entry = catalogue(SECURITY_MEASURES).get(changes.get("code")) if changes else None
    if entry is None or entry.code == m.code:
        return m
    return replace(m, code=entry.code, name=entry.label(lang), heading=str(entry.get("heading")))
