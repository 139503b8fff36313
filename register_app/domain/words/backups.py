"""Why a backup was taken, in words: the restore dialog and `register-app restore --list` name the
backups' reasons with these."""

from __future__ import annotations

from register_app.domain.words.language import Lang, Pair, pick

# By the reason's code; a code may carry a suffix ("before-upgrade-0003").
BACKUP_REASONS: dict[str, Pair] = {
    "daily": ("Copie quotidienne", "Daily copy"),
    "before-upgrade": ("Avant mise à niveau", "Before upgrade"),
    "before-import": ("Avant import", "Before import"),
    "before-restore": ("Avant restauration", "Before restore"),
    "damaged": ("Fichier endommagé mis de côté", "Damaged file set aside"),
    "copy": ("Copie", "Copy"),
}


def backup_reason(reason: str, lang: Lang) -> str:
    """A backup's reason in words; an unknown reason as it is."""
    for code, words in BACKUP_REASONS.items():
        if reason == code or reason.startswith(code + "-"):
            return pick(words, lang)
    return reason
