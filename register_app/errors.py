"""Two families of errors: a UserError is something the user can understand and act on; anything
else is a bug. A UserError's English message is its docstring and its French one its `fr`, both
completed by keyword details when raised; a detail may itself be a (french, english) pair."""

from __future__ import annotations

from typing import ClassVar

from register_app.domain.words.language import Text, pick


def is_pair(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value)


class UserError(Exception):
    """The operation could not be done."""

    fr: ClassVar[str] = "L'opération n'a pas pu être effectuée."

    def __init__(self, detail: Text = "", **values: object) -> None:
        self.values = values
        self.detail = detail
        super().__init__(self.message)

    def message_in(self, lang: str) -> str:
        """The message in `lang` ("fr" or "en")."""
        template = pick((self.fr, (self.__doc__ or "").strip()), lang)
        values = {key: pick(v, lang) if is_pair(v) else v for key, v in self.values.items()}  # type: ignore[arg-type]
        base = template.format(**values)
        detail = pick(self.detail, lang)
        return f"{base} {detail}".strip() if detail else base

    @property
    def message(self) -> str:
        """The English message (logs, command line)."""
        return self.message_in("en")


class NotARegisterError(UserError):
    """{path} is not a register file: it may be another kind of file, or damaged."""

    fr = "{path} n'est pas un fichier de registre : c'est peut-être un autre type de fichier, ou il est endommagé."


class NewerRegisterError(UserError):
    """{path} was written by a newer version of register_app; update the application to open it."""

    fr = "{path} a été écrit par une version plus récente de register_app ; mettez l'application à jour pour l'ouvrir."


class DamagedRegisterError(UserError):
    """{path} is damaged and cannot be opened safely; restore it from one of its backups."""

    fr = "{path} est endommagé et ne peut pas être ouvert sans risque ; restaurez-le depuis l'une de ses sauvegardes."


class RegisterNotFoundError(UserError):
    """{path} does not exist."""

    fr = "{path} n'existe pas."


class RegisterExistsError(UserError):
    """{path} already exists; choose another name or open it."""

    fr = "{path} existe déjà ; choisissez un autre nom ou ouvrez-le."


class StorageError(UserError):
    """The register could not be saved: {reason}"""

    fr = "Le registre n'a pas pu être enregistré : {reason}"


class NotFoundError(UserError):
    """No {kind} with identifier {ident} in this register."""

    fr = "Aucun élément « {kind} » d'identifiant {ident} dans ce registre."


class ValidationFailed(UserError):
    """The data is not valid: {summary}"""

    fr = "Les données ne sont pas valides : {summary}"

    def __init__(self, issues: list[object], summary: Text) -> None:
        self.issues = issues
        super().__init__(summary=summary)


class ImportFailed(UserError):
    """Nothing was imported: {summary}"""

    fr = "Rien n'a été importé : {summary}"

    def __init__(self, errors: list[Text], summary: Text) -> None:
        self.details = errors  # each error, in French and English (or the same in both)
        super().__init__(summary=summary)

    def errors_in(self, lang: str) -> list[str]:
        """Each error in `lang` ("fr" or "en"), as the lines under the sentence."""
        return [pick(error, lang) for error in self.details]

    @property
    def errors(self) -> list[str]:
        """Each error in English (logs)."""
        return self.errors_in("en")


class UnsupportedFormatError(UserError):
    """{path}: unsupported format (expected {expected})."""

    fr = "{path} : format non pris en charge (attendu : {expected})."


class UpgradeNeededError(UserError):
    """{path} was made by an older version and must be upgraded, which a read-only opening cannot do."""

    fr = ("{path} a été créé par une version antérieure et doit être mis à niveau, ce qu'une ouverture en lecture "
          "seule ne permet pas.")  # fmt: skip


class RegisterLockedError(UserError):
    """{path} is open for editing by {owner}; close it there first."""

    fr = "{path} est ouvert en modification par {owner} ; fermez-le d'abord là-bas."


class BackupNotFoundError(UserError):
    """No backup {choice} for {path}; list them with: register-app restore {path} --list"""

    fr = "Aucune sauvegarde {choice} pour {path} ; affichez-les avec : register-app restore {path} --list"
