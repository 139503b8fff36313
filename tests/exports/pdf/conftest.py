"""The demo register's dossiers, built once for the PDF tests, and poppler's tools to read them."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.engines import copy_register

from register_app.exports.pdf.document import export_pdf
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import open_register

POPPLER = ("pdftotext", "pdffonts", "pdftoppm")


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> Iterator[r.Snapshot]:
    folder = tmp_path_factory.mktemp("pdf-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        register = open_register(copy_register(demo_by("tests"), folder / "demo.rgpd"), author="tests")
        try:
            yield take_snapshot(register)
        finally:
            register.close()


@pytest.fixture(scope="session")
def demo_pdfs(demo_snapshot: r.Snapshot, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo dossier as files: 'fr' and 'en' (full register), 'extract' (Art. 30 extract, French)."""
    folder = tmp_path_factory.mktemp("pdf-out")
    made = {"fr": (Profile.FULL, "fr"), "en": (Profile.FULL, "en"), "extract": (Profile.EXTRACT, "fr")}
    paths = {}
    for name, (profile, lang) in made.items():
        paths[name] = folder / f"demo-{name}.pdf"
        export_pdf(demo_snapshot, paths[name], profile, lang)  # type: ignore[arg-type]
    return paths


@pytest.fixture(scope="session")
def poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: apt-get install poppler-utils")


def run(*command: str | Path) -> str:
    return subprocess.run([str(c) for c in command], check=True, capture_output=True, text=True).stdout


def page_texts(pdf: Path) -> list[str]:
    """Each page's text in drawing order (index 0 is page 1): a table cell's lines stay together,
    where a layout-preserving reading would interleave the columns."""
    return [page.extract_text() for page in PdfReader(pdf).pages]


def flat(value: str) -> str:
    """Text with every run of white space (line breaks, no-break spaces) as one space."""
    return " ".join(value.replace("\u00a0", " ").split())
