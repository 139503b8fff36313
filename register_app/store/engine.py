"""The SQLAlchemy engine for one register file, with the connection settings a laptop needs.

This is the only module that issues SQLite-specific statements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

# Marks a SQLite file as a register_app register ("RGA1"); a foreign SQLite database has 0 here.
APPLICATION_ID = 0x52474131


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    mode = "ro" if read_only else "rwc"
    return f"sqlite:///file:{path.resolve().as_posix()}?mode={mode}&uri=true"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(sqlite_url(path, read_only=read_only), poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        # A register is a document on a laptop, often in a synced or shared folder. The classic
        # rollback journal keeps the whole register in its one file between transactions (WAL would
        # leave committed data in a side file that sync tools and network shares handle badly),
        # and synchronous=FULL makes each committed edit survive a battery running out.
        cursor.execute("PRAGMA journal_mode = DELETE")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA busy_timeout = 5000")
    finally:
        cursor.close()


def mark_as_register(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
