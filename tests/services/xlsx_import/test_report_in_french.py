"""The import plan's lines in French as well as English: the line for a field applied from our own
workbook, for cells not applied, for a new object, for a part left empty."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services.document import Profile
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.xlsx_import.plan import plan_workbook_import
from register_app.services.xlsx_import.report import Action
from register_app.store.register_file import open_register


def test_plan_lines_say_the_same_in_french(demo_path: Path, tmp_path: Path) -> None:
    demo = open_register(demo_path)
    target = new_register(tmp_path / "new.rgpd", organisation="", author="t", with_catalogue=False)
    try:
        first = take_snapshot(demo).activities[0]
        path = tmp_path / "register.xlsx"
        path.write_bytes(export_xlsx(take_snapshot(demo), Profile.FULL, "fr"))
        book = openpyxl.load_workbook(path)
        fiche = book.worksheets[1]
        fiche["B9"] = "Bulletins de paie"
        fiche["A2"] = "Registre complet"  # the subtitle the export writes: named, not applied
        book.save(path)

        plan = plan_workbook_import(demo, path)
        assert plan.lang == "fr"
        applied = next(x for x in plan.lines if x.action is Action.UPDATE and "»" in x.message)
        assert applied.text("fr") == (f"[mise à jour] {fiche.title}!B9 : T-001 Description : "
                                      f"« {first.description} » → « Bulletins de paie »")  # fmt: skip
        assert applied.text("en") == (f"[update] {fiche.title}!B9: T-001 Description: "
                                      f"« {first.description} » → « Bulletins de paie »")  # fmt: skip
        named = next(x for x in plan.lines if x.action is Action.AMBIGUOUS)
        assert named.text("fr") == (f"[à vérifier] {fiche.title}!A2 : cellules modifiées depuis l'export, non "
                                    "appliquées (cet import les reprend de la feuille cachée des identifiants ; "
                                    "faites ces modifications dans l'application) : A2")  # fmt: skip

        new = plan_workbook_import(target, path)
        created = [x.text("fr") for x in new.lines if x.action is Action.CREATE]
        assert f"[création] {fiche.title}!A1 : nouveau traitement : T-001 {first.name}" in created
        empty = [x.text("fr") for x in new.lines if x.action is Action.EMPTY]
        assert empty == [x.text("fr") for x in new.lines if x.action is Action.EMPTY and x.fr]
    finally:
        target.close()
        demo.close()
