"""The command line's `import`: plan importing a source into a register, print the plan, then apply it
all or nothing (`--dry-run`: only the plan)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from register_app.cli_words import say

if TYPE_CHECKING:
    from register_app.services.xlsx_import.plan import ImportPlan


def cmd_import(args: argparse.Namespace) -> int:
    from register_app.services.import_files import import_file, plan_file_import
    from register_app.services.mapped_import.mapping import load_mapping

    mapping = load_mapping(args.mapping) if args.mapping else None
    if args.dry_run:
        plan = plan_file_import(args.file, args.source, mapping=mapping, author=args.author)
        lang = _print_plan(plan, args.save_mapping, args.lang)
        print(say(lang, "dry_run", file=args.file))
        return 0 if plan.ok else 1
    used: list[str] = []  # the plan's language, for the summary

    def planned(plan: ImportPlan) -> None:
        used.append(_print_plan(plan, args.save_mapping, args.lang))

    summary = import_file(args.file, args.source, mapping=mapping, author=args.author, planned=planned)
    print(say(used[-1] if used else args.lang or "en", "imported", source=args.source, file=args.file,
              created=summary.created, updated=summary.updated))  # fmt: skip
    return 0


def _print_plan(plan: ImportPlan, save_mapping: Path | None = None, lang: str | None = None) -> str:
    """Print the plan in `lang` (default: the language of our own workbook, English otherwise); return the
    language used, for the lines that follow."""
    lang = lang or plan.lang or "en"
    print(f"{plan.source}: {say(lang, plan.layout)}")
    for line in plan.lines:
        print(f"  {line.text(lang)}")
    if save_mapping is not None and plan.mapping is not None:
        from register_app.services.mapped_import.mapping import save_mapping as save

        save(plan.mapping, save_mapping)
        print(say(lang, "mapping_written", file=save_mapping))
    elif save_mapping is not None:
        print(say(lang, "no_mapping", source=plan.source))
    return lang


COMMANDS = {
    "import": cmd_import,
}
