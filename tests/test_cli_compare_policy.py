"""`register-app compare-policy`: the demo register against a policy that contradicts it (in-process, as
test_cli runs the commands)."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import cli

POLICY = """Politique de confidentialité de Solvéa Santé

Finalités

- Gestion de la paie et administration du personnel ;
- Revente de fichiers de contacts à des partenaires commerciaux ;

Hébergement et transferts

Toutes les données sont hébergées chez Hexacloud Santé, en France, certifié HDS.
Vos données ne sont jamais transférées hors de l'Union européenne.
Les paiements sont traités par notre prestataire Stripe.

Durée de conservation

Les données des prospects sont conservées 5 ans à compter du dernier contact.
"""


def test_the_contradictions_are_listed_with_both_sides_quoted(demo_path: Path, tmp_path: Path) -> None:
    register, policy, data = demo_path, tmp_path / "politique.txt", tmp_path / "d"
    policy.write_text(POLICY, encoding="utf-8")
    done = cli("compare-policy", register, policy, "--format", "json", data_dir=data, check=False)
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)["findings"]
    by = {(f["side"], f["kind"], f["subject"]): f for f in findings}
    usa = by[("register_only", "transfer", "États-Unis")]  # the policy denies any transfer
    assert usa["policy_quote"] == "Vos données ne sont jamais transférées hors de l'Union européenne."
    assert "Pipewell Inc. (US)" in usa["register_quote"]
    assert ("register_only", "transfer", "Maroc") in by
    assert ("policy_only", "subprocessor", "Stripe") in by
    assert ("register_only", "subprocessor", "Pipewell Inc.") in by
    assert ("register_only", "subprocessor", "Hexacloud Santé SAS") not in by  # the policy names it
    resale = by[("policy_only", "purpose", "Revente de fichiers de contacts à des partenaires commerciaux")]
    assert resale["register_quote"] == ""
    assert not any(f["kind"] == "purpose" and f["subject"].startswith("Gestion de la paie") for f in findings)
    assert any(f["side"] == "policy_only" and f["kind"] == "retention" and "5 ans" in f["policy_quote"]
               for f in findings)  # fmt: skip
    text = cli("compare-policy", register, policy, "--lang", "en", data_dir=data).stdout
    assert "What the register records and the policy does not disclose" in text
    assert "[transfer] United States" in text and "policy: “Vos données ne sont jamais" in text
