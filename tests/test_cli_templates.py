"""`register-app templates` and `register-app new FILE --template CODE…`, run in-process as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import cli

from register_app.domain.enums import ActivityStatus
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import open_register


def test_templates_are_listed_with_their_codes_in_french_and_english(tmp_path: Path) -> None:
    fr = cli("templates", data_dir=tmp_path).stdout
    assert "Modèles de traitements (21)" in fr and "  payroll " in fr and "Gestion de la paie" in fr
    assert fr.index("Événements et webinaires") < fr.index("Formation des salariés")  # accents sort as letters
    en = cli("templates", "--lang", "en", data_dir=tmp_path).stdout
    assert "Processing templates (21)" in en and "Video surveillance of premises" in en


def test_new_starts_a_register_with_a_draft_per_template(tmp_path: Path) -> None:
    reg = tmp_path / "r.rgpd"
    done = cli("new", reg, "--organisation", "ACME SAS", "--template", "payroll", "recruitment",
               "--template", "newsletter", "--lang", "en", data_dir=tmp_path)  # fmt: skip
    assert "with 3 draft activities from templates" in done.stdout
    register = open_register(reg)
    try:
        activities = take_snapshot(register).activities
    finally:
        register.close()
    assert sorted(a.name for a in activities) == ["Newsletter", "Payroll", "Recruitment"]
    assert {a.status for a in activities} == {ActivityStatus.DRAFT}


def test_new_with_an_unknown_template_says_so_and_creates_nothing(tmp_path: Path) -> None:
    reg = tmp_path / "r.rgpd"
    done = cli("new", reg, "--organisation", "ACME", "--lang", "en", "--template", "payroll", "nope", data_dir=tmp_path,
               check=False)  # fmt: skip
    assert done.returncode == 1 and "No template has the code 'nope'" in done.stderr
    assert not reg.exists()


def test_a_pack_is_exported_then_imported_under_other_codes_and_listed(tmp_path: Path) -> None:
    pack, own = tmp_path / "pack.json", tmp_path / "own.json"
    assert "2 modèles exportés" in cli("templates", "export", pack, "payroll", "training", data_dir=tmp_path).stdout
    data = json.loads(pack.read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry["code"] = "acme_" + entry["code"]
    own.write_text(json.dumps(data), encoding="utf-8")
    assert "2 modèles importés" in cli("templates", "import", own, data_dir=tmp_path).stdout
    listed = cli("templates", data_dir=tmp_path).stdout
    assert "Modèles de traitements (23)" in listed and "acme_training" in listed and "[pack importé own.json]" in listed


def test_a_bad_pack_is_refused_in_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    done = cli("templates", "--lang", "en", "import", bad, data_dir=tmp_path, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().endswith("is not a usable pack of templates: it is not a valid JSON file.")
    assert done.stderr.count("\n") == 1
