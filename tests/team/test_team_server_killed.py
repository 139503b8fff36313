"""The PostgreSQL server of a team register killed while a save is in flight (a private throwaway
cluster, started by the test): after its restart every committed edit is there, the interrupted save
is absent as a whole (never half of it), the user read one clear sentence in French and English, and
saving again works on the same open register (its connections re-established)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.team_db import admin

from register_app.errors import StorageError
from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, create_activity, get_activity
from register_app.services.conflicts import opened
from register_app.services.files import open_file
from register_app.services.team import init_team_register
from register_app.store.register_file import RegisterFile

pytestmark = pytest.mark.slow  # a cluster of its own: initdb and three starts

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/nonexistent"))
AS_PG = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []  # initdb and postgres refuse root


@dataclasses.dataclass
class Cluster:
    data: Path
    port: int

    def ctl(self, *args: str) -> None:
        subprocess.run([*AS_PG, str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args], check=True,
                       capture_output=True, timeout=120)  # fmt: skip

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.data.parent}"
        self.ctl("-o", options, "-l", str(self.data.parent / "server.log"), "-w", "-t", "60", "start")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    if not (PG_BIN / "initdb").exists():
        pytest.skip("no PostgreSQL server programs in /usr/lib/postgresql (Debian's postgresql package)")
    folder = Path(tempfile.mkdtemp(prefix="register-app-killed-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    made = Cluster(folder / "data", port)
    subprocess.run([*AS_PG, str(PG_BIN / "initdb"), "-D", str(made.data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True, timeout=120)  # fmt: skip
    made.start()
    try:
        yield made
    finally:
        subprocess.run([*AS_PG, str(PG_BIN / "pg_ctl"), "-D", str(made.data), "-m", "immediate", "stop"],
                       check=False, capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def test_a_save_cut_by_the_server_s_death_is_absent_whole_and_saving_again_works(cluster: Cluster) -> None:
    admin(cluster.url("postgres"), "CREATE DATABASE registre")
    url = cluster.url("registre")
    init_team_register(url, organisation="Acme SAS").close()
    register = open_file(url)
    try:
        payroll = create_activity(register, data=r.ActivityInput(name="Paie")).uid
        hiring = create_activity(register, data=r.ActivityInput(name="Recrutement")).uid
        changes.update(register, ACTIVITIES, payroll, _with(register, payroll, notes="committed"))
        # One save of two activities; a DBA's session holds the second one's row, so the save has
        # written the first and waits for the second when the server dies.
        save = (changes.Revise(ACTIVITIES, payroll, _with(register, payroll, description="half")),
                changes.Revise(ACTIVITIES, hiring, _with(register, hiring, description="half")))  # fmt: skip
        blocker = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
        holding = blocker.connect()
        holding.execute(text("SELECT 1 FROM activity WHERE uid = :uid FOR UPDATE"), {"uid": hiring})
        failures: list[BaseException] = []
        saving = threading.Thread(target=_saving, args=(register, save, failures))
        saving.start()
        _wait_for_the_lock(cluster.url("registre"))
        cluster.ctl("-m", "immediate", "-w", "stop")  # as a crash: no clean shutdown
        saving.join(timeout=60)
        assert not saving.is_alive()
        holding.invalidate()
        blocker.dispose()
        assert len(failures) == 1 and isinstance(failures[0], StorageError), failures
        assert failures[0].message_in("en") == ("The register could not be saved: the connection to the register's "
                                                "server was lost; try again, it will be re-established.")  # fmt: skip
        assert failures[0].message_in("fr") == ("Le registre n'a pas pu être enregistré : la connexion au serveur du "
                                                "registre a été perdue ; réessayez, elle sera rétablie.")  # fmt: skip
        cluster.start()
        assert get_activity(register, uid=payroll).notes == "committed"  # every committed edit is there
        assert [get_activity(register, uid=uid).description for uid in (payroll, hiring)] == ["", ""]  # none of it
        changes.apply(register, save)  # the user saves again: the same open register reconnects
        assert [get_activity(register, uid=uid).description for uid in (payroll, hiring)] == ["half", "half"]
    finally:
        register.close()
    again = open_file(url)
    try:
        assert get_activity(again, uid=payroll).notes == "committed"
        assert get_activity(again, uid=hiring).description == "half"
    finally:
        again.close()


def _with(register: RegisterFile, uid: str, **values: str) -> r.ActivityInput:
    current = opened(register, ACTIVITIES, uid)
    return dataclasses.replace(r.input_part(current.record, r.ActivityInput), **values)


def _saving(register: RegisterFile, save: tuple[changes.Step, ...], failures: list[BaseException]) -> None:
    try:
        changes.apply(register, save)
    except BaseException as exc:  # handed to the test's thread
        failures.append(exc)


def _wait_for_the_lock(url: str) -> None:
    """Until the save waits for the held row, having written the first activity."""
    watcher = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        for _ in range(600):
            with watcher.connect() as connection:
                waiting = connection.scalar(text(  # waiting for a lock, with a write of its own (a transaction id)
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND application_name = 'register_app' AND backend_xid IS NOT NULL"))  # fmt: skip
            if waiting:
                return
            threading.Event().wait(0.05)
        raise AssertionError("the save never waited for the held row")
    finally:
        watcher.dispose()
