"""Typed errors raised by the library and the exit codes the CLI turns them into (one table)."""

from __future__ import annotations

import re

# Every exit code of `kg`, once: the CLI's --help and the README list this table.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_INPUT = 2
EXIT_SKIPPED = 3
EXIT_INVALID = 4
EXIT_ENDPOINT = 5
EXIT_INTERRUPTED = 130

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success",
    EXIT_ERROR: "the output cannot be written or is locked by another build; an internal error",
    EXIT_INPUT: "bad input: a missing or unreadable article, a malformed query, an unknown option",
    EXIT_SKIPPED: "built, but some articles were skipped (listed on stderr)",
    EXIT_INVALID: "the graph violates the SHACL shapes",
    EXIT_ENDPOINT: "a SPARQL endpoint cannot be reached or refused the request",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C, SIGTERM); the previous output is left intact",
}


def one_line(text: str, limit: int = 400) -> str:
    """text on one line (white space runs collapsed), at most limit characters."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = EXIT_ERROR


class InputError(KGError):
    """A path is missing, unreadable, empty, binary or not a text article."""

    exit_code = EXIT_INPUT


class DecodeError(InputError):
    """The bytes of an article are not text in an encoding kg reads (UTF-8/16/32, GB18030, Big5)."""


class OutputError(KGError):
    """An output path cannot be written (its parent is a file, permission denied, disk full)."""

    exit_code = EXIT_ERROR


class FormatError(KGError):
    """An unknown export or result format was asked for."""

    exit_code = EXIT_INPUT


class QueryError(KGError):
    """A SPARQL query is malformed or a bundled query is unknown."""

    exit_code = EXIT_INPUT


class EndpointError(KGError):
    """A remote SPARQL endpoint could not be reached or refused the request."""

    exit_code = EXIT_ENDPOINT


class ValidationError(KGError):
    """The graph violates the SHACL shapes (raised only in strict mode)."""

    exit_code = EXIT_INVALID


class GoldError(KGError):
    """A gold annotation file is missing or malformed."""

    exit_code = EXIT_INPUT
