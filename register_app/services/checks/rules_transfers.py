"""Transfers outside the EEA (GDPR chapter V): each needs a tool that applies to its destination
(a country or an international organisation, whose status the countries catalogue gives), a
fallback when the tool is challenged (the DPF), and each country where a subprocessor hosts or
reads the data must appear among the transfers of the activities it serves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from register_app.domain.catalogues import COUNTRIES, TRANSFER_TOOLS, catalogue, country_status
from register_app.domain.enums import Severity
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Target, Texts, rule
from register_app.services.checks.register_index import Context, activity_target, subprocessor_target
from register_app.services.checks.wording import date_text, joined, label

US = "US"
INTERNATIONAL_ORGANISATION = "international_organisation"  # the `kind` of such entries in the countries catalogue


def destination(code: str) -> Texts:
    """'pays : États-Unis', or 'organisation internationale : …' for an international organisation."""
    fr, en = label(COUNTRIES, code)
    entry = catalogue(COUNTRIES).get(code)
    if entry and entry.get("kind") == INTERNATIONAL_ORGANISATION:
        return f"organisation internationale : {fr}", f"international organisation: {en}"
    return f"pays : {fr}", f"country: {en}"


def to_country(transfer: r.Transfer) -> Texts:
    """'Le transfert (pays : États-Unis, destinataire : Mailjet)', the subject of a sentence."""
    fr, en = destination(transfer.country)
    who = transfer.recipient.strip()
    if who:
        return f"Le transfert ({fr}, destinataire : {who})", f"The transfer ({en}, recipient: {who})"
    return f"Le transfert ({fr})", f"The transfer ({en})"


def third_countries(subprocessor: r.Subprocessor) -> list[str]:
    return [c for c in dict.fromkeys(h.country for h in subprocessor.countries) if country_status(c) == "third"]


def uncovered(tool: str, countries: list[str]) -> list[str]:
    """The third countries that an adequacy-type tool cannot cover: the DPF covers only the United
    States, an adequacy decision only the countries declared adequate."""
    if tool == "dpf":
        return [c for c in countries if c != US]
    if tool == "adequacy":
        return [c for c in countries if country_status(c) == "third"]
    return []


def inapplicable_message(tool: str, countries: list[str]) -> Texts:
    names = joined(label(COUNTRIES, c) for c in countries)
    if tool == "dpf":
        return (
            f"Le Data Privacy Framework ne couvre que des organisations établies aux États-Unis : il ne peut "
            f"pas encadrer un transfert vers une autre destination ({names[0]}).",
            f"The Data Privacy Framework covers only organisations established in the United States: it "
            f"cannot cover a transfer to another destination ({names[1]}).",
        )
    fr = f"Ce transfert s'appuie sur une décision d'adéquation, mais aucune ne couvre la destination ({names[0]})."
    en = f"This transfer relies on an adequacy decision, but none covers the destination ({names[1]})."
    if US in countries:
        fr += " Pour les États-Unis, seule une organisation certifiée au Data Privacy Framework en bénéficie."
        en += " For the United States, only an organisation certified under the Data Privacy Framework benefits."
    return fr, en


@rule(
    "TRANSFER-TOOL-MISSING",
    Severity.ERROR,
    ref=("art. 44 à 49 du RGPD", "GDPR Articles 44 to 49"),
    fix=(
        "Choisissez l'outil qui encadre ce transfert : clauses contractuelles types, règles d'entreprise "
        "contraignantes, Data Privacy Framework pour un destinataire américain certifié, ou à défaut une "
        "dérogation de l'article 49, documentée.",
        "Choose the tool that covers this transfer: standard contractual clauses, binding corporate rules, "
        "the Data Privacy Framework for a certified US recipient or, failing that, a documented Art. 49 "
        "derogation.",
    ),
)
def tool_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, transfer in enumerate(activity.transfers):
            if country_status(transfer.country) == "third" and not transfer.tool:
                fr, en = to_country(transfer)
                yield Hit(
                    activity_target(activity),
                    f"transfers[{i}].tool",
                    (f"{fr} n'est encadré par aucun outil de transfert.", f"{en} is covered by no transfer tool."),
                )
    for sub in ctx.subprocessors.values():
        countries = third_countries(sub)
        if countries and not sub.transfer_tool:
            fr, en = joined(label(COUNTRIES, c) for c in countries)
            yield Hit(
                subprocessor_target(sub),
                "transfer_tool",
                (
                    f"Ce sous-traitant héberge ou consulte des données dans un pays tiers ({fr}), mais aucun "
                    "outil de transfert n'est indiqué.",
                    f"This subprocessor hosts or accesses data in a third country ({en}), but no transfer tool "
                    "is recorded.",
                ),
            )


@rule(
    "TRANSFER-TOOL-INAPPLICABLE",
    Severity.ERROR,
    ref=("art. 45 du RGPD", "GDPR Art. 45"),
    fix=(
        "Encadrez ce transfert par un outil qui s'applique à ce pays, le plus souvent les clauses "
        "contractuelles types de 2021 accompagnées d'une analyse d'impact du transfert.",
        "Cover this transfer with a tool that applies to that country, usually the 2021 standard contractual "
        "clauses together with a transfer impact assessment.",
    ),
)
def tool_inapplicable(ctx: Context) -> Iterator[Hit]:
    found: list[tuple[Target, str, str, list[str]]] = []
    for activity in ctx.activities:
        for i, transfer in enumerate(activity.transfers):
            if transfer.tool and country_status(transfer.country) != "eea":
                found.append((activity_target(activity), f"transfers[{i}].tool", transfer.tool, [transfer.country]))
    for sub in ctx.subprocessors.values():
        if sub.transfer_tool:
            found.append((subprocessor_target(sub), "transfer_tool", sub.transfer_tool, third_countries(sub)))
    for target, field, tool, countries in found:
        if uncovered(tool, countries):
            yield Hit(target, field, inapplicable_message(tool, uncovered(tool, countries)))


@rule(
    "TRANSFER-DPF-NOT-CERTIFIED",
    Severity.ERROR,
    ref=(
        "art. 45 du RGPD ; décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023",
        "GDPR Art. 45; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023",
    ),
    fix=(
        "Vérifiez sur la liste du Data Privacy Framework (www.dataprivacyframework.gov) que le prestataire "
        "est certifié pour ces données et indiquez-le sur sa fiche ; sinon, encadrez le transfert par des "
        "clauses contractuelles types.",
        "Check on the Data Privacy Framework List (www.dataprivacyframework.gov) that the vendor is certified "
        "for this data and record it on the vendor; otherwise cover the transfer with standard contractual "
        "clauses.",
    ),
)
def dpf_not_certified(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, transfer in enumerate(activity.transfers):
            sub = ctx.subprocessors.get(transfer.subprocessor_uid or "")
            if transfer.tool == "dpf" and sub is not None and not sub.dpf_certified:
                yield Hit(
                    activity_target(activity),
                    f"transfers[{i}].tool",
                    (
                        f"Ce transfert repose sur le Data Privacy Framework, mais {sub.name} n'est pas indiqué "
                        "comme certifié.",
                        f"This transfer relies on the Data Privacy Framework, but {sub.name} is not marked as "
                        "certified.",
                    ),
                )
    for sub in ctx.subprocessors.values():
        if sub.transfer_tool == "dpf" and not sub.dpf_certified:
            yield Hit(
                subprocessor_target(sub),
                "dpf_certified",
                (
                    "Les transferts vers ce sous-traitant reposent sur le Data Privacy Framework, mais il n'est "
                    "pas indiqué comme certifié.",
                    "Transfers to this subprocessor rely on the Data Privacy Framework, but it is not marked as "
                    "certified.",
                ),
            )


@rule(
    "TRANSFER-TIA-MISSING",
    Severity.WARNING,
    ref=(
        "art. 46 du RGPD ; CJUE, 16 juillet 2020, C-311/18 (Schrems II) ; recommandations 01/2020 du CEPD",
        "GDPR Art. 46; CJEU, 16 July 2020, C-311/18 (Schrems II); EDPB Recommendations 01/2020",
    ),
    fix=(
        "Référencez l'analyse d'impact du transfert, qui vérifie que le droit du pays destinataire permet de "
        "respecter ces garanties et retient, au besoin, des mesures supplémentaires.",
        "Reference the transfer impact assessment, which checks that the law of the destination country lets "
        "these safeguards work and sets supplementary measures where needed.",
    ),
)
def tia_missing(ctx: Context) -> Iterator[Hit]:
    tools = catalogue(TRANSFER_TOOLS)
    for activity in ctx.activities:
        for i, transfer in enumerate(activity.transfers):
            entry = tools.get(transfer.tool)
            if (
                entry
                and entry.get("tia_expected")
                and country_status(transfer.country) == "third"
                and not transfer.tia_reference.strip()
            ):
                fr, en = to_country(transfer)
                tool_fr, tool_en = label(TRANSFER_TOOLS, transfer.tool)
                yield Hit(
                    activity_target(activity),
                    f"transfers[{i}].tia_reference",
                    (
                        f"{fr} repose sur l'outil « {tool_fr} », mais aucune analyse d'impact du transfert "
                        "n'est référencée.",
                        f"{en} relies on '{tool_en}', but no transfer impact assessment is referenced.",
                    ),
                )


@rule(
    "TRANSFER-NOT-RECORDED",
    Severity.ERROR,
    ref=("art. 30.1.e et art. 30.2.c du RGPD", "GDPR Art. 30(1)(e) and Art. 30(2)(c)"),
    fix=(
        "Ajoutez à ce traitement un transfert par pays concerné, avec le sous-traitant destinataire et "
        "l'outil de transfert.",
        "Add to this activity one transfer per country concerned, with the receiving subprocessor and the "
        "transfer tool.",
    ),
)
def transfer_not_recorded(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        missing = ctx.missing_transfers(activity)
        if missing:
            fr, en = joined(
                (
                    (f"{sub.name} ({fr})", f"{sub.name} ({en})")
                    for sub, countries in missing
                    for fr, en in [joined(label(COUNTRIES, c) for c in countries)]
                ),
                "; ",
            )
            yield Hit(
                activity_target(activity),
                "transfers",
                (
                    f"Des sous-traitants de ce traitement hébergent ou consultent les données hors de l'EEE, "
                    f"sans transfert inscrit : {fr}.",
                    f"Subprocessors of this activity host or access its data outside the EEA, with no transfer "
                    f"recorded: {en}.",
                ),
            )


def challenged(tool: str | None) -> Texts | None:
    """The catalogue's dated note on a transfer tool under challenge (the DPF), quoted by the finding."""
    entry = catalogue(TRANSFER_TOOLS).get(tool)
    if entry is None or not entry.text("challenged", "fr"):
        return None
    as_of = entry.get("challenged_as_of")
    day_fr, day_en = date_text(date.fromisoformat(as_of)) if as_of else ("", "")
    tool_fr, tool_en = entry.fr, entry.en
    return (
        f"« {tool_fr} » : {entry.text('challenged', 'fr')}" + (f" (situation au {day_fr})" if as_of else ""),
        f"'{tool_en}': {entry.text('challenged', 'en')}" + (f" (as of {day_en})" if as_of else ""),
    )


@rule(
    "TRANSFER-FALLBACK-MISSING",
    Severity.WARNING,
    ref=(
        "art. 45, 46 et 5.2 du RGPD ; décision d'exécution (UE) 2023/1795 de la Commission du 10 juillet 2023",
        "GDPR Art. 45, 46 and 5(2); Commission Implementing Decision (EU) 2023/1795 of 10 July 2023",
    ),
    fix=(
        "Enregistrez l'outil de repli à appliquer si ce cadre tombait (en général les clauses contractuelles "
        "types de 2021, accompagnées d'une analyse d'impact du transfert) et vérifiez que le contrat du "
        "prestataire les prévoit déjà.",
        "Record the fallback tool to apply should this framework fall (usually the 2021 standard contractual "
        "clauses, with a transfer impact assessment) and check that the vendor's contract already provides "
        "for them.",
    ),
)
def fallback_missing(ctx: Context) -> Iterator[Hit]:
    reported: set[str] = set()
    for sub in ctx.subprocessors.values():
        note = challenged(sub.transfer_tool)
        if note and not sub.transfer_fallback:
            reported.add(sub.uid)
            yield Hit(
                subprocessor_target(sub),
                "transfer_fallback",
                (
                    f"Les transferts vers ce sous-traitant reposent sur un cadre contesté, sans outil de repli "
                    f"enregistré. {note[0]}.",
                    f"Transfers to this subprocessor rely on a challenged framework, with no fallback tool "
                    f"recorded. {note[1]}.",
                ),
            )
    for activity in ctx.activities:
        for i, transfer in enumerate(activity.transfers):
            note = challenged(transfer.tool)
            linked = ctx.subprocessors.get(transfer.subprocessor_uid or "")
            if note and (linked is None or not (linked.transfer_fallback or linked.uid in reported)):
                fr, en = to_country(transfer)
                yield Hit(
                    activity_target(activity),
                    f"transfers[{i}].tool",
                    (
                        f"{fr} repose sur un cadre contesté, sans outil de repli enregistré. {note[0]}.",
                        f"{en} relies on a challenged framework, with no fallback tool recorded. {note[1]}.",
                    ),
                )
