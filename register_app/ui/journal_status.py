"""What the journal check run on opening found, in plain words: a banner over the workspace only when
something is wrong (the chain of hashes broken, an object edited outside the app), and one line for
the dashboard either way."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from register_app.services.verify import JournalCheck, check_journal_on_open, describe
from register_app.store.register_file import RegisterFile
from register_app.ui import screen_labels

log = logging.getLogger(__name__)
BANNER_STYLE = "QLabel { background: #fde7e9; color: #6b0010; border: 1px solid #d08090; padding: 6px; }"
SHOWN_PROBLEMS = 5  # objects named in the banner; the rest are counted


def check_on_open(register: RegisterFile) -> JournalCheck | None:
    """The check, or None when it could not run (said in the log: opening goes on)."""
    try:
        return check_journal_on_open(register)
    except Exception:  # a check that fails is logged, never a crash, nor a register left unopened
        log.exception("the journal could not be checked")
        return None


def banner_text(check: JournalCheck) -> str:
    """The problems in words, or "" when there is none."""
    if check.ok:
        return ""
    lines = describe(check, screen_labels.lang())
    problems = lines[1 : 1 + len(check.disagreements)]  # describe: the chain, then one line per object
    head = lines[0] if check.broken is not None else ""
    more = len(problems) - SHOWN_PROBLEMS
    shown = [head] if head else []
    shown += problems[:SHOWN_PROBLEMS]
    if more > 0:
        shown.append(QCoreApplication.translate("JournalStatus", "… and %n other object(s).", "", more))
    intro = QCoreApplication.translate(
        "JournalStatus",
        "This register was changed outside the app, or its history was altered. What it holds may not be what "
        "was recorded; keep a copy of the file and check these items:",
    )
    return "\n".join([intro, *shown])


def banner(check: JournalCheck | None) -> QLabel | None:
    text = banner_text(check) if check is not None else ""
    if not text:
        return None
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.setAccessibleName(QCoreApplication.translate("JournalStatus", "History check"))
    return label


def dashboard_line(check: JournalCheck | None) -> str:
    """One line: intact, or how many problems (details in the banner)."""
    if check is None:
        return QCoreApplication.translate("JournalStatus", "The history could not be checked: see the log.")
    if check.broken is not None:
        return describe(check, screen_labels.lang())[0]
    if check.disagreements:
        return QCoreApplication.translate(
            "JournalStatus", "History check: %n object(s) changed outside the app (see the banner above).", "",
            len(check.disagreements))  # fmt: skip
    return describe(check, screen_labels.lang())[0]
