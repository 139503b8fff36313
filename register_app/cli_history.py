"""The command line's commands on the register's history: `freeze` a named version, list the
`versions`, write the `changes` between two dates."""

from __future__ import annotations

import argparse

from register_app.cli_location import named, opened
from register_app.cli_words import say
from register_app.services.as_of import parse_moment


def cmd_freeze(args: argparse.Namespace) -> int:
    from register_app.services.versions import freeze_version

    register = opened(args, for_writing=True)
    try:
        version = freeze_version(register, name=args.name, comment=args.comment)
    finally:
        register.close()
    print(say(args.lang, "froze", name=version.name, file=named(args.file),
              moment=f"{version.frozen_at.astimezone():%Y-%m-%d %H:%M}", sha256=version.sha256))  # fmt: skip
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from register_app.services.versions import list_versions

    register = opened(args)
    try:
        versions = list_versions(register)
    finally:
        register.close()
    if not versions:
        print(say(args.lang, "no_version", file=named(args.file)))
    for v in versions:
        comment = f" — {v.comment}" if v.comment else ""
        print(say(args.lang, "version", moment=f"{v.frozen_at.astimezone():%Y-%m-%d %H:%M}", name=v.name,
                  author=v.frozen_by, comment=comment))  # fmt: skip
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from register_app.services.export_files import write_changes

    until = parse_moment(args.until) if args.until else None
    since = parse_moment(args.since) if args.since else None
    register = opened(args)
    try:
        report = write_changes(register, args.out, since=since, until=until, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "changes", out=args.out, activities=len(report.activities), objects=len(report.objects)))
    return 0


COMMANDS = {
    "freeze": cmd_freeze,
    "versions": cmd_versions,
    "changes": cmd_changes,
}
