"""Purposes, grouped into activities, with the legal basis only where the policy states it.

A purpose is a list item or a table row under a heading about purposes ("Finalités", "How we use your
data"), a line of a purpose | data table ("Finalité   Données collectées"), or a part of a sentence
introduced by a purpose cue ("aux fins de la fourniture des Services, de la gestion de la relation
client ainsi que pour informer …"). Purposes go to the activity family whose words they use
(vocabulary.json `activities`); one that uses none is an activity of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from register_app.services.policy import proposals as p
from register_app.services.policy.sentences import Sentence
from register_app.services.policy.text import Kind
from register_app.services.policy.vocabulary import first, fold, names, section_kinds, vocabulary

MIN_WORDS, MAX_WORDS = 3, 45
LEAD = re.compile(r"^(?:[-–•]\s*)?(?:et\s+|and\s+|ou\s+|or\s+)?", re.IGNORECASE)
TRAIL = re.compile(r"[\s;,.:]+$")
# "aux fins de A, de B ainsi que pour C et pour D": the parts of the enumeration after the cue.
ENUM_SPLIT = re.compile(r",\s+(?:de la |de l'|du |de |d'|pour |to |for )|\s+ainsi que (?:pour )?|"
                        r"\s+et pour |\s+as well as |,\s+and (?:to |for )?|\s+and to ", re.IGNORECASE)  # fmt: skip
TABLE_HEADER = re.compile(r"^(?:finalit\w*|purposes?)\b.*\b(?:donn\w*|data|information)", re.IGNORECASE)


@dataclass
class Group:
    family: str
    name: str
    purposes: list[p.Purpose] = field(default_factory=list)


def purpose_text(text: str) -> str:
    text = TRAIL.sub("", LEAD.sub("", text.strip()))
    return text[:1].upper() + text[1:]


def is_purpose_like(text: str) -> bool:
    words = text.split()
    plain = fold(text)
    return MIN_WORDS <= len(words) <= MAX_WORDS and not names(plain, vocabulary()["not_purposes"])


def find_purposes(found: list[Sentence]) -> list[tuple[str, Sentence]]:
    """Every purpose (its text, its sentence), in the order of the policy, without repeats."""
    result: list[tuple[str, Sentence]] = []
    seen: set[str] = set()

    def add(text: str, sentence: Sentence) -> None:
        text = purpose_text(text)
        key = fold(text)
        if key and key not in seen and is_purpose_like(text):
            seen.add(key)
            result.append((text, sentence))

    in_table = False
    for s in found:
        kinds = section_kinds(s.heading)
        if s.kind is Kind.HEADING and TABLE_HEADER.match(s.text):
            in_table = True
            continue
        if in_table:
            if (s.kind is Kind.HEADING and (s.text.endswith("?") or s.text[:1].isdigit())) or len(s.text) > 120:
                in_table = False
            else:  # a purpose's line, or one of the data listed for it
                if s.kind is not Kind.ITEM:
                    add(s.text, s)
                continue
        if "purposes" in kinds and s.kind in (Kind.ITEM, Kind.ROW) and "cookies" not in kinds:
            add(s.text.split("\t")[0] if s.kind is Kind.ROW else s.text, s)
            continue
        plain = fold(s.text)
        cue = first(plain, vocabulary()["purpose_cues"])
        if cue and s.kind is Kind.PARAGRAPH and "rights" not in kinds and "cookies" not in kinds:
            parts = _after_cue(s.text)
            if len(parts) == 1 and len(parts[0].split()) < MIN_WORDS:  # "… à des fins de prospection": all of it
                parts = [] if basis_of(s.text) else [s.text]
            for part in parts:
                add(part, s)
    return result


def _after_cue(text: str) -> list[str]:
    """The enumeration after the purpose cue, in the sentence's own words."""
    match = re.search(
        r"(?:aux fins d[eu']?|à des fins d[e']?|a des fins d[e']?|for the purposes? of|"
        r"pour les finalités suivantes\s*:?|for the following purposes\s*:?)\s*",
        text,
        re.IGNORECASE,
    )
    if match is None:
        return []
    rest = re.split(r"[.;:]", text[match.end() :], maxsplit=1)[0]
    return [part for part in ENUM_SPLIT.split(rest) if part and part.strip()]


STOPWORDS = frozenset({
    "le", "la", "les", "l", "de", "des", "du", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "pour", "par",
    "sur", "dans", "avec", "ce", "ces", "cet", "cette", "son", "sa", "ses", "leur", "leurs", "vos", "votre", "nos",
    "notre", "nous", "vous", "qui", "que", "quoi", "est", "sont", "etre", "the", "an", "of", "to", "and", "or",
    "for", "in", "on", "by", "with", "your", "our", "we", "you", "is", "are", "be", "this", "that", "these",
    "those", "their", "its", "as", "at", "from", "gestion", "donnees", "donnee", "personnelles", "personnel",
    "data", "personal",
})  # fmt: skip


def content_words(text: str) -> set[str]:
    """The words that carry meaning, folded, a plural's s dropped ("prospections" is "prospection")."""
    return {w.rstrip("sx") if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", fold(text))} - STOPWORDS


def family_of(text: str) -> str:
    plain = fold(text)
    for entry in vocabulary()["activities"]:
        if names(plain, entry["terms"]):
            return str(entry["code"])
    return ""


def basis_of(text: str, *, marked: bool = True) -> str | None:
    """The legal basis a sentence states: a basis's words with a marker that it is the basis
    ("nécessaire à l'exécution du contrat", "donne son consentement explicite"); without `marked`,
    the words alone (a purpose's own line: "To provide your account (performance of a contract)")."""
    plain = fold(text)
    cited = re.search(r"\b(?:art(?:icle)?\.?\s*6)\b", plain)
    if marked and not names(plain, vocabulary()["basis_markers"]) and not cited:
        return None
    for code, phrases in vocabulary()["legal_bases"].items():
        if names(plain, phrases):
            return str(code)
    return None


def group(found: list[Sentence], lang: str) -> tuple[list[Group], list[p.Purpose]]:
    """The activities (purposes grouped by family), and the legal-basis statements no purpose took."""
    groups: dict[str, Group] = {}
    labels = {e["code"]: e[lang] for e in vocabulary()["activities"]}
    for text, s in find_purposes(found):
        family = family_of(text)
        key = family or text
        basis = basis_of(text, marked=False) if s.kind is not Kind.PARAGRAPH or basis_of(s.text) else None
        purpose = p.Purpose(text, basis, text if basis else "", (p.Source(s.text, s.start, s.end),))
        groups.setdefault(key, Group(family, labels.get(family, text))).purposes.append(purpose)
    loose = _attach_bases(found, groups)
    return list(groups.values()), loose


def _attach_bases(found: list[Sentence], groups: dict[str, Group]) -> list[p.Purpose]:
    """Sentences stating a basis: given to the activity whose words they use when its purposes have
    none yet; otherwise kept apart, for the DPO to place."""
    loose: list[p.Purpose] = []
    taken = {s.start for g in groups.values() for x in g.purposes for s in x.sources}
    for s in found:
        if s.start in taken or s.kind is Kind.HEADING or "rights" in section_kinds(s.heading):
            continue
        basis = basis_of(s.text)
        if basis is None:
            continue
        source = (p.Source(s.text, s.start, s.end),)
        family = family_of(s.text)
        target = groups.get(family) if family else None
        if target is not None and all(x.legal_basis is None for x in target.purposes):
            words = content_words(s.text)
            chosen = [x for x in target.purposes if content_words(x.text) & words] or target.purposes
            target.purposes = [p.Purpose(x.text, basis, s.text, x.sources + source) if x in chosen else x
                               for x in target.purposes]  # fmt: skip
        else:
            loose.append(p.Purpose("", basis, s.text, source))
    return loose
