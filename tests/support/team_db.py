"""Team registers need a PostgreSQL server: REGISTER_APP_TEST_PG names one by an administrator's URL
(postgresql://postgres@localhost:55432/postgres; .ci/run starts a throwaway cluster and sets it).
The fixtures are in tests/team/conftest.py."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

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


