"""Command-line entry point: `kg` (thin; all work is done by the library)."""

from __future__ import annotations

from .cli_app import app
from .commands import load_all

load_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
