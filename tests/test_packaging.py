"""What the installers rely on: the third-party notices name every runtime dependency with its
licence, and the Linux desktop files tie *.rgpd files to the app and its icon."""

from __future__ import annotations

import configparser
import importlib.util
import struct
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from register_app.store.register_file import EXTENSION

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture(scope="module")
def notices_tool() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("third_party_notices", ROOT / "packaging" / "third_party_notices.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_the_notices_give_every_installed_runtime_dependency_with_its_licence(notices_tool: ModuleType) -> None:
    names = {dist.metadata["Name"] for dist in notices_tool.runtime_distributions()}
    assert {"PySide6_Essentials", "SQLAlchemy", "openpyxl", "reportlab", "alembic"} <= names
    assert {"pytest", "hypothesis", "mypy", "ruff"}.isdisjoint(names)  # test tools are not shipped
    text = notices_tool.NOTICES.read_text(encoding="utf-8")
    assert notices_tool.missing_from(text) == [], "run: python packaging/third_party_notices.py"


def test_a_dependency_missing_from_the_notices_is_reported(notices_tool: ModuleType) -> None:
    text = notices_tool.NOTICES.read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines() if not line.startswith("SQLAlchemy "))
    assert [item for item in notices_tool.missing_from(without) if item.startswith("SQLAlchemy")]


def test_the_desktop_entry_opens_register_files_with_the_app_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "register-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    mime = ET.parse(LINUX / "register-app-mime.xml").getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None
    assert desktop["Exec"] == "register-app %f"  # the file double-clicked is the first argument
    assert desktop["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    assert [glob.get("pattern") for glob in mime.iter(f"{MIME_NS}glob")] == [f"*{EXTENSION}"]
    icon = mime.find(f"{MIME_NS}icon")
    assert icon is not None and icon.get("name") == desktop["Icon"] == "register-app"


def test_the_icon_pngs_are_square_and_of_their_named_size() -> None:
    pngs = sorted((ROOT / "register_app" / "resources" / "icons").glob("register-app-*.png"))
    assert len(pngs) >= 6
    for png in pngs:
        width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the IHDR chunk
        assert width == height == int(png.stem.rsplit("-", 1)[1])
