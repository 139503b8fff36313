"""The command line's commands whose exit status says whether the register holds up: `check` (its
compliance findings) and `verify` (its history's integrity)."""

from __future__ import annotations

import argparse

from register_app.cli_location import named, opened


def cmd_check(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from register_app.services.checks import Severity, run_checks
    from register_app.services.checks.output import report_data, report_text

    register = opened(args)
    try:
        report = run_checks(register, today=date.today())
    finally:
        register.close()
    if args.output_format == "json":
        data = {"register": named(args.file)} | report_data(report, lang=args.lang)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report_text(report, lang=args.lang))
    return 3 if report.at_least(Severity(args.fail_on)) else 0


def cmd_verify(args: argparse.Namespace) -> int:
    from register_app.services.verify import check_journal_on_open, describe

    register = opened(args)
    try:
        check = check_journal_on_open(register)
    finally:
        register.close()
    for line in describe(check, args.lang):
        print(line)
    return 0 if check.ok else 3


COMMANDS = {
    "check": cmd_check,
    "verify": cmd_verify,
}
