"""One writer per register. A lock file beside the register says who has it open for writing;
a second opening (another instance, another user on a shared folder) gets the register
read-only and is told who holds it. A lock left by a crashed process on this machine is stale
and taken over; one from another machine is respected until that machine releases it."""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> tuple[str, str]:
        """Who holds the lock, in French and English."""
        since = self.since.astimezone()
        return (f"{self.user} sur {self.host} depuis le {since.strftime('%d/%m/%Y à %H:%M')}",
                f"{self.user} on {self.host} since {since.strftime('%Y-%m-%d %H:%M')}")  # fmt: skip


@dataclass
class RegisterLock:
    path: Path
    owner: LockOwner

    def release(self) -> None:
        current = read_owner(self.path)
        if current is not None and (current.host, current.pid) == (self.owner.host, self.owner.pid):
            self.path.unlink(missing_ok=True)


def lock_path(register: Path) -> Path:
    return register.with_name(register.name + ".lock")


def read_owner(path: Path) -> LockOwner | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(str(raw["user"]), str(raw["host"]), int(raw["pid"]), datetime.fromisoformat(raw["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def acquire(register: Path, *, user: str) -> RegisterLock | LockOwner:
    """Take the register's lock, or say who holds it."""
    path = lock_path(register)
    me = LockOwner(user, socket.gethostname(), os.getpid(), datetime.now(UTC))
    for _ in range(2):
        if _create_with_content(path, me):
            return RegisterLock(path, me)
        owner = read_owner(path)
        if owner is not None and not _is_stale(owner):
            return owner
        path.unlink(missing_ok=True)  # stale (its process is gone) or debris: take it over
    return read_owner(path) or LockOwner("?", "?", 0, datetime.now(UTC))


def _create_with_content(path: Path, owner: LockOwner) -> bool:
    """Create the lock file with its content in one step (write a temporary file, then link it
    into place, which fails if the lock exists), so that a crash never leaves an empty lock."""
    content = json.dumps({"user": owner.user, "host": owner.host, "pid": owner.pid, "since": owner.since.isoformat()})
    temporary = path.with_name(f"{path.name}.{owner.pid}.tmp")
    temporary.write_text(content, encoding="utf-8")
    try:
        os.link(temporary, path)
        return True
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: exclusive creation, then the content
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        return True
    finally:
        temporary.unlink(missing_ok=True)


def _is_stale(owner: LockOwner) -> bool:
    return owner.host == socket.gethostname() and not pid_alive(owner.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x00100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) == 0x102)  # WAIT_TIMEOUT: still running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
