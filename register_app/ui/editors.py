"""Open an editor on an object and turn its result into an undoable edit. Pages and the activity
editor (to create a subprocessor inline) all go through here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.aggregate_writes import Aggregate
from register_app.services.conflicts import EditConflict, opened
from register_app.services.measures import MEASURES
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.ui.activity_blocks import Lookups
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.conflict_dialog import ConflictDialog
from register_app.ui.edits import Edit, create, update
from register_app.ui.fiche_export import export_fiche
from register_app.ui.form_dialog import FormDialog
from register_app.ui.history_table import HistoryTab
from register_app.ui.measure_dialog import MeasureDialog
from register_app.ui.read_only import make_dialog_read_only
from register_app.ui.register_context import RegisterContext
from register_app.ui.subprocessor_dialog import SubprocessorDialog
from register_app.ui.undo import run_edit

D = TypeVar("D", bound=FormDialog)


def save_revision(ctx: RegisterContext, parent: QWidget, agg: Aggregate[Any, Any], *, uid: str, new: Any,
                  base: Any, version: int, text: str) -> None:  # fmt: skip
    """Save an editor's object from the version it opened (see `save_checked`)."""
    save_checked(ctx, parent, lambda data, since: update(agg, uid, data, since), new=new, base=base, version=version,
                 text=text)  # fmt: skip


def save_checked(ctx: RegisterContext, parent: QWidget, edit: Callable[[Any, int], Edit], *, new: Any, base: Any,
                 version: int, text: str) -> None:  # fmt: skip
    """Save `edit(new, version)`, `base` and `version` being what the editor opened. When someone else
    saved the object meanwhile, show both versions (their changes to fields the user left as they
    were kept); save what the user chooses, or (Cancel) raise the conflict: the editor stays open
    with nothing saved."""
    try:
        run_edit(ctx, edit(new, version), text)
    except EditConflict as conflict:
        choice = ConflictDialog(conflict, parent, base=base)
        if choice.exec() != QDialog.DialogCode.Accepted:
            raise
        run_edit(ctx, edit(choice.result_input(), conflict.version), text)


def record_dialog(ctx: RegisterContext, agg: Aggregate[Any, Any], uid: str | None, *,
                  make: Callable[[Any, Callable[[Any], None], str], D], titles: tuple[str, str],
                  name_of: Callable[[Any], str], history: bool = False) -> D:  # fmt: skip
    """The editor `make(data, submit, title)` of a new record (uid None) or of the record `uid` (with
    its History tab when `history`); Save makes an undoable edit named after `name_of(data)`; read-only
    on a read-only register. `titles`: the new record's window title, and an existing one's with {name}."""
    reg = ctx.register
    if uid is None:
        data = agg.input_type()
        title = titles[0]

        def submit(new: Any) -> None:
            text = QCoreApplication.translate("Editors", "Create “{name}”").format(name=name_of(new))
            run_edit(ctx, create(agg, new), text)
    else:
        editing = opened(reg, agg, uid)
        data = r.input_part(editing.record, agg.input_type)
        title = titles[1].format(name=name_of(data))

        def submit(new: Any) -> None:
            if new != data:
                text = QCoreApplication.translate("Editors", "Edit “{name}”").format(name=name_of(new))
                save_revision(ctx, dialog, agg, uid=uid, new=new, base=data, version=editing.version, text=text)

    dialog = make(data, submit, title)
    if uid is not None and history:
        dialog.add_history(HistoryTab(reg, uid))
    if reg.read_only:
        make_dialog_read_only(dialog, dialog.buttons)
    return dialog


def lookups(ctx: RegisterContext) -> Lookups:
    reg = ctx.register
    subs = [subprocessors.get_subprocessor(reg, uid=row.uid) for row in subprocessors.list_subprocessors(reg)]
    return Lookups(
        organisation=organisation.get_organisation(reg),
        controllers=[(c.uid, c.contact.name) for c in organisation.list_controllers(reg)],
        subprocessors=subs,
        measures=measures.list_measures(reg),
        new_subprocessor=lambda parent: edit_subprocessor(ctx, parent, None),
    )


def edit_activity(ctx: RegisterContext, parent: QWidget, uid: str | None) -> ActivityDialog:
    """Open the editor (modal); returns the dialog so tests can drive it."""
    dialog = activity_dialog(ctx, parent, uid)
    dialog.exec()
    return dialog


def activity_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> ActivityDialog:
    fiche = None
    if uid is None:
        data = r.ActivityInput()
        title = QCoreApplication.translate("Editors", "New processing activity")

        def submit(new: r.ActivityInput) -> None:
            run_edit(
                ctx,
                create(ACTIVITIES, new),
                QCoreApplication.translate("Editors", "Create “{name}”").format(name=new.name),
            )
    else:
        editing = opened(ctx.register, ACTIVITIES, uid)
        record = editing.record
        data = activities.input_of(record)
        title = QCoreApplication.translate("Editors", "{reference} {name} — processing activity").format(
            reference=record.reference, name=record.name
        )

        def submit(new: r.ActivityInput) -> None:
            if new != data:
                text = QCoreApplication.translate("Editors", "Edit “{name}”").format(name=new.name)
                save_revision(ctx, dialog, ACTIVITIES, uid=uid, new=new, base=data, version=editing.version, text=text)

        def fiche() -> None:
            export_fiche(dialog, ctx, uid, record.reference)

    dialog = ActivityDialog(lookups(ctx), data=data, submit=submit, title=title, fiche=fiche, parent=parent)
    if uid is not None:
        dialog.add_history(HistoryTab(ctx.register, uid))
    if ctx.register.read_only:
        make_dialog_read_only(dialog, dialog.buttons, keep=[dialog.sections])
    return dialog


def subprocessor_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> SubprocessorDialog:
    reg = ctx.register
    all_measures = measures.list_measures(reg)
    others = [(row.uid, row.name) for row in subprocessors.list_subprocessors(reg) if row.uid != uid]
    created: list[r.Subprocessor] = []
    if uid is None:
        data = r.SubprocessorInput()
        linked: list[tuple[str, str, str]] = []
        title = QCoreApplication.translate("Editors", "New subprocessor")

        def submit(new: r.SubprocessorInput) -> None:
            text = QCoreApplication.translate("Editors", "Create “{name}”").format(name=new.name)
            change = run_edit(ctx, create(SUBPROCESSORS, new), text)
            created.append(subprocessors.get_subprocessor(reg, uid=change.uid or ""))
    else:
        editing_sub = opened(reg, SUBPROCESSORS, uid)
        record = editing_sub.record
        data = r.input_part(record, r.SubprocessorInput)
        linked = subprocessors.linked_activities(reg, uid=uid)
        title = QCoreApplication.translate("Editors", "{name} — subprocessor").format(name=record.name)

        def submit(new: r.SubprocessorInput) -> None:
            if new != data:
                text = QCoreApplication.translate("Editors", "Edit “{name}”").format(name=new.name)
                save_revision(ctx, dialog, SUBPROCESSORS, uid=uid, new=new, base=data, version=editing_sub.version,
                              text=text)  # fmt: skip

    dialog = SubprocessorDialog(data=data, submit=submit, title=title, measures=all_measures, others=others,
                                linked=linked, parent=parent)  # fmt: skip
    dialog.created = created  # type: ignore[attr-defined]
    if uid is not None:
        dialog.add_history(HistoryTab(reg, uid))
    if reg.read_only:
        make_dialog_read_only(dialog, dialog.buttons)
    return dialog


def edit_subprocessor(ctx: RegisterContext, parent: QWidget, uid: str | None) -> r.Subprocessor | None:
    dialog = subprocessor_dialog(ctx, parent, uid)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created:  # type: ignore[attr-defined]
        return dialog.created[0]  # type: ignore[attr-defined,no-any-return]
    return None


def measure_dialog(ctx: RegisterContext, parent: QWidget, uid: str | None) -> MeasureDialog:
    usage = measures.measure_usage(ctx.register, uid=uid) if uid is not None else None
    titles = (QCoreApplication.translate("Editors", "New security measure"),
              QCoreApplication.translate("Editors", "{name} — security measure"))  # fmt: skip

    def make(data: r.MeasureInput, submit: Callable[[r.MeasureInput], None], title: str) -> MeasureDialog:
        return MeasureDialog(data=data, submit=submit, title=title, usage=usage, parent=parent)

    return record_dialog(ctx, MEASURES, uid, make=make, titles=titles, name_of=lambda m: m.name, history=True)
