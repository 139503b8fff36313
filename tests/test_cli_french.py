"""Under `--lang fr` (the default) a command's own lines, what it did and its summary, are French, as are
the documents it writes; under `--lang en` they are English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import cli


def test_every_summary_line_is_french_under_lang_fr(tmp_path: Path) -> None:
    data, reg, doc = tmp_path / "data", tmp_path / "r.rgpd", tmp_path / "doc.json"
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
         "name": "Fichier clients"}]}), encoding="utf-8")  # fmt: skip

    def run(*args: str | Path) -> str:
        return cli(*args, "--lang", "fr", data_dir=data).stdout

    assert run("new", reg, "--organisation", "Témoin SA") == f"{reg} créé pour Témoin SA.\n"
    planned = run("import", reg, doc, "--dry-run").splitlines()
    assert planned[0] == f"{doc}: document register_app"
    assert planned[-1] == f"Simulation : rien n'a été écrit dans {reg}."
    assert run("import", reg, doc).splitlines()[-1] == f"{doc} importé dans {reg} : 1 créé, 0 mis à jour."
    assert "Traitements :         1 (1 brouillon)" in run("info", reg)
    out = tmp_path / "r.xlsx"
    assert run("export", reg, out) == f"{reg} exporté dans {out} (registre complet, fr).\n"
    assert run("freeze", reg, "--name", "Revue 2026").startswith(f"« Revue 2026 » de {reg} figée (")
    assert " Revue 2026  (par " in run("versions", reg)
    changes = tmp_path / "changes.json"
    assert run("changes", reg, changes) == \
        f"Modifications écrites dans {changes} : 0 traitement, 0 autre objet.\n"  # fmt: skip
    ics = tmp_path / "agenda.ics"
    assert run("agenda", reg, ics) == f"1 échéance écrite dans {ics} (1 dépassée, fr).\n"
    copy = tmp_path / "copie.rgpd"
    assert run("copy", reg, copy).startswith(f"{reg} copié dans {copy} : 1 traitement, 0 sous-traitant,")
    assert run("verify", reg).startswith("Historique intact : ")
    pack = tmp_path / "pack.json"
    assert cli("templates", "--lang", "fr", "export", pack, "payroll", data_dir=data).stdout == \
        f"1 modèle exporté dans {pack}.\n"  # fmt: skip


def test_an_error_is_one_french_sentence_under_lang_fr(tmp_path: Path) -> None:
    missing = tmp_path / "absent.rgpd"
    done = cli("info", missing, data_dir=tmp_path / "data", check=False)
    assert (done.returncode, done.stderr) == (1, f"register-app: {missing} n'existe pas.\n")


def test_the_same_lines_are_english_under_lang_en(tmp_path: Path) -> None:
    data, reg = tmp_path / "data", tmp_path / "r.rgpd"
    assert cli("new", reg, "--organisation", "Witness Ltd", "--lang", "en", data_dir=data).stdout == \
        f"Created {reg} for Witness Ltd.\n"  # fmt: skip
    info = cli("info", reg, "--lang", "en", data_dir=data).stdout
    assert "Activities:      0" in info and "Other controllers: 0" in info


@pytest.mark.sqlite_only("restore lists the backups of a register file")
def test_the_backups_are_listed_in_french(tmp_path: Path) -> None:
    data, reg, doc = tmp_path / "data", tmp_path / "r.rgpd", tmp_path / "doc.json"
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1}), encoding="utf-8")
    cli("new", reg, "--organisation", "Témoin SA", data_dir=data)
    cli("import", reg, doc, data_dir=data)  # after a safety copy
    listed = cli("restore", reg, "--lang", "fr", data_dir=data).stdout
    assert listed.startswith(f"Sauvegardes de {reg} (les plus récentes d'abord)")
    # each backup's reason in the words of the app's restore dialog, not its code
    assert "  Avant import  " in listed and "before-import" not in listed
    listed = cli("restore", reg, "--list", "--lang", "en", data_dir=data).stdout
    assert "  Before import  " in listed and "before-import" not in listed


def test_a_file_only_command_given_a_team_register_s_address_says_what_to_do(tmp_path: Path) -> None:
    url = "postgresql://alice:secret@db.example/registre"
    for command in ("new", "demo", "restore"):
        extra = ("--organisation", "Acme") if command == "new" else ()
        done = cli(command, url, *extra, "--lang", "fr", data_dir=tmp_path, check=False)
        assert done.returncode == 1
        assert done.stderr.startswith(f"register-app: {command} s'applique à un fichier de registre, pas à un "
                                      "registre d'équipe (postgresql://alice@db.example/registre)")  # fmt: skip
        assert "team init" in done.stderr and "secret" not in done.stderr
    assert not list(tmp_path.glob("postgresql*")) and not Path("postgresql:").exists()  # no folder made of the URL


def _refused_import(tmp_path: Path, lang: str, activity: dict[str, object]) -> list[str]:
    """The lines `import --lang LANG` writes on its error output for a document holding `activity`."""
    data, reg, doc = tmp_path / "data", tmp_path / "r.rgpd", tmp_path / "doc.json"
    doc.write_text(json.dumps({"format": "register_app.register", "format_version": 1, "activities": [
        {"uid": "a1", "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z", **activity}]}),
        encoding="utf-8")  # fmt: skip
    if not reg.exists():
        cli("new", reg, "--organisation", "Témoin SA", data_dir=data)
    done = cli("import", reg, doc, "--lang", lang, data_dir=data, check=False)
    assert done.returncode == 1
    return done.stderr.splitlines()


def test_a_refused_import_s_details_are_in_the_language_asked(tmp_path: Path) -> None:
    linked = {"name": "Paie", "subprocessor_uids": ["absent"]}
    assert _refused_import(tmp_path, "fr", linked) == [
        "register-app: Rien n'a été importé : 1 erreur dans le document : [erreur] $.activities[0].subprocessor_uids[0]"
        " : Lien vers absent, qui n'est ni dans le document ni dans le registre.",
        "  [erreur] $.activities[0].subprocessor_uids[0] : Lien vers absent, qui n'est ni dans le document ni dans le "
        "registre.",
    ]
    assert _refused_import(tmp_path, "en", linked)[1] == \
        "  [error] $.activities[0].subprocessor_uids[0]: Links to absent, which is neither in the document nor in " \
        "the register."  # fmt: skip
    # the document's structure (read before anything is planned): a value not allowed, a field the format lacks
    assert _refused_import(tmp_path, "fr", {"name": "Paie", "status": "zzz", "surprise": 1}) == [
        "register-app: Rien n'a été importé : 2 erreurs dans le document, la première : $.activities[0].status : "
        "Valeur non admise ; valeurs possibles : 'draft', 'active' ou 'retired'.",
        "  $.activities[0].status : Valeur non admise ; valeurs possibles : 'draft', 'active' ou 'retired'.",
        "  $.activities[0].surprise : Ce champ n'existe pas dans le format.",
    ]
    assert _refused_import(tmp_path, "en", {"name": "Paie", "status": "zzz", "surprise": 1})[1:] == [
        "  $.activities[0].status: Input should be 'draft', 'active' or 'retired'.",
        "  $.activities[0].surprise: This field is not part of the format.",
    ]


def test_counted_words_agree_with_their_number_in_each_language() -> None:
    from register_app.cli_words import say

    assert say("fr", "templates_exported", n=0, out="p.json") == "0 modèle exporté dans p.json."
    assert say("fr", "templates_exported", n=1, out="p.json") == "1 modèle exporté dans p.json."
    assert say("fr", "templates_exported", n=2, out="p.json") == "2 modèles exportés dans p.json."
    assert say("en", "templates_exported", n=0, out="p.json") == "Exported 0 templates to p.json."
    assert say("en", "templates_exported", n=1, out="p.json") == "Exported 1 template to p.json."
    assert say("fr", "draft", n=2) == "2 brouillons" and say("fr", "retired", n=2) == "2 terminés"
