"""Relation rules: importing this package registers them (coded rules, the TSV tables, officials' posts)."""

from . import meetings, officials, parts, posts, rels2, rels7, rels9, roster, rules, started, table  # noqa: F401
