"""Built-in extractors; importing this package registers them."""

from ..patterns import shared_charsets

with shared_charsets():  # (compiling their patterns: kg/patterns.py)
    from . import cleanup, names, orgs, people, places  # noqa: F401
