"""Text helpers shared by search and validation."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, accent-free form used for search: 'Données' and 'DONNEES' both give 'donnees'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_terms(query: str) -> list[str]:
    return [term for term in fold(query).split() if term]
