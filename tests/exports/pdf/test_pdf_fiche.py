"""One activity's fiche exported on its own (from the activity editor) and read back: its name and
purposes, and nothing of any other activity."""

from __future__ import annotations

from pathlib import Path

import pytest
from exports.pdf.conftest import flat, page_texts

from register_app.errors import NotFoundError
from register_app.exports.pdf.fiche import export_fiche_pdf
from register_app.services import records as r

pytestmark = pytest.mark.usefixtures("poppler")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_fiche_holds_its_activity_and_no_other(demo_snapshot: r.Snapshot, tmp_path: Path, lang: str) -> None:
    activity = demo_snapshot.activities[3]
    pdf = tmp_path / "fiche.pdf"
    pdf.write_bytes(export_fiche_pdf(demo_snapshot, activity.uid, lang))  # type: ignore[arg-type]
    pages = page_texts(pdf)
    whole = flat(" ".join(pages))
    assert flat(activity.name) in flat(pages[0])
    for purpose in activity.purposes:
        assert flat(purpose.description)[:40] in whole
    assert ("Fiche de registre" if lang == "fr" else "Record") in pages[0]
    others = [a for a in demo_snapshot.activities if a.uid != activity.uid]
    assert others
    for other in others:
        assert f"{other.reference} —" not in whole, other.reference
        assert flat(other.name) not in whole or flat(other.name) in flat(activity.name), other.name
    assert "1 / " in pages[0] or "1 of" in pages[0] or "1 sur" in pages[0]


def test_a_fiche_of_an_unknown_activity_is_refused(demo_snapshot: r.Snapshot) -> None:
    with pytest.raises(NotFoundError):
        export_fiche_pdf(demo_snapshot, "no-such-uid")
