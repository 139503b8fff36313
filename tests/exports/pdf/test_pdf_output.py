"""The dossier goes to its file as it is made, never held whole in memory: written to a path it is
the file written to a binary file, and a build that fails while the file is being written leaves
nothing half-written, and any previous file as it was."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reportlab import rl_config

from register_app.exports.pdf import canvas
from register_app.exports.pdf.document import export_pdf
from register_app.services import records as r
from register_app.services.document import Profile


def test_a_dossier_written_to_a_path_is_the_one_written_to_a_file(
    demo_snapshot: r.Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: equal documents are equal bytes
    dest = tmp_path / "extrait.pdf"
    export_pdf(demo_snapshot, dest, Profile.EXTRACT, "en")
    buffer = io.BytesIO()
    export_pdf(demo_snapshot, buffer, Profile.EXTRACT, "en")
    assert dest.read_bytes() == buffer.getvalue()
    assert buffer.getvalue().startswith(b"%PDF-") and [p.name for p in tmp_path.iterdir()] == ["extrait.pdf"]


def test_a_dossier_that_fails_while_written_leaves_the_previous_file(
    demo_snapshot: r.Snapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "registre.pdf"
    dest.write_bytes(b"the previous export")
    on_disk: list[int] = []  # the temporary file's size as each page is written out
    write_page = canvas._WrittenPage.format

    def failing(page: Any, document: Any) -> bytes:
        on_disk.append(sum(part.stat().st_size for part in tmp_path.glob(".registre.pdf.*.part")))
        if len(on_disk) == 12:
            raise OSError("No space left on device")
        return write_page(page, document)  # type: ignore[no-any-return]

    monkeypatch.setattr(canvas._WrittenPage, "format", failing)
    with pytest.raises(OSError, match="No space left"):
        export_pdf(demo_snapshot, dest, Profile.EXTRACT, "fr")
    assert on_disk[-1] > 0  # the file was going to its folder as it was made, page by page
    assert dest.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.pdf"]  # no half-written file left
