"""Reading the common options once, the same way for every command.

Imports are inside the functions: every command module imports this one, and `workshop --help`
should not pay for loading pydantic, TinyDB and the content just to print the usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.content import Library


def library(args: argparse.Namespace) -> Library:
    from workshop.content import load_library

    return load_library(extra_modules(args))


def extra_modules(args: argparse.Namespace) -> list[Path]:
    """The trainer's own content folders (`--modules`), laid over the built-in ones."""
    return [Path(p) for p in getattr(args, "modules", None) or []]


def data_folder(args: argparse.Namespace) -> Path:
    from workshop.store import data_dir

    return data_dir(getattr(args, "data", None))


def add_new_group_option(parser: argparse.ArgumentParser) -> None:
    from workshop.i18n import t

    parser.add_argument("--new-group", action="store_true", help=t("cli.opt_new_group"))


def checked_group(args: argparse.Namespace, data: Path) -> str:
    """`--group` as a safe name, and one the data folder knows, unless `--new-group`.

    A typo (`salse` for `sales`) would otherwise plan, start or collect for a group of its
    own: it ends in one line naming the known groups and the closest one (exit 2). A data
    folder without any group yet is a first use: its first group needs no `--new-group`.
    """
    from difflib import get_close_matches

    from workshop.errors import UserError
    from workshop.i18n import t
    from workshop.store import group_name
    from workshop.store.groups import known_groups

    group = group_name(args.group)
    if getattr(args, "new_group", False):
        return group
    known = known_groups(data)
    if not known or group in known:
        return group
    closest = get_close_matches(group, known, n=1)
    hint = t("cli.group_did_you_mean", group=closest[0]) if closest else ""
    raise UserError(
        t("cli.unknown_group", group=group, known=", ".join(known), hint=hint), exit_code=2
    )


def warn_if_example_organisation(content: Library) -> None:
    """Handouts must not go out with "Our organisation": say so, on stderr, after writing."""
    import sys

    from workshop.content.organisation import example_note
    from workshop.i18n import current_language

    note = example_note(content.organisation, current_language())
    if note:
        print(note, file=sys.stderr)
