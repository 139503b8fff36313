"""The story handed to reportlab behaves as the list it replaces under the operations platypus
makes on it, and a table split page after page keeps every row once."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from register_app.exports.pdf.fonts import register_fonts
from register_app.exports.pdf.story import Story
from register_app.exports.pdf.styles import CELL
from register_app.exports.pdf.text_table import TextTable
from register_app.exports.pdf.textblock import TextBlock

NAMES = st.sampled_from(["get", "slice", "del", "del_front", "put_front", "insert", "set"])
OPERATIONS = st.lists(st.tuples(NAMES, st.integers(-3, 12), st.lists(st.integers(100, 200), max_size=3)), max_size=40)


@given(st.lists(st.integers(0, 99), max_size=15), OPERATIONS)
def test_a_story_behaves_as_a_list(items: list[int], operations: list[tuple[str, int, list[int]]]):
    story, expected = Story(items), list(items)
    for name, n, values in operations:
        size = len(expected)
        if name == "get" and -size <= n < size:
            assert story[n] == expected[n]
        elif name == "slice":
            assert story[:n] == expected[:n]
            assert story[0:n] == expected[0:n]
        elif name == "del" and -size <= n < size:
            del story[n], expected[n]
        elif name == "del_front":
            del story[:n], expected[:n]
        elif name == "put_front":
            story[0:0] = values
            expected[0:0] = values
        elif name == "insert":
            story.insert(n, n)
            expected.insert(n, n)
        elif name == "set" and -size <= n < size:
            story[n] = expected[n] = -1
        assert len(story) == len(expected)
        assert list(story) == expected


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
