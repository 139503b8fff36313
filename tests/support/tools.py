"""External programs some tests need (LibreOffice, poppler). A developer without them gets a skip;
CI, whose test command installs them, fails instead, so a broken install cannot pass silently."""

from __future__ import annotations

import os
import shutil

import pytest


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing in CI: scripts/system-packages should have installed {package}")
    pytest.skip(f"needs {name} (apt-get install {package})")
