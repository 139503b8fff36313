"""Processes that write to a register until they are killed, reporting each write only after it
was committed (used by the crash-safety tests)."""

from __future__ import annotations

import os
from pathlib import Path

from register_app.services import activities
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.interchange import import_document
from register_app.store.register_file import open_register

BATCH = 12


def write_edits(path: str, progress: str, start: int) -> None:
    register = open_register(Path(path), author="crash")
    fd = os.open(progress, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    n = start
    while True:
        activities.create_activity(register, data=r.ActivityInput(name=f"edit-{n}", notes="é" * 200))
        os.write(fd, f"{n}\n".encode())
        n += 1


def write_imports(path: str, progress: str, start: int) -> None:
    register = open_register(Path(path), author="crash")
    fd = os.open(progress, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    n = start
    while True:
        import_document(register, batch_document(n))
        os.write(fd, f"{n}\n".encode())
        n += 1


def batch_document(n: int) -> RegisterDocument:
    from datetime import UTC, datetime

    now = datetime(2025, 1, 1, tzinfo=UTC)
    return RegisterDocument(
        activities=tuple(
            r.Activity(uid=f"batch-{n}-{i}", created_at=now, updated_at=now, reference=f"B{n}-{i}",
                       name=f"batch-{n}-{i}", description="x" * 500)
            for i in range(BATCH)
        )
    )  # fmt: skip
