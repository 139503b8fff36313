"""openpyxl serialises XML through lxml when it is installed (python-docx depends on it) and
through the standard library otherwise, or when OPENPYXL_LXML says anything but "True". The
Excel export must give the same workbook either way: scripts/test runs these tests once with
lxml and once without, and the export is also compared across the two in one run."""

from __future__ import annotations

import importlib.util
import os
import pickle
import subprocess
import sys
from pathlib import Path

import openpyxl.xml
import pytest
from exports.xlsx.helpers import xml_parts

from register_app.services import records as r

TESTS = Path(__file__).parents[2]
EXPORT = """
import pickle, sys
from pathlib import Path
from exports.xlsx.sample_book import sample_book
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.exports.xlsx.workbook_writer import StreamedBook
import openpyxl.xml
out = Path(sys.argv[1])
assert openpyxl.xml.LXML is (sys.argv[2] == "True")
(out / "register.xlsx").write_bytes(export_xlsx(pickle.loads((out / "snapshot.pickle").read_bytes())))
(out / "sample.xlsx").write_bytes(StreamedBook(sample_book()).save())
"""


def test_openpyxl_writes_through_the_xml_library_the_run_asks_for() -> None:
    """So that a run meant for one library cannot silently test the other."""
    asked = os.environ.get("OPENPYXL_LXML")
    if asked is None:  # nothing asked: lxml whenever it is installed
        assert openpyxl.xml.LXML is (importlib.util.find_spec("lxml") is not None)
    else:
        assert openpyxl.xml.LXML is (asked == "True")


@pytest.mark.slow  # two processes each exporting the demo register; CI also runs every Excel test without lxml
def test_the_export_is_the_same_workbook_with_lxml_and_without(snapshot: r.Snapshot, tmp_path: Path) -> None:
    pytest.importorskip("lxml")
    made: dict[str, dict[str, dict[str, str | bytes]]] = {}
    for lxml in ("True", "False"):
        out = tmp_path / lxml
        out.mkdir()
        (out / "snapshot.pickle").write_bytes(pickle.dumps(snapshot))
        env = {**os.environ, "OPENPYXL_LXML": lxml, "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS.parent)])}
        subprocess.run([sys.executable, "-c", EXPORT, str(out), lxml], env=env, check=True, timeout=120)
        made[lxml] = {name: xml_parts((out / name).read_bytes()) for name in ("register.xlsx", "sample.xlsx")}
    assert made["True"] == made["False"]
