"""The command line's documents written from the register: `export` (the format follows the file's
extension), the inspection `bundle`, the information `notice`, the `agenda` and a `breach-notice`."""

from __future__ import annotations

import argparse

from register_app.cli_location import named, opened
from register_app.cli_words import say
from register_app.errors import UnsupportedFormatError
from register_app.exports.export_texts import text
from register_app.exports.formats import exporter_for
from register_app.services.as_of import parse_moment
from register_app.services.document import Profile
from register_app.services.export_files import export_file


def cmd_export(args: argparse.Namespace) -> int:
    exporter_for(args.out)  # an unknown format is refused before the register is opened
    moment = parse_moment(args.as_of) if args.as_of else None
    register = opened(args)
    try:
        export_file(register, args.out, profile=Profile(args.profile), lang=args.lang, findings=not args.no_findings,
                    as_of=moment, version=args.version_name)  # fmt: skip
    finally:
        register.close()
    if args.version_name is not None:
        print(say(args.lang, "exported_version", name=args.version_name, file=named(args.file), out=args.out))
        return 0
    when = say(args.lang, "as_of", moment=f"{moment.astimezone():%Y-%m-%d %H:%M}") if moment else ""
    profile = text(f"profile_{args.profile}", args.lang)  # "Registre complet": lower-cased inside the line
    print(say(args.lang, "exported", file=named(args.file), out=args.out, profile=profile[0].lower() + profile[1:],
              lang=args.lang, when=when))  # fmt: skip
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from register_app.services.export_files import write_bundle

    moment = parse_moment(args.as_of) if args.as_of else None
    register = opened(args)
    try:
        write_bundle(register, args.out, as_of=moment, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "bundle", file=named(args.file), out=args.out))
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from register_app.exports.notice.formats import renderer_for
    from register_app.services.notice import write_notice

    renderer_for(args.out)  # an unknown format is refused before the register is opened
    register = opened(args)
    try:
        notice = write_notice(register, args.out, audience=args.audience, lang=args.lang)
    finally:
        register.close()
    audience = args.audience or say(args.lang, "everyone")
    print(say(args.lang, "notice", out=args.out, audience=audience, lang=args.lang))
    if notice.missing:
        print(say(args.lang, "notice_missing", n=len(notice.missing)))
        for line in notice.missing:
            print(f"  - {line}")
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    from register_app.services.agenda_file import check_ics_path, write_agenda

    check_ics_path(args.out)
    register = opened(args)
    try:
        written = write_agenda(register, args.out, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "agenda", items=written.items, out=args.out, overdue=written.overdue, lang=args.lang))
    return 0


def cmd_breach_notice(args: argparse.Namespace) -> int:
    from register_app.services.export_files import export_breach_notice_file

    if args.out.suffix.lower() != ".pdf":  # refused before the register is opened
        raise UnsupportedFormatError(path=args.out, expected=".pdf")
    register = opened(args)
    try:
        breach = export_breach_notice_file(register, args.out, breach=args.breach, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "breach_notice", breach=breach.reference or breach.title, out=args.out, lang=args.lang))
    return 0


COMMANDS = {
    "export": cmd_export,
    "bundle": cmd_bundle,
    "notice": cmd_notice,
    "agenda": cmd_agenda,
    "breach-notice": cmd_breach_notice,
}
