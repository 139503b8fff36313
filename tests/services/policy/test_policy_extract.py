"""What the extraction proposes from a policy, and that every proposal quotes the policy exactly."""

from __future__ import annotations

from pathlib import Path

from register_app.services.policy.extract import extract
from register_app.services.policy.proposals import Proposals, Source
from register_app.services.policy.reader import read_policy

ENGLISH = """# Privacy policy

Acme Analytics Ltd, 12 High Street, SW1A 1AA London, United Kingdom, is the controller of your data.
Contact us at privacy@acme.example.

## How we use your data

- Creating and managing your customer account
- Sending our newsletter to subscribers who opted in
- Invoicing and collecting payments

We send the newsletter on the basis of your consent.

## How long we keep your data

Invoices are kept for 10 years from the end of the financial year.
Account data is deleted 2 years after the last login.
Your data is kept for as long as necessary.

## Security

All connections use HTTPS (TLS 1.3). Staff accounts require two-factor authentication.
We do not use antivirus software on servers.

## Hosting and transfers

All your data is hosted by Blue Cloud SAS in France, which is ISO 27001 certified.
We use Mailchimp to send the newsletter.
Payment data is processed by Stripe and transferred to the United States under standard contractual clauses.

## Data protection officer

Our data protection officer can be reached at dpo@acme.example.
"""


def policy(tmp_path: Path, text: str, name: str = "policy.md") -> Proposals:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract(read_policy(path), "en")


def sources_of(found: Proposals) -> list[Source]:
    items: list[Source] = []
    for a in found.activities:
        for x in a.purposes:
            items += x.sources
    for group in (found.retention, found.measures, found.subprocessors, found.transfers):
        for item in group:
            items += item.sources
    return items


def test_an_english_policy(tmp_path: Path) -> None:
    found = policy(tmp_path, ENGLISH)
    assert found.organisation is not None
    assert found.organisation.name == "Acme Analytics Ltd"
    assert found.organisation.email == "privacy@acme.example"
    assert found.dpo is not None and found.dpo.email == "dpo@acme.example" and not found.dpo.external
    purposes = {x.text: x for a in found.activities for x in a.purposes}
    assert set(purposes) == {
        "Creating and managing your customer account",
        "Sending our newsletter to subscribers who opted in",
        "Invoicing and collecting payments",
    }
    assert purposes["Sending our newsletter to subscribers who opted in"].legal_basis == "consent"
    assert purposes["Invoicing and collecting payments"].legal_basis is None  # the policy states none
    rules = {(r.duration_iso, r.start_event) for r in found.retention}
    assert rules == {("P10Y", "end_of_fiscal_year"), ("P2Y", "last_activity")}  # "as long as necessary": no rule
    codes = {m.code for m in found.measures}
    assert {"tls_https", "mfa", "hosting_eu", "secnumcloud_iso27001_hosting"} <= codes
    assert "antivirus_edr" not in codes  # denied
    hosts = {s.name: s for s in found.subprocessors}
    assert hosts["Blue Cloud SAS"].country == "FR" and hosts["Blue Cloud SAS"].hosts_everything
    assert hosts["Blue Cloud SAS"].certifications == ("iso27001",)
    assert hosts["Stripe"].country == "US"  # stated by the policy
    assert hosts["Mailchimp"].country == ""  # never guessed from the name
    assert [(t.country, t.safeguard) for t in found.transfers] == [("US", "scc")]
    billing = next(a for a in found.activities if a.family == "billing")
    assert "Blue Cloud SAS" in billing.subprocessors and "Stripe" in billing.subprocessors
    assert [r.duration_iso for r in billing.retention] == ["P10Y"]


def test_every_source_is_the_policys_own_text(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(ENGLISH, encoding="utf-8")
    text = read_policy(path)
    found = extract(text, "en")
    assert sources_of(found)
    for source in sources_of(found):
        assert text.text[source.start : source.end] == source.text


def test_a_french_table_of_periods_and_an_external_dpo(tmp_path: Path) -> None:
    found = policy(tmp_path, (
        "Durée de conservation\n\nType de données\tDurée\nProspects\tTrois ans à compter du dernier contact.\n"
        "Cookies\tLes cookies sont conservés 13 mois.\n\nDélégué à la protection des données\n\n"
        "Nom : Jeanne Martin, Cabinet Exemple Avocats ; Adresse e-mail : dpo@exemple.fr\n"
    ), "politique.txt")  # fmt: skip
    assert {(r.label, r.duration_iso, r.start_event) for r in found.retention} == {
        ("Prospects", "P3Y", "last_contact"), ("Cookies", "P13M", None)}  # fmt: skip
    assert found.dpo is not None
    assert (found.dpo.name, found.dpo.company, found.dpo.external) == ("Jeanne Martin", "Cabinet Exemple Avocats", True)
    assert found.activities == () or all(not a.purposes for a in found.activities)  # no purpose is stated


def test_an_english_html_policy_with_a_retention_table() -> None:
    found = extract(read_policy(Path(__file__).parents[2] / "data" / "policy-northwind-en.html"), "en")
    assert found.organisation is not None
    assert (found.organisation.name, found.organisation.postcode, found.organisation.country) == (
        "Northwind Software Ltd", "EC1A 1BB", "GB")  # fmt: skip
    assert found.dpo is not None and (found.dpo.name, found.dpo.email) == ("Jane Doe", "dpo@northwind.example")
    bases = {x.text: x.legal_basis for a in found.activities for x in a.purposes}
    assert bases == {
        "To provide and maintain your account (performance of a contract)": "contract",
        "To send you marketing emails, with your consent": "consent",
        "To detect and prevent fraud, on the basis of our legitimate interests": "legitimate_interest",
        "To comply with our tax and accounting obligations (legal obligation)": "legal_obligation",
    }
    assert {(r.label, r.duration_iso, r.start_event) for r in found.retention} == {
        ("Account data", "P3Y", "end_of_contract"), ("Invoices", "P10Y", "end_of_fiscal_year"),
        ("Marketing data", "P3Y", "last_contact"), ("Server logs", "P12M", None)}  # fmt: skip
    hosts = {s.name: s for s in found.subprocessors}
    assert hosts["Amazon Web Services"].country == "IE" and hosts["Amazon Web Services"].hosts_everything
    assert [(t.country, t.recipient, t.safeguard) for t in found.transfers] == [("US", "Zendesk", "dpf")]
    assert all("Amazon Web Services" in a.subprocessors for a in found.activities)
