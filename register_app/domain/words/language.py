"""Choosing between the French and the English of a text, and French typography around a colon:
the one place that chooses between the two languages."""

from __future__ import annotations

from typing import Literal

Lang = Literal["fr", "en"]
Pair = tuple[str, str]  # (French, English)
Text = str | Pair  # a text the same in both languages, or its (French, English) pair


def pick(text: Text, lang: str, **values: object) -> str:
    """The text in `lang` ("fr" or "en"), with `values` filled in when given."""
    chosen = (text[0] if lang == "fr" else text[1]) if isinstance(text, tuple) else text
    return chosen.format(**values) if values else chosen


def colon(label: str, value: str, lang: str) -> str:
    """'Label : value' in French typography (space before the colon), 'Label: value' in English."""
    return pick((f"{label} : {value}", f"{label}: {value}"), lang)
