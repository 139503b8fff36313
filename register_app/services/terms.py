"""Catalogue phrases found in the register's free text (retention criteria, purposes, precisions):
the text is folded (lower case, no accents, one kind of apostrophe, single spaces) and each phrase is
matched as whole words, a trailing `*` standing for any ending ("unsubscri*")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from register_app.services.text import fold

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
SPACES = re.compile(r"\s+")
NEVER = re.compile(r"(?!)")


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
    """Whether the folded text names one of the phrases."""
    return terms_pattern(phrases).search(text) is not None
