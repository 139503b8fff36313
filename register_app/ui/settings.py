"""Settings declared once, typed, in an INI file in the app's data folder (so tests and portable
installs stay isolated). What belongs to a register lives in the register file, not here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from register_app.domain.catalogues import Lang
from register_app.store.backups import BackupPolicy, data_dir

VERSION = 1
MAX_RECENT = 8


# A system that names no language (C/POSIX locale, nothing set) gets French: the app serves French DPOs.
FRENCH_SYSTEMS = (QLocale.Language.French, QLocale.Language.C, QLocale.Language.AnyLanguage)


def system_lang() -> Lang:
    """The interface language the system asks for: French, English for any other named language."""
    return "fr" if QLocale.system().language() in FRENCH_SYSTEMS else "en"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._q.value("version") is None:
            self._q.setValue("version", VERSION)

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    # Interface language: "" follows the system (French when the system is French).
    @property
    def language(self) -> str:
        value = self._str("ui/language")
        return value if value in ("", "fr", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    @property
    def effective_language(self) -> Lang:
        chosen = self.language
        return chosen if chosen in ("fr", "en") else system_lang()  # type: ignore[return-value]

    @property
    def author(self) -> str:
        return self._str("history/author")

    @author.setter
    def author(self, value: str) -> None:
        self._q.setValue("history/author", value.strip())

    @property
    def author_asked(self) -> bool:
        """Whether the first run already asked for the author's name (asked once, even if declined)."""
        return self._str("history/author_asked") == "true"

    @author_asked.setter
    def author_asked(self, value: bool) -> None:
        self._q.setValue("history/author_asked", "true" if value else "false")

    @property
    def export_folder(self) -> str:
        return self._str("export/folder")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._q.setValue("export/folder", value)

    # How many safety copies of each register are kept (see store/backups.py).
    @property
    def backup_policy(self) -> BackupPolicy:
        default = BackupPolicy()
        return BackupPolicy(
            daily=self._int("backups/daily", default.daily, 1, 365),
            before_change=self._int("backups/before_change", default.before_change, 1, 500),
        )

    @backup_policy.setter
    def backup_policy(self, value: BackupPolicy) -> None:
        self._q.setValue("backups/daily", value.daily)
        self._q.setValue("backups/before_change", value.before_change)

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(self._str(key, str(default)))
        except ValueError:
            return default
        return min(max(value, low), high)

    @property
    def recent_files(self) -> list[Path]:
        raw = self._q.value("files/recent", [])
        items = [raw] if isinstance(raw, str) else list(raw or [])
        return [Path(item) for item in items if item]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files if p != path]
        self._q.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])
        self._q.setValue("files/last", str(path))

    def forget_recent(self, path: Path) -> None:
        files = [p for p in self.recent_files if p != path.resolve() and p != path]
        self._q.setValue("files/recent", [str(p) for p in files])

    @property
    def recent_team_registers(self) -> list[str]:
        """Team registers connected to, newest first, as URLs without password (services/credentials.py)."""
        raw = self._q.value("team/recent", [])
        return [str(item) for item in ([raw] if isinstance(raw, str) else list(raw or [])) if item]

    def add_recent_team_register(self, url: str) -> None:
        urls = [url] + [u for u in self.recent_team_registers if u != url]
        self._q.setValue("team/recent", urls[:MAX_RECENT])

    @property
    def last_file(self) -> Path | None:
        value = self._str("files/last")
        return Path(value) if value else None

    @last_file.setter
    def last_file(self, value: Path | None) -> None:
        self._q.setValue("files/last", str(value) if value else "")

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def geometry_screen(self) -> str:
        """The available screen size ("WxH") the window geometry was saved on."""
        return self._str("window/screen")

    @geometry_screen.setter
    def geometry_screen(self, value: str) -> None:
        self._q.setValue("window/screen", value)

    def sync(self) -> None:
        self._q.sync()
