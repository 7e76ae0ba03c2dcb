"""The typer application and the one place that turns library errors into messages and exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import typer

from .errors import KGError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph from Chinese government and economic news, query it and explore it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 1) -> None:
    """One clear line on stderr, then exit with code."""
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Map KGError (and interrupts / broken pipes) to one stderr line and an exit code, never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            fail(str(e), e.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; previous output left intact", 130)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as e:
            fail(f"{getattr(e, 'filename', '') or ''}: {e.strerror or e}", 1)

    return wrapper
