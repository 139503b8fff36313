"""The command line's templates of typical processings: `templates` lists them (or exports and imports
packs of them); `new FILE --template CODE…` starts a register with drafts of them (see cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from register_app.cli_words import say

WORDS = {
    "fr": {"head": "Modèles de traitements ({n}) — `register-app new FICHIER --organisation NOM --template CODE…` :",
           "pack": "pack importé"},
    "en": {"head": "Processing templates ({n}) — `register-app new FILE --organisation NAME --template CODE…`:",
           "pack": "imported pack"},
}  # fmt: skip


def add_commands(sub: Any) -> None:
    p = sub.add_parser("templates", help="list the templates of typical processings, or export and import packs")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the names")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    x = actions.add_parser("export", help="write templates as a JSON pack to share")
    x.add_argument("out", type=Path)
    x.add_argument("codes", nargs="*", metavar="CODE", help="the templates to export (default: all)")
    x = actions.add_parser("import", help="add a JSON pack of templates to those the app offers")
    x.add_argument("pack", type=Path)


def add_new_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--template", dest="templates", action="extend", nargs="+", default=[], metavar="CODE",
                   help="start the register with a draft activity for each template (see `register-app templates`)")


def cmd_templates(args: argparse.Namespace) -> int:
    from register_app.services.templates.packs import export_pack, import_pack, list_templates

    if args.action == "export":
        n = export_pack(args.out, args.codes or None)
        print(say(args.lang, "templates_exported", n=n, out=args.out))
        return 0
    if args.action == "import":
        kept, pack = import_pack(args.pack)
        print(say(args.lang, "templates_imported", n=len(pack.entries), pack=args.pack, kept=kept))
        return 0
    words = WORDS[args.lang]
    rows = list_templates(args.lang)
    print(words["head"].format(n=len(rows)))
    width = max(len(row.template.code) for row, _ in rows)
    for row, _pack in rows:
        origin = f"  [{words['pack']} {row.pack}]" if row.pack else ""
        print(f"  {row.template.code:<{width}}  {row.template.name(args.lang)}{origin}")
    return 0


COMMANDS = {"templates": cmd_templates}
