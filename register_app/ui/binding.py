"""A guard against a bug of the Qt binding. PySide6 6.12 on Python 3.11 hands Python a None it
never counted each time a wrapped C++ method returns nothing (`QLabel().setText("x")` 20,000
times aborts the interpreter with 'none_dealloc'), so a long session of the app would crash.
Python 3.12 makes None immortal; on older Pythons we do the same by giving None a reference count
no session can exhaust. None is never freed anyway, so this changes nothing else."""

from __future__ import annotations

import ctypes
import sys

import PySide6

REFERENCES = 1 << 48  # about 2.8e14 calls before the count could run out


def needs_guard() -> bool:
    return sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12")


def protect_none() -> bool:
    """Install the guard where the bug exists; returns whether it was installed."""
    if not needs_guard() or sys.getrefcount(None) > REFERENCES // 2:
        return False
    # CPython's object header starts with the reference count (a Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(None)).value += REFERENCES
    return True
