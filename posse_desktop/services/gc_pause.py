"""Pausing the cyclic garbage collector around bulk work (import, export).

Both make hundreds of thousands of objects (cards, rows, lines) that reference counting frees or
that live to the end of the run; the cyclic GC would scan them over and over and free nothing:
about a third of an import's time. Nested or concurrent pauses restore the state they found.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
