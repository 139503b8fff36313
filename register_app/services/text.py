"""Text helpers shared by search and validation."""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _without_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Lower-case, accent-free form used for search: 'Données' and 'DONNEES' both give 'donnees'.
    Only the characters outside ASCII are looked at one by one (an activity's search text is
    folded at each save: thousands of characters, a few of them accented)."""
    if text.isascii():
        return text.casefold()
    return _NOT_ASCII.sub(_without_mark, unicodedata.normalize("NFKD", text)).casefold()


def search_terms(query: str) -> list[str]:
    return [term for term in fold(query).split() if term]
