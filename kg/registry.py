"""Registries: extractors, relation rules and export formats are added here by decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

EXTRACTORS: dict[str, tuple[int, Callable[..., Any]]] = {}
RELATION_RULES: dict[str, Callable[..., Any]] = {}
EXPORTERS: dict[str, tuple[str, Callable[..., Any]]] = {}


def extractor(name: str, order: int):
    """Register a mention extractor; extractors run by ascending order over one shared Context."""

    def deco(fn):
        EXTRACTORS[name] = (order, fn)
        return fn

    return deco


def relation_rule(name: str):
    """Register a relation rule: fn(ctx) -> iterable of RelationCandidate."""

    def deco(fn):
        RELATION_RULES[name] = fn
        return fn

    return deco


def exporter(name: str, suffix: str):
    """Register an export format: fn(build_result, path) writes the file at path."""

    def deco(fn):
        EXPORTERS[name] = (suffix, fn)
        return fn

    return deco


def ordered_extractors() -> list[tuple[str, Callable[..., Any]]]:
    from . import extractors  # noqa: F401  (importing registers the built-in components)

    return [(n, fn) for n, (_, fn) in sorted(EXTRACTORS.items(), key=lambda kv: (kv[1][0], kv[0]))]


def relation_rules() -> list[tuple[str, Callable[..., Any]]]:
    from . import relations  # noqa: F401

    return sorted(RELATION_RULES.items())
