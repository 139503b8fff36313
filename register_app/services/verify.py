"""Is the journal intact, and does the register hold what its journal says? The chain of hashes shows
an entry changed, removed or moved; comparing each object with the last state the journal recorded
for it shows an edit made outside the app (with sqlite3, say). What this does not prove is in the
README ("What `verify` proves")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from register_app.domain import models as m
from register_app.domain.words.language import Lang, pick
from register_app.domain.words.severities import kind_word
from register_app.services.as_of import local_text
from register_app.services.history import as_text
from register_app.services.journal import (
    DISMISSALS_FIELD,
    DISMISSALS_KEY,
    KINDS,
    ObjectKey,
    baseline_entries,
    journaled_since,
    last_dismissals,
    last_entry_id,
    last_states,
    present_records,
    state_text,
    write_baseline,
)
from register_app.store.journal import BrokenLink, first_broken_link
from register_app.store.register_file import RegisterFile


@dataclass(frozen=True)
class Disagreement:
    """An object whose present state is not the one its journal last recorded."""

    kind: str
    uid: str
    label: str
    problem: str  # "changed", "deleted" (gone without a deletion entry), "unrecorded" (no entry at all)


@dataclass(frozen=True)
class JournalCheck:
    entries: int  # how many journal entries were checked
    broken: BrokenLink | None  # the first entry whose hash does not follow
    disagreements: tuple[Disagreement, ...]
    chained_at: datetime | None  # since when entries are sealed
    complete_from: datetime | None  # since when every object's state is journaled (None: not yet)
    baseline: int = 0  # states recorded by this check, for objects an older register already held

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.disagreements


def verify_register(register: RegisterFile) -> JournalCheck:
    """Check the chain of hashes and compare every object with its journal. Reads only, and locks
    nothing: the app may save meanwhile (an object it journals during the check is left out of the
    comparison: its journal holds it as it was just saved)."""
    with register.session() as session:
        seal = session.get(m.HistorySeal, 1)
        mark = last_entry_id(session)
        broken, entries = first_broken_link(session.connection(), from_id=seal.chained_from_id if seal else 1)
        complete = seal.complete_from if seal else None
        chained_at = seal.chained_at if seal else None  # read in the session: the seal is gone after it
        recorded = last_states(session)
        snapshot, present = present_records(session)
        dismissals = last_dismissals(session)
        saved_meanwhile = journaled_since(session, mark)
    current = {key: state_text(rec) for key, rec in present.items()}
    found: list[Disagreement] = []
    labels = {key: KINDS[key[0]].label(rec) for key, rec in present.items()}
    for key, state in sorted(current.items()):
        if key in saved_meanwhile:
            continue
        if key not in recorded:
            if complete is not None:
                found.append(Disagreement(*key, labels[key], "unrecorded"))
        elif recorded[key] != state:
            found.append(Disagreement(*key, labels[key], "changed"))
    for key, last in sorted(recorded.items()):
        if last is not None and key not in current and key not in saved_meanwhile:
            found.append(Disagreement(*key, _label_of(key, last), "deleted"))
    now_dismissed = as_text(list(snapshot.dismissed_findings))
    journaled = dismissals is not None or complete is not None
    if (dismissals or "[]") != now_dismissed and journaled and DISMISSALS_KEY not in saved_meanwhile:
        found.append(Disagreement("register", DISMISSALS_FIELD, DISMISSALS_FIELD, "changed"))
    return JournalCheck(entries, broken, tuple(found), chained_at, complete)


def _label_of(key: ObjectKey, state: str) -> str:
    return KINDS[key[0]].label(KINDS[key[0]].adapter.validate_json(state))


def record_missing_states(register: RegisterFile) -> int:
    """For a register from before the journal recorded states, record the present state of every
    object (writable registers only), from which moment the register can be rebuilt as of any date;
    returns how many. The reading takes seconds on a large register and locks nothing; the writing
    is one short transaction, which a save made meanwhile waits for (never "database is locked")."""
    if register.read_only:
        return 0
    with register.session() as session:
        entries = baseline_entries(session, author=register.author)
    if entries is None:
        return 0
    with register.session() as session:
        return write_baseline(session, entries)


def check_journal_on_open(register: RegisterFile) -> JournalCheck:
    """What the app runs when it opens a register: the baseline an older register lacks, then the
    check (the baseline records only objects without a state: what verify reports is the same)."""
    count = record_missing_states(register)
    return replace(verify_register(register), baseline=count)


PROBLEMS = {
    "changed": ("modifié hors de l'application (son état ne correspond pas au dernier enregistré)",
                "changed outside the app (its state is not the last one recorded)"),
    "deleted": ("supprimé hors de l'application (aucune suppression enregistrée)",
                "deleted outside the app (no deletion recorded)"),
    "unrecorded": ("ajouté hors de l'application (absent de l'historique)",
                   "added outside the app (absent from the history)"),
}  # fmt: skip


def describe(check: JournalCheck, lang: Lang) -> list[str]:
    """The check in plain words, one line each, in French or English."""
    lines = []
    if check.broken is None:
        lines.append(pick((f"Historique intact : {check.entries} entrées, chaînées depuis le "
                           f"{local_text(check.chained_at) if check.chained_at else '?'}.",
                           f"History intact: {check.entries} entries, chained since "
                           f"{local_text(check.chained_at) if check.chained_at else '?'}."), lang))  # fmt: skip
    else:
        b = check.broken
        why = (("n'est pas scellée (ajoutée hors de l'application)", "is not sealed (added outside the app)")
               if b.reason == "unsealed" else
               ("ne suit pas les précédentes (modifiée, déplacée, ou une entrée avant elle a été supprimée)",
                "does not follow the ones before it (changed, moved, or an entry before it was deleted)"))  # fmt: skip
        lines.append(
            pick(
                (
                    f"Historique altéré : l'entrée n° {b.entry_id} ({b.at}, {b.object_label}) {why[0]}.",
                    f"History altered: entry no. {b.entry_id} ({b.at}, {b.object_label}) {why[1]}.",
                ),
                lang,
            )
        )
    for d in check.disagreements:
        kind = kind_word(d.kind, lang)
        lines.append(f"{kind} « {d.label} » : {pick(PROBLEMS[d.problem], lang)}" if lang == "fr"
                     else f"{kind} '{d.label}': {pick(PROBLEMS[d.problem], lang)}")  # fmt: skip
    if check.complete_from is None:
        lines.append(pick(("L'historique ne contient pas encore l'état de chaque objet : ouvrez le registre dans "
                           "l'application pour l'enregistrer.",
                           "The history does not hold every object's state yet: open the register in the app to "
                           "record it."), lang))  # fmt: skip
    else:
        lines.append(pick((f"Historique complet depuis le {local_text(check.complete_from)} : le registre peut être "
                           "reconstitué à toute date depuis.",
                           f"History complete since {local_text(check.complete_from)}: the register can be rebuilt "
                           "as of any date since."), lang))  # fmt: skip
    if check.baseline:
        lines.append(pick((f"État présent de {check.baseline} objets enregistré (registre d'une version antérieure).",
                           f"Present state of {check.baseline} objects recorded (register from an earlier "
                           "version)."), lang))  # fmt: skip
    return lines
