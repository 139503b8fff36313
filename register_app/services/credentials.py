"""A team register's password, kept in the system's keyring (the `keyring` package: the Secret Service
on Linux, the Keychain on macOS, the Credential Manager on Windows), never in the settings. Without a
keyring (a machine with no Secret Service running, a headless one) nothing is kept: the password is
asked each time."""

from __future__ import annotations

import logging

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

log = logging.getLogger(__name__)
SERVICE = "register_app team register"


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a backend that fails to load: none, as far as we are concerned
        log.info("no usable keyring", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def saved_password(url: str) -> str | None:
    """The password kept for the team register at `url` (shown without one), if any."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, url)
    except KeyringError:
        log.info("the keyring could not be read", exc_info=True)
        return None


def remember_password(url: str, password: str) -> bool:
    """Keep `password` for `url`; False when there is no keyring to keep it in."""
    if not password or not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, url, password)
    except KeyringError:
        log.info("the keyring refused the password", exc_info=True)
        return False
    return True
