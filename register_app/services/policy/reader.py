"""Read a privacy policy from .txt, .md, .html, .pdf or .docx into a PolicyText, keeping headings,
list items and table rows as blocks. Bounded: files over MAX_BYTES are refused, and a file that
cannot be read is one sentence, never a traceback."""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from register_app.errors import UserError
from register_app.services.policy.text import MAX_CHARS, Kind, PolicyText, build, from_lines

MAX_BYTES = 30_000_000
MAX_PAGES = 600
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")  # markup left in a text export


class PolicyUnreadableError(UserError):
    """{path} cannot be read as a privacy policy ({why})."""

    fr = "{path} ne peut pas être lu comme une politique de confidentialité ({why})."


class PolicyFormatError(UserError):
    """{path}: a privacy policy is read from a .txt, .md, .html, .pdf or .docx file."""

    fr = "{path} : une politique de confidentialité se lit depuis un fichier .txt, .md, .html, .pdf ou .docx."


def read_policy(path: Path) -> PolicyText:
    """The policy's text and structure, whatever its format (chosen by the file's extension)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise PolicyFormatError(path=path)
    try:
        size = path.stat().st_size
    except OSError:
        raise PolicyUnreadableError(path=path, why=("fichier introuvable", "file not found")) from None
    if size > MAX_BYTES:
        raise PolicyUnreadableError(path=path, why=("fichier trop volumineux", "file too large"))
    try:
        policy = reader(path)
    except UserError:
        raise
    except Exception as error:  # a damaged file: whatever its library raises, one sentence
        raise PolicyUnreadableError(path=path, why=("fichier endommagé ou d'un autre format",
                                                    "damaged file, or of another format")) from error  # fmt: skip
    if not policy.blocks:
        raise PolicyUnreadableError(path=path, why=("aucun texte", "no text"))
    return policy


def read_text(path: Path) -> PolicyText:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if "\x00" in text[:4096]:
        raise ValueError("binary file")
    return from_lines(HTML_TAG.sub(" ", text[:MAX_CHARS]).splitlines(), path.name)


def read_pdf(path: Path) -> PolicyText:
    log = logging.getLogger("pypdf")  # its complaints about a damaged file are ours to say, in one sentence
    level = log.level
    log.setLevel(logging.CRITICAL)  # for its modules' loggers too
    try:
        return _read_pdf(path)
    finally:
        log.setLevel(level)


def _read_pdf(path: Path) -> PolicyText:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise PolicyUnreadableError(path=path, why=("PDF protégé par un mot de passe", "password-protected PDF"))
    lines: list[str] = []
    for page in reader.pages[:MAX_PAGES]:
        lines.extend(_pdf_lines(page.extract_text() or ""))
        lines.append("")
        if sum(map(len, lines)) > MAX_CHARS:
            break
    return from_lines(lines, path.name)


def _pdf_lines(page: str) -> Iterator[str]:
    """A PDF page's lines, a blank line after each that ends a paragraph (a sentence's end, or a line
    much shorter than the page's), so that wrapped paragraphs join again."""
    lines = [line.strip() for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    for line in lines:
        yield line
        if line[-1:] in ".!?:" or len(line) < 0.6 * width:
            yield ""


def read_docx(path: Path) -> PolicyText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(path):
        raise ValueError("not a zip")
    document = docx.Document(str(path))
    parts: list[tuple[Kind, str, int]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            level = re.search(r"(\d)$", style)
            if style.startswith("Heading") or style.startswith("Titre") or style == "Title":
                parts.append((Kind.HEADING, item.text, int(level.group(1)) if level else 1))
            elif "List" in style or "Liste" in style or (item._p.pPr is not None and item._p.pPr.numPr is not None):
                parts.append((Kind.ITEM, item.text, 0))
            else:
                parts.append((Kind.PARAGRAPH, item.text, 0))
        elif isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                parts.append((Kind.ROW, "\t".join(dict.fromkeys(c for c in cells if c)), 0))
    return build(parts, path.name)


class _Html(HTMLParser):
    HEADINGS: ClassVar[dict[str, int]] = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
    BLOCKS: ClassVar[set[str]] = {"p", "div", "section", "article", "li", "tr", "br", "dt", "dd", "blockquote",
                                  "table", "ul", "ol", "header", "footer", "main", "td", "th", *HEADINGS}  # fmt: skip
    SKIPPED: ClassVar[set[str]] = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[Kind, str, int]] = []
        self.buffer: list[str] = []
        self.kind, self.level, self.skip = Kind.PARAGRAPH, 0, 0
        self.cells: list[str] | None = None

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if text:
            if self.cells is not None:
                self.cells.append(text)
            else:
                self.parts.append((self.kind, text, self.level))
        self.kind, self.level = Kind.PARAGRAPH, 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skip += 1
        elif tag in self.BLOCKS:
            self.flush()
            if tag in self.HEADINGS:
                self.kind, self.level = Kind.HEADING, self.HEADINGS[tag]
            elif tag == "li":
                self.kind = Kind.ITEM
            elif tag == "tr":
                self.cells = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.flush()
            if tag in ("tr", "table") and self.cells is not None:
                if self.cells:
                    self.parts.append((Kind.ROW, "\t".join(self.cells), 0))
                self.cells = None

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.buffer.append(data)


def read_html(path: Path) -> PolicyText:
    raw = path.read_bytes()[: MAX_CHARS * 4]
    parser = _Html()
    parser.feed(raw.decode("utf-8", errors="replace"))
    parser.close()
    parser.flush()
    return build(parser.parts, path.name)


READERS: dict[str, Callable[[Path], PolicyText]] = {
    ".txt": read_text, ".md": read_text, ".markdown": read_text, ".html": read_html, ".htm": read_html,
    ".pdf": read_pdf, ".docx": read_docx,
}  # fmt: skip
