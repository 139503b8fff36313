"""The command line's privacy-policy commands: `draft` (a new register from a policy) and
`compare-policy` (what a policy and a register say differently)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from register_app.cli_words import fill, say
from register_app.exports.formats import write_atomically
from register_app.store.team import parse_location


def add_commands(sub: Any) -> None:
    p = sub.add_parser("draft", help="draft a new register from the company's privacy policy")
    p.add_argument("policy", type=Path, help="the privacy policy: .txt, .md, .html, .pdf or .docx")
    p.add_argument("file", type=Path, help="the register to create (.rgpd)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the activities' names and measures")
    p.add_argument("--proposals", type=Path, metavar="OUT.json",
                   help="also write every proposal with the sentences it came from")  # fmt: skip
    add_compare_command(sub)


def cmd_draft(args: argparse.Namespace) -> int:
    from register_app.services.policy.draft import draft_from_policy

    proposals, summary = draft_from_policy(args.policy, args.file, lang=args.lang, author=args.author)
    if args.proposals is not None:
        data = json.dumps(proposals.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_atomically(args.proposals, data.encode("utf-8"), register=args.file)
    print(say(args.lang, "drafted", file=args.file, policy=args.policy.name, activities=len(proposals.activities),
              subprocessors=len(proposals.subprocessors), measures=len(proposals.measures),
              retention=len(proposals.retention), created=summary.created, updated=summary.updated))  # fmt: skip
    print(say(args.lang, "drafted_review"))
    return 0


WORDS = {
    "fr": {"head": "Politique {policy} et registre {file} : {n:écart|écarts}.",
           "policy_only": "Ce que la politique annonce et que le registre ne consigne pas ({n}) :",
           "register_only": "Ce que le registre consigne et que la politique ne dit pas ({n}) :",
           "different": "Ce que la politique et le registre disent différemment ({n}) :",
           "policy": "politique : ", "register": "registre : ", "quote": "« {} »", "nothing_said": "n'en dit rien",
           "nothing_recorded": "rien de consigné", "none": "Aucun écart.",
           "purpose": "finalité", "subprocessor": "sous-traitant", "transfer": "transfert",
           "retention": "durée de conservation", "measure": "mesure de sécurité", "recipient": "destinataire",
           "legal_basis": "base légale"},
    "en": {"head": "Policy {policy} and register {file}: {n:difference|differences}.",
           "policy_only": "What the policy states and the register does not record ({n}):",
           "register_only": "What the register records and the policy does not disclose ({n}):",
           "different": "What the policy and the register state differently ({n}):",
           "policy": "policy: ", "register": "register: ", "quote": "“{}”", "nothing_said": "says nothing of it",
           "nothing_recorded": "nothing recorded", "none": "No difference.",
           "purpose": "purpose", "subprocessor": "subprocessor", "transfer": "transfer",
           "retention": "retention period", "measure": "security measure", "recipient": "recipient",
           "legal_basis": "legal basis"},
}  # fmt: skip


def add_compare_command(sub: Any) -> None:
    p = sub.add_parser("compare-policy", help="compare the register with the company's privacy policy")
    p.add_argument("file", type=parse_location, help="the register: a file (.rgpd) or a team register's URL")
    p.add_argument("policy", type=Path, help="the privacy policy: .txt, .md, .html, .pdf or .docx")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="output_format")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="language of the report")


def cmd_compare_policy(args: argparse.Namespace) -> int:
    from register_app.services.files import open_file
    from register_app.services.policy.compare import Side
    from register_app.services.policy.comparison import compare_policy

    register = open_file(args.file, author=args.author)
    try:
        findings = compare_policy(register, args.policy, args.lang).findings
    finally:
        register.close()
    if args.output_format == "json":
        print(json.dumps({"register": register.url or str(register.path), "policy": str(args.policy),
                          "findings": [f.to_json() for f in findings]}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    w = WORDS[args.lang]
    print(fill(args.lang, w["head"], policy=args.policy.name, file=register.path.name, n=len(findings)))
    if not findings:
        print(w["none"])
    for side in Side:
        chosen = [f for f in findings if f.side is side]
        if not chosen:
            continue
        print()
        print(w[side.value].format(n=len(chosen)))
        for f in chosen:
            print(f"  [{w[f.kind]}] {f.subject}")
            said = w["quote"].format(f.policy_quote) if f.policy_quote else w["nothing_said"]
            print(f"      {w['policy']}{said}")
            print(f"      {w['register']}{f.register_quote or w['nothing_recorded']}")
    return 0


COMMANDS = {"draft": cmd_draft, "compare-policy": cmd_compare_policy}
