"""The command line's own lines (what a command did, its summary), in French and English: `--lang` chooses,
as it does for the documents the commands write and for the one sentence of an error."""

from __future__ import annotations

import string

WORDS = {
    "fr": {
        "copied": "{source} copié dans {dest} : {activities:traitement|traitements}, "
                  "{subprocessors:sous-traitant|sous-traitants}, {measures:mesure déclarée|mesures déclarées}, "
                  "avec leur historique.",
        "team_ready": "Registre d'équipe de {organisation} prêt dans {url}.",
        "team_roles": "Éditeurs : membres de {editors} ; lecteurs : membres de {readers} (GRANT {editors} TO "
                      "quelqu'un).",
        "created_from_templates": "{file} créé pour {organisation} avec {n:traitement en brouillon tiré|traitements en "
                                  "brouillon tirés} des modèles : complétez chacun comme ses notes l'indiquent "
                                  "avant de le passer en cours.",
        "created": "{file} créé pour {organisation}.",
        "demo": "Registre de démonstration de {organisation} écrit dans {file}.",
        "info": ("Registre :            {path}\nOrganisme :           {organisation}\n"
                 "Traitements :         {activities}{statuses}\nSous-traitants :      {subprocessors}\n"
                 "Mesures :             {measures:déclarée|déclarées}, "
                 "{suggestions:suggestion|suggestions} du catalogue\n"
                 "Autres responsables : {controllers}"),
        "dry_run": "Simulation : rien n'a été écrit dans {file}.",
        "imported": "{source} importé dans {file} : {created:créé|créés}, {updated} mis à jour.",
        "cnil": "modèle de registre de la CNIL", "register_app": "classeur register_app",
        "json": "document register_app", "mapped": "lu au travers d'une correspondance de colonnes",
        "mapping_written": "Correspondance écrite dans {file}.",
        "no_mapping": "Aucune correspondance à écrire : {source} est lu tel quel.",
        "exported_version": "Version figée « {name} » de {file} exportée dans {out}.",
        "exported": "{file} exporté dans {out} ({profile}, {lang}{when}).",
        "as_of": ", tel qu'au {moment}",
        "bundle": "Dossier d'inspection de {file} écrit dans {out}.",
        "froze": "« {name} » de {file} figée ({moment}, SHA-256 {sha256}).",
        "no_version": "Aucune version figée de {file} pour l'instant.",
        "version": "{moment}  {name}  (par {author}){comment}",
        "changes": "Modifications écrites dans {out} : {activities:traitement|traitements}, "
                   "{objects:autre objet|autres objets}.",
        "notice": "Notice d'information écrite dans {out} ({audience}, {lang}).",
        "everyone": "toutes les personnes",
        "notice_missing": "Il manque encore {n:fait à la notice, signalé|faits à la notice, signalés} par des "
                          "emplacements à compléter :",
        "agenda": "{items:échéance écrite|échéances écrites} dans {out} ({overdue:dépassée|dépassées}, {lang}).",
        "breach_notice": "Projet de notification de {breach} écrit dans {out} ({lang}).",
        "no_backup": "Aucune sauvegarde de {file} pour l'instant.",
        "backups": "Sauvegardes de {file} (les plus récentes d'abord), dans {folder} :",
        "backup_content": "{activities:traitement|traitements}, {subprocessors:sous-traitant|sous-traitants}, "
                          "{measures:mesure|mesures}",
        "unreadable": "illisible",
        "restored": "{file} restauré depuis la sauvegarde du {moment}.",
        "kept_aside": "Le fichier précédent a été gardé sous le nom {file}.",
        "templates_exported": "{n:modèle exporté|modèles exportés} dans {out}.",
        "templates_imported": "{n:modèle importé|modèles importés} depuis {pack}, gardés dans {kept}.",
        "drafted": "{file} rédigé d'après {policy} : {activities:traitement|traitements} en brouillon, "
                   "{subprocessors:sous-traitant|sous-traitants}, {measures:mesure déclarée|mesures déclarées}, "
                   "{retention:règle|règles} de conservation ({created:objet créé|objets créés}, "
                   "{updated} mis à jour).",
        "drafted_review": "Chaque traitement est un brouillon : relisez-le au regard de la politique avant de le "
                          "passer en cours.",
        "more_errors": "… et {n} de plus",
        "draft": "{n:brouillon|brouillons}", "active": "{n} en cours", "retired": "{n:terminé|terminés}",
    },
    "en": {
        "copied": "Copied {source} to {dest}: {activities:activity|activities}, "
                  "{subprocessors:subprocessor|subprocessors}, {measures:declared measure|declared measures}, "
                  "with their history.",
        "team_ready": "Team register of {organisation} ready in {url}.",
        "team_roles": "Editors: members of {editors}; readers: members of {readers} (GRANT {editors} TO someone).",
        "created_from_templates": "Created {file} for {organisation} with {n:draft activity|draft activities} "
                                  "from templates: complete each as its notes say before making it active.",
        "created": "Created {file} for {organisation}.",
        "demo": "Wrote the demo register of {organisation} to {file}.",
        "info": ("Register:        {path}\nOrganisation:    {organisation}\nActivities:      {activities}{statuses}\n"
                 "Subprocessors:   {subprocessors}\nMeasures:        {measures} declared, "
                 "{suggestions:catalogue suggestion|catalogue suggestions}\nOther controllers: {controllers}"),
        "dry_run": "Dry run: nothing was written to {file}.",
        "imported": "Imported {source} into {file}: {created} created, {updated} updated.",
        "cnil": "CNIL register model", "register_app": "register_app workbook", "json": "register_app document",
        "mapped": "read through a column mapping",
        "mapping_written": "Mapping written to {file}.",
        "no_mapping": "No mapping to write: {source} is read as it is.",
        "exported_version": "Exported the frozen version '{name}' of {file} to {out}.",
        "exported": "Exported {file} to {out} ({profile}, {lang}{when}).",
        "as_of": ", as of {moment}",
        "bundle": "Wrote the inspection bundle of {file} to {out}.",
        "froze": "Froze '{name}' of {file} ({moment}, SHA-256 {sha256}).",
        "no_version": "No frozen version of {file} yet.",
        "version": "{moment}  {name}  (by {author}){comment}",
        "changes": "Wrote the changes to {out}: {activities:activity|activities}, "
                   "{objects:other object|other objects}.",
        "notice": "Wrote the information notice to {out} ({audience}, {lang}).",
        "everyone": "everyone",
        "notice_missing": "The notice still lacks {n:fact|facts}, shown as placeholders:",
        "agenda": "Wrote {items:due item|due items} to {out} ({overdue} overdue, {lang}).",
        "breach_notice": "Wrote the draft notification of {breach} to {out} ({lang}).",
        "no_backup": "No backup of {file} yet.",
        "backups": "Backups of {file} (newest first), in {folder}:",
        "backup_content": "{activities:activity|activities}, {subprocessors:subprocessor|subprocessors}, "
                          "{measures:measure|measures}",
        "unreadable": "unreadable",
        "restored": "Restored {file} from the backup of {moment}.",
        "kept_aside": "The previous file was kept as {file}.",
        "templates_exported": "Exported {n:template|templates} to {out}.",
        "templates_imported": "Imported {n:template|templates} from {pack}, kept as {kept}.",
        "drafted": "Drafted {file} from {policy}: {activities:draft activity|draft activities}, "
                   "{subprocessors:subprocessor|subprocessors}, {measures:measure|measures} declared, "
                   "{retention:retention rule|retention rules} ({created:object|objects} created, {updated} updated).",
        "drafted_review": "Every activity is a draft: review each against the policy before making it active.",
        "more_errors": "... and {n} more",
        "draft": "{n:draft|drafts}", "active": "{n} active", "retired": "{n} retired",
    },
}  # fmt: skip


class Counted(string.Formatter):
    """`{n:modèle exporté|modèles exportés}` is the number and the words its count takes: the singular for
    0 and 1 in French, for 1 alone in English (no "modèle(s)")."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" not in format_spec or not isinstance(value, int):
            return super().format_field(value, format_spec)
        one, many = format_spec.split("|", 1)
        single = value <= 1 if self.lang == "fr" else value == 1
        return f"{value} {one if single else many}"


def fill(lang: str, template: str, /, **values: object) -> str:
    """`template` filled with `values`, counted words agreeing with their numbers in `lang`."""
    return Counted(lang).format(template, **values)


def say(lang: str, key: str, /, **values: object) -> str:
    """The command line's line `key` in `lang` ("fr" or "en"), filled with `values`."""
    return fill(lang, WORDS[lang][key], **values)
