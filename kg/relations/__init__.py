"""Relation rules: importing this package registers them (coded rules, the TSV tables, officials' posts)."""

from ..patterns import shared_charsets

with shared_charsets():  # (compiling their patterns: kg/patterns.py)
    from . import meetings, officials, parts, posts, rels2, rels7, rels9, roster, rules, started, table  # noqa: F401
