"""Property-based round trip: arbitrary Unicode, long texts and many links survive export →
import into a new file → export unchanged."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register_app.exports.json_export import export_json
from register_app.services import activities, measures, subprocessors
from register_app.services import records as r
from register_app.services.interchange import import_document, parse_document
from register_app.services.placeholders import is_placeholder
from register_app.services.snapshot import take_snapshot
from register_app.services.validation import FORBIDDEN_CHARS
from register_app.store.register_file import create_register

# Any Unicode a user could type or paste, except what XML forbids (refused by validation).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)).filter(lambda ch: not FORBIDDEN_CHARS.match(ch)),
    max_size=60,
)
long_texts = st.one_of(texts, texts.map(lambda t: (t or "é") * 2000))
names = texts.filter(lambda t: t.strip() != "")
subprocessor_names = names.filter(lambda t: not is_placeholder(t))  # 'x', '-': no subprocessor at all
dates = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def registers(draw: st.DrawFn) -> dict[str, list]:  # type: ignore[type-arg]
    n_measures = draw(st.integers(0, 6))
    n_subs = draw(st.integers(0, 6))
    return {
        "measures": [
            r.MeasureInput(name=draw(names), description=draw(long_texts), review_date=draw(dates))
            for _ in range(n_measures)
        ],
        "subs": [
            r.SubprocessorInput(
                name=draw(subprocessor_names), notes=draw(long_texts), dpf_certified=draw(st.booleans())
            )
            for _ in range(n_subs)
        ],
        "activities": [
            {
                "name": draw(names),
                "description": draw(long_texts),
                "notes": draw(long_texts),
                "purposes": draw(st.lists(texts, max_size=4)),
                "subs": draw(st.lists(st.integers(0, max(n_subs - 1, 0)), max_size=n_subs, unique=True))
                if n_subs
                else [],
                "measures": draw(st.lists(st.integers(0, max(n_measures - 1, 0)), max_size=n_measures, unique=True))
                if n_measures
                else [],
                "note": draw(texts),
                "review": draw(dates),
            }
            for _ in range(draw(st.integers(0, 5)))
        ],
    }


@pytest.mark.slow  # 25 random registers written and read back: half a minute
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=registers())
def test_arbitrary_register_round_trips(content: dict[str, list]) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as folder:
        source = create_register(Path(folder) / "a.rgpd", author="prop")
        target = create_register(Path(folder) / "b.rgpd", author="prop")
        try:
            m_uids = [measures.create_measure(source, data=m).uid for m in content["measures"]]
            s_uids = [subprocessors.create_subprocessor(source, data=s).uid for s in content["subs"]]
            for a in content["activities"]:
                activities.create_activity(
                    source,
                    data=r.ActivityInput(
                        name=a["name"],
                        description=a["description"],
                        notes=a["notes"],
                        last_review=a["review"],
                        purposes=tuple(r.Purpose(description=p, legal_basis="consent") for p in a["purposes"]),
                        subprocessor_uids=tuple(s_uids[i] for i in a["subs"]),
                        measures=tuple(r.MeasureLink(measure_uid=m_uids[i], note=a["note"]) for i in a["measures"]),
                    ),
                )
            first = export_json(take_snapshot(source))
            import_document(target, parse_document(first))
            assert export_json(take_snapshot(target)) == first
        finally:
            source.close()
            target.close()
