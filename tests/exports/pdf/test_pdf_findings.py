"""The findings annex of the full dossier read back: every deliberate gap of the demo with its
message and legal reference, the dismissed finding apart with its reason, the annex in the
contents and the outline; never in the Article 30 extract, nor when left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from exports.conftest import DISMISSAL_REASON, DismissedDemo
from exports.pdf.conftest import flat, page_texts
from pypdf import PdfReader

from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.pdf import document
from register_app.exports.pdf.document import export_pdf
from register_app.services.checks import CheckReport, Finding
from register_app.services.demo import DELIBERATE_GAPS
from register_app.services.document import Profile

pytestmark = pytest.mark.usefixtures("poppler")


@pytest.fixture(scope="module")
def pdfs(dismissed_demo: DismissedDemo, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf-findings")
    paths = {}
    for lang in ("fr", "en"):
        paths[lang] = folder / f"full-{lang}.pdf"
        export_pdf(dismissed_demo.snapshot, paths[lang], Profile.FULL, lang)  # type: ignore[arg-type]
    return paths


@pytest.fixture(scope="module")
def report(dismissed_demo: DismissedDemo) -> CheckReport:
    from register_app.exports.findings import findings_report

    return findings_report(dismissed_demo.snapshot)


def annex_page(pdf: Path) -> int:
    """The annex's page (from 1), as its bookmark, the last under 'Annexes', leads to it."""
    reader = PdfReader(pdf)
    return reader.get_destination_page_number(reader.outline[5][-1]) + 1


def annex_text(pdf: Path) -> str:
    return flat(" ".join(page_texts(pdf)[annex_page(pdf) - 1 :]))


def gap_finding(report: CheckReport, target: str, field: str) -> tuple[Finding, bool]:
    """The finding of a deliberate gap, and whether it is dismissed."""
    for finding in report.findings:
        if (finding.object_ref, finding.field) == (target, field):
            return finding, False
    return next(f for f, _ in report.dismissed if (f.object_ref, f.field) == (target, field)), True


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_deliberate_gap_is_in_the_annex_with_its_reference(pdfs: dict[str, Path], report: CheckReport,
                                                                lang: str) -> None:  # fmt: skip
    text = annex_text(pdfs[lang])
    opened, dismissed = text.split("Constats écartés (1)" if lang == "fr" else "Dismissed findings (1)")
    for gap in DELIBERATE_GAPS:
        finding, is_dismissed = gap_finding(report, gap.target, gap.field)
        where = dismissed if is_dismissed else opened
        assert flat(finding.message(lang)) in where, (gap.target, gap.field)  # type: ignore[arg-type]
        if not is_dismissed:
            assert flat(finding.reference(lang)) in where, (gap.target, gap.field)  # type: ignore[arg-type]


def test_annex_states_date_completeness_and_groups_by_severity(pdfs: dict[str, Path], report: CheckReport) -> None:
    text = annex_text(pdfs["fr"])
    assert text.startswith("Annexe 5 — Points de vigilance")
    assert f"Contrôles de conformité du registre effectués le {report.checked_on:%d/%m/%Y}." in text
    score = flat(report.completeness.score.percent())
    assert f"Complétude du registre (éléments de l'article 30 renseignés) : {score}" in text
    assert "T-004 Lettres d'information et communications marketing par courriel 93,7 % Durées de conservation" in text
    errors, warnings, infos = (text.index(f"{word} (") for word in ("Erreurs", "Alertes", "Informations"))
    assert errors < warnings < infos < text.index("Constats écartés")
    assert "Finalité n° 3 : base légale" in text  # the field in words, not purposes[2].legal_basis


def test_dismissed_finding_listed_apart_with_reason_author_and_date(pdfs: dict[str, Path],
                                                                   dismissed_demo: DismissedDemo) -> None:  # fmt: skip
    text = annex_text(pdfs["fr"])
    opened, dismissed = text.split("Constats écartés (1)")
    assert dismissed_demo.dismissed.code not in opened
    assert flat(DISMISSAL_REASON) in dismissed
    assert "tests" in dismissed and dismissed_demo.dismissed.code in dismissed
    at = dismissed_demo.snapshot.dismissed_findings[0].at.astimezone()
    assert f"{at:%d/%m/%Y}" in dismissed


def test_contents_and_outline_include_the_annex(pdfs: dict[str, Path]) -> None:
    for lang, title in (("fr", "Annexe 5 — Points de vigilance"), ("en", "Annex 5 — Findings")):
        reader = PdfReader(pdfs[lang])
        assert reader.outline[5][-1].title == title
        page = annex_page(pdfs[lang])
        contents = [line for text in page_texts(pdfs[lang])[1:3] for line in text.splitlines()]
        assert title in contents
        assert contents[contents.index(title) + 1].strip() == str(page)


def test_extract_has_no_findings(demo_pdfs: dict[str, Path], report: CheckReport) -> None:
    text = flat(" ".join(page_texts(demo_pdfs["extract"])))
    assert "Points de vigilance" not in text and "Constats écartés" not in text
    for finding in report.findings:
        assert finding.code not in text and flat(finding.message_fr) not in text
    assert len(PdfReader(demo_pdfs["extract"]).outline[5]) == 4


def test_findings_left_out_on_request_and_ignored_for_the_extract(dismissed_demo: DismissedDemo) -> None:
    full = exported(pdf_exporter, dismissed_demo.snapshot, Profile.FULL, "fr", findings=False)
    extract = exported(pdf_exporter, dismissed_demo.snapshot, Profile.EXTRACT, "fr", findings=True)
    for data in (full, extract):
        reader = PdfReader(__import__("io").BytesIO(data))
        assert [b.title.split(" — ")[0] for b in reader.outline[5]] == ["Annexe 1", "Annexe 2", "Annexe 3", "Annexe 4"]
        assert "Points de vigilance" not in " ".join(p.extract_text() for p in reader.pages)


def test_a_register_without_finding_says_so(dismissed_demo: DismissedDemo, report: CheckReport,
                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # fmt: skip
    clean = CheckReport(report.checked_on, (), (), report.completeness)
    monkeypatch.setattr(document, "findings_report", lambda _snapshot, **_: clean)
    pdf = tmp_path / "clean.pdf"
    export_pdf(dismissed_demo.snapshot, pdf, Profile.FULL, "en")
    text = annex_text(pdf)
    assert "No finding: the checks raised nothing on this register." in text
    assert "Dismissed findings (0) No dismissed finding." in text
