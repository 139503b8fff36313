"""A register to plan an import against without touching the target file: for `import --dry-run`,
which must leave the file byte-identical (no lock, no backup, no upgrade) or not create it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from register_app.errors import UpgradeNeededError
from register_app.store.engine import make_engine
from register_app.store.register_file import RegisterFile, create_register, open_register, open_team_register
from register_app.store.schema import upgrade_to_head


@contextmanager
def preview_register(path: Path | str, *, author: str | None = None) -> Iterator[RegisterFile]:
    """The register at `path` opened read-only (a file, or a team register's URL); an empty one in a
    temporary folder when the file does not exist; an upgraded copy there when the file's schema is
    older than this application's."""
    with tempfile.TemporaryDirectory(prefix="register-app-dry-run-") as folder:
        if isinstance(path, str):
            register = open_team_register(path, author=author, read_only=True)
        elif not path.exists():
            register = create_register(Path(folder) / "preview.rgpd", author=author)
        else:
            try:
                register = open_register(path, author=author, read_only=True, daily_backup=False)
            except UpgradeNeededError:
                copy = Path(folder) / path.name
                shutil.copyfile(path, copy)
                engine = make_engine(copy)
                try:
                    upgrade_to_head(engine)
                finally:
                    engine.dispose()
                register = open_register(copy, author=author, read_only=True, daily_backup=False)
        try:
            yield register
        finally:
            register.close()
