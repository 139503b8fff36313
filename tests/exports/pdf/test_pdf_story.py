"""The story handed to reportlab behaves as the list it replaces under the operations platypus
makes on it, even while its flowables are still being made, and a table split page after page
keeps every row once."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab import rl_config

from register_app.exports.formats import exported, pdf_exporter
from register_app.exports.pdf import story as story_module
from register_app.exports.pdf.fonts import register_fonts
from register_app.exports.pdf.story import Story
from register_app.exports.pdf.styles import CELL
from register_app.exports.pdf.text_table import TextTable
from register_app.exports.pdf.textblock import TextBlock
from register_app.services import records as r
from register_app.services.document import Profile

NAMES = st.sampled_from(["get", "slice", "del", "del_front", "put_front", "insert", "set"])
OPERATIONS = st.lists(st.tuples(NAMES, st.integers(-3, 12), st.lists(st.integers(100, 200), max_size=3)), max_size=40)


@given(st.lists(st.integers(0, 99), max_size=15), OPERATIONS, st.sampled_from([1, 2, 500]))
def test_a_story_behaves_as_a_list(items: list[int], operations: list[tuple[str, int, list[int]]], ahead: int):
    story, expected = Story(items, ahead=ahead), list(items)
    for name, n, values in operations:
        size = len(story)  # the items taken so far: platypus's indices stay within them
        assert size <= len(expected) and (size > 0) == (len(expected) > 0)
        if name == "get" and 0 <= n < size:
            assert story[n] == expected[n]
        elif name == "slice" and 0 <= n <= size:
            assert story[:n] == expected[:n]
            assert story[0:n] == expected[0:n]
        elif name == "del" and 0 <= n < size:
            del story[n], expected[n]
        elif name == "del_front" and 0 <= n <= size:
            del story[:n], expected[:n]
        elif name == "put_front":
            story[0:0] = values
            expected[0:0] = values
        elif name == "insert" and 0 <= n <= size:
            story.insert(n, n)
            expected.insert(n, n)
        elif name == "set" and 0 <= n < size:
            story[n] = expected[n] = -1
    assert list(story) == expected


class Item:
    def __init__(self, keep: bool) -> None:
        self.keep = keep

    def getKeepWithNext(self) -> bool:  # reportlab's name
        return self.keep


@given(st.lists(st.booleans(), max_size=40), st.integers(1, 4))
def test_a_run_kept_with_the_next_never_ends_with_the_last_item_taken(keeps: list[bool], ahead: int):
    """Platypus looks ahead through such a run up to len(story): the run must be all there."""
    story = Story([Item(k) for k in keeps], ahead=ahead)
    left = len(keeps)
    while left:
        held = len(story)
        assert held == left or not story[held - 1].keep
        del story[0]
        left -= 1
    assert len(story) == 0


def test_a_dossier_laid_out_as_its_flowables_are_made_is_the_one_made_from_the_whole_list(
    demo_snapshot: r.Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: equal documents are equal bytes
    monkeypatch.setattr(story_module, "AHEAD", 1)  # a fiche made at a time, at most
    lazy = exported(pdf_exporter, demo_snapshot, Profile.FULL, "fr")
    monkeypatch.setattr(story_module, "AHEAD", 10**9)  # every flowable made before the layout starts
    assert exported(pdf_exporter, demo_snapshot, Profile.FULL, "fr") == lazy


def test_a_long_table_split_page_after_page_keeps_its_rows():
    register_fonts()
    rows = [[[TextBlock(f"ligne {n}", CELL)], [TextBlock("texte " * (n % 7 + 1), CELL)]] for n in range(500)]
    table: Any = TextTable(rows, [100, 300], header=[[TextBlock("A", CELL)], [TextBlock("B", CELL)]])
    seen = []
    while True:
        table.wrap(400, 700)
        parts = table.split(400, 700)
        if not parts:
            seen += table.rows
            break
        first, table = parts
        seen += first.rows
    assert [row[0][0].text for row in seen] == [f"ligne {n}" for n in range(500)]
