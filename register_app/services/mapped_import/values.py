"""Cell values read as the register's codes where they can be — legal bases cited as 'Art. 6(1)(c)',
'6.1.b', 'consent' or 'Einwilligung'; data subjects and categories by the catalogues' labels and other
registers' words (`words.json`) — and kept as text where they cannot."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from register_app.domain.catalogues import LEGAL_BASES, TRANSFER_TOOLS, catalogue
from register_app.services.placeholders import is_placeholder, says_no, says_yes
from register_app.services.xlsx_import.matching import key, tool_code

ITEM_SPLIT = re.compile(r"\s*(?:\n|;|•|\u2022|\|)\s*")
COMMA_SPLIT = re.compile(r"\s*,\s*")
# 'Art. 6(1)(c)', 'Art. 6 Abs. 1 lit. c DSGVO', '6.1.b', 'article 6-1-e', '6 (1) f'
ART6 = re.compile(r"\b6\s*(?:\(\s*1\s*\)|[.\-/ ]\s*1\b|\s*abs\.?\s*1)\s*"
                  r"(?:\(\s*([a-f])\s*\)|[.\-/ ]?\s*(?:lit\.?\s*|point\s*)?([a-f])\b)", re.IGNORECASE)  # fmt: skip
# Words around a citation that say nothing more: 'Art. 6(1)(b) RGPD' is the basis and nothing else.
CITATION_WORDS = frozenset({"art", "article", "artikel", "gdpr", "rgpd", "dsgvo", "ds", "gvo", "uk", "eu", "ue",
                            "du", "de", "der", "of", "the", "lit", "abs", "al", "and", "et", "und"})  # fmt: skip


@functools.cache
def _words() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(__file__).with_name("words.json").read_text(encoding="utf-8"))
    return data


def text_of(value: Any) -> str:
    """A cell's text: lists one item a line, booleans as yes/no, numbers without '.0'."""
    if isinstance(value, list):
        return "\n".join(t for t in (text_of(v) for v in value) if t)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def items(value: Any, *, commas: bool = True) -> list[str]:
    """The items a cell lists: a list's elements, lines, or parts between ';' (and ',' with `commas`);
    'not applicable' values are left out."""
    parts = [text_of(v) for v in value] if isinstance(value, list) else ITEM_SPLIT.split(text_of(value))
    if commas:
        parts = [p for part in parts for p in COMMA_SPLIT.split(part)]
    return [p.strip(" -*\t") for p in parts if p.strip(" -*\t") and not is_placeholder(p)]


def yes_no(value: Any) -> bool | None:
    """True for 'Ja', 'Oui', 'Yes', 'X', true; False for 'Nein', 'Non', 'No', false; None otherwise."""
    if isinstance(value, bool):
        return value
    text = text_of(value)
    if says_yes(text) or key(text) in ("ja", "required", "requise", "requis", "erforderlich"):
        return True
    if says_no(text) or key(text) in ("nein", "not required", "non requise", "nicht erforderlich"):
        return False
    return None


@functools.cache
def _letters() -> dict[str, str]:
    """'a' -> 'consent'... read from the catalogue's own references ('GDPR Art. 6(1)(a)')."""
    found = {}
    for entry in catalogue(LEGAL_BASES):
        match = re.search(r"\(([a-f])\)\s*$", str(entry.get("ref_en", "")))
        if match:
            found[match.group(1)] = entry.code
    return found


@functools.lru_cache(maxsize=4096)
def legal_bases(text: str) -> tuple[str, ...]:
    """Every Art. 6(1) basis the text cites, by letter or by name, in order, without repeats."""
    found: list[tuple[int, str]] = []
    for match in ART6.finditer(text):
        letter = (match.group(1) or match.group(2)).lower()
        if letter in _letters():
            found.append((match.start(), _letters()[letter]))
    folded = key(text)
    for entry in catalogue(LEGAL_BASES):
        for word in (*_words()["legal_bases"].get(entry.code, ()), key(entry.fr), key(entry.en)):
            at = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
            if at:
                found.append((10_000 + at.start(), entry.code))
                break
    return tuple(dict.fromkeys(code for _, code in sorted(found)))


def says_more(text: str, codes: tuple[str, ...]) -> bool:
    """Whether a legal-basis cell says more than the bases it cites (a law, an explanation): then its
    text is kept beside the codes."""
    rest = key(ART6.sub(" ", text))
    for code in codes:
        entry = catalogue(LEGAL_BASES).get(code)
        for word in (*_words()["legal_bases"].get(code, ()), *((key(entry.fr), key(entry.en)) if entry else ())):
            rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest)
    return any(w not in CITATION_WORDS for w in re.findall(r"[^\W\d_]{2,}", rest))


@functools.cache
def label_keys(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each catalogue entry's code and its French and English labels, compared as `key` gives them."""
    return tuple((e.code, tuple(k for k in (key(e.fr), key(e.en)) if k)) for e in catalogue(name))


@functools.lru_cache(maxsize=8192)  # registers repeat the same few words on every row
def code_for(name: str, text: str) -> str | None:
    """The catalogue code `text` names: a label (or its start) in French or English, or a word other
    registers use for it."""
    wanted = key(text)
    for code, labels in label_keys(name):  # the label itself, or the text starting with it ('Clients B2B')
        if code != "other" and any(wanted == k or wanted.startswith(k + " ") for k in labels):
            return code
    for candidate, words in _words().get(name, {}).items():
        if wanted in words or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", wanted) for w in words if len(w) > 3):
            return str(candidate)
    return None


@functools.cache
def _tool_abbreviations() -> dict[str, str]:
    """'scc' -> 'scc', 'cct' -> 'scc', 'bcr' -> 'bcr': the abbreviations the catalogue's labels give in
    brackets ('Clauses contractuelles types (CCT)', 'Standard contractual clauses (SCCs)')."""
    found = {}
    for entry in catalogue(TRANSFER_TOOLS):
        for label in (entry.fr, entry.en):
            for short in re.findall(r"\(([A-Za-z]{2,6})\)", label):
                found[short.lower().removesuffix("s")] = entry.code
    return found


def transfer_tool(text: str) -> str | None:
    """The transfer tool a safeguard cell names: a label of the CNIL list or the catalogue, or its
    abbreviation ('SCC', 'CCT', 'BCRs')."""
    return tool_code(text) or _tool_abbreviations().get(key(text).removesuffix("s"))
