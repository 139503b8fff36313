"""Catalogue phrases found in the register's free text (retention criteria, purposes, precisions):
the text is folded (lower case, no accents, one kind of apostrophe, single spaces) and each phrase is
matched as whole words, a trailing `*` standing for any ending ("unsubscri*"). A phrase denied just
before ("sans biométrie", "no profiling") is not mentioned."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# Before dropping what is not ASCII: ligatures spelt out, every apostrophe made one.
SPELT = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "ʼ": "'", "`": "'"})
SPACES = re.compile(r"\s+")
NEVER = re.compile(r"(?!)")
# A negation at most three words before the phrase: "sans recours à la biométrie", "without any tracking".
DENIED = re.compile(r"(?:\b(?:sans|aucune?|ni|without|no|not|non)|\bpas d(?:e\b|'))(?:[\s'-]+\w+){0,3}[\s'-]*$")


@functools.lru_cache(maxsize=8192)  # the same purposes and criteria are read by several rules
def folded(text: str, limit: int) -> str:
    """The first `limit` characters of the text, folded for matching (as services.text.fold, with the
    accents' base letters kept and other non-ASCII signs dropped, in C rather than character by
    character): bounded, so that a pasted page cannot make a check slow."""
    decomposed = unicodedata.normalize("NFKD", text[:limit].translate(SPELT))
    return SPACES.sub(" ", decomposed.encode("ascii", "ignore").decode("ascii").casefold()).strip()


@functools.cache
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = [
        re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) + r"\b"
        for p in sorted(phrases, key=len, reverse=True)
        if p.strip("*")
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + ")") if parts else NEVER


_by_list: dict[int, tuple[object, re.Pattern[str]]] = {}


def terms_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One compiled pattern for a list of folded phrases (longest first, so the most precise wins).
    A catalogue's list is looked up by identity, without hashing its phrases at every call."""
    kept = _by_list.get(id(phrases))
    if kept is not None and kept[0] is phrases:
        return kept[1]
    pattern = _pattern(tuple(phrases))
    if isinstance(phrases, list | tuple):
        _by_list[id(phrases)] = (phrases, pattern)  # the list is kept, so its id is not reused
    return pattern


def mentions(text: str, phrases: Iterable[str]) -> bool:
    """Whether the folded text names one of the phrases, other than to deny it."""
    return any(
        not DENIED.search(text, max(0, m.start() - 40), m.start()) for m in terms_pattern(phrases).finditer(text)
    )
