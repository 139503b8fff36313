"""The policy vocabulary (vocabulary.json) and the matching of its phrases in a sentence, through the
same folding and whole-word matching as the register's own catalogue phrases (services.terms)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from register_app.services.terms import folded, mentions, terms_pattern

MAX_SENTENCE = 4000  # a sentence longer than this is read in its first characters only
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


@functools.cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(__file__).with_name("vocabulary.json").read_text(encoding="utf-8"))
    return data


def fold(text: str) -> str:
    """A sentence folded for matching, web addresses left out ("https://…" is no HTTPS measure)."""
    return folded(URL.sub(" ", text), MAX_SENTENCE)


def names(plain: str, phrases: list[str]) -> bool:
    """Whether the folded text names one of the phrases, other than to deny it."""
    return mentions(plain, phrases)


def first(plain: str, phrases: list[str]) -> re.Match[str] | None:
    return terms_pattern(phrases).search(plain)


def codes_named(plain: str, table: dict[str, list[str]]) -> list[str]:
    """The codes of a {code: phrases} table whose phrases the folded text names, in the table's order."""
    return [code for code, phrases in table.items() if mentions(plain, phrases)]


def section_kinds(heading: str) -> frozenset[str]:
    """What a section is about, from its heading ("7. FINALITES ET BASE LEGALE": purposes)."""
    plain = fold(heading)
    return frozenset(kind for kind, phrases in vocabulary()["sections"].items() if first(plain, phrases))
