"""CLI commands, one module per area; each registers its commands on kg.cli_app.app."""

import importlib
import pkgutil


def load_all() -> None:
    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{mod}")
