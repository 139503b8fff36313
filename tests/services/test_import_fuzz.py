"""Hostile JSON: whatever the document, the importer answers with ImportFailed (a clear message)
or imports it whole; it never crashes, hangs or writes half a document."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.factories import full_activity, full_measure, full_subprocessor
from support.fuzz import SCALE

from register_app.errors import ImportFailed
from register_app.exports.json_export import export_json
from register_app.services import activities, measures, subprocessors
from register_app.services.interchange import import_document, parse_document
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile, create_register

pytestmark = pytest.mark.slow  # 250 cases a test in a developer's run, 1,500 in CI (support.fuzz.SCALE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    reg = create_register(tmp_path_factory.mktemp("fuzz") / "sample.rgpd", author="fuzz")
    try:
        me = measures.create_measure(reg, data=full_measure())
        sub = subprocessors.create_subprocessor(reg, data=full_subprocessor(measures=(me.uid,)))
        activities.create_activity(reg, data=full_activity(subprocessors=(sub.uid,), measures=(me.uid,)))
        return json.loads(export_json(take_snapshot(reg)))  # type: ignore[no-any-return]
    finally:
        reg.close()


def paths_of(value: object, prefix: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_of(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += paths_of(child, (*prefix, i))
    return found


def mutate(document: dict, path: tuple, replacement: object) -> dict:  # type: ignore[type-arg]
    copy = json.loads(json.dumps(document))
    if not path:
        return replacement  # type: ignore[return-value]
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = replacement
    return copy  # type: ignore[no-any-return]


def try_import(register: RegisterFile, raw: bytes) -> None:
    before = export_json(take_snapshot(register))
    failure: ImportFailed | None = None
    try:
        import_document(register, parse_document(raw))
    except ImportFailed as exc:
        failure = exc
    if failure is not None:
        assert failure.message and failure.errors
        assert export_json(take_snapshot(register)) == before


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterFile]:
    reg = create_register(tmp_path_factory.mktemp("fuzz") / "target.rgpd", author="fuzz")
    yield reg
    reg.close()


@settings(max_examples=250 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_documents_never_crash_or_half_import(sample: dict, target: RegisterFile, data: st.DataObject) -> None:  # type: ignore[type-arg]
    path = data.draw(st.sampled_from(paths_of(sample)))
    document = mutate(sample, path, data.draw(json_values))
    try_import(target, json.dumps(document).encode())


@settings(max_examples=250 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_arbitrary_bytes_get_a_clear_refusal(raw: bytes) -> None:
    with pytest.raises(ImportFailed):
        parse_document(raw)
