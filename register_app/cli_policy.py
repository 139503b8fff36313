"""The command line's privacy-policy commands: `draft` (a new register from a policy) and
`compare-policy` (what a policy and a register say differently)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from register_app.exports.formats import write_atomically


def add_commands(sub: Any) -> None:
    p = sub.add_parser("draft", help="draft a new register from the company's privacy policy")
    p.add_argument("policy", type=Path, help="the privacy policy: .txt, .md, .html, .pdf or .docx")
    p.add_argument("file", type=Path, help="the register to create (.rgpd)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the activities' names and measures")
    p.add_argument("--proposals", type=Path, metavar="OUT.json",
                   help="also write every proposal with the sentences it came from")  # fmt: skip


def cmd_draft(args: argparse.Namespace) -> int:
    from register_app.services.policy.draft import draft_from_policy

    proposals, summary = draft_from_policy(args.policy, args.file, lang=args.lang, author=args.author)
    if args.proposals is not None:
        data = json.dumps(proposals.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_atomically(args.proposals, data.encode("utf-8"), register=args.file)
    print(f"Drafted {args.file} from {args.policy.name}: {len(proposals.activities)} draft activities, "
          f"{len(proposals.subprocessors)} subprocessors, {len(proposals.measures)} measures declared, "
          f"{len(proposals.retention)} retention rules ({summary.created} objects created, "
          f"{summary.updated} updated).")  # fmt: skip
    print("Every activity is a draft: review each against the policy before making it active.")
    return 0


COMMANDS = {"draft": cmd_draft}
