"""The team-register tests' server and databases (support/team_db.py): without REGISTER_APP_TEST_PG
these tests are skipped, saying why; with it set but the server unreachable they fail in CI and are
skipped elsewhere. Each test gets a database (and roles) of its own, dropped after."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from support.team_db import ENV, TeamDatabase, admin


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server for the team-register tests: set {ENV} to an administrator's URL "
                    "(postgresql://postgres@localhost:55432/postgres); .ci/run does")  # fmt: skip
    try:
        admin(url, "SELECT 1")
    except OperationalError as exc:
        message = f"{ENV}={make_url(url).render_as_string()} cannot be reached: {exc.orig}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture
def team_db(pg_admin_url: str) -> Iterator[TeamDatabase]:
    database = TeamDatabase(pg_admin_url, f"rt_{uuid.uuid4().hex[:12]}")
    admin(pg_admin_url, f'CREATE DATABASE "{database.name}"')
    try:
        yield database
    finally:
        admin(pg_admin_url, f'DROP DATABASE "{database.name}" WITH (FORCE)')
        engine = create_engine(make_url(pg_admin_url).set(drivername="postgresql+psycopg"))
        with engine.connect() as connection:
            roles = connection.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                       {"p": f"{database.name}_%"}).all()  # fmt: skip
        engine.dispose()
        admin(pg_admin_url, *(f'DROP ROLE "{role}"' for role in roles))
