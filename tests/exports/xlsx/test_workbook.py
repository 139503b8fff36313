from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

from exports.xlsx.helpers import load, row_of, rows, texts
from exports.xlsx.sample_register import HOSTILE

from register_app.exports.formats import exported, exporter_for
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import Profile


def test_sheets_in_cnil_order_with_annexes_and_hidden_ids(snapshot: r.Snapshot) -> None:
    book = load(export_xlsx(snapshot, Profile.FULL, "fr"))
    assert book.sheetnames == ["Liste des traitements", "T-001 Gestion de la paie", "T-002 Hébergement des dossiers",
                               "Sous-traitants", "Mesures de sécurité", "Transferts hors UE", "Registre sous-traitant",
                               "Points de vigilance", "_register_app"]  # fmt: skip
    assert book["_register_app"].sheet_state == "hidden"
    by_extension = load(exported(exporter_for(Path("X.XLSX")), snapshot, Profile.FULL, "fr"))
    assert by_extension.sheetnames == book.sheetnames


def test_list_sheet_has_organisation_blocks_and_one_row_per_activity(snapshot: r.Snapshot) -> None:
    ws = load(export_xlsx(snapshot, Profile.FULL, "fr"))["Liste des traitements"]
    assert ws["A1"].value == "Registre des activités de traitement"
    controller = row_of(ws, "Responsable du traitement")
    assert controller[1] == "Atelier Numérique SAS (SIREN 123456789)"
    assert controller[4:10] == ["12 rue des Lilas", "69003", "Lyon", "France", "04 00 00 00 00",
                                "contact@atelier.example"]  # fmt: skip
    dpo = row_of(ws, "Délégué à la protection des données")
    assert dpo[1] == "Claire Martin" and dpo[10] == "DPO Conseil SARL"
    header = row_of(ws, "Nom du traitement")
    assert header[:12] == ["Nom du traitement", "N° / RÉF", "Date de création de la fiche",
                           "Dernière mise à jour de la fiche", "Finalité du traitement", "Données sensibles ?", "Rôle",
                           "Statut", "Bases légales", "Sous-traitants", "Transferts hors UE ?", "Conclusion AIPD"]
    paie = row_of(ws, "Gestion de la paie")
    assert paie[1] == "T-001" and paie[4] == f"Calcul des salaires\n{HOSTILE}" and paie[5] == "Oui"
    assert paie[8] == "Obligation légale\nExécution d'un contrat ou de mesures précontractuelles"
    assert paie[9:12] == ["CloudUS Inc.", "Oui", "AIPD non obligatoire"]
    assert row_of(ws, "Hébergement des dossiers patients [client]")[6] == "Sous-traitant\nClinique du Parc"
    header_row = next(i for i, row in enumerate(rows(ws), start=1) if row[0] == "Nom du traitement")
    assert ws.freeze_panes == f"B{header_row + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header_row}:")
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws["A" + str(header_row + 1)].hyperlink.location == "'T-001 Gestion de la paie'!A1"


def test_fiche_blocks_in_cnil_order(snapshot: r.Snapshot) -> None:
    ws = load(export_xlsx(snapshot, Profile.FULL, "fr"))["T-001 Gestion de la paie"]
    labels = [row[0] for row in rows(ws) if row[0]]
    blocks = ["Description du traitement", "Acteurs", "Finalité(s) du traitement effectué",
              "Catégories de données personnelles concernées", "Données sensibles",
              "Catégories de personnes concernées", "Destinataires", "Mesures de sécurité", "Transferts hors UE"]
    assert [labels.index(b) for b in blocks] == sorted(labels.index(b) for b in blocks)
    assert row_of(ws, "Nom / sigle")[1] == "Gestion de la paie"
    assert row_of(ws, "Finalité principale")[1:5:3] == ["Calcul des salaires", "Obligation légale"]
    assert row_of(ws, "Sous-finalité 1")[1] == HOSTILE
    civil = row_of(ws, "État civil, identité, données d'identification, images")
    assert civil[1] == "Nom, prénom"
    assert civil[4] == "5 ans en base active, à compter de : départ du salarié, puis suppression."
    assert row_of(ws, "Numéro de sécurité sociale (NIR)")[1] == "NIR des salariés"
    assert row_of(ws, "Vie professionnelle")[1] is None  # fixed row, not collected
    sensitive = labels[labels.index("Données sensibles") + 1: labels.index("Données sensibles") + 10]
    assert len(sensitive) == 9 and sensitive[-1] == "Données relatives à des condamnations pénales ou infractions"
    assert row_of(ws, "Données concernant la santé")[1] == "Arrêts maladie"
    assert row_of(ws, "Catégorie de personnes 1")[1:5:3] == ["Salariés", "CDI et CDD\nNombre estimé : 40"]
    assert row_of(ws, "Destinataire 2")[1:5:3] == ["Sous-traitants", "CloudUS Inc. — Hébergement"]
    access = row_of(ws, "Contrôle d'accès des utilisateurs")
    assert access[1] == "Authentification à deux facteurs" and access[4] == "TOTP pour tous\nSur le logiciel de paie"
    assert row_of(ws, "Sauvegarde des données")[4] == "[Prévue]"
    assert row_of(ws, "Chiffrement des données")[1] == "Aucun"  # every heading shown, empty ones too
    assert row_of(ws, "Organisme destinataire 1")[1:8] == ["Banque d'Andorre", None, "Andorre", None,
                                                           "Décision d'adéquation", None, "Contrat"]  # fmt: skip
    derived = row_of(ws, "Organisme destinataire 2")
    assert derived[1:8:2] == ["CloudUS Inc.", "États-Unis", "Clauses contractuelles types (CCT)", "CCT module 2"]
    assert row_of(ws, "Notes internes", 1) and "Note interne : revoir en 2026" in texts(ws.parent)


def test_extract_has_no_internal_notes_and_english_labels(snapshot: r.Snapshot) -> None:
    book = load(export_xlsx(snapshot, Profile.EXTRACT, "en"))
    everything = texts(book, visible_only=False)
    assert "Note interne" not in everything and "PayFit" not in texts(book)
    assert "Sur le logiciel de paie" not in everything
    assert book.sheetnames[0] == "Processing activities"
    ws = book["T-001 Gestion de la paie"]
    assert row_of(ws, "Main purpose")[4] == "Legal obligation"
    assert row_of(ws, "Record created")[1].date() == snapshot.activities[0].created_at.date()
    assert ws["B7"].number_format == "YYYY-MM-DD"


def test_annex_sheets(snapshot: r.Snapshot) -> None:
    book = load(export_xlsx(snapshot, Profile.FULL, "fr"))
    sub = row_of(book["Sous-traitants"], "CloudUS Inc.")
    assert sub[5] == "États-Unis" and sub[8] == "Signé" and sub[9].date().isoformat() == "2024-03-01"
    assert sub[11] == "DPA-7" and "Périmètre : Hébergement — Expire le 30/06/2026" in sub[12]
    assert sub[14] == "T-001 Gestion de la paie"
    measure = row_of(book["Mesures de sécurité"], "Sauvegarde des données")
    assert measure[1] == "Sauvegardes chiffrées" and measure[4] == "Prévue"
    assert measure[7] == "T-001 Gestion de la paie\nT-002 Hébergement des dossiers patients [client]"
    transfers = [row for row in rows(book["Transferts hors UE"]) if row[0] == "T-001 Gestion de la paie"]
    assert [(t[1], t[2], t[6]) for t in transfers] == [
        ("Banque d'Andorre", "Andorre", "Saisi dans la fiche"),
        ("CloudUS Inc.", "États-Unis", "Déduit de l'hébergement ou de l'accès par le sous-traitant")]
    processor = texts(book["Registre sous-traitant"].parent)
    assert "Responsable du traitement (client) : Clinique du Parc" in processor
    assert row_of(book["Registre sous-traitant"], "T-002")[1].startswith("Hébergement des dossiers patients")


def test_no_processor_sheet_without_processor_activity(snapshot: r.Snapshot) -> None:
    only_controller = dataclasses.replace(snapshot, activities=snapshot.activities[:1])
    assert "Registre sous-traitant" not in load(export_xlsx(only_controller)).sheetnames


def test_formula_like_text_stays_text_and_forbidden_characters_do_not_crash(snapshot: r.Snapshot) -> None:
    first = snapshot.activities[0]
    nasty = dataclasses.replace(first, name="@SUM(1+1)\x01 /:*?[]" + "x" * 40, description="+33 6 00 00 00 00",
                                notes="-2+3\r\nsuite\x0b")  # fmt: skip
    data = export_xlsx(dataclasses.replace(snapshot, activities=(nasty, nasty.__class__(
        **{**nasty.__dict__, "uid": "other", "reference": "T-001"}))))  # fmt: skip
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in xml for xml in sheets)  # no formula anywhere
    book = load(data)
    names = book.sheetnames
    assert len(set(names)) == len(names) and all(len(n) <= 31 and not re.search(r"[\[\]:*?/\\]", n) for n in names)
    ws = book[names[1]]
    assert row_of(ws, "Description")[1] == "+33 6 00 00 00 00"
    assert ws["B5"].data_type == "s" and ws["B5"].value == "@SUM(1+1)\ufffd /:*?[]" + "x" * 40
    assert ws["B5"].quotePrefix


def test_looks_professional(snapshot: r.Snapshot) -> None:
    book = load(export_xlsx(snapshot, Profile.FULL, "fr"))
    ws = book["T-001 Gestion de la paie"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "Atelier Numérique SAS" in ws.oddHeader.left.text and "&P" in ws.oddFooter.right.text
    assert ws.column_dimensions["A"].width == 34 and ws.freeze_panes == "B4"
    header = row_of(ws, "Description du traitement")
    assert header[0] and ws["A4"].font.bold and ws["A4"].fill.fgColor.rgb.endswith("2F5496")
    tall = [d.height for d in ws.row_dimensions.values() if d.height]
    assert tall, "wrapped rows get a height (LibreOffice overlaps lines otherwise)"
    assert book.properties.title == "Registre des activités de traitement — Atelier Numérique SAS"
    assert book.properties.subject == "Registre complet" and book.properties.language == "fr-FR"


def test_no_fiche_takes_the_name_of_the_hidden_sheet_the_import_reads(snapshot: r.Snapshot) -> None:
    first = dataclasses.replace(snapshot.activities[0], reference="", name="_register_app")
    book = load(export_xlsx(dataclasses.replace(snapshot, activities=(first,))))
    assert book["_register_app"].sheet_state == "hidden"
    fiche = book[book.sheetnames[1]]
    assert fiche.title == "_register_app (2)" and fiche.sheet_state == "visible"


def test_a_workbook_whose_long_sheets_let_go_of_their_rows_is_the_same(snapshot, monkeypatch):
    from exports.xlsx.helpers import xml_parts

    from register_app.exports.xlsx import findings_sheet, ids_sheet, table

    whole = export_xlsx(snapshot, Profile.FULL, "fr")
    for module in (table, findings_sheet, ids_sheet):
        monkeypatch.setattr(module, "RELEASE_EVERY", 2)  # every other row let go of, in every table
    released = export_xlsx(snapshot, Profile.FULL, "fr")
    assert xml_parts(released) == xml_parts(whole)
    assert len(load(released)["Points de vigilance"]["A"]) > 10
