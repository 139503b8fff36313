"""Reading a privacy policy from each format keeps its headings, list items and table rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from register_app.errors import UserError
from register_app.services.policy.reader import read_policy
from register_app.services.policy.sentences import sentences
from register_app.services.policy.text import Kind

POLICY_MD = """# Privacy policy

ACME SAS is the controller.

## Retention

- Invoices are kept for 10 years from the end of the financial year.
- **Cookies** are kept for 13 months.
"""


def kinds(path: Path) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in read_policy(path).blocks]


def test_markdown_keeps_headings_and_items(tmp_path: Path) -> None:
    path = tmp_path / "policy.md"
    path.write_text(POLICY_MD, encoding="utf-8")
    assert kinds(path) == [
        ("heading", "Privacy policy"),
        ("paragraph", "ACME SAS is the controller."),
        ("heading", "Retention"),
        ("item", "Invoices are kept for 10 years from the end of the financial year."),
        ("item", "Cookies are kept for 13 months."),
    ]


def test_html_headings_items_and_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "policy.html"
    path.write_text(
        "<html><head><style>p{}</style><script>var x='<p>no</p>';</script></head><body>"
        "<h2>Durée de conservation</h2><p>Nous conservons vos données&nbsp;:</p>"
        "<ul><li>prospects : 3 ans</li></ul><table><tr><th>Données</th><th>Durée</th></tr>"
        "<tr><td>Cookies</td><td>13 mois</td></tr></table></body></html>",
        encoding="utf-8",
    )
    assert kinds(path) == [
        ("heading", "Durée de conservation"),
        ("paragraph", "Nous conservons vos données :"),
        ("item", "prospects : 3 ans"),
        ("row", "Données\tDurée"),
        ("row", "Cookies\t13 mois"),
    ]


def test_docx_headings_lists_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Security", level=1)
    document.add_paragraph("We use TLS everywhere.")
    document.add_paragraph("Two-factor authentication", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Logs"
    table.rows[0].cells[1].text = "1 year"
    path = tmp_path / "policy.docx"
    document.save(str(path))
    assert kinds(path) == [
        ("heading", "Security"),
        ("paragraph", "We use TLS everywhere."),
        ("item", "Two-factor authentication"),
        ("row", "Logs\t1 year"),
    ]


def test_pdf_text_is_read(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "policy.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 760, "Retention")
    pdf.drawString(72, 720, "Account data is kept for 3 years after the last login.")
    pdf.save()
    policy = read_policy(path)
    assert [b.text for b in policy.blocks] == ["Retention", "Account data is kept for 3 years after the last login."]
    assert policy.blocks[0].kind is Kind.HEADING


def test_offsets_point_into_the_text(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text("Sécurité\n\nNous chiffrons les données (ex. les mots de passe). Les accès sont tracés ; "
                    "les journaux sont gardés 6 mois.\n", encoding="utf-8")  # fmt: skip
    policy = read_policy(path)
    found = sentences(policy)
    assert [s.text for s in found] == [
        "Sécurité",
        "Nous chiffrons les données (ex. les mots de passe).",
        "Les accès sont tracés ; les journaux sont gardés 6 mois.",
    ]
    assert all(policy.text[s.start : s.end] == s.text for s in found)
    assert found[1].heading == "Sécurité"


@pytest.mark.parametrize(("name", "content"), [
    ("broken.pdf", b"%PDF-1.4 this is not a pdf"),
    ("broken.docx", b"PK\x03\x04 not really a zip"),
    ("binary.txt", b"\x00\x01\x02" * 100),
    ("empty.html", b"<html><body></body></html>"),
])  # fmt: skip
def test_a_damaged_file_is_one_sentence(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as raised:
        read_policy(path)
    assert name in raised.value.message and name in raised.value.message_in("fr")
    assert "\n" not in raised.value.message


def test_other_formats_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "policy.odt"
    path.write_bytes(b"x")
    with pytest.raises(UserError, match=r"\.txt, \.md, \.html, \.pdf or \.docx"):
        read_policy(path)
