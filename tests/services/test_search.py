"""Search and filters of the activities list, as a DPO types them: accents and case do not matter."""

from __future__ import annotations

import dataclasses

import pytest
from support.factories import full_activity, full_subprocessor

from register_app.domain.enums import ActivityRole, ActivityStatus
from register_app.services import activities, subprocessors
from register_app.services import records as r
from register_app.services.activities import ActivityFilter
from register_app.store.register_file import RegisterFile


@pytest.fixture
def filled(register: RegisterFile) -> dict[str, str]:
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    payroll = activities.create_activity(register, data=full_activity(subprocessors=(sub.uid,)))
    video = activities.create_activity(
        register,
        data=r.ActivityInput(
            name="Vidéoprotection des locaux",
            status=ActivityStatus.ACTIVE,
            purposes=(r.Purpose(description="Sécurité des biens et des personnes", legal_basis="legitimate_interest"),),
            data_categories=(r.DataCategory(code="civil_status", description="Images"),),
        ),
    )
    draft = activities.create_activity(register, data=r.ActivityInput(name="Newsletter"))
    return {"payroll": payroll.uid, "video": video.uid, "draft": draft.uid, "sub": sub.uid}


def names(register: RegisterFile, **criteria: object) -> list[str]:
    return [row.name for row in activities.list_activities(register, where=ActivityFilter(**criteria))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("VIDEO", ["Vidéoprotection des locaux"]),
        ("vidéo", ["Vidéoprotection des locaux"]),
        ("sécurité biens", ["Vidéoprotection des locaux"]),
        ("nuage sante", ["Gestion de la paie"]),  # a subprocessor's name
        ("arrêts maladie", ["Gestion de la paie"]),  # a data category's description
        ("etat civil", ["Vidéoprotection des locaux", "Gestion de la paie"]),  # a category's label
        ("100%", []),
        ("", ["Vidéoprotection des locaux", "Newsletter", "Gestion de la paie"]),
    ],
)
def test_search_folds_accents_and_case(
    register: RegisterFile, filled: dict[str, str], query: str, expected: list[str]
) -> None:
    assert sorted(names(register, query=query)) == sorted(expected)


def test_filters(register: RegisterFile, filled: dict[str, str]) -> None:
    assert names(register, status=ActivityStatus.DRAFT) == ["Newsletter"]
    assert names(register, role=ActivityRole.PROCESSOR) == ["Gestion de la paie"]
    assert sorted(names(register, data_category="civil_status")) == ["Gestion de la paie", "Vidéoprotection des locaux"]
    assert names(register, subprocessor_uid=filled["sub"]) == ["Gestion de la paie"]
    assert names(register, country="US") == ["Gestion de la paie"]  # the subprocessor's access country
    assert names(register, country="MA") == ["Gestion de la paie"]  # a recorded transfer
    assert names(register, country="JP") == []


def test_rows_carry_the_list_columns(register: RegisterFile, filled: dict[str, str]) -> None:
    rows = {row.uid: row for row in activities.list_activities(register)}
    payroll = rows[filled["payroll"]]
    assert payroll.main_purpose == "Paie"
    assert payroll.legal_bases == ("legal_obligation", "legitimate_interest")
    assert payroll.sensitive and payroll.subprocessor_count == 1
    assert not rows[filled["draft"]].sensitive


def test_search_follows_a_subprocessor_rename(register: RegisterFile, filled: dict[str, str]) -> None:
    sub = subprocessors.get_subprocessor(register, uid=filled["sub"])
    fields = {f: getattr(sub, f) for f in r.SubprocessorInput.__dataclass_fields__}
    subprocessors.update_subprocessor(register, uid=sub.uid, data=r.SubprocessorInput(**{**fields, "name": "Ciel Ω"}))
    assert names(register, query="ciel") == ["Gestion de la paie"]
    assert names(register, query="nuage") == []


def test_a_rename_writes_the_search_text_a_save_of_the_activity_writes(register: RegisterFile) -> None:
    """The rename rewrites the texts of the activities served in bulk: they are those each
    activity's own save gives (subprocessors in name order, the categories' labels)."""
    first = subprocessors.create_subprocessor(register, data=full_subprocessor())
    other = dataclasses.replace(full_subprocessor(), name="Azur Paie")
    second = subprocessors.create_subprocessor(register, data=other)
    payroll = activities.create_activity(register, data=full_activity(subprocessors=(first.uid, second.uid)))
    subprocessors.update_subprocessor(register, uid=second.uid, data=dataclasses.replace(other, name="Zénith Paie"))
    renamed = activities.search_texts(register)[payroll.uid]
    assert renamed.index("nuage sante") < renamed.index("zenith paie")
    again = activities.input_of(activities.get_activity(register, uid=payroll.uid))
    activities.update_activity(register, uid=payroll.uid, data=again)
    assert activities.search_texts(register)[payroll.uid] == renamed
