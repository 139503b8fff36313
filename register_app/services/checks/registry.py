"""Every rule, gathered from the theme modules, and the pure function that runs them over a
register snapshot. A rule is added by writing one decorated function in the right theme module."""

from __future__ import annotations

from datetime import date
from types import ModuleType

from register_app.services import records as r
from register_app.services.checks import (
    rules_art30,
    rules_dpia,
    rules_dpo,
    rules_dpo_registers,
    rules_lawfulness,
    rules_misc,
    rules_processor,
    rules_recipients,
    rules_retention,
    rules_subprocessors,
    rules_transfers,
)
from register_app.services.checks.engine import Finding, Rule, sort_key
from register_app.services.checks.register_index import Context


def collect(*modules: ModuleType) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, Rule):
                if value.code in rules:
                    raise ValueError(f"two rules share the code {value.code}")
                rules[value.code] = value
    return rules


RULES = collect(
    rules_art30,
    rules_dpo,
    rules_processor,
    rules_lawfulness,
    rules_transfers,
    rules_subprocessors,
    rules_recipients,
    rules_retention,
    rules_dpia,
    rules_misc,
    rules_dpo_registers,
)


def check_snapshot(snapshot: r.Snapshot, *, today: date) -> list[Finding]:
    """Every finding about the register as of `today`, errors first, then by object."""
    ctx = Context(snapshot, today=today)
    return sorted((finding for rule in RULES.values() for finding in rule.run(ctx)), key=sort_key)
