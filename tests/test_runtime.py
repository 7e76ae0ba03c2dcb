"""The run-time machinery (kg/runtime): results unpickled with shared strings, the build lock, the external sort."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.ingest import read_document
from kg.runtime import cache, extsort, lock

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_loaded_mentions_share_equal_strings_across_articles() -> None:
    contexts = [extract(read_document(p)) for p in SEEDS[:2]]
    strings: dict[str, str] = {}
    loaded = [cache.loads(cache.dumps(c), strings) for c in contexts]
    for before, after in zip(contexts, loaded, strict=True):
        assert after.mentions == before.mentions  # the same values
        ids = {id(m) for m in after.mentions}  # and candidates still point at the loaded mentions
        assert all(id(c.subject) in ids and id(c.object) in ids for c in after.candidates)
    a, b = (ctx.mentions for ctx in loaded)
    shared = {m.type for m in a} & {m.type for m in b}
    assert shared
    for t in shared:  # one object per distinct string, whichever article it came from
        assert next(m.type for m in a if m.type == t) is next(m.type for m in b if m.type == t)
    assert all(strings[m.surface] is m.surface for m in a + b)
    plain = cache.loads(cache.dumps(contexts[0]))  # without a table: plain pickle
    assert plain.mentions == contexts[0].mentions


def test_external_sort_merges_spilled_runs_without_duplicates(tmp_path: Path) -> None:
    lines = [f"<s{i % 997}> <p> <o> .\n".encode() for i in range(5000)]
    runs, rest = extsort.sorted_runs(iter(lines), tmp_path, max_chars=4000)
    assert len(runs) == 2 and rest == []  # a run per block of 4096 lines read, all spilled
    out = tmp_path / "sorted.nt"
    n = extsort.merge_runs(runs, rest, out)
    assert out.read_bytes() == b"".join(sorted(set(lines)))
    assert n == 997 and not list(tmp_path.glob(".run-*"))


def test_lock_excludes_a_second_holder(tmp_path: Path) -> None:
    pytest.importorskip("fcntl")
    with lock.lock(tmp_path):
        with pytest.raises(lock.BuildLockedError, match="another build is writing"):
            with lock.lock(tmp_path):
                pass
    with lock.lock(tmp_path):  # released
        tmp = lock.staged(tmp_path, "graph.ttl")
        assert tmp.name.startswith(".graph.ttl.") and tmp.exists()
        assert tmp.parent == tmp_path / lock.TMP_DIR  # every temporary in one folder
        tmp.write_bytes(b"x" * 10)
        assert lock.remove_leftovers(tmp_path) == (1, 10)
        assert not tmp.exists() and not tmp.parent.exists()


# the write end of a pool's result pipe, set before the pool forks its worker (which inherits it)
_RESULT_FD = -1


def _half_a_result() -> None:
    """Write the start of a result message (a length prefix and part of its body), then hang."""
    import os
    import struct
    import time

    os.write(_RESULT_FD, struct.pack("!i", 1000) + b"x" * 10)
    time.sleep(60)


def test_stopping_a_pool_mid_result_leaves_no_thread_waiting():
    """A worker stopped while writing its result must not leave the pool's manager thread waiting for
    the rest of the message (the interpreter would hang at exit joining it)."""
    import time

    from kg.runtime.executor import forked_pool

    global _RESULT_FD
    manager = None
    with pytest.raises(RuntimeError, match="interrupted"):
        with forked_pool(1) as ex:
            _RESULT_FD = ex._result_queue._writer.fileno()
            ex.submit(_half_a_result)
            manager = ex._executor_manager_thread
            time.sleep(1.0)  # the worker has written half a message; the manager waits for the rest
            raise RuntimeError("interrupted")
    assert manager is not None
    manager.join(timeout=20)
    assert not manager.is_alive()
