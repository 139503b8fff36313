"""The plan of a mapped import says every line in French as well as in English: the columns used and
ignored, and each value interpreted (a basis not recognised, a subject not in the list, a country not
recognised, a safeguard not a tool, a retention counted, a DPIA neither yes nor no, a 'yes' naming
nothing, a row without a name, a reference repeated, an empty row, a value read as 'not applicable')."""

from __future__ import annotations

from pathlib import Path

from test_cli import cli

from register_app.services.mapped_import.mapping import load_mapping
from register_app.services.xlsx_import.plan import plan_import
from register_app.store.register_file import RegisterFile

CSV = (
    "Référence;Nom du traitement;Finalité;Base légale;Personnes concernées;Pays tiers;Garanties;"
    "Durée de conservation;AIPD requise;Données sensibles;Couleur\n"
    "T-1;Paie;Salaires;selon le cas;Astronautes;Atlantide;poignée de main;5 ans à compter du départ;peut-être;Oui;"
    "bleu\n"
    "T-1;;Recrutement;Art. 6(1)(b);;N/A;;;;;\n"
    ";;;;;;;;;;vert\n"
)


def test_every_line_of_a_mapped_plan_is_in_french_and_english(register: RegisterFile, tmp_path: Path) -> None:
    source = tmp_path / "registre.csv"
    source.write_text(CSV, encoding="utf-8")
    plan = plan_import(register, source)
    assert plan.layout == "mapped"
    assert [str(x) for x in plan.lines if not x.fr] == []
    fr = "\n".join(x.text("fr") for x in plan.lines)
    en = "\n".join(x.text("en") for x in plan.lines)
    for said in ("colonnes utilisées : « Référence » → référence, « Nom du traitement » → nom du traitement",
                 "[ignoré] registre.csv : colonnes ignorées : « Couleur »",
                 "[à vérifier] registre.csv!D2 : base légale « selon le cas » non reconnue : gardée comme sa note",
                 "« Astronautes » n'est pas dans la liste des personnes concernées : enregistré comme « autre »",
                 "pays « Atlantide » non reconnu : gardé dans les notes",
                 "la garantie « poignée de main » n'est pas un outil de transfert de la liste : gardée comme son "
                 "détail",
                 "durée de conservation « 5 ans à compter du départ » lue comme 5 ans",
                 "AIPD « peut-être » n'est ni oui ni non : gardé comme justification, conclusion laissée indéterminée",
                 "« Données sensibles » dit oui, ce qui ne nomme rien pour le champ données sensibles : non enregistré",
                 "pas de nom de traitement : nommé « Recrutement » d'après sa finalité, sa référence ou sa place",
                 "la référence « T-1 » apparaît deux fois : celle-ci reçoit un nouveau numéro",
                 "[vide] registre.csv : lu comme « sans objet », laissé vide (pays de transfert) : F3",
                 "[ignoré] registre.csv!A4 : aucune valeur dans une colonne associée : ligne laissée de "
                 "côté"):  # fmt: skip
        assert said in fr, said
    assert "retention '5 ans à compter du départ' read as 5 years" in en
    assert "[skip] registre.csv: columns ignored: 'Couleur'" in en


def test_the_command_line_prints_a_mapped_plan_in_the_language_asked(tmp_path: Path) -> None:
    source = tmp_path / "registre.csv"
    source.write_text(CSV, encoding="utf-8")
    for lang, said in (("fr", "pays « Atlantide » non reconnu : gardé dans les notes"),
                       ("en", "country 'Atlantide' not recognised: kept in the notes")):  # fmt: skip
        done = cli("import", tmp_path / "r.rgpd", source, "--dry-run", "--lang", lang, data_dir=tmp_path / "data")
        assert said in done.stdout
        assert not (tmp_path / "r.rgpd").exists()


def test_a_markdown_plan_names_its_lines_in_french(register: RegisterFile, tmp_path: Path) -> None:
    """A Markdown register's places are lines of its files: "ligne 4" in the French plan, "line 4" in
    the English one, in the place column and in the lines that list places."""
    folder = tmp_path / "vvt"
    folder.mkdir()
    (folder / "website.md").write_text(
        "---\ntitel: Webseite\nzweck: Bereitstellung\ntransfer_drittland: nein\nkategorien_daten: [IP-Adresse]\n---\n",
        encoding="utf-8",
    )
    plan = plan_import(register, folder, mapping=load_mapping("koos"))
    fr = "\n".join(x.text("fr") for x in plan.lines)
    en = "\n".join(x.text("en") for x in plan.lines)
    assert "website.md!ligne 5 : « IP-Adresse »" in fr
    assert "laissé vide (pays de transfert) : ligne 4" in fr
    assert "line " not in fr
    assert "website.md!line 5: 'IP-Adresse'" in en and "left empty (transfer countries): line 4" in en
