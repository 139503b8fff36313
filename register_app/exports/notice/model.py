"""The notice's content as a small tree of frozen dataclasses that every renderer walks: sections
of paragraphs, bulleted lists, sub-headings and tables, made of runs of text. A run may be a
placeholder: a fact the register lacks, shown as such, never made up."""

from __future__ import annotations

from dataclasses import dataclass

from register_app.domain.catalogues import Lang


@dataclass(frozen=True)
class Run:
    text: str
    placeholder: bool = False
    strong: bool = False


Inline = tuple[Run, ...]


@dataclass(frozen=True)
class Paragraph:
    runs: Inline


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    """A table whose first column heads its row (the data a retention period applies to)."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]


Block = Paragraph | Subheading | Bullets | Table


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Notice:
    """A whole notice: `missing` lists, in the notice's language, each fact it still lacks."""

    lang: Lang
    organisation: str
    title: str
    subtitle: str
    updated: str
    intro: Inline
    sections: tuple[Section, ...]
    missing: tuple[str, ...]

    def plain_text(self) -> str:
        """Every word of the notice, one block a line (for previews and tests)."""
        lines = [self.title, self.subtitle, self.updated, inline_text(self.intro)]
        for section in self.sections:
            lines.append(section.title)
            for block in section.blocks:
                lines.extend(block_lines(block))
        return "\n".join(lines)


def inline_text(runs: Inline) -> str:
    return "".join(run.text for run in runs)


def block_lines(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [inline_text(block.runs)]
    if isinstance(block, Subheading):
        return [block.text]
    if isinstance(block, Bullets):
        return [inline_text(item) for item in block.items]
    return [block.caption, " | ".join(block.header), *(" | ".join(inline_text(c) for c in row) for row in block.rows)]
