"""compare(): a small policy against a small register, in both directions and both languages: a
category's retention period, recipients and subprocessors, a purpose's legal basis, each finding
quoting both sides and naming the register's object it is about."""

from __future__ import annotations

from pathlib import Path

from register_app.domain.enums import ActivityStatus, DurationUnit
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.policy.compare import Finding, Side, compare
from register_app.services.policy.extract import extract
from register_app.services.policy.reader import read_policy
from register_app.services.snapshot import take_snapshot
from register_app.services.subprocessors import create_subprocessor
from register_app.store.register_file import RegisterFile

EN = """Privacy policy of Northwind Bakery

What we use your data for

- Managing customer orders and deliveries (performance of a contract)
- Sending our newsletter (legitimate interest)

Who receives your data

- Our delivery partners
- The tax authorities, when the law requires it

Card payments are processed by our payment provider Stripe.

How long we keep your data

Bank details are kept for 13 months from the payment.
"""

FR = """Politique de confidentialité de la Boulangerie Dupain

Finalités et bases légales

- Gestion des commandes et des livraisons des clients, sur la base de l'exécution du contrat ;
- Envoi de notre lettre d'information, sur la base de votre consentement ;

Destinataires

- Nos services internes habilités ;

Durées de conservation

Les données bancaires sont conservées 13 mois à compter du paiement.
Les données des clients sont conservées 3 ans à compter de la fin du contrat.
"""


CONTRACT = "Performance of a contract or pre-contractual measures"


def months(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.MONTHS)


WORDS = {
    "en": ("Customer orders", "Managing customer orders and deliveries", "Bakery staff", "Card details", "Customers",
           "Newsletter", "Sending our newsletter"),
    "fr": ("Commandes des clients", "Gestion des commandes et des livraisons", "Équipe de la boulangerie",
           "Cartes bancaires", "Clients", "Lettre d'information", "Envoi de notre lettre d'information"),
}  # fmt: skip


def bakery(register: RegisterFile, lang: str = "en", *, newsletter_basis: str = "consent") -> dict[str, str]:
    """Two active activities and a mailing subprocessor; the uids by name."""
    orders_name, orders, staff, cards, customers, newsletter_name, newsletter = WORDS[lang]
    orders = create_activity(register, data=r.ActivityInput(
        name=orders_name, status=ActivityStatus.ACTIVE,
        purposes=(r.Purpose(description=orders, legal_basis="contract"),),
        recipients=(r.CodedItem(code="internal_service", precision=staff),),
        retention=(
            r.RetentionRule(category="economic_financial", label=cards, active=months(6), start_event="transaction"),
            r.RetentionRule(category="civil_status", label=customers, active=months(36), start_event="end_of_contract"),
        ),
    ))  # fmt: skip
    newsletter = create_activity(register, data=r.ActivityInput(
        name=newsletter_name, status=ActivityStatus.ACTIVE,
        purposes=(r.Purpose(description=newsletter, legal_basis=newsletter_basis),),
    ))  # fmt: skip
    mailer = create_subprocessor(register, data=r.SubprocessorInput(name="Brevo", service="E-mailing", country="FR"))
    return {"orders": orders.uid, "newsletter": newsletter.uid, "mailer": mailer.uid}


def findings(register: RegisterFile, tmp_path: Path, text: str, lang: str) -> dict[tuple[str, str], Finding]:
    policy = tmp_path / f"policy-{lang}.txt"
    policy.write_text(text, encoding="utf-8")
    found = compare(take_snapshot(register), extract(read_policy(policy), lang), lang)  # type: ignore[arg-type]
    return {(f.kind, f.subject): f for f in found}


def test_an_english_policy_against_the_register_both_ways(register: RegisterFile, tmp_path: Path) -> None:
    uid = bakery(register)
    by = findings(register, tmp_path, EN, "en")
    bank = next(f for (kind, _), f in by.items() if kind == "retention" and f.side is Side.DIFFERENT)
    assert bank.policy_quote == "Bank details are kept for 13 months from the payment."
    assert bank.register_quote.startswith("Customer orders — Card details: 6 months")
    assert bank.activity_uid == uid["orders"]
    basis = next(f for (kind, _), f in by.items() if kind == "legal_basis")
    assert basis.side is Side.DIFFERENT and basis.activity_uid == uid["newsletter"]
    assert basis.policy_quote.startswith("Sending our newsletter (legitimate interest)")
    assert basis.register_quote == "Newsletter — Sending our newsletter: Consent"
    partners = by["recipient", "Institutional or commercial partners"]
    assert partners.side is Side.POLICY_ONLY and partners.policy_quote.startswith("Our delivery partners")
    assert by["recipient", "Public authorities and bodies"].side is Side.POLICY_ONLY
    staff = by["recipient", "Internal department processing the data"]  # the policy names no one inside
    assert staff.side is Side.REGISTER_ONLY and staff.register_quote == "Customer orders — Bakery staff"
    assert staff.activity_uid == uid["orders"]
    assert by["subprocessor", "Stripe"].side is Side.POLICY_ONLY
    brevo = by["subprocessor", "Brevo"]
    assert brevo.side is Side.REGISTER_ONLY and brevo.subprocessor_uid == uid["mailer"]
    customers = by["retention", "Civil status, identity, identification data, images"]  # no period stated for it
    assert customers.side is Side.REGISTER_ONLY and "Customers: 36 months" in customers.register_quote


def test_a_french_policy_that_agrees_on_what_it_says(register: RegisterFile, tmp_path: Path) -> None:
    bakery(register, "fr")
    by = findings(register, tmp_path, FR, "fr")
    assert not any(kind == "legal_basis" for kind, _ in by)  # both say contract, both say consent
    assert not any(kind == "recipient" for kind, _ in by)  # both say internal services only
    sides = {f.side for (kind, _), f in by.items() if kind == "retention"}
    assert sides == {Side.DIFFERENT}  # 13 months against 6; 3 years is the 36 months the register keeps
    bank = next(f for (kind, _), f in by.items() if kind == "retention")
    assert bank.policy_quote == "Les données bancaires sont conservées 13 mois à compter du paiement."
    assert bank.register_quote.startswith("Commandes des clients — Cartes bancaires : 6 mois")
    assert bank.subject == "Les données bancaires, 13 mois, Réalisation de la transaction"
    assert [k for k, f in by.items() if f.side is Side.REGISTER_ONLY] == [("subprocessor", "Brevo")]  # no other


def test_a_basis_the_policy_does_not_state_is_the_registers_alone(register: RegisterFile, tmp_path: Path) -> None:
    bakery(register)
    text = EN.replace(" (legitimate interest)", "").replace(" (performance of a contract)", "")
    by = findings(register, tmp_path, text, "en")
    bases = [f for (kind, _), f in by.items() if kind == "legal_basis"]
    assert {(f.side, f.subject) for f in bases} == {
        (Side.REGISTER_ONLY, f"Managing customer orders and deliveries: {CONTRACT}"),
        (Side.REGISTER_ONLY, "Sending our newsletter: Consent"),
    }
    assert all(f.policy_quote and f.register_quote for f in bases)


def test_a_policy_denying_any_transfer_is_quoted_against_the_registers_transfer(
    register: RegisterFile, tmp_path: Path
) -> None:
    """The sentence "Aucune donnée n'est transférée…" is a denial however it starts: the register's transfer to the
    USA is set against that sentence, not reported as something the policy does not mention."""
    bakery(register, "fr")
    create_subprocessor(register, data=r.SubprocessorInput(
        name="Zendesk", service="Support", countries=(r.HostingCountry(country="US"),)))  # fmt: skip
    denial = "Aucune donnée n'est transférée hors de l'Union européenne."
    by = findings(register, tmp_path, FR + "\n" + denial + "\n", "fr")
    usa = by["transfer", "États-Unis"]
    assert usa.side is Side.REGISTER_ONLY and usa.policy_quote == denial
    assert "Zendesk (US)" in usa.register_quote
