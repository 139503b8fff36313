"""Two people saving the same activity of a team register at the same moment, each from a process of
their own (tests/team/two_writers.py, the services an app window calls): both open it at the same
version, both save; one wins, the other gets the conflict with both versions, and nothing is lost —
the winner's change is in the register, the loser's is still in hand to keep or merge."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.team_db import TeamDatabase

from register_app.services import records as r
from register_app.services.activities import create_activity, get_activity
from register_app.services.files import open_file
from register_app.services.team import init_team_register

pytestmark = [pytest.mark.postgres, pytest.mark.slow]  # two interpreters start: seconds on a loaded machine

WORKER = Path(__file__).with_name("two_writers.py")
ROOT = Path(__file__).resolve().parents[2]


def editor(url: str, uid: str, value: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    return subprocess.Popen([sys.executable, str(WORKER), url, uid, "description", value], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip


def said(process: subprocess.Popen[str]) -> dict[str, object]:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, f"the editor's process stopped: {process.communicate()[1]}"
    return dict(json.loads(line))


def test_two_processes_save_the_same_activity_one_wins_the_other_gets_the_conflict(team_db: TeamDatabase) -> None:
    alice, carol = team_db.login("alice"), team_db.login("carol")
    register = init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice, carol))
    try:
        uid = create_activity(register, data=r.ActivityInput(name="Paie")).uid
    finally:
        register.close()
    writers = {alice: editor(team_db.url(alice), uid, "Salaires (Alice)"),
               carol: editor(team_db.url(carol), uid, "Paie mensuelle (Carol)")}  # fmt: skip
    try:
        assert len({said(p)["opened"] for p in writers.values()}) == 1  # both hold the same version
        for process in writers.values():
            assert process.stdin is not None
            process.stdin.write("save\n")
            process.stdin.flush()
        results = {who: said(p) for who, p in writers.items()}
    finally:
        for process in writers.values():
            process.communicate(timeout=60)
    winners = [who for who, result in results.items() if "saved" in result]
    losers = [who for who, result in results.items() if "conflict" in result]
    assert len(winners) == 1 and len(losers) == 1, results
    won, lost = results[winners[0]], results[losers[0]]
    assert winners[0] in str(lost["conflict"])  # who saved it since
    assert lost["fields"] == ["description"]
    assert lost["theirs"] == won["saved"]  # both versions shown: theirs, in the register…
    assert lost["mine"] in ("Salaires (Alice)", "Paie mensuelle (Carol)") and lost["mine"] != won["saved"]  # …and mine
    check = open_file(team_db.url())
    try:
        assert get_activity(check, uid=uid).description == won["saved"]  # the winner's change saved, not overwritten
    finally:
        check.close()
