"""Typed errors raised by the library; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """A path is missing, unreadable, empty, binary or not a text article."""

    exit_code = 2


class DecodeError(InputError):
    """The bytes of an article are not UTF-8, UTF-16 or GB18030 text."""


class FormatError(KGError):
    """An unknown export or result format was asked for."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query is malformed or a bundled query is unknown."""

    exit_code = 2


class EndpointError(KGError):
    """A remote SPARQL endpoint could not be reached or refused the request."""

    exit_code = 3


class ValidationError(KGError):
    """The graph violates the SHACL shapes (raised only in strict mode)."""

    exit_code = 4


class GoldError(KGError):
    """A gold annotation file is missing or malformed."""

    exit_code = 2
