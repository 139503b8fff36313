"""The notice's fixed sentences, read from the dated, sourced `wording.json` beside this module."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from register_app.domain.catalogues import Lang
from register_app.domain.words.language import pick

WORDING_FILE = Path(__file__).with_name("wording.json")


@functools.cache
def wording() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(WORDING_FILE.read_text(encoding="utf-8"))
    return data


def say(key: str, lang: Lang, **values: object) -> str:
    """The sentence `key` in `lang`, its {names} filled."""
    fr, en = wording()["texts"][key]
    return pick((str(fr), str(en)), lang, **values)


def event_phrase(code: str | None, lang: Lang) -> str | None:
    """A start event as it follows « à compter » / "from" ('du dernier contact', 'the last contact');
    None for an event the DPO describes in words ('event', 'other') or a code without a phrase."""
    pair = wording()["start_event_phrases"].get(code or "")
    return None if pair is None else pick((str(pair[0]), str(pair[1])), lang)
