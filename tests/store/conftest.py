"""The store's tests write every register they create from nothing, as the app does: they are about
the file itself (tests/conftest.py gives the other tests copies of one empty register)."""

import pytest


@pytest.fixture
def copied_empty_registers() -> None:
    """Overrides tests/conftest.py's: no copy here."""
