"""Team registers need a PostgreSQL server: REGISTER_APP_TEST_PG names one by an administrator's URL
(postgresql://postgres@localhost:55432/postgres; .ci/run starts a throwaway cluster and sets it).
Without it the tests using these fixtures are skipped, saying why; with it set but the server
unreachable they fail in CI and are skipped elsewhere. Each test gets a database (and roles) of its
own, dropped after. A plugin of tests/conftest.py, so that any test folder can use `team_db`."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

ENV = "REGISTER_APP_TEST_PG"


@dataclass(frozen=True)
class TeamDatabase:
    admin_url: str  # the administrator's URL, on the admin database
    name: str

    def url(self, user: str | None = None) -> str:
        """The database's URL, as the administrator or as `user` (a login role made by `login`)."""
        url = make_url(self.admin_url).set(database=self.name)
        if user is not None:
            url = url.set(username=user, password=None)
        return url.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://")

    def login(self, role: str) -> str:
        """A login role of this test (dropped after it), named after the database; returns its name."""
        name = f"{self.name}_{role}"
        admin(self.admin_url, f'CREATE ROLE "{name}" LOGIN')
        return name


def admin(url: str, *statements: str) -> None:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


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
