"""Command line: the same services as the desktop app, headless. With no command it starts the
desktop app."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from register_app import __version__
from register_app.errors import ImportFailed, UnsupportedFormatError, UserError
from register_app.exports.formats import exporter_for, write_atomically
from register_app.exports.profiles import Profile
from register_app.services.registers import new_register, register_info
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile, create_register, open_register

log = logging.getLogger(__name__)
IMPORTERS = (".json",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="register-app", description="Keep a GDPR Article 30 register and export it for the CNIL."
    )
    parser.add_argument("--version", action="version", version=f"register-app {__version__}")
    parser.add_argument("--author", help="name recorded in the history (default: your user name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty register")
    p.add_argument("file", type=Path)
    p.add_argument("--organisation", required=True, help="legal name of the organisation")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the measure catalogue")

    p = sub.add_parser("demo", help="write the demo register (a fictional French SaaS company)")
    p.add_argument("file", type=Path)

    p = sub.add_parser("info", help="show the organisation and what the register holds")
    p.add_argument("file", type=Path)

    p = sub.add_parser("import", help="import a register document into FILE (created if missing)")
    p.add_argument("file", type=Path)
    p.add_argument("source", type=Path)

    p = sub.add_parser("export", help="export the register; the format follows OUT's extension")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--profile", choices=[x.value for x in Profile], default=Profile.FULL.value)
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from register_app.app import run_desktop

        return run_desktop([])
    try:
        return COMMANDS[args.command](args)
    except ImportFailed as exc:
        print(f"register-app: {exc.message}", file=sys.stderr)
        for line in exc.errors[:50]:
            print(f"  {line}", file=sys.stderr)
        if len(exc.errors) > 50:
            print(f"  ... and {len(exc.errors) - 50} more", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"register-app: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _open(args: argparse.Namespace) -> RegisterFile:
    return open_register(args.file, author=args.author)


def cmd_new(args: argparse.Namespace) -> int:
    register = new_register(args.file, organisation=args.organisation, author=args.author, lang=args.lang)
    register.close()
    print(f"Created {args.file} for {args.organisation}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from register_app.services.demo import write_demo

    register = write_demo(args.file, author=args.author)
    info = register_info(register)
    register.close()
    print(f"Wrote the demo register of {info.organisation} to {args.file}.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    register = _open(args)
    try:
        info = register_info(register)
    finally:
        register.close()
    statuses = ", ".join(f"{n} {status}" for status, n in info.activities_by_status)
    print(f"Register:        {info.path}")
    print(f"Organisation:    {info.organisation}")
    print(f"Activities:      {info.activities}" + (f" ({statuses})" if statuses else ""))
    print(f"Subprocessors:   {info.subprocessors}")
    print(f"Measures:        {info.measures}")
    print(f"Other controllers: {info.controllers}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    suffix = args.source.suffix.lower()
    if suffix not in IMPORTERS:
        raise UnsupportedFormatError(path=args.source, expected=", ".join(IMPORTERS))
    if not args.source.is_file():
        raise UserError(f"{args.source} does not exist.")
    from register_app.services.interchange import import_document, parse_document

    document = parse_document(args.source.read_bytes())
    created_file = not args.file.exists()
    register = create_register(args.file, author=args.author) if created_file else _open(args)
    try:
        summary = import_document(register, document)
    except BaseException:
        register.close()
        if created_file:
            args.file.unlink(missing_ok=True)
        raise
    register.close()
    print(f"Imported {args.source} into {args.file}: {summary.created} created, {summary.updated} updated.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    exporter = exporter_for(args.out)
    register = _open(args)
    try:
        snapshot = take_snapshot(register)
    finally:
        register.close()
    data = exporter(snapshot, Profile(args.profile), args.lang)
    write_atomically(args.out, data, register=args.file)
    print(f"Exported {args.file} to {args.out} ({args.profile}, {args.lang}).")
    return 0


COMMANDS = {"new": cmd_new, "demo": cmd_demo, "info": cmd_info, "import": cmd_import, "export": cmd_export}
