"""What every part of the notice shares while it is written: the activities it covers, the
language, lookups over the register, and the list of facts found missing, each one also put in
the text as a visible placeholder."""

from __future__ import annotations

from collections.abc import Sequence

from register_app.domain.catalogues import Lang
from register_app.domain.enums import DpoStatus
from register_app.domain.words.language import pick
from register_app.exports.notice.model import Inline, Run
from register_app.exports.notice.wording import say
from register_app.exports.view import RegisterView, country_name
from register_app.services import records as r


class Draft:
    def __init__(self, snapshot: r.Snapshot, activities: Sequence[r.Activity], lang: Lang) -> None:
        self.snapshot = snapshot
        self.organisation = snapshot.organisation
        self.view = RegisterView(snapshot)
        self.activities = tuple(activities)
        self.lang = lang
        self._missing: dict[str, None] = {}

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(self._missing)

    def say(self, key: str, **values: object) -> str:
        return say(key, self.lang, **values)

    def note(self, where: str, what: str) -> None:
        """Record that the notice lacks `what` (about `where`)."""
        self._missing[self.say("missing_item", where=where, what=what)] = None

    def gap(self, where: str, what: str) -> Run:
        """A missing fact: recorded, and returned as the placeholder that stands in the text for it."""
        self.note(where, what)
        return Run(self.say("placeholder", what=what), placeholder=True)

    def fill(self, key: str, name: str, run: Run, **values: object) -> Inline:
        """The sentence `key` with the run `run` (a contact, a placeholder) in place of {name}."""
        before, _, after = self.say(key, **{name: "\0"}, **values).partition("\0")
        return runs(before, run, after)

    def where(self, activity: r.Activity, purpose: r.Purpose | None = None) -> str:
        place = self.say("missing_activity", reference=activity.reference, name=activity.name).strip()
        if purpose is not None and purpose.description.strip():
            place = f"{place}, {self.say('missing_purpose', purpose=purpose.description.strip())}"
        return place

    @property
    def organisation_place(self) -> str:
        return self.say("missing_organisation")

    def rights_contact(self) -> Run:
        """Where to write to exercise one's rights: the DPO when one is designated and reachable,
        else the controller; a placeholder when neither can be reached."""
        org = self.organisation
        if org.dpo_status is DpoStatus.DESIGNATED and reachable(org.dpo):
            return Run(self.contact_words(org.dpo, org.dpo_company))
        if reachable(org.identity):
            return Run(self.contact_words(org.identity))
        return self.gap(self.organisation_place, self.say("what_rights_contact"))

    def contact_words(self, contact: r.Contact, company: str = "") -> str:
        """'dpo@example.fr or Claire Martin, 5 rue X, 35000 Rennes': the e-mail, the postal address, or both."""
        postal = postal_words(contact, company, self.lang)
        email = contact.email.strip()
        if email and postal:
            return self.say("contact_or", first=email, second=postal)
        return email or postal


def reachable(contact: r.Contact) -> bool:
    """Whether a letter or an e-mail can reach this contact."""
    return bool(contact.email.strip() or contact.address.strip())


def postal_words(contact: r.Contact, company: str, lang: Lang) -> str:
    if not contact.address.strip():
        return ""
    town = " ".join(part for part in (contact.postcode.strip(), contact.city.strip()) if part)
    country = country_name(contact.country, lang) if contact.country not in ("", "FR") else ""
    parts = (contact.name, company, contact.address, town, country)
    return ", ".join(part.strip() for part in parts if part.strip())


def runs(*parts: str | Run) -> Inline:
    """Runs from plain strings and ready-made runs, empty strings left out."""
    return tuple(part if isinstance(part, Run) else Run(part) for part in parts if not isinstance(part, str) or part)


def sentence(words: str) -> str:
    """Words as a sentence: capital first letter, final full stop unless it already ends one."""
    words = words.strip()
    if not words:
        return ""
    words = words[:1].upper() + words[1:]
    return words if words.endswith((".", "!", "?", "…", ")", "»", "”")) else words + "."


def enumerated(items: Sequence[str], lang: Lang) -> list[str]:
    """List items as a sentence runs: ';' after each but the last, a full stop after it (with the
    French space before the semicolon)."""
    separator = pick((" ;", ";"), lang)
    return [item + (separator if n < len(items) - 1 else ".") for n, item in enumerate(items)]
