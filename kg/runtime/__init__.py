"""Run-time machinery of a build: where the per-article step runs, the cache, the lock, the external sort, memory."""
