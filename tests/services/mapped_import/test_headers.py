"""Headers in French, English or German propose a field; common words inside a longer header do not."""

from __future__ import annotations

import pytest

from register_app.services.mapped_import.fields import IGNORE, propose_field
from register_app.services.mapped_import.values import legal_bases


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Finalité", "purposes"), ("Purpose", "purposes"), ("Zweck", "purposes"),
        ("Base légale", "legal_basis"), ("Lawful basis", "legal_basis"), ("Rechtsgrundlage", "legal_basis"),
        ("Durée de conservation", "retention"), ("Retention", "retention"), ("Löschfrist", "retention"),
        ("Purpose of processing (if applicable)", "purposes"),
        ("Kategorien personenbezogener Daten", "data_categories"),
        ("Données sensibles", "special_categories"), ("Nom du responsable", "owner"), ("TOM", "security_measures"),
        ("dpia_screening.large_scale", "dpia:large_scale"),
        ("Link to contract with processor", "notes"),  # the ICO template's: a link, not a processor's name
        ("Lien vers le contrat de sous-traitance", "notes"), ("Sous-traitants", "processors"),
        ("Data protection officer", IGNORE), ("Service provider", IGNORE), ("Colour", IGNORE),
    ],
)  # fmt: skip
def test_header_proposes_field(header: str, field: str) -> None:
    assert propose_field(header) == field


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Art. 6(1)(c)", ["legal_obligation"]), ("6.1.b", ["contract"]), ("consent", ["consent"]),
        ("Einwilligung", ["consent"]), ("intérêt légitime", ["legitimate_interest"]),
        ("Art. 6 Abs. 1 lit. f DSGVO", ["legitimate_interest"]),
        ("GDPR Art. 6(1)(b) and 6(1)(c)", ["contract", "legal_obligation"]),
        ("Article 9(2)(h)", []), ("to be decided", []),
    ],
)  # fmt: skip
def test_legal_bases_read_from_citations_and_words(text: str, codes: list[str]) -> None:
    assert list(legal_bases(text)) == codes
