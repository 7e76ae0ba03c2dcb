"""External sort of N-Triples lines: sorted runs spilled to files, merged without duplicates, in bounded memory."""

from __future__ import annotations

import contextlib
import itertools
import operator
import os
import tempfile
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import StoreWriter

RUN_BYTES = 64 << 20  # lines are sorted in runs of about this size (spilled to files beyond one)
STORE_CHUNK_LINES = 50_000  # lines per chunk handed to the store loader (~8 MB; bulk_load peaks near 100 MB)
# the first chunk is smaller, so that the loader starts sooner: until it has a chunk, the store's
# threads wait while the caller makes lines (~0.25 s for 50,000 at 1,000 articles; nothing else runs)
STORE_FIRST_CHUNK_LINES = 8_192


def sorted_runs(
    lines: Iterable[bytes],
    tmpdir: Path,
    max_chars: int = 64 << 20,
    keep_last: bool = False,
    sink: StoreWriter | None = None,
) -> tuple[list[str], list[bytes]]:
    """Sort N-Triples lines (bytes): sorted_blocks of the lines taken 4096 at a time."""
    it = iter(lines)
    return sorted_blocks(
        iter(lambda: list(itertools.islice(it, 4096)), []), tmpdir, max_chars, keep_last, sink
    )


def sorted_blocks(
    blocks: Iterable[list[bytes]],
    tmpdir: Path,
    max_chars: int = 64 << 20,
    keep_last: bool = False,
    sink: StoreWriter | None = None,
) -> tuple[list[str], list[bytes]]:
    """Sort N-Triples lines (bytes, given in lists) in runs of about max_chars bytes (counting object
    overheads).

    Every full run is spilled to a temporary file in tmpdir; the last run is returned in memory if
    keep_last (and nothing was spilled), else spilled too. Returns (run files, in-memory lines).

    With sink (a started StoreWriter), every line is also handed to the store, once and unsorted:
    in chunks straight from memory while its loader keeps up, and otherwise, when a run is full,
    as a spilled run of its own holding the lines the loader has not had (the writer deletes it).
    """
    runs: list[str] = []
    buf: list[bytes] = []
    size = fed = 0  # fed: buf[:fed] went to the sink
    chunk = STORE_CHUNK_LINES
    step = min(STORE_FIRST_CHUNK_LINES, chunk)  # the size of the next chunk: the first is smaller

    def spill(part: list[bytes]) -> str:
        part.sort()
        fd, tmp = tempfile.mkstemp(prefix=".run-", suffix=".nt", dir=tmpdir)
        runs.append(tmp)
        with os.fdopen(fd, "wb") as f:
            for i in range(0, len(part), 65536):  # a few large writes: writelines is 5 times slower
                f.write(b"".join(part[i : i + 65536]))
        return tmp

    def feed(sink: StoreWriter, last: bool = False) -> None:
        nonlocal fed, step
        while len(buf) - fed >= (1 if last else step) and (last or sink.backlog < sink.max_backlog):
            sink.add(buf[fed : fed + step], wait=False)  # a list of references: no copy
            fed = min(len(buf), fed + step)
            step = chunk

    def end_run() -> None:
        nonlocal buf, size, fed
        if sink is not None and fed < len(buf):
            if len(buf) - fed <= chunk and sink.backlog < sink.max_backlog:
                feed(sink, last=True)
            else:  # the loader is behind: it reads the rest of this run from a file of its own
                rest = buf[fed:]
                del buf[fed:]
                sink.add_file(spill(rest), delete=True)
        if buf:
            spill(buf)
        buf, size, fed = [], 0, 0

    try:
        for block in blocks:
            buf += block
            size += sum(map(len, block)) + 40 * len(block)  # + bytes object and list slot
            if sink is not None:
                feed(sink)
            if size > max_chars:
                end_run()
        if buf and (runs or not keep_last):
            end_run()
        elif sink is not None:
            feed(sink, last=True)  # the last run, kept in memory anyway: handed over in chunks
    except BaseException:
        for r in runs:
            if sink is None or r not in sink.files:  # the sink removes its own files
                Path(r).unlink(missing_ok=True)
        raise
    buf.sort()
    return runs, buf


def distinct(runs: list[str], lines: list[bytes]) -> Generator[bytes, None, None]:
    """The distinct lines of sorted runs (files) and of sorted lines, merged in order."""
    import heapq

    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(r, "rb")) for r in runs]
        stream: Iterable[bytes] = heapq.merge(*files, lines) if files else lines
        yield from map(operator.itemgetter(0), itertools.groupby(stream))  # de-duplicated at C speed


def merge_runs(runs: list[str], lines: list[bytes], path: Path) -> int:
    """Merge sorted runs (files) and sorted lines into path, without duplicates; return the count."""
    try:
        counter = itertools.count()
        with open(path, "wb") as out:
            out.writelines(map(operator.itemgetter(0), zip(distinct(runs, lines), counter, strict=False)))
        return next(counter)
    finally:
        for r in runs:
            Path(r).unlink(missing_ok=True)
