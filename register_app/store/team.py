"""Team registers: a register kept in a PostgreSQL database, named by a URL
(postgresql://user@host/database?sslmode=verify-full) wherever a register file is accepted.

The schema is the file format's, made by the same Alembic revisions. Two roles per database say who
may do what: `<database>_editors` read and write the register, `<database>_readers` only read it (a
reader's register opens read-only, as a file whose lock another writer holds). The DBA makes people
members of them (`GRANT <database>_editors TO alice`), or `register-app team init --editor alice`
does. There is no lock file: concurrent editors are the database's business."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError, SQLAlchemyError

from register_app.errors import NewerRegisterError, UserError
from register_app.store.schema import head_revision, known_revisions, upgrade_to_head

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is reported, not waited for


class TeamUnreachableError(UserError):
    """The team register {url} cannot be reached: {reason}"""

    fr = "Le registre d'équipe {url} est injoignable : {reason}"


class BadTeamUrlError(UserError):
    """{url} is not a PostgreSQL address; write it as postgresql://user@host/database."""

    fr = "{url} n'est pas une adresse PostgreSQL ; écrivez-la sous la forme postgresql://utilisateur@hôte/base."


class TeamNotInitialisedError(UserError):
    """The database {url} holds no register yet; its owner creates one with `register-app team init {url}`."""

    fr = ("La base {url} ne contient pas encore de registre ; son propriétaire le crée avec "
          "`register-app team init {url}`.")  # fmt: skip


class TeamUpgradeNeededError(UserError):
    """The team register {url} has an older schema; its owner upgrades it with `register-app team init {url}`."""

    fr = ("Le registre d'équipe {url} a un schéma plus ancien ; son propriétaire le met à niveau avec "
          "`register-app team init {url}`.")  # fmt: skip


class TeamNoAccessError(UserError):
    """{url}: you are neither an editor nor a reader of this team register; ask its owner to make you one."""

    fr = ("{url} : vous n'êtes ni éditeur ni lecteur de ce registre d'équipe ; demandez à son propriétaire de vous "
          "y ajouter.")  # fmt: skip


class TeamRightsError(UserError):
    """{url}: you may not set up this database ({reason}); ask its owner or your DBA."""

    fr = "{url} : vous ne pouvez pas préparer cette base ({reason}) ; demandez à son propriétaire ou à votre DBA."


def is_team_url(location: object) -> bool:
    """Whether `location` names a team register rather than a file."""
    if not isinstance(location, str) or "://" not in location:
        return False
    return location.split("://", 1)[0].lower() in SCHEMES


def parse_location(text: str) -> Path | str:
    """A register's location as the user typed it: a PostgreSQL URL stays text, anything else is a file."""
    return text if is_team_url(text) else Path(text)


# libpq's TLS modes, from none to a certificate checked against the host's name.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def team_url(*, host: str, port: int, database: str, user: str, sslmode: str, password: str = "") -> str:
    """A team register's URL from its parts (with the password only when one is given)."""
    url = URL.create("postgresql", username=user or None, password=password or None, host=host or None,
                     port=port or None, database=database, query={"sslmode": sslmode} if sslmode else {})  # fmt: skip
    return url.render_as_string(hide_password=False)


def url_parts(url: str) -> dict[str, object]:
    """`team_url`'s parts of a URL (to fill a form with a recent register)."""
    parsed = make_url(url)
    return {"host": parsed.host or "", "port": parsed.port or 5432, "database": parsed.database or "",
            "user": parsed.username or "", "sslmode": str(parsed.query.get("sslmode", "prefer"))}  # fmt: skip


def driver_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise BadTeamUrlError(url=url) from exc
    if not parsed.database:
        raise BadTeamUrlError(url=shown(url))
    return parsed.set(drivername="postgresql+psycopg")


def shown(url: str) -> str:
    """The URL as it may be shown, logged and remembered: without its password (the same register
    whether the password came in the URL or from the keyring)."""
    try:
        return make_url(url)._replace(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        return url.rsplit("@", maxsplit=1)[-1]


def database_name(url: str) -> str:
    return str(driver_url(url).database)


def role_names(url: str) -> tuple[str, str]:
    """The editors' and the readers' roles of the register in `url`'s database."""
    base = database_name(url)
    return f"{base}_editors", f"{base}_readers"


def make_team_engine(url: str, *, read_only: bool = False) -> Engine:
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "register_app"}
    if read_only:  # the server itself refuses every write, whatever the code above tries
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(driver_url(url), pool_pre_ping=True, pool_size=2, connect_args=connect_args)


def unreachable(url: str, exc: SQLAlchemyError) -> TeamUnreachableError:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return TeamUnreachableError(url=shown(url), reason=reason)


@dataclass(frozen=True)
class TeamAccess:
    """What the connected user is, in the register's database."""

    user: str
    revision: str
    can_write: bool


def inspect_team(engine: Engine, url: str) -> TeamAccess:
    """Check that the database holds a register this version can open; who we are and what we may do."""
    try:
        with engine.connect() as connection:
            user = str(connection.scalar(text("SELECT current_user")))
            if connection.scalar(text("SELECT to_regclass('public.alembic_version')")) is None:
                raise TeamNotInitialisedError(url=shown(url))
            revision = str(connection.scalar(text("SELECT version_num FROM alembic_version")))
            can_write = bool(connection.scalar(text("SELECT has_table_privilege('public.activity', 'UPDATE')")))
    except OperationalError as exc:
        raise unreachable(url, exc) from exc
    except ProgrammingError as exc:  # no SELECT on the register's tables
        raise TeamNoAccessError(url=shown(url)) from exc
    if revision not in known_revisions():
        raise NewerRegisterError(path=shown(url))
    return TeamAccess(user=user, revision=revision, can_write=can_write)


def open_team_engine(url: str, *, read_only: bool = False) -> tuple[Engine, TeamAccess, bool]:
    """The engine of a team register, what the user may do there, and whether it is opened read-only
    (asked for, or the user is only a reader)."""
    engine = make_team_engine(url)
    try:
        access = inspect_team(engine, url)
    except BaseException:
        engine.dispose()
        raise
    if access.revision != head_revision():
        engine.dispose()
        raise TeamUpgradeNeededError(url=shown(url))
    if read_only or not access.can_write:
        engine.dispose()
        return make_team_engine(url, read_only=True), access, True
    return engine, access, False


def init_team_schema(url: str, *, editors: tuple[str, ...] = (), readers: tuple[str, ...] = ()) -> bool:
    """Bring the database's schema to head (the file format's Alembic revisions, from nothing or from
    an older revision), create the editors' and readers' roles and grant them their rights; make the
    named users members. Returns whether the database was empty (the register needs its organisation)."""
    engine = make_team_engine(url)
    try:
        try:
            with engine.connect() as connection:
                empty = connection.scalar(text("SELECT to_regclass('public.alembic_version')")) is None
                if not empty:
                    revision = str(connection.scalar(text("SELECT version_num FROM alembic_version")))
                    if revision not in known_revisions():
                        raise NewerRegisterError(path=shown(url))
            upgrade_to_head(engine)
            with engine.begin() as connection:
                grant_roles(connection, url, editors=editors, readers=readers)
        except OperationalError as exc:
            raise unreachable(url, exc) from exc
        except ProgrammingError as exc:
            raise TeamRightsError(url=shown(url), reason=str(exc.orig).strip().splitlines()[0]) from exc
    finally:
        engine.dispose()
    return empty


def grant_roles(connection: Connection, url: str, *, editors: tuple[str, ...], readers: tuple[str, ...]) -> None:
    quote = connection.dialect.identifier_preparer.quote
    editors_role, readers_role = role_names(url)
    database = quote(database_name(url))
    for role in (editors_role, readers_role):
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {quote(role)} NOLOGIN")
        connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quote(role)}")
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {quote(role)}")
        connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {quote(role)}")
        connection.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {quote(role)}")
    editor = quote(editors_role)
    for statement in (
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {editor}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {editor}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {editor}",
        # The schema's revision is the owner's to move (team init), not an editor's.
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {editor}",
    ):
        connection.exec_driver_sql(statement)
    for role, members in ((editors_role, editors), (readers_role, readers)):
        for member in members:
            connection.exec_driver_sql(f"GRANT {quote(role)} TO {quote(member)}")
