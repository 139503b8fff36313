"""Values people type in a register to say "nothing here": 'Non concerné', 'N/A', '—', 'néant'...
Every importer reads them as empty, so that they never become a data category, a joint
controller, a recipient or a country; and reports where it did so, one line per kind of field."""

from __future__ import annotations

import re
from collections.abc import Iterable

from register_app.services.text import fold

# Compared after `placeholder_key`: folded, spaces collapsed, trailing punctuation removed.
PLACEHOLDERS = frozenset({
    "non concerne", "non concernee", "non concernes", "non concernees", "pas concerne", "pas concernee",
    "non applicable", "non applicables", "sans objet", "s/o", "n/a", "na", "n.a", "n a", "n/c", "nc",
    "non renseigne", "non renseignee", "-", "--", "---", "—", "–", "/", "neant", "aucun", "aucune", "none",
    "not applicable", "nil", "x",
})  # fmt: skip
# Where a yes/no is expected (a sensitive-data row), these say "no": the row records nothing.
NO = frozenset({"non", "no", "faux", "false"})
# A tick: in a text field it fills the cell ("x" as a name), but in a yes/no column it means "yes".
TICKS = frozenset({"x", "✓", "✔", "☑", "☒"})
YES = frozenset({"oui", "yes", "vrai", "true"}) | TICKS
MAX_LISTED = 8  # cells named in a report line; the others are counted


def placeholder_key(text: str) -> str:
    """'  Non concernée. ' -> 'non concernee'; '—' stays '—'."""
    folded = " ".join(fold(text.replace("’", "'")).split())
    stripped = re.sub(r"[\s.,;:!…]+$", "", folded)
    return stripped or folded


def is_placeholder(text: str) -> bool:
    """Whether a cell or field holding `text` says there is nothing to record."""
    return bool(text.strip()) and placeholder_key(text) in PLACEHOLDERS


def is_tick(text: str) -> bool:
    return placeholder_key(text) in TICKS


def says_no(text: str) -> bool:
    """Whether a yes/no cell says no (or nothing): 'Non', 'Non concerné'... but not a tick."""
    key = placeholder_key(text)
    return key not in TICKS and (is_placeholder(text) or key in NO)


def says_yes(text: str) -> bool:
    return placeholder_key(text) in YES


def place(cell: str, lang: str = "en") -> str:
    """A cell, path or line as a report line names it: a Markdown file's "line 7" is "ligne 7" in French."""
    return f"ligne {cell[5:]}" if lang == "fr" and cell.startswith("line ") else cell


def listed_places(places: Iterable[str], lang: str = "en") -> str:
    """'B3, B4, ... and 12 more': the cells (or paths) one report line names."""
    listed = [place(p, lang) for p in dict.fromkeys(places)]
    more = ""
    if len(listed) > MAX_LISTED:
        n = len(listed) - MAX_LISTED
        more = f" et {n} autre{'s' if n > 1 else ''}" if lang == "fr" else f" and {n} more"
    return ", ".join(listed[:MAX_LISTED]) + more


# The importers' kinds of field, in French.
KINDS_FR = {"purpose": "finalité", "data category": "catégorie de données", "sensitive data": "données sensibles",
            "retention period": "durée de conservation", "data subjects": "personnes concernées",
            "recipient": "destinataire", "security measure": "mesure de sécurité", "transfer": "transfert",
            "country": "pays", "controller": "responsable du traitement", "DPO": "DPO",
            "representative": "représentant", "joint controller": "responsable conjoint",
            "data source": "source des données", "notes": "notes", "legal basis": "base légale"}  # fmt: skip


def not_applicable_message(kind: str, places: Iterable[str], lang: str = "en") -> str:
    """One report line for every field of a kind read as 'not applicable' (the kind as the importer names it)."""
    if lang == "fr":
        return f"lu comme « sans objet », laissé vide ({KINDS_FR.get(kind, kind)}) : {listed_places(places, lang)}"
    return f"read as 'not applicable', left empty ({kind}): {listed_places(places)}"
