"""Security measures: every sentence naming a measure of the catalogue (security_measures.json
`terms`), other than to deny it. A policy's measures are the organisation's: each applies to every
activity. The measure keeps every sentence that names it; its detail is the first."""

from __future__ import annotations

import re

from register_app.domain.catalogues import SECURITY_MEASURES, Lang, catalogue, country_status
from register_app.services.policy import proposals as p
from register_app.services.policy.hosts import countries_in
from register_app.services.policy.sentences import Sentence
from register_app.services.policy.text import Kind
from register_app.services.policy.vocabulary import fold, names, section_kinds

# Sections whose words name measures without stating one ("vos droits d'accès", "cookies de session").
NOT_MEASURES = frozenset({"rights", "cookies"})
# "hosted by X in Germany", "hébergées … situé en France": hosting in the EEA, whatever the phrasing.
HOSTED = re.compile(
    r"\b(?:h[ée]berg\w*|hosted|stored|stock[ée]e?s?|data ?cent(?:re|er)s?|centres? de donn[ée]es)\b", re.IGNORECASE
)


def measures(found: list[Sentence], lang: Lang) -> list[p.Measure]:
    sources: dict[str, list[Sentence]] = {}
    for s in found:
        if s.kind is Kind.HEADING or section_kinds(s.heading) & NOT_MEASURES:
            continue
        plain = fold(s.text)
        for entry in catalogue(SECURITY_MEASURES):
            terms = entry.get("terms")
            if terms and names(plain, terms):
                sources.setdefault(entry.code, []).append(s)
        in_eea = HOSTED.search(s.text) and any(country_status(c) == "eea" for c in countries_in(s.text))
        if in_eea and s not in sources.get("hosting_eu", []):
            sources.setdefault("hosting_eu", []).append(s)
    result = []
    for entry in catalogue(SECURITY_MEASURES):
        found_for = sources.get(entry.code)
        if found_for:
            result.append(p.Measure(entry.code, entry.label(lang), str(entry.get("heading")), found_for[0].text,
                                    tuple(p.Source(s.text, s.start, s.end) for s in found_for)))  # fmt: skip
    return result
