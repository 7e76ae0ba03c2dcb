"""Built-in extractors; importing this package registers them."""

from . import cleanup, names, orgs, people, places  # noqa: F401
