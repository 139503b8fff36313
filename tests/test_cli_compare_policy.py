"""`register-app compare-policy`: the demo register against a policy that contradicts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def cli(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REGISTER_APP_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "register_app", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)  # fmt: skip


def test_the_contradictions_are_listed_with_both_sides_quoted(tmp_path: Path) -> None:
    register, policy, data = tmp_path / "demo.rgpd", tmp_path / "politique.txt", tmp_path / "d"
    policy.write_text(POLICY, encoding="utf-8")
    assert cli("demo", register, data_dir=data).returncode == 0
    done = cli("compare-policy", register, policy, "--format", "json", data_dir=data)
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
