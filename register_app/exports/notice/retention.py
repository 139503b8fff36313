"""Retention periods in words, for people rather than for the register: '3 ans à compter du dernier
contact, puis suppression' from the structured duration and start event, followed by the DPO's own
criterion; one table per activity, a row per rule, a placeholder for data kept with no rule."""

from __future__ import annotations

from register_app.domain.catalogues import Lang
from register_app.domain.words.enum_labels import enum_label, in_sentence
from register_app.exports.notice.draft import Draft, runs, sentence
from register_app.exports.notice.model import Block, Inline, Paragraph, Section, Table
from register_app.exports.notice.wording import event_phrase, say
from register_app.exports.view import category_label, format_duration
from register_app.services import records as r


def retention_words(rule: r.RetentionRule, lang: Lang) -> str:
    """The structured part of a rule in words, '' when it has no duration."""
    first = rule.active or rule.archive
    if first is None:
        return ""
    words = format_duration(first, lang)
    event = event_phrase(rule.start_event, lang)
    if event is not None:
        words = say("ret_from", lang, duration=words, event=event)
    if rule.active and rule.archive:
        words = say("ret_then_archive", lang, words=words, duration=format_duration(rule.archive, lang))
    elif rule.archive:
        words = say("ret_archive_only", lang, words=words)
    if rule.final_fate:
        words = say("ret_fate", lang, words=words, fate=in_sentence(enum_label(rule.final_fate, lang)))
    return words


def retention_sentences(rule: r.RetentionRule, lang: Lang) -> str:
    """The period in words, then the DPO's criterion; '' when the rule says neither."""
    parts = (sentence(retention_words(rule, lang)), sentence(rule.criterion))
    return " ".join(part for part in parts if part)


def data_words(rule: r.RetentionRule, lang: Lang) -> str:
    return rule.label.strip() or category_label(rule.category, lang)


def retention_section(draft: Draft) -> Section:
    blocks: list[Block] = []
    for activity in draft.activities:
        rows = [_row(draft, activity, rule) for rule in activity.retention]
        covered = {rule.category for rule in activity.retention}
        for category in activity.data_categories:
            if category.code not in covered:
                label = category_label(category.code, draft.lang)
                what = draft.say("what_retention", category=label)
                rows.append((runs(label), runs(draft.gap(draft.where(activity), what))))
        if rows:
            header = (draft.say("col_data"), draft.say("col_period"))
            blocks.append(Table(activity.name, header, tuple(rows)))
    intro = Paragraph(runs(draft.say("retention_intro")))
    return Section("retention", draft.say("h_retention"), (intro, *blocks))


def _row(draft: Draft, activity: r.Activity, rule: r.RetentionRule) -> tuple[Inline, Inline]:
    label = data_words(rule, draft.lang)
    words = retention_sentences(rule, draft.lang)
    if words:
        return runs(label), runs(words)
    return runs(label), runs(draft.gap(draft.where(activity), draft.say("what_retention", category=label)))
