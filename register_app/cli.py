"""Command line: the same services as the desktop app, headless. With no command it starts the
desktop app. This module holds the one parser and the entry point; the commands themselves are in
the cli_* modules, by family (registers, import, exports, checks, history, policy, templates)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from register_app import __version__
from register_app.cli_checks import COMMANDS as CHECK_COMMANDS
from register_app.cli_exports import COMMANDS as EXPORT_COMMANDS
from register_app.cli_history import COMMANDS as HISTORY_COMMANDS
from register_app.cli_import import COMMANDS as IMPORT_COMMANDS
from register_app.cli_policy import COMMANDS as POLICY_COMMANDS
from register_app.cli_policy import add_commands as add_policy_commands
from register_app.cli_registers import COMMANDS as REGISTER_COMMANDS
from register_app.cli_templates import COMMANDS as TEMPLATE_COMMANDS
from register_app.cli_templates import add_commands as add_template_commands
from register_app.cli_templates import add_new_options
from register_app.cli_words import say
from register_app.errors import ImportFailed, UserError
from register_app.services.document import Profile
from register_app.store.team import is_team_url, parse_location

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


COMMANDS = {
    **REGISTER_COMMANDS,
    **IMPORT_COMMANDS,
    **EXPORT_COMMANDS,
    **CHECK_COMMANDS,
    **HISTORY_COMMANDS,
    **POLICY_COMMANDS,
    **TEMPLATE_COMMANDS,
}
