"""How well a register drafted from a privacy policy matches what a careful DPO records from it, on
the development set ../shared/examples/registers/*-expected.json (relative to the repository root),
and how long drafting a long policy takes against extracting its text. Run from the repository root:

    .venv/bin/python -m bench.policy_scores [--examples DIR] [--no-speed]

Matching, stated so that the figures can be judged:
- purposes: a proposed and an expected purpose match when their meaningful words overlap (Dice
  coefficient >= 0.5, words folded, plural s dropped);
- retention rules: same ISO 8601 duration (or both none) and same start event, the expected trigger
  read by services.retention_text (both none when the policy gives none);
- measures: the proposal's source sentence and the expected measure's quote contain one another;
- subprocessors: the same name (folded);
- organisation and DPO: found when the name (organisation) or e-mail / name (DPO) is the expected
  one, and a DPO the policy does not name must not be proposed.
Recall counts the expected items some proposal matches; precision the proposals some expected item
matches. Prints one table; exit status 0 even when targets are missed (the figures are the output)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from register_app.services.policy.draft import draft_from_policy
from register_app.services.policy.extract import extract
from register_app.services.policy.proposals import Proposals
from register_app.services.policy.purposes import content_words
from register_app.services.policy.reader import read_policy
from register_app.services.policy.vocabulary import fold
from register_app.services.retention_text import first_event
from register_app.services.terms import folded

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
TARGETS = {"purposes": 0.70, "retention": 0.80, "measures": 0.80, "subprocessors": 0.80}
PRECISION_TARGET = 0.80
LONG_PAGES = 25
PAGE_CHARS = 3000


def dice(a: str, b: str) -> float:
    x, y = content_words(a), content_words(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def score(expected: list[Any], proposed: list[Any], same: Any) -> tuple[int, int, int, int]:
    """(expected matched, expected, proposals matched, proposals)."""
    recalled = sum(1 for e in expected if any(same(e, p) for p in proposed))
    correct = sum(1 for p in proposed if any(same(e, p) for e in expected))
    return recalled, len(expected), correct, len(proposed)


def quotes_meet(quote: str, sources: list[str]) -> bool:
    q = fold(quote)
    return any(q in fold(s) or fold(s) in q for s in sources)


def expected_rules(doc: dict[str, Any]) -> list[tuple[str | None, str | None, bool]]:
    """(duration_iso, start event code, trigger given) of each distinct expected rule."""
    rules = {}
    for activity in doc["activities"]:
        for rule in activity.get("retention", []):
            trigger = rule.get("trigger")
            event = first_event(folded(trigger, 600)) if trigger else None
            rules[(rule["data_category"], rule.get("duration_iso"), trigger)] = (rule.get("duration_iso"), event,
                                                                                 bool(trigger))  # fmt: skip
    return list(rules.values())


def rule_matches(e: tuple[str | None, str | None, bool], p: Any) -> bool:
    iso, event, given = e
    if iso != p.duration_iso:
        return False
    if not given:
        return p.start_event is None
    return p.start_event is not None and (event is None or event == p.start_event)


def measure(doc: dict[str, Any], found: Proposals) -> dict[str, tuple[int, int, int, int]]:
    purposes_expected = list({fold(x): x for a in doc["activities"] for x in a["purposes"]}.values())
    purposes_found = [x.text for a in found.activities for x in a.purposes]
    measures_found = [[s.text for s in m.sources] for m in found.measures]
    return {
        "purposes": score(purposes_expected, purposes_found, lambda e, p: dice(e, p) >= 0.5),
        "retention": score(expected_rules(doc), list(found.retention), rule_matches),
        "measures": score([m["source_quote"] for m in doc["security_measures"]], measures_found, quotes_meet),
        "subprocessors": score(
            [s["name"] for s in doc["subprocessors"]],
            [s.name for s in found.subprocessors],
            lambda e, p: fold(e) == fold(p),
        ),
    }


def identity_found(doc: dict[str, Any], found: Proposals) -> tuple[bool, bool]:
    org = doc.get("organisation") or {}
    org_ok = bool(found.organisation and org.get("name") and fold(found.organisation.name) == fold(org["name"]))
    dpo = doc.get("dpo")
    if dpo is None:
        dpo_ok = found.dpo is None
    else:
        dpo_ok = found.dpo is not None and (
            fold(found.dpo.email) == fold(dpo.get("email") or "-")
            or fold(dpo.get("name") or "-") in fold(found.dpo.name)
        )
    return org_ok, dpo_ok


def percent(done: int, total: int) -> str:
    return f"{100 * done / total:5.1f} %" if total else "    — "


def long_policy(examples: list[Path], dest: Path) -> Path:
    """A policy of LONG_PAGES pages as a PDF: the examples' texts one after another, repeated."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    text = "\n".join(p.read_text(encoding="utf-8") for p in examples)
    lines: list[str] = []
    while sum(map(len, lines)) < LONG_PAGES * PAGE_CHARS:
        lines += [line[i : i + 95] for line in text.splitlines() for i in range(0, max(len(line), 1), 95)]
    pdf = canvas.Canvas(str(dest), pagesize=A4)
    y = 800
    for line in lines:
        pdf.setFont("Helvetica", 9)
        pdf.drawString(40, y, line)
        y -= 12
        if y < 40:
            pdf.showPage()
            y = 800
    pdf.save()
    return dest


def timed(work: Any) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def speed(examples: list[Path]) -> tuple[int, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = long_policy(examples, Path(tmp) / "long-policy.pdf")
        pages = len(__import__("pypdf").PdfReader(str(pdf)).pages)
        read = timed(lambda: read_policy(pdf))
        counter = iter(range(100))

        def draft() -> None:
            draft_from_policy(pdf, Path(tmp) / f"draft-{next(counter)}.rgpd", author="bench")

        return pages, read, timed(draft)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=EXAMPLES)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    expected_files = sorted((args.examples / "registers").glob("*-expected.json"))
    if not expected_files:
        print(f"No development set under {args.examples / 'registers'}: nothing to measure.")
        return 0
    totals = {k: [0, 0, 0, 0] for k in TARGETS}
    policies = []
    print(f"{'policy':<30} {'measure':<14} {'recall':>16} {'precision':>18}")
    for path in expected_files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        policy = args.examples / doc["source"]
        policies.append(policy)
        found = extract(read_policy(policy), "fr")
        for key, (rec, exp, cor, prop) in measure(doc, found).items():
            totals[key] = [a + b for a, b in zip(totals[key], (rec, exp, cor, prop), strict=True)]
            print(f"{policy.name:<30} {key:<14} {percent(rec, exp)} ({rec:>2}/{exp:<2}) {percent(cor, prop)} "
                  f"({cor:>2}/{prop:<2})")  # fmt: skip
        org_ok, dpo_ok = identity_found(doc, found)
        print(f"{policy.name:<30} organisation   {'found' if org_ok else 'MISSED':>16}")
        print(f"{policy.name:<30} DPO            {'right' if dpo_ok else 'WRONG':>16}")
    print()
    print(f"{'all policies':<30} {'measure':<14} {'recall':>16} {'precision':>18}   target (recall / precision)")
    for key, (rec, exp, cor, prop) in totals.items():
        print(f"{'':<30} {key:<14} {percent(rec, exp)} ({rec:>2}/{exp:<2}) {percent(cor, prop)} ({cor:>2}/{prop:<2})"
              f"   {TARGETS[key]:.0%} / {PRECISION_TARGET:.0%}")  # fmt: skip
    if not args.no_speed:
        pages, read, draft = speed(policies)
        print()
        print(f"speed: a {pages}-page PDF policy: text extracted in {read:.2f} s, drafted (read, extract, write "
              f"the register) in {draft:.2f} s: {draft / read:.1f}x (target <= 10x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
