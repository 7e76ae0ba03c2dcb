"""Relation rules: importing this package registers them (coded rules, the TSV tables, officials' posts)."""

from . import meetings, officials, rules, table  # noqa: F401
