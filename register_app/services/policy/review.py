"""The DPO's review of the proposals: each reviewable item with a stable key, and the proposals that
remain once some are rejected and some renamed. What is rejected leaves every link with it (a
rejected measure is linked to no activity; a rejected host is no activity's subprocessor)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from register_app.services.policy import proposals as p


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


def accepted(proposals: p.Proposals, rejected: set[str], edits: dict[str, str]) -> p.Proposals:
    """The proposals without the rejected items, with the DPO's wording where it was edited."""
    rules = [r for k, r in enumerate(proposals.retention) if f"retention:{k}" not in rejected]
    measures = [m for m in proposals.measures if f"measure:{m.code}" not in rejected]
    hosts = [s for s in proposals.subprocessors if f"subprocessor:{s.name}" not in rejected]
    transfers = [t for k, t in enumerate(proposals.transfers) if f"transfer:{k}" not in rejected]
    codes, names = {m.code for m in measures}, {s.name for s in hosts}
    activities = []
    for i, a in enumerate(proposals.activities):
        if f"activity:{i}" in rejected:
            continue
        purposes = tuple(replace(x, text=edits.get(f"purpose:{i}:{j}", x.text)) for j, x in enumerate(a.purposes)
                         if f"purpose:{i}:{j}" not in rejected)  # fmt: skip
        activities.append(replace(
            a, name=edits.get(f"activity:{i}", a.name), purposes=purposes,
            retention=tuple(r for r in a.retention if r in rules), measures=tuple(c for c in a.measures if c in codes),
            subprocessors=tuple(n for n in a.subprocessors if n in names),
            transfers=tuple(t for t in a.transfers if t in transfers),
        ))  # fmt: skip
    return replace(
        proposals,
        organisation=None if "organisation" in rejected else proposals.organisation,
        dpo=None if "dpo" in rejected else proposals.dpo,
        activities=tuple(activities), retention=tuple(rules), measures=tuple(measures),
        subprocessors=tuple(hosts), transfers=tuple(transfers),
    )  # fmt: skip
