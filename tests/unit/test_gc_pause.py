"""Bulk work pauses the cyclic GC and always gives it back as it found it."""

from __future__ import annotations

import gc

import pytest

from posse_desktop.services.gc_pause import gc_paused


def test_paused_inside_and_back_after_even_when_the_work_fails():
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError("the import failed")
    assert gc.isenabled()


def test_a_nested_pause_leaves_the_outer_one_in_force():
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
