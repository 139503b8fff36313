"""A cold start, run as its own process by bench.run: `app REGISTER` starts the desktop app as
`register-app REGISTER` does and stops once the main window has painted the register; `bare ROWS`
shows a bare PySide6 window with the same rows, read from a pickle (as good as from memory);
`floor REGISTER CODES` does the work no PySide6 and SQLAlchemy app can avoid: it imports both,
reads the activities list's rows with sqlite3 (CODES: the special data categories, for the
"sensitive" column) and shows them in a bare window.
Prints the peak memory in MB; the parent measures the time until the process says it is shown."""

from __future__ import annotations

import os
import pickle
import resource
import sys
from pathlib import Path
from typing import Any


def shown(app: Any, window: Any = None) -> None:
    app.processEvents()
    app.processEvents()
    print(f"shown {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}", flush=True)
    if window is not None and window.ctx is not None:
        window.ctx.register.close()  # after the time measured: release the register's lock
    os._exit(0)  # no teardown


def app_main(path: Path) -> None:
    from register_app.app import create_app, install_excepthook, setup_logging
    from register_app.ui.errors import set_log_path
    from register_app.ui.main_window import MainWindow

    set_log_path(setup_logging())
    install_excepthook()
    app, settings, _lang = create_app()
    window = MainWindow(settings)
    window.show()
    if not window.open_file(path):
        raise SystemExit("could not open the register")
    shown(app, window)


# the activities list's columns, as services.activities.list_activities reads them
LIST_SQL = """
SELECT a.reference, a.name, a.role, a.status,
       (SELECT p.description FROM purpose p WHERE p.activity_id = a.id ORDER BY p.position LIMIT 1),
       (SELECT group_concat(DISTINCT p.legal_basis) FROM purpose p WHERE p.activity_id = a.id),
       EXISTS (SELECT 1 FROM activity_data_category c WHERE c.activity_id = a.id AND c.code IN ({codes})),
       (SELECT count(*) FROM activity_subprocessor s WHERE s.activity_id = a.id),
       a.updated_at
FROM activity a ORDER BY a.reference
"""


def floor_main(path: Path, codes: str) -> None:
    import sqlite3

    import sqlalchemy.orm  # noqa: F401  imported as any app reading its file through SQLAlchemy must

    special = codes.split(",")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    query = LIST_SQL.format(codes=",".join("?" * len(special)))
    rows = [tuple("" if v is None else str(v) for v in row) for row in connection.execute(query, special)]
    header = ["Ref.", "Processing activity", "Role", "Status", "Main purpose", "Legal bases", "Sensitive data",
              "Subprocessors", "Last update"]  # fmt: skip
    show_rows(header, rows)


def bare_main(rows_path: Path) -> None:
    with rows_path.open("rb") as handle:
        header, rows = pickle.load(handle)
    show_rows(header, rows)


def show_rows(header: list[str], rows: list[tuple[str, ...]]) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(header)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

        def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
            return header[section] if horizontal else None

    app = QApplication(["bare"])
    window = QMainWindow()
    view = QTableView()
    model = Model()
    view.setModel(model)
    view.verticalHeader().hide()
    window.setCentralWidget(view)
    window.resize(1280, 760)
    window.show()
    shown(app)


if __name__ == "__main__":
    kind, target = sys.argv[1], Path(sys.argv[2])
    if kind == "app":
        app_main(target)
    elif kind == "floor":
        floor_main(target, sys.argv[3])
    else:
        bare_main(target)
