"""Retention rules: every sentence of a retention section, or anywhere saying data are kept, deleted
or live for a time, read by services.retention_text (duration, start event, vague criterion). The
data a rule is for is the table row's first cell, the label standing just before it ("Cookies" then
"12 mois"), or the sentence's subject ("Les données des prospects sont conservées …")."""

from __future__ import annotations

import re

from register_app.services.policy import proposals as p
from register_app.services.policy.sentences import Sentence
from register_app.services.policy.text import Kind
from register_app.services.policy.vocabulary import codes_named, fold, section_kinds, vocabulary
from register_app.services.retention_text import read_retention

KEPT = re.compile(r"\b(?:conserv\w*|archiv\w*|supprim\w*|effac\w*|detrui\w*|garde\w*|duree de vie|retain\w*|"
                  r"retention|kept|keep|stored?|delet\w*|erased?|destroyed|lifetime|lifespan|expires?)\b")  # fmt: skip
SUBJECT = re.compile(r"^(.{3,120}?)\s+(?:sont|est|seront|sera|peuvent être|pourront être|are|is|will be|may be|can be)"
                     r"\s+(?:\w+\s+)?(?:conserv|archiv|supprim|effac|gard|retain|kept|stored|delet|erased)",
                     re.IGNORECASE)  # fmt: skip
GENERIC = re.compile(
    r"^(?:(?:les|vos|des|toutes les|certaines) )?(?:donnees|informations)(?: personnelles| a caractere personnel)?$|"
    r"^(?:your |all |the |some )?(?:personal )?(?:data|information)$"
)  # fmt: skip
MAX_LABEL_WORDS = 14


def rules(found: list[Sentence]) -> list[p.Retention]:
    result: dict[tuple[str, str | None, str | None], p.Retention] = {}
    label_before: tuple[str, int] | None = None  # a short line with no period of its own, and its block
    for s in found:
        kinds = section_kinds(s.heading)
        plain = fold(s.text)
        in_section = "retention" in kinds
        if not in_section and not KEPT.search(plain):
            label_before = None
            continue
        read = read_retention(s.text)
        if read.duration is None and read.start_event is None and not read.vague:
            short = len(s.text.split()) <= MAX_LABEL_WORDS and s.text[-1:] not in ".:;?"
            if in_section and short and s.text != s.heading:
                label_before = (s.text, s.block)
            continue
        label = _label(s, label_before, plain)
        label_before = None
        if GENERIC.match(fold(label)) or not label:
            if read.vague or not in_section:
                continue  # "vos données sont conservées le temps nécessaire": no rule for any data
            label = ""
        table = vocabulary()["data_categories"]
        categories = codes_named(fold(label), table) or codes_named(plain, table)
        rule = p.Retention(
            label=label, text=s.text, duration_value=read.duration.value if read.duration else None,
            duration_unit=read.duration.unit.value if read.duration else None, start_event=read.start_event,
            vague=read.vague, data_category=categories[0] if categories else None,
            sources=(p.Source(s.text, s.start, s.end),),
        )  # fmt: skip
        key = (fold(label), rule.duration_iso, rule.start_event)
        if key in result:
            old = result[key]
            result[key] = p.Retention(**{**old.__dict__, "sources": old.sources + rule.sources})
        else:
            result[key] = rule
    return list(result.values())


def _label(s: Sentence, before: tuple[str, int] | None, plain: str) -> str:
    if s.kind is Kind.ROW and before is not None and before[1] == s.block:
        return before[0]  # the row's first cell
    if before is not None and before[1] in (s.block - 1, s.block):
        return before[0]
    if "cookie" in plain or "traceur" in plain or "tracker" in plain:
        return "Cookies"
    match = SUBJECT.match(s.text)
    if match:
        return match.group(1).rsplit(", ", 1)[-1].strip()
    return ""
