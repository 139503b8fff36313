"""Recipients described as providers that no recorded subprocessor answers to (Art. 28 and
Art. 30(1)(d)): a register built from a privacy policy often says "nos prestataires" or "un outil
d'emailing" and names nobody. The words come from the provider_kinds catalogue."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from register_app.domain.catalogues import Entry, catalogue
from register_app.domain.enums import MeasureStatus, Severity
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, activity_target, organisation_target
from register_app.services.checks.wording import joined
from register_app.services.text import fold

PROVIDER_KINDS = "provider_kinds"
PROCESSORS = "processors"  # the recipients catalogue's code for processors


@dataclass(frozen=True)
class Kind:
    entry: Entry
    words: tuple[tuple[str, re.Pattern[str]], ...]  # (word as written, its pattern on folded text)

    def found(self, text: str) -> list[str]:
        folded = fold(text)
        return [word for word, pattern in self.words if pattern.search(folded)]


def pattern(word: str) -> re.Pattern[str]:
    """'centre de données' also matches 'centres de données' and 'Centre de donnees'."""
    tokens = (re.escape(token) + "(?:s|x|es)?" for token in fold(word).split())
    return re.compile(r"\b" + r"\s+".join(tokens) + r"\b")


@functools.cache
def kinds() -> tuple[Kind, ...]:
    entries = catalogue(PROVIDER_KINDS)
    return tuple(Kind(entry, tuple((str(w), pattern(str(w))) for w in entry.get("words", ()))) for entry in entries)


def recipient_texts(activity: r.Activity) -> list[str]:
    return [item.precision for item in activity.recipients]


def measure_texts(ctx: Context, activity: r.Activity) -> list[str]:
    """The declared measures protecting the activity (catalogue suggestions are not the organisation's)."""
    return [
        f"{m.name} {m.description}" for m in ctx.measures_of(activity) if m.status is not MeasureStatus.NOT_DECLARED
    ]


def services(ctx: Context) -> str:
    return " ".join(f"{s.name} {s.service}" for s in ctx.subprocessors.values())


def quoted_words(words: list[str]) -> Texts:
    return joined((f"« {w} »", f"'{w}'") for w in dict.fromkeys(words))


def unlinked_words(ctx: Context, activity: r.Activity) -> list[str] | None:
    """The provider words of an activity's recipients when no subprocessor is linked to it (the
    recipients catalogue's 'processors' counts as such a word), else None."""
    if ctx.subprocessors_of(activity):
        return None
    recipients = " \n ".join(recipient_texts(activity))
    words = [w for kind in kinds() for w in kind.found(recipients)]
    if not words and any(i.code == PROCESSORS for i in activity.recipients):
        words = [PROCESSORS]
    return words or None


def unprovided(ctx: Context, activity: r.Activity) -> Iterator[tuple[Kind, list[str]]]:
    """Each kind of service the activity cites (in its recipients, or its measures for hosting)
    that no recorded subprocessor provides, with the words found."""
    recipients = " \n ".join(recipient_texts(activity))
    measures = " \n ".join(measure_texts(ctx, activity))
    provided = services(ctx)
    for kind in kinds():
        if kind.entry.get("generic"):
            continue
        words = kind.found(recipients) + (kind.found(measures) if kind.entry.get("in_measures") else [])
        if words and not kind.found(provided):
            yield kind, words


@rule(
    "SUBPROCESSOR-UNNAMED",
    Severity.WARNING,
    ref=("art. 28 et art. 30.1.d du RGPD", "GDPR Art. 28 and Art. 30(1)(d)"),
    fix=(
        "Enregistrez chaque prestataire qui traite des données pour le compte de l'organisme comme "
        "sous-traitant (nom, service, pays d'hébergement, contrat article 28) et rattachez-le aux traitements "
        "concernés ; si un destinataire n'est pas un sous-traitant, précisez qui il est.",
        "Record each provider processing data on the organisation's behalf as a subprocessor (name, service, "
        "hosting country, Art. 28 contract) and link it to the activities concerned; if a recipient is not a "
        "processor, say who it is.",
    ),
)
def subprocessor_unnamed(ctx: Context) -> Iterator[Hit]:
    unlinked: list[tuple[str, list[str]]] = []
    services_cited: dict[str, tuple[Kind, list[str], list[str]]] = {}
    for activity in ctx.activities:
        words = unlinked_words(ctx, activity)
        if words:
            unlinked.append((activity_target(activity).label, words))
        for kind, found in unprovided(ctx, activity):
            _, all_words, refs = services_cited.setdefault(kind.entry.code, (kind, [], []))
            all_words += found
            refs.append(activity.reference or activity.name)
    parts: list[Texts] = []
    if unlinked:
        fr, en = quoted_words([w for _, words in unlinked for w in words])
        names_fr, names_en = joined(((name, name) for name, _ in unlinked), " ; ")
        parts.append(
            (
                f"Ces traitements citent des prestataires parmi leurs destinataires ({fr}) sans qu'aucun sous-traitant "
                f"leur soit rattaché : {names_fr}.",
                f"These activities cite providers among their recipients ({en}) with no subprocessor linked to them: "
                f"{names_en}.",
            )
        )
    if services_cited:
        cited = []
        for kind, words, refs in services_cited.values():
            fr, en = quoted_words(words)
            where = ", ".join(dict.fromkeys(refs))
            cited.append((f"{kind.entry.fr} ({fr} ; {where})", f"{kind.entry.en} ({en}; {where})"))
        fr, en = joined(cited, " ; ")
        parts.append(
            (
                f"Aucun sous-traitant enregistré ne fournit ces services : {fr}.",
                f"No recorded subprocessor provides these services: {en}.",
            )
        )
    if parts:
        fr, en = joined(parts, " ")
        yield Hit(
            organisation_target(ctx.organisation),
            "subprocessors",
            (
                f"Des destinataires sont décrits comme des prestataires sans être nommés parmi les sous-traitants. "
                f"{fr}",
                f"Recipients are described as providers without being named among the subprocessors. {en}",
            ),
        )
