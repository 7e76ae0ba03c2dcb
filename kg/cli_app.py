"""The typer application and the one place that turns library errors into messages and exit codes."""

from __future__ import annotations

import contextlib
import sys
import tempfile
import types
from collections.abc import Callable, Iterator
from functools import wraps
from pathlib import Path
from typing import Any

import typer
import typer.core

from .errors import EXIT_CODES, EXIT_ERROR, EXIT_INTERRUPTED, InputError, KGError, one_line


def _exit_codes_help() -> str:
    # \b: click prints the paragraph as it is, one code a line
    return "\b\nExit codes:\n" + "\n".join(f"  {code:<4d} {what}" for code, what in EXIT_CODES.items())


def _usage_pieces(self: Any, ctx: Any) -> list[str]:
    """The usage line as the README writes it: kg build [OPTIONS] PATHS..., not {paths}..."""
    pieces = [self.options_metavar] if self.options_metavar else []
    for p in self.get_params(ctx):
        if isinstance(p, typer.core.TyperArgument):
            pieces.append(p.metavar if p.required else f"[{p.metavar}]")
    return pieces


def _no_type(ctx: Any) -> None:
    return None


def _tidy(cmd: Any) -> Any:
    """Help that reads like the README: no <bool> after flags, NAME placeholders, PATHS...

    Typer shows a parameter's Python type (<bool>, <list[Path]>, <int range>) unless it has a
    metavar; flags get an empty one, other options and arguments their name in capitals.
    """
    if getattr(cmd, "_kg_tidy", False):
        return cmd
    for p in cmd.params:
        if isinstance(p, typer.core.TyperArgument):
            if p.metavar is None:
                p.metavar = p.name.upper() + ("..." if p.nargs != 1 else "")
            p.display_type_rich = _no_type  # type: ignore[method-assign]  # no <list[Path]> beside the name
        elif isinstance(p, typer.core.TyperOption) and p.metavar is None:
            p.metavar = "" if p.is_flag else p.name.upper()
    if not isinstance(cmd, typer.core.TyperGroup):
        cmd.collect_usage_pieces = types.MethodType(_usage_pieces, cmd)
    cmd._kg_tidy = True
    return cmd


class _Group(typer.core.TyperGroup):
    """kg's command group: every command's help tidied (see _tidy)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd = super().get_command(ctx, cmd_name)
        return _tidy(cmd) if cmd is not None else None

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _tidy(self)
        super().format_help(ctx, formatter)


app = typer.Typer(
    name="kg",
    cls=_Group,
    rich_markup_mode=None,
    help="Build a knowledge graph from Chinese government and economic news, query it and explore it.",
    epilog=_exit_codes_help(),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib import metadata

        try:
            version = metadata.version("kg")
        except metadata.PackageNotFoundError:  # run from a checkout without installing
            from . import __version__ as version
        typer.echo(f"kg {version}")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", "-V", help="Print kg's version and exit.", callback=_version, is_eager=True
    ),
) -> None:
    """Build a knowledge graph from Chinese government and economic news, query it and explore it."""


def fail(message: str, code: int = EXIT_ERROR) -> None:
    """One clear line on stderr, then exit with code."""
    typer.echo(f"kg: error: {one_line(message, 1000)}", err=True)
    raise typer.Exit(code)


def _os_message(e: OSError) -> str:
    """An OSError as one line naming the path: a parent that is a file is 'not a directory'."""
    name = getattr(e, "filename", "") or ""
    if isinstance(e, NotADirectoryError | FileExistsError) and name:
        # mkdir of /etc/passwd/x fails with "File exists" on /etc/passwd: say what is wrong
        p = Path(name)
        if p.exists() and not p.is_dir():
            return f"{name}: is not a directory"
    return f"{name}: {e.strerror or e}" if name else str(e.strerror or e)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Map KGError (and interrupts / broken pipes) to one stderr line and an exit code, never a traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            fail(str(e), e.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; previous output left intact", EXIT_INTERRUPTED)
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as e:
            fail(_os_message(e), EXIT_ERROR)

    return wrapper


STDIN_NAME = "stdin.txt"  # the name an article read from standard input goes by


@contextlib.contextmanager
def articles_from(paths: list[Path]) -> Iterator[list[Path]]:
    """paths, or, for the single path "-", one article read from standard input.

    The article is kept in a temporary folder for the build as stdin.txt (its document id), and
    messages name it stdin.txt rather than the temporary folder.
    """
    if not any(str(p) == "-" for p in paths):
        yield paths
        return
    if len(paths) > 1:
        raise InputError("-: read one article from standard input, or give files and folders, not both")
    with tempfile.TemporaryDirectory(prefix="kg-stdin-") as tmp:
        (Path(tmp) / STDIN_NAME).write_bytes(sys.stdin.buffer.read())
        try:
            yield [Path(tmp) / STDIN_NAME]
        except KGError as e:
            e.args = tuple(str(a).replace(str(Path(tmp) / STDIN_NAME), STDIN_NAME) for a in e.args)
            raise
