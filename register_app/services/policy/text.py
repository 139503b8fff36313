"""A policy as the readers give it: one text, and the blocks (headings, list items, table rows,
paragraphs) it is made of, each with its offsets in that text. Every format ends here, so the
extraction never knows which file the policy came from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

MAX_CHARS = 2_000_000  # about 600 pages: beyond that the file is not a privacy policy

SPACES = re.compile(r"[ \u00a0\u202f\u2009\u200b\r\f\v]+")
EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
BULLET = re.compile(r"^\s*(?:[-–—•●▪◦·*+]|\.(?=\s)|\(?[a-z]\)|\d{1,2}[.)](?!\d))\s+", re.IGNORECASE)
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?=\s+[A-ZÀ-Þ])|[IVX]{1,5}\.|[Aa]rticle \d+)\s+\S")
TOC_ROW = re.compile(r"^[\dIVX.]+\t[^\t]+\t\d{1,3}$")
TOC_LINE = re.compile(r"\s\d{1,3}\s*$")  # "7. FINALITES ET BASE LEGALE 6": a table of contents


class Kind(StrEnum):
    HEADING = "heading"
    ITEM = "item"
    ROW = "row"  # a table row: its cells are joined by a tab
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Block:
    kind: Kind
    text: str
    start: int  # offsets of `text` in PolicyText.text
    end: int
    level: int = 0  # a heading's level (1 the highest) when the format says it

    @property
    def cells(self) -> list[str]:
        return [c.strip() for c in self.text.split("\t") if c.strip()]


@dataclass(frozen=True)
class PolicyText:
    text: str
    blocks: tuple[Block, ...]
    source: str = ""  # the file's name, for the history and the proposals


def clean(line: str) -> str:
    """One line's text: emphasis marks dropped, spaces collapsed (tabs, the cells' separator, kept)."""
    line = EMPHASIS.sub("", line)
    return "\t".join(SPACES.sub(" ", cell).strip() for cell in line.split("\t")).strip("\t ")


def build(parts: Iterable[tuple[Kind, str, int]], source: str = "") -> PolicyText:
    """The policy from its blocks in order (kind, raw text, heading level): the text is the blocks'
    cleaned texts, one per line with an empty line between paragraphs."""
    chunks: list[str] = []
    blocks: list[Block] = []
    size = 0
    for given, raw, level in parts:
        kind = given
        text = clean(raw)
        if not text:
            continue
        if blocks:
            chunks.append("\n")
            size += 1
        if "\t" in text:  # a table row, or a line of a table of contents ("7.  FINALITES  6"): a heading
            kind = Kind.HEADING if TOC_ROW.match(text) else Kind.ROW
        blocks.append(Block(kind, text, size, size + len(text), level))
        chunks.append(text)
        size += len(text)
        if size > MAX_CHARS:
            break
    return PolicyText("".join(chunks), tuple(blocks), source)


def line_kind(line: str, previous_blank: bool, next_blank: bool) -> tuple[Kind, str, int]:
    """What a line of plain text (a .txt, a PDF page) is: a list item (its bullet dropped), a heading
    (short, standing alone, without a sentence's end, or numbered, or a question), a table row or
    a paragraph."""
    stripped = line.strip()
    markdown = re.match(r"^(#{1,6})\s+(.*)$", stripped)
    if markdown:
        return Kind.HEADING, markdown.group(2), len(markdown.group(1))
    if "\t" in stripped:
        return Kind.ROW, stripped, 0
    bullet = BULLET.match(stripped)
    if bullet and not NUMBERED_HEADING.match(stripped):
        return Kind.ITEM, stripped[bullet.end() :], 0
    plain = EMPHASIS.sub("", stripped)
    short = len(plain) <= 90 and previous_blank and next_blank
    if short and (NUMBERED_HEADING.match(plain) or plain.endswith("?") or _looks_like_title(plain)):
        return Kind.HEADING, plain, 0
    if bullet:  # "1. Cookies techniques" not alone on its line: an item of a numbered list
        return Kind.ITEM, stripped[bullet.end() :], 0
    return Kind.PARAGRAPH, stripped, 0


def _looks_like_title(text: str) -> bool:
    if text[-1:] in ".;,:" or TOC_LINE.search(text):
        return False
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7
    return upper or len(words) <= 8


def from_lines(lines: Iterable[str], source: str = "") -> PolicyText:
    """Plain text, one block per line (lines of a wrapped paragraph are joined when the first does
    not end a sentence and the next starts in lower case)."""
    raw = [line.rstrip() for line in lines]
    parts: list[tuple[Kind, str, int]] = []
    for i, line in enumerate(raw):
        if not line.strip():
            continue
        previous_blank = i == 0 or not raw[i - 1].strip()
        next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
        kind, text, level = line_kind(line, previous_blank, next_blank)
        if (parts and kind is Kind.PARAGRAPH and not previous_blank and text[:1].islower()
                and parts[-1][0] in (Kind.PARAGRAPH, Kind.ITEM) and parts[-1][1][-1:] not in ".!?:;"):  # fmt: skip
            last = parts.pop()
            text, kind = f"{last[1]} {text}", last[0]
        parts.append((kind, text, level))
    return build(parts, source)
