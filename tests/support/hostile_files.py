"""Small generators of hostile import files (nothing stored in the repository), and a way to import
one in a fresh process and read its peak memory."""

from __future__ import annotations

import io
import os
import random
import resource
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from support.engines import location

REPO = Path(__file__).resolve().parents[2]
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def ods(path: Path, content: bytes | Iterator[bytes]) -> Path:
    """An .ods whose content.xml is `content` (or its chunks, written as they come)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", ODS_MIME, compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", b'<manifest:manifest xmlns:manifest="urn:x"/>')
        with archive.open("content.xml", "w", force_zip64=True) as member:
            for chunk in [content] if isinstance(content, bytes) else content:
                member.write(chunk)
    return path


def spreadsheet(rows: str) -> bytes:
    return (f'<?xml version="1.0"?><office:document-content {NS}><office:body><office:spreadsheet>'
            f'<table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body>'
            "</office:document-content>").encode()  # fmt: skip


def entity_bomb(path: Path) -> Path:
    """'Billion laughs': ten levels of entities each ten times the one below."""
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = spreadsheet("<table:table-row><table:table-cell><text:p>&l9;</text:p></table:table-cell></table:table-row>")
    return ods(path, body.replace(b"?>", f"?><!DOCTYPE d [{entities}]>".encode(), 1))


def external_entity(path: Path) -> Path:
    row = "<table:table-row><table:table-cell><text:p>&secret;</text:p></table:table-cell></table:table-row>"
    doctype = b'?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    return ods(path, spreadsheet(row).replace(b"?>", doctype, 1))


FILLED = "<table:table-cell><text:p>x{}</text:p></table:table-cell>"
EMPTY = '<table:table-cell table:style-name="c{}"/>'


def expanding_ods(path: Path, megabytes: int, *, filled: bool) -> Path:
    """A few MB on disk whose content.xml is `megabytes` MB once uncompressed: rows of cells with
    random style names (so it compresses about as well as a real file), holding a text or empty."""
    rng = random.Random(15)

    def chunks() -> Iterator[bytes]:
        head, tail = spreadsheet("|").split(b"|")
        yield head
        cell = FILLED if filled else EMPTY
        written = 0
        while written < megabytes * 1024 * 1024:
            data = "".join(
                f"<table:table-row>{cell.format(rng.getrandbits(24))}</table:table-row>" for _ in range(5000)
            ).encode()
            written += len(data)
            yield data
        yield tail

    return ods(path, chunks())


def xlsx_with(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """A small valid workbook with one member's bytes changed."""
    book = openpyxl.Workbook()
    book.active.append(["Nom", "Finalité"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item.filename, change(data) if item.filename == member else data)
    return path


def bad_crc(path: Path) -> Path:
    """A workbook whose sheet is stored uncompressed and altered afterwards, so its CRC no longer matches."""
    xlsx_with(path, "", bytes)  # no member changed
    with zipfile.ZipFile(path) as source:
        members = [(item, source.read(item.filename)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for item, data in members:
            target.writestr(item.filename, data, compress_type=zipfile.ZIP_STORED)
    raw = path.read_bytes()
    at = raw.index(b"Finalit")
    path.write_bytes(raw[:at] + b"G" + raw[at + 1 :])
    return path


def ole(path: Path, *, encrypted: bool) -> Path:
    """An OLE container's first bytes and a directory entry: 'EncryptionInfo' (an encrypted .xlsx) or 'Workbook'."""
    name = ("EncryptionInfo" if encrypted else "Workbook").encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + name + b"\0" * 2048)
    return path


@dataclass(frozen=True)
class Outcome:
    status: int
    stderr: str
    seconds: float
    peak_mb: float
    cpu_seconds: float  # the child's user and system time: what the wall time is on an idle machine


# The peak of this process's own memory: VmHWM (ru_maxrss would also count the pages of the pytest
# process it was forked from, which Linux keeps accounting for across exec).
CHILD = (
    "import resource, sys\n"
    "from register_app.cli import main\n"
    "status = main(sys.argv[1:])\n"
    "try:\n"
    "    status_lines = open('/proc/self/status').read().splitlines()\n"
    "    peak = next(int(x.split()[1]) for x in status_lines if x.startswith('VmHWM:'))\n"
    "except OSError:\n"
    "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print('peak-kb', peak, file=sys.stderr)\n"
    "sys.exit(status)\n"
)


def import_in_child(target: Path, source: Path) -> Outcome:
    """`register-app import TARGET SOURCE` in a fresh Python, with its time and peak resident memory."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    args = [sys.executable, "-c", CHILD, "import", str(location(target)), str(source)]
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    seconds = time.perf_counter() - started
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = now.ru_utime - used.ru_utime + now.ru_stime - used.ru_stime
    lines = done.stderr.splitlines()
    peak = [int(line.split()[1]) for line in lines if line.startswith("peak-kb ")]
    stderr = "\n".join(line for line in lines if not line.startswith("peak-kb "))
    return Outcome(done.returncode, stderr, seconds, peak[0] / 1024 if peak else float("inf"), cpu)
