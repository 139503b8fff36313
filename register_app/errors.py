"""Two families of errors: a UserError is something the user can understand and act on; anything
else is a bug. A UserError's message is its docstring, completed by keyword details when raised."""

from __future__ import annotations


class UserError(Exception):
    """The operation could not be done."""

    def __init__(self, detail: str = "", **values: object) -> None:
        self.values = values
        self.detail = detail
        super().__init__(self.message)

    @property
    def message(self) -> str:
        base = (self.__doc__ or "").strip().format(**self.values)
        return f"{base} {self.detail}".strip() if self.detail else base


class NotARegisterError(UserError):
    """{path} is not a register file: it may be another kind of file, or damaged."""


class NewerRegisterError(UserError):
    """{path} was written by a newer version of register_app; update the application to open it."""


class DamagedRegisterError(UserError):
    """{path} is damaged and cannot be opened safely; restore it from one of its backups."""


class RegisterNotFoundError(UserError):
    """{path} does not exist."""


class RegisterExistsError(UserError):
    """{path} already exists; choose another name or open it."""


class StorageError(UserError):
    """The register could not be saved: {reason}"""


class NotFoundError(UserError):
    """No {kind} with identifier {ident} in this register."""


class ValidationFailed(UserError):
    """The data is not valid: {summary}"""

    def __init__(self, issues: list[object], summary: str) -> None:
        self.issues = issues
        super().__init__(summary=summary)


class ImportFailed(UserError):
    """Nothing was imported: {summary}"""

    def __init__(self, errors: list[str], summary: str) -> None:
        self.errors = errors
        super().__init__(summary=summary)


class UnsupportedFormatError(UserError):
    """{path}: unsupported format (expected {expected})."""


class UpgradeNeededError(UserError):
    """{path} was made by an older version and must be upgraded, which a read-only opening cannot do."""


class RegisterLockedError(UserError):
    """{path} is open for editing by {owner}; close it there first."""


class BackupNotFoundError(UserError):
    """No backup {choice} for {path}; list them with: register-app restore {path} --list"""
