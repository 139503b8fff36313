"""The command line's commands about registers as wholes: create one (`new`, `demo`), describe it
(`info`), copy it between a file and PostgreSQL (`copy`), set up a team register (`team init`), list and
restore a file's backups (`restore`)."""

from __future__ import annotations

import argparse

from register_app.cli_location import file_only, named, opened
from register_app.cli_words import say
from register_app.domain.enums import ActivityStatus
from register_app.domain.words.backups import backup_reason
from register_app.services.files import backups_of, chosen_backup, restore_from
from register_app.services.registers import new_register, register_info
from register_app.store.team import role_names, shown


def cmd_new(args: argparse.Namespace) -> int:
    file_only(args)
    if args.templates:
        from register_app.services.templates.drafts import new_register_from_templates

        summary = new_register_from_templates(args.file, organisation=args.organisation, codes=args.templates,
                                              author=args.author, lang=args.lang)  # fmt: skip
        print(say(args.lang, "created_from_templates", file=args.file, organisation=args.organisation,
                  n=summary.created))  # fmt: skip
        return 0
    register = new_register(args.file, organisation=args.organisation, author=args.author, lang=args.lang)
    register.close()
    print(say(args.lang, "created", file=args.file, organisation=args.organisation))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from register_app.services.demo import write_demo

    register = write_demo(file_only(args), author=args.author)
    info = register_info(register)
    register.close()
    print(say(args.lang, "demo", organisation=info.organisation, file=args.file))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    register = opened(args)
    try:
        info = register_info(register)
    finally:
        register.close()
    statuses = ", ".join(say(args.lang, ActivityStatus(status).value, n=n) for status, n in info.activities_by_status)
    print(say(args.lang, "info", path=info.path, organisation=info.organisation, activities=info.activities,
              statuses=f" ({statuses})" if statuses else "", subprocessors=info.subprocessors,
              measures=info.measures, suggestions=info.suggestions, controllers=info.controllers))  # fmt: skip
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from register_app.services.register_copy import copy_register

    register = copy_register(args.source, args.dest, author=args.author)
    info = register_info(register)
    register.close()
    print(say(args.lang, "copied", source=named(args.source), dest=named(args.dest), activities=info.activities,
              subprocessors=info.subprocessors, measures=info.measures))  # fmt: skip
    return 0


def cmd_team(args: argparse.Namespace) -> int:
    from register_app.services.team import init_team_register

    register = init_team_register(args.url, organisation=args.organisation, lang=args.lang, author=args.author,
                                  editors=tuple(args.editor), readers=tuple(args.reader))  # fmt: skip
    info = register_info(register)
    register.close()
    editors, readers = role_names(args.url)
    print(say(args.lang, "team_ready", organisation=info.organisation, url=shown(args.url)))
    print(say(args.lang, "team_roles", editors=editors, readers=readers))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    backups = backups_of(file_only(args))
    if args.source is None:
        if not backups:
            print(say(args.lang, "no_backup", file=args.file))
            return 0
        print(say(args.lang, "backups", file=args.file, folder=backups[0].path.parent))
        for number, backup in enumerate(backups, start=1):
            when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            b = backup
            counts = {"activities": b.activities, "subprocessors": b.subprocessors, "measures": b.measures}
            content = say(args.lang, "backup_content", **counts) if b.readable else say(args.lang, "unreadable")
            print(f"  {number:>3}  {when}  {backup_reason(backup.reason, args.lang):<30} {content}")
        return 0
    chosen = chosen_backup(args.file, str(args.source))
    aside = restore_from(args.file, chosen, author=args.author)
    print(say(args.lang, "restored", file=args.file, moment=f"{chosen.taken_at.astimezone():%Y-%m-%d %H:%M}"))
    if aside is not None:
        print(say(args.lang, "kept_aside", file=aside))
    return 0


COMMANDS = {
    "new": cmd_new,
    "demo": cmd_demo,
    "info": cmd_info,
    "restore": cmd_restore,
    "team": cmd_team,
    "copy": cmd_copy,
}
