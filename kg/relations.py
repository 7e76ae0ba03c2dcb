"""Relation rules (filled in below)."""
