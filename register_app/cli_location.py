"""What a command was given as its register, a file or a team register's URL: opening it, printing it,
and refusing a URL where only a file will do."""

from __future__ import annotations

import argparse
from pathlib import Path

from register_app.errors import UserError
from register_app.services.files import open_file
from register_app.store.register_file import RegisterFile
from register_app.store.team import shown


class FileOnlyError(UserError):
    """{command} works on a register file, not on a team register ({url}): a team register is created with
    `register-app team init URL`, and its backups are JSON documents that `register-app import NEW.rgpd
    BACKUP.json` reads into a new register file, which `register-app copy` puts back into an empty database."""

    fr = ("{command} s'applique à un fichier de registre, pas à un registre d'équipe ({url}) : un registre "
          "d'équipe se crée avec `register-app team init URL`, et ses sauvegardes sont des documents JSON que "
          "`register-app import NOUVEAU.rgpd SAUVEGARDE.json` lit dans un nouveau fichier de registre, que "
          "`register-app copy` remet dans une base vide.")  # fmt: skip


def file_only(args: argparse.Namespace) -> Path:
    """The register file a command that only works on files was given (new, demo, restore)."""
    if isinstance(args.file, str):
        raise FileOnlyError(command=args.command, url=shown(args.file))
    return args.file


def opened(args: argparse.Namespace, *, for_writing: bool = False) -> RegisterFile:
    """The register the command names, opened for it (as `--author`)."""
    return open_file(args.file, author=args.author, for_writing=for_writing)


def named(location: Path | str) -> str:
    """A register's location as it may be printed: a URL without its password."""
    return shown(location) if isinstance(location, str) else str(location)
