"""Writing the notice from a register file, through the command line in-process and the service
the app calls: the format follows the extension, the file appears whole, what is missing is said."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.engines import copy_register

from register_app import cli
from register_app.errors import UnsupportedFormatError
from register_app.services.notice import UnknownAudienceError, notice_audiences, read_notice, write_notice
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import open_register


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "app-data"))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> Path:
    return copy_register(demo_by("tests"), tmp_path_factory.mktemp("notice-service") / "demo.rgpd")


@pytest.mark.parametrize("extension", [".html", ".docx", ".pdf"])
def test_the_command_writes_the_notice_and_lists_what_it_lacks(
    demo_file: Path, tmp_path: Path, extension: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"clients{extension}"
    assert cli.main(["notice", str(demo_file), str(out), "--audience", "customers", "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert f"Wrote the information notice to {out} (customers, en)." in printed
    assert "The notice still lacks 4 facts, shown as placeholders:" in printed
    assert "safeguard of the transfer to Morocco" in printed
    assert out.stat().st_size > 1000
    assert not list(tmp_path.glob(".*.part"))
    if extension == ".pdf":
        assert "Privacy notice — Customers" in PdfReader(out).pages[0].extract_text()


def test_a_complete_notice_says_nothing_is_missing(demo_file: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert cli.main(["notice", str(demo_file), str(tmp_path / "candidats.html"), "--audience", "candidates"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Notice d'information écrite dans {tmp_path / 'candidats.html'} (candidates, fr)."
    ]
    assert "Note d'information — Candidats" in (tmp_path / "candidats.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "message"), [
    (["out.txt"], "unsupported format (expected .html, .docx, .pdf)"),
    (["out.html", "--audience", "martians"], "martians is not a category of data subjects"),
])  # fmt: skip
def test_the_command_refuses_in_one_sentence(demo_file: Path, tmp_path: Path, args: list[str], message: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    assert cli.main(["notice", str(demo_file), str(tmp_path / args[0]), *args[1:], "--lang", "en"]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / args[0]).exists()


def test_the_service_offers_the_audiences_of_the_register_and_refuses_others(demo_file: Path, tmp_path: Path) -> None:
    register = open_register(demo_file, author="tests")
    try:
        assert "candidates" in notice_audiences(register) and "customers" in notice_audiences(register)
        assert read_notice(register, audience="candidates", lang="fr").missing == ()
        with pytest.raises(UnknownAudienceError):
            read_notice(register, audience="nobody")
        with pytest.raises(UnsupportedFormatError):
            write_notice(register, tmp_path / "notice.odt")
        notice = write_notice(register, tmp_path / "tous.html", lang="fr")
    finally:
        register.close()
    assert (tmp_path / "tous.html").read_text(encoding="utf-8").count("<h2>") == len(notice.sections)
