"""Dependencies point one way: ui → services → store → domain, exports beside ui. The core never
imports Qt, the ui never imports SQLAlchemy. What a file format is lives in services/document.py,
which both the exports and the imports read: services reach the exporters only through the named
use cases below, and the ui reaches the store only for the types it holds (the register file
handle, a backup's description) — opening, creating, restoring and copying go through services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "register_app"
CORE = ("domain", "store", "services", "exports")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def imported_names(path: Path) -> set[tuple[str, str]]:
    """(module, name) for every `from module import name`, and (module, "") for `import module`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update((alias.name, "") for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update((node.module, alias.name) for alias in node.names)
    return found


def modules_under(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (PACKAGE / part).rglob("*.py"))


@pytest.mark.parametrize("path", modules_under(*CORE), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_never_imports_qt_or_ui(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.startswith(("PySide6", "register_app.ui", "register_app.app"))}
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", modules_under("domain"), ids=lambda p: p.name)
def test_domain_depends_on_nothing_above_it(path: Path) -> None:
    bad = {
        m
        for m in imported_modules(path)
        if m.startswith(("register_app.store", "register_app.services", "register_app.exports"))
    }
    assert not bad


@pytest.mark.parametrize("path", modules_under("store"), ids=lambda p: p.name)
def test_store_does_not_import_services_or_exports(path: Path) -> None:
    assert not {m for m in imported_modules(path) if m.startswith(("register_app.services", "register_app.exports"))}


def test_ui_never_touches_the_database() -> None:
    for path in modules_under("ui"):
        bad = {
            m
            for m in imported_modules(path)
            if m.startswith(("sqlalchemy", "register_app.store.session", "register_app.domain.models", "sqlite3"))
        }
        assert not bad, f"{path.name} imports {bad}"


# The use cases that write a file through an exporter, and what they may reach of `exports`.
SERVICES_USING_EXPORTS: dict[str, set[str]] = {
    # ...the register now, as of a date or frozen, the inspection bundle, the changes report (issue 17)
    # and one breach's notification draft.
    "services/export_files.py": {"register_app.exports.formats", "register_app.exports.bundle",
                                 "register_app.exports.changes", "register_app.exports.pdf.breach_notice"},
    # A frozen version keeps the register's JSON document byte for byte as the export writes it.
    "services/versions.py": {"register_app.exports.json_export"},
    # A team register's safety copy is its JSON document, as the export writes it.
    "services/daily_backups.py": {"register_app.exports.json_export"},
    "services/agenda_file.py": {"register_app.exports.formats", "register_app.exports.ics"},
    "services/notice.py": {"register_app.exports.formats", "register_app.exports.notice.content",
                           "register_app.exports.notice.formats", "register_app.exports.notice.model"},
    # An own workbook's import writes the workbook again to find the cells the DPO changed.
    "services/xlsx_import/own_edits.py": {"register_app.exports.xlsx.workbook", "register_app.exports.export_texts",
                                          "register_app.exports.view"},
    # ...and finds each visible cell's field by the words and columns the export writes there.
    "services/xlsx_import/own_fiche.py": {"register_app.exports.export_texts", "register_app.exports.view"},
    "services/xlsx_import/own_list.py": {"register_app.exports.export_texts", "register_app.exports.xlsx.list_sheet"},
    "services/xlsx_import/own_targets.py": {"register_app.exports.export_texts"},
    "services/xlsx_import/own_measures.py": {"register_app.exports.export_texts"},
    # The annex sheets' edits: the sheets found by their exported titles and compared with the export.
    "services/xlsx_import/annex_edits.py": {"register_app.exports.xlsx.workbook", "register_app.exports.export_texts"},
    # The labels the CNIL model's cells are matched against: exports' wording table, until the one
    # wording table of the core replaces it (issue 13, its other half).
    "services/xlsx_import/matching.py": {"register_app.exports.export_texts"},
    "services/xlsx_import/cnil_fiche.py": {"register_app.exports.export_texts"},
}  # fmt: skip


@pytest.mark.parametrize("path", modules_under("services"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_services_reach_exports_only_through_the_named_use_cases(path: Path) -> None:
    allowed = SERVICES_USING_EXPORTS.get(path.relative_to(PACKAGE).as_posix(), set())
    bad = {m for m in imported_modules(path) if m.startswith("register_app.exports") and m not in allowed}
    assert not bad, f"{path.name} imports {bad}: the format's knowledge belongs in services/document.py"


def test_the_named_use_cases_exist() -> None:
    assert all((PACKAGE / name).is_file() for name in SERVICES_USING_EXPORTS)


# What the ui may take from the store: the types it holds and shows, the file extension, where the
# app keeps its data and who the author is by default. Nothing that opens, writes or restores a file.
UI_FROM_STORE = {
    ("register_app.store.register_file", "RegisterFile"),
    ("register_app.store.register_file", "EXTENSION"),
    ("register_app.store.register_file", "default_author"),
    ("register_app.store.backups", "Backup"),
    ("register_app.store.backups", "BackupPolicy"),
    ("register_app.store.backups", "data_dir"),
    ("register_app.store.lock", "LockOwner"),
    # A team register's URL as text (no connection): the connect dialog builds and splits it.
    ("register_app.store.team", "SSL_MODES"),
    ("register_app.store.team", "team_url"),
    ("register_app.store.team", "url_parts"),
}


def test_the_ui_opens_restores_and_copies_registers_through_services() -> None:
    for path in modules_under("ui"):
        store = {(m, n) for m, n in imported_names(path) if m.startswith("register_app.store")}
        bad = store - UI_FROM_STORE
        assert not bad, f"{path.name} imports {bad}"
