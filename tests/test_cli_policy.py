"""`register-app draft`: a new register from a privacy policy, run as a user runs it (in-process, as
test_cli runs the commands)."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import cli

from register_app.domain.enums import ActivityStatus, MeasureStatus
from register_app.services.history import recent_history
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import open_register

POLICY = """Politique de confidentialité

La société Exemple SAS, 4 rue des Lilas, 69003 Lyon, est responsable du traitement. Contact : rgpd@exemple.fr.

Finalités

- Gestion des comptes clients et des abonnements ;
- Envoi de la newsletter aux abonnés ;
- Facturation et recouvrement des impayés.

La newsletter est envoyée sur la base de votre consentement.

Durée de conservation

Les factures sont conservées 10 ans à compter de la clôture de l'exercice.
Les données des prospects sont conservées 3 ans à compter du dernier contact.

Sécurité

Toutes les données sont hébergées chez OVHcloud, en France. Les connexions se font en HTTPS.
"""


def test_draft_writes_drafts_quoting_the_policy(tmp_path: Path) -> None:
    policy, out, proposals = tmp_path / "politique.txt", tmp_path / "r.rgpd", tmp_path / "p.json"
    policy.write_text(POLICY, encoding="utf-8")
    done = cli("--author", "Claire", "draft", policy, out, "--proposals", proposals, data_dir=tmp_path / "d",
               check=False)
    assert done.returncode == 0, done.stderr
    assert "3 traitements en brouillon" in done.stdout
    register = open_register(out)
    try:
        snap = take_snapshot(register)
        history = recent_history(register, limit=500)
    finally:
        register.close()
    assert snap.organisation.identity.name == "Exemple SAS"
    assert (snap.organisation.identity.postcode, snap.organisation.identity.city) == ("69003", "Lyon")
    assert {a.status for a in snap.activities} == {ActivityStatus.DRAFT}
    purposes = {x.description: x for a in snap.activities for x in a.purposes}
    assert purposes["Envoi de la newsletter aux abonnés"].legal_basis == "consent"
    assert purposes["Facturation et recouvrement des impayés"].legal_basis is None
    billing = next(a for a in snap.activities if "Facturation et recouvrement des impayés" in
                   [x.description for x in a.purposes])  # fmt: skip
    assert [(r.active.value if r.active else None, r.start_event) for r in billing.retention] == [
        (10, "end_of_fiscal_year")]  # fmt: skip
    assert [s.name for s in snap.subprocessors] == ["OVHcloud"] and snap.subprocessors[0].country == "FR"
    declared = {m.catalogue_code for m in snap.measures if m.status is MeasureStatus.IN_PLACE}
    assert {"tls_https", "hosting_eu"} <= declared
    assert all(len(a.measures) == len(declared) for a in snap.activities)  # organisation-wide
    created = [h for h in history if h.action == "create" and h.object_kind == "activity"]
    assert created and all(h.author == "Claire" for h in created)
    assert all("politique.txt" in a.notes for a in snap.activities)
    document = json.loads(proposals.read_text(encoding="utf-8"))
    quoted = [s for a in document["activities"] for x in a["purposes"] for s in x["sources"]]
    quoted += [s for m in document["measures"] for s in m["sources"]]
    assert quoted and all(document["text"][s["start"] : s["end"]] == s["text"] for s in quoted)
    assert all(s["text"] in POLICY for s in quoted)  # the policy's own words


def test_a_policy_that_cannot_be_read_writes_nothing(tmp_path: Path) -> None:
    policy, out = tmp_path / "policy.pdf", tmp_path / "r.rgpd"
    policy.write_bytes(b"%PDF-1.4 not really")
    done = cli("draft", policy, out, data_dir=tmp_path / "d", check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("register-app: ") and "policy.pdf" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
