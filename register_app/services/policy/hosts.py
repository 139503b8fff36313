"""Subprocessors and hosts (name, service, country, certifications such as HDS) and transfers outside
the EEA (country, recipient, safeguard). A host is named after a hosting cue ("notre prestataire
d'hébergement AZNetwork", "hosted by Acme Cloud"); a well-known provider (vocabulary.json
`known_providers`) is named where the sentence speaks of a provider, tool or service. A country is
only the one the sentence states ("situé en France"), never guessed from the provider's name; a
transfer is a sentence speaking of transfers that names a country outside the EEA (and not to deny it)."""

from __future__ import annotations

import re

from register_app.domain.catalogues import country_code, country_status
from register_app.services.policy import proposals as p
from register_app.services.policy.sentences import Sentence
from register_app.services.policy.text import Kind
from register_app.services.policy.vocabulary import codes_named, first, fold, names, section_kinds, vocabulary

NAME = r"([A-Z0-9][\w&.'-]*[\w&]|[A-Z])((?:\s+(?:[A-Z0-9][\w&.'-]*[\w&]|SAS|SA|Inc\.?|Ltd|GmbH|AG|BV|LLC)){0,3})"
HOST = re.compile(
    r"(?:prestataires? d'h[ée]bergement|h[ée]bergeurs?|h[ée]berg[ée]e?s? (?:chez|par|sur les serveurs de)|"
    r"stock[ée]e?s? (?:chez|sur les serveurs de)|hosting provider|hosted (?:by|with|on the servers of)|"
    r"stored (?:with|on the servers of))\s+(?:(?:est|is|:)\s+)?"
    r"(?:(?:notre|our|la société|the company|le prestataire|the provider)\s+)?"
    r"(?:(?:prestataire d'h[ée]bergement|hosting provider)\s+)?" + NAME
)  # fmt: skip
IN_COUNTRY = re.compile(r"\b(?:en|au|aux|in|to|vers|dans l[ea']s?|within the|located in|based in)\s+"
                        r"(?:the\s+|l[ae]\s+|l'|les\s+)?"
                        r"((?:[A-ZÉ][\w'-]+)(?:[ -](?:[A-ZÉ][\w'-]+|de|du|of|the))*)")  # fmt: skip
NOT_NAMES = frozenset({"France", "Europe", "Union", "Le", "La", "Les", "The", "Nous", "We", "Toutes", "All"})
ALL_DATA = re.compile(
    r"\b(?:toutes (?:les|vos) donn[ée]es|l'ensemble des donn[ée]es|all (?:of )?(?:your |the )?(?:personal )?data|"
    r"host(?:s|ed|ing)? (?:our|the|all) (?:platform|service|application|website|site)s?|"
    r"h[ée]berge\w* (?:notre|nos|la|les) (?:plateforme|service|application|site)s?)\b",
    re.IGNORECASE,
)
PROVIDER_WORDS = ["prestataire*", "sous-traitant*", "outil*", "solution*", "service*", "plateforme*", "heberge*",
                  "processor*", "provider*", "tool*", "platform*", "vendor*", "hosted", "hosting", "nous utilisons",
                  "we use", "analytics", "paiement*", "payment*"]  # fmt: skip


def countries_in(text: str) -> list[str]:
    found = []
    for match in IN_COUNTRY.finditer(text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):  # "États-Unis d'Amérique", then "États-Unis"
            code = country_code(" ".join(words[:size]), organisations=False)
            if code:
                found.append(code)
                break
    return list(dict.fromkeys(found))


def subprocessors(found: list[Sentence]) -> list[p.Subprocessor]:
    result: dict[str, p.Subprocessor] = {}
    known = vocabulary()["known_providers"]
    for s in found:
        if s.kind is Kind.HEADING:
            continue
        plain = fold(s.text)
        named: list[str] = []
        for match in HOST.finditer(s.text):
            name = (match.group(1) + match.group(2)).strip()
            if name.split()[0] not in NOT_NAMES:
                named.append(name)
        if names(plain, PROVIDER_WORDS) and "rights" not in section_kinds(s.heading):
            named += [name for name, entry in known.items() if names(plain, entry["terms"])]
        if not named:
            continue
        stated = countries_in(s.text)
        certifications = tuple(codes_named(plain, vocabulary()["certifications"]))
        for name in named:
            key = fold(name)
            old = result.get(key)
            source = (p.Source(s.text, s.start, s.end),)
            if old is not None:
                result[key] = p.Subprocessor(old.name, old.service, old.country or (stated[0] if stated else ""),
                                             bool(old.country_stated or stated),
                                             tuple(dict.fromkeys(old.certifications + certifications)),
                                             old.hosts_everything or bool(ALL_DATA.search(s.text)),
                                             old.sources + source)  # fmt: skip
                continue
            hosting = HOST.search(s.text) is not None
            result[key] = p.Subprocessor(
                name=name, service=("Hébergement" if hosting else ""), country=stated[0] if stated else "",
                country_stated=bool(stated), certifications=certifications,
                hosts_everything=bool(ALL_DATA.search(s.text)), sources=source,
            )  # fmt: skip
    return list(result.values())


def transfers(found: list[Sentence], hosts: list[p.Subprocessor]) -> list[p.Transfer]:
    result: list[p.Transfer] = []
    seen: set[tuple[str, str]] = set()
    vocab = vocabulary()
    for s in found:
        plain = fold(s.text)
        if s.kind is Kind.HEADING or not first(plain, vocab["transfer_cues"]) or first(plain, vocab["no_transfer"]):
            continue
        safeguards = codes_named(plain, vocab["safeguards"])
        recipient = next((h.name for h in hosts if fold(h.name) in plain), "")
        for country in countries_in(s.text):
            if country_status(country) == "eea" or (country, recipient) in seen:
                continue
            seen.add((country, recipient))
            result.append(p.Transfer(country, recipient, safeguards[0] if safeguards else None,
                                     (p.Source(s.text, s.start, s.end),)))  # fmt: skip
    for host in hosts:  # a provider outside the EEA is a transfer, its safeguard unknown unless stated
        if host.country and country_status(host.country) != "eea" and (host.country, host.name) not in seen:
            seen.add((host.country, host.name))
            plain = fold(" ".join(x.text for x in host.sources))
            safeguards = codes_named(plain, vocab["safeguards"])
            result.append(p.Transfer(host.country, host.name, safeguards[0] if safeguards else None, host.sources[:1]))
    return result
