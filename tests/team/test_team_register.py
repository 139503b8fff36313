"""A team register in PostgreSQL: set up by `team init` with the file format's migrations, opened by
URL wherever a file is, written by its editors (the history names the database user), read only by
its readers (the same read-only opening as a file another writer holds), refused to anyone else."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from support.team_db import TeamDatabase, admin

from register_app.domain import models as m
from register_app.domain.models import Base
from register_app.errors import StorageError, UserError
from register_app.services import records as r
from register_app.services.activities import create_activity, write_activity
from register_app.services.files import TeamReaderError, open_file
from register_app.services.measures import list_measures
from register_app.services.team import OrganisationNeededError, init_team_register
from register_app.store.schema import alembic_config, head_revision
from register_app.store.team import (
    TeamNoAccessError,
    TeamNotInitialisedError,
    TeamUnreachableError,
    TeamUpgradeNeededError,
    make_team_engine,
)

pytestmark = pytest.mark.postgres


def test_team_init_makes_the_models_schema_with_the_file_formats_migrations(team_db: TeamDatabase) -> None:
    register = init_team_register(team_db.url(), organisation="Acme SAS")
    try:
        with register.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            diff = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata)
        assert diff == [], f"the migrations do not make the models' schema on PostgreSQL: {diff}"
        with register.session() as session:
            assert session.get(m.Organisation, 1).name == "Acme SAS"  # type: ignore[union-attr]
        assert len(list_measures(register)) > 40  # the catalogue, as a new file gets it
    finally:
        register.close()


def test_team_init_again_changes_nothing_and_an_empty_database_needs_the_organisation(team_db: TeamDatabase) -> None:
    with pytest.raises(OrganisationNeededError, match="--organisation"):
        init_team_register(team_db.url())
    init_team_register(team_db.url(), organisation="Acme SAS").close()
    register = init_team_register(team_db.url(), organisation="Another name")
    try:
        with register.session() as session:
            assert session.get(m.Organisation, 1).name == "Acme SAS"  # type: ignore[union-attr]
            assert session.query(m.Measure).count() == len(list_measures(register))
        assert len({x.name for x in list_measures(register)}) == len(list_measures(register))
    finally:
        register.close()


def test_an_editor_writes_and_the_history_names_their_database_user(team_db: TeamDatabase) -> None:
    alice = team_db.login("alice")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice,)).close()
    register = open_file(team_db.url(alice), for_writing=True)
    try:
        assert not register.read_only
        assert register.url == team_db.url(alice)
        assert register.path.name == team_db.name  # titles and export names show the database
        create_activity(register, data=r.ActivityInput(name="Paie"))
        with register.session() as session:
            kind = m.HistoryEntry.object_kind
            authors = set(session.scalars(select(m.HistoryEntry.author).where(kind == "activity")))
        assert authors == {alice}
    finally:
        register.close()


def test_a_reader_gets_the_register_read_only_and_the_server_refuses_their_writes(team_db: TeamDatabase) -> None:
    bob = team_db.login("bob")
    init_team_register(team_db.url(), organisation="Acme SAS", readers=(bob,)).close()
    register = open_file(team_db.url(bob))
    try:
        assert register.read_only
        assert register.locked_by is None  # no one holds it: the banner says "read-only", without a name
        with register.session() as session:
            assert session.get(m.Organisation, 1).name == "Acme SAS"  # type: ignore[union-attr]
        with pytest.raises(StorageError, match="you may only read this register"):
            create_activity(register, data=r.ActivityInput(name="Paie"))
    finally:
        register.close()
    with pytest.raises(TeamReaderError, match="ask its owner to make you one of its editors"):
        open_file(team_db.url(bob), for_writing=True)


def test_someone_neither_editor_nor_reader_is_refused_in_one_sentence(team_db: TeamDatabase) -> None:
    eve = team_db.login("eve")
    init_team_register(team_db.url(), organisation="Acme SAS").close()
    with pytest.raises(TeamNoAccessError) as caught:
        open_file(team_db.url(eve))
    assert "ni éditeur ni lecteur" in caught.value.message_in("fr")


def test_an_empty_database_and_an_unreachable_server_say_so_without_the_password(team_db: TeamDatabase) -> None:
    with pytest.raises(TeamNotInitialisedError, match="register-app team init"):
        open_file(team_db.url())
    admin(team_db.admin_url, f"CREATE ROLE \"{team_db.name}_pw\" LOGIN PASSWORD 's3cret'")
    with pytest.raises(UserError) as caught:
        open_file(f"postgresql://{team_db.name}_pw:s3cret@localhost:1/{team_db.name}")
    assert isinstance(caught.value, TeamUnreachableError)
    assert "s3cret" not in caught.value.message_in("en") + caught.value.message_in("fr")


def test_an_older_schema_is_refused_until_team_init_upgrades_it_with_the_migrations(team_db: TeamDatabase) -> None:
    engine = make_team_engine(team_db.url())
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003_declared_facts")
    engine.dispose()
    with pytest.raises(TeamUpgradeNeededError, match="upgrades it with `register-app team init"):
        open_file(team_db.url())
    register = init_team_register(team_db.url(), organisation="Acme SAS")
    try:
        with register.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        create_activity(register, data=r.ActivityInput(name="Paie"))
    finally:
        register.close()


def test_the_history_names_the_display_name_and_the_database_user(team_db: TeamDatabase) -> None:
    alice = team_db.login("alice")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice,)).close()
    register = open_file(team_db.url(alice), author="Alice Martin")
    try:
        assert register.author == f"Alice Martin ({alice})"
    finally:
        register.close()


def test_a_lost_connection_is_one_sentence_and_the_next_save_reconnects(team_db: TeamDatabase) -> None:
    alice = team_db.login("alice")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice,)).close()
    register = open_file(team_db.url(alice))
    drop_alice = f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{alice}'"
    try:
        create_activity(register, data=r.ActivityInput(name="Avant"))
        admin(team_db.admin_url, drop_alice)  # between two saves: the next one reconnects unnoticed
        create_activity(register, data=r.ActivityInput(name="Après une coupure"))

        def save_while_the_server_drops_us() -> None:
            with register.session() as session:
                session.execute(select(1))
                admin(team_db.admin_url, drop_alice)
                write_activity(session, author=register.author, data=r.ActivityInput(name="Pendant"))

        with pytest.raises(StorageError, match="the connection to the register's server was lost; try again"):
            save_while_the_server_drops_us()
        create_activity(register, data=r.ActivityInput(name="Ensuite"))
        with register.session() as session:
            names = set(session.scalars(select(m.Activity.name)))
        assert names == {"Avant", "Après une coupure", "Ensuite"}  # nothing half-saved, nothing lost
    finally:
        register.close()
