"""The command line as a user runs it: its output and exit status. The commands run in-process
(`register_app.cli.main`, as the entry point calls it); the last tests start a real process for
what only one shows: the entry point, the exit status the shell sees, a reader that goes away."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import jsonschema
import pytest
from support.cnil_model import CNIL_ODS
from support.team_db import TeamDatabase

from register_app.cli import main
from register_app.domain.catalogues import SECURITY_MEASURES, catalogue
from register_app.exports.json_export import json_schema
from register_app.store.backups import DATA_DIR_ENV


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str | Path, data_dir: Path, check: bool = True) -> Done:
    """`register-app ARGS`, in this process, with `data_dir` as the app's data folder."""
    out, err = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, {DATA_DIR_ENV: str(data_dir)}), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):  # fmt: skip
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: a usage error
            code = exc.code if isinstance(exc.code, int) else 2
    done = Done(code, out.getvalue(), err.getvalue())
    if check:
        assert done.returncode == 0, done.stderr
    return done


def process(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`python -m register_app ARGS` in a process of its own."""
    env = {**os.environ, DATA_DIR_ENV: str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "register_app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "app-data"


def test_new_info_export_import_round_trip(tmp_path: Path, data: Path) -> None:
    reg, out, copy, again = (tmp_path / n for n in ("r.rgpd", "out.json", "copy.rgpd", "again.json"))
    cli("new", reg, "--organisation", "Société Générale d'Études", data_dir=data)
    info = cli("info", reg, data_dir=data).stdout
    assert "Société Générale d'Études" in info and "Traitements :         0" in info
    suggestions = len(catalogue(SECURITY_MEASURES))
    # a new register claims no measure
    assert f"Mesures :             0 déclarée, {suggestions} suggestions du catalogue" in info
    cli("export", reg, out, data_dir=data)
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), json_schema())
    cli("import", copy, out, data_dir=data)
    cli("export", copy, again, data_dir=data)
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("info", "{tmp}/missing.rgpd"), "does not exist"),
        (("info", "{tmp}/text.rgpd"), "is not a register file"),
        (("export", "{tmp}/r.rgpd", "{tmp}/out.docx"), "unsupported format"),
        (("export", "{tmp}/r.rgpd", "{tmp}/r.rgpd"), "unsupported format"),
        (("import", "{tmp}/r.rgpd", "{tmp}/bad.json"), "not valid JSON"),
        (("new", "{tmp}/r.rgpd", "--organisation", "X"), "already exists"),
    ],
)
def test_user_errors_are_one_sentence_without_traceback(
    tmp_path: Path, data: Path, args: tuple[str, ...], fragment: str
) -> None:
    cli("new", tmp_path / "r.rgpd", "--organisation", "X", data_dir=data)
    (tmp_path / "text.rgpd").write_text("hello", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    done = cli(*(a.format(tmp=tmp_path) for a in args), "--lang", "en", data_dir=data, check=False)
    assert done.returncode != 0
    assert fragment in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("register-app: ")


def test_failed_import_into_a_new_file_leaves_no_file(tmp_path: Path, data: Path) -> None:
    (tmp_path / "bad.json").write_text(
        '{"format": "register_app.register", "format_version": 1, "x": 1}', encoding="utf-8"
    )
    done = cli("import", tmp_path / "new.rgpd", tmp_path / "bad.json", data_dir=data, check=False)
    assert done.returncode == 1 and "$.x" in done.stderr
    assert not (tmp_path / "new.rgpd").exists()


@pytest.mark.slow  # six exports of the demo register: half a minute
def test_export_no_findings_leaves_the_findings_out(tmp_path: Path, data: Path) -> None:
    import openpyxl
    from pypdf import PdfReader

    reg = tmp_path / "demo.rgpd"
    cli("demo", reg, data_dir=data)
    for flags, expected in (((), True), (("--no-findings",), False)):
        pdf, xlsx, doc = (tmp_path / f"out{len(flags)}.{ext}" for ext in ("pdf", "xlsx", "json"))
        for out in (pdf, xlsx, doc):
            cli("export", reg, out, *flags, data_dir=data)
        annexes = [b.title for b in PdfReader(pdf).outline[5]]
        assert ("Annexe 5 — Points de vigilance" in annexes) is expected
        assert ("Points de vigilance" in openpyxl.load_workbook(xlsx).sheetnames) is expected
        assert json.loads(doc.read_text(encoding="utf-8"))


@pytest.mark.sqlite_only("restore puts a backup file in place of the register file")
def test_restore_lists_backups_and_puts_one_back(tmp_path: Path, data: Path) -> None:
    reg, doc = tmp_path / "r.rgpd", tmp_path / "more.json"
    cli("new", reg, "--organisation", "Restauration SA", data_dir=data)
    cli("info", reg, data_dir=data)  # the first opening of the day makes the daily backup
    listing = cli("restore", reg, "--list", data_dir=data).stdout
    assert "Copie quotidienne" in listing and "0 traitement," in listing
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": "Ajout regretté"}]}), encoding="utf-8")  # fmt: skip
    cli("import", reg, doc, data_dir=data)
    assert "Traitements :         1" in cli("info", reg, data_dir=data).stdout
    daily = next(i for i, line in enumerate(cli("restore", reg, data_dir=data).stdout.splitlines()[1:], 1)
                 if "Copie quotidienne" in line)  # fmt: skip
    done = cli("restore", reg, "--from", str(daily), data_dir=data).stdout
    assert "Le fichier précédent a été gardé" in done
    assert "Traitements :         0" in cli("info", reg, data_dir=data).stdout


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("kind", ["json", "xlsx", "ods"])
def test_dry_run_writes_nothing_and_creates_no_file(tmp_path: Path, data: Path, kind: str) -> None:
    doc, source_reg = tmp_path / "doc.json", tmp_path / "source.rgpd"
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": "Fichier clients"}]}), encoding="utf-8")  # fmt: skip
    source = {"json": doc, "xlsx": tmp_path / "source.xlsx", "ods": CNIL_ODS}[kind]
    if kind == "xlsx":
        cli("import", source_reg, doc, data_dir=data)
        cli("export", source_reg, source, data_dir=data)
    target, absent = tmp_path / "target.rgpd", tmp_path / "absent.rgpd"
    cli("new", target, "--organisation", "Témoin SA", data_dir=data)
    cli("info", target, data_dir=data)  # today's daily backup exists: any new file would be the import's
    before, backups = target.read_bytes(), _files(data)
    for into in (target, absent):
        done = cli("import", into, source, "--dry-run", data_dir=data)
        simulated = "Simulation : rien n'a été écrit" if kind == "xlsx" else "Dry run: nothing was written"
        assert simulated in done.stdout
        new = "nouveau traitement : " if kind == "xlsx" else "new activity: "  # our workbook's language: French
        assert (new in done.stdout and "Fichier clients" in done.stdout) is (kind != "ods")
    assert target.read_bytes() == before and _files(data) == backups
    assert not absent.exists() and sorted(p.name for p in tmp_path.iterdir() if "absent" in p.name) == []
    if kind != "ods":
        cli("import", target, source, data_dir=data)
        assert "Traitements :         1" in cli("info", target, data_dir=data).stdout


def test_the_entry_point_runs_a_command_and_the_shell_sees_its_status(tmp_path: Path, data: Path) -> None:
    reg = tmp_path / "r.rgpd"
    done = process("new", reg, "--organisation", "Processus SA", data_dir=data)
    assert done.returncode == 0 and f"{reg} créé pour Processus SA." in done.stdout
    done = process("info", tmp_path / "missing.rgpd", "--lang", "en", data_dir=data)
    assert done.returncode == 1 and done.stderr == f"register-app: {tmp_path / 'missing.rgpd'} does not exist.\n"
    done = process("check", reg, "--fail-on", "warning", data_dir=data)
    assert done.returncode == 3 and "Traceback" not in done.stderr  # a new register lacks its activities


def test_import_plan_lines_in_the_language_asked(tmp_path: Path, data: Path) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": "Fichier clients"}]}), encoding="utf-8")  # fmt: skip
    french = cli("import", tmp_path / "r.rgpd", doc, "--dry-run", "--lang", "fr", data_dir=data).stdout
    english = cli("import", tmp_path / "r.rgpd", doc, "--dry-run", data_dir=data).stdout
    assert "  [création] nouveau traitement : Fichier clients" in french.splitlines()
    assert "  [create] new activity: Fichier clients" in english.splitlines()


def test_a_reader_that_stops_early_gets_no_traceback(demo_path: Path, data: Path) -> None:
    """`register-app check FILE | head -1`: the command ends quietly when its reader goes away."""
    reg = demo_path
    env = {**os.environ, DATA_DIR_ENV: str(data), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "register_app", "check", str(reg), "--format", "json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)
        proc.stdout.close()  # the reader goes away before the report is written out
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


@pytest.mark.postgres
def test_import_into_a_team_register_named_by_its_url(team_db: TeamDatabase, tmp_path: Path, data: Path) -> None:
    url, doc = team_db.url(), tmp_path / "doc.json"
    cli("team", "init", url, "--organisation", "Équipe SA", data_dir=data)
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": "Paie"}]}), encoding="utf-8")  # fmt: skip
    assert "Dry run: nothing was written" in cli("import", "--dry-run", url, doc, data_dir=data).stdout
    assert "Activities:      0" in cli("info", url, "--lang", "en", data_dir=data).stdout
    cli("import", url, doc, data_dir=data)
    assert "Activities:      1" in cli("info", url, "--lang", "en", data_dir=data).stdout
    assert list(data.glob("backups/*/*.before-import.*"))  # the safety copy a file register gets too
