"""The dossier read back: each activity's fiche is where the contents say, with its name,
purposes, retention and measures; bookmarks match the activities; page furniture and metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from exports.pdf.conftest import flat, page_texts
from pypdf import PdfReader

from register_app.domain.enums import ActivityStatus
from register_app.exports.pdf.summary import activity_title
from register_app.exports.profiles import for_document
from register_app.exports.view import RegisterView, retention_text
from register_app.services import records as r
from register_app.services.document import Profile

pytestmark = pytest.mark.usefixtures("poppler")
ENTRY = re.compile(r"^\s*(T-\d+) —( |$)")


def contents(pages: list[str]) -> dict[str, int]:
    """Activity reference → page number announced by the table of contents, which starts on
    page 2 and ends before the summary (its first entry). Each number follows its title's lines."""
    lines = pages[1].splitlines()
    first = next(int(line) for line in lines if line.isdigit())
    announced: dict[str, int] = {}
    current = None
    for line in (line for text in pages[1 : first - 1] for line in text.splitlines()):
        if match := ENTRY.match(line):
            current = match.group(1)
        elif current and line.strip().isdigit():  # the last digits-only line: a title may end with one
            announced[current] = int(line)
        elif current in announced:
            current = None
    return announced


def test_each_fiche_is_on_the_page_the_contents_announce(demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot):
    pages = page_texts(demo_pdfs["fr"])
    announced = contents(pages)
    assert list(announced) == [a.reference for a in demo_snapshot.activities]
    starts = sorted(announced.values())
    view = RegisterView(for_document(demo_snapshot, Profile.FULL))  # the measures the DPO declared
    for activity in demo_snapshot.activities:
        first = announced[activity.reference]
        last = next((p - 1 for p in starts if p > first), first + 6)
        assert flat(activity.name) in flat(pages[first - 1]), activity.reference
        section = flat(" ".join(pages[first - 1 : last]))
        for purpose in activity.purposes:
            assert flat(purpose.description)[:40] in section, (activity.reference, purpose.description)
        for rule in activity.retention:
            assert flat(retention_text(rule, "fr"))[:30] in section, (activity.reference, rule)
        for items in view.measures_by_heading(activity).values():
            for measure, _note in items:
                assert flat(measure.name)[:30] in section, (activity.reference, measure.name)


def test_bookmarks_match_the_activities_and_annexes(demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot):
    reader = PdfReader(demo_pdfs["en"])
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == ["Contents", "Summary of processing activities", "Records of processing activities", "Annexes"]
    activities, annexes = outline[3], outline[5]
    assert [b.title for b in activities] == [activity_title(a) for a in demo_snapshot.activities]
    assert [b.title.split(" — ")[0] for b in annexes] == ["Annex 1", "Annex 2", "Annex 3", "Annex 4", "Annex 5"]
    assert annexes[-1].title == "Annex 5 — Findings"
    announced = contents(page_texts(demo_pdfs["en"]))
    for bookmark, activity in zip(activities, demo_snapshot.activities, strict=True):
        assert reader.get_destination_page_number(bookmark) + 1 == announced[activity.reference]


def test_every_page_has_its_header_and_page_x_of_y(demo_pdfs: dict[str, Path]):
    pages = page_texts(demo_pdfs["fr"])
    for number, text in enumerate(pages, start=1):
        lines = text.splitlines()
        assert "Solvéa Santé SAS" in lines, number
        assert "Registre des activités de traitement — Registre complet" in lines, number
        assert re.search(r"^Édition du \d\d/\d\d/\d{4}$", text, re.MULTILINE), number
        assert f"Page {number} sur {len(pages)}" in lines, number


def test_metadata(demo_pdfs: dict[str, Path]):
    meta = PdfReader(demo_pdfs["fr"]).metadata
    assert meta is not None
    assert meta.title == "Registre des activités de traitement — Solvéa Santé SAS"
    assert meta.author == "Claire Fontanel"
    assert meta.subject == "Registre des activités de traitement (article 30 du RGPD) — Solvéa Santé SAS"
    assert meta.creation_date is not None


def test_cover_states_profile_date_and_count(demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot):
    cover = flat(page_texts(demo_pdfs["extract"])[0])
    assert "Extrait article 30" in cover
    assert "Registre à jour au" in cover and re.search(r"\d\d/\d\d/\d{4} à \d\d:\d\d \(UTC[+-]\d\d:\d\d\)", cover)
    active = [a for a in demo_snapshot.activities if a.status is ActivityStatus.ACTIVE]
    assert len(active) < len(demo_snapshot.activities)  # the demo has a draft and a retired activity
    assert f"Nombre de traitements {len(active)} " in cover  # what the extract holds, not the register
    assert "Délégué à la protection des données Claire Fontanel" in cover


def test_extract_leaves_out_internal_notes(demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot):
    noted = next(a for a in demo_snapshot.activities if a.notes.strip())
    full = flat(" ".join(page_texts(demo_pdfs["fr"])))
    extract = flat(" ".join(page_texts(demo_pdfs["extract"])))
    assert flat(noted.notes)[:40] in full
    assert flat(noted.notes)[:40] not in extract
    assert "Notes internes" in full and "Notes internes" not in extract
    assert "Analyse d'impact (AIPD)" not in extract


def link_targets(reader: PdfReader, page: int) -> list[int]:
    """The page numbers the links of a page lead to, in drawing order."""
    annotations = [a.get_object() for a in reader.pages[page - 1].get("/Annots", [])]
    return [reader.get_page_number(a["/Dest"][0].get_object()) + 1 for a in annotations]


def test_contents_and_summary_link_to_each_fiche(demo_pdfs: dict[str, Path], demo_snapshot: r.Snapshot):
    reader = PdfReader(demo_pdfs["fr"])
    announced = contents(page_texts(demo_pdfs["fr"]))
    targets = link_targets(reader, 2)
    activities = [announced[a.reference] for a in demo_snapshot.activities]
    assert targets[2 : 2 + len(activities)] == activities  # after the summary and "Fiches de registre"
    assert link_targets(reader, 3)[0] == activities[0]
