"""Sentences of a policy, each with its offsets in the policy's text and the heading of the section
it stands in. A block is cut after '.', '!' or '?' followed by a capital (not after an abbreviation
such as "art." or "ex."), after ';' ending a list item, and before a capitalised connective that
lost its full stop ("… du client Néanmoins, …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from register_app.services.policy.text import NUMBERED_HEADING, Block, Kind, PolicyText
from register_app.services.policy.vocabulary import section_kinds

ABBREVIATIONS = frozenset({"art", "ex", "etc", "cf", "n", "no", "mr", "mrs", "ms", "dr", "m", "mme", "st", "vs",
                           "e.g", "i.e", "al", "inc", "ltd", "co", "p", "pp", "ch", "chap", "fig"})  # fmt: skip
END = re.compile(r"[.!?…]+[»\"”')\]]*\s+(?=[«\"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])")
CONNECTIVE = re.compile(r"(?<=[a-zà-ÿ]) (?=(?:Néanmoins|Toutefois|Cependant|Par ailleurs|However|Nevertheless)\b)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    kind: Kind  # of the block it comes from
    block: int  # the block's index
    heading: str  # the section's heading ("" before the first)


def split_block(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one block's text."""
    cuts = [0]
    for match in END.finditer(text):
        word = re.search(r"([\w.]+)[.!?…]*[»\"”')\]]*\s+$", text[cuts[-1] : match.end()])
        if word and word.group(1).rstrip(".").casefold() in ABBREVIATIONS and text[match.start()] == ".":
            continue
        cuts.append(match.end())
    cuts += [m.end() for m in CONNECTIVE.finditer(text)]
    cuts = sorted(set(cuts))
    spans = []
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            spans.append((start + left, start + right))
    return spans


def sentences(policy: PolicyText) -> list[Sentence]:
    found: list[Sentence] = []
    heading = ""
    for index, block in enumerate(policy.blocks):
        if block.kind is Kind.HEADING and starts_section(block, heading):
            heading = block.text
        for start, end in _spans(block):
            found.append(Sentence(policy.text[block.start + start:block.start + end], block.start + start,
                                  block.start + end, block.kind, index, heading))  # fmt: skip
    return found


def starts_section(block: Block, current: str) -> bool:
    """Whether a heading opens a section: one that says what it is about, is numbered, asks a question
    or has a level; a bare label inside a section ("Cookies" in a table of periods, "12 mois") does not."""
    return (not current or block.level > 0 or bool(section_kinds(block.text)) or block.text.endswith("?")
            or NUMBERED_HEADING.match(block.text) is not None)  # fmt: skip


def _spans(block: Block) -> list[tuple[int, int]]:
    if block.kind is Kind.ROW:  # each cell is read on its own
        spans, offset = [], 0
        for cell in block.text.split("\t"):
            spans += [(offset + s, offset + e) for s, e in split_block(cell)]
            offset += len(cell) + 1
        return spans
    return split_block(block.text)
