"""Hostile JSON documents: nesting deep enough to exhaust Python's recursion gets one sentence from the
command line, never a traceback, and the register is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from register_app.cli import main
from register_app.exports.json_export import export_json
from register_app.services.document import FORMAT, FORMAT_VERSION
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import create_register, open_register

DEEP = 100_000


@pytest.mark.parametrize(
    "raw",
    [
        "[" * DEEP + "]" * DEEP,
        '{"a":' * DEEP + "1" + "}" * DEEP,
        # deep enough to load, then walked by the format's checks
        f'{{"format": "{FORMAT}", "format_version": {FORMAT_VERSION}, "activities": ' + "[" * 900 + "]" * 900 + "}",
    ],
    ids=["arrays", "objects", "inside-a-register"],
)
def test_deeply_nested_json_is_one_sentence_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: str
) -> None:
    target = tmp_path / "target.rgpd"
    register = create_register(target, author="test")
    before = export_json(take_snapshot(register))
    register.close()
    source = tmp_path / "deep.json"
    source.write_text(raw, encoding="utf-8")

    assert main(["import", str(target), str(source)]) == 1

    err = capsys.readouterr().err
    assert "Traceback" not in err
    # our document is refused by the interchange, anything else by the mapped import: one sentence either way
    assert err.startswith("register-app: ")
    assert "nested too deeply" in err or "Nothing was imported" in err
    assert len(err.splitlines()) <= 2  # the sentence and the path it concerns
    register = open_register(target)
    try:
        assert export_json(take_snapshot(register)) == before
    finally:
        register.close()
