"""Memory of a large build: keep the cyclic garbage collector off the results that live until the end."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

FREEZE_EVERY = 256  # articles between freezes while extraction results accumulate


def keep() -> None:
    """Everything allocated so far lives until the build ends: move it out of the cyclic GC's reach,
    which otherwise rescans all of it at every full collection (undone by `release`)."""
    gc.freeze()


def release() -> None:
    """The build is over: what `keep` set aside is collectable again."""
    gc.unfreeze()


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Pause the cyclic GC while plain, acyclic records are built (resolution): there is no cyclic
    garbage to find, so the collector would only rescan them again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
