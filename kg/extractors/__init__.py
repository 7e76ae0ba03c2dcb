"""Built-in extractors; importing this package registers them."""

from . import names, orgs, people, places  # noqa: F401
