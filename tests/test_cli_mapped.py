"""`register-app import FILE SOURCE --mapping PRESET|FILE.json [--dry-run] [--save-mapping FILE.json]`,
run as a user runs it (in-process, as `test_cli` runs the commands)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import cli

CSV = "Nom du traitement;Finalité;Base légale;Couleur\nRecrutement;Gestion des candidatures;Art. 6(1)(b);bleu\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "app-data"


def test_dry_run_with_a_preset_writes_nothing(tmp_path: Path, data: Path) -> None:
    folder = tmp_path / "vvt"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitel: Webseite\nzweck: Betrieb\nrechtsgrundlage: Einwilligung\n---\n",
                                 encoding="utf-8")  # fmt: skip
    done = cli("import", tmp_path / "r.rgpd", folder, "--mapping", "koos", "--dry-run", data_dir=data)
    assert "read through a column mapping" in done.stdout
    assert "mapping 'koos', columns used: 'titel' -> activity name" in done.stdout
    assert "new activity: Webseite" in done.stdout
    assert not (tmp_path / "r.rgpd").exists()


def test_proposed_mapping_saved_then_reused(tmp_path: Path, data: Path) -> None:
    source, saved, reg = tmp_path / "mine.csv", tmp_path / "mapping.json", tmp_path / "r.rgpd"
    source.write_text(CSV, encoding="utf-8-sig")
    done = cli("import", reg, source, "--dry-run", "--save-mapping", saved, data_dir=data)
    assert "columns ignored: 'Couleur'" in done.stdout
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["columns"] == {"Nom du traitement": "name", "Finalité": "purposes", "Base légale": "legal_basis",
                                  "Couleur": ""}  # fmt: skip
    mapping["columns"]["Couleur"] = "notes"  # the DPO edits it, and uses it again
    saved.write_text(json.dumps(mapping), encoding="utf-8")
    done = cli("import", reg, source, "--mapping", saved, data_dir=data)
    assert "1 created" in done.stdout
    out = tmp_path / "out.json"
    cli("export", reg, out, data_dir=data)
    (activity,) = json.loads(out.read_text(encoding="utf-8"))["activities"]
    assert (activity["name"], activity["notes"]) == ("Recrutement", "bleu")
    assert [(p["description"], p["legal_basis"]) for p in activity["purposes"]] == [
        ("Gestion des candidatures", "contract")]


def test_an_unknown_mapping_is_one_sentence(tmp_path: Path, data: Path) -> None:
    (tmp_path / "mine.csv").write_text(CSV, encoding="utf-8")
    done = cli("import", tmp_path / "r.rgpd", tmp_path / "mine.csv", "--mapping", "nope", data_dir=data, check=False)
    assert done.returncode != 0
    assert "not a usable mapping" in done.stderr and "ico" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "r.rgpd").exists()
