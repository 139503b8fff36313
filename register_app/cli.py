"""Command line: the same services as the desktop app, headless. With no command it starts the
desktop app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from register_app import __version__
from register_app.cli_policy import COMMANDS as POLICY_COMMANDS
from register_app.cli_policy import add_commands as add_policy_commands
from register_app.cli_templates import COMMANDS as TEMPLATE_COMMANDS
from register_app.cli_templates import add_commands as add_template_commands
from register_app.cli_templates import add_new_options
from register_app.cli_words import say
from register_app.domain.enums import ActivityStatus
from register_app.domain.words.backups import backup_reason
from register_app.domain.words.enum_labels import enum_label, in_sentence
from register_app.errors import ImportFailed, UnsupportedFormatError, UserError
from register_app.exports.formats import exporter_for
from register_app.services.as_of import parse_moment
from register_app.services.document import Profile
from register_app.services.export_files import export_file
from register_app.services.files import backups_of, chosen_backup, open_file, restore_from
from register_app.services.registers import new_register, register_info
from register_app.store.register_file import RegisterFile
from register_app.store.team import is_team_url, parse_location, role_names, shown

if TYPE_CHECKING:
    from register_app.services.xlsx_import.plan import ImportPlan

log = logging.getLogger(__name__)
FILE_OR_URL = "a register file, or a team register's postgresql://user@host/database URL"
FILE_ONLY = "a register file (a team register: team init, copy)"
LINES = "language of the lines printed"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="register-app", description="Keep a GDPR Article 30 register and export it for the CNIL."
    )
    parser.add_argument("--version", action="version", version=f"register-app {__version__}")
    parser.add_argument("--author", help="name recorded in the history (default: your user name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty register")
    p.add_argument("file", type=parse_location, help=FILE_ONLY)
    p.add_argument("--organisation", required=True, help="legal name of the organisation")
    p.add_argument("--lang", choices=("fr", "en"), default="fr",
                   help="language of the measure catalogue and of the drafts")  # fmt: skip
    add_new_options(p)

    p = sub.add_parser("demo", help="write the demo register (a fictional French SaaS company)")
    p.add_argument("file", type=parse_location, help=FILE_ONLY)
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)

    p = sub.add_parser("info", help="show the organisation and what the register holds")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)

    p = sub.add_parser("import", help="import a register document or workbook into FILE (created if missing)")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("source", type=Path, help=".json, .xlsx / .xlsm / .ods (the CNIL model, our own export or any "
                   "table), .csv, Markdown files with YAML front matter or a folder of them")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="only print what the import would do")
    p.add_argument("--mapping", metavar="PRESET|FILE.json",
                   help="which source column goes to which field: a preset (ico, fides, ciso_assistant, koos, "
                   "ropa_json) or a mapping file; without it, a source of another layout gets the mapping "
                   "its headers propose")  # fmt: skip
    p.add_argument("--save-mapping", metavar="FILE.json", type=Path,
                   help="write the mapping used, to edit and reuse with --mapping")  # fmt: skip
    p.add_argument("--lang", choices=("fr", "en"), help="language of the plan's lines (default: the language of "
                   "our own workbook being imported, English otherwise)")  # fmt: skip

    p = sub.add_parser("restore", help="list the register's backups, or put one back in its place")
    p.add_argument("file", type=parse_location, help=FILE_ONLY)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--list", action="store_true", help="list the backups (the default)")
    group.add_argument(
        "--from",
        dest="source",
        metavar="BACKUP",
        help="the backup to restore: its number in --list (1 = newest) or its path",
    )
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)

    p = sub.add_parser("export", help="export the register; the format follows OUT's extension")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("out", type=Path)
    p.add_argument("--profile", choices=[x.value for x in Profile], default=Profile.FULL.value)
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    p.add_argument("--no-findings", action="store_true",
                   help="leave the compliance findings out of the full register (PDF, Excel)")  # fmt: skip
    when = p.add_mutually_exclusive_group()
    when.add_argument("--as-of", metavar="DATE",
                      help="the register as it stood then, rebuilt from its history: 2026-03-31 (the end of that "
                      "day) or 2026-03-31T14:30, local time")  # fmt: skip
    when.add_argument("--version", metavar="NAME", dest="version_name",
                      help="a frozen version, exactly as it was frozen")  # fmt: skip

    p = sub.add_parser("bundle", help="write the inspection bundle (a zip with the register, its annexes, the "
                       "findings, the journal extract and a SHA-256 manifest)")  # fmt: skip
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("out", type=Path, help="the .zip to write")
    p.add_argument("--as-of", metavar="DATE", help="the register as it stood then (default: now)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")

    p = sub.add_parser("freeze", help="freeze a named, dated version of the register, validated by the DPO")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--name", required=True, help="the version's name, e.g. 'Revue annuelle 2026'")
    p.add_argument("--comment", default="", help="the DPO's comment")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)

    p = sub.add_parser("versions", help="list the register's frozen versions")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)

    p = sub.add_parser("changes", help="what changed in the register between two dates; the format follows "
                       "OUT's extension (.pdf, .xlsx, .json)")  # fmt: skip
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("out", type=Path)
    p.add_argument("--since", metavar="DATE", help="from this date (default: the last frozen version)")
    p.add_argument("--until", metavar="DATE", help="to this date (default: now)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")

    p = sub.add_parser(
        "verify",
        help="check that the history is intact and that the register holds what its history says",
        description="Check the chain of hashes of FILE's history and compare every object with the last state "
        "its history recorded. Exit status: 0 when both hold, 3 when they do not, 1 when the register cannot "
        "be read.",
    )
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the report")

    p = sub.add_parser("notice", help="write the information notice (GDPR Art. 13-14) from the register; "
                       "the format follows OUT's extension")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("out", type=Path, help=".html, .docx or .pdf")
    p.add_argument("--audience", metavar="CODE",
                   help="a category of data subjects (customers, candidates, employees, website_visitors...); "
                   "default: everyone")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")

    p = sub.add_parser("agenda", help="write what falls due (reviews, contracts, certificates, DPIAs, breach "
                       "notifications, rights requests) as an iCalendar file to import into a calendar")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("out", type=Path, help=".ics")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")

    p = sub.add_parser("breach-notice", help="write one breach of the breach register as a draft notification "
                       "to the CNIL (PDF)")
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("breach", metavar="BREACH", help="the breach's reference (e.g. V-2026-01) or identifier")
    p.add_argument("out", type=Path, help=".pdf")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")

    p = sub.add_parser(
        "check",
        help="check the register's compliance and list the findings",
        description="Run the compliance checks on FILE. Exit status: 0 when no open finding reaches the "
        "--fail-on threshold, 3 when some do, 1 when the register cannot be read.",
    )
    p.add_argument("file", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    p.add_argument("--fail-on", choices=("error", "warning"), default="error",
                   help="lowest severity that makes the exit status 3 (default: error)")  # fmt: skip
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the messages")
    p = sub.add_parser("copy", help="copy a register whole, history included, between a file and a team register",
                       description="Copy the register at SOURCE into DEST, which must not hold one yet: a new file, "
                       "or an empty PostgreSQL database (which gets the team roles, as `team init` makes them). "
                       "Either way, and losslessly: both give the same JSON document.")  # fmt: skip
    p.add_argument("source", type=parse_location, help=FILE_OR_URL)
    p.add_argument("dest", type=parse_location, help=FILE_OR_URL)
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help=LINES)
    p = sub.add_parser("team", help="team registers in a PostgreSQL database")
    team = p.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=True)
    p = team.add_parser("init", help="set up a team register: the schema, the editors' and readers' roles",
                        description="Create (or bring up to date) the register in the database at URL, and its two "
                        "roles, DATABASE_editors and DATABASE_readers, with their rights. Run it as the database's "
                        "owner.")  # fmt: skip
    p.add_argument("url", metavar="URL", help="postgresql://owner@host/database")
    p.add_argument("--organisation", help="legal name of the organisation (needed when the database is empty)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr",
                   help="language of the measure catalogue and of the lines printed")  # fmt: skip
    p.add_argument("--editor", action="append", default=[], metavar="USER", help="make USER an editor (repeatable)")
    p.add_argument("--reader", action="append", default=[], metavar="USER", help="make USER a reader (repeatable)")
    add_policy_commands(sub)
    add_template_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    if len(raw) == 1 and raw[0] not in COMMANDS and (Path(raw[0]).exists() or is_team_url(raw[0])):  # FILE or URL
        from register_app.app import run_desktop

        return run_desktop(raw)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from register_app.app import run_desktop

        return run_desktop([])
    lang = getattr(args, "lang", None) or "en"  # import's default: English, as its plan
    try:
        return COMMANDS[args.command](args)
    except ImportFailed as exc:
        print(f"register-app: {exc.message_in(lang)}", file=sys.stderr)
        errors = exc.errors_in(lang)
        for line in errors[:50]:
            print(f"  {line}", file=sys.stderr)
        if len(errors) > 50:
            print(f"  {say(lang, 'more_errors', n=len(errors) - 50)}", file=sys.stderr)
        return 1
    except UserError as exc:
        print(f"register-app: {exc.message_in(lang)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`register-app check FILE | head`): end quietly, as other commands do,
        # without Python's second complaint when it flushes standard output at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


class FileOnlyError(UserError):
    """{command} works on a register file, not on a team register ({url}): a team register is created with
    `register-app team init URL`, and its backups are JSON documents that `register-app import NEW.rgpd
    BACKUP.json` reads into a new register file, which `register-app copy` puts back into an empty database."""

    fr = ("{command} s'applique à un fichier de registre, pas à un registre d'équipe ({url}) : un registre "
          "d'équipe se crée avec `register-app team init URL`, et ses sauvegardes sont des documents JSON que "
          "`register-app import NOUVEAU.rgpd SAUVEGARDE.json` lit dans un nouveau fichier de registre, que "
          "`register-app copy` remet dans une base vide.")  # fmt: skip


def _file(args: argparse.Namespace) -> Path:
    """The register file a command that only works on files was given (new, demo, restore)."""
    if isinstance(args.file, str):
        raise FileOnlyError(command=args.command, url=shown(args.file))
    return args.file


def _open(args: argparse.Namespace, *, for_writing: bool = False) -> RegisterFile:
    return open_file(args.file, author=args.author, for_writing=for_writing)


def _name(location: Path | str) -> str:
    """A register's location as it may be printed: a URL without its password."""
    return shown(location) if isinstance(location, str) else str(location)


def cmd_copy(args: argparse.Namespace) -> int:
    from register_app.services.register_copy import copy_register

    register = copy_register(args.source, args.dest, author=args.author)
    info = register_info(register)
    register.close()
    print(say(args.lang, "copied", source=_name(args.source), dest=_name(args.dest), activities=info.activities,
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


def cmd_new(args: argparse.Namespace) -> int:
    _file(args)
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

    register = write_demo(_file(args), author=args.author)
    info = register_info(register)
    register.close()
    print(say(args.lang, "demo", organisation=info.organisation, file=args.file))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    register = _open(args)
    try:
        info = register_info(register)
    finally:
        register.close()
    statuses = ", ".join(f"{n} {in_sentence(enum_label(ActivityStatus(status), args.lang))}"
                         for status, n in info.activities_by_status)  # fmt: skip
    print(say(args.lang, "info", path=info.path, organisation=info.organisation, activities=info.activities,
              statuses=f" ({statuses})" if statuses else "", subprocessors=info.subprocessors,
              measures=info.measures, suggestions=info.suggestions, controllers=info.controllers))  # fmt: skip
    return 0


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


def cmd_export(args: argparse.Namespace) -> int:
    exporter_for(args.out)  # an unknown format is refused before the register is opened
    moment = parse_moment(args.as_of) if args.as_of else None
    register = _open(args)
    try:
        export_file(register, args.out, profile=Profile(args.profile), lang=args.lang, findings=not args.no_findings,
                    as_of=moment, version=args.version_name)  # fmt: skip
    finally:
        register.close()
    if args.version_name is not None:
        print(say(args.lang, "exported_version", name=args.version_name, file=_name(args.file), out=args.out))
        return 0
    when = say(args.lang, "as_of", moment=f"{moment.astimezone():%Y-%m-%d %H:%M}") if moment else ""
    print(say(args.lang, "exported", file=_name(args.file), out=args.out, profile=args.profile, lang=args.lang,
              when=when))  # fmt: skip
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    from register_app.services.export_files import write_bundle

    moment = parse_moment(args.as_of) if args.as_of else None
    register = _open(args)
    try:
        write_bundle(register, args.out, as_of=moment, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "bundle", file=_name(args.file), out=args.out))
    return 0


def cmd_freeze(args: argparse.Namespace) -> int:
    from register_app.services.versions import freeze_version

    register = _open(args, for_writing=True)
    try:
        version = freeze_version(register, name=args.name, comment=args.comment)
    finally:
        register.close()
    print(say(args.lang, "froze", name=version.name, file=_name(args.file),
              moment=f"{version.frozen_at.astimezone():%Y-%m-%d %H:%M}", sha256=version.sha256))  # fmt: skip
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from register_app.services.versions import list_versions

    register = _open(args)
    try:
        versions = list_versions(register)
    finally:
        register.close()
    if not versions:
        print(say(args.lang, "no_version", file=_name(args.file)))
    for v in versions:
        comment = f" — {v.comment}" if v.comment else ""
        print(say(args.lang, "version", moment=f"{v.frozen_at.astimezone():%Y-%m-%d %H:%M}", name=v.name,
                  author=v.frozen_by, comment=comment))  # fmt: skip
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from register_app.services.export_files import write_changes

    until = parse_moment(args.until) if args.until else None
    since = parse_moment(args.since) if args.since else None
    register = _open(args)
    try:
        report = write_changes(register, args.out, since=since, until=until, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "changes", out=args.out, activities=len(report.activities), objects=len(report.objects)))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from register_app.services.verify import check_journal_on_open, describe

    register = _open(args)
    try:
        check = check_journal_on_open(register)
    finally:
        register.close()
    for line in describe(check, args.lang):
        print(line)
    return 0 if check.ok else 3


def cmd_notice(args: argparse.Namespace) -> int:
    from register_app.exports.notice.formats import renderer_for
    from register_app.services.notice import write_notice

    renderer_for(args.out)  # an unknown format is refused before the register is opened
    register = _open(args)
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
    register = _open(args)
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
    register = _open(args)
    try:
        breach = export_breach_notice_file(register, args.out, breach=args.breach, lang=args.lang)
    finally:
        register.close()
    print(say(args.lang, "breach_notice", breach=breach.reference or breach.title, out=args.out, lang=args.lang))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from register_app.services.checks import Severity, run_checks
    from register_app.services.checks.output import report_data, report_text

    register = _open(args)
    try:
        report = run_checks(register, today=date.today())
    finally:
        register.close()
    if args.output_format == "json":
        data = {"register": _name(args.file)} | report_data(report, lang=args.lang)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report_text(report, lang=args.lang))
    return 3 if report.at_least(Severity(args.fail_on)) else 0


def cmd_restore(args: argparse.Namespace) -> int:
    backups = backups_of(_file(args))
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
    "import": cmd_import,
    "export": cmd_export,
    "check": cmd_check,
    "agenda": cmd_agenda,
    "breach-notice": cmd_breach_notice,
    "notice": cmd_notice,
    "restore": cmd_restore,
    "verify": cmd_verify,
    "changes": cmd_changes,
    "freeze": cmd_freeze,
    "bundle": cmd_bundle,
    "versions": cmd_versions,
    "team": cmd_team,
    "copy": cmd_copy,
    **POLICY_COMMANDS,
    **TEMPLATE_COMMANDS,
}
