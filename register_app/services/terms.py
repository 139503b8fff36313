"""Catalogue phrases found in the register's free text (retention criteria, purposes, precisions):
the text is folded (lower case, no accents, one kind of apostrophe, single spaces) and each phrase is
matched as whole words, a trailing `*` standing for any ending ("unsubscri*"). A phrase denied just
before ("sans biométrie", "no profiling") is not mentioned."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from register_app.services.text import fold

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
SPACES = re.compile(r"\s+")
NEVER = re.compile(r"(?!)")
# A negation at most three words before the phrase: "sans recours à la biométrie", "without any tracking".
DENIED = re.compile(r"(?:\b(?:sans|aucune?|ni|without|no|not|non)|\bpas d(?:e\b|'))(?:[\s'-]+\w+){0,3}[\s'-]*$")


def folded(text: str, limit: int) -> str:
    """The first `limit` characters of the text, folded for matching: bounded, so that a pasted page
    cannot make a check slow."""
    return SPACES.sub(" ", fold(text[:limit]).translate(APOSTROPHES)).strip()


@functools.cache
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = [
        re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) + r"\b"
        for p in sorted(phrases, key=len, reverse=True)
        if p.strip("*")
    ]
    return re.compile(r"\b(?:" + "|".join(parts) + ")") if parts else NEVER


def terms_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One compiled pattern for a list of folded phrases (longest first, so the most precise wins)."""
    return _pattern(tuple(phrases))


def mentions(text: str, phrases: Iterable[str]) -> bool:
    """Whether the folded text names one of the phrases, other than to deny it."""
    return any(
        not DENIED.search(text, max(0, m.start() - 40), m.start()) for m in terms_pattern(phrases).finditer(text)
    )
