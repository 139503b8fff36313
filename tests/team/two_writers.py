"""One editor of a team register, in a process of its own (tests/team/test_team_two_processes.py runs
two): opens the register at the URL, loads the activity and says which version it read, waits for the
word to save, saves its change of one field through the services, and says what came of it as JSON:
saved, or the conflict with both versions (the change it still holds)."""

from __future__ import annotations

import dataclasses
import json
import sys

from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.conflicts import EditConflict, opened
from register_app.services.files import open_file


def main(url: str, uid: str, field: str, value: str) -> None:
    register = open_file(url)
    try:
        mine = opened(register, ACTIVITIES, uid)
        edit = dataclasses.replace(r.input_part(mine.record, r.ActivityInput), **{field: value})
        print(json.dumps({"opened": mine.version}), flush=True)
        if sys.stdin.readline().strip() != "save":
            return
        try:
            changes.update(register, ACTIVITIES, uid, edit, mine.version)
        except EditConflict as conflict:
            print(json.dumps({"conflict": conflict.message, "fields": [f.field for f in conflict.fields],
                              "mine": getattr(conflict.mine, field), "theirs": getattr(conflict.theirs, field),
                              "version": conflict.version}), flush=True)  # fmt: skip
            return
        print(json.dumps({"saved": value}), flush=True)
    finally:
        register.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
