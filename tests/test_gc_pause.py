"""The collector is paused for bulk work and given back as it was, even when the work fails."""

from __future__ import annotations

import gc

import pytest

from register_app.gc_pause import collection_paused


def test_the_collector_is_back_after_the_block_even_on_error():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_disabled_by_the_caller_stays_disabled():
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
